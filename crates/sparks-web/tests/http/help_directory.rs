//! The help directory as a service to people in crisis: editors' research notes never reach
//! the public, help services are in the one search, a help-seeking query in any of the five
//! languages shows the way to help first, and each entry says when it was checked.

use std::collections::{BTreeSet, VecDeque};

use axum::http::StatusCode;
use sparks_core::Helpline;
use sparks_store::{db_test, reference};

use crate::common::App;

/// A marker no page has any reason to contain.
const MARKER: &str = "ZQXEDITORONLY7731";
/// From the bundled data: an editor's caveat on the Austrian child helpline.
const BUNDLED_CAVEAT: &str = "no Austrian 116 111 operator found in sources read";
const AUSTRIA: &str = "at-rat-auf-draht-notrufnummer-147";

async fn helpline(app: &App, slug: &str) -> Helpline {
    reference::helplines(&app.test_db.db, None)
        .await
        .unwrap()
        .into_iter()
        .find(|h| h.slug == slug)
        .unwrap()
}

async fn save(app: &App, h: &Helpline) {
    let mut tx = app.test_db.db.begin().await.unwrap();
    reference::upsert_helpline(&mut tx, h, "2026-12-01T09:00:00Z")
        .await
        .unwrap();
    tx.commit().await.unwrap();
}

/// The site-relative links of a page, without fragments.
fn links(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .filter(|href| href.starts_with('/') && !href.starts_with("//"))
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .collect()
}

/// Every public page and JSON document reachable by following links from the home page,
/// the help page and the API, as an anonymous visitor: (path, body).
async fn crawl(app: &App, extra: &[&str]) -> Vec<(String, String)> {
    let mut queue: VecDeque<String> = ["/", "/help", "/sitemap.xml", "/feed.xml"]
        .iter()
        .chain(extra)
        .map(|s| (*s).to_owned())
        .collect();
    let mut seen: BTreeSet<String> = queue.iter().cloned().collect();
    let mut out = Vec::new();
    while let Some(path) = queue.pop_front() {
        let reply = app.get(&path).await;
        if reply.status != StatusCode::OK {
            continue;
        }
        // The sitemap and feeds name pages by absolute URL.
        let body = reply.body;
        let mut next = links(&body);
        for loc in body.split("<loc>").skip(1) {
            if let Some(url) = loc.split("</loc>").next()
                && let Some(i) = url
                    .find("://")
                    .and_then(|s| url[s + 3..].find('/').map(|p| s + 3 + p))
            {
                next.push(url[i..].to_owned());
            }
        }
        for href in next {
            let private = [
                "/static/",
                "/uploads/",
                "/admin",
                "/account",
                "/login",
                "/join",
                "/logout",
                "/reset",
            ]
            .iter()
            .any(|p| href.starts_with(p));
            // Paging through every facet combination adds nothing: one page of each list.
            let combinatorial = href.matches('&').count() > 1;
            if !private && !combinatorial && seen.len() < 900 && seen.insert(href.clone()) {
                queue.push_back(href);
            }
        }
        out.push((path, body));
    }
    out
}

db_test!(editor_notes_never_reach_a_public_page_the_api_feeds_or_search);
async fn editor_notes_never_reach_a_public_page_the_api_feeds_or_search(app: App) {
    let b = app.backend;
    let mut at = helpline(&app, AUSTRIA).await;
    assert!(at.editor_notes.as_deref().unwrap().contains(BUNDLED_CAVEAT));
    at.editor_notes = Some(format!("{MARKER}: phone number unverified."));
    save(&app, &at).await;
    // The record keeps it, for the editors.
    assert!(
        helpline(&app, AUSTRIA)
            .await
            .editor_notes
            .unwrap()
            .contains(MARKER)
    );

    // Searching for the marker finds nothing (the page repeats the query, so it is checked
    // by its results, not its text).
    for path in [
        format!("/api/v1/search?q={MARKER}"),
        "/api/v1/search?q=%22Austrian+116+111+operator%22".to_owned(),
    ] {
        let found = app.get(&path).await.json();
        assert_eq!(found["total_all_words"], 0, "{path} on {b}");
    }
    let page = app.get(&format!("/search?q={MARKER}")).await.body;
    assert!(page.contains("Nothing matches these words."), "{b}");
    let searches = [
        "/search?q=unverified".to_owned(),
        "/api/v1/search?q=147".to_owned(),
        "/api/v1/search?q=helpline&per_page=50".to_owned(),
        "/search?q=helpline+Austria".to_owned(),
        "/help?lang=de".to_owned(),
        "/help?lang=pl".to_owned(),
        "/api/v1/openapi.json".to_owned(),
        "/api/v1/initiatives".to_owned(),
        "/api/v1/resources".to_owned(),
        "/api/v1/events".to_owned(),
        "/events.ics".to_owned(),
        "/news/feed.xml".to_owned(),
        "/landscape.csv".to_owned(),
    ];
    let extra: Vec<&str> = searches.iter().map(String::as_str).collect();
    let pages = crawl(&app, &extra).await;
    assert!(
        pages.len() > 300,
        "the crawl reached {} pages on {b}",
        pages.len()
    );
    // The crawl does see help entries and their public notes ...
    let help = &pages.iter().find(|(p, _)| p == "/help").unwrap().1;
    assert!(help.contains("Rat auf Draht"), "{b}");
    assert!(help.contains("does not appear on the phone bill"), "{b}");
    // ... and nowhere the editors' notes: neither the marker nor a bundled caveat.
    for (path, body) in &pages {
        assert!(!body.contains(MARKER), "{path} shows editor notes on {b}");
        assert!(
            !body.contains(BUNDLED_CAVEAT),
            "{path} shows editor notes on {b}"
        );
        assert!(
            !body.contains("editor_notes"),
            "{path} names editor_notes on {b}"
        );
    }
}

