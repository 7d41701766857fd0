//! Syndication out: the Atom feeds parse back (feed-rs) with absolute links, the sitemap is
//! well-formed XML listing every record, robots.txt names it, and record pages carry
//! schema.org JSON-LD that no value can break out of.

use axum::http::StatusCode;
use sparks_core::NewsDraft;
use sparks_store::db_test;
use sparks_store::feeds::{self, FeedItem};

use crate::common::App;

fn parse_atom(body: &str) -> feed_rs::model::Feed {
    let feed = feed_rs::parser::parse(body.as_bytes()).unwrap();
    assert_eq!(feed.feed_type, feed_rs::model::FeedType::Atom);
    feed
}

/// Takes one post from a feed of ARICA, published on 2026-11-20, at 2026-11-29; its slug.
pub(crate) async fn arica_post(app: &App) -> String {
    let post = NewsDraft {
        title: "Fresh from the ARICA feed".into(),
        body: "Text".into(),
        published: "2026-11-20".into(),
        initiative: Some("arica".into()),
        source_url: Some("https://arica.example/news/1".into()),
        ..NewsDraft::default()
    }
    .validate()
    .unwrap();
    let db = &app.test_db.db;
    let id = feeds::add(
        db,
        "arica",
        "https://arica.example/feed.xml",
        true,
        "2026-11-29T00:00:00Z",
    )
    .await
    .unwrap();
    let item = FeedItem {
        post,
        guid: Some("g".into()),
        link: Some("https://arica.example/news/1".into()),
        title_date: "x".into(),
    };
    feeds::take_items(db, id, &[item], "2026-11-29T00:00:00Z")
        .await
        .unwrap();
    let found = sparks_store::news::list(
        db,
        &sparks_store::news::NewsFilter {
            initiative: Some("arica".into()),
            q: Some("Fresh".into()),
        },
        1,
        5,
    )
    .await
    .unwrap();
    found.items[0].slug.clone()
}

db_test!(site_feed_is_atom_with_absolute_links_and_shows_feed_items);
async fn site_feed_is_atom_with_absolute_links_and_shows_feed_items(app: App) {
    // An item taken from an initiative's feed is "new" and shows up in the site feed.
    arica_post(&app).await;

    let r = app
        .get_with("/feed.xml", &[("host", "sparks.example")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}", app.backend);
    assert_eq!(r.content_type(), "application/atom+xml; charset=utf-8");
    // Links from the Host header are never kept in the page cache.
    assert_eq!(r.headers.get("cache-control").unwrap(), "no-store");
    let feed = parse_atom(&r.body);
    assert!(!feed.entries.is_empty() && feed.entries.len() <= 50);
    for e in &feed.entries {
        let href = &e.links[0].href;
        assert!(href.starts_with("http://sparks.example/"), "{href}");
    }
    // Dated events of the bundle (some in 2027) may come before it: find it by its title.
    let first = feed
        .entries
        .iter()
        .find(|e| e.title.as_ref().unwrap().content == "Fresh from the ARICA feed")
        .unwrap();
    let news = app.get("/news").await;
    assert!(
        news.body.contains("Fresh from the ARICA feed"),
        "{}",
        app.backend
    );
    let page = app
        .get(&format!(
            "/news/{}",
            first.links[0].href.rsplit('/').next().unwrap()
        ))
        .await;
    assert!(
        page.body.contains("https://arica.example/news/1"),
        "source link on the page"
    );
}

db_test!(pillar_feeds_hold_only_their_pillar);
async fn pillar_feeds_hold_only_their_pillar(app: App) {
    let r = app.get("/pillars/victim-support/feed.xml").await;
    assert_eq!(r.status, StatusCode::OK, "{}", app.backend);
    let feed = parse_atom(&r.body);
    assert!(!feed.entries.is_empty());
    for e in &feed.entries {
        let href = &e.links[0].href;
        assert!(!href.contains("/events/"), "{href}");
        if let Some(slug) = href.split("/initiatives/").nth(1) {
            let i = sparks_store::initiatives::get(&app.test_db.db, slug)
                .await
                .unwrap()
                .unwrap();
            assert!(
                i.pillars.contains(&sparks_core::Pillar::VictimSupport),
                "{slug}"
            );
        }
    }
    assert_eq!(
        app.get("/pillars/nonsense/feed.xml").await.status,
        StatusCode::NOT_FOUND
    );
}

db_test!(sitemap_lists_every_record_and_robots_points_to_it);
async fn sitemap_lists_every_record_and_robots_points_to_it(app: App) {
    let r = app
        .get_with("/sitemap.xml", &[("host", "sparks.example")])
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert_eq!(r.content_type(), "application/xml; charset=utf-8");
    let mut reader = quick_xml::Reader::from_str(&r.body);
    let mut locs = Vec::new();
    let mut in_loc = false;
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Eof => break,
            quick_xml::events::Event::Start(e) => in_loc = e.name().as_ref() == b"loc",
            quick_xml::events::Event::End(_) => in_loc = false,
            quick_xml::events::Event::Text(t) if in_loc => {
                locs.push(String::from_utf8(t.to_vec()).unwrap());
            }
            _ => {}
        }
    }
    let initiatives = sparks_store::initiatives::all(&app.test_db.db)
        .await
        .unwrap()
        .len();
    assert!(locs.len() > initiatives + 20, "{} urls", locs.len());
    assert!(locs.contains(&"http://sparks.example/initiatives/arica".to_owned()));
    assert!(locs.iter().all(|l| l.starts_with("http://sparks.example/")));
    let robots = app
        .get_with("/robots.txt", &[("host", "sparks.example")])
        .await;
    assert!(
        robots
            .body
            .contains("Sitemap: http://sparks.example/sitemap.xml"),
        "{}",
        robots.body
    );
    assert!(robots.body.contains("Disallow: /api/"));
}

