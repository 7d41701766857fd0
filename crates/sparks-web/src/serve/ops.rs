//! Operations: liveness, readiness and Prometheus metrics.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::time::Duration;

use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use metrics_exporter_prometheus::{PrometheusBuilder, PrometheusHandle};

use crate::{AppState, WebError};

/// Latency buckets in seconds, from a cached page (sub-millisecond) to a slow query.
const LATENCY_BUCKETS: [f64; 12] = [
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5,
];

/// How often the latency samples recorded since are folded into the histograms.
const UPKEEP_EVERY: Duration = Duration::from_secs(1);

/// The process-wide Prometheus recorder, installed on first use. A process has one global
/// metrics recorder, so every router built in it (tests build many) shares this one.
fn prometheus() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(
                    metrics_exporter_prometheus::Matcher::Full(
                        "http_request_duration_seconds".into(),
                    ),
                    &LATENCY_BUCKETS,
                )
                .ok()?
                .build_recorder();
            let handle = recorder.handle();
            metrics::set_global_recorder(recorder).ok()?;
            // Counters exist from the start, at zero: an alert on their increase then works
            // before the first failure, and a dashboard shows 0 rather than "no data".
            for name in [
                "mail_send_failures_total",
                "sparks_page_cache_hits_total",
                "sparks_page_cache_misses_total",
                "sparks_feed_fetch_failures_total",
                "sparks_link_check_failures_total",
            ] {
                metrics::counter!(name).absolute(0);
            }
            // A recorder built by hand keeps every latency sample until upkeep folds them
            // into the histogram: without it the server grew by about 10 bytes a request
            // (80 MB over the benchmark's run of a few million requests).
            let upkeep = handle.clone();
            std::thread::Builder::new()
                .name("metrics-upkeep".to_owned())
                .spawn(move || {
                    loop {
                        std::thread::sleep(UPKEEP_EVERY);
                        upkeep.run_upkeep();
                    }
                })
                .ok()?;
            Some(handle)
        })
        .as_ref()
}

/// Counts one request and its latency.
pub fn record_request(method: &str, route: &str, status: u16, elapsed: Duration) {
    if let Some(metrics) = RequestMetrics::new(method, route, status) {
        metrics.record(elapsed);
    }
}

/// The request counter and latency histogram of one method, route and status, looked up
/// once: the page cache keeps these with each page and records its answers through them,
/// rather than building labels and finding the series again on every request.
#[derive(Clone)]
pub struct RequestMetrics {
    requests: metrics::Counter,
    duration: metrics::Histogram,
}

impl std::fmt::Debug for RequestMetrics {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RequestMetrics")
    }
}

impl RequestMetrics {
    /// The series of requests with this method, route pattern and status; `None` when no
    /// recorder could be installed.
    pub fn new(method: &str, route: &str, status: u16) -> Option<RequestMetrics> {
        prometheus()?;
        let labels = [
            ("method", method.to_owned()),
            ("route", route.to_owned()),
            ("status", status.to_string()),
        ];
        Some(RequestMetrics {
            requests: metrics::counter!("http_requests_total", &labels),
            duration: metrics::histogram!("http_request_duration_seconds", &labels[..2]),
        })
    }

    /// Counts one request that took `elapsed`.
    pub fn record(&self, elapsed: Duration) {
        self.requests.increment(1);
        self.duration.record(elapsed.as_secs_f64());
    }
}

/// Counts one failed mail send (`mail_send_failures_total`).
pub fn record_mail_failure() {
    if prometheus().is_some() {
        metrics::counter!("mail_send_failures_total").increment(1);
    }
}

/// Sets the mail queue's gauges: mails waiting to be sent (`mail_queue_depth`) and mails
/// given up on, kept in the table (`mail_queue_failed`).
pub fn record_mail_queue(waiting: i64, failed: i64) {
    if prometheus().is_some() {
        metrics::gauge!("mail_queue_depth").set(waiting as f64);
        metrics::gauge!("mail_queue_failed").set(failed as f64);
    }
}