db_test!(helplines_are_in_the_one_search);
async fn helplines_are_in_the_one_search(app: App) {
    let b = app.backend;
    let helplines_of = |j: &serde_json::Value| -> Vec<(String, String)> {
        j["hits"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["type"] == "helpline")
            .map(|h| {
                (
                    h["slug"].as_str().unwrap().to_owned(),
                    h["url"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };

    let poland = app.get("/api/v1/search?q=helpline+Poland").await.json();
    let found = helplines_of(&poland);
    assert!(
        found
            .iter()
            .any(|(s, _)| s.starts_with("pl-telefon-zaufania")),
        "{found:?} on {b}"
    );
    let (slug, url) = &found[0];
    assert!(slug.starts_with("pl-"), "{found:?} on {b}");
    assert_eq!(url, &format!("/help#help-{slug}"));
    // The link lands on the entry.
    let help = app.get("/help").await.body;
    assert!(help.contains(&format!("id=\"help-{slug}\"")), "{b}");

    let german = app
        .get("/api/v1/search?q=Hilfetelefon&per_page=50")
        .await
        .json();
    let found = helplines_of(&german);
    assert_eq!(
        found[0].0, "de-hilfe-telefon-sexueller-missbrauch",
        "the service named so comes first on {b}"
    );
    assert!(
        found
            .iter()
            .any(|(s, _)| s.starts_with("de-nummer-gegen-kummer")),
        "{found:?} on {b}"
    );

    let number = app.get("/api/v1/search?q=116+111").await.json();
    let found = helplines_of(&number);
    assert!(found.len() >= 5, "{found:?} on {b}");
    let top: Vec<&serde_json::Value> = number["hits"].as_array().unwrap().iter().take(3).collect();
    assert!(
        top.iter().any(|h| h["type"] == "helpline"),
        "{top:?} on {b}"
    );

    // The page too, with the type as a facet in the page's language.
    let page = app.get("/search?q=helpline+Poland").await.body;
    assert!(page.contains("/help#help-pl-telefon-zaufania"), "{b}");
    assert!(page.contains("Help services"), "{b}");
    let page = app.get("/search?q=Hilfetelefon&lang=de").await.body;
    assert!(page.contains("Hilfsangebote"), "{b}");
    assert!(page.contains("/help?lang=de#help-de-"), "{b}");
}

db_test!(a_help_seeking_query_in_any_language_shows_the_help_page_first);
async fn a_help_seeking_query_in_any_language_shows_the_help_page_first(app: App) {
    let b = app.backend;
    for (q, lang, heading) in [
        ("Hilfe bei sexuellem Missbrauch", "de", "Jetzt Hilfe finden"),
        (
            "aide abus sexuel enfant",
            "fr",
            "Obtenir de l’aide maintenant",
        ),
        (
            "pomoc wykorzystywanie seksualne",
            "pl",
            "Uzyskaj pomoc teraz",
        ),
        ("ayuda abuso sexual", "es", "Obtener ayuda ahora"),
        ("help sexual abuse", "en", "Get help now"),
    ] {
        let encoded = q.replace(' ', "+");
        let page = app
            .get(&format!("/search?q={encoded}&lang={lang}"))
            .await
            .body;
        let box_at = page
            .find("class=\"help-now\"")
            .unwrap_or_else(|| panic!("{q}: no help box on {b}"));
        assert!(page.contains(heading), "{q} on {b}");
        assert!(
            page.contains(&format!("href=\"/help?lang={lang}\"")),
            "{q} links the help page on {b}"
        );
        // Before every result and the count of results.
        let results_at = page.find("class=\"result-summary\"").unwrap();
        assert!(box_at < results_at, "{q}: the help box comes first on {b}");
        let api = app.get(&format!("/api/v1/search?q={encoded}")).await.json();
        assert_eq!(api["help"]["url"], "/help", "{q} on {b}");
        assert_eq!(api["help"]["title"], "Get help now");
    }
    // A research query shows results only.
    let page = app.get("/search?q=grooming+detection").await.body;
    assert!(!page.contains("class=\"help-now\""), "{b}");
    let api = app.get("/api/v1/search?q=grooming+detection").await.json();
    assert!(api.get("help").is_none(), "{b}");
}

db_test!(help_entries_show_their_checked_date);
async fn help_entries_show_their_checked_date(app: App) {
    let b = app.backend;
    let before = app.get("/help").await.body;
    let unchecked = before.matches("Not checked yet.").count();
    assert!(unchecked >= 90, "{unchecked} on {b}");
    assert!(!before.contains("Checked on"), "{b}");
    let mut at = helpline(&app, AUSTRIA).await;
    at.checked = Some(time::macros::date!(2026 - 12 - 01));
    save(&app, &at).await;
    let after = app.get("/help").await.body;
    assert_eq!(
        after.matches("Not checked yet.").count(),
        unchecked - 1,
        "{b}"
    );
    let entry = after
        .split(&format!("id=\"help-{AUSTRIA}\""))
        .nth(1)
        .unwrap()
        .split("</details>")
        .next()
        .unwrap();
    assert!(entry.contains("Checked on"), "{entry}");
    assert!(entry.contains("2026"), "{entry}");
    // Visible on the entry, not folded away with the source.
    let details_at = entry.find("<details").unwrap();
    assert!(entry.find("Checked on").unwrap() < details_at, "{entry}");
    let german = app.get("/help?lang=de").await.body;
    assert!(german.contains("Geprüft am"), "{b}");
    assert!(german.contains("Noch nicht geprüft."), "{b}");
}
