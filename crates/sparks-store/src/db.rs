//! The database handle: connecting, migrating, and running [`Sql`] on either backend.

use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPoolOptions, PgRow};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePoolOptions, SqliteRow,
    SqliteSynchronous,
};
use sqlx::{FromRow, PgPool, SqlitePool};

use crate::changes::{ChangeSignal, PgChanges, PgChangesHandle};
use crate::sql::{bind_args, positional};
use crate::{Result, Sql, StoreError};

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// Which database engine a [`Db`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite, the default for one machine.
    Sqlite,
    /// PostgreSQL, for several servers.
    Postgres,
}

/// Connections of a SQLite pool. Each holds its own page cache, parsed schema and prepared
/// statements in memory of its own (SQLite allocates through the C library, one arena per
/// connection thread): at 100,000 initiatives eight connections held about 19 MB once
/// warm. Two cores cannot run more than a few statements at once, and readers never wait
/// for the writer in WAL mode, so four serve the same load.
const SQLITE_CONNECTIONS: u32 = 4;

/// What `PRAGMA journal_mode` answers: the mode in force after it.
#[derive(FromRow)]
struct JournalModeRow {
    journal_mode: String,
}

/// A connection pool to SQLite or PostgreSQL. Cheap to clone.
#[derive(Debug, Clone)]
pub enum Db {
    /// SQLite, with the change signal beside its file (none for an in-memory database).
    Sqlite(SqlitePool, Option<Arc<ChangeSignal>>),
    /// PostgreSQL, with what this process knows of writes (see [`crate::changes`]).
    Postgres(PgPool, Arc<PgChangesHandle>),
}

/// A row type that both backends can decode.
pub trait AnyRow:
    for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}
impl<T> AnyRow for T where
    T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin
{
}

impl Db {
    /// Connects to `url`: `sqlite://PATH` (the file is created when missing) or
    /// `postgres://...`.
    pub async fn connect(url: &str) -> Result<Db> {
        Db::connect_with(url, SQLITE_CONNECTIONS).await
    }

    /// [`Db::connect`], with a SQLite pool of one connection: for a one-off command that
    /// loads in bulk, whose one connection may then leave WAL mode for the load (see
    /// [`Db::leave_wal_while_alone`]). The same as [`Db::connect`] on PostgreSQL.
    pub async fn connect_alone(url: &str) -> Result<Db> {
        Db::connect_with(url, 1).await
    }

