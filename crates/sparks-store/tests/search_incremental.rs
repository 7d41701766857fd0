//! The in-memory search table brought up to date after a write (`SearchIndex::advance`)
//! answers every search as a freshly loaded one does, on both backends: the same hits,
//! totals and facet counts. (The kept text scores of documents the write did not touch are
//! not recomputed, so on SQLite two hits with the same query words may trade places: see
//! `SearchIndex::advance`; the hits are compared as sets, and in order on PostgreSQL.)

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_core::{Country, Initiative, Pillar};
use sparks_search::DocType;
use sparks_store::search::{self, SearchFilter, SearchIndex, SearchRequest, SearchResults};
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing::TestDb;
use sparks_store::{Db, db_test, initiatives, landscape, versions};

const NOW: &str = "2026-12-05T10:00:00Z";

/// Words and filters whose answers an edit, an addition or a removal changes.
const QUERIES: [&str; 7] = [
    "grooming",
    "children online",
    "hotl",
    "zorbletown",
    "quarnified helpline",
    "\"chain of custody\"",
    "INHOPE",
];

fn bundled() -> Vec<Initiative> {
    sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives
}

async fn find(db: &Db, index: &SearchIndex, q: &str, filter: SearchFilter) -> SearchResults {
    search::search_in(
        db,
        index,
        &SearchRequest {
            q: q.to_owned(),
            filter,
            page: 1,
            per_page: 200,
        },
    )
    .await
    .unwrap_or_else(|e| panic!("{q:?}: {e}"))
}

fn filters() -> [SearchFilter; 3] {
    [
        SearchFilter::default(),
        SearchFilter {
            pillar: Some(Pillar::VictimSupport),
            ..SearchFilter::default()
        },
        SearchFilter {
            country: Country::from_code("IS").ok(),
            ..SearchFilter::default()
        },
    ]
}

/// Asks every query of both indexes and compares what a visitor sees.
async fn same_answers(db: &Db, advanced: &SearchIndex, name: &str) {
    let fresh = SearchIndex::load(db).await.unwrap();
    assert_eq!(advanced.version(), fresh.version(), "{name}");
    assert_eq!(advanced.len(), fresh.len(), "{name}");
    for q in QUERIES {
        for filter in filters() {
            let a = find(db, advanced, q, filter.clone()).await;
            let f = find(db, &fresh, q, filter.clone()).await;
            let slugs = |r: &SearchResults| -> Vec<String> {
                r.hits.iter().map(|h| h.slug.clone()).collect()
            };
            let (mut a_hits, mut f_hits) = (slugs(&a), slugs(&f));
            if name == "sqlite" {
                a_hits.sort();
                f_hits.sort();
            }
            assert_eq!(a_hits, f_hits, "{name}: {q:?} {filter:?}: hits");
            assert_eq!(
                (a.total, a.total_complete),
                (f.total, f.total_complete),
                "{name}: {q:?}"
            );
            assert_eq!(a.facets, f.facets, "{name}: {q:?} {filter:?}: facets");
        }
    }
}

/// Asks every query once, so that their matches are kept by `index`.
async fn ask_all(db: &Db, index: &SearchIndex) {
    for q in QUERIES {
        find(db, index, q, SearchFilter::default()).await;
    }
}

