//! The content hub's JSON API on every backend: lists, filters, records by slug, errors.

use axum::http::StatusCode;
use sparks_store::db_test;

use crate::common::{App, sqlite_app};

db_test!(lists_filter_and_page);
async fn lists_filter_and_page(app: App) {
    let b = app.backend;
    let all = app.get("/api/v1/resources?per_page=100").await.json();
    assert_eq!(all["total"], 62, "{b}");
    let arica = app.get("/api/v1/resources?initiative=arica").await.json();
    assert!(arica["total"].as_u64().unwrap() >= 2, "{b}");
    for item in arica["items"].as_array().unwrap() {
        assert!(
            item["initiatives"]
                .as_array()
                .unwrap()
                .iter()
                .any(|i| i == "arica")
        );
        assert!(item["url"].as_str().unwrap().starts_with("/resources/"));
    }
    let pl = app.get("/api/v1/resources?language=pl").await.json();
    assert_eq!(pl["total"], 1, "{b}");
    let kinds = app
        .get("/api/v1/resources?type=dataset&pillar=detection-investigation")
        .await
        .json();
    for item in kinds["items"].as_array().unwrap() {
        assert_eq!(item["type"], "dataset");
    }

    let news = app.get("/api/v1/news").await.json();
    assert_eq!(news["total"], 3, "{b}");
    assert!(
        news["items"][0].get("body").is_none(),
        "lists leave bodies out"
    );

    let upcoming = app.get("/api/v1/events?when=upcoming").await.json();
    for item in upcoming["items"].as_array().unwrap() {
        assert_eq!(item["status"], "upcoming", "{b}");
    }
    let past = app.get("/api/v1/events?when=past&country=CZ").await.json();
    assert_eq!(past["total"], 2, "{b}");
    assert!(
        past["items"][0]["ics_url"]
            .as_str()
            .unwrap()
            .ends_with(".ics")
    );

    let series = app
        .get("/api/v1/statistics?series=ncmec-cybertipline-reports-received")
        .await
        .json();
    let years: Vec<i64> = series["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["year"].as_i64().unwrap())
        .collect();
    assert_eq!(years, [2018, 2020, 2021, 2022, 2023, 2024], "{b}");
    assert_eq!(series["items"][1]["number"], 21_751_085);
    assert_eq!(series["items"][0]["precision"], "at-least");
    let paged = app.get("/api/v1/statistics?per_page=5&page=2").await.json();
    assert_eq!(paged["items"].as_array().unwrap().len(), 5);
    assert_eq!(paged["total"], 37);
}

db_test!(records_by_slug);
async fn records_by_slug(app: App) {
    let b = app.backend;
    let e = app
        .get("/api/v1/events/sparks-in-the-dark-conference-united-for-child-safety-2024")
        .await;
    assert_eq!(e.status, StatusCode::OK, "{b}");
    let e = e.json();
    assert_eq!(e["start"], "2024-03-18");
    assert_eq!(e["end"], "2024-03-21");
    assert_eq!(e["timezone"], "Europe/Prague");
    assert_eq!(e["city"], "Prague");
    let avila = app
        .get("/api/v1/events/international-workshop-on-prevention-and-investigation-strategies-to-fight-2024")
        .await
        .json();
    assert_eq!(avila["city"], "Ávila");
    assert_eq!(avila["start"], "2024-06-18");
    let post = app
        .get("/api/v1/news/sparks-community-at-c1b3rwall-avila")
        .await
        .json();
    assert!(
        post["body_html"]
            .as_str()
            .unwrap()
            .contains("<strong>18 to 20 June 2024</strong>")
    );
    assert!(post["body"].as_str().unwrap().contains("#C1b3rWall"));
    let s = app
        .get("/api/v1/statistics/ncmec-cybertipline-reports-received-2022")
        .await
        .json();
    assert_eq!(s["number"], 32_059_029, "{b}");
    let r = app.get("/api/v1/resources?per_page=1").await.json();
    let slug = r["items"][0]["slug"].as_str().unwrap().to_owned();
    let one = app.get(&format!("/api/v1/resources/{slug}")).await;
    assert_eq!(one.status, StatusCode::OK);
    assert_eq!(one.json()["slug"], slug.as_str());
}

#[tokio::test]
async fn errors_are_problem_json() {
    let app = &sqlite_app().await;
    for uri in [
        "/api/v1/resources/nope",
        "/api/v1/news/nope",
        "/api/v1/events/nope",
        "/api/v1/statistics/nope",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert_eq!(r.content_type(), "application/problem+json", "{uri}");
    }
    for (uri, parameter) in [
        ("/api/v1/resources?type=poster", "type"),
        ("/api/v1/resources?audience=aliens", "audience"),
        ("/api/v1/resources?page=0", "page"),
        ("/api/v1/news?per_page=1000", "per_page"),
        ("/api/v1/events?when=soon", "when"),
        ("/api/v1/events?country=XX", "country"),
        ("/api/v1/statistics?year=abc", "year"),
        ("/api/v1/statistics?series=Not%20a%20slug", "series"),
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        assert_eq!(r.content_type(), "application/problem+json", "{uri}");
        assert_eq!(r.json()["parameter"], parameter, "{uri}");
    }
}

#[tokio::test]
async fn openapi_documents_the_content_routes() {
    let doc = sqlite_app().await.get("/api/v1/openapi.json").await.json();
    for path in [
        "/api/v1/resources",
        "/api/v1/resources/{slug}",
        "/api/v1/news",
        "/api/v1/news/{slug}",
        "/api/v1/events",
        "/api/v1/events/{slug}",
        "/api/v1/statistics",
        "/api/v1/statistics/{slug}",
    ] {
        assert!(doc["paths"].get(path).is_some(), "{path} missing");
    }
}
