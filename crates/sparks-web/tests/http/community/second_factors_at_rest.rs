//! Issue #18, second factors at rest: after an enrolment on the web the rows hold no
//! authenticator secret or recovery code, equal recovery codes of two accounts are stored
//! differently, a database from before the secret key still logs staff in (and is sealed
//! at start), and a replaced key fails staff logins with a clear logged error.

use axum::http::StatusCode;
use sparks_store::accounts::{self, Role};
use sparks_store::{Sql, db_test, second_factor};
use sparks_web::SiteConfig;

use super::redirects_and_credentials::shown_enrolment;
use crate::common::browser::{ORIGIN, PASSWORD, RECOVERY_CODE, Site, location};
use crate::common::log::capture;

/// Every column that holds a second factor, as (table, column).
const COLUMNS: [(&str, &str); 4] = [
    ("users", "totp_secret"),
    ("pending_totp_enrolments", "secret"),
    ("pending_totp_enrolments", "recovery_codes"),
    ("recovery_codes", "code_hash"),
];

/// How many stored second-factor values contain `text` (any case).
async fn rows_containing(site: &Site, text: &str) -> i64 {
    let mut n = 0;
    for (table, column) in COLUMNS {
        let mut sql = Sql::new(&format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE LOWER({column}) LIKE "
        ));
        sql.push_arg(format!("%{}%", text.to_lowercase()));
        n += site.db.count(sql).await.unwrap();
    }
    n
}

/// How many stored second-factor values are not in the sealed (or keyed) form.
async fn unsealed_rows(site: &Site) -> i64 {
    let mut n = 0;
    for (table, column) in COLUMNS {
        n += site
            .db
            .count(Sql::new(&format!(
                "SELECT COUNT(*) AS n FROM {table} WHERE {column} NOT LIKE 'v1:%'"
            )))
            .await
            .unwrap();
    }
    n
}

/// An editor made on the web, so without an authenticator yet.
async fn new_editor(site: &Site, email: &str) {
    site.account(email, Role::Member).await;
    let mut sql = Sql::new("UPDATE users SET role = 'editor' WHERE email = ");
    sql.push_arg(email);
    site.db.execute(sql).await.unwrap();
}

