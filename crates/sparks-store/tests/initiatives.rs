//! The initiative repository on every backend: SQLite always, PostgreSQL when
//! `TEST_DATABASE_URL` is set.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_core::{Country, Initiative, InitiativeDraft, Pillar, Programme, Status};
use sparks_store::seed::{SeedOutcome, seed_initiatives_once};
use sparks_store::testing::{self, TestDb};
use sparks_store::{Backend, db_test};
use sparks_store::{DirectoryIndex, InitiativeFilter, InitiativeQuery, Sort, initiatives};
use time::macros::date;

const NOW: &str = "2026-11-29T10:00:00Z";

fn bundled() -> Vec<Initiative> {
    let report = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES).unwrap();
    assert!(report.errors.is_empty());
    report.initiatives
}

fn query(filter: InitiativeFilter) -> InitiativeQuery {
    InitiativeQuery {
        filter,
        sort: Sort::Name,
        page: 1,
        per_page: 500,
    }
}

db_test!(seed_loads_everything_once_and_round_trips);
async fn seed_loads_everything_once_and_round_trips(t: TestDb) {
    let data = bundled();
    let db = &t.db;
    assert_eq!(
        seed_initiatives_once(db, &data, NOW).await.unwrap(),
        SeedOutcome::Loaded(186),
        "{}",
        t.name
    );
    assert_eq!(
        seed_initiatives_once(db, &data, NOW).await.unwrap(),
        SeedOutcome::AlreadySeeded
    );
    assert_eq!(initiatives::count(db).await.unwrap(), 186, "{}", t.name);
    let stored = initiatives::all(db).await.unwrap();
    let mut expected = data.clone();
    expected.sort_by(|a, b| a.slug.cmp(&b.slug));
    assert_eq!(
        stored, expected,
        "every field survives storage on {}",
        t.name
    );
}

db_test!(upsert_replaces_by_slug);
async fn upsert_replaces_by_slug(t: TestDb) {
    let db = &t.db;
    let mut i = bundled().into_iter().find(|i| i.slug == "arica").unwrap();
    initiatives::upsert(db, &i, NOW).await.unwrap();
    i.title = "Changed".into();
    i.pillars = vec![Pillar::Prevention];
    i.partner_countries = vec![Country::from_code("PL").unwrap()];
    initiatives::upsert(db, &i, NOW).await.unwrap();
    assert_eq!(initiatives::count(db).await.unwrap(), 1);
    assert_eq!(
        initiatives::get(db, "arica").await.unwrap(),
        Some(i),
        "{}",
        t.name
    );
    assert_eq!(initiatives::get(db, "nope").await.unwrap(), None);
}

db_test!(filters_and_facets_agree_with_the_data);
async fn filters_and_facets_agree_with_the_data(t: TestDb) {
    let data = bundled();
    let today = date!(2026 - 11 - 29);
    let db = &t.db;
    seed_initiatives_once(db, &data, NOW).await.unwrap();
    let index = DirectoryIndex::load(db).await.unwrap();

    // Every facet count equals the size of the list filtered to that value, and both equal
    // what a plain scan of the dataset says.
    let facets = index.facets(&InitiativeFilter::default(), today);
    for f in &facets.pillars {
        let pillar: Pillar = f.value.parse().unwrap();
        let expected = data.iter().filter(|i| i.pillars.contains(&pillar)).count() as u64;
        assert_eq!(f.count, expected, "pillar {} on {}", f.value, t.name);
        let filter = InitiativeFilter {
            pillar: Some(pillar),
            ..Default::default()
        };
        let page = index.list(&query(filter), today);
        assert_eq!(page.total, expected);
        assert!(page.items.iter().all(|i| i.pillars.contains(&pillar)));
    }
    for f in &facets.statuses {
        let status: Status = f.value.parse().unwrap();
        let expected = data.iter().filter(|i| i.status(today) == status).count() as u64;
        assert_eq!(f.count, expected, "status {} on {}", f.value, t.name);
        let filter = InitiativeFilter {
            status: Some(status),
            ..Default::default()
        };
        let page = index.list(&query(filter), today);
        assert_eq!(
            page.total, expected,
            "status filter {} on {}",
            f.value, t.name
        );
        assert!(page.items.iter().all(|i| i.status == status));
    }
    for f in &facets.countries {
        let country = Country::from_code(&f.value).unwrap();
        let expected = data
            .iter()
            .filter(|i| i.countries().contains(&country))
            .count() as u64;
        assert_eq!(f.count, expected, "country {} on {}", f.value, t.name);
    }
    for f in &facets.programmes {
        let programme: Programme = f.value.parse().unwrap();
        let expected = data.iter().filter(|i| i.programme == programme).count() as u64;
        assert_eq!(f.count, expected, "programme {}", f.value);
    }
    let total: u64 = facets.statuses.iter().map(|f| f.count).sum();
    assert_eq!(total, 186);
    assert!(!facets.years.is_empty() && !facets.topics.is_empty() && !facets.kinds.is_empty());

    // Filters combine.
    let filter = InitiativeFilter {
        pillar: Some(Pillar::DetectionInvestigation),
        country: Some(Country::from_code("NL").unwrap()),
        ..Default::default()
    };
    let page = index.list(&query(filter.clone()), today);
    let expected = data
        .iter()
        .filter(|i| i.pillars.contains(&Pillar::DetectionInvestigation))
        .filter(|i| i.countries().contains(&Country::from_code("NL").unwrap()))
        .count() as u64;
    assert_eq!(page.total, expected);
    let narrowed = index.facets(&filter, today);
    assert_eq!(
        narrowed
            .pillars
            .iter()
            .find(|f| f.value == "detection-investigation")
            .unwrap()
            .count,
        expected
    );
}