db_test!(an_index_brought_up_to_date_answers_as_a_fresh_one);
async fn an_index_brought_up_to_date_answers_as_a_fresh_one(t: TestDb) {
    let db = &t.db;
    let records = bundled();
    seed_initiatives_once(db, &records, NOW).await.unwrap();
    let index = SearchIndex::load(db).await.unwrap();
    ask_all(db, &index).await;

    // An edit: new words, another pillar and country, another acronym.
    let mut edited = initiatives::get(db, "cesagram").await.unwrap().unwrap();
    edited.title = "Quarnified helpline for Zorbletown".into();
    edited.acronym = "QUARN".into();
    edited.pillars = vec![Pillar::VictimSupport];
    edited.coordinator_country = Country::from_code("IS").ok();
    initiatives::upsert(db, &edited, NOW).await.unwrap();
    // An addition.
    let mut added = records[3].clone();
    added.slug = "zorbletown-grooming-watch".into();
    added.acronym = "ZGW".into();
    added.title = "Zorbletown grooming watch".into();
    added.coordinator_country = Country::from_code("IS").ok();
    initiatives::upsert(db, &added, NOW).await.unwrap();

    let advanced = index
        .advance(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("{}: an edit and an addition are applied", t.name));
    drop(index);
    let r = find(db, &advanced, "zorbletown", SearchFilter::default()).await;
    assert_eq!(r.total, 2, "{}: both writes are found", t.name);
    same_answers(db, &advanced, t.name).await;

    // A write that changes no search document: the same table, relabelled.
    let mut tx = db.begin().await.unwrap();
    versions::bump(&mut tx, versions::DataKind::Content)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let relabelled = advanced.advance(db).await.unwrap().unwrap();
    assert!(relabelled.version() > advanced.version());
    same_answers(db, &relabelled, t.name).await;

    // A removal shifts positions: the caller is told to load anew.
    let mut tx = db.begin().await.unwrap();
    search::remove_in(&mut tx, DocType::Initiative, "zorbletown-grooming-watch")
        .await
        .unwrap();
    versions::bump(&mut tx, versions::DataKind::Content)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(
        relabelled.advance(db).await.unwrap().is_none(),
        "{}",
        t.name
    );

    // So does a rebuild, which is larger than is worth listing (and moves the content
    // version by itself).
    let index = SearchIndex::load(db).await.unwrap();
    search::reindex(db, "2026-12-05T11:00:00Z").await.unwrap();
    assert!(index.advance(db).await.unwrap().is_none(), "{}", t.name);
}

/// Every order, a few filters and their facet counts, as a visitor would see them.
fn directory_answers(index: &sparks_store::DirectoryIndex) -> Vec<String> {
    use sparks_store::{InitiativeFilter, InitiativeQuery, Sort};
    let today = time::macros::date!(2026 - 12 - 05);
    let filters = [
        InitiativeFilter::default(),
        InitiativeFilter {
            pillar: Some(Pillar::VictimSupport),
            ..InitiativeFilter::default()
        },
        InitiativeFilter {
            country: Country::from_code("IS").ok(),
            ..InitiativeFilter::default()
        },
        InitiativeFilter {
            q: Some("zorbletown".into()),
            ..InitiativeFilter::default()
        },
    ];
    let mut answers = Vec::new();
    for filter in filters {
        for sort in Sort::ALL {
            let page = index.list(
                &InitiativeQuery {
                    filter: filter.clone(),
                    sort,
                    page: 1,
                    per_page: 500,
                },
                today,
            );
            answers.push(format!("{filter:?} {sort:?}: {:?}", page));
        }
        answers.push(format!("{filter:?}: {:?}", index.facets(&filter, today)));
    }
    answers.push(format!("{:?}", index.latest(5, today)));
    answers
}

