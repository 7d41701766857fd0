//! Second factors at rest (issue #18), on SQLite always and PostgreSQL when
//! `TEST_DATABASE_URL` is set: what the rows hold after an enrolment, recovery codes keyed
//! per account, values from before the key, and another key.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_auth::{SecretKey, hash_token};
use sparks_store::accounts::{self, NewUser, PendingTotp, Role};
use sparks_store::testing::TestDb;
use sparks_store::{Db, Sql, StoreError, db_test, second_factor};

const NOW: i64 = 1_796_000_000;
const SECRET: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const CODES: [&str; 2] = ["k3f9-2mzq-87xw", "abcd-efgh-jkmn"];

async fn editor(db: &Db, email: &str) -> i64 {
    accounts::create(
        db,
        &NewUser {
            email: email.into(),
            display_name: email.into(),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role: Role::Editor,
            verified: true,
        },
        NOW,
    )
    .await
    .unwrap()
    .unwrap()
}

#[derive(sqlx::FromRow)]
struct Text {
    value: String,
}

/// Every stored value of the second-factor columns, as the database holds them.
async fn raw(db: &Db) -> Vec<String> {
    let mut values = Vec::new();
    for query in [
        "SELECT totp_secret AS value FROM users WHERE totp_secret IS NOT NULL",
        "SELECT secret AS value FROM pending_totp_enrolments",
        "SELECT recovery_codes AS value FROM pending_totp_enrolments",
        "SELECT code_hash AS value FROM recovery_codes",
    ] {
        let rows: Vec<Text> = db.fetch_all(Sql::new(query)).await.unwrap();
        values.extend(rows.into_iter().map(|r| r.value));
    }
    values
}

/// Whether recovery code `code` of account `id` is accepted (and so used up) under `key`.
async fn recovers(db: &Db, key: &SecretKey, id: i64, code: &str) -> bool {
    accounts::use_recovery_code(db, key, id, &hash_token(code), NOW)
        .await
        .unwrap()
}

/// The TOTP secret of account `id`, opened with `key`.
async fn secret_of(db: &Db, key: &SecretKey, id: i64) -> Option<String> {
    let user = accounts::by_id(db, id).await.unwrap().unwrap();
    accounts::totp_secret(key, &user).unwrap()
}

fn hashes() -> Vec<String> {
    CODES.iter().map(|c| hash_token(c)).collect()
}

/// The rows show neither the secret nor a code nor a code's plain hash, in any form.
fn assert_nothing_readable(values: &[String], name: &str) {
    assert!(!values.is_empty(), "{name}");
    for value in values {
        assert!(value.starts_with("v1:"), "{name}: {value}");
        let lower = value.to_lowercase();
        assert!(!lower.contains(&SECRET.to_lowercase()), "{name}: {value}");
        for code in CODES {
            assert!(!lower.contains(code), "{name}: {value}");
            assert!(!lower.contains(&hash_token(code)), "{name}: {value}");
        }
    }
}

db_test!(an_enrolment_leaves_no_secret_or_code_readable_in_the_rows);
async fn an_enrolment_leaves_no_secret_or_code_readable_in_the_rows(t: TestDb) {
    let (db, name) = (&t.db, t.name);
    let key = SecretKey::generate();
    let id = editor(db, "enrolling@example.org").await;
    let fresh = PendingTotp {
        secret: SECRET.into(),
        recovery_codes: CODES.map(str::to_owned).to_vec(),
    };
    let shown = accounts::start_totp_enrolment(db, &key, id, &fresh, NOW)
        .await
        .unwrap();
    assert_eq!(shown, fresh, "{name}");
    assert_nothing_readable(&raw(db).await, name);
    // Read back, the pending enrolment is whole; a second start keeps it.
    let other = PendingTotp {
        secret: "OTHERSECRETOTHERSECRET".into(),
        recovery_codes: vec!["zzzz-zzzz-zzzz".into()],
    };
    let again = accounts::start_totp_enrolment(db, &key, id, &other, NOW)
        .await
        .unwrap();
    assert_eq!(again, fresh, "{name}");
    assert!(
        !accounts::confirm_totp(db, &key, id, "OTHERSECRETOTHERSECRET", &hashes(), 1)
            .await
            .unwrap(),
        "{name}: only the pending secret confirms"
    );
    assert!(
        accounts::confirm_totp(db, &key, id, SECRET, &hashes(), 1)
            .await
            .unwrap(),
        "{name}"
    );
    assert_nothing_readable(&raw(db).await, name);
    assert_eq!(
        secret_of(db, &key, id).await.as_deref(),
        Some(SECRET),
        "{name}"
    );
    assert!(recovers(db, &key, id, CODES[0]).await, "{name}");
    assert!(!recovers(db, &key, id, CODES[0]).await, "{name}: once");
}

