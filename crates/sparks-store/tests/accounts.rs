//! Accounts on every backend: SQLite always, PostgreSQL when `TEST_DATABASE_URL` is set.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_store::accounts::{self, NewUser, Role};
use sparks_store::community::{self, NewThread};
use sparks_store::testing::TestDb;
use sparks_store::{Sql, db_test, newsletter};

const NOW: i64 = 1_796_000_000;
const EMAIL: &str = "erase.me.please@example.org";
/// What the erased member wrote about themselves, each of which must leave the database.
const PERSONAL: [&str; 4] = [
    EMAIL,
    "Unforgettable Display Name",
    "Secret Organisation Ltd",
    "rare expertise in obscure matters",
];

/// An account; `about` is its organisation and expertise.
async fn member(db: &sparks_store::Db, email: &str, name: &str, about: [&str; 2]) -> i64 {
    accounts::create(
        db,
        &NewUser {
            email: email.into(),
            display_name: name.into(),
            password_hash: "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g".into(),
            organisation: about[0].into(),
            country: Some("DE".into()),
            expertise: about[1].into(),
            role: Role::Member,
            verified: true,
        },
        NOW,
    )
    .await
    .unwrap()
    .unwrap()
}

db_test!(erasure_leaves_no_personal_data_behind);
async fn erasure_leaves_no_personal_data_behind(t: TestDb) {
    let db = &t.db;
    let author = member(db, "author@example.org", "Author", ["", ""]).await;
    let thread = community::create_thread(
        db,
        &NewThread {
            space: "general",
            title: "A thread",
            body: "A post to report",
            body_html: "<p>A post to report</p>",
            members_only: false,
            author_id: author,
            content_warning: None,
        },
        NOW,
    )
    .await
    .unwrap();
    let post = community::posts(db, thread, true).await.unwrap()[0].id;

    let id = member(db, EMAIL, PERSONAL[1], [PERSONAL[2], PERSONAL[3]]).await;
    newsletter::sign_up(db, EMAIL, "confirm-hash", NOW + 3600, NOW)
        .await
        .unwrap();
    let open = community::report(db, post, Some(id), "still open", NOW)
        .await
        .unwrap();
    let resolved = community::report(db, post, Some(id), "dealt with", NOW)
        .await
        .unwrap();
    let mut sql = Sql::new("UPDATE post_reports SET status = 'resolved' WHERE id = ");
    sql.push_arg(resolved);
    db.execute(sql).await.unwrap();
    assert_eq!(community::reports_by(db, id).await.unwrap().len(), 2);

    accounts::erase(db, id).await.unwrap();

    assert!(
        accounts::by_id(db, id).await.unwrap().is_none(),
        "{}",
        t.name
    );
    assert!(
        newsletter::by_email(db, EMAIL).await.unwrap().is_none(),
        "{}: the newsletter subscription goes with the account",
        t.name
    );
    // The open report stays for the moderators, without its reporter; the resolved one goes.
    let open_left = db
        .count({
            let mut sql = Sql::new(
                "SELECT COUNT(*) AS n FROM post_reports WHERE reporter_id IS NULL AND id = ",
            );
            sql.push_arg(open);
            sql
        })
        .await
        .unwrap();
    assert_eq!(open_left, 1, "{}", t.name);
    let resolved_left = db
        .count({
            let mut sql = Sql::new("SELECT COUNT(*) AS n FROM post_reports WHERE id = ");
            sql.push_arg(resolved);
            sql
        })
        .await
        .unwrap();
    assert_eq!(resolved_left, 0, "{}", t.name);

    // Nothing the member wrote about themselves is left readable in the files (SQLite; a
    // PostgreSQL server's files are not ours to read).
    if let Some(file) = t.sqlite_file() {
        for path in [file.clone(), file.with_extension("db-wal")] {
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            for text in PERSONAL {
                assert!(
                    !bytes.windows(text.len()).any(|w| w == text.as_bytes()),
                    "{text:?} is still in {}",
                    path.display()
                );
            }
        }
    }
}
