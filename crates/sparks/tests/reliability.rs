//! Nothing lost: imports killed half-way, SIGTERM under load, backup and restore while writers
//! run, many writers at once, acknowledged writes across `kill -9` — driven through the real
//! binary, as an operator would.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

#[expect(
    dead_code,
    reason = "the shared test helpers; `Server::start_with_env` serves the S3 suite"
)]
mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use support::{
    KillOnDrop, Outcome, Server, count_initiatives, import_bundled_initiatives, integrity, sparks,
};

#[tokio::test]
async fn an_import_killed_half_way_leaves_the_database_before_or_after() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let big = dir.path().join("big.json");
    let o = sparks(
        &[
            "dev",
            "synth",
            "--initiatives",
            "1500",
            "--seed",
            "7",
            big.to_str().unwrap(),
        ],
        &data,
    );
    assert!(o.status.success());
    // A first, complete import of the bundled set: "before" is never an empty file.
    import_bundled_initiatives(&data);
    let before = count_initiatives(&data).await;
    let mut killed_running = 0;
    for delay_ms in [300, 900, 1800, 3000, 4500] {
        let mut child = KillOnDrop(
            support::command(&["import", "initiatives", big.to_str().unwrap()], &data)
                .stderr(Stdio::null())
                .spawn()
                .unwrap(),
        );
        std::thread::sleep(Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            killed_running += 1;
        }
        Command::new("kill")
            .args(["-KILL", &child.id().to_string()])
            .status()
            .unwrap();
        let _ = child.wait();
        assert_eq!(
            integrity(&data).await,
            vec!["ok".to_owned()],
            "after kill at {delay_ms} ms"
        );
        let now = count_initiatives(&data).await;
        assert!(
            now == before || now == before + 1500,
            "after kill -9 at {delay_ms} ms: {now} initiatives, neither {before} nor {}",
            before + 1500
        );
        if now == before + 1500 {
            break;
        }
    }
    assert!(
        killed_running > 0,
        "no import was still running when killed: make the file larger"
    );
}

#[tokio::test]
async fn sigterm_under_load_lets_requests_finish_and_exits_zero_and_logs_keep_no_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(&dir.path().join("data"), &[]);
    // Secrets in query strings (a reset token, a password someone put in a URL) never reach
    // the log.
    let (status, _) = server.get("/search?q=child&token=TOKENSECRET4242&password=hunter2pass");
    assert_eq!(status, 200);
    server.get("/initiatives?session=SESSIONSECRET77");

    let stop = Arc::new(AtomicBool::new(false));
    let outcomes: Arc<Mutex<Vec<(Instant, Outcome)>>> = Arc::default();
    let mut clients = Vec::new();
    for n in 0..8 {
        let (stop, outcomes, addr) = (stop.clone(), outcomes.clone(), server.addr.clone());
        clients.push(std::thread::spawn(move || {
            let paths = [
                "/search?q=prevention",
                "/initiatives",
                "/landscape",
                "/api/v1/initiatives?per_page=100",
            ];
            let mut i = n;
            while !stop.load(Ordering::Relaxed) {
                let sent = Instant::now();
                let outcome = support::fetch(&addr, paths[i % paths.len()]);
                i += 1;
                let refused = outcome == Outcome::Refused;
                outcomes.lock().unwrap().push((sent, outcome));
                if refused {
                    break;
                }
            }
        }));
    }
    std::thread::sleep(Duration::from_millis(1500));
    let signalled = Instant::now();
    let (exit, log, took) = server.stop();
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.join().unwrap();
    }
    assert!(exit.success(), "exit status {exit:?} after SIGTERM\n{log}");
    assert!(took < Duration::from_secs(30), "took {took:?} to stop");
    let outcomes = outcomes.lock().unwrap();
    let partial: Vec<_> = outcomes
        .iter()
        .filter(|(_, o)| matches!(o, Outcome::Partial(_)))
        .collect();
    assert!(
        partial.is_empty(),
        "responses cut short by the shutdown: {partial:?}"
    );
    let in_flight = outcomes
        .iter()
        .filter(|(sent, o)| *sent < signalled && *o == Outcome::Complete(200))
        .count();
    assert!(
        in_flight > 10,
        "requests before the signal completed ({in_flight})"
    );
    assert!(log.contains("request"), "the request log is there:\n{log}");
    for secret in ["TOKENSECRET4242", "hunter2pass", "SESSIONSECRET77"] {
        assert!(!log.contains(secret), "the log holds {secret}:\n{log}");
    }
}

