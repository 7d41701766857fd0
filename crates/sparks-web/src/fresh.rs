//! Knowing what is current: the data versions, read once for many requests, and the
//! in-memory indexes built at a version.
//!
//! Every request that answers from something kept in memory (the page cache, the directory
//! index, the search index) must first learn the database's current versions, so that a
//! write through any server is seen at once. Under load, many requests arrive while one
//! version read is in flight; rather than each asking the database, a request may use any
//! read that *began after it arrived*: such a read sees every write acknowledged before the
//! request came in, which is all the freshness a separate read of its own would give.

use std::future::Future;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use sparks_store::versions::{self, Snapshot};
use sparks_store::{Db, DirectoryIndex, StoreError, search::SearchIndex};

/// Reads of the data versions, shared between concurrent requests.
#[derive(Debug, Default)]
pub struct VersionReader {
    /// How many reads have begun; a read's number is its position in that order.
    begun: AtomicU64,
    /// The number and result of the latest finished read. Held while a read is in flight,
    /// so that requests arriving meanwhile wait for it, or for the next one.
    latest: tokio::sync::Mutex<(u64, Option<Snapshot>)>,
}

impl VersionReader {
    /// The versions as of a moment after this call began.
    pub async fn read(&self, db: &Db) -> Result<Snapshot, StoreError> {
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
    /// The index at `version` or later: the one held, or a fresh one from `load`.
    pub async fn at<F, Fut>(&self, version: i64, load: F) -> Result<Arc<T>, StoreError>
    where
        F: FnOnce() -> Fut,
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
        let index = Arc::new(load().await?);
        if let Ok(mut slot) = self.current.write() {
            *slot = Some(Arc::clone(&index));
        }
        Ok(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_read_is_shared_only_with_requests_that_arrived_before_it_began() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("v.db").display());
        let db = Db::connect(&url).await.unwrap();
        db.migrate().await.unwrap();
        let reader = VersionReader::default();
        let before = reader.read(&db).await.unwrap();
        let mut tx = db.begin().await.unwrap();
        versions::bump(&mut tx, versions::DataKind::Content)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        // The write finished before this read was asked for: it must be seen.
        let after = reader.read(&db).await.unwrap();
        assert_eq!(after.content, before.content + 1);
        assert_eq!(after.initiatives, before.initiatives);
    }
}
