//! Issue #20 point 8: every metric the shipped Grafana dashboard
//! (`deploy/grafana/sparks-dashboard.json`) and Prometheus alert rules
//! (`deploy/prometheus/sparks-alerts.yml`) query exists at `/metrics` once the server has
//! done the work behind it. A panel or alert naming a metric Sparks does not export fails.
//! The recorder is process-global: other tests' requests show up too, which only adds series.

use std::collections::BTreeSet;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::http::{Method, StatusCode};
use sparks_ingest::feed_run::{RunOptions, run_due};
use sparks_ingest::fetch::{BoxFuture, Fetcher, Policy, Resolve};
use sparks_ingest::http::ReqwestTransport;
use sparks_ingest::link_check::{CheckOptions, run};
use sparks_store::{db_test, feeds};
use sparks_web::Clock;

use crate::common::{App, TODAY};

const DASHBOARD: &str = include_str!("../../../../deploy/grafana/sparks-dashboard.json");
const ALERTS: &str = include_str!("../../../../deploy/prometheus/sparks-alerts.yml");

/// Series Prometheus itself makes for a scrape target, not Sparks.
const FROM_PROMETHEUS: [&str; 1] = ["up"];

/// A resolver that knows no name: every link check fails without touching the network.
struct Offline;

impl Resolve for Offline {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        _port: u16,
    ) -> BoxFuture<'a, std::io::Result<Vec<SocketAddr>>> {
        Box::pin(async move { Err(std::io::Error::other(format!("{host}: no DNS in tests"))) })
    }
}

/// Every PromQL expression of the dashboard: the `expr` of each panel's targets.
fn dashboard_exprs() -> Vec<String> {
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("expr", serde_json::Value::String(e)) => out.push(e.clone()),
                        _ => walk(v, out),
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let json: serde_json::Value = serde_json::from_str(DASHBOARD).unwrap();
    assert!(json["panels"].as_array().is_some_and(|p| !p.is_empty()));
    let mut out = Vec::new();
    walk(&json, &mut out);
    out
}

/// Every `expr:` of the alert rules. No YAML crate is in the build, so the file keeps to
/// one shape this reads: each `expr` a single-line scalar, plain or quoted (a block scalar
/// fails here, so the shape cannot drift unnoticed).
fn alert_exprs() -> Vec<String> {
    assert!(ALERTS.lines().any(|l| l.trim_end() == "groups:"));
    let mut out = Vec::new();
    for line in ALERTS.lines() {
        let Some(value) = line.trim_start().strip_prefix("expr:") else {
            continue;
        };
        let value = value.trim();
        assert!(
            !value.is_empty() && !value.starts_with(['|', '>']),
            "write alert expressions on one line: {line}"
        );
        let expr = if let Some(inner) = value.strip_prefix('\'') {
            inner.strip_suffix('\'').unwrap().replace("''", "'")
        } else if let Some(inner) = value.strip_prefix('"') {
            inner.strip_suffix('"').unwrap().replace("\\\"", "\"")
        } else {
            value.to_owned()
        };
        out.push(expr);
    }
    assert!(
        out.len() == ALERTS.matches("- alert:").count(),
        "every alert has an expr"
    );
    out
}

/// The metric names a PromQL expression selects: identifiers that are not functions,
/// keywords, label names (inside `{}` or `by (...)`), durations (`[5m]`), strings or numbers.
fn metric_names(expr: &str) -> Vec<String> {
    const MODIFIERS: [&str; 6] = [
        "by",
        "without",
        "on",
        "ignoring",
        "group_left",
        "group_right",
    ];
    const OPERATORS: [&str; 5] = ["and", "or", "unless", "bool", "offset"];
    let chars: Vec<char> = expr.chars().collect();
    let skip_to = |mut i: usize, close: char| {
        while i < chars.len() && chars[i] != close {
            i += 1;
        }
        i + 1
    };
    let mut names = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            i = skip_to(i, '}');
        } else if c == '[' {
            i = skip_to(i, ']');
        } else if c == '"' || c == '\'' {
            i = skip_to(i + 1, c);
        } else if c.is_ascii_digit()
            || (c == '.' && chars.get(i + 1).is_some_and(char::is_ascii_digit))
        {
            // A number, with an exponent such as 1e-9.
            i += 1;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric()
                    || chars[i] == '.'
                    || (matches!(chars[i], '-' | '+') && matches!(chars[i - 1], 'e' | 'E')))
            {
                i += 1;
            }
        } else if c.is_ascii_alphabetic() || c == '_' || c == ':' {
            let start = i;
            while i < chars.len()
                && (chars[i].is_ascii_alphanumeric() || matches!(chars[i], '_' | ':'))
            {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let mut next = i;
            while next < chars.len() && chars[next].is_whitespace() {
                next += 1;
            }
            let rest: String = chars[next..].iter().collect();
            // `f(`, or an aggregation with its grouping first: `sum by (le) (...)`.
            let call = rest.starts_with('(')
                || ["by", "without"].iter().any(|m| {
                    rest.strip_prefix(m)
                        .is_some_and(|r| r.trim_start().starts_with('('))
                });
            if MODIFIERS.contains(&word.as_str()) {
                if call {
                    i = skip_to(next, ')');
                }
            } else if !call && !OPERATORS.contains(&word.as_str()) {
                names.push(word);
            }
        } else {
            i += 1;
        }
    }
    names
}

