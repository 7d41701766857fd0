//! `sparks feeds`, `sparks import cordis` and `sparks export --type` as a user runs them,
//! on SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::io::{Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, Output};

// Shared with the reliability suite; this one uses its binary path, process guard and storage
// options only.
#[expect(dead_code, reason = "the reliability helpers are not all used here")]
mod support;

use sparks_store::{Backend, db_test};
use support::{BIN, storage};

fn sparks(args: &[&str], db: &[String], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(BIN);
    c.args(args)
        .args(db)
        .env_remove("SPARKS_DATABASE_URL")
        .env_remove("SPARKS_DATA_DIR")
        .env_remove("SPARKS_ALLOW_PRIVATE_FETCH");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn repo(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
        .display()
        .to_string()
}

/// Serves one RSS document to every request, on loopback.
fn feed_server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let mut buf = [0u8; 4096];
            let _ = s.read(&mut buf);
            let body = r#"<rss version="2.0"><channel><title>ARICA</title>
<item><title>ARICA toolkit</title><link>https://arica.example/toolkit</link><guid>1</guid>
<description>The &lt;b&gt;toolkit&lt;/b&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
<item><title>ARICA workshop</title><link>https://arica.example/workshop</link><guid>2</guid></item>
</channel></rss>"#;
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{addr}/feed.xml")
}

