//! The interface in five languages, chosen by `?lang=` or `Accept-Language`, with no cookie.

use axum::http::StatusCode;

use crate::common::sqlite_app;

const PAGES: &[&str] = &[
    "/",
    "/initiatives",
    "/initiatives?pillar=victim-support&country=DE",
    "/initiatives/arica",
    "/pillars/prevention",
    "/about",
    "/help",
    "/no-such-page",
    "/initiatives?page=abc",
];

/// Message ids of the English file, to catch a key shown instead of its text.
fn english_ids() -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../sparks-views/locales/en/main.ftl"
    );
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id.to_owned()))
        .filter(|id| !id.starts_with('#') && !id.contains(' '))
        .collect()
}

#[tokio::test]
async fn every_page_in_every_language() {
    let ids = english_ids();
    let app = sqlite_app().await;
    for lang in ["en", "de", "fr", "pl", "es"] {
        for page in PAGES {
            let separator = if page.contains('?') { '&' } else { '?' };
            let uri = format!("{page}{separator}lang={lang}");
            let r = app.get(&uri).await;
            assert!(
                r.status == StatusCode::OK || r.status.is_client_error(),
                "{uri}"
            );
            assert!(r.body.contains(&format!("<html lang=\"{lang}\">")), "{uri}");
            assert!(r.headers.get("set-cookie").is_none(), "{uri}: no cookie");
            for id in &ids {
                assert!(
                    !r.body.contains(&format!(">{id}<")),
                    "{uri} shows the key {id}"
                );
            }
            // Every internal link keeps the language (the x-default alternate rightly does not).
            for (at, _) in r.body.match_indices("<a ") {
                let tag: String = r.body[at..].chars().take_while(|c| *c != '>').collect();
                let Some(start) = tag.find("href=\"/") else {
                    continue;
                };
                let href: String = tag[start + 6..].chars().take_while(|c| *c != '"').collect();
                if href.starts_with("/static/") || href.starts_with("/api/") {
                    continue;
                }
                assert!(
                    href.contains(&format!("lang={lang}")) || href.contains("lang="),
                    "{uri}: link {href} drops the language"
                );
            }
        }
    }
}

#[tokio::test]
async fn the_language_comes_from_the_url_then_the_header() {
    let app = sqlite_app().await;
    let de = app.get("/?lang=de").await;
    assert!(de.text().contains("Schnell verlassen"));
    assert!(de.body.contains("href=\"/initiatives?lang=de\""));

    let fr = app
        .get_with("/", &[("accept-language", "fr-BE,fr;q=0.9,en;q=0.5")])
        .await;
    assert!(fr.body.contains("<html lang=\"fr\">"));
    assert!(fr.text().contains("Sortie rapide"));
    assert!(
        fr.body.contains("href=\"/initiatives\""),
        "the header's choice adds nothing to links"
    );
    assert!(
        fr.headers
            .get("vary")
            .unwrap()
            .to_str()
            .unwrap()
            .starts_with("Accept-Language"),
        "{:?}",
        fr.headers.get("vary")
    );

    let url_wins = app
        .get_with("/?lang=pl", &[("accept-language", "es")])
        .await;
    assert!(url_wins.body.contains("<html lang=\"pl\">"));

    for odd in ["/?lang=xx", "/?lang=", "/?lang=%00"] {
        let r = app.get_with(odd, &[("accept-language", ";;q=foo,*")]).await;
        assert_eq!(r.status, StatusCode::OK, "{odd}");
        assert!(r.body.contains("<html lang=\"en\">"), "{odd}");
    }
}

#[tokio::test]
async fn switcher_and_alternates_point_at_the_same_page() {
    let app = sqlite_app().await;
    let r = app.get("/initiatives?country=PL&lang=es").await;
    for lang in ["en", "de", "fr", "pl", "es"] {
        let alternate = format!(
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"/initiatives?country=PL&amp;lang={lang}\">"
        );
        assert!(
            r.body.contains(&alternate) || r.body.contains(&alternate.replace("&amp;", "&#38;")),
            "{alternate}"
        );
    }
    assert!(
        r.body
            .contains("hreflang=\"x-default\" href=\"/initiatives?country=PL\"")
    );
    // Content in the interface's language has no lang attribute of its own; English records
    // on a Polish page do.
    let pl = app.get("/initiatives/arica?lang=pl").await;
    assert!(pl.body.contains("<div class=\"lead\" lang=\"en\">"));
    let en = app.get("/initiatives/arica").await;
    assert!(en.body.contains("<div class=\"lead\">"));
}

#[tokio::test]
async fn numbers_and_dates_follow_the_language() {
    let app = sqlite_app().await;
    let de = app.get("/initiatives/arica?lang=de").await.text();
    assert!(
        de.contains("Januar 2023") && de.contains("Dezember 2024"),
        "German month names"
    );
    let es = app.get("/initiatives/arica?lang=es").await.text();
    assert!(es.contains("enero de 2023"));
}