    async fn connect_with(url: &str, sqlite_connections: u32) -> Result<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)
                .map_err(|e| StoreError::InvalidUrl(e.to_string()))?;
            Db::connect_postgres(options).await
        } else if url.starts_with("sqlite:") {
            let options = SqliteConnectOptions::from_str(url)
                .map_err(|e| StoreError::InvalidUrl(e.to_string()))?
                .create_if_missing(true);
            Db::connect_sqlite_with(options, sqlite_connections).await
        } else {
            Err(StoreError::InvalidUrl(
                "expected a URL starting with sqlite: or postgres://".to_owned(),
            ))
        }
    }

    /// Opens a SQLite database with the settings Sparks relies on: WAL so readers never wait
    /// for the writer, `synchronous=FULL` so a committed write survives a power cut, foreign
    /// keys on, a busy timeout instead of immediate "database is locked" errors, and a page
    /// cache of 1 MB per connection rather than SQLite's 2 MB: eight connections' caches
    /// were an eighth of the server's memory at 100,000 initiatives, and the pages they
    /// would hold stay in the operating system's file cache anyway. (A bulk load raises it
    /// for its own transaction.) At most [`SQLITE_CONNECTIONS`] connections.
    pub async fn connect_sqlite(options: SqliteConnectOptions) -> Result<Db> {
        Db::connect_sqlite_with(options, SQLITE_CONNECTIONS).await
    }

    async fn connect_sqlite_with(options: SqliteConnectOptions, connections: u32) -> Result<Db> {
        let options = options
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            .pragma("cache_size", "-1024");
        // A process connects in its turn (see `Db::setup_lock`): while a bulk load has the file
        // out of WAL mode (`Db::leave_wal_while_alone`), a new connection's switch to WAL
        // would fail at once, where the turn waits for the load to end. From then on the pool
        // keeps a connection open, never retired, so no load can leave WAL while this
        // process may still open connections.
        let turn = match sqlite_file(&options) {
            Some(path) => Some(lock_file(path.with_extension("migrate-lock")).await?),
            None => None,
        };
        let pool = SqlitePoolOptions::new()
            .min_connections(1)
            .max_connections(connections)
            .max_lifetime(None)
            .connect_with(options)
            .await?;
        drop(turn);
        let signal = match database_file(&pool) {
            None => None,
            Some(path) => Some(Arc::new(
                ChangeSignal::beside(&path).map_err(|e| StoreError::Lock(e.to_string()))?,
            )),
        };
        Ok(Db::Sqlite(pool, signal))
    }

    /// Opens a PostgreSQL pool.
    pub async fn connect_postgres(options: PgConnectOptions) -> Result<Db> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await?;
        Ok(Db::Postgres(pool, Arc::default()))
    }

    /// On PostgreSQL, starts (once per pool) the task that listens for version changes, so
    /// that [`Db::change_counter`] can answer without a query; elsewhere nothing. A server
    /// calls it; one-off commands need not.
    pub fn listen_for_changes(&self) {
        if let Db::Postgres(pool, changes) = self {
            crate::changes::start_listening(pool, &changes.0);
        }
    }

    /// What this process knows of writes on PostgreSQL (see [`crate::changes`]).
    pub fn pg_changes(&self) -> Option<&Arc<PgChanges>> {
        match self {
            Db::Postgres(_, changes) => Some(&changes.0),
            Db::Sqlite(..) => None,
        }
    }

    /// A counter that advances on every committed version bump, when one can be trusted:
    /// the SQLite change file (see [`ChangeSignal`]), or on PostgreSQL the in-memory counter
    /// while its listener is subscribed. `None` (in-memory SQLite, PostgreSQL without a
    /// listener, or a file that cannot be read): ask the database.
    pub fn change_counter(&self) -> Option<u64> {
        match self {
            Db::Sqlite(_, signal) => signal.as_deref().and_then(|s| s.current().ok()),
            Db::Postgres(_, changes) => changes.0.current(),
        }
    }

    /// The change signal beside a SQLite database file (see [`crate::changes`]); `None` on
    /// PostgreSQL and for in-memory SQLite, where the versions must be read from the database.
    pub fn change_signal(&self) -> Option<&ChangeSignal> {
        match self {
            Db::Sqlite(_, signal) => signal.as_deref(),
            Db::Postgres(..) => None,
        }
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        match self {
            Db::Sqlite(..) => Backend::Sqlite,
            Db::Postgres(..) => Backend::Postgres,
        }
    }

    /// Applies pending migrations. On PostgreSQL sqlx holds an advisory lock while it
    /// migrates, so several servers starting at once do not race.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(pool, _) => {
                // sqlx takes no lock on SQLite, and two processes migrating one file at once
                // (a server and `sparks import`, say) would both try to create the tables.
                // The setup lock makes them take turns.
                let _lock = self.setup_lock().await?;
                SQLITE_MIGRATIONS.run(pool).await?;
            }
            Db::Postgres(pool, _) => POSTGRES_MIGRATIONS.run(pool).await?,
        }
        Ok(())
    }

    /// Waits for, and holds until dropped, the lock that processes setting up one SQLite
    /// file take turns with: a file beside the database, locked while [`Db::migrate`] runs
    /// and while a starting server makes its one-time loads (the seed, upgrades, the search
    /// index). Without it, the second of two servers started together would wait for the
    /// first's seeding transactions only as long as SQLite's busy timeout, and give up with
    /// "database is locked" when they take longer (a slow machine); PostgreSQL's advisory
    /// locks wait as long as it takes, and so does this one. Holds nothing on PostgreSQL or
    /// in memory.
    pub async fn setup_lock(&self) -> Result<SetupLock> {
        let file = match self {
            Db::Sqlite(pool, _) => match database_file(pool) {
                Some(path) => Some(lock_file(path.with_extension("migrate-lock")).await?),
                None => None,
            },
            Db::Postgres(..) => None,
        };
        Ok(SetupLock { _file: file })
    }

    /// Takes a SQLite file out of WAL mode, into a rollback journal, when no other connection
    /// (of this process or another) has it open; returns whether it did. For a bulk load into
    /// an empty database: WAL writes each new page twice, into the log at the commit and into
    /// the file at the checkpoint, where a rollback journal writes it once and journals only
    /// the few pages that were there before. A 100,000-record import spent about 2.3 s
    /// committing and checkpointing in WAL mode and about 1 s committing without it. A crash
    /// loses nothing either way: the journal is synced before the file is written, and the
    /// next opener rolls an unfinished load back.
    ///
    /// Hold [`Db::setup_lock`] from before this call until after [`Db::return_to_wal`]: a
    /// process opening the file meanwhile then waits for its turn instead of failing (a
    /// connection cannot switch a file into WAL mode while another writes it), and the pool
    /// of a process that has connected keeps a connection open, so this returns `false`
    /// while any other process uses the file. Every connection opened later asks for WAL
    /// too. Nothing on PostgreSQL or in memory (`false`).
    pub async fn leave_wal_while_alone(&self) -> Result<bool> {
        if !matches!(self, Db::Sqlite(_, Some(_))) {
            return Ok(false);
        }
        match self
            .fetch_one::<JournalModeRow>(Sql::new("PRAGMA journal_mode = DELETE"))
            .await
        {
            Ok(row) => Ok(row.journal_mode.eq_ignore_ascii_case("delete")),
            // Leaving WAL takes the file's exclusive lock, at once or not at all: busy means
            // another connection has the file open.
            Err(StoreError::Database(sqlx::Error::Database(e)))
                if e.code().as_deref() == Some("5") =>
            {
                Ok(false)
            }
            Err(e) => Err(e),
        }
    }

    /// Puts a SQLite file back into WAL mode after [`Db::leave_wal_while_alone`].
    pub async fn return_to_wal(&self) -> Result<()> {
        if let Db::Sqlite(..) = self {
            let row = self
                .fetch_one::<JournalModeRow>(Sql::new("PRAGMA journal_mode = WAL"))
                .await?;
            if !row.journal_mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Database(sqlx::Error::Protocol(format!(
                    "the database stayed in journal mode {:?} instead of WAL",
                    row.journal_mode
                ))));
            }
        }
        Ok(())
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<()> {
        self.execute(Sql::new("SELECT 1")).await.map(|_| ())
    }

    /// Closes every connection, waiting for queries in flight (and, on SQLite, letting the
    /// WAL be checkpointed by the last connection).
    pub async fn close(&self) {
        match self {
            Db::Sqlite(pool, _) => pool.close().await,
            Db::Postgres(pool, _) => pool.close().await,
        }
    }

    /// Runs a statement; returns the number of rows affected.
    pub async fn execute(&self, sql: Sql) -> Result<u64> {
        self.lease().await?.conn().execute(sql).await
    }

    /// Runs a query and decodes every row.
    pub async fn fetch_all<R: AnyRow>(&self, sql: Sql) -> Result<Vec<R>> {
        self.lease().await?.conn().fetch_all(sql).await
    }

    /// Runs a query and decodes the first row, if any.
    pub async fn fetch_optional<R: AnyRow>(&self, sql: Sql) -> Result<Option<R>> {
        self.lease().await?.conn().fetch_optional(sql).await
    }

    /// Runs a query and decodes exactly one row.
    pub async fn fetch_one<R: AnyRow>(&self, sql: Sql) -> Result<R> {
        self.lease().await?.conn().fetch_one(sql).await
    }

    /// Runs a `SELECT COUNT(*) AS n ...` query and returns `n` (0 when it yields no row).
    pub async fn count(&self, sql: Sql) -> Result<i64> {
        self.lease().await?.conn().count(sql).await
    }

    /// Runs an `INSERT` (e.g. from [`Sql::insert`]) with `RETURNING id` appended and returns
    /// the new row's id.
    pub async fn insert_id(&self, sql: Sql) -> Result<i64> {
        self.lease().await?.conn().insert_id(sql).await
    }

    /// A connection from the pool, for one or more statements outside a transaction.
    pub(crate) async fn lease(&self) -> Result<Lease> {
        Ok(match self {
            Db::Sqlite(pool, _) => Lease::Sqlite(pool.acquire().await?),
            Db::Postgres(pool, _) => Lease::Postgres(pool.acquire().await?),
        })
    }

    /// Starts a transaction. On SQLite it takes the write lock at once (`BEGIN IMMEDIATE`):
    /// our transactions write, and a deferred one that reads first cannot later upgrade to
    /// writing while another connection writes — it fails instead of waiting.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool, signal) => Tx::Sqlite(
                pool.begin_with("BEGIN IMMEDIATE").await?,
                Publish {
                    signal: signal.clone(),
                    ..Publish::default()
                },
            ),
            Db::Postgres(pool, changes) => Tx::Postgres(
                pool.begin().await?,
                Publish {
                    pg: Some(Arc::clone(&changes.0)),
                    ..Publish::default()
                },
            ),
        })
    }
}

