//! A bulk load's journal on SQLite: a file leaves WAL mode only while no other connection has
//! it open, and goes back (see `Db::leave_wal_while_alone`).

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::path::Path;

use sparks_store::{Db, testing};

/// The file's own record of its journal: bytes 18 and 19 of the header are 2 in WAL mode
/// and 1 with a rollback journal.
fn header_mode(file: &Path) -> [u8; 2] {
    let bytes = std::fs::read(file).unwrap();
    [bytes[18], bytes[19]]
}

const WAL: [u8; 2] = [2, 2];
const ROLLBACK: [u8; 2] = [1, 1];

#[tokio::test]
async fn a_file_leaves_wal_only_while_no_one_else_has_it_open() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sparks.db");
    let url = format!("sqlite://{}", file.display());
    let alone = Db::connect_alone(&url).await.unwrap();
    alone.migrate().await.unwrap();
    assert_eq!(header_mode(&file), WAL);

    // Another pool, as a running server would have: its connection stays open.
    let other = Db::connect(&url).await.unwrap();
    let turn = alone.setup_lock().await.unwrap();
    assert!(!alone.leave_wal_while_alone().await.unwrap());
    assert_eq!(header_mode(&file), WAL, "another connection is open");
    other.ping().await.unwrap();
    other.close().await;

    assert!(alone.leave_wal_while_alone().await.unwrap());
    assert_eq!(header_mode(&file), ROLLBACK);
    let mut tx = alone.begin().await.unwrap();
    tx.execute(sparks_store::Sql::new(
        "INSERT INTO meta (key, value) VALUES ('journal-test', 'kept')",
    ))
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert!(
        !dir.path().join("sparks.db-wal").exists()
            || std::fs::metadata(dir.path().join("sparks.db-wal"))
                .unwrap()
                .len()
                == 0,
        "the write went to the file, not to a log"
    );
    alone.return_to_wal().await.unwrap();
    assert_eq!(header_mode(&file), WAL);
    drop(turn);
    alone.close().await;

    // What was written meanwhile is there for the next process, in WAL mode.
    let again = Db::connect(&url).await.unwrap();
    assert_eq!(
        again
            .count(sparks_store::Sql::new(
                "SELECT COUNT(*) AS n FROM meta WHERE key = 'journal-test'"
            ))
            .await
            .unwrap(),
        1
    );
    assert_eq!(header_mode(&file), WAL);
}

#[tokio::test]
async fn nothing_leaves_wal_in_memory_or_on_postgres() {
    let memory = Db::connect_alone("sqlite::memory:").await.unwrap();
    assert!(!memory.leave_wal_while_alone().await.unwrap());
    match testing::postgres().await {
        Some(pg) => assert!(!pg.db.leave_wal_while_alone().await.unwrap()),
        None => eprintln!("PostgreSQL half skipped: TEST_DATABASE_URL is not set"),
    }
}
