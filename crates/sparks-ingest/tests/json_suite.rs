//! Every JSONTestSuite file (`../shared/corpora/json/JSONTestSuite`) through every import
//! parser: must-reject files are errors, nothing panics or hangs.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

type Parser = fn(&str) -> Result<usize, String>;

const PARSERS: &[(&str, Parser)] = &[
    ("initiatives", |j| {
        sparks_ingest::parse_initiatives(j)
            .map(|r| r.initiatives.len())
            .map_err(|e| e.to_string())
    }),
    ("resources", |j| {
        sparks_ingest::parse_resources(j)
            .map(|r| r.items.len())
            .map_err(|e| e.to_string())
    }),
    ("news", |j| {
        sparks_ingest::parse_news(j)
            .map(|r| r.items.len())
            .map_err(|e| e.to_string())
    }),
    ("events", |j| {
        sparks_ingest::parse_events(j)
            .map(|r| r.items.len())
            .map_err(|e| e.to_string())
    }),
    ("recommendations", |j| {
        sparks_ingest::parse_recommendations(j)
            .map(|r| r.items.len())
            .map_err(|e| e.to_string())
    }),
    ("statistics", |j| {
        sparks_ingest::parse_statistics(j)
            .map(|r| r.items.len())
            .map_err(|e| e.to_string())
    }),
    ("helplines", |j| {
        sparks_ingest::parse_helplines(j)
            .map(|r| r.items.len())
            .map_err(|e| e.to_string())
    }),
];

#[test]
fn every_json_test_suite_file_is_a_clear_error_or_a_report_never_a_panic_or_hang() {
    let suite = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpora/json/JSONTestSuite/test_parsing");
    if !suite.is_dir() {
        eprintln!("SKIPPED json test suite: ../shared/corpora is not there");
        return;
    }
    let mut files: Vec<PathBuf> = std::fs::read_dir(&suite)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() > 300, "the whole suite is there");
    let mut rejected = 0;
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        // `sparks import` reads the file as UTF-8 first and stops with an error otherwise.
        let Ok(text) = String::from_utf8(std::fs::read(file).unwrap()) else {
            continue;
        };
        for (kind, parse) in PARSERS {
            let (tx, rx) = mpsc::channel();
            let text = text.clone();
            let parse = *parse;
            // A thread per parse, so that a panic or a hang is a failure with a name.
            std::thread::spawn(move || {
                let outcome = std::panic::catch_unwind(|| parse(&text));
                let _ = tx.send(outcome);
            });
            let outcome = rx
                .recv_timeout(Duration::from_secs(10))
                .unwrap_or_else(|_| panic!("{kind} parser hung on {name}"));
            let outcome = outcome.unwrap_or_else(|_| panic!("{kind} parser panicked on {name}"));
            if name.starts_with("n_") {
                let message = outcome
                    .err()
                    .unwrap_or_else(|| panic!("{kind} parser accepted {name}"));
                assert!(!message.is_empty(), "{name}: an empty error message");
                rejected += 1;
            }
        }
    }
    assert!(
        rejected > 150 * PARSERS.len(),
        "must-reject files were tried ({rejected})"
    );
}
