//! The HTML pages, driven through the router on every backend.

use crate::common::App;
use axum::http::{Method, StatusCode};
use sparks_store::db_test;

const PAGES: &[&str] = &[
    "/",
    "/initiatives",
    "/initiatives?pillar=prevention&country=PL",
    "/initiatives?sort=newest&page=2",
    "/initiatives?q=grooming",
    "/initiatives/arica",
    "/initiatives/stop-it-now-nl",
    "/pillars/prevention",
    "/pillars/detection-investigation",
    "/pillars/victim-support",
    "/about",
    "/help",
];

/// The frame every page must have: `lang`, one `h1`, the skip link then the quick exit as the
/// first two links, landmarks, and the footer link to `/help`.
pub fn assert_frame(uri: &str, body: &str) {
    assert!(
        body.starts_with("<!doctype html>\n<html lang=\"en\">"),
        "{uri}: lang"
    );
    assert_eq!(body.matches("<h1").count(), 1, "{uri}: exactly one h1");
    let first_link = body.find("<a ").unwrap();
    assert!(
        body[first_link..].starts_with("<a class=\"skip-link\" href=\"#main\""),
        "{uri}: skip link first"
    );
    let second_link = first_link + 3 + body[first_link + 3..].find("<a ").unwrap();
    assert!(
        body[second_link..].starts_with("<a id=\"quick-exit\""),
        "{uri}: quick exit right after the skip link"
    );
    for landmark in ["<header", "<nav", "<main id=\"main\"", "<footer"] {
        assert!(body.contains(landmark), "{uri}: {landmark}");
    }
    let footer = &body[body.find("<footer").unwrap()..];
    assert!(
        footer.contains("href=\"/help\""),
        "{uri}: footer links /help"
    );
}

db_test!(every_page_renders_with_the_common_frame);
async fn every_page_renders_with_the_common_frame(app: App) {
    for uri in PAGES {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri} on {}", app.backend);
        assert_eq!(r.content_type(), "text/html; charset=utf-8");
        assert!(
            r.headers.get("set-cookie").is_none(),
            "{uri}: no cookie for visitors"
        );
        assert_frame(uri, &r.body);
    }
}

db_test!(home_shows_pillars_figures_and_latest);
async fn home_shows_pillars_figures_and_latest(app: App) {
    let body = app.get("/").await.body;
    assert!(
        body.contains("186 initiatives") || body.contains("directory of 186"),
        "{}",
        app.backend
    );
    for pillar in [
        "/pillars/prevention",
        "/pillars/detection-investigation",
        "/pillars/victim-support",
    ] {
        assert!(body.contains(pillar));
    }
    assert!(body.contains("136 initiatives"), "prevention count");
    assert!(body.contains("By funding programme") && body.contains("By country"));
    assert!(body.contains("Latest additions"));
}

db_test!(directory_filters_by_facets_and_says_so_in_the_url);
async fn directory_filters_by_facets_and_says_so_in_the_url(app: App) {
    let all = app.get("/initiatives").await.body;
    assert!(
        all.contains("186 initiatives · page 1 of 10"),
        "{}",
        app.backend
    );
    // Facet links are plain links carrying the filter.
    assert!(all.contains("href=\"/initiatives?pillar=prevention\""));
    assert!(all.contains("href=\"/initiatives?country=PL\""));
    assert!(all.contains("href=\"/initiatives?programme=isf-police\""));
    assert!(all.contains("href=\"/initiatives?status=ongoing\""));
    assert!(all.contains("href=\"/initiatives?kind=network\""));
    assert!(all.contains("href=\"/initiatives?year=2023\""));
    assert!(all.contains("href=\"/initiatives?page=2\""));

    let filtered = app
        .get("/initiatives?pillar=prevention&country=PL")
        .await
        .text();
    assert!(filtered.contains("initiatives match") || filtered.contains("1 initiative matches"));
    assert!(filtered.contains("Pillar: Prevention") && filtered.contains("Country: Poland"));
    // The chosen pillar links to its own removal, keeping the other filter.
    assert!(filtered.contains("href=\"/initiatives?country=PL\""));
    assert!(
        filtered.contains("/initiatives/2ps"),
        "2PS is a prevention project coordinated in Poland"
    );

    // The page links to the same list as JSON, and the two agree.
    let api_href = "/api/v1/initiatives?pillar=prevention&country=PL";
    assert!(filtered.contains(api_href));
    let api = app.get(api_href).await.json();
    let expected = format!("{} initiative", api["total"]);
    assert!(
        filtered.contains(&expected),
        "page and API agree on the total"
    );

    let text = app.get("/initiatives?q=ARICA").await.body;
    assert!(text.contains("/initiatives/arica"));
    assert!(
        text.contains("value=\"ARICA\""),
        "the search box keeps the text"
    );

    let none = app.get("/initiatives?q=zzzzzzzz").await.body;
    assert!(none.contains("No initiative matches"));

    let page7 = app.get("/initiatives?page=10").await.body;
    assert!(
        page7.contains("page 10 of 10")
            && page7.contains("rel=\"prev\"")
            && !page7.contains("rel=\"next\"")
    );
}

