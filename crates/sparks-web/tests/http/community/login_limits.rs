//! Issue #18, login limits that never lock the owner out: failed passwords and codes slow
//! down only the (account, client) pair that made them, with a wait that doubles up to a
//! cap and a `Retry-After`; the owner from another address gets in at once; past a high
//! mark of failures on one account from everywhere, every address waits after its first
//! failure. The same holds for the second factor.

use axum::http::StatusCode;
use sparks_store::accounts::{self, Role};
use sparks_store::db_test;
use time::Duration;

use super::guards_and_limits::from;
use crate::common::Reply;
use crate::common::browser::{PASSWORD, RECOVERY_CODE, Site, Visitor, location};
use crate::common::log::{Captured, capture};

/// Failures a pair may make before it waits (`auth::limits::PAIR_FREE`).
const FREE: usize = 5;

/// The `Retry-After` of `r`, in seconds.
fn retry_after(r: &Reply) -> i64 {
    r.headers
        .get("retry-after")
        .unwrap_or_else(|| panic!("no Retry-After: {:?}", r.headers))
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

/// The id of the account with `email`.
async fn id_of(site: &Site, email: &str) -> i64 {
    accounts::by_email(&site.db, email)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Asserts that `log` holds the security event `name` for account `id` from `client`.
fn assert_event(log: &Captured, b: &str, name: &str, id: i64, client: &str) {
    let events = log.events();
    let found = events.iter().any(|e| {
        e["fields"]["security_event"] == name
            && e["fields"]["account_id"] == id
            && e["span"]["client"] == client
    });
    assert!(
        found,
        "{b}: no {name} for {id} from {client} in {events:#?}"
    );
}

db_test!(failed_logins_from_one_address_slow_that_address_not_the_owner);
async fn failed_logins_from_one_address_slow_that_address_not_the_owner(site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();
    let email = "owner@example.org";
    site.account(email, Role::Member).await;
    let id = id_of(&site, email).await;
    let mut attacker = from(&site, "198.51.100.66:40000");
    // More failures than the old per-account limit (10) allowed before locking everyone.
    let statuses: Vec<u16> = {
        let mut all = Vec::new();
        for _ in 0..12 {
            let r = attacker.log_in(email, "a wrong guess at it").await;
            all.push(r.status.as_u16());
        }
        all
    };
    // The owner, from elsewhere, is not slowed at all.
    let mut owner = from(&site, "203.0.113.5:40001");
    let r = owner.log_in(email, PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: owner: {}", r.body);
    assert_eq!(location(&r), "/account", "{b}");
    let mut want = vec![422; FREE];
    want.resize(12, 429);
    assert_eq!(
        statuses, want,
        "{b}: the attacker's pair waits after {FREE}"
    );
    let r = attacker.log_in(email, PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{b}: even a right one"
    );
    assert_eq!(retry_after(&r), 1, "{b}");
    assert!(
        r.text().contains("try again in 1 second"),
        "{b}: {}",
        r.body
    );
    assert_event(&log, b, "login_delayed", id, "198.51.100.66");

    // Once the wait is over the pair may try again; each further failure doubles it.
    site.clock.advance(Duration::seconds(1));
    let r = attacker.log_in(email, "a wrong guess at it").await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: after the wait"
    );
    let r = attacker.log_in(email, "a wrong guess at it").await;
    assert_eq!(retry_after(&r), 2, "{b}: the wait doubles");
    site.clock.advance(Duration::seconds(2));
    // A success (the address may be the owner's too) starts the pair afresh.
    let r = attacker.log_in(email, PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    for _ in 0..FREE {
        let r = attacker.log_in(email, "a wrong guess at it").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}: reset");
    }
}

db_test!(waits_grow_to_a_cap_and_are_the_same_for_an_address_without_account);
async fn waits_grow_to_a_cap_and_are_the_same_for_an_address_without_account(site: Site) {
    let b = site.backend;
    site.account("real@example.org", Role::Member).await;
    let mut waits = Vec::new();
    for (email, peer) in [
        ("real@example.org", "198.51.100.70:40000"),
        ("nobody@example.org", "198.51.100.71:40000"),
    ] {
        let mut v = from(&site, peer);
        let mut seen = Vec::new();
        // Five free failures, then eleven waits, each followed by one more failure.
        for _ in 0..FREE + 22 {
            let r = v.log_in(email, "a wrong guess at it").await;
            if r.status == StatusCode::TOO_MANY_REQUESTS {
                let wait = retry_after(&r);
                seen.push(wait);
                site.clock.advance(Duration::seconds(wait));
            }
        }
        waits.push(seen);
    }
    assert_eq!(
        waits[0],
        [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900],
        "{b}: doubling up to 15 minutes, never a lock-out"
    );
    assert_eq!(
        waits[0], waits[1],
        "{b}: an unknown address is treated alike"
    );
}

db_test!(distributed_guessing_slows_every_address_and_still_lets_the_owner_in);
async fn distributed_guessing_slows_every_address_and_still_lets_the_owner_in(site: Site) {
    let b = site.backend;
    let email = "target@example.org";
    site.account(email, Role::Member).await;
    // 100 addresses, one failure each: no pair is slowed, but the account is under attack.
    for n in 0..100 {
        let mut v = from(&site, &format!("10.0.{}.{}:40000", n / 200, n % 200 + 1));
        let r = v.log_in(email, "a wrong guess at it").await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}: {n}");
    }
    let mut next = from(&site, "10.1.0.1:40000");
    let r = next.log_in(email, "a wrong guess at it").await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: a first try"
    );
    let r = next.log_in(email, "a wrong guess at it").await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{b}: under attack, a pair waits after one failure"
    );
    assert_eq!(retry_after(&r), 1, "{b}");
    let mut owner = from(&site, "203.0.113.9:40000");
    let r = owner.log_in(email, PASSWORD).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: the owner is never locked out"
    );
    // An hour later the account is no longer under attack.
    site.clock.advance(Duration::hours(1));
    let mut later = from(&site, "10.2.0.1:40000");
    for _ in 0..FREE {
        let r = later.log_in(email, "a wrong guess at it").await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: an hour later"
        );
    }
}