/// The metric names in a Prometheus text exposition (a histogram as `_bucket`, `_sum`,
/// `_count`, as PromQL names them).
fn exported(body: &str) -> BTreeSet<String> {
    body.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split(['{', ' ']).next())
        .map(str::to_owned)
        .collect()
}

/// One exported sample's value: the first line of `name` whose labels contain `labels`.
fn sample(body: &str, name: &str, labels: &str) -> Option<f64> {
    body.lines()
        .filter(|l| l.starts_with(name) && l[name.len()..].starts_with(['{', ' ']))
        .find(|l| l.contains(labels))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|v| v.parse().ok())
}

#[test]
fn promql_names_are_found() {
    assert_eq!(
        metric_names(
            "sum by (le, route) (rate(http_request_duration_seconds_bucket{status=~\"5..\"}[5m])) \
             / clamp_min(x_total + y, 1e-9) > 0.5 or up{job=\"sparks\"} == 0"
        ),
        ["http_request_duration_seconds_bucket", "x_total", "y", "up"]
    );
}

db_test!(every_dashboard_and_alert_metric_is_exported);
async fn every_dashboard_and_alert_metric_is_exported(app: App) {
    let loopback: SocketAddr = "127.0.0.1:40000".parse().unwrap();
    // The work behind each metric: a readiness check, pages rendered then served from the
    // cache (kept the second time, served from it the third), an initiative's page, a feed
    // fetch and a link check that fail.
    assert_eq!(app.get("/readyz").await.status, StatusCode::OK);
    for path in [
        "/initiatives",
        "/initiatives",
        "/initiatives",
        "/",
        "/",
        "/",
    ] {
        assert_eq!(app.get(path).await.status, StatusCode::OK, "{path}");
    }
    let list = app.get("/api/v1/initiatives").await.json();
    let slug = list["items"][0]["slug"].as_str().unwrap();
    assert_eq!(
        app.get(&format!("/initiatives/{slug}")).await.status,
        StatusCode::OK
    );
    let fetcher = Fetcher::with(
        Policy {
            allow_private: true,
            connect_timeout: Duration::from_secs(1),
            total_timeout: Duration::from_millis(700),
            max_body: 64 * 1024,
            max_redirects: 0,
        },
        Arc::new(Offline),
        Arc::new(ReqwestTransport),
    );
    let opts = CheckOptions {
        worker: "observability".to_owned(),
        cap: 2,
        spacing: Duration::ZERO,
        interval: Duration::from_secs(3600),
        clock: Clock::fixed_date(TODAY),
        everything: true,
    };
    let report = run(&app.test_db.db, &fetcher, &opts).await.unwrap();
    assert!(report.checked > 0, "the seeded records have links to check");
    // A feed on a port nothing listens on (port 1 of this machine) fails at once.
    feeds::add(
        &app.test_db.db,
        slug,
        "http://127.0.0.1:1/feed",
        true,
        "2026-11-01T00:00:00Z",
    )
    .await
    .unwrap();
    let feed_opts = RunOptions {
        worker: "observability".to_owned(),
        clock: Clock::fixed_date(TODAY),
        ..RunOptions::default()
    };
    let fed = run_due(&app.test_db.db, &fetcher, &feed_opts)
        .await
        .unwrap();
    assert_eq!(fed.failed, 1);

    let scrape = app.request(Method::GET, "/metrics", Some(loopback)).await;
    assert_eq!(scrape.status, StatusCode::OK);
    let body = scrape.body;
    let have = exported(&body);

    let mut used = BTreeSet::new();
    for expr in dashboard_exprs().iter().chain(&alert_exprs()) {
        let names = metric_names(expr);
        assert!(!names.is_empty(), "no metric in {expr}");
        used.extend(names);
    }
    let missing: Vec<_> = used
        .iter()
        .filter(|n| !have.contains(*n) && !FROM_PROMETHEUS.contains(&n.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "the dashboard or alerts use metrics /metrics does not export: {missing:?}\n{body}"
    );

    // The values follow the work, not just the names.
    assert_eq!(sample(&body, "sparks_database_up", ""), Some(1.0));
    assert!(sample(&body, "sparks_page_cache_hits_total", "").unwrap() >= 1.0);
    assert!(sample(&body, "sparks_page_cache_misses_total", "").unwrap() >= 1.0);
    assert!(sample(&body, "sparks_link_check_failures_total", "").unwrap() >= 1.0);
    assert!(sample(&body, "sparks_feed_fetch_failures_total", "").unwrap() >= 1.0);
    assert!(sample(&body, "sparks_feeds_failing", "").unwrap() >= 1.0);
    assert!(
        body.contains("route=\"/initiatives/{slug}\""),
        "routes label the histogram by template"
    );
    for queue in ["feed", "mail", "links"] {
        let label = format!("queue=\"{queue}\"");
        assert!(
            sample(&body, "sparks_job_queue_depth", &label).is_some(),
            "{queue}"
        );
        assert!(
            sample(&body, "sparks_job_queue_oldest_due_age_seconds", &label).is_some(),
            "{queue}"
        );
    }
}
