//! Issue #16, point 8: content warnings as data. Resources, news, events and threads can
//! carry a warning from a fixed list; their pages fold the content behind it in a
//! `<details>` that works without JavaScript, lists show the warning instead of the excerpt,
//! and the Atom feeds and the API carry it (`content_warning`).

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::{Site, Visitor, location};

const FOLD: &str = "<details class=\"content-warning\"><summary><strong>Content warning:</strong>";

/// The part of `page` inside the content warning's `<details>`.
fn folded(page: &str) -> &str {
    let start = page
        .find(FOLD)
        .unwrap_or_else(|| panic!("the page folds its content: {page}"));
    let rest = &page[start..];
    let end = rest
        .find("</details>")
        .unwrap_or_else(|| panic!("the fold closes: {rest}"));
    &rest[..end]
}

async fn publish(ed: &mut Visitor, kind: &str, fields: &[(&str, &str)]) -> String {
    let page = format!("/submit/{kind}");
    let r = ed.submit(&page, &page, fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{kind}: {}", r.body);
    location(&r)
}

db_test!(records_with_a_warning_are_folded_on_pages_and_carry_it_in_feeds_and_api);
async fn records_with_a_warning_are_folded_on_pages_and_carry_it_in_feeds_and_api(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("editor@example.org", Role::Editor).await;
    // A bad value is refused with a clear error, nothing lost.
    let r = ed
        .submit(
            "/submit/resource",
            "/submit/resource",
            &[
                ("title", "Voices of survivors 4417"),
                ("type", "report"),
                ("summary", "Testimonies 4417."),
                ("content_warning", "gore"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("unknown content warning"), "{b}");
    assert!(r.text().contains("Testimonies 4417."), "{b}");

    let resource = publish(
        &mut ed,
        "resource",
        &[
            ("title", "Voices of survivors 4417"),
            ("type", "report"),
            ("summary", "Testimonies 4417 in their own words."),
            ("url", "https://example.org/voices"),
            ("content_warning", "survivor-testimony"),
        ],
    )
    .await;
    let news = publish(
        &mut ed,
        "news",
        &[
            ("title", "Case review 4417 published"),
            ("summary", "What the review found 4417."),
            ("body", "The review describes **abuse** 4417."),
            ("published", "2026-11-20"),
            ("content_warning", "abuse-described"),
        ],
    )
    .await;
    let event = publish(
        &mut ed,
        "event",
        &[
            ("title", "Listening session 4417"),
            ("type", "conference"),
            ("start", "2027-02-10"),
            ("summary", "Survivors speak 4417."),
            ("online", "1"),
            ("content_warning", "survivor-testimony"),
        ],
    )
    .await;

    let mut anon = site.visitor();
    for (path, inside) in [
        (&resource, "Testimonies 4417 in their own words."),
        (&news, "The review describes <strong>abuse</strong> 4417."),
        (&event, "Survivors speak 4417."),
    ] {
        let page = anon.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{b}: {path}");
        let page = page.text();
        assert!(folded(&page).contains(inside), "{b}: {path}: {page}");
    }
    let page = anon.get(&resource).await.text();
    assert!(folded(&page).contains("survivor testimony"), "{b}");
    assert!(folded(&page).contains("https://example.org/voices"), "{b}");

    // Lists show the warning instead of the excerpt.
    let list = anon.get("/resources?q=4417").await.text();
    assert!(list.contains("Voices of survivors 4417"), "{b}: {list}");
    assert!(
        list.contains("<strong>Content warning:</strong> survivor testimony"),
        "{b}"
    );
    assert!(
        !list.contains("Testimonies 4417 in their own words."),
        "{b}"
    );

    // The API says so.
    let slug = resource.rsplit('/').next().unwrap();
    let api = anon.get(&format!("/api/v1/resources/{slug}")).await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["content_warning"], "survivor-testimony", "{b}: {json}");
    let slug = news.rsplit('/').next().unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&anon.get(&format!("/api/v1/news/{slug}")).await.body).unwrap();
    assert_eq!(json["content_warning"], "abuse-described", "{b}");
    let slug = event.rsplit('/').next().unwrap();
    let json: serde_json::Value =
        serde_json::from_str(&anon.get(&format!("/api/v1/events/{slug}")).await.body).unwrap();
    assert_eq!(json["content_warning"], "survivor-testimony", "{b}");
    let openapi = anon.get("/api/v1/openapi.json").await.text();
    assert!(openapi.contains("content_warning"), "{b}");

    // The feeds carry it as a category and say it before the summary.
    for feed in ["/feed.xml", "/news/feed.xml"] {
        let xml = anon.get(feed).await.body;
        let feed_doc: atom_syndication::Feed = xml.parse().unwrap();
        let entry = feed_doc
            .entries()
            .iter()
            .find(|e| e.title().as_str() == "Case review 4417 published")
            .unwrap_or_else(|| panic!("{b}: {feed}: {xml}"));
        assert_eq!(
            entry.categories()[0].term(),
            "content-warning:abuse-described",
            "{b}"
        );
        let summary = entry.summary().unwrap().as_str();
        assert!(
            summary.starts_with("Content warning: descriptions of abuse."),
            "{b}: {summary}"
        );
    }

    // An editor removes the warning: the content is shown plainly again.
    let r = ed
        .submit(
            &format!(
                "/submit/resource?slug={}",
                resource.rsplit('/').next().unwrap()
            ),
            "/submit/resource",
            &[
                ("target", resource.rsplit('/').next().unwrap()),
                ("title", "Voices of survivors 4417"),
                ("type", "report"),
                ("summary", "Testimonies 4417 in their own words."),
                ("url", "https://example.org/voices"),
                ("content_warning", ""),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(!anon.get(&resource).await.text().contains(FOLD), "{b}");
}

db_test!(a_thread_with_a_warning_folds_its_posts);
async fn a_thread_with_a_warning_folds_its_posts(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("member@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "Hearing from survivors 5521"),
            ("body", "A survivor's account 5521."),
            ("pillar", "victim-support"),
            ("content_warning", "survivor-testimony"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let thread = location(&r);
    let page = site.visitor().get(&thread).await.text();
    assert!(folded(&page).contains("account 5521."), "{b}: {page}");
    let list = site.visitor().get("/community").await.text();
    assert!(
        list.contains("Content warning: survivor testimony"),
        "{b}: {list}"
    );
    // An unknown warning is refused, the thread not opened.
    let r = m
        .start_thread(&[
            ("title", "Another 5521"),
            ("body", "Text."),
            ("pillar", "general"),
            ("content_warning", "<script>"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("Choose a warning from the list."), "{b}");
}
