//! A feed URL belongs to one initiative (issue #18): compared normalised (scheme and host
//! case, default port, trailing slash), another initiative's add or proposal is refused and
//! never moves the feed; the same initiative adding its own URL again is no error and no
//! second row. On every backend.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::editorial::{self, Outcome};
use sparks_store::moderation::{self, FEED_KIND, SubmissionStatus};
use sparks_store::testing::{self, TestDb};
use sparks_store::{Db, Sql, StoreError, db_test, feeds};
use time::OffsetDateTime;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);
const STAMP: &str = "2026-11-29T10:00:00Z";

async fn rows(db: &Db) -> i64 {
    db.count(Sql::new("SELECT COUNT(*) AS n FROM feeds"))
        .await
        .unwrap()
}

#[test]
fn urls_compare_by_scheme_host_port_and_path_without_trailing_slash() {
    let key = feeds::url_key("https://example.org/feed");
    for same in [
        "HTTPS://Example.ORG/feed",
        "https://example.org:443/feed/",
        "https://example.org/feed#top",
        " https://example.org/feed ",
    ] {
        assert_eq!(feeds::url_key(same), key, "{same}");
    }
    for other in [
        "http://example.org/feed",
        "https://example.org:8443/feed",
        "https://example.org/Feed",
        "https://example.org/feed?lang=de",
        "https://www.example.org/feed",
    ] {
        assert_ne!(feeds::url_key(other), key, "{other}");
    }
    assert_eq!(
        feeds::url_key("http://Example.org"),
        feeds::url_key("http://example.org:80/")
    );
}

db_test!(another_initiatives_feed_url_is_refused_and_never_moved);
async fn another_initiatives_feed_url_is_refused_and_never_moved(t: TestDb) {
    let db = &t.db;
    let b = t.name;
    let edna = testing::editor(db, "Edna").await;
    let id = feeds::add(db, "arica", "HTTPS://Example.org:443/feed/", false, STAMP)
        .await
        .unwrap();
    // Stored with scheme and host in lower case and no default port.
    let feed = feeds::get(db, id).await.unwrap().unwrap();
    assert_eq!(feed.url, "https://example.org/feed/", "{b}");

    // Another initiative, any spelling: refused by the store, by staff, on approval.
    for url in ["https://example.org/feed", "https://EXAMPLE.org/feed/"] {
        let taken = feeds::add(db, "zeta", url, true, STAMP).await;
        assert!(
            matches!(&taken, Err(StoreError::FeedTaken(i)) if i == "arica"),
            "{b}: {url}: {taken:?}"
        );
        let staff = editorial::add_feed(db, &edna, "zeta", url, NOW).await;
        assert!(
            matches!(staff, Err(StoreError::FeedTaken(_))),
            "{b}: {staff:?}"
        );
    }
    assert_eq!(
        feeds::owner(db, "http://example.org/feed").await.unwrap(),
        None,
        "{b}: another scheme is another feed"
    );
    assert_eq!(
        feeds::owner(db, "https://example.org:443/feed")
            .await
            .unwrap()
            .as_deref(),
        Some("arica"),
        "{b}"
    );
    let payload = serde_json::json!({ "initiative": "zeta", "url": "https://example.org/feed" });
    let proposal = moderation::submit_raw(db, FEED_KIND, None, &payload.to_string(), edna.id, 0)
        .await
        .unwrap();
    let approved = editorial::approve_feed(db, &edna, proposal, NOW).await;
    assert_eq!(approved.unwrap(), Outcome::Exists, "{b}");
    let still = moderation::get(db, proposal).await.unwrap().unwrap();
    assert_eq!(still.status, SubmissionStatus::Pending, "{b}");

    // Nothing moved, nothing was added, no audit entry claims otherwise.
    let feed = feeds::get(db, id).await.unwrap().unwrap();
    assert_eq!(
        (feed.initiative.as_str(), feed.trusted),
        ("arica", false),
        "{b}"
    );
    assert_eq!(rows(db).await, 1, "{b}");
    assert!(
        moderation::audit_log(db, None, 10)
            .await
            .unwrap()
            .is_empty(),
        "{b}"
    );

    // The same initiative adding its own URL again: the same feed, trusted by staff.
    let again = editorial::add_feed(db, &edna, "arica", "https://example.org/feed", NOW)
        .await
        .unwrap();
    assert_eq!(again, id, "{b}");
    assert_eq!(rows(db).await, 1, "{b}");
    assert!(feeds::get(db, id).await.unwrap().unwrap().trusted, "{b}");
    // An untrusted add of it never takes the trust back.
    let untrusted = feeds::add(db, "arica", "https://example.org/feed/", false, STAMP)
        .await
        .unwrap();
    assert_eq!(untrusted, id, "{b}");
    assert!(feeds::get(db, id).await.unwrap().unwrap().trusted, "{b}");
}

db_test!(trusting_a_feed_is_audited_and_unchanged_twice);
async fn trusting_a_feed_is_audited_and_unchanged_twice(t: TestDb) {
    let db = &t.db;
    let b = t.name;
    let edna = testing::editor(db, "Edna").await;
    let id = feeds::add(db, "arica", "https://example.org/f.xml", false, STAMP)
        .await
        .unwrap();
    let set = |trusted| editorial::set_feed_trusted(db, &edna, id, trusted, NOW);
    assert_eq!(set(true).await.unwrap(), Outcome::Done, "{b}");
    assert_eq!(set(true).await.unwrap(), Outcome::Unchanged, "{b}");
    assert!(feeds::get(db, id).await.unwrap().unwrap().trusted, "{b}");
    let log = moderation::audit_log(db, None, 10).await.unwrap();
    assert_eq!(log.len(), 1, "{b}");
    let e = &log[0].change;
    assert_eq!(
        (e.action.as_str(), e.kind.as_str(), e.target.as_str()),
        ("update", "feed", "https://example.org/f.xml"),
        "{b}"
    );
    assert_eq!(e.after_json.as_deref(), Some(r#"{"trusted":true}"#), "{b}");
    assert_eq!(set(false).await.unwrap(), Outcome::Done, "{b}");
    assert!(!feeds::get(db, id).await.unwrap().unwrap().trusted, "{b}");
    let missing = editorial::set_feed_trusted(db, &edna, id + 100, true, NOW).await;
    assert_eq!(missing.unwrap(), Outcome::NotFound, "{b}");
}
