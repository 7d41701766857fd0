//! News says whose it is and feeds can be found (issue #17 point 6); syndication dates come
//! from the records, never from the moment the site was seeded (issue #16 point 9).

use axum::http::StatusCode;
use sparks_core::NewsDraft;
use sparks_store::db_test;
use sparks_store::feeds::{self, FeedItem};

use crate::common::App;
use crate::syndication::arica_post;

/// When `common` seeds the test site.
const SEEDED: &str = "2026-11-01T00:00:00Z";
const SITE_FEED_LINK: &str =
    r#"<link rel="alternate" type="application/atom+xml" href="/feed.xml""#;

fn parse_atom(body: &str) -> atom_syndication::Feed {
    body.parse::<atom_syndication::Feed>().unwrap()
}

/// The entry of the post `slug` in `feed`.
fn entry_of<'a>(feed: &'a atom_syndication::Feed, slug: &str) -> &'a atom_syndication::Entry {
    feed.entries()
        .iter()
        .find(|e| e.links()[0].href().ends_with(&format!("/news/{slug}")))
        .unwrap()
}

db_test!(news_lists_and_profiles_say_whose_news_it_is);
async fn news_lists_and_profiles_say_whose_news_it_is(app: App) {
    let slug = arica_post(&app).await;
    let news = app.get("/news?q=Fresh").await;
    assert_eq!(news.status, StatusCode::OK, "{}", app.backend);
    let card = news.body.split("Fresh from the ARICA feed").nth(1).unwrap();
    let card = card.split("</li>").next().unwrap();
    assert!(
        card.contains(r#"href="/initiatives/arica""#),
        "{}: {card}",
        app.backend
    );
    let page = app.get(&format!("/news/{slug}")).await;
    assert!(
        page.body.contains(r#"href="/initiatives/arica""#),
        "{}",
        app.backend
    );

    let profile = app.get("/initiatives/arica").await;
    assert_eq!(profile.status, StatusCode::OK);
    assert!(
        profile.body.contains(&format!(r#"href="/news/{slug}""#)),
        "{}",
        app.backend
    );
    assert!(
        profile.body.contains(r#"href="/news?initiative=arica""#),
        "{}",
        app.backend
    );
}

db_test!(every_page_announces_the_site_feed_and_lists_their_own);
async fn every_page_announces_the_site_feed_and_lists_their_own(app: App) {
    for path in [
        "/",
        "/about",
        "/initiatives",
        "/news",
        "/events",
        "/initiatives/arica",
    ] {
        let r = app.get(path).await;
        assert!(r.body.contains(SITE_FEED_LINK), "{path} on {}", app.backend);
    }
    for (path, feed) in [
        ("/news", "/news/feed.xml"),
        ("/news?q=fresh", "/news/feed.xml?q=fresh"),
        ("/initiatives/arica", "/initiatives/arica/feed.xml"),
        (
            "/pillars/victim-support",
            "/pillars/victim-support/feed.xml",
        ),
    ] {
        let body = app.get(path).await.body;
        let announced =
            format!(r#"<link rel="alternate" type="application/atom+xml" href="{feed}""#);
        assert!(body.contains(&announced), "{path} announces {feed}");
        let visible = format!(r#"<a href="{feed}" type="application/atom+xml">"#);
        assert!(body.contains(&visible), "{path} links {feed}");
    }
}

db_test!(initiative_and_search_feeds_hold_their_news);
async fn initiative_and_search_feeds_hold_their_news(app: App) {
    let slug = arica_post(&app).await;
    let r = app.get("/initiatives/arica/feed.xml").await;
    assert_eq!(r.status, StatusCode::OK, "{}", app.backend);
    assert_eq!(r.content_type(), "application/atom+xml; charset=utf-8");
    let feed = parse_atom(&r.body);
    let entry = entry_of(&feed, &slug);
    assert_eq!(entry.title().as_str(), "Fresh from the ARICA feed");
    assert_eq!(
        entry.published().unwrap().to_rfc3339(),
        "2026-11-20T00:00:00+00:00"
    );
    // An untrusted feed's item waits for an editor: no feed shows it.
    let db = &app.test_db.db;
    let untrusted = feeds::add(
        db,
        "arica",
        "https://arica.example/other.xml",
        false,
        SEEDED,
    )
    .await
    .unwrap();
    let pending = NewsDraft {
        title: "Pending ARICA item".into(),
        body: "Text".into(),
        published: "2026-11-21".into(),
        initiative: Some("arica".into()),
        ..NewsDraft::default()
    }
    .validate()
    .unwrap();
    let item = FeedItem {
        post: pending,
        guid: Some("p".into()),
        link: None,
        title_date: "y".into(),
    };
    feeds::take_items(db, untrusted, &[item], "2026-11-29T00:00:00Z")
        .await
        .unwrap();
    for path in ["/initiatives/arica/feed.xml", "/news/feed.xml", "/feed.xml"] {
        assert!(
            !app.get(path).await.body.contains("Pending ARICA item"),
            "{path}"
        );
    }
    let searched = parse_atom(&app.get("/news/feed.xml?q=Fresh+from+the+ARICA").await.body);
    assert_eq!(searched.entries().len(), 1, "{}", app.backend);
    let other = parse_atom(&app.get("/news/feed.xml?q=zzzz-nothing").await.body);
    assert!(other.entries().is_empty());
    // The visible feed links carry a language chosen in the URL; the feeds take it.
    for path in [
        "/news/feed.xml?q=x&lang=de",
        "/initiatives/arica/feed.xml?lang=de",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::OK, "{path}");
    }
    assert_eq!(
        app.get("/initiatives/no-such/feed.xml").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/news/feed.xml?page=abc").await.status,
        StatusCode::BAD_REQUEST
    );
}

db_test!(syndication_dates_come_from_the_records_not_the_seeding);
async fn syndication_dates_come_from_the_records_not_the_seeding(app: App) {
    let slug = arica_post(&app).await;
    let site = app.get("/feed.xml").await.body;
    let feed = parse_atom(&site);
    assert!(!feed.entries().is_empty());
    for e in feed.entries() {
        let published = e.published().unwrap().to_rfc3339();
        assert_ne!(
            published,
            "2026-11-01T00:00:00+00:00",
            "{}: {}",
            app.backend,
            e.title().as_str()
        );
        assert_ne!(e.updated().to_rfc3339(), "2026-11-01T00:00:00+00:00");
    }
    assert!(!site.contains(SEEDED));
    let sitemap = app.get("/sitemap.xml").await.body;
    let lastmod = |path: &str, map: &str| {
        map.split(&format!("{path}</loc>"))
            .nth(1)
            .and_then(|rest| rest.split("</url>").next())
            .unwrap()
            .to_owned()
    };
    assert_eq!(
        lastmod(&format!("/news/{slug}"), &sitemap),
        "<lastmod>2026-11-20</lastmod>"
    );
    let seeded_day = sitemap.matches("<lastmod>2026-11-01</lastmod>").count();
    let all = sitemap.matches("<lastmod>").count();
    assert!(
        seeded_day < all / 10,
        "{seeded_day} of {all} on {}",
        app.backend
    );

    // An edit moves `updated` and `lastmod` to the edit's time.
    let db = &app.test_db.db;
    let mut post = sparks_store::news::get(db, &slug).await.unwrap().unwrap();
    post.title = "Fresh from the ARICA feed, corrected".into();
    let mut tx = db.begin().await.unwrap();
    sparks_store::news::upsert_in(&mut tx, &post, "2026-12-02T10:00:00Z")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let feed = parse_atom(&app.get("/initiatives/arica/feed.xml").await.body);
    let entry = entry_of(&feed, &slug);
    assert_eq!(entry.updated().to_rfc3339(), "2026-12-02T10:00:00+00:00");
    assert_eq!(
        entry.published().unwrap().to_rfc3339(),
        "2026-11-20T00:00:00+00:00"
    );
    let sitemap = app.get("/sitemap.xml").await.body;
    assert_eq!(
        lastmod(&format!("/news/{slug}"), &sitemap),
        "<lastmod>2026-12-02</lastmod>"
    );
}