/// Counts one answer of the page cache: a hit (`sparks_page_cache_hits_total`) or a miss
/// (`sparks_page_cache_misses_total`, the page was rendered).
pub fn record_page_cache(hit: bool) {
    static HITS: OnceLock<Option<metrics::Counter>> = OnceLock::new();
    static MISSES: OnceLock<Option<metrics::Counter>> = OnceLock::new();
    // Looked up once: this runs on every cached answer.
    let (slot, name) = if hit {
        (&HITS, "sparks_page_cache_hits_total")
    } else {
        (&MISSES, "sparks_page_cache_misses_total")
    };
    if let Some(counter) = slot.get_or_init(|| prometheus().map(|_| metrics::counter!(name))) {
        counter.increment(1);
    }
}

/// Longest a scrape waits for the database before it reports it down.
const SCRAPE_DB_TIMEOUT: Duration = Duration::from_secs(2);

/// Sets the gauges read from the database, just before a scrape renders them: whether the
/// database answers (`sparks_database_up`), each queue's depth and the age of its oldest due
/// row, the mail queue, failing feeds and broken links. A handful of small queries per scrape
/// (every 15 s or so), none per request.
async fn refresh_gauges(state: &AppState) {
    let db = state.db();
    let up = matches!(
        tokio::time::timeout(SCRAPE_DB_TIMEOUT, db.ping()).await,
        Ok(Ok(()))
    );
    metrics::gauge!("sparks_database_up").set(if up { 1.0 } else { 0.0 });
    if !up {
        return;
    }
    let now = state.clock().now();
    let stats = tokio::time::timeout(SCRAPE_DB_TIMEOUT, async {
        let queues = sparks_store::jobs::queue_stats(db, &sparks_store::jobs::stamp(now)).await?;
        let failures = sparks_store::jobs::failure_stats(db).await?;
        let mail = sparks_store::outbox::depth(db).await?;
        Ok::<_, sparks_store::StoreError>((queues, failures, mail))
    })
    .await;
    let (queues, failures, mail) = match stats {
        Ok(Ok(stats)) => stats,
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "could not read the queue gauges");
            return;
        }
        Err(_) => {
            tracing::warn!("reading the queue gauges timed out");
            return;
        }
    };
    for q in queues {
        let age = q
            .oldest_due
            .and_then(|at| {
                time::OffsetDateTime::parse(&at, &time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .map_or(0.0, |at| (now - at).as_seconds_f64().max(0.0));
        metrics::gauge!("sparks_job_queue_depth", "queue" => q.queue.clone()).set(q.depth as f64);
        metrics::gauge!("sparks_job_queue_oldest_due_age_seconds", "queue" => q.queue).set(age);
    }
    metrics::gauge!("sparks_feeds_failing").set(failures.feeds_failing as f64);
    metrics::gauge!("sparks_links_broken").set(failures.links_broken as f64);
    record_mail_queue(mail.waiting, mail.failed);
}

/// `GET /healthz`: the process is up.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: the indexes are warm (see [`crate::serve::warm`]) and the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let answer = state.db().ping().await;
    if answer.is_ok() && !state.warmth().is_ready() {
        return (StatusCode::SERVICE_UNAVAILABLE, "warming up").into_response();
    }
    if prometheus().is_some() {
        metrics::gauge!("sparks_database_up").set(if answer.is_ok() { 1.0 } else { 0.0 });
    }
    match answer {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// `GET /metrics`: Prometheus text, to clients on this machine only (a scraper runs beside
/// the server, or reaches it through a tunnel); elsewhere 403.
pub async fn metrics(
    State(state): State<AppState>,
    request: Request,
) -> Result<Response, WebError> {
    let (mut parts, _) = request.into_parts();
    // The extractor also honours axum's MockConnectInfo, which the tests use.
    let peer = ConnectInfo::<SocketAddr>::from_request_parts(&mut parts, &())
        .await
        .ok();
    if !peer.is_some_and(|ConnectInfo(addr)| addr.ip().is_loopback()) {
        return Err(WebError::Forbidden);
    }
    if prometheus().is_some() {
        refresh_gauges(&state).await;
    }
    let body = prometheus()
        .map(PrometheusHandle::render)
        .unwrap_or_default();
    Ok((
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        body,
    )
        .into_response())
}
