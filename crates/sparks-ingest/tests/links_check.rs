//! The link checker end to end, on every backend: records whose links point at local
//! loopback servers that answer 200, 404, 500, a chain of redirects, 405 to HEAD then 200 to
//! GET, never answer, or refuse the connection; and the same links refused without
//! `SPARKS_ALLOW_PRIVATE_FETCH` (no request ever reaches the server). Every server is a task
//! of the test's runtime, so it stops with the test, failed or not.

#![expect(
    clippy::unwrap_used,
    reason = "bodies for db_test! are plain functions, not #[test]s: a panic is a failed test"
)]

#[expect(dead_code, reason = "the slow and endless bodies serve the feed tests")]
mod server;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use server::{Reply, serve};
use sparks_core::Clock;
use sparks_ingest::fetch::{Fetcher, Policy};
use sparks_ingest::link_check::{CheckOptions, run};
use sparks_store::links::{self, Link, LinkState};
use sparks_store::testing::TestDb;
use sparks_store::{Db, db_test, initiatives};
use tokio::net::TcpListener;

const NOW: &str = "2026-12-01T10:00:00Z";

fn clock() -> Clock {
    Clock::fixed(
        time::OffsetDateTime::parse(NOW, &time::format_description::well_known::Rfc3339).unwrap(),
    )
}

fn fetcher(allow_private: bool) -> Fetcher {
    Fetcher::new(Policy {
        allow_private,
        connect_timeout: Duration::from_secs(1),
        total_timeout: Duration::from_millis(800),
        max_body: 64 * 1024,
        max_redirects: 4,
    })
}

fn options(clock: &Clock) -> CheckOptions {
    CheckOptions {
        worker: "test".to_owned(),
        cap: 100,
        spacing: Duration::from_millis(40),
        interval: Duration::from_secs(7 * 24 * 3600),
        clock: clock.clone(),
        everything: true,
    }
}

/// An initiative whose website and sources are the given URLs.
async fn initiative(db: &Db, acronym: &str, website: &str, sources: &[String]) {
    let record = serde_json::json!([{
        "acronym": acronym,
        "full_name": format!("{acronym} project"),
        "type": "project",
        "pillars": ["prevention"],
        "website": website,
        "description": "A project with links.",
        "sources": sources,
    }]);
    let parsed = sparks_ingest::parse_initiatives(&record.to_string()).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    for i in &parsed.initiatives {
        initiatives::upsert(db, i, NOW).await.unwrap();
    }
}

/// A server that accepts connections and never answers.
async fn silent() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = listener.accept().await {
            held.push(sock);
        }
    });
    format!("http://{addr}/slow")
}

/// A port nobody listens on (bound, then closed).
async fn refused() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/closed")
}

async fn state_of(db: &Db, url: &str) -> Link {
    links::lookup(db, [url])
        .await
        .unwrap()
        .remove(url)
        .unwrap_or_else(|| panic!("{url} was not recorded"))
}

