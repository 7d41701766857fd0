//! `sparks import` carries each record's `checked_at` (issue #16 point 3): imported dates
//! are stamped, a later check is never turned back, and a malformed date only means "not
//! checked", never a rejected record.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::process::{Command, Output};

use sparks_store::checks;
use sparks_store::moderation::ContentKind;
use sparks_store::{Backend, db_test};

#[expect(
    dead_code,
    reason = "only the binary path and storage options are used here"
)]
mod support;

use support::{BIN, storage};

fn sparks(args: &[&str], db: &[String]) -> Output {
    Command::new(BIN)
        .args(args)
        .args(db)
        .env_remove("SPARKS_DATABASE_URL")
        .env_remove("SPARKS_DATA_DIR")
        .output()
        .unwrap()
}

db_test!(imports_carry_checked_dates);
async fn imports_carry_checked_dates(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let (name, db) = storage(backend, &dir.path().join("db")).await;
    let initiatives = dir.path().join("initiatives.json");
    std::fs::write(
        &initiatives,
        r#"[
          {"acronym": "CHECKED", "full_name": "A checked record", "pillars": ["prevention"], "checked_at": "2026-10-01"},
          {"acronym": "BAD", "full_name": "Rejected", "pillars": ["protection"], "checked_at": "2026-10-02"},
          {"acronym": "UNCHECKED", "full_name": "No date", "pillars": ["prevention"]},
          {"acronym": "GARBLED", "full_name": "A bad date", "pillars": ["prevention"], "checked_at": "last week"}
        ]"#,
    )
    .unwrap();
    let o = sparks(
        &["import", "initiatives", initiatives.to_str().unwrap()],
        &db,
    );
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("imported 3 initiatives, rejected 1"),
        "{name}: {err}"
    );
    let helplines = dir.path().join("helplines.json");
    std::fs::write(
        &helplines,
        r#"[{"name": "Test line", "kind": "child_helpline", "country_code": "PL",
             "source_url": "https://example.org/line", "phone": "116 111",
             "checked_at": "2026-09-15"}]"#,
    )
    .unwrap();
    let o = sparks(&["import", "helplines", helplines.to_str().unwrap()], &db);
    assert!(
        o.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );

    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("db/sparks.db").display()),
        Backend::Postgres => db.last().unwrap().clone(),
    };
    let store = sparks_store::Db::connect(&url).await.unwrap();
    let day = |s: &str| checks::parse_day(s).unwrap();
    let got = |slug: &'static str| {
        let store = store.clone();
        async move {
            checks::get(&store, ContentKind::Initiative, slug)
                .await
                .unwrap()
                .map(|c| c.checked_at)
        }
    };
    assert_eq!(got("checked").await, Some(day("2026-10-01")), "{name}");
    assert_eq!(got("unchecked").await, None, "{name}");
    assert_eq!(got("garbled").await, None, "{name}");
    let line = checks::queue(&store, 1000)
        .await
        .unwrap()
        .into_iter()
        .find(|q| q.kind == ContentKind::Helpline)
        .unwrap();
    assert_eq!(line.check.unwrap().checked_at, day("2026-09-15"), "{name}");

    // An older file does not turn a later check back.
    std::fs::write(
        &initiatives,
        r#"[{"acronym": "CHECKED", "full_name": "A checked record", "pillars": ["prevention"], "checked_at": "2025-01-01"}]"#,
    )
    .unwrap();
    sparks(
        &["import", "initiatives", initiatives.to_str().unwrap()],
        &db,
    );
    assert_eq!(got("checked").await, Some(day("2026-10-01")), "{name}");
    store.close().await;
}
