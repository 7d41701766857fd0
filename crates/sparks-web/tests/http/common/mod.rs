//! Shared test setup: the application on one backend (or on every backend), seeded with the bundled dataset, and
//! a tiny client that drives the router in-process.

use std::net::SocketAddr;

use axum::Router;
use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::Backend;
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing::{self, Fixture, TestDb};
use sparks_web::Clock;
use tower::ServiceExt;

/// The date every test runs on, so statuses and snapshots do not change with the calendar.
pub const TODAY: time::Date = time::macros::date!(2026 - 11 - 29);

/// The application on one backend.
pub struct App {
    pub router: Router,
    pub backend: &'static str,
    pub test_db: TestDb,
}

/// A response, read whole.
pub struct Reply {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl Reply {
    /// The body with the entities askama writes decoded, to search for text as people read it.
    pub fn text(&self) -> String {
        self.body
            .replace("&#38;", "&")
            .replace("&#39;", "'")
            .replace("&#34;", "\"")
            .replace("&amp;", "&")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
    }

    pub fn content_type(&self) -> &str {
        self.headers
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// The seeded application on SQLite, and on PostgreSQL when `TEST_DATABASE_URL` is set, for
/// tests that compare the backends; a test that runs on each is two tests made by `db_test!`
/// with an [`App`] argument.
pub async fn apps() -> Vec<App> {
    let mut apps = Vec::new();
    for t in testing::all().await {
        apps.push(app(t).await);
    }
    apps
}

/// The seeded application on SQLite only, for tests of what does not depend on the database.
pub async fn sqlite_app() -> App {
    app(testing::sqlite().await).await
}

/// The seeded application on one test database.
pub async fn app(t: TestDb) -> App {
    let report = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES).unwrap();
    seed_initiatives_once(&t.db, &report.initiatives, "2026-11-01T00:00:00Z")
        .await
        .unwrap();
    seed_content(&t.db).await;
    App {
        router: sparks_web::router(t.db.clone(), Clock::fixed_date(TODAY)),
        backend: t.name,
        test_db: t,
    }
}

/// What `db_test!` gives a test that takes an [`App`]: the seeded application on that backend.
impl Fixture for App {
    async fn on(backend: Backend) -> Self {
        app(TestDb::on(backend).await).await
    }
}

/// Loads every bundled content type, as `sparks serve` does on first start.
pub async fn seed_content(db: &sparks_store::Db) {
    let bundle = sparks_ingest::BundledContent::parse().unwrap();
    assert!(bundle.skipped.is_empty(), "{:?}", bundle.skipped);
    sparks_store::seed::seed_content_once(db, &bundle.seed(), "2026-11-01T00:00:00Z")
        .await
        .unwrap();
    let seeded_at = time::macros::datetime!(2026-11-01 00:00 UTC);
    let terms = sparks_core::terminology::bundled();
    sparks_store::terminology::seed_once(db, &terms, seeded_at)
        .await
        .unwrap();
    let campaigns = sparks_core::campaign::bundled();
    sparks_store::campaigns::seed_once(db, &campaigns, seeded_at)
        .await
        .unwrap();
}

impl App {
    /// Sends a request as if from a loopback client.
    pub async fn request(&self, method: Method, uri: &str, peer: Option<SocketAddr>) -> Reply {
        self.send(method, uri, peer, &[]).await
    }

    /// Sends a GET with extra headers.
    pub async fn get_with(&self, uri: &str, headers: &[(&str, &str)]) -> Reply {
        self.send(Method::GET, uri, None, headers).await
    }

    pub async fn send(
        &self,
        method: Method,
        uri: &str,
        peer: Option<SocketAddr>,
        headers: &[(&str, &str)],
    ) -> Reply {
        let mut router = self.router.clone();
        if let Some(addr) = peer {
            router = router.layer(MockConnectInfo(addr));
        }
        let mut builder = Request::builder().method(method).uri(uri);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let request = builder.body(Body::empty()).unwrap();
        let response = router.oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// A GET with extra headers, its body as bytes (compressed bodies are not text).
    pub async fn get_bytes(
        &self,
        uri: &str,
        headers: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, axum::body::Bytes) {
        let mut builder = Request::builder().method(Method::GET).uri(uri);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        let response = self
            .router
            .clone()
            .oneshot(builder.body(Body::empty()).unwrap())
            .await
            .unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        (status, headers, bytes)
    }

    pub async fn get(&self, uri: &str) -> Reply {
        self.request(Method::GET, uri, None).await
    }

    /// Publishes `draft` straight into the store, behind the server's back (as another
    /// server or the command line would), and gives back the record as stored.
    pub async fn add_initiative(
        &self,
        draft: sparks_core::InitiativeDraft,
    ) -> sparks_core::Initiative {
        let initiative = draft.validate().unwrap();
        sparks_store::initiatives::upsert(&self.test_db.db, &initiative, "2026-11-29T12:00:00Z")
            .await
            .unwrap();
        initiative
    }
}

pub mod browser;
pub mod corpus;
pub mod log;
pub mod safety;