/// The file a SQLite pool works on; `None` for an in-memory database, which sqlx names
/// `:memory:` or, for `sqlite::memory:` URLs, `file:sqlx-in-memory-N` (an SQLite URI).
fn database_file(pool: &SqlitePool) -> Option<std::path::PathBuf> {
    sqlite_file(&pool.connect_options())
}

/// The file that SQLite connections with `options` open; `None` in memory.
fn sqlite_file(options: &SqliteConnectOptions) -> Option<std::path::PathBuf> {
    let path = options.get_filename();
    let name = path.to_string_lossy();
    (!name.is_empty() && name != ":memory:" && !name.starts_with("file:"))
        .then(|| path.to_path_buf())
}

/// The lock of [`Db::setup_lock`], released when dropped.
#[derive(Debug)]
pub struct SetupLock {
    _file: Option<std::fs::File>,
}

/// Opens (creating) `path` and holds an exclusive lock on it until the file is dropped.
async fn lock_file(path: std::path::PathBuf) -> Result<std::fs::File> {
    let locked = tokio::task::spawn_blocking(move || {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        file.lock()?;
        Ok::<_, std::io::Error>(file)
    })
    .await
    .map_err(|e| StoreError::Lock(e.to_string()))?;
    locked.map_err(|e| StoreError::Lock(e.to_string()))
}

