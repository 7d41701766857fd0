//! An untrusted feed's items wait for an editor (issue #18), fetched from a local Atom server
//! on every backend: nowhere public (news lists, post pages, search) until approved, public
//! after; a trusted feed's items are public at once; a feed staff mark trusted publishes its
//! later items directly while the ones already waiting stay in the queue.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

#[expect(
    dead_code,
    reason = "the shared loopback server; this suite needs plain replies"
)]
mod server;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use server::{Reply, serve};
use sparks_core::Clock;
use sparks_ingest::feed_run::{RunOptions, make_all_due, run_due};
use sparks_ingest::fetch::{Fetcher, Policy};
use sparks_store::editorial::{self, Outcome};
use sparks_store::feeds::{self, FEED_ITEM_KIND};
use sparks_store::moderation::{self, SubmissionStatus};
use sparks_store::search::{self, SearchFilter, SearchRequest};
use sparks_store::testing::{self, TestDb};
use sparks_store::{Db, NewsFilter, db_test, news};
use time::macros::datetime;

const ADDED: &str = "2026-01-01T00:00:00Z";

/// An Atom feed with the first `n` of three entries, each with a word found nowhere else.
fn atom(n: usize) -> String {
    let entries: String = ["Alpha", "Bravo", "Charlie"]
        .iter()
        .take(n)
        .map(|name| {
            format!(
                "<entry><id>urn:{name}</id><title>{name} zqxfeeditem</title>\
                 <link href=\"https://project.example/{name}\"/>\
                 <updated>2026-01-01T00:00:00Z</updated>\
                 <content type=\"html\">&lt;p&gt;{name}qq report&lt;/p&gt;</content></entry>"
            )
        })
        .collect();
    format!(
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\
         <id>urn:f</id><title>Project</title><updated>2026-01-01T00:00:00Z</updated>\
         {entries}</feed>"
    )
}

fn local() -> Fetcher {
    Fetcher::new(Policy {
        allow_private: true,
        connect_timeout: Duration::from_secs(1),
        total_timeout: Duration::from_secs(2),
        max_body: 64 * 1024,
        max_redirects: 3,
    })
}

/// Whether anything public shows the entry `name`: the news list, its post page, search.
async fn public(db: &Db, name: &str) -> bool {
    let filter = NewsFilter {
        initiative: Some("arica".into()),
        q: None,
    };
    let title = format!("{name} zqxfeeditem");
    let listed = news::list(db, &filter, 1, 100)
        .await
        .unwrap()
        .items
        .iter()
        .any(|p| p.title == title);
    let page = news::get(db, &format!("{}-zqxfeeditem", name.to_lowercase()))
        .await
        .unwrap()
        .is_some();
    let request = SearchRequest {
        q: format!("{}qq", name.to_lowercase()),
        filter: SearchFilter::default(),
        page: 1,
        per_page: 10,
    };
    let found = search::search(db, &request).await.unwrap().total > 0;
    assert!(
        listed == page && page == found,
        "{name}: listed {listed}, page {page}, found {found}"
    );
    listed
}

/// The waiting feed items' titles, oldest first.
async fn waiting(db: &Db) -> Vec<(i64, String)> {
    moderation::pending(db)
        .await
        .unwrap()
        .into_iter()
        .filter(|s| s.kind == FEED_ITEM_KIND)
        .map(|s| (s.id, s.title()))
        .collect()
}

