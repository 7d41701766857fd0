//! `sparks users add` holds passwords to the same policy as the web forms (issue #18): the
//! site's name, the account's own words and whitespace-only passwords are refused with a
//! clear message, on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::process::Output;

// Shared with the reliability suite; this one uses its storage options and `users add` only.
#[expect(dead_code, reason = "the reliability helpers are not all used here")]
mod support;

use sparks_store::{Backend, db_test};
use support::{storage, users_add};

db_test!(users_add_refuses_the_sites_name_own_words_and_blank_passwords);
async fn users_add_refuses_the_sites_name_own_words_and_blank_passwords(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let (name, db) = storage(backend, dir.path()).await;
    let add = |password: &str| -> Output {
        let args = [
            "--email",
            "jan.nowak@example.org",
            "--name",
            "Jan Nowak",
            "--role",
            "editor",
        ];
        users_add(&args, &db, password)
    };
    for (password, says) in [
        ("Sparks2024!", "the password is the site's name"),
        ("Sparks in the Dark", "the password is the site's name"),
        ("          ", "the password is only spaces"),
        (
            "Nowak2026!",
            "the password is too common or too easy to guess",
        ),
        (
            "jan.nowak!!",
            "the password is too common or too easy to guess",
        ),
    ] {
        let o = add(password);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(!o.status.success(), "{name}: {password:?} was accepted");
        assert!(err.contains(says), "{name}: {password:?}: {err}");
    }
    let o = add("sparks light the dark");
    assert!(
        o.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}
