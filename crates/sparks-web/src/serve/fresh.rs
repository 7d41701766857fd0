//! Knowing what is current: the data versions, read once for many requests, and the
//! in-memory indexes built at a version.
//!
//! Every request that answers from something kept in memory (the page cache, the directory
//! index, the search index) must first learn the database's current versions, so that a
//! write through any server is seen at once.
//!
//! A change counter (see [`sparks_store::changes`]) says whether any write has committed
//! since the last database read: on SQLite the counter in a file beside the database, on
//! PostgreSQL one in memory that this server's commits and the notifications heard on the
//! version channel advance. While the counter stands where it stood before that read began,
//! the read's versions are still current, and a request costs an atomic load or one small
//! file read instead of a query. Once a second the database is asked anyway, which bounds
//! how long a write that failed to advance the counter (a crash between commit and signal,
//! a notification lost with its connection, or a change made with another tool) can go
//! unseen. On PostgreSQL without a subscribed listener there is no counter to trust, and
//! every request asks.
//!
//! When the database must be asked (no counter, or the counter moved), many requests may
//! arrive while one version read is in flight; rather than each asking the database, a
//! request may use any read that *began after it arrived*: such a read sees every write
//! acknowledged before the request came in, which is all the freshness a separate read of
//! its own would give.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use sparks_store::versions::{self, Snapshot};
use sparks_store::{Db, DirectoryIndex, StoreError, search::SearchIndex};

/// How long versions confirmed only by the change signal are trusted before the database is
/// asked again.
const RECHECK_AFTER: Duration = Duration::from_secs(1);

/// Reads of the data versions, shared between concurrent requests.
#[derive(Debug, Default)]
pub struct VersionReader {
    /// How many database reads have begun; a read's number is its position in that order.
    begun: AtomicU64,
    /// The number and result of the latest finished read. Held while a read is in flight,
    /// so that requests arriving meanwhile wait for it, or for the next one.
    latest: tokio::sync::Mutex<(u64, Option<Snapshot>)>,
    /// The latest database read paired with the change signal's value seen before it began.
    confirmed: Mutex<Option<Confirmed>>,
}

/// Versions read from the database, and the change signal's value seen before that read.
#[derive(Debug, Clone, Copy)]
struct Confirmed {
    signal: u64,
    snapshot: Snapshot,
    read_at: Instant,
}

impl VersionReader {
    /// The versions as of a moment after this call began.
    pub async fn read(&self, db: &Db) -> Result<Snapshot, StoreError> {
        let Some(seen) = db.change_counter() else {
            return self.read_database(db).await;
        };
        let confirmed = self.confirmed.lock().ok().and_then(|c| *c);
        if let Some(c) = confirmed
            && c.signal == seen
            && c.read_at.elapsed() < RECHECK_AFTER
        {
            return Ok(c.snapshot);
        }
        let read_at = Instant::now();
        // `seen` was read before this call, and the database read it returns began after
        // this call: the pair is sound.
        let snapshot = self.read_database(db).await?;
        if let Ok(mut slot) = self.confirmed.lock()
            && slot.is_none_or(|c| c.signal <= seen)
        {
            *slot = Some(Confirmed {
                signal: seen,
                snapshot,
                read_at,
            });
        }
        Ok(snapshot)
    }

    /// How many times the versions have been read from the database.
    #[cfg(test)]
    pub fn database_reads(&self) -> u64 {
        self.begun.load(Ordering::SeqCst)
    }

    /// The versions from the database, as of a moment after this call began.
    async fn read_database(&self, db: &Db) -> Result<Snapshot, StoreError> {
        let begun_before_arrival = self.begun.load(Ordering::SeqCst);
        let mut latest = self.latest.lock().await;
        if let (number, Some(snapshot)) = *latest
            && number > begun_before_arrival
        {
            return Ok(snapshot);
        }
        let number = self.begun.fetch_add(1, Ordering::SeqCst) + 1;
        let snapshot = versions::snapshot(db).await?;
        *latest = (number, Some(snapshot));
        Ok(snapshot)
    }
}

/// Something built from the database at a known data version.
pub trait AtVersion {
    /// The version it was built at (or a later one).
    fn version(&self) -> i64;
}

impl AtVersion for DirectoryIndex {
    fn version(&self) -> i64 {
        DirectoryIndex::version(self)
    }
}

impl AtVersion for SearchIndex {
    fn version(&self) -> i64 {
        SearchIndex::version(self)
    }
}