db_test!(profile_shows_every_fact_with_its_sources);
async fn profile_shows_every_fact_with_its_sources(app: App) {
    let body = app.get("/initiatives/arica").await.text();
    for expected in [
        "ARICA",
        "Assessing Risk Indicators of Child Sexual Abuse",
        "ISF-Police",
        "Internal Security Fund (ISF); later work funded by EACTDA",
        "January 2023",
        "December 2024",
        "Completed",
        "https://www.aricaproject.eu/",
        "https://ppbw.pl/en/launch-arica-project/",
        "Detection & investigation",
        "Sources per fact",
    ] {
        assert!(
            body.contains(expected),
            "{expected} missing on {}",
            app.backend
        );
    }
    let two_ps = app.get("/initiatives/2ps").await.body;
    assert!(two_ps.contains(">Poland</a>"), "country names, not codes");
}

db_test!(unknown_things_are_404_pages_and_bad_parameters_400_pages);
async fn unknown_things_are_404_pages_and_bad_parameters_400_pages(app: App) {
    for uri in [
        "/initiatives/no-such-thing",
        "/pillars/protection",
        "/no/such/page",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(r.content_type(), "text/html; charset=utf-8");
        assert_frame(uri, &r.body);
    }
    for (uri, parameter) in [
        ("/initiatives?page=abc", "page"),
        ("/initiatives?per_page=1000", "per_page"),
        ("/initiatives?pillar=unknown", "pillar"),
        ("/initiatives?country=ZZ", "country"),
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(
            r.text().contains(&format!("“{parameter}”")),
            "{uri}: names the parameter"
        );
        assert_frame(uri, &r.body);
    }
    let r = app.request(Method::POST, "/initiatives", None).await;
    assert_eq!(r.status, StatusCode::METHOD_NOT_ALLOWED);
    assert_eq!(r.content_type(), "text/html; charset=utf-8");
}

db_test!(hostile_text_is_escaped_everywhere);
async fn hostile_text_is_escaped_everywhere(app: App) {
    let evil = app
        .add_initiative(sparks_core::InitiativeDraft {
            acronym: "<script>alert(1)</script>".into(),
            title: "\"><img src=x onerror=alert(1)>".into(),
            summary: "<svg onload=alert(1)>".into(),
            pillars: vec!["prevention".into()],
            topics: vec!["<b>topic</b>".into()],
            ..Default::default()
        })
        .await;
    for uri in [
        format!("/initiatives/{}", evil.slug),
        "/initiatives?q=script".to_owned(),
        "/".to_owned(),
        "/initiatives?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E".to_owned(),
        "/initiatives?topic=%3Cb%3Etopic%3C%2Fb%3E".to_owned(),
    ] {
        let body = app.get(&uri).await.body;
        for raw in ["<script>alert", "<img src=x", "<svg onload", "<b>topic"] {
            assert!(
                !body.contains(raw),
                "{raw} unescaped on {uri} ({})",
                app.backend
            );
        }
    }
}

