//! Migrations of `search_facets` (issue #20): 0029 makes it a `WITHOUT ROWID` table on
//! SQLite and keeps every row it had; 0035 removes the initiatives' facets that their own
//! tables hold, and nothing else.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing;
use sparks_store::{Arg, Sql};

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

/// Seeds the bundled initiatives and gives them back.
async fn seed_bundled(db: &sparks_store::Db) -> Vec<sparks_core::Initiative> {
    let records = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives;
    seed_initiatives_once(db, &records, "2026-11-29T10:00:00Z")
        .await
        .unwrap();
    records
}

#[tokio::test]
async fn the_facet_table_has_no_row_numbers_and_the_migration_keeps_its_rows() {
    let t = testing::sqlite().await;
    seed_bundled(&t.db).await;
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

sparks_store::db_test!(the_copies_of_initiative_facets_go_and_nothing_else);
/// Migration 0035: a database written before it holds every initiative's pillars,
/// countries, programme and year in `search_facets` too. The migration removes those rows
/// and keeps every other: topics, coordinators, and the facets of other content.
async fn the_copies_of_initiative_facets_go_and_nothing_else(t: testing::TestDb) {
    use sparks_search::{DocType, Facet as Kind, Language, SearchDocument};
    let records = seed_bundled(&t.db).await;
    // Another kind of content with the same four facets: they stay.
    let report = SearchDocument {
        doc_type: DocType::Resource,
        slug: "a-report".to_owned(),
        language: Language::En,
        acronym: None,
        title: "A report".to_owned(),
        topics: vec!["grooming".to_owned()],
        summary: String::new(),
        extra: Vec::new(),
        facets: vec![
            (Kind::Pillar, "prevention".to_owned()),
            (Kind::Year, "2024".to_owned()),
            (Kind::Topic, "grooming".to_owned()),
        ],
    };
    let mut tx = t.db.begin().await.unwrap();
    sparks_store::search::index_many_in(&mut tx, &[report], "2026-11-29T10:00:00Z")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let after = facets(&t.db).await;
    assert!(after.iter().any(|f| f.facet == "pillar"), "{}", t.name);

    // Put back what an older Sparks wrote: the four facets of each initiative as the
    // analyzer gives them.
    let mut copies = Sql::new("INSERT INTO search_facets (document_id, facet, value) VALUES ");
    let mut first = true;
    let mut added = 0;
    for i in &records {
        let mut id = Sql::new(
            "SELECT id AS n FROM search_documents WHERE doc_type = 'initiative' AND slug = ",
        );
        id.push_arg(i.slug.as_str());
        let id = t.db.count(id).await.unwrap();
        for (facet, value) in SearchDocument::from_initiative(i).facets {
            if matches!(
                facet,
                Kind::Pillar | Kind::Country | Kind::Programme | Kind::Year
            ) {
                copies.push_row(
                    first,
                    [Arg::from(id), Arg::from(facet.slug()), Arg::from(value)],
                );
                first = false;
                added += 1;
            }
        }
    }
    assert!(added > 500, "{added} copies");
    t.db.execute(copies).await.unwrap();
    let migration = match t.db.backend() {
        sparks_store::Backend::Sqlite => {
            include_str!("../migrations/sqlite/0035_initiative_facets_stored_once.sql")
        }
        sparks_store::Backend::Postgres => {
            include_str!("../migrations/postgres/0035_initiative_facets_stored_once.sql")
        }
    };
    testing::rerun_migration(&t.db, migration).await.unwrap();
    assert_eq!(facets(&t.db).await, after, "{}", t.name);
}
