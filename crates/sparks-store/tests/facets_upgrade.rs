//! Migration 0029 (issue #20): SQLite's `search_facets` becomes a `WITHOUT ROWID` table
//! and keeps every row it had.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::Sql;
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing;

#[derive(sqlx::FromRow, Debug, PartialEq, Eq)]
struct Facet {
    document_id: i64,
    facet: String,
    value: String,
}

async fn facets(db: &sparks_store::Db) -> Vec<Facet> {
    db.fetch_all(Sql::new(
        "SELECT document_id, facet, value FROM search_facets ORDER BY document_id, facet, value",
    ))
    .await
    .unwrap()
}

#[tokio::test]
async fn the_facet_table_has_no_row_numbers_and_the_migration_keeps_its_rows() {
    let t = testing::sqlite().await;
    let records = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives;
    seed_initiatives_once(&t.db, &records, "2026-11-29T10:00:00Z")
        .await
        .unwrap();
    let before = facets(&t.db).await;
    assert!(before.len() > 1000, "{} facet rows", before.len());
    // Run the migration's statements again, on the loaded table: they copy it by column
    // names into the new shape, as they did the old shape's rows on upgrade.
    testing::rerun_migration(
        &t.db,
        include_str!("../migrations/sqlite/0029_facets_without_rowid.sql"),
    )
    .await
    .unwrap();
    assert_eq!(facets(&t.db).await, before);
    // A rowid table answers `rowid`; a WITHOUT ROWID table has no such column.
    let rowid =
        t.db.execute(Sql::new("SELECT rowid FROM search_facets LIMIT 1"))
            .await;
    assert!(rowid.is_err(), "search_facets still has row numbers");
}