db_test!(static_assets_and_robots_are_served);
async fn static_assets_and_robots_are_served(app: App) {
    let css = app.get("/static/style.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(css.content_type(), "text/css; charset=utf-8");
    let js = app.get("/static/quick-exit.js").await;
    assert!(js.body.contains("location.replace"));
    let robots = app.get("/robots.txt").await;
    assert!(robots.body.contains("Disallow: /api/"));
}

db_test!(cached_pages_follow_writes_and_languages);
async fn cached_pages_follow_writes_and_languages(app: App) {
    let first = app.get("/initiatives?q=cachecheck").await;
    assert!(
        first.text().contains("No initiative matches"),
        "{}",
        app.backend
    );
    // The same page again (kept the second time, from the cache the third) is the same page.
    for _ in 0..2 {
        assert_eq!(app.get("/initiatives?q=cachecheck").await.body, first.body);
    }
    // Another language is another page, not the cached English one.
    let german = app
        .get_with("/initiatives?q=cachecheck", &[("accept-language", "de")])
        .await;
    assert!(german.body.contains("<html lang=\"de\">"));
    // A write makes every cached page stale at once.
    app.add_initiative(sparks_core::InitiativeDraft {
        acronym: "CACHECHECK".into(),
        title: "Cache check".into(),
        pillars: vec!["prevention".into()],
        ..Default::default()
    })
    .await;
    let after = app.get("/initiatives?q=cachecheck").await;
    assert!(
        after.body.contains("/initiatives/cachecheck"),
        "{}: stale page after a write",
        app.backend
    );
    let german = app
        .get_with("/initiatives?q=cachecheck", &[("accept-language", "de")])
        .await;
    assert!(german.body.contains("/initiatives/cachecheck"));
}

/// Decodes a body served with `Content-Encoding: encoding`.
fn decode(encoding: &str, body: &[u8]) -> Vec<u8> {
    use std::io::Read;
    let mut out = Vec::new();
    match encoding {
        "gzip" => {
            flate2::read::GzDecoder::new(body)
                .read_to_end(&mut out)
                .unwrap();
        }
        other => panic!("unexpected encoding {other}"),
    }
    out
}

/// The stylesheets and scripts a page loads.
fn assets_of(page: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (tag, attribute) in [("<link", "href=\""), ("<script", "src=\"")] {
        for piece in page.split(tag).skip(1) {
            let tag_text = &piece[..piece.find('>').unwrap_or(piece.len())];
            if tag == "<link" && !tag_text.contains("stylesheet") {
                continue;
            }
            if let Some(start) = tag_text.find(attribute) {
                let rest = &tag_text[start + attribute.len()..];
                found.push(rest[..rest.find('"').unwrap()].to_owned());
            }
        }
    }
    found
}

db_test!(the_home_page_weighs_at_most_60_kb_compressed_and_compressed_bodies_are_exact);
/// Issue #8: the home page with its CSS and JavaScript weighs at most 60 KB gzipped, all
/// of it from this site; cached pages and static assets are served compressed (and the same
/// bytes, decompressed, as uncompressed), the first time and from the cache.
async fn the_home_page_weighs_at_most_60_kb_compressed_and_compressed_bodies_are_exact(app: App) {
    let plain = app.get("/").await.body;
    let assets = assets_of(&plain);
    assert!(
        assets.iter().any(|a| a.ends_with(".css")),
        "the home page links its stylesheet: {assets:?}"
    );
    for asset in &assets {
        assert!(asset.starts_with('/'), "{asset}: served by this site only");
    }
    for encoding in ["gzip"] {
        let mut weight = 0;
        for uri in std::iter::once("/".to_owned()).chain(assets.iter().cloned()) {
            let identity = app.get_bytes(&uri, &[]).await.2;
            // Twice: once rendered (or read) fresh, once from what was kept.
            for _ in 0..2 {
                let (status, headers, body) =
                    app.get_bytes(&uri, &[("accept-encoding", encoding)]).await;
                assert_eq!(status, StatusCode::OK, "{uri}");
                assert_eq!(
                    headers.get("content-encoding").map(|v| v.to_str().unwrap()),
                    Some(encoding),
                    "{uri} on {}",
                    app.backend
                );
                let vary = headers
                    .get("vary")
                    .map(|v| v.to_str().unwrap().to_lowercase());
                assert!(
                    vary.as_deref()
                        .is_some_and(|v| v.contains("accept-encoding")),
                    "{uri}: {vary:?}"
                );
                assert_eq!(decode(encoding, &body), identity.to_vec(), "{uri}");
                assert!(body.len() < identity.len(), "{uri}: smaller compressed");
            }
            weight += app
                .get_bytes(&uri, &[("accept-encoding", encoding)])
                .await
                .2
                .len();
        }
        assert!(
            weight <= 60 * 1024,
            "home page, CSS and JS weigh {weight} bytes with {encoding} on {}",
            app.backend
        );
    }
    // No Accept-Encoding, or every encoding refused: the body as is.
    for accept in ["identity", "br;q=0, gzip;q=0"] {
        let (_, headers, _) = app.get_bytes("/", &[("accept-encoding", accept)]).await;
        assert!(headers.get("content-encoding").is_none(), "{accept}");
    }
}