db_test!(feeds_add_and_run_once_fill_the_news_and_refuse_loopback_by_default);
async fn feeds_add_and_run_once_fill_the_news_and_refuse_loopback_by_default(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let url = feed_server();
    let (name, db) = storage(backend, dir.path()).await;
    let o = sparks(&["feeds", "add", "--initiative", "arica", &url], &db, &[]);
    assert!(!o.status.success(), "{name}: no such initiative yet");
    assert!(stderr(&o).contains("no initiative"), "{}", stderr(&o));
    let o = sparks(
        &["import", "initiatives", &repo("data/initiatives.json")],
        &db,
        &[],
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    let o = sparks(
        &["feeds", "add", "--initiative", "arica", "ftp://x.example/"],
        &db,
        &[],
    );
    assert!(!o.status.success());
    let o = sparks(&["feeds", "add", "--initiative", "arica", &url], &db, &[]);
    assert!(o.status.success(), "{name}: {}", stderr(&o));

    // Without the switch, a loopback address is refused before any connection.
    let o = sparks(&["feeds", "run", "--once"], &db, &[]);
    assert!(!o.status.success(), "{name}");
    let list = sparks(&["feeds", "list"], &db, &[]);
    let text = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(
        text.contains("error") && text.contains("not a public address"),
        "{name}: {text}"
    );

    let o = sparks(
        &["feeds", "run", "--once"],
        &db,
        &[("SPARKS_ALLOW_PRIVATE_FETCH", "1")],
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    assert!(
        stderr(&o).contains("fetched 1 feeds (2 new items)"),
        "{}",
        stderr(&o)
    );
    let o = sparks(
        &["feeds", "run", "--once"],
        &db,
        &[("SPARKS_ALLOW_PRIVATE_FETCH", "1")],
    );
    assert!(
        stderr(&o).contains("(0 new items)"),
        "{name}: nothing doubles: {}",
        stderr(&o)
    );
    let list = String::from_utf8_lossy(&sparks(&["feeds", "list"], &db, &[]).stdout).into_owned();
    assert!(
        list.contains("\tok\t") && list.contains("items=2"),
        "{name}: {list}"
    );

    let out = dir.path().join(format!("news-{name}.json"));
    let o = sparks(
        &[
            "export",
            "--format",
            "json",
            "--type",
            "news",
            out.to_str().unwrap(),
        ],
        &db,
        &[],
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let news = std::fs::read_to_string(&out).unwrap();
    assert!(news.contains("ARICA toolkit") && news.contains("https://arica.example/toolkit"));
    assert!(!news.contains("x()"), "script text dropped");
}

db_test!(import_cordis_reports_counts_and_merges_on_a_second_run);
async fn import_cordis_reports_counts_and_merges_on_a_second_run(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = repo("crates/sparks-ingest/tests/fixtures/cordis");
    let (name, db) = storage(backend, dir.path()).await;
    let o = sparks(
        &["import", "initiatives", &repo("data/initiatives.json")],
        &db,
        &[],
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    let o = sparks(&["import", "cordis", &fixtures], &db, &[]);
    assert!(!o.status.success(), "{name}: two projects are rejected");
    let e = stderr(&o);
    assert!(
        e.contains("read 5, taken 3 (1 new, 1 merged), skipped 1 as not relevant, rejected 2"),
        "{name}: {e}"
    );
    assert!(
        e.contains("ecmaxcontribution") && e.contains("acronym"),
        "{e}"
    );
    let o = sparks(&["import", "cordis", &fixtures], &db, &[]);
    assert!(
        stderr(&o).contains("(0 new, 2 merged)"),
        "{name}: {}",
        stderr(&o)
    );
    let o = sparks(
        &[
            "import",
            "cordis",
            "--ids",
            "101999002",
            &format!("{fixtures}/project.csv"),
        ],
        &db,
        &[],
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    assert!(
        stderr(&o).contains("taken 1 (1 new, 0 merged)"),
        "{}",
        stderr(&o)
    );
    let o = sparks(&["import", "cordis", &repo("Cargo.toml")], &db, &[]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("not a CORDIS export"), "{}", stderr(&o));
}

#[tokio::test]
async fn export_covers_every_type_and_reimports() {
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let db = vec!["--data-dir".to_owned(), data.path().display().to_string()];
    // `serve` seeds; here the imports do the same job.
    for (kind, file) in [
        ("initiatives", "data/initiatives.json"),
        ("resources", "data/resources.json"),
        ("news", "data/news.json"),
        ("events", "data/events.json"),
        ("recommendations", "data/recommendations.json"),
        ("statistics", "data/statistics.json"),
        ("helplines", "data/helplines.json"),
    ] {
        let o = sparks(&["import", kind, &repo(file)], &db, &[]);
        assert!(o.status.success(), "{kind}: {}", stderr(&o));
    }
    for format in ["json", "csv"] {
        let out = dir.path().join(format);
        let o = sparks(
            &[
                "export",
                "--format",
                format,
                "--type",
                "all",
                out.to_str().unwrap(),
            ],
            &db,
            &[],
        );
        assert!(o.status.success(), "{}", stderr(&o));
        // Initiatives, then every content type the bundle seeds.
        for kind in std::iter::once("initiatives").chain(sparks_store::seed::CONTENT_TYPES) {
            let text = std::fs::read_to_string(out.join(format!("{kind}.{format}"))).unwrap();
            assert!(text.len() > 100, "{kind}.{format}");
            if format == "json" {
                let fresh = tempfile::tempdir().unwrap();
                let fresh_db = vec!["--data-dir".to_owned(), fresh.path().display().to_string()];
                if kind != "initiatives" {
                    sparks(
                        &["import", "initiatives", &repo("data/initiatives.json")],
                        &fresh_db,
                        &[],
                    );
                }
                let path = out.join(format!("{kind}.json"));
                let o = sparks(&["import", kind, path.to_str().unwrap()], &fresh_db, &[]);
                assert!(o.status.success(), "{kind} re-imports: {}", stderr(&o));
            }
        }
    }
}

fn http_get(addr: &str, path: &str) -> String {
    let Ok(mut s) = std::net::TcpStream::connect(addr) else {
        return String::new();
    };
    let _ = write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    );
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    out
}

db_test!(serve_runs_the_feed_scheduler_and_stops_it_cleanly);
async fn serve_runs_the_feed_scheduler_and_stops_it_cleanly(backend: Backend) {
    use std::time::{Duration, Instant};
    let dir = tempfile::tempdir().unwrap();
    let url = feed_server();
    let (name, db) = storage(backend, dir.path()).await;
    sparks(
        &["import", "initiatives", &repo("data/initiatives.json")],
        &db,
        &[],
    );
    let o = sparks(&["feeds", "add", "--initiative", "arica", &url], &db, &[]);
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    let port = TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = support::KillOnDrop(
        Command::new(BIN)
            .args(["serve", "--addr", &addr])
            .args(&db)
            .env_remove("SPARKS_DATABASE_URL")
            .env("SPARKS_FEED_INTERVAL", "1")
            .env("SPARKS_ALLOW_PRIVATE_FETCH", "1")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(30);
    while !http_get(&addr, "/news").contains("ARICA toolkit") {
        assert!(
            Instant::now() < deadline,
            "{name}: the scheduler never fetched the feed"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "{name}: {status:?}\n{log}");
    assert!(
        log.contains("feed scheduler stopped") && log.contains("stopped cleanly"),
        "{log}"
    );
}