#[tokio::test]
async fn a_backup_taken_while_writers_run_restores_to_a_site_that_answers_the_same() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let synth = dir.path().join("synth.json");
    sparks(
        &[
            "dev",
            "synth",
            "--initiatives",
            "300",
            "--seed",
            "3",
            synth.to_str().unwrap(),
        ],
        &data,
    );
    import_bundled_initiatives(&data);
    // Writers: the server's own seeding plus repeated imports, while a backup is taken.
    let writer = {
        let (data, synth) = (data.clone(), synth.clone());
        std::thread::spawn(move || {
            for _ in 0..3 {
                let o = sparks(&["import", "initiatives", synth.to_str().unwrap()], &data);
                assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
            }
        })
    };
    std::thread::sleep(Duration::from_millis(300));
    let during = dir.path().join("during.db");
    let o = sparks(&["backup", during.to_str().unwrap()], &data);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    writer.join().unwrap();
    let restored_during = dir.path().join("restored-during");
    let o = sparks(&["restore", during.to_str().unwrap()], &restored_during);
    assert!(
        o.status.success(),
        "a backup taken under writes restores: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let n = count_initiatives(&restored_during).await;
    assert!(
        n == 186 || n == 486,
        "the backup holds a committed state, not a mix: {n}"
    );

    let after = dir.path().join("after.db");
    assert!(
        sparks(&["backup", after.to_str().unwrap()], &data)
            .status
            .success()
    );
    let restored = dir.path().join("restored");
    assert!(
        sparks(&["restore", after.to_str().unwrap()], &restored)
            .status
            .success()
    );
    // Restoring over a database is refused.
    let again = sparks(&["restore", after.to_str().unwrap()], &restored);
    assert!(!again.status.success());

    let original = Server::start(&data, &["--no-seed"]);
    let copy = Server::start(&restored, &["--no-seed"]);
    let mut compared = 0;
    for path in [
        "/api/v1/initiatives?per_page=100",
        "/api/v1/initiatives?per_page=100&page=4",
        "/api/v1/initiatives/arica",
        "/api/v1/search?q=child",
        "/api/v1/landscape",
        "/initiatives?page=3",
        "/initiatives/arica",
        "/search?q=prevention",
        "/landscape.csv",
    ] {
        let (a, b) = (original.get(path), copy.get(path));
        assert_eq!(a.0, 200, "{path}");
        assert_eq!(
            support::body(&a.1),
            support::body(&b.1),
            "{path} differs after restore"
        );
        compared += 1;
    }
    assert_eq!(compared, 9);
    assert!(original.stop().0.success() && copy.stop().0.success());
}

#[tokio::test]
async fn fifty_concurrent_writers_on_sqlite_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    import_bundled_initiatives(&data);
    let before = count_initiatives(&data).await;
    let writers: Vec<_> = (0..50)
        .map(|n| {
            let file = dir.path().join(format!("w{n}.json"));
            std::fs::write(
                &file,
                format!(r#"[{{"acronym": "WRITER {n}", "full_name": "Concurrent writer {n}", "pillars": ["prevention"], "sources": ["https://example.org/{n}"]}}]"#),
            )
            .unwrap();
            KillOnDrop(
                support::command(&["import", "initiatives", file.to_str().unwrap()], &data)
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap(),
            )
        })
        .collect();
    for (n, mut w) in writers.into_iter().enumerate() {
        // Read stderr to its end before waiting, as wait_with_output does: a full pipe would
        // otherwise stall the writer.
        let mut err = String::new();
        if let Some(mut pipe) = w.stderr.take() {
            let _ = std::io::Read::read_to_string(&mut pipe, &mut err);
        }
        let status = w.wait().unwrap();
        assert!(status.success(), "writer {n}: {err}");
    }
    assert_eq!(
        count_initiatives(&data).await,
        before + 50,
        "every write is there"
    );
    assert_eq!(integrity(&data).await, vec!["ok".to_owned()]);
}

#[tokio::test]
async fn postgres_dump_and_restore_answer_the_same() {
    let Some(url) = sparks_store::testing::postgres_url().await else {
        eprintln!("SKIPPED postgres_dump_and_restore: TEST_DATABASE_URL is not set");
        return;
    };
    if Command::new("pg_dump").arg("--version").output().is_err() {
        eprintln!("SKIPPED postgres_dump_and_restore: pg_dump is not installed");
        return;
    }
    support::pg_dump_restore(&url).await;
}

/// Acknowledged writes survive `kill -9`: `POST /join` under load, the server killed and
/// restarted five times, every acknowledged account there afterwards.
#[tokio::test]
async fn acknowledged_joins_survive_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    support::acked_writes_survive_kill_9(&dir.path().join("data"), &support::JOIN).await;
}

/// Likewise for `POST /newsletter` subscriptions.
#[tokio::test]
async fn acknowledged_subscriptions_survive_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    support::acked_writes_survive_kill_9(&dir.path().join("data"), &support::NEWSLETTER).await;
}

#[test]
fn json_test_suite_through_the_import_gives_clear_errors() {
    let Some(corpora) = support::corpora() else {
        eprintln!("SKIPPED json_test_suite_through_the_import: ../shared/corpora is not there");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let suite = corpora.join("json/JSONTestSuite/test_parsing");
    let mut files: Vec<_> = std::fs::read_dir(&suite)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    // Every must-reject file, a sample of the rest (all of them in the long run); the parser
    // itself gets every file in sparks-ingest's own test.
    let long = std::env::var("SPARKS_LONG_TESTS").is_ok_and(|v| v == "1");
    let picked: Vec<&Path> = files
        .iter()
        .enumerate()
        .filter(|(i, f)| {
            long || i % 12 == 0
                || f.file_name()
                    .unwrap()
                    .to_string_lossy()
                    .starts_with("n_structure")
        })
        .map(|(_, f)| f.as_path())
        .collect();
    for file in picked {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let started = Instant::now();
        let o = sparks(&["import", "initiatives", file.to_str().unwrap()], &data);
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "{name} took {:?}",
            started.elapsed()
        );
        assert!(!err.contains("panicked"), "{name}: {err}");
        assert!(o.status.code().is_some(), "{name} killed the process");
        if name.starts_with("n_") {
            assert!(!o.status.success(), "{name} was accepted");
            assert!(err.contains("error"), "{name}: no clear error: {err}");
        }
    }
}
