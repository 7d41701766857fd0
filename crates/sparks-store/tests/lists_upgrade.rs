//! Migration 0033 (issue #20): SQLite's lists of an initiative (`initiative_pillars`,
//! `initiative_countries`, `initiative_topics`) become `WITHOUT ROWID` tables and keep every
//! row they had.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::seed::seed_initiatives_once;
use sparks_store::{Sql, initiatives, testing};

/// The list tables and their columns, in their primary key's order.
const LISTS: [(&str, &str); 3] = [
    ("initiative_pillars", "initiative_id, pillar"),
    (
        "initiative_countries",
        "initiative_id, role, country, position",
    ),
    ("initiative_topics", "initiative_id, position, topic"),
];

#[derive(sqlx::FromRow, Debug, PartialEq, Eq)]
struct Line {
    line: String,
}

/// Every row of every list table, as text.
async fn lists(db: &sparks_store::Db) -> Vec<String> {
    let mut all = Vec::new();
    for (table, columns) in LISTS {
        let sql = format!(
            "SELECT '{table}: ' || {} AS line FROM {table} ORDER BY {columns}",
            columns.replace(", ", " || ' ' || ")
        );
        let rows: Vec<Line> = db.fetch_all(Sql::new(&sql)).await.unwrap();
        all.extend(rows.into_iter().map(|r| r.line));
    }
    all
}

#[tokio::test]
async fn the_list_tables_have_no_row_numbers_and_the_migration_keeps_their_rows() {
    let t = testing::sqlite().await;
    let records = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives;
    seed_initiatives_once(&t.db, &records, "2026-12-06T06:00:00Z")
        .await
        .unwrap();
    let before = lists(&t.db).await;
    assert!(before.len() > 500, "{} list rows", before.len());
    let read_before = initiatives::all(&t.db).await.unwrap();
    // Run the migration's statements again, on the loaded tables: they copy them by column
    // names into the new shape, as they did the old shape's rows on upgrade.
    testing::rerun_migration(
        &t.db,
        include_str!("../migrations/sqlite/0033_initiative_lists_without_rowid.sql"),
    )
    .await
    .unwrap();
    assert_eq!(lists(&t.db).await, before);
    assert_eq!(
        format!("{:?}", initiatives::all(&t.db).await.unwrap()),
        format!("{read_before:?}"),
        "every initiative reads back the same"
    );
    for (table, _) in LISTS {
        // A rowid table answers `rowid`; a WITHOUT ROWID table has no such column.
        let rowid =
            t.db.execute(Sql::new(&format!("SELECT rowid FROM {table} LIMIT 1")))
                .await;
        assert!(rowid.is_err(), "{table} still has row numbers");
    }
    // Deleting an initiative still takes its lists with it.
    let first = &records[0].slug;
    let mut del = Sql::new("DELETE FROM initiatives WHERE slug = ");
    del.push_arg(first.as_str());
    t.db.execute(del).await.unwrap();
    let orphans =
        t.db.count(Sql::new(
            "SELECT COUNT(*) AS n FROM initiative_topics WHERE initiative_id NOT IN \
             (SELECT id FROM initiatives)",
        ))
        .await
        .unwrap();
    assert_eq!(orphans, 0);
}
