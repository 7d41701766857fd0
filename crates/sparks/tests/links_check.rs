//! `sparks links check --once` as an operator runs it, on SQLite and, when
//! `TEST_DATABASE_URL` is set, PostgreSQL: against a loopback server (200 and 404) it records
//! each link and prints the broken ones; without `SPARKS_ALLOW_PRIVATE_FETCH=1` the loopback
//! address is refused and no request reaches the server. The server is a task of the test's
//! runtime (stopped with the test, failed or not) and the command runs to its end.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

#[expect(dead_code, reason = "the reliability helpers are not all used here")]
mod support;

use sparks_store::{Backend, db_test};
use support::{BIN, storage};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// Runs `sparks` off the runtime's thread, so the test's server keeps answering meanwhile.
async fn sparks(args: Vec<String>, env: Vec<(&'static str, &'static str)>) -> Output {
    tokio::task::spawn_blocking(move || {
        let mut c = Command::new(BIN);
        c.args(&args)
            .env_remove("SPARKS_DATABASE_URL")
            .env_remove("SPARKS_DATA_DIR")
            .env_remove("SPARKS_ALLOW_PRIVATE_FETCH");
        for (k, v) in env {
            c.env(k, v);
        }
        c.output().unwrap()
    })
    .await
    .unwrap()
}

/// `/ok` answers 200, anything else 404; counts the requests.
async fn server(hits: Arc<AtomicUsize>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            hits.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut buf = [0u8; 2048];
                let n = sock.read(&mut buf).await.unwrap_or(0);
                let head = String::from_utf8_lossy(&buf[..n]).into_owned();
                let status = if head.split_whitespace().nth(1) == Some("/ok") {
                    "200 OK"
                } else {
                    "404 Not Found"
                };
                let reply =
                    format!("HTTP/1.1 {status}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                let _ = sock.write_all(reply.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

db_test!(links_check_once_records_and_reports_broken_links);
async fn links_check_once_records_and_reports_broken_links(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let hits = Arc::new(AtomicUsize::new(0));
    let base = server(hits.clone()).await;
    let (name, db) = storage(backend, dir.path()).await;
    let file = dir.path().join("initiatives.json");
    let record = serde_json::json!([{
        "acronym": "LINKY",
        "full_name": "Linky project",
        "type": "project",
        "pillars": ["prevention"],
        "website": format!("{base}/ok"),
        "description": "A project with links.",
        "sources": [format!("{base}/gone")],
    }]);
    std::fs::write(&file, record.to_string()).unwrap();
    let with_db = |args: &[&str]| -> Vec<String> {
        args.iter()
            .map(|a| (*a).to_owned())
            .chain(db.iter().cloned())
            .collect()
    };
    let o = sparks(
        with_db(&["import", "initiatives", file.to_str().unwrap()]),
        vec![],
    )
    .await;
    assert!(
        o.status.success(),
        "{name}: {}",
        String::from_utf8_lossy(&o.stderr)
    );

    // Without the variable: loopback is refused before any connection.
    let check = with_db(&[
        "links",
        "check",
        "--once",
        "--spacing-ms",
        "0",
        "--timeout-secs",
        "2",
    ]);
    let o = sparks(check.clone(), vec![]).await;
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    assert!(!o.status.success(), "{name}: broken links exit non-zero");
    assert!(
        out.contains(&format!("broken\t{base}/ok\t")),
        "{name}: {out}"
    );
    assert!(out.contains("SPARKS_ALLOW_PRIVATE_FETCH"), "{name}: {out}");
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "{name}: a request reached loopback"
    );

    // With it (tests only): the 200 works again, the 404 stays broken.
    let o = sparks(check, vec![("SPARKS_ALLOW_PRIVATE_FETCH", "1")]).await;
    let out = String::from_utf8_lossy(&o.stdout).into_owned();
    let err = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(!o.status.success(), "{name}: {err}");
    assert!(
        out.contains(&format!("broken\t{base}/gone\tHTTP status 404")),
        "{name}: {out}"
    );
    assert!(!out.contains(&format!("{base}/ok")), "{name}: {out}");
    assert!(err.contains("checked 2 links: 1 ok"), "{name}: {err}");
    assert!(hits.load(Ordering::SeqCst) >= 2);
}
