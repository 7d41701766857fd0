//! The content hub repositories on every backend: SQLite always, PostgreSQL when
//! `TEST_DATABASE_URL` is set.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_core::{Audience, Country, Pillar, ResourceDraft, ResourceKind};
use sparks_store::db_test;
use sparks_store::seed::{ContentSeed, seed_content_once, seed_initiatives_once};
use sparks_store::testing::TestDb;
use sparks_store::{
    Db, EventFilter, NewsFilter, ResourceFilter, StatisticFilter, When, events, news, reference,
    resources,
};
use time::macros::date;

const NOW: &str = "2026-11-29T10:00:00Z";

async fn seed(db: &Db) -> Vec<(&'static str, usize)> {
    let i = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES).unwrap();
    seed_initiatives_once(db, &i.initiatives, NOW)
        .await
        .unwrap();
    let r = sparks_ingest::parse_resources(sparks_ingest::BUNDLED_RESOURCES).unwrap();
    let n = sparks_ingest::parse_news(sparks_ingest::BUNDLED_NEWS).unwrap();
    let e = sparks_ingest::parse_events(sparks_ingest::BUNDLED_EVENTS).unwrap();
    let rc = sparks_ingest::parse_recommendations(sparks_ingest::BUNDLED_RECOMMENDATIONS).unwrap();
    let s = sparks_ingest::parse_statistics(sparks_ingest::BUNDLED_STATISTICS).unwrap();
    let h = sparks_ingest::parse_helplines(sparks_ingest::BUNDLED_HELPLINES).unwrap();
    let seed = ContentSeed {
        resources: &r.items,
        news: &n.items,
        events: &e.items,
        recommendations: &rc.items,
        statistics: &s.items,
        helplines: &h.items,
    };
    seed_content_once(db, &seed, NOW).await.unwrap()
}

