//! The search index on every backend: kept in step with writes, hostile queries, typos,
//! prefixes, phrases, acronyms, facets, related work and the landscape aggregates.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::collections::{BTreeMap, BTreeSet};

use sparks_core::{Initiative, InitiativeDraft, Pillar};
use sparks_search::{DocType, Facet};
use sparks_store::search::{self, SearchFilter, SearchIndex, SearchRequest, SearchResults};
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing::TestDb;
use sparks_store::{Db, db_test, initiatives, landscape};

const NOW: &str = "2026-11-29T10:00:00Z";

fn bundled() -> Vec<Initiative> {
    sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives
}

async fn seed(db: &Db) {
    seed_initiatives_once(db, &bundled(), NOW).await.unwrap();
}

async fn find(db: &Db, q: &str) -> SearchResults {
    find_in(db, q, SearchFilter::default()).await
}

async fn find_in(db: &Db, q: &str, filter: SearchFilter) -> SearchResults {
    search::search(
        db,
        &SearchRequest {
            q: q.to_owned(),
            filter,
            page: 1,
            per_page: 10,
        },
    )
    .await
    .unwrap_or_else(|e| panic!("{q:?}: {e}"))
}

fn slugs(r: &SearchResults) -> Vec<&str> {
    r.hits.iter().map(|h| h.slug.as_str()).collect()
}

db_test!(typos_prefixes_phrases_and_acronyms);
async fn typos_prefixes_phrases_and_acronyms(t: TestDb) {
    seed(&t.db).await;
    let db = &t.db;
    let r = find(db, "gromming").await;
    assert!(slugs(&r).contains(&"cesagram"), "{}", t.name);
    assert_eq!(
        r.corrected,
        [("gromming".to_owned(), vec!["groom".to_owned()])]
    );
    assert_eq!(
        slugs(&find(db, "blokchain").await),
        ["locard"],
        "{}",
        t.name
    );
    assert_eq!(
        slugs(&find(db, "Täter").await),
        ["kein-tater-werden"],
        "{}",
        t.name
    );
    assert!(find(db, "hotl").await.total >= 5, "{}: prefix", t.name);
    assert_eq!(
        find(db, "hotl ").await.total,
        0,
        "{}: no prefix after a space",
        t.name
    );
    assert_eq!(slugs(&find(db, "\"chain of custody\"").await), ["locard"]);
    let r = find(db, "INHOPE").await;
    assert_eq!(r.hits[0].slug, "inhope", "{}", t.name);
    assert!(r.hits[0].exact_acronym);
    let r = find(db, "zzzqqq grooming").await;
    assert_eq!(r.unmatched, ["zzzqqq"], "{}", t.name);
    assert!(r.total > 0);
}

db_test!(filters_and_facets_agree);
async fn filters_and_facets_agree(t: TestDb) {
    seed(&t.db).await;
    let all = find(&t.db, "grooming").await;
    let prevention = find_in(
        &t.db,
        "grooming",
        SearchFilter {
            pillar: Some(Pillar::Prevention),
            doc_type: Some(DocType::Initiative),
            ..SearchFilter::default()
        },
    )
    .await;
    let facet = all
        .facets
        .pillars
        .iter()
        .find(|f| f.value == "prevention")
        .unwrap();
    assert_eq!(prevention.total, facet.count, "{}", t.name);
}

db_test!(removing_a_document_forgets_its_terms);
async fn removing_a_document_forgets_its_terms(t: TestDb) {
    seed(&t.db).await;
    let db = &t.db;
    let draft = InitiativeDraft {
        acronym: "QUUXPROJ".into(),
        title: "Quuxification of widgets".into(),
        summary: "Quuxification.".into(),
        pillars: vec!["prevention".into()],
        ..InitiativeDraft::default()
    };
    let i = draft.validate().unwrap();
    initiatives::upsert(db, &i, NOW).await.unwrap();
    assert_eq!(find(db, "quuxification").await.total, 1, "{}", t.name);
    let mut tx = db.begin().await.unwrap();
    search::remove_in(&mut tx, DocType::Initiative, "quuxproj")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let r = find(db, "quuxification").await;
    assert_eq!(r.total, 0, "{}", t.name);
    assert_eq!(
        r.unmatched,
        ["quuxification"],
        "{}: the vocabulary forgot it",
        t.name
    );
}

