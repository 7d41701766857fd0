//! A change signal beside a SQLite database: an 8-byte counter in a small file that every
//! process writing to the database advances after each commit that bumps a data version.
//!
//! Why: a server must learn, before it answers from memory (its page cache, its indexes),
//! whether the data has moved on. Asking the database costs a query through sqlx's SQLite
//! worker thread on every request, which measured as half of the cost of a cached page.
//! Reading eight bytes of a file costs one system call. The database stays the authority:
//! a reader pairs a counter value it saw *before* a database read with that read's
//! versions, and trusts the pair only while the counter has not moved.
//!
//! Correctness: a write bumps its versions inside its transaction, commits, then advances
//! the counter before it answers. Any request that begins after that answer reads the new
//! counter value, finds it differs from every value seen before the write, and reads the
//! database again. Counter updates take an exclusive lock on the file, so concurrent
//! writers (several processes on one database file) never lose an increment; the value
//! only ever grows.
//!
//! PostgreSQL servers may sit on different machines, where no file is shared. There the
//! same kind of counter lives in memory ([`PgChanges`]): it advances after each of this
//! process's own commits that bump a version, and on every notification on the
//! [`VERSION_CHANNEL`], which [`crate::versions::bump`] notifies inside the writing
//! transaction (so the notification is sent at commit, and never for a rolled-back write).
//! A listener task ([`crate::Db::listen_for_changes`]) holds one connection subscribed to
//! the channel. The counter is only offered to readers while that subscription stands: when
//! the connection is lost the readers fall back to asking the database, and after it is
//! subscribed again the counter advances once, so that everything read before is re-read.
//!
//! What a foreign write costs to see: the notification is queued by PostgreSQL at commit and
//! read by the listener task at once (well under a millisecond on one machine); a request
//! that arrives in between still answers from what it knew. The write's own server never has
//! that window (its commit advances the counter before it answers), and a lost notification
//! is bounded by the readers' periodic re-read.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::time::Duration;

/// The PostgreSQL channel a version bump notifies.
pub const VERSION_CHANNEL: &str = "sparks_versions";

/// How long the listener waits before connecting again after a failed attempt.
const RECONNECT_AFTER: Duration = Duration::from_millis(500);

/// What a server on PostgreSQL knows of writes: a counter that advances after its own
/// commits and on every notification heard, offered only while the listener is subscribed.
#[derive(Debug, Default)]
pub struct PgChanges {
    counter: AtomicU64,
    /// The listener is subscribed: every foreign write from now on advances the counter.
    live: AtomicBool,
    /// A listener task has been started for this pool (one is enough).
    started: AtomicBool,
    /// Wakes the listener task to stop when the pool's last handle is dropped.
    stop: tokio::sync::Notify,
    /// The server process id of the listener's connection (0: none), for operators and
    /// tests that need to find it in `pg_stat_activity`.
    listener_pid: AtomicI32,
}

impl PgChanges {
    /// The counter, when it can be trusted to move on every write: `None` while no
    /// listener is subscribed (the caller must then ask the database).
    pub fn current(&self) -> Option<u64> {
        // `live` is read first: a counter read after it saw `true` includes the advance
        // made when the subscription began.
        self.live
            .load(Ordering::SeqCst)
            .then(|| self.counter.load(Ordering::SeqCst))
    }

    /// Advances the counter (a commit of this process, or a notification heard).
    pub(crate) fn advance(&self) {
        self.counter.fetch_add(1, Ordering::SeqCst);
    }

    /// Whether the listener is subscribed now.
    pub fn is_live(&self) -> bool {
        self.live.load(Ordering::SeqCst)
    }

    /// The PostgreSQL process id serving the listener's connection, while subscribed.
    pub fn listener_pid(&self) -> Option<i32> {
        Some(self.listener_pid.load(Ordering::SeqCst)).filter(|pid| *pid != 0 && self.is_live())
    }

    fn set_live(&self, live: bool) {
        if live {
            // Anything may have been written while nobody listened: what was read before
            // must be read again, so the counter moves once the subscription stands.
            self.advance();
        }
        self.live.store(live, Ordering::SeqCst);
        if !live {
            self.advance();
        }
    }
}

/// Stops the listener task when the last [`crate::Db`] handle of its pool is dropped.
#[derive(Debug, Default)]
pub struct PgChangesHandle(pub(crate) Arc<PgChanges>);

impl Drop for PgChangesHandle {
    fn drop(&mut self) {
        self.0.live.store(false, Ordering::SeqCst);
        self.0.stop.notify_one();
    }
}

/// Starts the listener task for `pool` unless one runs already. Needs a Tokio runtime; without
/// one nothing starts, and readers keep asking the database.
pub(crate) fn start_listening(pool: &sqlx::PgPool, changes: &Arc<PgChanges>) {
    let Ok(runtime) = tokio::runtime::Handle::try_current() else {
        return;
    };
    if changes.started.swap(true, Ordering::SeqCst) {
        return;
    }
    let pool = pool.clone();
    // The task holds only a weak reference to the counter, so that dropping the pool's
    // handles ends it (through `stop`, or at its next wake-up).
    let weak = Arc::downgrade(changes);
    runtime.spawn(async move {
        loop {
            let Some(changes) = weak.upgrade() else {
                return;
            };
            let stopped = tokio::select! {
                () = changes.stop.notified() => true,
                () = listen_once(&pool, &changes) => false,
            };
            changes.set_live(false);
            if stopped || pool.is_closed() {
                return;
            }
            drop(changes);
            tokio::time::sleep(RECONNECT_AFTER).await;
        }
    });
}