db_test!(an_enrolment_on_the_web_leaves_no_secret_or_code_in_the_rows);
async fn an_enrolment_on_the_web_leaves_no_secret_or_code_in_the_rows(site: Site) {
    let b = site.backend;
    let email = "sealed.editor@example.org";
    new_editor(&site, email).await;
    let mut v = site.visitor();
    let r = v.log_in(email, PASSWORD).await;
    assert!(location(&r).starts_with("/login/code"), "{b}: {}", r.body);
    let (secret, codes) = shown_enrolment(&v.get("/login/code").await).unwrap();
    assert_eq!(codes.len(), 10, "{b}");
    // Pending: neither the secret nor a code is readable in the database.
    assert_eq!(
        rows_containing(&site, &secret).await,
        0,
        "{b}: pending secret"
    );
    for code in &codes {
        assert_eq!(rows_containing(&site, code).await, 0, "{b}: pending {code}");
    }
    assert_eq!(unsealed_rows(&site).await, 0, "{b}");

    // Confirmed: still nothing readable, nor the codes' plain SHA-256.
    let r = v.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(rows_containing(&site, &secret).await, 0, "{b}: secret");
    for code in &codes {
        assert_eq!(rows_containing(&site, code).await, 0, "{b}: {code}");
        let plain_hash = sparks_auth::hash_token(code);
        assert_eq!(rows_containing(&site, &plain_hash).await, 0, "{b}: {code}");
    }
    assert_eq!(unsealed_rows(&site).await, 0, "{b}");

    // And both factors still log in.
    site.clock.advance(time::Duration::minutes(1));
    let mut later = site.visitor();
    later.log_in(email, PASSWORD).await;
    let r = later.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut recovering = site.visitor();
    recovering.log_in(email, PASSWORD).await;
    let r = recovering.enter_code(&codes[3]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
}

db_test!(the_same_recovery_code_of_two_accounts_is_stored_differently);
async fn the_same_recovery_code_of_two_accounts_is_stored_differently(site: Site) {
    let b = site.backend;
    // Every staff account of the test site has the recovery code RECOVERY_CODE.
    site.account("first.admin@example.org", Role::Admin).await;
    site.account("second.admin@example.org", Role::Admin).await;
    let distinct = site
        .db
        .count(Sql::new(
            "SELECT COUNT(DISTINCT code_hash) AS n FROM recovery_codes",
        ))
        .await
        .unwrap();
    assert_eq!(distinct, 2, "{b}");
    let plain_hash = sparks_auth::hash_token(RECOVERY_CODE);
    assert_eq!(rows_containing(&site, &plain_hash).await, 0, "{b}");
    for email in ["first.admin@example.org", "second.admin@example.org"] {
        let mut v = site.visitor();
        v.log_in(email, PASSWORD).await;
        let r = v.enter_code(RECOVERY_CODE).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {email}: {}", r.body);
    }
}

db_test!(a_database_from_before_the_key_logs_staff_in_and_is_sealed_at_start);
async fn a_database_from_before_the_key_logs_staff_in_and_is_sealed_at_start(site: Site) {
    let b = site.backend;
    let email = "old.admin@example.org";
    let secret = sparks_auth::totp::new_secret();
    site.account(email, Role::Member).await;
    // The rows as the code before the key wrote them: the secret in the clear, the
    // recovery code as its SHA-256.
    let mut sql = Sql::new("UPDATE users SET role = 'admin', totp_secret = ");
    sql.push_arg(secret.as_str())
        .push(" WHERE email = ")
        .push_arg(email);
    site.db.execute(sql).await.unwrap();
    let user = accounts::by_email(&site.db, email).await.unwrap().unwrap();
    let mut sql = Sql::new("INSERT INTO recovery_codes (user_id, code_hash) VALUES (");
    sql.push_arg(user.id)
        .push(", ")
        .push_arg(sparks_auth::hash_token(RECOVERY_CODE))
        .push(")");
    site.db.execute(sql).await.unwrap();
    assert_eq!(unsealed_rows(&site).await, 2, "{b}");

    // What `sparks serve` does at start.
    let upgrade = second_factor::upgrade(&site.db, &site.secret_key)
        .await
        .unwrap();
    assert!(upgrade.key_matches, "{b}");
    assert_eq!(upgrade.converted, 2, "{b}");
    assert_eq!(unsealed_rows(&site).await, 0, "{b}");
    assert_eq!(rows_containing(&site, &secret).await, 0, "{b}");

    let mut v = site.visitor();
    v.log_in(email, PASSWORD).await;
    let r = v.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut recovering = site.visitor();
    recovering.log_in(email, PASSWORD).await;
    let r = recovering.enter_code(RECOVERY_CODE).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
}

db_test!(a_replaced_key_fails_staff_logins_with_a_logged_error);
async fn a_replaced_key_fails_staff_logins_with_a_logged_error(mut site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();
    let email = "locked.out@example.org";
    let secret = site.account(email, Role::Admin).await.unwrap();
    // The key file was replaced: the server now runs with another key.
    let config = SiteConfig {
        public_url: Some(ORIGIN.parse().unwrap()),
        secret_key: Some(sparks_auth::SecretKey::generate()),
        ..SiteConfig::default()
    };
    site.router = sparks_web::router_with_config(site.db.clone(), site.clock.clone(), config);
    let mut v = site.visitor();
    let r = v.log_in(email, PASSWORD).await;
    assert!(location(&r).starts_with("/login/code"), "{b}: {}", r.body);
    for code in [site.totp_code(&secret), RECOVERY_CODE.to_owned()] {
        let r = v.enter_code(&code).await;
        assert_eq!(
            r.status,
            StatusCode::INTERNAL_SERVER_ERROR,
            "{b}: {}",
            r.body
        );
    }
    assert_eq!(
        v.get("/admin").await.status,
        StatusCode::SEE_OTHER,
        "{b}: not logged in"
    );
    let text = log.text();
    assert!(
        text.contains("cannot be opened with this secret key")
            && text.contains("SPARKS_SECRET_KEY_FILE"),
        "{b}: {text}"
    );
    assert!(!text.contains(&secret), "{b}: the log shows no secret");
}