db_test!(two_accounts_with_the_same_recovery_code_store_different_values);
async fn two_accounts_with_the_same_recovery_code_store_different_values(t: TestDb) {
    let (db, name) = (&t.db, t.name);
    let key = SecretKey::generate();
    let a = editor(db, "a@example.org").await;
    let b = editor(db, "b@example.org").await;
    for id in [a, b] {
        accounts::enrol_totp(db, &key, id, SECRET, &hashes()[..1])
            .await
            .unwrap();
    }
    let codes: Vec<Text> = db
        .fetch_all(Sql::new("SELECT code_hash AS value FROM recovery_codes"))
        .await
        .unwrap();
    assert_eq!(codes.len(), 2, "{name}");
    assert_ne!(codes[0].value, codes[1].value, "{name}");
    assert_nothing_readable(&raw(db).await, name);
    // Each works, and only with this key.
    let other_key = SecretKey::generate();
    assert!(!recovers(db, &other_key, a, CODES[0]).await, "{name}");
    for id in [a, b] {
        assert!(recovers(db, &key, id, CODES[0]).await, "{name}");
    }
}

db_test!(second_factors_from_before_the_key_still_work_and_are_sealed_at_start);
async fn second_factors_from_before_the_key_still_work_and_are_sealed_at_start(t: TestDb) {
    let (db, name) = (&t.db, t.name);
    let key = SecretKey::generate();
    let enrolled = editor(db, "enrolled@example.org").await;
    let pending = editor(db, "pending@example.org").await;
    // As the code before the key wrote them: the secret in the clear, codes as SHA-256.
    let mut sql = Sql::new("UPDATE users SET totp_secret = ");
    sql.push_arg(SECRET).push(" WHERE id = ").push_arg(enrolled);
    db.execute(sql).await.unwrap();
    for hash in hashes() {
        let mut sql = Sql::new("INSERT INTO recovery_codes (user_id, code_hash) VALUES (");
        sql.push_arg(enrolled).push(", ").push_arg(hash).push(")");
        db.execute(sql).await.unwrap();
    }
    let mut sql = Sql::new(
        "INSERT INTO pending_totp_enrolments (user_id, secret, recovery_codes, created_at) VALUES (",
    );
    sql.push_arg(pending)
        .push(", ")
        .push_arg(SECRET)
        .push(", ")
        .push_arg(CODES.join("\n"))
        .push(", ")
        .push_arg(NOW)
        .push(")");
    db.execute(sql).await.unwrap();

    // Read as they are until the upgrade.
    assert_eq!(
        secret_of(db, &key, enrolled).await.as_deref(),
        Some(SECRET),
        "{name}"
    );
    assert!(recovers(db, &key, enrolled, CODES[0]).await, "{name}");

    let upgrade = second_factor::upgrade(db, &key).await.unwrap();
    assert!(upgrade.key_matches, "{name}");
    assert_eq!(
        upgrade.converted, 5,
        "{name}: secret, 2 codes, pending secret and codes"
    );
    assert_nothing_readable(&raw(db).await, name);
    let again = second_factor::upgrade(db, &key).await.unwrap();
    assert_eq!(again.converted, 0, "{name}: nothing left to convert");

    // Everything still works, now sealed: the used code stays used, the other works.
    assert_eq!(
        secret_of(db, &key, enrolled).await.as_deref(),
        Some(SECRET),
        "{name}"
    );
    assert!(!recovers(db, &key, enrolled, CODES[0]).await, "{name}");
    assert!(recovers(db, &key, enrolled, CODES[1]).await, "{name}");
    let shown = accounts::pending_totp(db, &key, pending).await.unwrap();
    assert_eq!(
        shown,
        Some(PendingTotp {
            secret: SECRET.into(),
            recovery_codes: CODES.map(str::to_owned).to_vec(),
        }),
        "{name}"
    );
}

db_test!(another_key_opens_nothing_and_converts_nothing);
async fn another_key_opens_nothing_and_converts_nothing(t: TestDb) {
    let (db, name) = (&t.db, t.name);
    let key = SecretKey::generate();
    let a = editor(db, "a@example.org").await;
    let b = editor(db, "b@example.org").await;
    assert!(second_factor::upgrade(db, &key).await.unwrap().key_matches);
    accounts::enrol_totp(db, &key, a, SECRET, &hashes())
        .await
        .unwrap();

    let replaced = SecretKey::generate();
    let user = accounts::by_id(db, a).await.unwrap().unwrap();
    let err = accounts::totp_secret(&replaced, &user).unwrap_err();
    assert!(matches!(err, StoreError::SecretKey(_)), "{name}: {err}");
    assert!(
        err.to_string().contains("SPARKS_SECRET_KEY_FILE"),
        "{name}: {err}"
    );
    let upgrade = second_factor::upgrade(db, &replaced).await.unwrap();
    assert!(!upgrade.key_matches, "{name}");

    // A sealed secret copied into another account's row does not open there.
    let mut sql =
        Sql::new("UPDATE users SET totp_secret = (SELECT totp_secret FROM users WHERE id = ");
    sql.push_arg(a).push(") WHERE id = ").push_arg(b);
    db.execute(sql).await.unwrap();
    let moved = accounts::by_id(db, b).await.unwrap().unwrap();
    assert!(accounts::totp_secret(&key, &moved).is_err(), "{name}");
}