db_test!(untrusted_items_wait_for_an_editor_and_trusted_ones_publish_at_once);
async fn untrusted_items_wait_for_an_editor_and_trusted_ones_publish_at_once(t: TestDb) {
    let db = &t.db;
    let b = &t.name;
    // The untrusted feed grows by one entry a fetch; the trusted one has three entries of
    // its own (other ids, links and titles).
    let fetches = Arc::new(AtomicUsize::new(0));
    let seen = fetches.clone();
    let srv = serve(move |head| {
        if head.contains("/trusted.xml") {
            return Reply::ok(
                &atom(3)
                    .replace("urn:", "urn:t-")
                    .replace("https://project.example/", "https://trusted.example/")
                    .replace("zqxfeeditem", "trustedzq"),
            );
        }
        Reply::ok(&atom(seen.fetch_add(1, Ordering::SeqCst) + 1))
    })
    .await;
    let clock = Clock::fixed(datetime!(2026-01-02 12:00 UTC));
    let opts = RunOptions {
        worker: "test".into(),
        clock: clock.clone(),
        ..RunOptions::default()
    };
    let edna = testing::editor(db, "Edna").await;
    let untrusted = feeds::add(db, "arica", &srv.url("/untrusted.xml"), false, ADDED)
        .await
        .unwrap();

    // Fetch 1: Alpha waits in the queue and is nowhere public.
    assert_eq!(run_due(db, &local(), &opts).await.unwrap().items, 1, "{b}");
    assert!(
        !public(db, "Alpha").await,
        "{b}: Alpha public before approval"
    );
    let queue = waiting(db).await;
    assert_eq!(queue.len(), 1, "{b}: {queue:?}");
    assert_eq!(queue[0].1, "Alpha zqxfeeditem", "{b}");

    // Approved: public, with the audit entry; a second decision writes nothing.
    let now = clock.now();
    let approved = editorial::approve_feed_item(db, &edna, queue[0].0, now).await;
    assert_eq!(approved.unwrap(), Outcome::Done, "{b}");
    assert!(
        public(db, "Alpha").await,
        "{b}: Alpha not public after approval"
    );
    let log = moderation::audit_log(db, None, 10).await.unwrap();
    assert_eq!(
        (log[0].change.action.as_str(), log[0].change.kind.as_str()),
        ("approve", "news"),
        "{b}"
    );
    let again = editorial::approve_feed_item(db, &edna, queue[0].0, now).await;
    assert_eq!(again.unwrap(), Outcome::AlreadyDecided, "{b}");

    // Fetch 2: Bravo waits (Alpha is known); then staff trust the feed.
    make_all_due(db, &clock).await.unwrap();
    assert_eq!(run_due(db, &local(), &opts).await.unwrap().items, 1, "{b}");
    assert!(!public(db, "Bravo").await, "{b}");
    let trusted = editorial::set_feed_trusted(db, &edna, untrusted, true, now).await;
    assert_eq!(trusted.unwrap(), Outcome::Done, "{b}");
    assert!(feeds::get(db, untrusted).await.unwrap().unwrap().trusted);

    // Fetch 3: Charlie publishes at once; Bravo, taken before, still waits for an editor.
    make_all_due(db, &clock).await.unwrap();
    assert_eq!(run_due(db, &local(), &opts).await.unwrap().items, 1, "{b}");
    assert!(
        public(db, "Charlie").await,
        "{b}: a trusted feed's item waits"
    );
    assert!(
        !public(db, "Bravo").await,
        "{b}: a waiting item published itself"
    );
    let queue = waiting(db).await;
    assert_eq!(queue.len(), 1, "{b}: {queue:?}");
    let rejected = editorial::reject_submission(db, &edna, queue[0].0, "off topic", now).await;
    assert_eq!(rejected.unwrap(), Outcome::Done, "{b}");
    assert_eq!(
        moderation::get(db, queue[0].0)
            .await
            .unwrap()
            .unwrap()
            .status,
        SubmissionStatus::Rejected
    );
    assert!(!public(db, "Bravo").await, "{b}");

    // A feed added trusted: every item public at once, nothing queued.
    feeds::add(db, "arica", &srv.url("/trusted.xml"), true, ADDED)
        .await
        .unwrap();
    make_all_due(db, &clock).await.unwrap();
    let r = run_due(db, &local(), &opts).await.unwrap();
    assert_eq!(r.items, 3, "{b}: {r:?}");
    let titles: Vec<String> = news::list(db, &NewsFilter::default(), 1, 100)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|p| p.title)
        .filter(|t| t.ends_with("trustedzq"))
        .collect();
    assert_eq!(titles.len(), 3, "{b}: {titles:?}");
    assert!(waiting(db).await.is_empty(), "{b}");
}
