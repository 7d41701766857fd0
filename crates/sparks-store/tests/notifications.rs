//! Notifications on every backend: stored unread, listed newest first and only to their
//! member, marked read one or all at once, preferences default per kind and stick, a pending
//! notification is settled once even when two servers try, the digest is taken once, and
//! erasing the account deletes them.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::accounts::{self, NewUser, Role};
use sparks_store::notifications::{self, Delivery, Kind, NewNotification, Settled};
use sparks_store::testing::TestDb;
use sparks_store::{Db, db_test};

const NOW: i64 = 1_796_000_000;

async fn member(db: &Db, email: &str) -> i64 {
    accounts::create(
        db,
        &NewUser {
            email: email.into(),
            display_name: email.into(),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role: Role::Member,
            verified: true,
        },
        NOW,
    )
    .await
    .unwrap()
    .unwrap()
}

fn note(account_id: i64, kind: Kind, title: &str) -> NewNotification<'_> {
    NewNotification {
        account_id,
        kind,
        title,
        link: "/community/threads/1",
    }
}

db_test!(stored_unread_listed_to_their_member_and_marked_read);
async fn stored_unread_listed_to_their_member_and_marked_read(t: TestDb) {
    let db = &t.db;
    let ada = member(db, "ada@example.org").await;
    let bo = member(db, "bo@example.org").await;
    let first = notifications::create(db, &note(ada, Kind::Reply, "one"), NOW)
        .await
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    let second = notifications::create_tx(&mut tx, &note(ada, Kind::Mention, "two"), NOW + 1)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    notifications::create(db, &note(bo, Kind::Decision, "bo's"), NOW)
        .await
        .unwrap();

    let list = notifications::list(db, ada, 10).await.unwrap();
    assert_eq!(
        list.iter().map(|n| (n.id, n.kind)).collect::<Vec<_>>(),
        [(second, Kind::Mention), (first, Kind::Reply)],
        "{}",
        t.name
    );
    assert_eq!(notifications::unread_count(db, ada).await.unwrap(), 2);
    // Bo cannot mark Ada's notification read.
    assert!(!notifications::mark_read(db, bo, first, NOW).await.unwrap());
    assert!(notifications::mark_read(db, ada, first, NOW).await.unwrap());
    assert!(!notifications::mark_read(db, ada, first, NOW).await.unwrap());
    assert_eq!(notifications::unread_count(db, ada).await.unwrap(), 1);
    assert_eq!(notifications::mark_all_read(db, ada, NOW).await.unwrap(), 1);
    assert_eq!(notifications::unread_count(db, ada).await.unwrap(), 0);
    assert_eq!(notifications::unread_count(db, bo).await.unwrap(), 1);
    assert_eq!(Kind::parse("followed"), Some(Kind::Followed));
    assert_eq!(Kind::parse("nope"), None);
}

db_test!(preferences_default_per_kind_and_stick);
async fn preferences_default_per_kind_and_stick(t: TestDb) {
    let db = &t.db;
    let ada = member(db, "ada@example.org").await;
    assert_eq!(
        notifications::preference(db, ada, Kind::Reply)
            .await
            .unwrap(),
        Delivery::Immediate
    );
    assert_eq!(
        notifications::preference(db, ada, Kind::Followed)
            .await
            .unwrap(),
        Delivery::Digest
    );
    notifications::set_preference(db, ada, Kind::Reply, Delivery::Off)
        .await
        .unwrap();
    notifications::set_preference(db, ada, Kind::Reply, Delivery::Digest)
        .await
        .unwrap();
    assert_eq!(
        notifications::preference(db, ada, Kind::Reply)
            .await
            .unwrap(),
        Delivery::Digest,
        "{}",
        t.name
    );
}

db_test!(settled_once_digest_taken_once_erased_with_account);
async fn settled_once_digest_taken_once_erased_with_account(t: TestDb) {
    let db = &t.db;
    let ada = member(db, "ada@example.org").await;
    let id = notifications::create(db, &note(ada, Kind::Reply, "one"), NOW)
        .await
        .unwrap();
    let mut tx = db.begin().await.unwrap();
    assert!(
        notifications::settle_tx(&mut tx, id, Settled::Digest, NOW)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    // A second server that saw it pending too changes nothing.
    let mut tx = db.begin().await.unwrap();
    assert!(
        !notifications::settle_tx(&mut tx, id, Settled::Mailed, NOW)
            .await
            .unwrap()
    );
    drop(tx);
    assert!(notifications::pending(db, 10).await.unwrap().is_empty());
    assert_eq!(
        notifications::digests_due(db, NOW + 1).await.unwrap(),
        [ada],
        "{}",
        t.name
    );
    assert!(
        notifications::digests_due(db, NOW)
            .await
            .unwrap()
            .is_empty()
    );
    let mut tx = db.begin().await.unwrap();
    let taken = notifications::take_digest_tx(&mut tx, ada, NOW)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(taken.len(), 1);
    let mut tx = db.begin().await.unwrap();
    assert!(
        notifications::take_digest_tx(&mut tx, ada, NOW)
            .await
            .unwrap()
            .is_empty()
    );
    drop(tx);

    notifications::set_preference(db, ada, Kind::Reply, Delivery::Off)
        .await
        .unwrap();
    notifications::set_feed_hash(db, ada, Some("abc"))
        .await
        .unwrap();
    assert_eq!(
        notifications::account_by_feed_hash(db, "abc")
            .await
            .unwrap(),
        Some(ada)
    );
    accounts::erase(db, ada).await.unwrap();
    assert!(notifications::list(db, ada, 10).await.unwrap().is_empty());
    assert_eq!(
        notifications::account_by_feed_hash(db, "abc")
            .await
            .unwrap(),
        None
    );
    let left = db
        .count(sparks_store::Sql::new(
            "SELECT COUNT(*) AS n FROM notification_preferences",
        ))
        .await
        .unwrap();
    assert_eq!(left, 0);
}
