//! Security headers on every kind of response, from one route table: pages, JSON, feeds,
//! downloads, static files and each error (404, 400, 405, 413), plus HSTS only when the site is
//! known to be reached over TLS.

use axum::http::Method;
use sparks_store::db_test;
use sparks_web::hardening::{HSTS_VALUE, TlsPolicy};
use sparks_web::{Clock, SiteConfig};

use crate::common::{App, Reply, TODAY, sqlite_app};

/// Method, URI, extra request headers, expected status.
type Row = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
    u16,
);

/// Every kind of response; the status is what the row is there for.
const ROUTES: &[Row] = &[
    ("GET", "/", &[], 200),
    ("GET", "/initiatives?pillar=prevention", &[], 200),
    ("GET", "/initiatives/arica", &[], 200),
    ("GET", "/api/v1/initiatives", &[], 200),
    ("GET", "/api/v1/openapi.json", &[], 200),
    ("GET", "/events.ics", &[], 200),
    ("GET", "/landscape.csv", &[], 200),
    ("GET", "/response.csv", &[], 200),
    ("GET", "/static/style.css", &[], 200),
    ("GET", "/static/quick-exit.js", &[], 200),
    ("GET", "/static/sparks-wordmark.svg", &[], 200),
    ("GET", "/robots.txt", &[], 200),
    ("GET", "/healthz", &[], 200),
    ("GET", "/nowhere", &[], 404),
    ("GET", "/api/v1/initiatives/no-such-thing", &[], 404),
    ("GET", "/api/v1/initiatives?page=zero", &[], 400),
    ("GET", "/initiatives?page=zero", &[], 400),
    ("POST", "/initiatives", &[], 405),
    ("DELETE", "/api/v1/initiatives", &[], 405),
    ("POST", "/", &[("content-length", "1073741824")], 413),
    (
        "POST",
        "/api/v1/initiatives",
        &[("content-length", "1073741824")],
        413,
    ),
];

fn header<'a>(reply: &'a Reply, name: &str) -> &'a str {
    reply
        .headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
}

fn assert_strict(reply: &Reply, what: &str) {
    let csp = header(reply, "content-security-policy");
    let script_src = csp
        .split(';')
        .map(str::trim)
        .find(|d| d.starts_with("script-src"))
        .unwrap_or_else(|| panic!("{what}: no script-src in {csp:?}"));
    assert!(
        !script_src.contains("unsafe-") && !script_src.contains('*'),
        "{what}: weak {script_src:?}"
    );
    for directive in [
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "form-action 'self'",
        "default-src 'self'",
    ] {
        assert!(
            csp.contains(directive),
            "{what}: CSP lacks {directive}: {csp:?}"
        );
    }
    assert_eq!(header(reply, "x-content-type-options"), "nosniff", "{what}");
    assert!(
        !header(reply, "referrer-policy").is_empty(),
        "{what}: no Referrer-Policy"
    );
    assert!(
        reply.headers.get("server").is_none(),
        "{what}: names the server software"
    );
}

async fn send(app: &App, method: &str, uri: &str, headers: &[(&str, &str)]) -> Reply {
    let method = Method::from_bytes(method.as_bytes()).unwrap();
    app.send(method, uri, None, headers).await
}

db_test!(every_kind_of_response_carries_the_security_headers);
async fn every_kind_of_response_carries_the_security_headers(app: App) {
    for (method, uri, headers, status) in ROUTES {
        let reply = send(&app, method, uri, headers).await;
        let what = format!("{} {method} {uri}", app.backend);
        assert_eq!(reply.status.as_u16(), *status, "{what}: {}", reply.body);
        assert_strict(&reply, &what);
        assert!(
            reply.headers.get("strict-transport-security").is_none(),
            "{what}: HSTS over plain HTTP"
        );
        if *status >= 400 {
            let ct = reply.content_type();
            let expected = if uri.starts_with("/api/") {
                "application/problem+json"
            } else {
                "text/html"
            };
            assert!(ct.starts_with(expected), "{what}: error as {ct}");
            let body = reply.body.to_lowercase();
            for internal in ["length limit", "axum", "hyper", "panicked", ".rs:", "sqlx"] {
                assert!(!body.contains(internal), "{what} shows {internal:?}");
            }
        }
    }
}

/// Gives the app a router with other site settings, on the same database.
fn configure(app: &mut App, config: SiteConfig) {
    app.router =
        sparks_web::router_with_config(app.test_db.db.clone(), Clock::fixed_date(TODAY), config);
}

fn tls(tls: TlsPolicy) -> SiteConfig {
    SiteConfig {
        tls,
        ..SiteConfig::default()
    }
}

#[tokio::test]
async fn hsts_only_when_the_site_is_known_to_be_on_tls() {
    let mut app = sqlite_app().await;
    let untrusted = app.get_with("/", &[("x-forwarded-proto", "https")]).await;
    // Without a trusted proxy, the header proves nothing: anyone can send it.
    assert!(untrusted.headers.get("strict-transport-security").is_none());
    configure(&mut app, tls(TlsPolicy::Always));
    for (method, uri, headers, _) in ROUTES {
        let reply = send(&app, method, uri, headers).await;
        assert_eq!(
            header(&reply, "strict-transport-security"),
            HSTS_VALUE,
            "{uri}"
        );
    }
    configure(&mut app, tls(TlsPolicy::TrustProxy));
    let https = app.get_with("/", &[("x-forwarded-proto", "https")]).await;
    assert_eq!(header(&https, "strict-transport-security"), HSTS_VALUE);
    let http = app.get_with("/", &[("x-forwarded-proto", "http")]).await;
    assert!(http.headers.get("strict-transport-security").is_none());
}

#[tokio::test]
async fn a_body_over_the_cap_gets_413_and_the_cap_is_configurable() {
    let mut small = sqlite_app().await;
    configure(
        &mut small,
        SiteConfig {
            max_body_bytes: Some(1000),
            ..SiteConfig::default()
        },
    );
    let over = send(
        &small,
        "POST",
        "/api/v1/initiatives",
        &[("content-length", "1001")],
    )
    .await;
    assert_eq!(over.status.as_u16(), 413);
    assert_eq!(over.json()["status"], 413);
    let under = send(
        &small,
        "POST",
        "/api/v1/initiatives",
        &[("content-length", "999")],
    )
    .await;
    assert_eq!(
        under.status.as_u16(),
        405,
        "under the cap the router decides"
    );
    let page = send(&small, "POST", "/join", &[("content-length", "5000")]).await;
    assert_eq!(page.status.as_u16(), 413);
    assert!(page.content_type().starts_with("text/html"));
    assert!(
        page.body.contains("id=\"quick-exit\""),
        "the error page is a full page"
    );
}
