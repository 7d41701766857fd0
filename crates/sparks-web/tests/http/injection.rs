//! SQL injection and path traversal lists (`../shared/corpora/injection`) through every query
//! parameter and path segment: never a server error, never internal text (SQL, paths, panics,
//! versions), never a file's contents, and no payload slows a request down (time-based SQLi).

use std::time::{Duration, Instant};

use sparks_store::db_test;

use crate::common::{App, corpus};
use crate::hostile::{PAGE_SEGMENTS, api_params, page_params};

/// Payloads per list in CI.
const CI_SAMPLE: usize = 6;

/// Text that only internals would put in a response: database errors, source paths, panic
/// messages, file contents of `/etc/passwd` or `win.ini`, server software names.
const INTERNAL_MARKERS: &[&str] = &[
    "sqlx",
    "sqlite",
    "syntax error",
    "error returned from database",
    "pg_catalog",
    "panicked",
    "rust_backtrace",
    ".rs:",
    "/.cargo/registry",
    "/rustc/",
    "crates/sparks",
    "target/debug",
    "root:x:0:0",
    "daemon:x:",
    "[fonts]",
    "for 16-bit app support",
    "hyper",
    "tokio",
];

fn payloads(corpora: &std::path::Path) -> Vec<(String, Vec<String>)> {
    let list = |files: &[&str]| {
        corpus::lines(corpora, files)
            .into_iter()
            .filter(|l| !l.starts_with("# "))
            .collect::<Vec<_>>()
    };
    vec![
        (
            "sql".to_owned(),
            corpus::sample(
                &list(&[
                    "injection/sql_injection/Auth_Bypass.txt",
                    "injection/sql_injection/Generic_ErrorBased.txt",
                    "injection/sql_injection/Generic_Fuzz.txt",
                    "injection/sql_injection/Generic_TimeBased.txt",
                    "injection/sql_injection/SQLi_Polyglots.txt",
                ]),
                CI_SAMPLE,
            ),
        ),
        (
            "traversal".to_owned(),
            corpus::sample(
                &list(&[
                    "injection/directory_traversal/directory_traversal.txt",
                    "injection/directory_traversal/traversals-8-deep-exotic-encoding.txt",
                ]),
                CI_SAMPLE,
            ),
        ),
    ]
}

/// Fails on a 5xx, internal text, a file's contents or a slow answer. The payload itself (a
/// page may rightly echo what was searched for) is removed before looking for markers.
async fn check(app: &App, uri: &str, payload: &str) {
    let started = Instant::now();
    let reply = app.get(uri).await;
    let took = started.elapsed();
    assert!(
        !reply.status.is_server_error(),
        "{} {uri} gave {}",
        app.backend,
        reply.status
    );
    assert!(
        took < Duration::from_secs(4),
        "{} {uri} took {took:?}: did the payload run?",
        app.backend
    );
    let text = reply
        .text()
        .to_lowercase()
        .replace(&payload.to_lowercase(), "");
    for marker in INTERNAL_MARKERS {
        assert!(
            !text.contains(marker),
            "{} {uri} shows internal text {marker:?}:\n{}",
            app.backend,
            &reply.body[..reply.body.len().min(2000)]
        );
    }
}

db_test!(injection_lists_in_every_parameter_and_segment_give_no_internals);
async fn injection_lists_in_every_parameter_and_segment_give_no_internals(app: App) {
    let Some(corpora) = corpus::dir_or_skip("injection_lists") else {
        return;
    };
    let lists = payloads(&corpora);
    let mut routes = page_params();
    let api = api_params(&app).await;
    routes.extend(api.iter().cloned());
    let mut segments: Vec<String> = PAGE_SEGMENTS.iter().map(|s| (*s).to_owned()).collect();
    segments.extend(
        api.iter()
            .filter_map(|(p, _)| p.rsplit_once('/').map(|(h, _)| format!("{h}/{{}}"))),
    );
    segments.push("/static/{}".to_owned());
    for (kind, payloads) in &lists {
        for payload in payloads {
            for (route, params) in &routes {
                for param in params {
                    let uri = format!("{route}?{param}={}", corpus::q(payload));
                    check(&app, &uri, payload).await;
                }
            }
            for segment in &segments {
                check(&app, &segment.replace("{}", &corpus::seg(payload)), payload).await;
                // Traversal as attackers send it: the payload as written, when it is a
                // valid request target at all.
                let raw = segment.replace("{}", payload);
                if kind == "traversal" && raw.parse::<axum::http::Uri>().is_ok() {
                    check(&app, &raw, payload).await;
                }
            }
        }
    }
}