/// One in-memory index, replaced when the data moves past its version.
#[derive(Debug)]
pub struct Held<T> {
    current: RwLock<Option<Arc<T>>>,
    /// One load at a time: the requests that find the index stale while one is loading
    /// wait for it instead of loading their own.
    loading: tokio::sync::Mutex<()>,
}

impl<T> Default for Held<T> {
    fn default() -> Self {
        Held {
            current: RwLock::new(None),
            loading: tokio::sync::Mutex::new(()),
        }
    }
}

impl<T: AtVersion> Held<T> {
    /// The index at `version` or later: the one held, or a fresh one from `load`, which is
    /// given the stale one (if any) to bring up to date instead of loading all anew.
    pub async fn at<F, Fut>(&self, version: i64, load: F) -> Result<Arc<T>, StoreError>
    where
        F: FnOnce(Option<Arc<T>>) -> Fut,
        Fut: Future<Output = Result<T, StoreError>>,
    {
        let held = || {
            self.current
                .read()
                .ok()
                .and_then(|d| d.clone())
                .filter(|d| d.version() >= version)
        };
        if let Some(index) = held() {
            return Ok(index);
        }
        let _one_loader = self.loading.lock().await;
        if let Some(index) = held() {
            return Ok(index);
        }
        // The index held is stale and no request will be answered from it again: it goes
        // to the loader, which either brings it up to date or lets it go before loading
        // its successor, so that the two are not in memory at once (at 100,000 initiatives
        // that doubled the directory's share of the server's memory for as long as a load
        // takes). Requests still using it keep it alive until done.
        let stale = self.current.write().ok().and_then(|mut slot| slot.take());
        let index = Arc::new(load(stale).await?);
        if let Ok(mut slot) = self.current.write() {
            *slot = Some(Arc::clone(&index));
        }
        Ok(index)
    }
}

/// How long a loader waits for the requests still using a stale index to finish, so that
/// it can change the index in place instead of copying or reloading it.
const SOLE_WAIT: Duration = Duration::from_millis(200);