db_test!(a_directory_brought_up_to_date_answers_as_a_fresh_one);
async fn a_directory_brought_up_to_date_answers_as_a_fresh_one(t: TestDb) {
    use sparks_store::DirectoryIndex;
    let db = &t.db;
    let records = bundled();
    seed_initiatives_once(db, &records, NOW).await.unwrap();
    let mut index = DirectoryIndex::load(db).await.unwrap();
    directory_answers(&index);

    // An edit that moves it in every order and set, and an addition, added later.
    let mut edited = initiatives::get(db, "cesagram").await.unwrap().unwrap();
    edited.title = "Quarnified helpline for Zorbletown".into();
    edited.acronym = "AAA QUARN".into();
    edited.pillars = vec![Pillar::VictimSupport];
    edited.coordinator_country = Country::from_code("IS").ok();
    edited.start_date = "2031-02".parse().ok();
    edited.topics = vec!["a topic no one else has".into()];
    initiatives::upsert(db, &edited, NOW).await.unwrap();
    let mut added = records[3].clone();
    added.slug = "zorbletown-grooming-watch".into();
    added.acronym = "ZGW".into();
    added.coordinator_country = Country::from_code("IS").ok();
    initiatives::upsert(db, &added, "2026-12-05T12:00:00Z")
        .await
        .unwrap();
    // A write that touches no initiative.
    let mut tx = db.begin().await.unwrap();
    versions::bump(&mut tx, versions::DataKind::Content)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    assert!(
        index.advance(db).await.unwrap(),
        "{}: an edit and an addition are applied",
        t.name
    );
    let fresh = DirectoryIndex::load(db).await.unwrap();
    assert_eq!(index.version(), fresh.version(), "{}", t.name);
    assert_eq!(index.len(), fresh.len(), "{}", t.name);
    for (a, f) in directory_answers(&index)
        .into_iter()
        .zip(directory_answers(&fresh))
    {
        assert_eq!(a, f, "{}", t.name);
    }

    // A removal: loaded anew.
    let mut tx = db.begin().await.unwrap();
    search::remove_in(&mut tx, DocType::Initiative, "zorbletown-grooming-watch")
        .await
        .unwrap();
    tx.execute(sparks_store::Sql::new(
        "DELETE FROM initiatives WHERE slug = 'zorbletown-grooming-watch'",
    ))
    .await
    .unwrap();
    versions::bump(&mut tx, versions::DataKind::Initiatives)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(!index.advance(db).await.unwrap(), "{}", t.name);
}

/// The landscape as the database's `GROUP BY`s count it, cells in a fixed order.
async fn database_landscape(db: &Db) -> landscape::Counts {
    sorted(landscape::Counts {
        pillar_country: landscape::pillar_country(db).await.unwrap(),
        programme_year: landscape::programme_year(db).await.unwrap(),
        undated: landscape::undated(db).await.unwrap(),
        without_country: landscape::without_country(db).await.unwrap(),
    })
}

fn sorted(mut counts: landscape::Counts) -> landscape::Counts {
    for cells in [&mut counts.pillar_country, &mut counts.programme_year] {
        cells.sort_by(|a, b| (&a.row, &a.col).cmp(&(&b.row, &b.col)));
    }
    counts
}

db_test!(the_landscape_counted_on_the_index_is_the_databases_before_and_after_a_write);
async fn the_landscape_counted_on_the_index_is_the_databases_before_and_after_a_write(t: TestDb) {
    use sparks_store::DirectoryIndex;
    let db = &t.db;
    let records = bundled();
    seed_initiatives_once(db, &records, NOW).await.unwrap();
    let mut index = DirectoryIndex::load(db).await.unwrap();
    let before = database_landscape(db).await;
    assert!(
        before.pillar_country.len() > 50 && before.programme_year.len() > 10,
        "{}: the seed fills many cells",
        t.name
    );
    assert_eq!(sorted(index.landscape()), before, "{}", t.name);

    // An edit that moves an initiative to other cells, names a country both as coordinator
    // and partner, and changes its money; and an addition without a start date or a country.
    let mut edited = initiatives::get(db, "cesagram").await.unwrap().unwrap();
    edited.pillars = vec![Pillar::VictimSupport, Pillar::Prevention];
    edited.coordinator_country = Country::from_code("IS").ok();
    edited.partner_countries = ["IS", "DE"]
        .into_iter()
        .filter_map(|c| Country::from_code(c).ok())
        .collect();
    edited.start_date = "2031-02".parse().ok();
    edited.eu_contribution_eur = Some(1_234_567);
    initiatives::upsert(db, &edited, NOW).await.unwrap();
    let mut undated = records[3].clone();
    undated.slug = "zorbletown-undated".into();
    undated.start_date = None;
    undated.end_date = None;
    undated.coordinator_country = None;
    undated.partner_countries.clear();
    undated.eu_contribution_eur = None;
    initiatives::upsert(db, &undated, NOW).await.unwrap();
    assert!(index.advance(db).await.unwrap(), "{}", t.name);

    let after = database_landscape(db).await;
    assert_ne!(after, before, "{}: the writes move the counts", t.name);
    assert_eq!(sorted(index.landscape()), after, "{}", t.name);
    assert_eq!(
        sorted(DirectoryIndex::load(db).await.unwrap().landscape()),
        after,
        "{}",
        t.name
    );
}