db_test!(the_index_sees_writes_through_the_data_version);
async fn the_index_sees_writes_through_the_data_version(t: TestDb) {
    let db = &t.db;
    seed_initiatives_once(db, &bundled(), NOW).await.unwrap();
    let before = DirectoryIndex::load(db).await.unwrap();
    assert_eq!(before.len(), 186);
    let same = sparks_store::versions::current(db, sparks_store::DataKind::Initiatives)
        .await
        .unwrap();
    assert_eq!(same, before.version(), "nothing written, same version");
    let new = InitiativeDraft {
        acronym: "NEWONE".into(),
        title: "A new initiative".into(),
        pillars: vec!["victim-support".into()],
        ..Default::default()
    }
    .validate()
    .unwrap();
    initiatives::upsert(db, &new, NOW).await.unwrap();
    let now = sparks_store::versions::current(db, sparks_store::DataKind::Initiatives)
        .await
        .unwrap();
    assert!(
        now > before.version(),
        "a write bumps the version on {}",
        t.name
    );
    let after = DirectoryIndex::load(db).await.unwrap();
    assert_eq!(after.len(), 187);
    assert_eq!(after.version(), now);
}

db_test!(text_filter_is_literal_and_case_insensitive);
async fn text_filter_is_literal_and_case_insensitive(t: TestDb) {
    let data = bundled();
    let today = date!(2026 - 11 - 29);
    let db = &t.db;
    seed_initiatives_once(db, &data, NOW).await.unwrap();
    let index = DirectoryIndex::load(db).await.unwrap();
    let find = |q: &str| InitiativeFilter {
        q: Some(q.to_owned()),
        ..Default::default()
    };
    let arica = index.list(&query(find("aRiCa")), today);
    assert!(arica.items.iter().any(|i| i.slug == "arica"), "{}", t.name);
    for hostile in ["%", "_", "\\", "' OR 1=1 --", "\"", "%' --", "a\u{0}b"] {
        let page = index.list(&query(find(hostile)), today);
        assert!(
            page.total < 186,
            "{hostile:?} must match literally on {}",
            t.name
        );
    }
}

db_test!(the_text_filter_matches_the_whole_text_of_each_initiative);
/// The directory puts the filter's text together from the stored fields (it is not stored
/// whole, issue #20): each initiative's whole text as the core type defines it (acronym,
/// title, summary, topics, coordinator) finds that initiative, so no field is missing and
/// the separators and the order agree.
async fn the_text_filter_matches_the_whole_text_of_each_initiative(t: TestDb) {
    let data = bundled();
    let today = date!(2026 - 11 - 29);
    let db = &t.db;
    seed_initiatives_once(db, &data, NOW).await.unwrap();
    let index = DirectoryIndex::load(db).await.unwrap();
    assert!(data.iter().any(|i| i.coordinator.is_none()));
    assert!(
        data.iter()
            .any(|i| i.topics.len() > 1 && i.coordinator.is_some())
    );
    for i in &data {
        let filter = InitiativeFilter {
            q: Some(i.search_text()),
            ..Default::default()
        };
        let page = index.list(&query(filter), today);
        assert!(
            page.items.iter().any(|found| found.slug == i.slug),
            "{} not found by its whole text on {}",
            i.slug,
            t.name
        );
    }
}

