//! Search, related work, the landscape and "does this exist already?" through HTTP, on every
//! backend: results, escaping of hostile text, bad parameters, and the index following writes.

use axum::http::StatusCode;
use sparks_store::db_test;

use crate::common::{App, sqlite_app};

fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

db_test!(api_search_finds_ranks_and_counts);
async fn api_search_finds_ranks_and_counts(app: App) {
    let b = app.backend;
    let r = app.get("/api/v1/search?q=gromming").await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let j = r.json();
    let slugs: Vec<&str> = j["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["slug"].as_str().unwrap())
        .collect();
    assert!(slugs.contains(&"cesagram"), "{b}: {slugs:?}");
    assert_eq!(j["corrected"][0]["word"], "gromming", "{b}");
    assert!(
        j["facets"]["type"][0]["count"].as_u64().unwrap() >= 10,
        "{b}"
    );
    assert!(!j["facets"]["pillar"].as_array().unwrap().is_empty(), "{b}");
    let hit = &j["hits"][0];
    for field in ["type", "slug", "title", "snippet", "score", "url"] {
        assert!(!hit[field].is_null(), "{b}: {field}");
    }
    // An acronym is matched exactly and comes first.
    let j = app.get("/api/v1/search?q=IWF").await.json();
    assert_eq!(j["hits"][0]["slug"], "iwf", "{b}");
    // Blockchain, misspelt.
    let j = app.get("/api/v1/search?q=blokchain").await.json();
    assert_eq!(j["hits"][0]["slug"], "locard", "{b}");
    // A phrase.
    let j = app
        .get(&format!("/api/v1/search?q={}", enc("\"chain of custody\"")))
        .await
        .json();
    assert_eq!(j["total"], 1, "{b}");
    // Filters narrow, and the facet says so.
    let j = app
        .get("/api/v1/search?q=grooming&pillar=victim-support&type=initiative")
        .await
        .json();
    assert!(j["hits"].as_array().unwrap().len() < 12, "{b}");
    assert_eq!(j["facets"]["pillar"].as_array().unwrap().len(), 3, "{b}");
}

db_test!(hostile_queries_never_fail);
async fn hostile_queries_never_fail(app: App) {
    let long = "a".repeat(10_000);
    let words = "grooming ".repeat(1_200);
    let queries = [
        "\"",
        "\"\"\"",
        "NEAR(grooming detection, 2)",
        "grooming*",
        "-grooming +detection",
        "grooming OR 1=1; DROP TABLE initiatives; --",
        "acronym:arica",
        "a <-> b & !c | d:*",
        "\u{0}grooming\u{0}",
        "(((",
        "\\",
        "%_",
        long.as_str(),
        words.as_str(),
        "ǅ𝔊ℌ😀 ﷽",
        "",
        "   ",
    ];
    for q in queries {
        for path in ["/api/v1/search", "/search"] {
            let r = app.get(&format!("{path}?q={}", enc(q))).await;
            assert_eq!(r.status, StatusCode::OK, "{} {path} {q:.40?}", app.backend);
        }
    }
}

db_test!(bad_parameters_are_400_naming_them);
async fn bad_parameters_are_400_naming_them(app: App) {
    for (query, name) in [
        ("q=x&type=podcast", "type"),
        ("q=x&pillar=nope", "pillar"),
        ("q=x&country=XX", "country"),
        ("q=x&year=12", "year"),
        ("q=x&page=0", "page"),
        ("q=x&per_page=500", "per_page"),
    ] {
        let r = app.get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(r.content_type(), "application/problem+json");
        assert_eq!(r.json()["parameter"], name);
        let page = app.get(&format!("/search?{query}")).await;
        assert_eq!(page.status, StatusCode::BAD_REQUEST, "{query}");
    }
    let r = app.get("/api/v1/initiatives/no-such-thing/related").await;
    assert_eq!(r.status, StatusCode::NOT_FOUND);
}

db_test!(search_page_marks_matches_and_escapes_everything_else);
async fn search_page_marks_matches_and_escapes_everything_else(app: App) {
    let b = app.backend;
    let r = app.get("/search?q=barnahus").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.body.contains("<mark>Barnahus</mark>"), "{b}");
    assert!(
        r.body.contains("href=\"/initiatives/barnahus-latvia\""),
        "{b}"
    );
    assert!(r.body.contains("id=\"facet-pillar\""), "{b}");
    // What was typed comes back escaped, in the form and the title.
    let q = "<script>alert(1)</script>\"><img src=x onerror=alert(1)> grooming";
    let r = app.get(&format!("/search?q={}", enc(q))).await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(!r.body.contains("<script>alert"), "{b}");
    assert!(!r.body.contains("<img src=x"), "{b}");
    assert!(r.body.contains("<mark>"), "{b}");
    // The only tags inside snippets are <mark>.
    for snippet in r.body.split("class=\"card-summary\">").skip(1) {
        let text = &snippet[..snippet.find("</p>").unwrap()];
        let stripped = text.replace("<mark>", "").replace("</mark>", "");
        assert!(!stripped.contains('<'), "{b}: {text}");
    }
    // No results: a clear state, not an error.
    let r = app.get("/search?q=zzzqqqxxx").await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(r.text().contains("Nothing matches these words"), "{b}");
    // The header search box is on every page.
    assert!(app.get("/about").await.body.contains("action=\"/search\""));
}

