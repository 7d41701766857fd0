//! Hostile input through every query parameter and path segment: the XSS payloads and naughty
//! strings of `../shared/corpora/xss` reach no page as anything executable, and never cause a
//! server error. CI sends a fixed sample; `SPARKS_LONG_TESTS=1` sends every payload.

use sparks_store::db_test;

use crate::common::{App, corpus, safety};

/// Payloads per parameter in CI (spread over all the corpus files).
const CI_SAMPLE: usize = 16;

/// Every page route with the query parameters it reads (and `lang`, which every page reads).
pub const PAGE_PARAMS: &[(&str, &[&str])] = &[
    ("/", &["lang"]),
    (
        "/initiatives",
        &[
            "q",
            "pillar",
            "programme",
            "kind",
            "country",
            "status",
            "year",
            "topic",
            "sort",
            "page",
            "lang",
        ],
    ),
    (
        "/initiatives/similar",
        &["acronym", "title", "summary", "lang"],
    ),
    ("/initiatives/arica", &["lang"]),
    (
        "/search",
        &[
            "q",
            "type",
            "pillar",
            "programme",
            "country",
            "year",
            "page",
            "lang",
        ],
    ),
    ("/landscape", &["lang"]),
    ("/pillars/prevention", &["lang"]),
    (
        "/resources",
        &[
            "q",
            "type",
            "pillar",
            "topic",
            "audience",
            "language",
            "initiative",
            "page",
            "lang",
        ],
    ),
    ("/news", &["q", "initiative", "page", "lang"]),
    (
        "/events",
        &["q", "when", "type", "country", "online", "page", "lang"],
    ),
    (
        "/recommendations",
        &["pillar", "issuer", "addressee", "country", "status", "lang"],
    ),
    (
        "/recommendations/tracker",
        &["pillar", "issuer", "addressee", "country", "status", "lang"],
    ),
    (
        "/recommendations.csv",
        &["pillar", "issuer", "addressee", "country", "status"],
    ),
    ("/response", &["lang"]),
    ("/help", &["country", "lang"]),
    ("/about", &["lang"]),
    ("/media-pack", &["lang"]),
    ("/campaigns", &["lang"]),
    ("/campaigns/sparks-launch", &["lang"]),
    ("/admin/campaigns/new", &["lang"]),
    ("/campaigns/propose", &["lang"]),
    ("/support", &["lang"]),
    ("/contact", &["lang"]),
    ("/privacy", &["lang"]),
    ("/accessibility", &["lang"]),
    ("/join", &["lang"]),
    ("/login", &["next", "lang"]),
    ("/verify", &["token", "lang"]),
    ("/reset", &["lang"]),
    ("/reset/new", &["token", "lang"]),
    ("/community", &["space", "lang"]),
    ("/newsletter", &["lang"]),
    ("/newsletter/confirm", &["token", "lang"]),
    ("/newsletter/unsubscribe", &["token", "lang"]),
    ("/submit/initiative", &["lang"]),
    ("/nowhere", &["lang"]),
];

/// Page routes with a path segment taken from the URL.
pub const PAGE_SEGMENTS: &[&str] = &[
    "/initiatives/{}",
    "/pillars/{}",
    "/resources/{}",
    "/news/{}",
    "/events/{}",
    "/recommendations/{}",
    "/response/{}",
    "/static/media/{}",
    "/campaigns/{}",
    "/campaigns/{}/kit.zip",
    "/campaigns/sparks-launch/graphics/{}/wordmark.png",
    "/campaigns/sparks-launch/graphics/en/{}",
    "/admin/campaigns/{}/edit",
    "/community/threads/{}",
    "/members/{}",
    "/submit/{}",
    "/uploads/{}",
    "/{}",
];

/// [`PAGE_PARAMS`] as owned strings, to extend with [`api_params`].
pub fn page_params() -> Vec<(String, Vec<String>)> {
    PAGE_PARAMS
        .iter()
        .map(|(r, ps)| {
            (
                (*r).to_owned(),
                ps.iter().map(|p| (*p).to_owned()).collect(),
            )
        })
        .collect()
}

/// Every GET route of the API with its query parameters, read from the OpenAPI document (so a
/// new route is covered the day it is documented); path parameters filled with a real slug.
pub async fn api_params(app: &App) -> Vec<(String, Vec<String>)> {
    let doc = app.get("/api/v1/openapi.json").await.json();
    let mut out = Vec::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else { continue };
        let params: Vec<String> = get["parameters"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .filter(|p| p["in"] == "query")
                    .filter_map(|p| p["name"].as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default();
        let concrete = fill_slug(app, path).await;
        out.push((concrete, params));
    }
    assert!(out.len() >= 10, "the OpenAPI document lists the API routes");
    out
}

async fn fill_slug(app: &App, path: &str) -> String {
    let Some((list, rest)) = path.split_once("/{slug}") else {
        return path.to_owned();
    };
    let first = app.get(&format!("{list}?per_page=1")).await.json();
    let slug = first["items"][0]["slug"]
        .as_str()
        .unwrap_or_else(|| panic!("{list} has no items to take a slug from"))
        .to_owned();
    format!("{list}/{slug}{rest}")
}

/// Sends `uri`; fails on a server error or, for HTML, on anything executable.
pub async fn check(app: &App, uri: &str, payload: &str) {
    let reply = app.get(uri).await;
    assert!(
        !reply.status.is_server_error(),
        "{} {uri} gave {} for payload {payload:?}",
        app.backend,
        reply.status
    );
    if reply.content_type().starts_with("text/html") {
        safety::assert_inert(
            &reply.body,
            &format!("{} {uri} (payload {payload:?})", app.backend),
        );
    } else if uri.starts_with("/api/") {
        assert!(
            reply.content_type().contains("json"),
            "{uri}: the API answered {} with {}",
            reply.status,
            reply.content_type()
        );
    }
}

db_test!(xss_payloads_in_every_query_parameter_stay_inert);
async fn xss_payloads_in_every_query_parameter_stay_inert(app: App) {
    let Some(corpora) = corpus::dir_or_skip("xss_payloads_in_every_query_parameter") else {
        return;
    };
    let payloads = corpus::sample(&corpus::xss_payloads(&corpora), CI_SAMPLE);
    let mut routes = page_params();
    routes.extend(api_params(&app).await);
    let mut sent = 0;
    for (route, params) in &routes {
        for param in params {
            for payload in &payloads {
                let sep = if route.contains('?') { '&' } else { '?' };
                check(
                    &app,
                    &format!("{route}{sep}{param}={}", corpus::q(payload)),
                    payload,
                )
                .await;
                sent += 1;
            }
        }
    }
    eprintln!(
        "{}: {sent} requests with XSS payloads in query parameters",
        app.backend
    );
}

db_test!(xss_payloads_in_path_segments_stay_inert);
async fn xss_payloads_in_path_segments_stay_inert(app: App) {
    let Some(corpora) = corpus::dir_or_skip("xss_payloads_in_path_segments") else {
        return;
    };
    let payloads = corpus::sample(&corpus::xss_payloads(&corpora), CI_SAMPLE);
    let mut routes: Vec<String> = PAGE_SEGMENTS.iter().map(|s| (*s).to_owned()).collect();
    for (path, _) in api_params(&app).await {
        // The API's own routes, with the last segment replaced.
        if let Some((head, _)) = path.rsplit_once('/') {
            routes.push(format!("{head}/{{}}"));
        }
    }
    routes.dedup();
    for route in &routes {
        for payload in &payloads {
            check(&app, &route.replace("{}", &corpus::seg(payload)), payload).await;
        }
    }
}
