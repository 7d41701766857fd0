//! The mail outbox on every backend: two workers claiming at once never get the same mail, a
//! failed send is due again later and after the last attempt kept as failed, a sent mail's
//! row goes, and erasing an account deletes the mail queued to it.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::collections::HashSet;

use sparks_store::accounts::{self, NewUser, Role};
use sparks_store::outbox::{self, Depth};
use sparks_store::testing::TestDb;
use sparks_store::{Db, Sql, db_test};

const NOW: &str = "2026-11-29T10:00:00Z";
const LEASE: &str = "2026-11-29T10:10:00Z";

async fn queue(db: &Db, to: &str, subject: &str) -> i64 {
    let headers = [("List-Unsubscribe".to_owned(), "<https://x/u>".to_owned())];
    outbox::enqueue(db, to, subject, "body", &headers, NOW)
        .await
        .unwrap()
}

async fn drain(db: Db, worker: &'static str) -> Vec<i64> {
    let mut got = Vec::new();
    loop {
        let c = outbox::claim(&db, worker, NOW, LEASE, 1).await.unwrap();
        if c.is_empty() {
            return got;
        }
        for m in c {
            assert!(outbox::sent(&db, m.id, worker).await.unwrap());
            got.push(m.id);
        }
        tokio::task::yield_now().await;
    }
}

db_test!(
    two_workers_never_send_the_same_mail,
    flavor = "multi_thread",
    worker_threads = 2
);
async fn two_workers_never_send_the_same_mail(t: TestDb) {
    let db = &t.db;
    let mut ids = HashSet::new();
    for n in 0..20 {
        ids.insert(queue(db, &format!("m{n}@example.org"), "hello").await);
    }
    let (a, b) = tokio::join!(
        tokio::spawn(drain(db.clone(), "a")),
        tokio::spawn(drain(db.clone(), "b"))
    );
    let (a, b) = (a.unwrap(), b.unwrap());
    let sa: HashSet<_> = a.iter().copied().collect();
    let sb: HashSet<_> = b.iter().copied().collect();
    assert!(sa.is_disjoint(&sb), "{}: both sent {:?}", t.name, &sa & &sb);
    assert_eq!(a.len() + b.len(), 20, "{}: each mail sent once", t.name);
    assert_eq!(&sa | &sb, ids, "{}", t.name);
    assert_eq!(
        outbox::depth(db).await.unwrap(),
        Depth::default(),
        "{}",
        t.name
    );
}

db_test!(a_failed_send_is_retried_later_then_kept_as_failed);
async fn a_failed_send_is_retried_later_then_kept_as_failed(t: TestDb) {
    let db = &t.db;
    let id = queue(db, "ana@example.org", "Reset").await;
    let got = outbox::claim(db, "a", NOW, LEASE, 10).await.unwrap();
    assert_eq!(got.len(), 1, "{}", t.name);
    let m = &got[0];
    assert_eq!((m.id, m.attempts), (id, 1), "{}", t.name);
    assert_eq!(m.recipient, "ana@example.org");
    assert_eq!(
        m.headers,
        vec![("List-Unsubscribe".to_owned(), "<https://x/u>".to_owned())]
    );
    // Leased: nobody else takes it meanwhile.
    assert!(
        outbox::claim(db, "b", NOW, LEASE, 10)
            .await
            .unwrap()
            .is_empty()
    );

    let retry = "2026-11-29T10:01:00Z";
    assert!(
        outbox::failed(db, id, "a", "refused", Some(retry), NOW)
            .await
            .unwrap()
    );
    assert!(
        outbox::claim(db, "b", NOW, LEASE, 10)
            .await
            .unwrap()
            .is_empty(),
        "{}: not due before the retry time",
        t.name
    );
    let again = outbox::claim(db, "b", retry, LEASE, 10).await.unwrap();
    assert_eq!(again.len(), 1, "{}", t.name);
    assert_eq!(again[0].attempts, 2, "{}", t.name);
    // A worker that lost its lease cannot settle the mail.
    assert!(!outbox::sent(db, id, "a").await.unwrap(), "{}", t.name);

    // The last attempt: kept, marked failed, never claimed again.
    assert!(
        outbox::failed(db, id, "b", "refused again", None, retry)
            .await
            .unwrap()
    );
    let later = "2026-12-29T10:00:00Z";
    assert!(
        outbox::claim(db, "c", later, later, 10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        outbox::depth(db).await.unwrap(),
        Depth {
            waiting: 0,
            failed: 1
        },
        "{}",
        t.name
    );
    let error = db
        .count({
            let mut sql = Sql::new(
                "SELECT COUNT(*) AS n FROM mail_outbox WHERE last_error = 'refused again' AND id = ",
            );
            sql.push_arg(id);
            sql
        })
        .await
        .unwrap();
    assert_eq!(error, 1, "{}: the failure stays readable", t.name);
}

db_test!(erasing_an_account_deletes_the_mail_queued_to_it);
async fn erasing_an_account_deletes_the_mail_queued_to_it(t: TestDb) {
    let db = &t.db;
    let id = accounts::create(
        db,
        &NewUser {
            email: "gone@example.org".into(),
            display_name: "Gone".into(),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role: Role::Member,
            verified: true,
        },
        1_796_000_000,
    )
    .await
    .unwrap()
    .unwrap();
    queue(db, "gone@example.org", "Reset").await;
    queue(db, "Gone@Example.org", "Exists").await;
    let kept = queue(db, "stays@example.org", "Hello").await;

    accounts::erase(db, id).await.unwrap();

    let left = outbox::claim(db, "a", NOW, LEASE, 10).await.unwrap();
    let ids: Vec<i64> = left.iter().map(|m| m.id).collect();
    assert_eq!(ids, vec![kept], "{}", t.name);
}