db_test!(failed_second_factor_codes_slow_that_address_not_the_owner);
async fn failed_second_factor_codes_slow_that_address_not_the_owner(site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();
    let email = "editor@example.org";
    let secret = site.account(email, Role::Editor).await.unwrap();
    let id = id_of(&site, email).await;
    // Someone who has the password (phished, say) guesses codes from one address.
    let mut attacker = from(&site, "198.51.100.90:40000");
    let r = attacker.log_in(email, PASSWORD).await;
    assert!(location(&r).starts_with("/login/code"), "{b}");
    let mut statuses = Vec::new();
    for _ in 0..12 {
        statuses.push(attacker.enter_code("000000").await.status.as_u16());
    }
    let mut owner = from(&site, "203.0.113.20:40000");
    let r = owner.log_in(email, PASSWORD).await;
    assert!(location(&r).starts_with("/login/code"), "{b}");
    let r = owner.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: owner: {}", r.body);

    let mut want = vec![422; FREE];
    want.resize(12, 429);
    assert_eq!(
        statuses, want,
        "{b}: the attacker's pair waits after {FREE}"
    );
    let r = attacker.enter_code(RECOVERY_CODE).await;
    assert_eq!(
        r.status,
        StatusCode::TOO_MANY_REQUESTS,
        "{b}: recovery codes too"
    );
    assert_eq!(retry_after(&r), 1, "{b}");
    assert_event(&log, b, "second_factor_delayed", id, "198.51.100.90");

    site.clock.advance(Duration::seconds(1));
    let r = attacker.enter_code(RECOVERY_CODE).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: after the wait: {}",
        r.body
    );
}

db_test!(parallel_attempts_cannot_all_slip_through_one_opening);
async fn parallel_attempts_cannot_all_slip_through_one_opening(site: Site) {
    let b = site.backend;
    let email = "busy@example.org";
    site.account(email, Role::Member).await;
    let peer = "198.51.100.99:40000";
    let mut v = from(&site, peer);
    for _ in 0..FREE {
        v.log_in(email, "a wrong guess at it").await;
    }
    site.clock.advance(Duration::seconds(1));
    // The wait is over: four guesses sent at once get one try between them.
    let guess = |mut v: Visitor| async move {
        v.log_in(email, "a wrong guess at it").await.status.as_u16()
    };
    let (one, two, three, four) = tokio::join!(
        guess(from(&site, peer)),
        guess(from(&site, peer)),
        guess(from(&site, peer)),
        guess(from(&site, peer)),
    );
    let mut statuses = [one, two, three, four];
    statuses.sort_unstable();
    assert_eq!(statuses, [422, 429, 429, 429], "{b}: one try per opening");
}