db_test!(content_seeds_once_and_reads_back);
async fn content_seeds_once_and_reads_back(t: TestDb) {
    let db = &t.db;
    let loaded = seed(db).await;
    assert_eq!(
        loaded,
        [
            ("resources", 62),
            ("news", 3),
            ("events", 42),
            ("recommendations", 37),
            ("statistics", 37),
            ("helplines", 97)
        ],
        "{}",
        t.name
    );
    assert!(seed(db).await.is_empty(), "second seed loads nothing");
    let before = sparks_store::versions::current(db, sparks_store::DataKind::Content)
        .await
        .unwrap();
    let any = resources::all(db).await.unwrap().remove(0);
    resources::upsert(db, &any, NOW).await.unwrap();
    let after = sparks_store::versions::current(db, sparks_store::DataKind::Content)
        .await
        .unwrap();
    assert!(after > before, "a content write bumps the content version");

    let all = resources::list(db, &ResourceFilter::default(), 1, 100)
        .await
        .unwrap();
    assert_eq!(all.total, 62, "{}", t.name);
    // Newest first, undated last.
    assert!(all.items[0].resource.published.is_some());
    assert!(all.items[61].resource.published.is_none());

    let arica = resources::list(
        db,
        &ResourceFilter {
            initiative: Some("arica".into()),
            ..ResourceFilter::default()
        },
        1,
        100,
    )
    .await
    .unwrap();
    assert!(arica.total >= 2, "{}: {}", t.name, arica.total);
    assert!(
        arica
            .items
            .iter()
            .all(|e| e.initiatives.iter().any(|i| i.slug == "arica"))
    );

    let narrowed = ResourceFilter {
        pillar: Some(Pillar::Prevention),
        audience: Some(Audience::Parents),
        ..ResourceFilter::default()
    };
    let page = resources::list(db, &narrowed, 1, 100).await.unwrap();
    assert!(page.total > 0);
    for e in &page.items {
        assert!(e.resource.pillars.contains(&Pillar::Prevention));
        assert!(e.resource.audiences.contains(&Audience::Parents));
    }
    let facets = resources::facets(db, &narrowed).await.unwrap();
    let kinds: u64 = facets.kinds.iter().map(|f| f.count).sum();
    assert_eq!(kinds, page.total, "{}", t.name);
    let all_facets = resources::facets(db, &ResourceFilter::default())
        .await
        .unwrap();
    assert!(
        all_facets
            .languages
            .iter()
            .any(|f| f.value == "pl" && f.label == "Polish")
    );
    let q = resources::list(
        db,
        &ResourceFilter {
            q: Some("100%_".into()),
            ..ResourceFilter::default()
        },
        1,
        10,
    )
    .await
    .unwrap();
    assert_eq!(q.total, 0, "LIKE wildcards are literal");

    let upcoming = events::list(
        db,
        &EventFilter {
            when: Some(When::Upcoming),
            ..EventFilter::default()
        },
        date!(2024 - 03 - 19),
        1,
        100,
    )
    .await
    .unwrap();
    assert_eq!(
        upcoming.items[0].slug, "sparks-in-the-dark-conference-united-for-child-safety-2024",
        "an event running today is upcoming, soonest first"
    );
    let past = events::list(
        db,
        &EventFilter {
            when: Some(When::Past),
            country: Some(Country::from_code("MT").unwrap()),
            ..EventFilter::default()
        },
        date!(2026 - 11 - 29),
        1,
        100,
    )
    .await
    .unwrap();
    assert_eq!(past.total, 3, "{}", t.name);
    assert!(past.items[0].start.date() > past.items[2].start.date());
    assert_eq!(events::all(db).await.unwrap().len(), 42);

    let posts = news::list(db, &NewsFilter::default(), 1, 10).await.unwrap();
    assert_eq!(
        posts.items[0].slug,
        "eu-network-for-the-prevention-of-child-sexual-abuse-launched"
    );
    let post = news::get(db, "sparks-in-the-dark-launched-in-prague")
        .await
        .unwrap()
        .unwrap();
    assert!(
        post.body_html
            .contains("<strong>18 to 21 March 2024</strong>")
    );

    let recs = reference::recommendations(db).await.unwrap();
    assert_eq!(recs.len(), 37);
    let stats = reference::statistics(
        db,
        &StatisticFilter {
            series: Some("ncmec-cybertipline-reports-received".into()),
            ..StatisticFilter::default()
        },
    )
    .await
    .unwrap();
    let years: Vec<i32> = stats.iter().filter_map(|s| s.year).collect();
    assert_eq!(years, [2018, 2020, 2021, 2022, 2023, 2024], "{}", t.name);
    let helplines = reference::helplines(db, Country::from_code("PL").ok())
        .await
        .unwrap();
    assert_eq!(helplines.len(), 2);
    assert_eq!(reference::helplines(db, None).await.unwrap().len(), 97);
}

db_test!(upserts_replace_by_slug_and_keep_links_current);
async fn upserts_replace_by_slug_and_keep_links_current(t: TestDb) {
    let db = &t.db;
    seed(db).await;
    let mut entry = resources::get(
        db,
        "current-legal-and-policy-challenges-in-open-source-csae-investigations-on-the",
    )
    .await
    .unwrap()
    .unwrap_or_else(|| panic!("{}: slug", t.name));
    assert_eq!(entry.initiatives[0].slug, "arica");
    entry.resource.made_by = Some("2PS".into());
    entry.resource.kind = ResourceKind::Report;
    resources::upsert(db, &entry.resource, NOW).await.unwrap();
    let again = resources::get(db, &entry.resource.slug)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.resource.kind, ResourceKind::Report);
    let linked: Vec<&str> = again.initiatives.iter().map(|i| i.slug.as_str()).collect();
    assert_eq!(linked, ["2ps"], "{}", t.name);
    assert_eq!(resources::all(db).await.unwrap().len(), 62);

    let odd = ResourceDraft {
        title: format!("{} 🚸 مرحبا", "Very long title ".repeat(25)),
        kind: "video".into(),
        ..ResourceDraft::default()
    }
    .validate()
    .unwrap();
    resources::upsert(db, &odd, NOW).await.unwrap();
    let back = resources::get(db, &odd.slug).await.unwrap().unwrap();
    assert_eq!(back.resource, odd);
}