fn json_ld(body: &str) -> serde_json::Value {
    let start = body.find("<script type=\"application/ld+json\">").unwrap() + 35;
    let end = start + body[start..].find("</script>").unwrap();
    let text = &body[start..end];
    assert!(!text.contains('<'), "{text}");
    serde_json::from_str(text).unwrap()
}

db_test!(record_pages_carry_json_ld_that_cannot_break_out);
async fn record_pages_carry_json_ld_that_cannot_break_out(app: App) {
    let ld = json_ld(&app.get("/initiatives/arica").await.body);
    assert_eq!(ld["@type"], "Project");
    assert!(ld["name"].as_str().unwrap().starts_with("ARICA"));
    for (list, kind) in [
        ("/api/v1/resources", "CreativeWork"),
        ("/api/v1/news", "NewsArticle"),
        ("/api/v1/events", "Event"),
    ] {
        let items = app.get(list).await.json();
        let slug = items["items"][0]["slug"].as_str().unwrap().to_owned();
        let path = list.replace("/api/v1", "");
        let ld = json_ld(&app.get(&format!("{path}/{slug}")).await.body);
        assert_eq!(ld["@type"], kind, "{path}/{slug}");
        assert_eq!(ld["@context"], "https://schema.org");
    }
    // A hostile title stays data.
    let evil = "</script><script>alert(1)</script>";
    let post = NewsDraft {
        slug: Some("evil".into()),
        title: evil.into(),
        body: "x".into(),
        published: "2026-11-20".into(),
        ..NewsDraft::default()
    }
    .validate()
    .unwrap();
    let mut tx = app.test_db.db.begin().await.unwrap();
    sparks_store::news::upsert_in(&mut tx, &post, "2026-11-29T00:00:00Z")
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let page = app.get("/news/evil").await;
    assert!(!page.body.contains("<script>alert(1)"), "{}", app.backend);
    assert_eq!(json_ld(&page.body)["headline"], evil);
    // The CSP still forbids inline script; JSON-LD is data and needs no exception.
    let csp = page
        .headers
        .get("content-security-policy")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(csp.contains("script-src 'self'"), "{csp}");
}