db_test!(landscape_cells_count_each_initiative_once_per_country);
async fn landscape_cells_count_each_initiative_once_per_country(t: TestDb) {
    seed(&t.db).await;
    let cells = landscape::pillar_country(&t.db).await.unwrap();
    let pl = cells
        .iter()
        .find(|c| c.row == "PL" && c.col == "prevention")
        .unwrap();
    let listed = sparks_store::DirectoryIndex::load(&t.db)
        .await
        .unwrap()
        .list(
            &sparks_store::InitiativeQuery {
                filter: sparks_store::InitiativeFilter {
                    pillar: Some(Pillar::Prevention),
                    country: sparks_core::Country::from_code("PL").ok(),
                    ..Default::default()
                },
                sort: sparks_store::Sort::Name,
                page: 1,
                per_page: 100,
            },
            time::macros::date!(2026 - 11 - 29),
        );
    assert_eq!(pl.initiatives as u64, listed.total, "{}", t.name);
    let years = landscape::programme_year(&t.db).await.unwrap();
    let dated: i64 = years.iter().map(|c| c.initiatives).sum();
    assert_eq!(dated + landscape::undated(&t.db).await.unwrap(), 186);
}

#[derive(sqlx::FromRow, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct TermCount {
    term: String,
    docs: i64,
}

#[derive(sqlx::FromRow)]
struct DocTerms {
    terms: String,
}

/// The vocabulary's document counts, and the same counted afresh from the documents.
async fn vocabulary(db: &Db) -> (Vec<TermCount>, Vec<TermCount>) {
    let mut stored: Vec<TermCount> = db
        .fetch_all(sparks_store::Sql::new(
            "SELECT term, docs FROM search_terms",
        ))
        .await
        .unwrap();
    stored.sort();
    let mut counted: std::collections::BTreeMap<String, i64> = Default::default();
    let docs: Vec<DocTerms> = db
        .fetch_all(sparks_store::Sql::new("SELECT terms FROM search_documents"))
        .await
        .unwrap();
    for d in docs {
        for t in d.terms.split(' ').filter(|t| !t.is_empty()) {
            *counted.entry(t.to_owned()).or_default() += 1;
        }
    }
    let counted = counted
        .into_iter()
        .map(|(term, docs)| TermCount { term, docs })
        .collect();
    (stored, counted)
}