/// What a transaction tells others once committed: the change counter to advance (the
/// SQLite file, or this process's PostgreSQL counter) and which search documents it changed
/// (written to `search_changes` just before the commit, see [`crate::search::SearchIndex`]).
#[derive(Debug, Default)]
pub struct Publish {
    signal: Option<Arc<ChangeSignal>>,
    pg: Option<Arc<PgChanges>>,
    pending: bool,
    search: crate::search::Changed,
}

/// A transaction on either backend; rolled back when dropped without [`Tx::commit`].
pub enum Tx {
    /// SQLite, with what to signal after the commit.
    Sqlite(sqlx::Transaction<'static, sqlx::Sqlite>, Publish),
    /// PostgreSQL, with what to signal after the commit.
    Postgres(sqlx::Transaction<'static, sqlx::Postgres>, Publish),
}

impl Tx {
    /// Runs a statement in the transaction.
    pub async fn execute(&mut self, sql: Sql) -> Result<u64> {
        self.conn().execute(sql).await
    }

    /// Runs a query in the transaction and decodes the first row, if any.
    pub async fn fetch_optional<R: AnyRow>(&mut self, sql: Sql) -> Result<Option<R>> {
        self.conn().fetch_optional(sql).await
    }

    /// Runs a query in the transaction and decodes every row.
    pub async fn fetch_all<R: AnyRow>(&mut self, sql: Sql) -> Result<Vec<R>> {
        self.conn().fetch_all(sql).await
    }

    /// Runs a query in the transaction and decodes exactly one row.
    pub async fn fetch_one<R: AnyRow>(&mut self, sql: Sql) -> Result<R> {
        self.conn().fetch_one(sql).await
    }

    /// Runs a `SELECT COUNT(*) AS n ...` query in the transaction and returns `n` (0 when it
    /// yields no row).
    pub async fn count(&mut self, sql: Sql) -> Result<i64> {
        self.conn().count(sql).await
    }

    /// Runs an `INSERT` (e.g. from [`Sql::insert`]) in the transaction with `RETURNING id`
    /// appended and returns the new row's id.
    pub async fn insert_id(&mut self, sql: Sql) -> Result<i64> {
        self.conn().insert_id(sql).await
    }

    /// Loads `rows` into `target` (`table (column, ...)`) with one `COPY ... FROM STDIN` on
    /// PostgreSQL, where it is several times faster than multi-row `INSERT`s for a bulk
    /// load: no statement to parse and plan per batch, no parameters to bind. Returns
    /// `false`, having done nothing, on SQLite, which has no `COPY`: the caller inserts.
    /// The rows must not conflict with each other or with rows already there.
    pub(crate) async fn copy_in<R>(
        &mut self,
        target: &str,
        rows: impl IntoIterator<Item = R>,
    ) -> Result<bool>
    where
        R: IntoIterator<Item = crate::Arg>,
    {
        let Tx::Postgres(tx, _) = self else {
            return Ok(false);
        };
        let mut data = Vec::new();
        for row in rows {
            for (n, value) in row.into_iter().enumerate() {
                if n > 0 {
                    data.push(b'\t');
                }
                copy_text_value(&mut data, &value);
            }
            data.push(b'\n');
        }
        if data.is_empty() {
            return Ok(true);
        }
        let conn: &mut PgConnection = tx;
        let mut copy = conn
            .copy_in_raw(&format!("COPY {target} FROM STDIN"))
            .await?;
        copy.send(data).await?;
        copy.finish().await?;
        Ok(true)
    }

    /// The transaction's connection, for code written once for a pool and a transaction.
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match self {
            Tx::Sqlite(tx, _) => Conn::Sqlite(tx),
            Tx::Postgres(tx, _) => Conn::Postgres(tx),
        }
    }

    /// Which backend the transaction runs on.
    pub fn backend(&self) -> crate::Backend {
        match self {
            Tx::Sqlite(..) => crate::Backend::Sqlite,
            Tx::Postgres(..) => crate::Backend::Postgres,
        }
    }

    /// Notes that this transaction changes a data version, so that its commit advances the
    /// change signal (see [`crate::changes`]).
    pub(crate) fn mark_versions_changed(&mut self) {
        self.publish().pending = true;
    }

    fn publish(&mut self) -> &mut Publish {
        match self {
            Tx::Sqlite(_, publish) | Tx::Postgres(_, publish) => publish,
        }
    }

    /// Notes search documents this transaction wrote or removed (see
    /// [`crate::search::Changed`]).
    pub(crate) fn note_search_changes(&mut self, ids: impl IntoIterator<Item = i64>) {
        self.publish().search.note(ids);
    }

    /// Notes that this transaction changes more of the search index than is worth listing.
    pub(crate) fn note_search_rebuilt(&mut self) {
        self.publish().search.note_all();
    }

    /// Commits, then (on SQLite, when a data version changed) advances the change signal,
    /// before the caller can answer anyone: see [`crate::changes`] for why that order.
    pub async fn commit(mut self) -> Result<()> {
        let search = std::mem::take(&mut self.publish().search);
        let bumped = self.publish().pending;
        crate::search::log_changes(&mut self, search, bumped).await?;
        match self {
            Tx::Sqlite(tx, publish) => {
                tx.commit().await?;
                if let (true, Some(signal)) = (publish.pending, publish.signal) {
                    // The write is committed and must not be reported as failed; a counter
                    // that cannot advance leaves other servers to their periodic re-read.
                    if let Err(e) = signal.advance() {
                        tracing::error!(error = %e, "the change signal could not be advanced");
                    }
                }
            }
            Tx::Postgres(tx, publish) => {
                tx.commit().await?;
                // This server sees its own write at once, before the notification comes
                // back through the listener.
                if let (true, Some(changes)) = (publish.pending, publish.pg) {
                    changes.advance();
                }
            }
        }
        Ok(())
    }
}

/// A connection taken from a [`Db`]'s pool; it goes back when dropped.
pub(crate) enum Lease {
    /// SQLite.
    Sqlite(PoolConnection<sqlx::Sqlite>),
    /// PostgreSQL.
    Postgres(PoolConnection<sqlx::Postgres>),
}

impl Lease {
    /// The connection, to run statements on.
    pub(crate) fn conn(&mut self) -> Conn<'_> {
        match self {
            Lease::Sqlite(c) => Conn::Sqlite(c),
            Lease::Postgres(c) => Conn::Postgres(c),
        }
    }
}

