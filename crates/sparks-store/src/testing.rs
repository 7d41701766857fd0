//! Databases for tests: a fresh SQLite file, and a fresh PostgreSQL schema when
//! `TEST_DATABASE_URL` is set. Enabled by the `testing` feature.

use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;

use crate::Db;

/// A migrated database for one test, and whatever keeps it alive.
pub struct TestDb {
    /// The database.
    pub db: Db,
    /// Which backend, for messages.
    pub name: &'static str,
    _dir: Option<tempfile::TempDir>,
}

/// A fresh, migrated SQLite database in a temporary directory.
pub async fn sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}"));
    let options = SqliteConnectOptions::new()
        .filename(dir.path().join("test.db"))
        .create_if_missing(true);
    let db = Db::connect_sqlite(options)
        .await
        .unwrap_or_else(|e| panic!("sqlite: {e}"));
    db.migrate()
        .await
        .unwrap_or_else(|e| panic!("migrate sqlite: {e}"));
    TestDb {
        db,
        name: "sqlite",
        _dir: Some(dir),
    }
}

/// A fresh, migrated PostgreSQL schema, or `None` (with a line saying so) when
/// `TEST_DATABASE_URL` is not set.
pub async fn postgres() -> Option<TestDb> {
    let Ok(url) = std::env::var("TEST_DATABASE_URL") else {
        eprintln!("skipped the PostgreSQL half: TEST_DATABASE_URL is not set");
        return None;
    };
    let schema = fresh_schema_name();
    let admin = Db::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("postgres at TEST_DATABASE_URL: {e}"));
    admin
        .execute(crate::Sql::new(&format!("CREATE SCHEMA {schema}")))
        .await
        .unwrap_or_else(|e| panic!("create schema: {e}"));
    admin.close().await;
    let options = PgConnectOptions::from_str(&url)
        .unwrap_or_else(|e| panic!("TEST_DATABASE_URL: {e}"))
        .options([("search_path", schema.as_str())]);
    let db = Db::connect_postgres(options)
        .await
        .unwrap_or_else(|e| panic!("postgres: {e}"));
    db.migrate()
        .await
        .unwrap_or_else(|e| panic!("migrate postgres: {e}"));
    Some(TestDb {
        db,
        name: "postgres",
        _dir: None,
    })
}

/// The URL of a fresh, empty PostgreSQL schema (for tests that start the binary), or `None`.
pub async fn postgres_url() -> Option<String> {
    let url = std::env::var("TEST_DATABASE_URL").ok()?;
    let schema = fresh_schema_name();
    let admin = Db::connect(&url)
        .await
        .unwrap_or_else(|e| panic!("postgres at TEST_DATABASE_URL: {e}"));
    admin
        .execute(crate::Sql::new(&format!("CREATE SCHEMA {schema}")))
        .await
        .unwrap_or_else(|e| panic!("create schema: {e}"));
    admin.close().await;
    let separator = if url.contains('?') { '&' } else { '?' };
    Some(format!(
        "{url}{separator}options=-c%20search_path%3D{schema}"
    ))
}

/// Every backend to run a test on: SQLite always, PostgreSQL when configured.
pub async fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres().await);
    dbs
}

fn fresh_schema_name() -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.subsec_nanos());
    format!(
        "sparks_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        nanos
    )
}
