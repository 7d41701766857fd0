//! The job queue and feed records on every backend: two workers claiming at once never get
//! the same job, leases expire, feed health is recorded.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::collections::HashSet;

use sparks_store::feeds::{self, FEED_JOB, Outcome};
use sparks_store::testing::TestDb;
use sparks_store::{Db, db_test, jobs};

const NOW: &str = "2026-11-29T10:00:00Z";
const LEASE: &str = "2026-11-29T10:05:00Z";

async fn drain(db: Db, worker: &'static str) -> Vec<String> {
    let mut got = Vec::new();
    loop {
        let c = jobs::claim(&db, FEED_JOB, worker, NOW, LEASE, 1)
            .await
            .unwrap();
        if c.is_empty() {
            return got;
        }
        got.extend(c.into_iter().map(|j| j.job_key));
        tokio::task::yield_now().await;
    }
}

db_test!(
    two_claimers_never_share_a_job,
    flavor = "multi_thread",
    worker_threads = 2
);
async fn two_claimers_never_share_a_job(t: TestDb) {
    let db = &t.db;
    let mut ids = HashSet::new();
    for n in 0..20 {
        let id = feeds::add(
            db,
            "arica",
            &format!("https://example.org/{n}.xml"),
            true,
            NOW,
        )
        .await
        .unwrap();
        ids.insert(id.to_string());
    }
    let (a, b) = tokio::join!(
        tokio::spawn(drain(db.clone(), "a")),
        tokio::spawn(drain(db.clone(), "b"))
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let sa: HashSet<_> = a.iter().cloned().collect();
    let sb: HashSet<_> = b.iter().cloned().collect();
    assert!(
        sa.is_disjoint(&sb),
        "{}: both claimed {:?}",
        t.name,
        sa.intersection(&sb)
    );
    assert_eq!(a.len() + b.len(), 20, "{}: each job claimed once", t.name);
    assert_eq!(&sa | &sb, ids, "{}", t.name);

    // Leased: nothing more now; after the lease runs out, claimable again.
    assert!(
        jobs::claim(db, FEED_JOB, "c", NOW, LEASE, 50)
            .await
            .unwrap()
            .is_empty()
    );
    let later = jobs::claim(
        db,
        FEED_JOB,
        "c",
        "2026-11-29T10:06:00Z",
        "2026-11-29T10:10:00Z",
        50,
    )
    .await
    .unwrap();
    assert_eq!(later.len(), 20, "{}", t.name);

    // Only the holder of the lease finishes a job, which is then due at the time given.
    let j = &later[0];
    assert!(
        !jobs::finish(db, j.id, "a", "2026-11-29T11:00:00Z")
            .await
            .unwrap()
    );
    assert!(
        jobs::finish(db, j.id, "c", "2026-11-29T11:00:00Z")
            .await
            .unwrap()
    );
    assert!(
        jobs::claim(db, FEED_JOB, "d", "2026-11-29T10:08:00Z", LEASE, 50)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        jobs::claim(
            db,
            FEED_JOB,
            "d",
            "2026-11-29T11:00:00Z",
            "2026-11-29T11:05:00Z",
            50
        )
        .await
        .unwrap()
        .len(),
        20,
        "{}: the finished job is due again, the others' leases ran out",
        t.name
    );
}

db_test!(feed_health_is_recorded);
async fn feed_health_is_recorded(t: TestDb) {
    let db = &t.db;
    let id = feeds::add(db, "arica", "https://example.org/feed.xml", true, NOW)
        .await
        .unwrap();
    // Adding the same URL again updates, never duplicates.
    assert_eq!(
        feeds::add(db, "arica", "https://example.org/feed.xml", true, NOW)
            .await
            .unwrap(),
        id
    );
    // Two failures in a row.
    for _ in 0..2 {
        feeds::record(
            db,
            id,
            &Outcome::Failed("HTTP status 500".into()),
            NOW,
            LEASE,
        )
        .await
        .unwrap();
    }
    let h = feeds::health(db).await.unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(h[0].status, "error");
    assert_eq!(h[0].failures, 2);
    assert_eq!(h[0].error.as_deref(), Some("HTTP status 500"));
    assert_eq!(h[0].last_fetch.as_deref(), Some(NOW));
    feeds::record(
        db,
        id,
        &Outcome::Fetched {
            etag: Some("\"v1\"".into()),
            last_modified: None,
        },
        NOW,
        LEASE,
    )
    .await
    .unwrap();
    let f = feeds::get(db, id).await.unwrap().unwrap();
    assert_eq!(
        (f.status.as_str(), f.failures, f.error),
        ("ok", 0, None),
        "{}",
        t.name
    );
    assert_eq!(f.etag.as_deref(), Some("\"v1\""));
}
