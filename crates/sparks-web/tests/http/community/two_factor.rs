//! Issue #18, a second factor for members who want one: enrolment on the account page (the
//! secret and recovery codes stay the same until a first code confirms them), login then asks
//! for a code (a wrong one fails, a right one and a recovery code, once, work), and turning
//! it off takes the password and a code; turning it on takes the password too, and either
//! change ends the account's other sessions. Staff cannot turn theirs off.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;
use time::Duration;

use crate::common::browser::{PASSWORD, Site, Visitor, location, value_after};
use crate::common::log::capture;

/// The page with the enrolment form, and the form that turns the second factor off.
const PAGE: &str = "/account/two-factor";
const OFF: &str = "/account/two-factor/off";

/// The secret and the recovery codes an enrolment form shows.
fn enrolment_on(page: &str) -> (String, Vec<String>) {
    let secret = value_after(page, "secret=", '&');
    let block = value_after(page, "<pre class=\"code-block\">", '<');
    let codes = block
        .lines()
        .map(str::trim)
        .filter(|l| l.len() == 14 && l.matches('-').count() == 2)
        .map(str::to_owned)
        .collect();
    (secret, codes)
}

/// Logs out and logs in again with the password; the answer to the password.
async fn log_in_again(v: &mut Visitor, email: &str) -> String {
    v.submit("/account", "/logout", &[]).await;
    let r = v.log_in(email, PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    location(&r)
}

db_test!(a_member_enrols_a_second_factor_uses_it_and_turns_it_off);
async fn a_member_enrols_a_second_factor_uses_it_and_turns_it_off(site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();
    let email = "careful@example.org";
    let mut v = site.logged_in(email, Role::Member).await;
    let account = v.get("/account").await;
    assert!(
        account.body.contains(PAGE),
        "{b}: the account page offers it"
    );

    let first = v.get(PAGE).await;
    assert_eq!(first.status, StatusCode::OK, "{b}");
    assert!(
        first.body.contains("otpauth://totp/"),
        "{b}: {}",
        first.body
    );
    let (secret, codes) = enrolment_on(&first.body);
    assert_eq!(codes.len(), 10, "{b}: {}", first.body);
    let again = v.get(PAGE).await;
    assert_eq!(
        enrolment_on(&again.body),
        (secret.clone(), codes.clone()),
        "{b}: the pending enrolment is kept until confirmed"
    );
    // The same member logged in on another device.
    let mut other = site.visitor();
    other.log_in(email, PASSWORD).await;
    assert_eq!(other.get("/account").await.status, StatusCode::OK, "{b}");

    let r = v
        .fill(PAGE, &[("password", PASSWORD), ("code", "000000")])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: wrong code"
    );
    let r = v
        .fill(PAGE, &[("password", PASSWORD), ("code", &codes[0])])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: recovery codes do not confirm"
    );
    // A session alone (someone at a borrowed device) cannot add an authenticator.
    let code = site.totp_code(&secret);
    for password in ["", "not my password"] {
        let r = v
            .fill(PAGE, &[("password", password), ("code", &code)])
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: enrolling with the password {password:?}"
        );
    }
    let r = v
        .fill(PAGE, &[("password", PASSWORD), ("code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(r.text().contains("The second factor is on"), "{b}");
    assert!(
        other.get("/account").await.status.is_redirection(),
        "{b}: turning it on ends the other device's session"
    );
    assert_eq!(
        v.get("/account").await.status,
        StatusCode::OK,
        "{b}: and keeps this one"
    );
    let on = v.get(PAGE).await;
    assert!(
        !on.body.contains(&codes[1]) && !on.body.contains("otpauth"),
        "{b}: the codes are shown until confirmed, not after"
    );
    assert!(on.body.contains(OFF), "{b}: {}", on.body);

    // Login now asks for a code.
    site.clock.advance(Duration::seconds(30));
    assert!(
        log_in_again(&mut v, email).await.starts_with("/login/code"),
        "{b}"
    );
    assert!(
        v.get("/account").await.status.is_redirection(),
        "{b}: not yet"
    );
    let r = v.enter_code("000000").await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: wrong code"
    );
    let r = v.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(v.get("/account").await.status, StatusCode::OK, "{b}");

    // A recovery code works once.
    for (n, want) in [
        (1, StatusCode::SEE_OTHER),
        (2, StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        assert!(
            log_in_again(&mut v, email).await.starts_with("/login/code"),
            "{b}"
        );
        let r = v.enter_code(&codes[3]).await;
        assert_eq!(r.status, want, "{b}: recovery code, use {n}");
    }
    let r = v.enter_code(&codes[4]).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: another recovery code"
    );

    // The other device logs in again, with a code now.
    site.clock.advance(Duration::seconds(30));
    other.log_in(email, PASSWORD).await;
    let r = other.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    // Turning it off takes the password and a code.
    site.clock.advance(Duration::seconds(30));
    let code = site.totp_code(&secret);
    let r = v
        .submit(
            PAGE,
            OFF,
            &[("password", "not my password"), ("code", &code)],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: wrong password"
    );
    let r = v
        .submit(PAGE, OFF, &[("password", PASSWORD), ("code", "000000")])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: wrong code"
    );
    let r = v
        .submit(PAGE, OFF, &[("password", PASSWORD), ("code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(r.text().contains("The second factor is off"), "{b}");
    assert!(
        other.get("/account").await.status.is_redirection(),
        "{b}: turning it off ends the other device's session"
    );
    assert_eq!(
        log_in_again(&mut v, email).await,
        "/account",
        "{b}: no code now"
    );

    let events = log.events();
    for name in ["second_factor_enrolled", "second_factor_disabled"] {
        assert!(
            events.iter().any(|e| e["fields"]["security_event"] == name),
            "{b}: no {name} in {events:#?}"
        );
    }
}

db_test!(staff_cannot_turn_their_second_factor_off);
async fn staff_cannot_turn_their_second_factor_off(site: Site) {
    let b = site.backend;
    let mut editor = site.logged_in("ed@example.org", Role::Editor).await;
    let page = editor.get(PAGE).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(
        page.text().contains("must keep it on"),
        "{b}: {}",
        page.body
    );
    assert!(!page.body.contains(OFF), "{b}: no form to turn it off");
    let r = editor
        .submit(
            "/account",
            OFF,
            &[("password", PASSWORD), ("code", "000000")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    let mut anonymous = site.visitor();
    let r = anonymous.get(PAGE).await;
    assert!(location(&r).starts_with("/login"), "{b}: {}", r.status);
}