/// The index itself once no request uses it any more (they hold it for the length of one
/// request), or `None` after [`SOLE_WAIT`] (the last request using it then drops it).
pub async fn sole<T>(mut index: Arc<T>) -> Option<T> {
    let until = Instant::now() + SOLE_WAIT;
    loop {
        match Arc::try_unwrap(index) {
            Ok(alone) => return Some(alone),
            Err(shared) if Instant::now() < until => {
                index = shared;
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
            Err(_) => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_read_is_shared_only_with_requests_that_arrived_before_it_began() {
        let test_db = sparks_store::testing::sqlite().await;
        let db = &test_db.db;
        let reader = VersionReader::default();
        let before = reader.read(db).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        versions::bump(&mut tx, versions::DataKind::Content)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        // The write finished before this read was asked for: it must be seen.
        let after = reader.read(db).await.unwrap();
        assert_eq!(after.content, before.content + 1);
        assert_eq!(after.initiatives, before.initiatives);
    }

    #[derive(Debug)]
    struct Built(i64);

    impl AtVersion for Built {
        fn version(&self) -> i64 {
            self.0
        }
    }

    #[tokio::test]
    async fn a_stale_index_is_let_go_before_its_successor_loads() {
        let held: Held<Built> = Held::default();
        let first = held.at(1, |_| async { Ok(Built(1)) }).await.unwrap();
        let first_weak = Arc::downgrade(&first);
        drop(first);
        let again = held
            .at(1, |_| async {
                panic!("a current index is not loaded again")
            })
            .await
            .unwrap();
        assert_eq!(again.0, 1);
        drop(again);
        let second = held
            .at(2, |stale| async {
                drop(stale);
                assert!(
                    first_weak.upgrade().is_none(),
                    "the stale index is still held while the new one loads"
                );
                Ok(Built(2))
            })
            .await
            .unwrap();
        assert_eq!(second.0, 2);
    }

    #[tokio::test]
    async fn on_sqlite_the_database_is_asked_only_when_the_change_signal_moved() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("v.db").display());
        // Two handles on one file, as two server processes would have.
        let this_server = Db::connect(&url).await.unwrap();
        this_server.migrate().await.unwrap();
        let other_server = Db::connect(&url).await.unwrap();
        let reader = VersionReader::default();
        let before = reader.read(&this_server).await.unwrap();
        for _ in 0..100 {
            assert_eq!(reader.read(&this_server).await.unwrap(), before);
        }
        assert_eq!(reader.database_reads(), 1);

        // A transaction that changes no version leaves the signal alone.
        let tx = other_server.begin().await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(reader.read(&this_server).await.unwrap(), before);
        assert_eq!(reader.database_reads(), 1);

        let mut tx = other_server.begin().await.unwrap();
        versions::bump(&mut tx, versions::DataKind::Initiatives)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let after = reader.read(&this_server).await.unwrap();
        assert_eq!(after.initiatives, before.initiatives + 1);
        assert_eq!(after.content, before.content + 1);
        assert_eq!(reader.database_reads(), 2);
        assert_eq!(reader.read(&this_server).await.unwrap(), after);
        assert_eq!(reader.database_reads(), 2);
    }

    #[tokio::test]
    async fn a_write_the_signal_missed_is_seen_within_the_recheck_interval() {
        let test_db = sparks_store::testing::sqlite().await;
        let db = &test_db.db;
        let reader = VersionReader::default();
        let before = reader.read(db).await.unwrap();
        // A change made without the signal (another tool, or a crash before it advanced).
        db.execute(sparks_store::Sql::new(
            "UPDATE data_versions SET version = version + 1",
        ))
        .await
        .unwrap();
        assert_eq!(reader.read(db).await.unwrap(), before);
        tokio::time::sleep(RECHECK_AFTER + Duration::from_millis(50)).await;
        assert_eq!(reader.read(db).await.unwrap().content, before.content + 1);
    }

    /// Polls `check` every 5 ms for at most `bound`; whether it turned true.
    async fn within(bound: Duration, mut check: impl AsyncFnMut() -> bool) -> bool {
        let until = Instant::now() + bound;
        while Instant::now() < until {
            if check().await {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        check().await
    }

    #[tokio::test]
    async fn on_postgres_writes_are_learnt_from_notifications_even_after_a_lost_connection() {
        let Some(test_db) = sparks_store::testing::postgres().await else {
            return;
        };
        let this_server = &test_db.db;
        // Another server: its own pool on the same database, no listener of its own.
        let other_server = {
            let Db::Postgres(pool, _) = this_server else {
                panic!("a PostgreSQL test database")
            };
            Db::connect_postgres((*pool.connect_options()).clone())
                .await
                .unwrap()
        };
        let changes = Arc::clone(this_server.pg_changes().unwrap());
        let reader = VersionReader::default();
        // Without a listener every read asks the database.
        reader.read(this_server).await.unwrap();
        reader.read(this_server).await.unwrap();
        assert_eq!(reader.database_reads(), 2);

        this_server.listen_for_changes();
        assert!(
            within(Duration::from_secs(5), async || changes.is_live()).await,
            "the listener subscribes"
        );
        let before = reader.read(this_server).await.unwrap();
        let reads = reader.database_reads();
        for _ in 0..100 {
            assert_eq!(reader.read(this_server).await.unwrap(), before);
        }
        assert_eq!(
            reader.database_reads(),
            reads,
            "no query while nothing changed"
        );

        let bump = async |db: &Db| {
            let mut tx = db.begin().await.unwrap();
            versions::bump(&mut tx, versions::DataKind::Initiatives)
                .await
                .unwrap();
            tx.commit().await.unwrap();
        };
        // A write through this server is seen at once, notification or not.
        bump(this_server).await;
        let own = reader.read(this_server).await.unwrap();
        assert_eq!(own.initiatives, before.initiatives + 1);

        // A write through the other server is seen when its notification arrives: well
        // before the periodic re-read would have found it.
        let seen = |expected: i64| {
            let reader = &reader;
            async move || reader.read(this_server).await.unwrap().initiatives == expected
        };
        bump(&other_server).await;
        assert!(
            within(RECHECK_AFTER / 4, seen(own.initiatives + 1)).await,
            "a foreign write is learnt from its notification"
        );

        // The listener's connection is cut: the server subscribes again, and a write made
        // afterwards is still learnt from its notification.
        let pid = changes.listener_pid().unwrap();
        let mut kill = sparks_store::Sql::new("SELECT pg_terminate_backend(CAST(");
        kill.push_arg(i64::from(pid)).push(" AS INTEGER))");
        other_server.execute(kill).await.unwrap();
        assert!(
            within(Duration::from_secs(5), async || changes
                .listener_pid()
                .is_some_and(|p| p != pid))
            .await,
            "the listener subscribes again on a new connection"
        );
        bump(&other_server).await;
        assert!(
            within(RECHECK_AFTER / 4, seen(own.initiatives + 2)).await,
            "a write after the lost connection is learnt from its notification"
        );
        other_server.close().await;
    }
}