db_test!(searches_that_arrive_together_for_cold_words_get_what_one_alone_gets);
async fn searches_that_arrive_together_for_cold_words_get_what_one_alone_gets(t: TestDb) {
    let db = &t.db;
    seed_initiatives_once(db, &bundled(), NOW).await.unwrap();
    // Eight searches at once on a fresh index, several for the same words: they share the
    // fetch of each word's matches (one at a time), and each gets the whole answer.
    let together = std::sync::Arc::new(SearchIndex::load(db).await.unwrap());
    let asked: [&'static str; 8] = [
        "grooming",
        "children online",
        "grooming",
        "hotl",
        "grooming",
        "children online",
        "INHOPE",
        "hotl",
    ];
    let mut running = tokio::task::JoinSet::new();
    for (n, q) in asked.into_iter().enumerate() {
        let (db, index) = (db.clone(), std::sync::Arc::clone(&together));
        running.spawn(async move { (n, find(&db, &index, q, SearchFilter::default()).await) });
    }
    let mut answers: Vec<(usize, SearchResults)> = running.join_all().await;
    answers.sort_by_key(|(n, _)| *n);
    let answers = answers.into_iter().map(|(_, r)| r);
    for (q, got) in asked.iter().zip(answers) {
        let alone = SearchIndex::load(db).await.unwrap();
        let expected = find(db, &alone, q, SearchFilter::default()).await;
        assert_eq!(got.total, expected.total, "{}: {q}", t.name);
        let slugs = |r: &SearchResults| r.hits.iter().map(|h| h.slug.clone()).collect::<Vec<_>>();
        assert_eq!(slugs(&got), slugs(&expected), "{}: {q}", t.name);
    }
}

db_test!(warm_matches_stay_true_across_writes_applied_one_after_another);
/// The warm-up's kept matches are not asked for again at each write but marked out of date
/// and refreshed on their next use: two writes applied in turn before any search, then the
/// same answers as a fresh index's, for words the warm-up kept and words it did not.
async fn warm_matches_stay_true_across_writes_applied_one_after_another(t: TestDb) {
    let db = &t.db;
    seed_initiatives_once(db, &bundled(), NOW).await.unwrap();
    let index = SearchIndex::load(db).await.unwrap();
    assert!(
        index.warm(db).await.unwrap() > 10,
        "{}: terms warmed",
        t.name
    );
    ask_all(db, &index).await;

    let mut edited = initiatives::get(db, "cesagram").await.unwrap().unwrap();
    edited.title = "Quarnified helpline for Zorbletown".into();
    initiatives::upsert(db, &edited, NOW).await.unwrap();
    let first = index.advance(db).await.unwrap().unwrap();
    drop(index);
    // The second write takes "helpline" out of that title again, and an addition brings
    // "helpline", "children" and "online" in.
    let mut second = initiatives::get(db, "cesagram").await.unwrap().unwrap();
    second.title = "Quarnified grooming watch".into();
    second.summary = "Children's grooming, studied.".into();
    initiatives::upsert(db, &second, NOW).await.unwrap();
    let mut added = bundled()[5].clone();
    added.slug = "zorbletown-helpline".into();
    added.title = "Zorbletown helpline for children online".into();
    initiatives::upsert(db, &added, NOW).await.unwrap();
    let advanced = first.advance(db).await.unwrap().unwrap();
    drop(first);
    same_answers(db, &advanced, t.name).await;
    for q in ["helpline", "online", "children", "grooming"] {
        let r = find(db, &advanced, q, SearchFilter::default()).await;
        let fresh = find(
            db,
            &SearchIndex::load(db).await.unwrap(),
            q,
            SearchFilter::default(),
        )
        .await;
        assert_eq!(r.total, fresh.total, "{}: {q}", t.name);
    }
}
