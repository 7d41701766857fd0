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
    if prometheus().is_none() {
        return;
    }
    let labels = [
        ("method", method.to_owned()),
        ("route", route.to_owned()),
        ("status", status.to_string()),
    ];
    metrics::counter!("http_requests_total", &labels).increment(1);
    metrics::histogram!("http_request_duration_seconds", &labels[..2])
        .record(elapsed.as_secs_f64());
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

/// `GET /healthz`: the process is up.
pub async fn healthz() -> &'static str {
    "ok"
}

/// `GET /readyz`: the database answers.
pub async fn readyz(State(state): State<AppState>) -> Response {
    match state.db().ping().await {
        Ok(()) => "ready".into_response(),
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// `GET /metrics`: Prometheus text, to clients on this machine only (a scraper runs beside
/// the server, or reaches it through a tunnel); elsewhere 403.
pub async fn metrics(request: Request) -> Result<Response, WebError> {
    let (mut parts, _) = request.into_parts();
    // The extractor also honours axum's MockConnectInfo, which the tests use.
    let peer = ConnectInfo::<SocketAddr>::from_request_parts(&mut parts, &())
        .await
        .ok();
    if !peer.is_some_and(|ConnectInfo(addr)| addr.ip().is_loopback()) {
        return Err(WebError::Forbidden);
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