/// Where [`Sql`] runs: a pooled connection ([`Db`]) or the one an open transaction holds
/// ([`Tx`]). The one place that turns an [`Sql`] into a sqlx query, so the pool and the
/// transaction cannot drift apart, and code that must read the same way inside and outside
/// a transaction (a record's "before" state, say) is written once against it.
pub(crate) enum Conn<'c> {
    /// SQLite.
    Sqlite(&'c mut SqliteConnection),
    /// PostgreSQL.
    Postgres(&'c mut PgConnection),
}

/// Builds `$query` from an [`Sql`] for the connection's backend (SQLite gets anonymous
/// placeholders, see [`positional`]), binds the arguments as `$q` and evaluates `$run` with
/// the connection as `$c`.
macro_rules! on_conn {
    ($conn:expr, $sql:expr, $query:expr, |$q:ident, $c:ident| $run:expr) => {
        match $conn {
            Conn::Sqlite($c) => {
                let text = positional(&$sql.text, $sql.args.len());
                let $q = bind_args!($query(&text), $sql.args);
                $run
            }
            Conn::Postgres($c) => {
                let $q = bind_args!($query(&$sql.text), $sql.args);
                $run
            }
        }
    };
}

/// A statement made ready for SQLite where it was built: its placeholders in SQLite's
/// form (see [`positional`]) and its arguments encoded. Running it is then only the
/// database's work. Why: a connection runs one statement at a time, so whatever the task
/// that runs the statements does between two of them, the database waits for; a bulk
/// load builds its statements on another thread (`initiatives::load_new`), and turning
/// its statements (up to 27,000 arguments) into sqlx queries there too kept SQLite's writer
/// busy.
pub(crate) struct SqliteReady {
    text: String,
    args: sqlx::sqlite::SqliteArguments<'static>,
}

impl SqliteReady {
    /// Encodes `sql` for SQLite.
    pub(crate) fn new(sql: Sql) -> Result<SqliteReady> {
        use sqlx::Arguments as _;
        let text = positional(&sql.text, sql.args.len()).into_owned();
        let mut args = sqlx::sqlite::SqliteArguments::default();
        args.reserve(sql.args.len(), 0);
        for arg in sql.args {
            match arg {
                crate::sql::Arg::Text(v) => args.add(v),
                crate::sql::Arg::Int(v) => args.add(v),
                crate::sql::Arg::Bool(v) => args.add(v),
            }
            .map_err(|e| StoreError::Database(sqlx::Error::Encode(e)))?;
        }
        Ok(SqliteReady { text, args })
    }
}

/// The row of a `SELECT COUNT(*) AS n` query.
#[derive(FromRow)]
struct CountRow {
    n: i64,
}

impl Conn<'_> {
    /// Runs a statement; returns the number of rows affected.
    pub(crate) async fn execute(&mut self, sql: Sql) -> Result<u64> {
        Ok(on_conn!(self, sql, sqlx::query, |q, c| q
            .execute(&mut **c)
            .await?
            .rows_affected()))
    }

    /// Runs a statement made ready for SQLite; an error on PostgreSQL.
    pub(crate) async fn execute_ready(&mut self, ready: SqliteReady) -> Result<u64> {
        match self {
            Conn::Sqlite(c) => Ok(sqlx::query_with(&ready.text, ready.args)
                .execute(&mut **c)
                .await?
                .rows_affected()),
            Conn::Postgres(_) => Err(StoreError::Unsupported(
                "a statement made ready for SQLite cannot run on PostgreSQL",
            )),
        }
    }

    /// Runs a query and decodes every row.
    pub(crate) async fn fetch_all<R: AnyRow>(&mut self, sql: Sql) -> Result<Vec<R>> {
        Ok(on_conn!(self, sql, sqlx::query_as::<_, R>, |q, c| q
            .fetch_all(&mut **c)
            .await?))
    }

    /// Runs a query and decodes the first row, if any.
    pub(crate) async fn fetch_optional<R: AnyRow>(&mut self, sql: Sql) -> Result<Option<R>> {
        Ok(on_conn!(self, sql, sqlx::query_as::<_, R>, |q, c| q
            .fetch_optional(&mut **c)
            .await?))
    }

    /// Runs a query and decodes exactly one row.
    pub(crate) async fn fetch_one<R: AnyRow>(&mut self, sql: Sql) -> Result<R> {
        self.fetch_optional(sql)
            .await?
            .ok_or(StoreError::Database(sqlx::Error::RowNotFound))
    }

    /// Runs a `SELECT COUNT(*) AS n ...` query and returns `n` (0 when it yields no row).
    pub(crate) async fn count(&mut self, sql: Sql) -> Result<i64> {
        Ok(self
            .fetch_optional::<CountRow>(sql)
            .await?
            .map_or(0, |r| r.n))
    }

    /// Runs an `INSERT` with `RETURNING id` appended and returns the new row's id.
    pub(crate) async fn insert_id(&mut self, mut sql: Sql) -> Result<i64> {
        sql.push(" RETURNING id");
        self.fetch_optional::<IdRow>(sql)
            .await?
            .map(|r| r.id)
            .ok_or_else(|| StoreError::Corrupt("an insert returned no id".into()))
    }
}