db_test!(pages_and_sorts_are_stable_and_complete);
async fn pages_and_sorts_are_stable_and_complete(t: TestDb) {
    let data = bundled();
    let today = date!(2026 - 11 - 29);
    let db = &t.db;
    seed_initiatives_once(db, &data, NOW).await.unwrap();
    let index = DirectoryIndex::load(db).await.unwrap();
    for sort in Sort::ALL {
        let mut seen = Vec::new();
        for page in 1..=10 {
            let q = InitiativeQuery {
                filter: InitiativeFilter::default(),
                sort,
                page,
                per_page: 20,
            };
            let p = index.list(&q, today);
            assert_eq!(p.total, 186);
            seen.extend(p.items.into_iter().map(|i| i.slug));
        }
        let mut unique = seen.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(
            unique.len(),
            186,
            "{sort:?} on {} shows every initiative exactly once",
            t.name
        );
        if sort == Sort::Name {
            let mut sorted = seen.clone();
            sorted.sort();
            assert_eq!(seen.first(), sorted.first());
        }
    }
    let beyond = InitiativeQuery {
        filter: InitiativeFilter::default(),
        sort: Sort::Name,
        page: 99,
        per_page: 20,
    };
    assert!(index.list(&beyond, today).items.is_empty());
}

db_test!(a_draft_with_hostile_text_is_stored_verbatim);
async fn a_draft_with_hostile_text_is_stored_verbatim(t: TestDb) {
    let db = &t.db;
    let i = InitiativeDraft {
        acronym: "<script>alert(1)</script>".into(),
        title: "Robert'); DROP TABLE initiatives;--".into(),
        summary: "ünïcödé \u{202e} RTL 🙂".into(),
        pillars: vec!["prevention".into()],
        ..Default::default()
    }
    .validate()
    .unwrap();
    initiatives::upsert(db, &i, NOW).await.unwrap();
    assert_eq!(
        initiatives::get(db, &i.slug).await.unwrap(),
        Some(i),
        "{}",
        t.name
    );
}

db_test!(two_servers_starting_together_migrate_and_seed_once);
async fn two_servers_starting_together_migrate_and_seed_once(backend: Backend) {
    let data = bundled();
    let dir = tempfile::tempdir().unwrap();
    let url = match backend {
        Backend::Sqlite => format!("sqlite://{}", dir.path().join("shared.db").display()),
        Backend::Postgres => testing::postgres_url().await.unwrap(),
    };
    // Two pools on one empty database, as two processes would have.
    let a = sparks_store::Db::connect(&url).await.unwrap();
    let b = sparks_store::Db::connect(&url).await.unwrap();
    let start = |db: sparks_store::Db, data: Vec<Initiative>| async move {
        db.migrate().await.unwrap();
        seed_initiatives_once(&db, &data, NOW).await.unwrap()
    };
    let (x, y) = tokio::join!(
        start(a.clone(), data.clone()),
        start(b.clone(), data.clone())
    );
    let loaded = [x, y]
        .iter()
        .filter(|o| matches!(o, SeedOutcome::Loaded(_)))
        .count();
    assert_eq!(loaded, 1, "exactly one server seeds ({url})");
    assert_eq!(initiatives::count(&a).await.unwrap(), 186);
}