db_test!(index_follows_writes_in_the_same_transaction);
async fn index_follows_writes_in_the_same_transaction(app: App) {
    let db = &app.test_db.db;
    let mut i = sparks_store::initiatives::get(db, "arica")
        .await
        .unwrap()
        .unwrap();
    i.summary = "Zebrafinch <b>hostile</b> & \"quoted\" text about zebrafinch tooling.".into();
    sparks_store::initiatives::upsert(db, &i, "2026-11-29T00:00:00Z")
        .await
        .unwrap();
    let j = app.get("/api/v1/search?q=zebrafinch").await.json();
    assert_eq!(j["total"], 1, "{}", app.backend);
    let snippet = j["hits"][0]["snippet"].as_str().unwrap();
    assert_eq!(
        snippet,
        "<mark>Zebrafinch</mark> &lt;b&gt;hostile&lt;/b&gt; &amp; &quot;quoted&quot; text about <mark>zebrafinch</mark> tooling."
    );
    // The old text is gone from the index.
    let j = app.get("/api/v1/search?q=seeded").await.json();
    assert!(
        !j["hits"]
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["slug"] == "arica"),
        "{}",
        app.backend
    );
    // A full rebuild gives the same answer.
    // 186 initiatives, 62 resources, 3 news posts, 42 events and 97 help services.
    assert_eq!(
        sparks_store::search::reindex(db, "2026-11-29T12:00:00Z")
            .await
            .unwrap(),
        390
    );
    let j = app.get("/api/v1/search?q=zebrafinch").await.json();
    assert_eq!(j["total"], 1, "{}", app.backend);
}

db_test!(related_work_has_scores_and_reasons);
async fn related_work_has_scores_and_reasons(app: App) {
    let b = app.backend;
    let j = app
        .get("/api/v1/initiatives/barnahus-latvia/related")
        .await
        .json();
    let items = j["items"].as_array().unwrap();
    assert!(!items.is_empty(), "{b}");
    assert!(items.iter().all(|i| i["slug"] != "barnahus-latvia"), "{b}");
    let barnahus = items
        .iter()
        .filter(|i| {
            i["reasons"]["shared_topics"]
                .as_array()
                .unwrap()
                .iter()
                .any(|t| t == "barnahus")
        })
        .count();
    assert!(barnahus >= 3, "{b}: {items:?}");
    assert!(items[0]["score"].as_f64().unwrap() > 0.0);
    assert!(!items[0]["reason"].as_str().unwrap().is_empty());
    let page = app.get("/initiatives/barnahus-latvia").await;
    assert!(page.body.contains("id=\"related-heading\""), "{b}");
    // "Does this exist already?"
    let r = app
        .get("/initiatives/similar?acronym=GROOMDETECT&title=Online+grooming+detection&summary=An+AI+tool+detecting+grooming+in+chats")
        .await;
    assert_eq!(r.status, StatusCode::OK);
    assert!(
        r.body.contains("href=\"/initiatives/project-artemis\"")
            || r.body.contains("href=\"/initiatives/sis-cop\""),
        "{b}"
    );
    let r = app.get("/initiatives/similar?acronym=ARICA").await;
    assert!(r.body.contains("href=\"/initiatives/arica\""), "{b}");
    assert_eq!(app.get("/initiatives/similar").await.status, StatusCode::OK);
}

db_test!(landscape_as_page_csv_and_json);
async fn landscape_as_page_csv_and_json(app: App) {
    let b = app.backend;
    let r = app.get("/landscape").await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    for part in [
        "<table class=\"matrix\">",
        "<caption",
        "scope=\"col\"",
        "scope=\"row\"",
        "role=\"img\"",
        "<title id=",
        "<desc id=",
        "class=\"gap\"",
    ] {
        assert!(r.body.contains(part), "{b}: {part}");
    }
    assert!(
        r.text()
            .contains("href=\"/initiatives?pillar=prevention&country=PL\""),
        "{b}"
    );
    assert!(!r.body.contains("style="), "{b}: no inline styles (CSP)");
    let j = app.get("/api/v1/landscape").await.json();
    let cells = j["pillar_country"]["cells"].as_array().unwrap();
    let pl = cells
        .iter()
        .find(|c| c["row"] == "PL" && c["column"] == "prevention")
        .unwrap();
    // The matrix agrees with the directory's own count.
    let listed = app
        .get("/api/v1/initiatives?pillar=prevention&country=PL")
        .await
        .json();
    assert_eq!(pl["initiatives"], listed["total"], "{b}");
    // EU members without any initiative are there, as gaps.
    assert!(cells.iter().any(|c| c["initiatives"] == 0), "{b}");
    let csv = app.get("/landscape.csv").await;
    assert!(csv.content_type().starts_with("text/csv"));
    assert!(csv.body.starts_with("matrix,row_dimension,row,"));
    assert_eq!(
        csv.body.lines().count() - 1,
        cells.len() + j["programme_year"]["cells"].as_array().unwrap().len()
    );
}

#[tokio::test]
async fn openapi_documents_the_new_routes() {
    let app = sqlite_app().await;
    let j = app.get("/api/v1/openapi.json").await.json();
    for path in [
        "/api/v1/search",
        "/api/v1/landscape",
        "/api/v1/initiatives/{slug}/related",
    ] {
        assert!(!j["paths"][path].is_null(), "{path}");
    }
}