db_test!(links_are_checked_against_local_servers);
async fn links_are_checked_against_local_servers(t: TestDb) {
    let db = &t.db;
    let srv = serve(|req| {
        let path = req.split_whitespace().nth(1).unwrap_or("/").to_owned();
        let head = req.starts_with("head ");
        match path.as_str() {
            "/ok" => Reply::status(200),
            "/gone" => Reply::status(404),
            "/error" => Reply::status(500),
            "/moved" => Reply::status(301).header("Location", "/moved-2"),
            "/moved-2" => Reply::status(302).header("Location", "/final"),
            "/final" => Reply::status(200),
            "/temporary" => Reply::status(302).header("Location", "/ok"),
            "/no-head" if head => Reply::status(405),
            "/no-head" => Reply::ok("<p>a page</p>"),
            _ => Reply::status(400),
        }
    })
    .await;
    let (slow, closed) = (silent().await, refused().await);
    let sources = vec![
        srv.url("/gone"),
        srv.url("/error"),
        srv.url("/moved#section"),
        srv.url("/no-head"),
        slow.clone(),
        closed.clone(),
    ];
    initiative(db, "LINKY", &srv.url("/ok"), &sources).await;
    initiative(db, "HOPPY", &srv.url("/temporary"), &[]).await;
    let clock = clock();
    let started = Instant::now();
    let report = run(db, &fetcher(true), &options(&clock)).await.unwrap();
    assert_eq!(report.checked, 8, "{report:?}");
    // Seven of the eight links are on one host: six pauses between them at least.
    assert!(started.elapsed() >= Duration::from_millis(6 * 40));

    let ok = state_of(db, &srv.url("/ok")).await;
    assert_eq!(ok.state, LinkState::Ok);
    assert_eq!(ok.status_code, Some(200));
    assert_eq!(ok.last_checked.as_deref(), Some(NOW));
    assert_eq!(ok.last_success.as_deref(), Some(NOW));

    let gone = state_of(db, &srv.url("/gone")).await;
    assert_eq!(gone.state, LinkState::Broken, "{gone:?}");
    assert_eq!(gone.status_code, Some(404));
    assert_eq!(gone.broken_since.as_deref(), Some(NOW));
    assert_eq!(gone.last_success, None);

    // A 500 may pass: counted only the second time in a row.
    let error = state_of(db, &srv.url("/error")).await;
    assert_eq!(error.state, LinkState::Unchecked, "{error:?}");
    assert_eq!((error.status_code, error.failures), (Some(500), 1));

    // A chain with a permanent redirect: the link works, and where it ends is recorded. The
    // fragment is not part of the key.
    let moved = state_of(db, &srv.url("/moved")).await;
    assert_eq!(moved.state, LinkState::Redirected, "{moved:?}");
    assert_eq!(moved.final_url, Some(srv.url("/final")));
    assert_eq!(moved.status_code, Some(200));
    // A temporary redirect is not a reason to change a link.
    let temporary = state_of(db, &srv.url("/temporary")).await;
    assert_eq!(temporary.state, LinkState::Ok, "{temporary:?}");

    // HEAD refused, GET answers: the link works.
    let no_head = state_of(db, &srv.url("/no-head")).await;
    assert_eq!(no_head.state, LinkState::Ok, "{no_head:?}");
    assert_eq!(no_head.status_code, Some(200));

    // A time-out may pass too.
    let timeout = state_of(db, &slow).await;
    assert_eq!(timeout.state, LinkState::Unchecked, "{timeout:?}");
    assert!(
        timeout.error.as_deref().unwrap().contains("timed out"),
        "{timeout:?}"
    );

    // A refused connection is broken at once.
    let refused = state_of(db, &closed).await;
    assert_eq!(refused.state, LinkState::Broken, "{refused:?}");
    assert!(
        refused.error.as_deref().unwrap().contains("connect"),
        "{refused:?}"
    );

    // The second pass, a day later: the 500 and the time-out, twice in a row, are broken;
    // the broken 404 keeps the day it was first reported.
    clock.advance(time::Duration::days(1));
    let report = run(db, &fetcher(true), &options(&clock)).await.unwrap();
    assert_eq!(report.checked, 8, "{report:?}");
    for url in [srv.url("/error"), slow.clone()] {
        let link = state_of(db, &url).await;
        assert_eq!(link.state, LinkState::Broken, "{link:?}");
        assert_eq!(link.failures, 2);
    }
    assert_eq!(
        state_of(db, &srv.url("/gone"))
            .await
            .broken_since
            .as_deref(),
        Some(NOW)
    );
    let ok = state_of(db, &srv.url("/ok")).await;
    assert_eq!(ok.last_checked.as_deref(), Some("2026-12-02T10:00:00Z"));

    // A cap per pass: the oldest checked go first.
    let capped = CheckOptions {
        cap: 3,
        ..options(&clock)
    };
    clock.advance(time::Duration::days(1));
    assert_eq!(run(db, &fetcher(true), &capped).await.unwrap().checked, 3);
    let (newer, older): (Vec<Link>, Vec<Link>) = links::all(db)
        .await
        .unwrap()
        .into_iter()
        .partition(|l| l.last_checked.as_deref() == Some("2026-12-03T10:00:00Z"));
    assert_eq!((newer.len(), older.len()), (3, 5));
    // The scheduled pass catches up with the five left over, then has nothing due.
    let scheduled = CheckOptions {
        everything: false,
        ..options(&clock)
    };
    assert_eq!(
        run(db, &fetcher(true), &scheduled).await.unwrap().checked,
        5
    );
    assert_eq!(
        run(db, &fetcher(true), &scheduled).await.unwrap().checked,
        0
    );
}

db_test!(a_private_address_is_refused_without_the_variable);
async fn a_private_address_is_refused_without_the_variable(t: TestDb) {
    let db = &t.db;
    let hits = Arc::new(AtomicUsize::new(0));
    let counted = hits.clone();
    let srv = serve(move |_| {
        counted.fetch_add(1, Ordering::SeqCst);
        Reply::status(200)
    })
    .await;
    let localhost = srv.url("/page").replace("127.0.0.1", "localhost");
    initiative(
        db,
        "LOCAL",
        &srv.url("/page"),
        std::slice::from_ref(&localhost),
    )
    .await;
    let clock = clock();
    let report = run(db, &fetcher(false), &options(&clock)).await.unwrap();
    assert_eq!(report.broken, 2, "{report:?}");
    for url in [srv.url("/page"), localhost] {
        let link = state_of(db, &url).await;
        assert_eq!(link.state, LinkState::Broken, "{link:?}");
        let error = link.error.unwrap();
        assert!(error.contains("SPARKS_ALLOW_PRIVATE_FETCH"), "{error}");
    }
    assert_eq!(
        hits.load(Ordering::SeqCst),
        0,
        "a request reached the private server"
    );
    // The same links with the variable set (tests only) work.
    clock.advance(time::Duration::days(1));
    let report = run(db, &fetcher(true), &options(&clock)).await.unwrap();
    assert_eq!(report.ok, 2, "{report:?}");
    assert!(hits.load(Ordering::SeqCst) >= 2);
}

db_test!(every_initiative_link_is_registered_across_slices);
/// The references are read a slice of initiatives at a time (to keep a pass's memory flat):
/// with more initiatives than two slices, every URL of every initiative still gets its row,
/// once, and a second pass adds none.
async fn every_initiative_link_is_registered_across_slices(t: TestDb) {
    let db = &t.db;
    let records = sparks_ingest::synth::initiatives(2_500, 7);
    let parsed =
        sparks_ingest::parse_initiatives(&serde_json::to_string(&records).unwrap()).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    let mut tx = db.begin().await.unwrap();
    initiatives::upsert_many_in(&mut tx, &parsed.initiatives, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let references = links::references(db).await.unwrap();
    // Every synthetic initiative has a website of its own.
    let websites = references
        .iter()
        .filter(|r| r.kind == "initiative" && r.field == "website")
        .count();
    assert_eq!(websites, 2_500);
    let mut expected: Vec<String> = references.into_iter().map(|r| r.url).collect();
    expected.sort_unstable();
    expected.dedup();

    let added = links::sync_references(db, NOW).await.unwrap();
    assert_eq!(added, expected.len());
    let mut stored: Vec<String> = links::all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|l| l.url)
        .collect();
    stored.sort_unstable();
    assert_eq!(stored, expected);
    assert_eq!(links::sync_references(db, NOW).await.unwrap(), 0);
}
