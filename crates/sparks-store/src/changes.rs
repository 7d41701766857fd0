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
//! only ever grows. PostgreSQL servers may sit on different machines, where no file is
//! shared; there the versions are read from the database on every request.

use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::path::Path;

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