db_test!(bulk_upserts_keep_the_last_record_per_slug_and_the_vocabulary_exact);
async fn bulk_upserts_keep_the_last_record_per_slug_and_the_vocabulary_exact(t: TestDb) {
    seed(&t.db).await;
    let db = &t.db;
    let mut batch = bundled();
    // The same slug twice in one batch: the later record wins, as if written one by one.
    let mut first = batch[0].clone();
    first.title = "Zorblified first draft".into();
    let mut second = batch[0].clone();
    second.title = "Quarnified final wording".into();
    batch.insert(0, first);
    batch.push(second.clone());
    let mut tx = db.begin().await.unwrap();
    initiatives::upsert_many_in(&mut tx, &batch, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let stored = initiatives::get(db, &second.slug).await.unwrap().unwrap();
    assert_eq!(stored.title, second.title, "{}", t.name);
    assert_eq!(initiatives::count(db).await.unwrap(), 186, "{}", t.name);
    assert_eq!(slugs(&find(db, "quarnified").await), [second.slug.as_str()]);
    assert_eq!(find(db, "zorblified").await.total, 0, "{}", t.name);
    let (stored, counted) = vocabulary(db).await;
    assert_eq!(stored, counted, "{}: vocabulary counts", t.name);
    assert!(
        !stored.iter().any(|c| c.term.starts_with("zorblifi")),
        "{}",
        t.name
    );
}

db_test!(words_and_topics_that_a_thousand_documents_hold_relate_nothing);
async fn words_and_topics_that_a_thousand_documents_hold_relate_nothing(t: TestDb) {
    let db = &t.db;
    // 1,002 initiatives with the same words and a topic they all share; two of them also
    // share a rare topic. Only that one relates them: following the common ones would score
    // every document for each item page.
    let base = bundled()[0].clone();
    let mut records: Vec<Initiative> = (0..1002)
        .map(|n| {
            let mut i = base.clone();
            i.slug = format!("common-{n}");
            i.acronym = format!("CMN{n}");
            i.title = "Common words for everyone".into();
            i.summary = "Shared words that every record holds.".into();
            i.topics = vec!["everyone's theme".into()];
            i.coordinator = Some(format!("Organisation {n}"));
            i
        })
        .collect();
    for i in &mut records[..2] {
        i.topics.push("zorbled".into());
    }
    let mut tx = db.begin().await.unwrap();
    initiatives::upsert_many_in(&mut tx, &records, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let related = search::related(db, DocType::Initiative, "common-0", 10)
        .await
        .unwrap()
        .unwrap();
    let found: Vec<&str> = related.iter().map(|r| r.slug.as_str()).collect();
    assert_eq!(found, ["common-1"], "{}", t.name);
    assert_eq!(related[0].reasons.shared_topics, ["zorbled"], "{}", t.name);
    assert_eq!(related[0].reasons.similar_words, ["zorbled"], "{}", t.name);
}

#[derive(sqlx::FromRow)]
struct Scored {
    slug: String,
    score: f64,
}

db_test!(a_word_of_several_terms_scores_as_its_terms_joined_with_or);
/// On SQLite a prefix or a word with several variants is ranked from each term's kept
/// matches, their scores added up; this holds that sum to the database's own score for the
/// terms joined with `OR` (on PostgreSQL the part is asked for whole, and the same check
/// holds its order to `ts_rank_cd()`'s).
async fn a_word_of_several_terms_scores_as_its_terms_joined_with_or(t: TestDb) {
    seed(&t.db).await;
    let db = &t.db;
    // What the query "chil" expands to: the vocabulary's commonest terms with the prefix.
    let terms: Vec<TermCount> = db
        .fetch_all(sparks_store::Sql::new(
            "SELECT term, docs FROM search_terms WHERE term >= 'chil' AND term < 'chil~' \
             ORDER BY docs DESC, term LIMIT 20",
        ))
        .await
        .unwrap();
    assert!(terms.len() >= 2, "{}: a prefix of several terms", t.name);
    let mut sql = match db.backend() {
        sparks_store::Backend::Sqlite => sparks_store::Sql::new(
            "SELECT d.slug, -bm25(search_fts, 10.0, 5.0, 2.5, 1.0) AS score \
             FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid \
             WHERE search_fts MATCH ",
        ),
        sparks_store::Backend::Postgres => sparks_store::Sql::new(
            "SELECT d.slug, CAST(ts_rank_cd('{0.05, 0.2, 0.5, 1.0}', d.tsv, q) AS DOUBLE PRECISION) \
             AS score FROM search_documents d, to_tsquery('simple', ",
        ),
    };
    let words: Vec<String> = terms.iter().map(|t| t.term.clone()).collect();
    match db.backend() {
        sparks_store::Backend::Sqlite => {
            sql.push_arg(format!("\"{}\"", words.join("\" OR \"")));
        }
        sparks_store::Backend::Postgres => {
            sql.push_arg(words.join(" | ")).push(") q WHERE d.tsv @@ q");
        }
    }
    let expected: Vec<Scored> = db.fetch_all(sql).await.unwrap();
    let high = expected.iter().map(|s| s.score).fold(0.0, f64::max);
    let expected: std::collections::HashMap<String, f64> =
        expected.into_iter().map(|s| (s.slug, s.score)).collect();

    let found = search::search(
        db,
        &SearchRequest {
            q: "chil".to_owned(),
            filter: SearchFilter::default(),
            page: 1,
            per_page: 200,
        },
    )
    .await
    .unwrap();
    assert_eq!(found.total as usize, expected.len(), "{}", t.name);
    for hit in found.hits.iter().filter(|h| !h.exact_acronym) {
        // Kept scores are rounded to a 65,535th of each term's range.
        let want = expected[&hit.slug];
        assert!(
            (hit.score - want).abs() <= high * 1e-3,
            "{}: {} scored {} instead of {want}",
            t.name,
            hit.slug,
            hit.score,
        );
    }
}

/// An initiative's counted facets as the analyzer gives them, `facet=value`.
fn counted_facets(i: &Initiative) -> Vec<String> {
    sparks_search::SearchDocument::from_initiative(i)
        .facets
        .iter()
        .filter(|(f, _)| !matches!(f, Facet::Topic | Facet::Coordinator))
        .map(|(f, v)| format!("{}={v}", f.slug()))
        .collect()
}

/// The counts of a search's pillar, programme, country and year facets, `facet=value`.
fn facet_counts(r: &SearchResults) -> BTreeMap<String, u64> {
    let f = &r.facets;
    [
        ("pillar", &f.pillars),
        ("programme", &f.programmes),
        ("country", &f.countries),
        ("year", &f.years),
    ]
    .into_iter()
    .flat_map(|(facet, counts)| {
        counts
            .iter()
            .map(move |c| (format!("{facet}={}", c.value), c.count))
    })
    .collect()
}

/// What a search's facet counts must be: those of its hits' initiatives.
fn expected_counts(r: &SearchResults, records: &[Initiative]) -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for hit in &r.hits {
        let i = records.iter().find(|i| i.slug == hit.slug).unwrap();
        for value in counted_facets(i) {
            *counts.entry(value).or_default() += 1;
        }
    }
    counts
}

async fn initiatives_about(db: &Db, index: &SearchIndex, q: &str) -> SearchResults {
    search::search_in(
        db,
        index,
        &SearchRequest {
            q: q.to_owned(),
            filter: SearchFilter {
                doc_type: Some(DocType::Initiative),
                ..SearchFilter::default()
            },
            page: 1,
            per_page: 1_000,
        },
    )
    .await
    .unwrap()
}

db_test!(an_initiatives_facets_come_from_its_own_tables);
/// An initiative's pillars, countries, programme and start year are not copied into
/// `search_facets` (migration 0035): searches count them, and related work compares
/// countries, from the initiative's own tables. Both must see what the analyzer gives, when
/// the index is loaded and when it is brought up to date after an edit.
async fn an_initiatives_facets_come_from_its_own_tables(t: TestDb) {
    seed(&t.db).await;
    let db = &t.db;
    let mut records = bundled();
    let stored: i64 = db
        .count(sparks_store::Sql::new(
            "SELECT COUNT(*) AS n FROM search_facets WHERE facet IN ('pillar', 'country', \
             'programme', 'year') AND document_id IN (SELECT id FROM search_documents \
             WHERE doc_type = 'initiative')",
        ))
        .await
        .unwrap();
    assert_eq!(stored, 0, "{}", t.name);

    let index = SearchIndex::load(db).await.unwrap();
    let r = initiatives_about(db, &index, "child OR children OR abuse OR online").await;
    assert!(
        r.hits.len() as u64 == r.total && r.total > 50,
        "{}: {}",
        t.name,
        r.total
    );
    assert_eq!(
        facet_counts(&r),
        expected_counts(&r, &records),
        "{}",
        t.name
    );

    // An edit that changes all four, seen by an index brought up to date.
    let at = records
        .iter()
        .position(|i| i.partner_countries.len() >= 2)
        .unwrap();
    let edited = &mut records[at];
    edited.pillars = vec![Pillar::Prevention, Pillar::VictimSupport];
    edited.partner_countries.reverse();
    edited
        .partner_countries
        .push(edited.coordinator_country.unwrap());
    edited.programme = sparks_core::Programme::Cerv;
    edited.start_date = Some("1901-03".parse().unwrap());
    edited.summary.push_str(" Child abuse online.");
    initiatives::upsert(db, edited, NOW).await.unwrap();
    let edited = records[at].clone();
    let advanced = index.advance(db).await.unwrap().unwrap();
    let r = initiatives_about(db, &advanced, "child OR children OR abuse OR online").await;
    assert!(slugs(&r).contains(&edited.slug.as_str()), "{}", t.name);
    assert_eq!(
        facet_counts(&r),
        expected_counts(&r, &records),
        "{}",
        t.name
    );
    let year = find_in(
        db,
        "child OR children OR abuse OR online",
        SearchFilter {
            year: Some(1901),
            ..SearchFilter::default()
        },
    )
    .await;
    assert_eq!(slugs(&year), [edited.slug.as_str()], "{}", t.name);

    // Related work: the countries an initiative shares with each related one.
    let countries = |i: &Initiative| -> BTreeSet<String> {
        i.countries().iter().map(|c| c.code().to_owned()).collect()
    };
    let mut compared = 0;
    for source in records.iter().take(40) {
        let related = search::related(db, DocType::Initiative, &source.slug, 10)
            .await
            .unwrap()
            .unwrap();
        for other in related {
            let Some(o) = records.iter().find(|i| i.slug == other.slug) else {
                continue;
            };
            let shared: BTreeSet<String> = countries(source)
                .intersection(&countries(o))
                .cloned()
                .collect();
            let reasons: Vec<String> = other.reasons.shared_countries.clone();
            let listed: BTreeSet<String> = reasons.iter().cloned().collect();
            assert_eq!(listed.len(), reasons.len(), "{}: {reasons:?}", t.name);
            assert_eq!(listed, shared, "{}: {} and {}", t.name, source.slug, o.slug);
            compared += usize::from(!shared.is_empty());
        }
    }
    assert!(compared > 10, "{}: {compared}", t.name);
}

#[derive(sqlx::FromRow)]
struct StoredText {
    doc_type: String,
    title: String,
    summary: String,
}

async fn stored_text(db: &Db) -> Vec<StoredText> {
    db.fetch_all(sparks_store::Sql::new(
        "SELECT doc_type, title, summary FROM search_documents ORDER BY id",
    ))
    .await
    .unwrap()
}

db_test!(hits_and_related_work_show_an_initiatives_own_text);
/// An initiative's search document keeps no copy of its title and summary (migration
/// 0036): hits, snippets and related work read them from the initiative, so an edit shows
/// at once, while other content keeps its text in its document. The migration empties the
/// copies an older Sparks wrote, and touches nothing else.
async fn hits_and_related_work_show_an_initiatives_own_text(t: TestDb) {
    let db = &t.db;
    seed(db).await;
    let report = sparks_search::SearchDocument {
        doc_type: DocType::Resource,
        slug: "a-report".to_owned(),
        language: sparks_search::Language::En,
        acronym: None,
        title: "Zorblified grooming report".to_owned(),
        topics: Vec::new(),
        summary: "What the zorblified survey found.".to_owned(),
        extra: Vec::new(),
        facets: Vec::new(),
    };
    let mut tx = db.begin().await.unwrap();
    search::index_in(&mut tx, &report, NOW).await.unwrap();
    tx.commit().await.unwrap();
    let stored = stored_text(db).await;
    assert!(stored.len() > 100, "{}", t.name);
    for s in &stored {
        let empty = s.title.is_empty() && s.summary.is_empty();
        assert_eq!(empty, s.doc_type == "initiative", "{}: {}", t.name, s.title);
    }

    let mut records = bundled();
    let at = 3;
    let edited = &mut records[at];
    edited.title = "Quarnified prevention network".to_owned();
    edited.summary = format!("{} The quarnified approach.", edited.summary);
    initiatives::upsert(db, edited, NOW).await.unwrap();
    let edited = records[at].clone();

    let r = find(db, "quarnified").await;
    assert_eq!(slugs(&r), [edited.slug.as_str()], "{}", t.name);
    assert_eq!(r.hits[0].title, edited.title, "{}", t.name);
    assert!(
        r.hits[0]
            .title_marked
            .as_html()
            .contains("<mark>Quarnified</mark>"),
        "{}: {}",
        t.name,
        r.hits[0].title_marked.as_html()
    );
    assert!(
        r.hits[0]
            .snippet
            .as_html()
            .contains("<mark>quarnified</mark>"),
        "{}: {}",
        t.name,
        r.hits[0].snippet.as_html()
    );
    let r = find(db, "zorblified").await;
    assert_eq!(slugs(&r), ["a-report"], "{}", t.name);
    assert_eq!(r.hits[0].title, report.title, "{}", t.name);
    assert!(
        r.hits[0].snippet.as_html().contains("survey found"),
        "{}: {}",
        t.name,
        r.hits[0].snippet.as_html()
    );

    // Related work names each initiative by its own title.
    let mut named = 0;
    for source in records.iter().take(20) {
        let related = search::related(db, DocType::Initiative, &source.slug, 10)
            .await
            .unwrap()
            .unwrap();
        for other in related {
            let own = records.iter().find(|i| i.slug == other.slug).unwrap();
            assert_eq!(other.title, own.title, "{}", t.name);
            named += 1;
        }
    }
    assert!(named > 20, "{}: {named}", t.name);

    // What an older Sparks wrote: every initiative's text copied into its document. The
    // migration empties those copies and leaves the report's text.
    db.execute(sparks_store::Sql::new(
        "UPDATE search_documents SET title = (SELECT i.title FROM initiatives i \
         WHERE i.slug = search_documents.slug), summary = (SELECT i.summary FROM initiatives i \
         WHERE i.slug = search_documents.slug) WHERE doc_type = 'initiative'",
    ))
    .await
    .unwrap();
    let copied = stored_text(db).await;
    assert!(
        copied.iter().all(|s| !s.title.is_empty()),
        "{}: the copies were not put back",
        t.name
    );
    let migration = match db.backend() {
        sparks_store::Backend::Sqlite => {
            include_str!("../migrations/sqlite/0036_initiative_text_stored_once.sql")
        }
        sparks_store::Backend::Postgres => {
            include_str!("../migrations/postgres/0036_initiative_text_stored_once.sql")
        }
    };
    sparks_store::testing::rerun_migration(db, migration)
        .await
        .unwrap();
    let after = stored_text(db).await;
    assert_eq!(after.len(), stored.len(), "{}", t.name);
    for (a, s) in after.iter().zip(&stored) {
        assert_eq!((&a.title, &a.summary), (&s.title, &s.summary), "{}", t.name);
    }
}