/// More initiatives than SQLite takes arguments in one statement (32,766): loading them all
/// (export, a search rebuild) asks for their lists a slice at a time.
#[tokio::test]
async fn all_initiatives_load_beyond_the_argument_limit_of_one_statement() {
    let t = testing::sqlite().await;
    let base = bundled()[0].clone();
    let records: Vec<Initiative> = (0..33_000)
        .map(|n| {
            let mut i = base.clone();
            i.slug = format!("many-{n:05}");
            i
        })
        .collect();
    let mut tx = t.db.begin().await.unwrap();
    initiatives::upsert_many_in(&mut tx, &records, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let all = initiatives::all(&t.db).await.unwrap();
    assert_eq!(all.len(), 33_000);
    let last = all.last().unwrap();
    assert_eq!(last.slug, "many-32999");
    assert_eq!(
        last.pillars, base.pillars,
        "lists are filled in the last slice too"
    );
    assert_eq!(last.topics, base.topics);
}

db_test!(a_large_load_writes_the_lists_of_new_initiatives_and_replaces_those_of_old_ones);
/// A large load into an empty directory skips deleting list rows on SQLite (there can be
/// none); a second large load over the same slugs must still replace every list, leaving no
/// row of the first.
async fn a_large_load_writes_the_lists_of_new_initiatives_and_replaces_those_of_old_ones(
    t: TestDb,
) {
    let base = bundled();
    let records = |round: usize| -> Vec<Initiative> {
        (0..1_200)
            .map(|n| {
                let mut i = base[(n + round) % base.len()].clone();
                i.slug = format!("large-{n:04}");
                i.topics = vec![format!("topic {round} of {n}")];
                i
            })
            .collect()
    };
    for round in 0..2 {
        let wanted = records(round);
        let mut tx = t.db.begin().await.unwrap();
        initiatives::upsert_many_in(&mut tx, &wanted, NOW)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        let stored = initiatives::all(&t.db).await.unwrap();
        assert_eq!(stored, wanted, "round {round} on {}", t.name);
    }
    let topics =
        t.db.count(sparks_store::Sql::new(
            "SELECT COUNT(*) AS n FROM initiative_topics",
        ))
        .await
        .unwrap();
    assert_eq!(topics, 1_200, "one topic each, none left of the first load");
}

db_test!(a_large_load_into_an_empty_directory_writes_what_small_loads_write);
/// A large load into an empty directory chooses its rows' ids itself on SQLite and builds
/// its statements ahead (`load_new`): every table it writes must hold the same rows, under
/// the same ids, as when the same records come in loads too small for that. More than one
/// group of 2,000, with a part batch; lists of every length, including none.
async fn a_large_load_into_an_empty_directory_writes_what_small_loads_write(backend: Backend) {
    use sparks_store::testing::Fixture as _;
    let base = bundled();
    let records: Vec<Initiative> = (0..2_345)
        .map(|n| {
            let mut i = base[n % base.len()].clone();
            i.slug = format!("load-{n:04}");
            i.topics = (0..n % 4).map(|t| format!("topic {t} of {n}")).collect();
            if n % 7 == 0 {
                i.pillars.clear();
                i.partner_countries.clear();
            }
            i
        })
        .collect();
    let large = TestDb::on(backend).await;
    let mut tx = large.db.begin().await.unwrap();
    initiatives::upsert_many_in(&mut tx, &records, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let small = TestDb::on(backend).await;
    let mut tx = small.db.begin().await.unwrap();
    for slice in records.chunks(150) {
        initiatives::upsert_many_in(&mut tx, slice, NOW)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();

    let mut tables = vec![
        ("initiatives", "id"),
        ("initiative_pillars", "initiative_id, pillar"),
        ("initiative_countries", "initiative_id, position"),
        ("initiative_topics", "initiative_id, position"),
        ("search_documents", "id"),
        ("search_facets", "document_id, facet, value"),
        ("search_terms", "term"),
    ];
    if backend == Backend::Sqlite {
        tables.push(("search_fts", "rowid"));
    }
    for (table, order) in tables {
        let (from_large, from_small) = (
            rows_of(&large, table, order).await,
            rows_of(&small, table, order).await,
        );
        assert!(!from_large.is_empty(), "{table} on {}", large.name);
        assert!(
            from_large == from_small,
            "{table} on {}: {} rows against {}; first difference: {:?}",
            large.name,
            from_large.len(),
            from_small.len(),
            from_large.iter().zip(&from_small).find(|(a, b)| a != b)
        );
    }
    assert_eq!(initiatives::all(&large.db).await.unwrap(), records);
}

#[derive(sqlx::FromRow, PartialEq, Debug)]
struct RowText {
    row: String,
}

/// Every row of `table`, each as one line of text, in the order of `order`.
async fn rows_of(t: &TestDb, table: &str, order: &str) -> Vec<String> {
    let select = if t.name == "sqlite" {
        // SQLite has no whole-row value: the columns are named from the table's own list
        // (a full-text table lists its columns, and its rowid is added).
        #[derive(sqlx::FromRow)]
        struct Column {
            name: String,
        }
        let columns: Vec<Column> =
            t.db.fetch_all(sparks_store::Sql::new(&format!(
                "SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
            )))
            .await
            .unwrap();
        let mut names: Vec<String> = columns.into_iter().map(|c| c.name).collect();
        if table == "search_fts" {
            names.insert(0, "rowid".to_owned());
        }
        format!("json_array({}) AS row", names.join(", "))
    } else {
        "row_to_json(t)::text AS row".to_owned()
    };
    t.db.fetch_all::<RowText>(sparks_store::Sql::new(&format!(
        "SELECT {select} FROM {table} t ORDER BY {order}"
    )))
    .await
    .unwrap()
    .into_iter()
    .map(|r| r.row)
    .collect()
}