/// The id an `INSERT ... RETURNING id` gives back.
#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// Appends `value` in `COPY`'s text format: `\N` for NULL, and backslash, tab, newline and
/// carriage return escaped, as the format requires of text.
fn copy_text_value(out: &mut Vec<u8>, value: &crate::Arg) {
    match value {
        crate::Arg::Text(None) | crate::Arg::Int(None) => out.extend_from_slice(b"\\N"),
        crate::Arg::Int(Some(n)) => out.extend_from_slice(n.to_string().as_bytes()),
        crate::Arg::Bool(b) => out.push(if *b { b't' } else { b'f' }),
        crate::Arg::Text(Some(text)) => {
            for byte in text.bytes() {
                match byte {
                    b'\\' => out.extend_from_slice(b"\\\\"),
                    b'\t' => out.extend_from_slice(b"\\t"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    other => out.push(other),
                }
            }
        }
    }
}

#[cfg(test)]
mod copy_tests {
    use super::copy_text_value;
    use crate::Arg;

    fn text(value: Arg) -> String {
        let mut out = Vec::new();
        copy_text_value(&mut out, &value);
        String::from_utf8(out).unwrap_or_default()
    }

    #[test]
    fn copy_values_escape_what_the_text_format_reserves() {
        assert_eq!(text(Arg::Text(None)), "\\N");
        assert_eq!(text(Arg::Int(None)), "\\N");
        assert_eq!(text(Arg::Int(Some(-42))), "-42");
        assert_eq!(text(Arg::Bool(true)), "t");
        assert_eq!(text(Arg::Bool(false)), "f");
        assert_eq!(
            text(Arg::Text(Some("a\tb\nc\rd\\e \\N é".to_owned()))),
            "a\\tb\\nc\\rd\\\\e \\\\N é"
        );
    }
}
