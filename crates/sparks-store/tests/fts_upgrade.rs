//! Migration 0031 (issue #20): SQLite's full-text table keeps no copy of its text, and
//! answers every match with the same scores as before.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::Sql;
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing;

#[derive(sqlx::FromRow, Debug, PartialEq)]
struct Hit {
    slug: String,
    score: f64,
}

/// Every document matching each query, with its bm25 score, as search asks for them.
async fn answers(db: &sparks_store::Db) -> Vec<Vec<Hit>> {
    let mut all = Vec::new();
    for q in [
        "groom",
        "child OR abus",
        "helplin",
        "\"victim support\"",
        "csam",
    ] {
        // By slug: a rebuild numbers the documents anew.
        let mut sql = Sql::new(
            "SELECT d.slug, -bm25(search_fts, 10.0, 5.0, 2.5, 1.0) AS score \
             FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid \
             WHERE search_fts MATCH ",
        );
        sql.push_arg(q).push(" ORDER BY d.slug");
        all.push(db.fetch_all::<Hit>(sql).await.unwrap());
    }
    all
}

#[tokio::test]
async fn the_full_text_table_keeps_no_text_and_the_migration_keeps_every_answer() {
    let t = testing::sqlite().await;
    let records = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives;
    seed_initiatives_once(&t.db, &records, "2026-12-05T10:00:00Z")
        .await
        .unwrap();
    // The table as it was before 0031 (as migration 0002 made it), filled by writing every
    // initiative again.
    t.db.execute(Sql::new("DROP TABLE search_fts"))
        .await
        .unwrap();
    t.db.execute(Sql::new(
        "CREATE VIRTUAL TABLE search_fts USING fts5 (acronym, title, topics, body, tokenize = 'ascii')",
    ))
    .await
    .unwrap();
    let mut tx = t.db.begin().await.unwrap();
    sparks_store::initiatives::upsert_many_in(&mut tx, &records, "2026-12-05T10:00:00Z")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let before = answers(&t.db).await;
    assert!(
        before.iter().all(|hits| !hits.is_empty()),
        "every query matches"
    );
    // The migration's statements, on the loaded table: they copy it into the new shape, as
    // they do the old shape's rows on upgrade.
    testing::rerun_migration(
        &t.db,
        include_str!("../migrations/sqlite/0031_contentless_fts.sql"),
    )
    .await
    .unwrap();
    assert_eq!(answers(&t.db).await, before);
    // A rebuild empties the new table and fills it again, to the same answers.
    sparks_store::search::reindex(&t.db, "2026-12-05T10:30:00Z")
        .await
        .unwrap();
    assert_eq!(answers(&t.db).await, before);

    // A contentless table gives back no values; its rows can still be deleted and written
    // again, as an edit does.
    #[derive(sqlx::FromRow)]
    struct Body {
        body: Option<String>,
    }
    let row: Body =
        t.db.fetch_one(Sql::new("SELECT body FROM search_fts LIMIT 1"))
            .await
            .unwrap();
    assert_eq!(row.body, None, "search_fts still keeps its text");
    let mut edited = records[0].clone();
    edited.title = "Zorbletown quarnified".into();
    sparks_store::initiatives::upsert(&t.db, &edited, "2026-12-05T11:00:00Z")
        .await
        .unwrap();
    let mut sql = Sql::new(
        "SELECT d.slug, 0.0 AS score FROM search_fts JOIN search_documents d \
         ON d.id = search_fts.rowid WHERE search_fts MATCH ",
    );
    sql.push_arg("zorbletown");
    let found = t.db.fetch_all::<Hit>(sql).await.unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].slug, edited.slug);
}
