//! No cold costs (issue #20): `/readyz` says ready only once the indexes are warm, and a
//! write is applied to the in-memory indexes so that search, its facets and the directory
//! show it at once.

use axum::http::StatusCode;
use sparks_store::testing::TestDb;
use sparks_store::{Sql, db_test, versions};
use sparks_web::{Clock, SiteConfig};
use tower::ServiceExt;

use crate::common::{self, App, TODAY};

async fn status_and_body(router: &axum::Router, uri: &str) -> (StatusCode, String) {
    let response = router
        .clone()
        .oneshot(
            axum::http::Request::get(uri)
                .body(axum::body::Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = http_body_util::BodyExt::collect(response.into_body())
        .await
        .unwrap()
        .to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

db_test!(readyz_says_ready_only_once_the_indexes_are_warm);
async fn readyz_says_ready_only_once_the_indexes_are_warm(t: TestDb) {
    let db = t.db.clone();
    let app = common::app(t).await;
    // The warm-up cannot finish while the vocabulary is away: it keeps trying.
    db.execute(Sql::new(
        "ALTER TABLE search_terms RENAME TO search_terms_away",
    ))
    .await
    .unwrap();
    let router = sparks_web::router_with_config(
        db.clone(),
        Clock::fixed_date(TODAY),
        SiteConfig {
            warm_up: true,
            ..SiteConfig::default()
        },
    );
    assert_eq!(status_and_body(&router, "/healthz").await.0, StatusCode::OK);
    for _ in 0..20 {
        let (status, body) = status_and_body(&router, "/readyz").await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{}", app.backend);
        assert_eq!(body, "warming up");
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    db.execute(Sql::new(
        "ALTER TABLE search_terms_away RENAME TO search_terms",
    ))
    .await
    .unwrap();
    let until = std::time::Instant::now() + std::time::Duration::from_secs(10);
    while status_and_body(&router, "/readyz").await.0 != StatusCode::OK {
        assert!(
            std::time::Instant::now() < until,
            "{}: ready after the warm-up",
            app.backend
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    // Without a warm-up (tests, tools) it is ready at once.
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
}

db_test!(edits_additions_and_removals_show_in_search_facets_and_directory_at_once);
async fn edits_additions_and_removals_show_in_search_facets_and_directory_at_once(app: App) {
    let db = &app.test_db.db;
    let total = |body: &serde_json::Value| body["total"].as_u64().unwrap_or(0);
    // Warm: the indexes and the matches of the words asked below are held.
    for uri in [
        "/api/v1/search?q=grooming",
        "/api/v1/search?q=quarnified",
        "/api/v1/initiatives?country=IS",
        "/search?q=grooming",
    ] {
        assert_eq!(app.get(uri).await.status, StatusCode::OK, "{uri}");
    }
    let grooming = total(&app.get("/api/v1/search?q=grooming").await.json());
    let iceland = total(&app.get("/api/v1/initiatives?country=IS").await.json());

    // An addition, behind the server's back (as another server would write it).
    app.add_initiative(sparks_core::InitiativeDraft {
        acronym: "QUARN".into(),
        title: "Quarnified grooming helpline".into(),
        coordinator_country: Some("IS".into()),
        pillars: vec!["victim-support".into()],
        ..Default::default()
    })
    .await;
    let found = app.get("/api/v1/search?q=quarnified").await.json();
    assert_eq!(total(&found), 1, "{}: the addition is found", app.backend);
    assert_eq!(
        total(&app.get("/api/v1/search?q=grooming").await.json()),
        grooming + 1,
        "{}: a word asked before the write counts the new record",
        app.backend
    );
    assert!(
        app.get("/search?q=quarnified")
            .await
            .text()
            .contains("/initiatives/quarn")
    );
    assert_eq!(
        total(&app.get("/api/v1/initiatives?country=IS").await.json()),
        iceland + 1,
        "{}: directory facet",
        app.backend
    );
    let page = app.get("/search?q=grooming&country=IS").await;
    assert!(
        page.text().contains("/initiatives/quarn"),
        "{}",
        app.backend
    );

    // An edit: the word goes, another comes, the country changes.
    let mut edited = sparks_store::initiatives::get(db, "quarn")
        .await
        .unwrap()
        .unwrap();
    edited.title = "Zorbletown helpline".into();
    edited.coordinator_country = sparks_core::Country::from_code("NO").ok();
    sparks_store::initiatives::upsert(db, &edited, "2026-11-29T13:00:00Z")
        .await
        .unwrap();
    assert_eq!(
        total(&app.get("/api/v1/search?q=quarnified").await.json()),
        0,
        "{}: the old word is gone",
        app.backend
    );
    assert_eq!(
        total(&app.get("/api/v1/search?q=zorbletown").await.json()),
        1
    );
    assert_eq!(
        total(&app.get("/api/v1/search?q=grooming").await.json()),
        grooming
    );
    assert_eq!(
        total(&app.get("/api/v1/initiatives?country=IS").await.json()),
        iceland
    );
    let facets = app.get("/api/v1/search?q=zorbletown").await.json();
    assert!(
        facets.to_string().contains("\"NO\""),
        "{}: search facets follow the edit: {facets}",
        app.backend
    );

    // A removal.
    let mut tx = db.begin().await.unwrap();
    sparks_store::search::remove_in(&mut tx, sparks_search::DocType::Initiative, "quarn")
        .await
        .unwrap();
    versions::bump(&mut tx, versions::DataKind::Content)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        total(&app.get("/api/v1/search?q=zorbletown").await.json()),
        0,
        "{}: the removal",
        app.backend
    );
}