/// Subscribes on a new connection and advances the counter on every notification, until
/// the connection is lost.
async fn listen_once(pool: &sqlx::PgPool, changes: &PgChanges) {
    let mut listener = match sqlx::postgres::PgListener::connect_with(pool).await {
        Ok(listener) => listener,
        Err(e) => {
            tracing::warn!(error = %e, "cannot listen for changes; asking the database instead");
            return;
        }
    };
    // sqlx would reconnect silently inside `recv`, losing what was sent meanwhile; with
    // `try_recv` a lost connection is reported, and this function starts over (marking
    // everything stale once) rather than letting sqlx reconnect behind its back.
    listener.eager_reconnect(false);
    if let Err(e) = listener.listen(VERSION_CHANNEL).await {
        tracing::warn!(error = %e, "cannot listen for changes; asking the database instead");
        return;
    }
    let pid: Result<(i32,), _> = sqlx::query_as("SELECT pg_backend_pid()")
        .fetch_one(&mut listener)
        .await;
    changes
        .listener_pid
        .store(pid.map_or(0, |(pid,)| pid), Ordering::SeqCst);
    changes.set_live(true);
    tracing::debug!("listening for changes");
    loop {
        match listener.try_recv().await {
            Ok(Some(_)) => changes.advance(),
            Ok(None) => {
                tracing::warn!("lost the change listener's connection; subscribing again");
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, "the change listener failed; subscribing again");
                return;
            }
        }
    }
}

/// The counter file of one SQLite database.
#[derive(Debug)]
pub struct ChangeSignal {
    file: File,
}

impl ChangeSignal {
    /// Opens (creating) the counter file beside `database`: `sparks.db` has `sparks.changes`.
    pub fn beside(database: &Path) -> io::Result<ChangeSignal> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(database.with_extension("changes"))?;
        Ok(ChangeSignal { file })
    }

    /// The counter's value now (0 for a new file).
    pub fn current(&self) -> io::Result<u64> {
        let mut bytes = [0u8; 8];
        let mut filled = 0;
        while filled < bytes.len() {
            match self.file.read_at(&mut bytes[filled..], filled as u64)? {
                0 => break,
                n => filled += n,
            }
        }
        // A file shorter than eight bytes has never been advanced (or is being created):
        // reading it as 0 is safe, since the first advance makes it 1.
        Ok(if filled == bytes.len() {
            u64::from_le_bytes(bytes)
        } else {
            0
        })
    }

    /// Advances the counter by one, under an exclusive lock so no increment is lost.
    pub fn advance(&self) -> io::Result<u64> {
        self.file.lock()?;
        let advanced = self.current().and_then(|value| {
            let next = value.wrapping_add(1);
            // One aligned 8-byte write: readers see the old value or the new one.
            self.file.write_all_at(&next.to_le_bytes(), 0)?;
            Ok(next)
        });
        self.file.unlock()?;
        advanced
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_advance_is_seen_through_any_handle_on_the_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("sparks.db");
        let writer = ChangeSignal::beside(&db).unwrap_or_else(|e| panic!("{e}"));
        let reader = ChangeSignal::beside(&db).unwrap_or_else(|e| panic!("{e}"));
        assert!(dir.path().join("sparks.changes").exists());
        assert_eq!(reader.current().ok(), Some(0));
        assert_eq!(writer.advance().ok(), Some(1));
        assert_eq!(reader.current().ok(), Some(1));
        assert_eq!(reader.advance().ok(), Some(2));
        assert_eq!(writer.current().ok(), Some(2));
    }

    #[tokio::test]
    async fn an_in_memory_database_has_no_signal_and_leaves_no_file() {
        let stray = || {
            std::fs::read_dir(".")
                .map(|entries| {
                    entries
                        .filter_map(|e| e.ok())
                        .filter(|e| e.file_name().to_string_lossy().starts_with("file:"))
                        .count()
                })
                .unwrap_or(0)
        };
        let before = stray();
        let db = crate::Db::connect("sqlite::memory:")
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        db.migrate().await.unwrap_or_else(|e| panic!("{e}"));
        assert!(db.change_signal().is_none());
        assert_eq!(
            stray(),
            before,
            "no lock or counter file named after sqlx's URI"
        );
    }

    #[test]
    fn concurrent_writers_lose_no_increment() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("sparks.db");
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let db = db.clone();
                std::thread::spawn(move || {
                    // A handle per thread: flock locks belong to the open file, as they
                    // would in separate processes.
                    let signal = ChangeSignal::beside(&db).unwrap_or_else(|e| panic!("{e}"));
                    for _ in 0..250 {
                        signal.advance().unwrap_or_else(|e| panic!("{e}"));
                    }
                })
            })
            .collect();
        for t in threads {
            t.join()
                .unwrap_or_else(|_| panic!("a writer thread panicked"));
        }
        let signal = ChangeSignal::beside(&db).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(signal.current().ok(), Some(1000));
    }
}
