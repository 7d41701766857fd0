//! Databases for tests: a fresh SQLite file, and a fresh PostgreSQL schema when
//! `TEST_DATABASE_URL` is set. Enabled by the `testing` feature.
//!
//! A test that should run on both backends is written once, as an `async fn` taking its
//! [`Fixture`] (a [`TestDb`], a [`Backend`], or a fixture of the test's own crate), and
//! [`db_test!`](crate::db_test) makes two named tests of it, `NAME::sqlite` and
//! `NAME::postgres`, so one backend's failure never hides the other's result:
//!
//! ```ignore
//! sparks_store::db_test!(upsert_replaces_by_slug);
//! async fn upsert_replaces_by_slug(t: TestDb) {
//!     initiatives::upsert(&t.db, &initiative, NOW).await.unwrap();
//! }
//! ```

use std::future::Future;
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::postgres::PgConnectOptions;
use sqlx::sqlite::SqliteConnectOptions;

use crate::{Backend, Db};

/// The variable that points the PostgreSQL half of the tests at a server.
pub const DATABASE_URL_VARIABLE: &str = "TEST_DATABASE_URL";

/// Two named tests, `NAME::sqlite` and `NAME::postgres`, from one `async fn NAME(fixture)`
/// written beside the macro call; the fixture is any [`Fixture`](crate::testing::Fixture)
/// type, built fresh for each backend.
///
/// The PostgreSQL test passes with a line saying it skipped when `TEST_DATABASE_URL` is not
/// set. Arguments after the name go to `#[tokio::test(...)]`, e.g.
/// `db_test!(NAME, flavor = "multi_thread", worker_threads = 2)`.
///
/// The module and the function share the name: one lives in the type namespace, the other
/// in the value namespace, so the test list reads `NAME::sqlite` while the body keeps a plain
/// function that rustfmt formats and the compiler builds once.
#[macro_export]
macro_rules! db_test {
    ($name:ident $(, $($runtime:tt)+)?) => {
        mod $name {
            #[::tokio::test$(($($runtime)+))?]
            async fn sqlite() {
                $crate::testing::run($crate::Backend::Sqlite, super::$name).await;
            }

            #[::tokio::test$(($($runtime)+))?]
            async fn postgres() {
                $crate::testing::run($crate::Backend::Postgres, super::$name).await;
            }
        }
    };
}

/// What a test on one backend is given, built fresh for that backend.
pub trait Fixture: Sized {
    /// Builds the fixture on `backend`. Called for PostgreSQL only when `TEST_DATABASE_URL`
    /// is set.
    fn on(backend: Backend) -> impl Future<Output = Self>;
}

impl Fixture for Backend {
    /// The backend itself, for tests that set up their own database (e.g. a server process).
    async fn on(backend: Backend) -> Self {
        backend
    }
}

impl Fixture for TestDb {
    async fn on(backend: Backend) -> Self {
        match backend {
            Backend::Sqlite => sqlite().await,
            Backend::Postgres => postgres()
                .await
                .unwrap_or_else(|| panic!("{DATABASE_URL_VARIABLE} is not set")),
        }
    }
}

/// Whether tests can run on `backend` here: SQLite always, PostgreSQL when
/// `TEST_DATABASE_URL` is set.
pub fn available(backend: Backend) -> bool {
    match backend {
        Backend::Sqlite => true,
        Backend::Postgres => std::env::var_os(DATABASE_URL_VARIABLE).is_some(),
    }
}

/// The short name of a backend, for messages and file names.
pub fn name(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "sqlite",
        Backend::Postgres => "postgres",
    }
}

/// Runs `test` on a fresh fixture for `backend`, or says plainly that it skipped when the
/// backend is not configured (the test then passes). What [`db_test!`](crate::db_test) calls.
pub async fn run<F, Fut>(backend: Backend, test: impl FnOnce(F) -> Fut)
where
    F: Fixture,
    Fut: Future<Output = ()>,
{
    if !available(backend) {
        eprintln!("skipped: {DATABASE_URL_VARIABLE} is not set");
        return;
    }
    test(F::on(backend).await).await;
}

/// A migrated database for one test, and whatever keeps it alive.
pub struct TestDb {
    /// The database.
    pub db: Db,
    /// Which backend, for messages.
    pub name: &'static str,
    /// The temporary directory of a SQLite database.
    dir: Option<tempfile::TempDir>,
}

impl TestDb {
    /// The SQLite database file, for tests that read its raw bytes; `None` on PostgreSQL.
    pub fn sqlite_file(&self) -> Option<std::path::PathBuf> {
        self.dir.as_ref().map(|dir| dir.path().join("test.db"))
    }
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
        dir: Some(dir),
    }
}

/// A fresh, migrated PostgreSQL schema, or `None` (with a line saying so) when
/// `TEST_DATABASE_URL` is not set.
pub async fn postgres() -> Option<TestDb> {
    let Ok(url) = std::env::var(DATABASE_URL_VARIABLE) else {
        eprintln!("skipped the PostgreSQL half: {DATABASE_URL_VARIABLE} is not set");
        return None;
    };
    let schema = create_schema(&url).await;
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
        dir: None,
    })
}

/// The URL of a fresh, empty PostgreSQL schema (for tests that start the binary), or `None`.
pub async fn postgres_url() -> Option<String> {
    let url = std::env::var(DATABASE_URL_VARIABLE).ok()?;
    let schema = create_schema(&url).await;
    let separator = if url.contains('?') { '&' } else { '?' };
    Some(format!(
        "{url}{separator}options=-c%20search_path%3D{schema}"
    ))
}

/// Every backend to run a test on: SQLite always, PostgreSQL when configured. For tests that
/// compare the backends with each other; others are two tests made by [`db_test!`](crate::db_test).
pub async fn all() -> Vec<TestDb> {
    let mut dbs = vec![sqlite().await];
    dbs.extend(postgres().await);
    dbs
}

/// Creates an empty schema with a name no other test uses, on the server at `url`.
async fn create_schema(url: &str) -> String {
    let schema = fresh_schema_name();
    let admin = Db::connect(url)
        .await
        .unwrap_or_else(|e| panic!("postgres at TEST_DATABASE_URL: {e}"));
    admin
        .execute(crate::Sql::new(&format!("CREATE SCHEMA {schema}")))
        .await
        .unwrap_or_else(|e| panic!("create schema: {e}"));
    admin.close().await;
    schema
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

/// A verified editor account named `name` (`NAME@example.org`), as the actor of editorial
/// decisions in tests.
///
/// # Panics
/// When the account cannot be created (a test's setup failing is a failed test).
pub async fn editor(db: &Db, name: &str) -> crate::editorial::Actor {
    let new = crate::accounts::NewUser {
        email: format!("{}@example.org", name.to_lowercase()),
        display_name: name.to_owned(),
        password_hash: "x".into(),
        organisation: String::new(),
        country: None,
        expertise: String::new(),
        role: crate::accounts::Role::Editor,
        verified: true,
    };
    let id = crate::accounts::create(db, &new, 0)
        .await
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("cannot create the editor {name}"));
    crate::editorial::Actor {
        id,
        name: name.to_owned(),
    }
}

/// Runs a migration file's statements again, on one connection in one transaction as the
/// migrator runs a migration: how an upgrade test applies a migration to tables filled in
/// the shape before it. Comment lines are dropped and statements split at `;`.
pub async fn rerun_migration(db: &Db, migration: &str) -> crate::Result<()> {
    let statements: String = migration
        .lines()
        .filter(|l| !l.trim_start().starts_with("--"))
        .collect::<Vec<_>>()
        .join("\n");
    let mut tx = db.begin().await?;
    for statement in statements
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        tx.execute(crate::Sql::new(statement)).await?;
    }
    tx.commit().await
}
