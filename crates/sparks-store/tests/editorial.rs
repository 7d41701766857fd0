//! The editorial workflow on every backend: each decision's effect and its audit entry, and
//! that the two cannot part — a refused audit entry takes the write back with it, a failed
//! write leaves no decision and no entry, and a decision another editor took first writes
//! nothing. Each test runs as two named tests, `sqlite::…` and `postgres::…` (the PostgreSQL
//! one only when `TEST_DATABASE_URL` is set), so one backend's failure never hides the other's.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_core::{Initiative, Resource};
use sparks_store::accounts::{self, NewUser, Role};
use sparks_store::editorial::{self, Actor, Change, Outcome, Publication, Publishable};
use sparks_store::media::{self, MediaUpload};
use sparks_store::moderation::{self, AuditChange, ContentKind, SubmissionStatus};
use sparks_store::testing::TestDb;
use sparks_store::{Backend, Db, Sql, community, feeds, initiatives, resources, sessions};
use time::OffsetDateTime;
use time::macros::datetime;

const NOW: OffsetDateTime = datetime!(2026-11-29 10:00 UTC);

/// Generates `sqlite::NAME` and `postgres::NAME` for each `async fn NAME(TestDb)` below.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    super::$name(sparks_store::testing::sqlite().await).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    if let Some(t) = sparks_store::testing::postgres().await {
                        super::$name(t).await;
                    }
                }
            )*
        }
    };
}

on_both_backends!(
    publishing_creates_then_updates_with_audit_entries,
    publishing_a_taken_slug_as_new_writes_nothing,
    initiatives_are_audited_in_the_dataset_format,
    unpublishing_and_restoring,
    approving_a_proposal_publishes_it_once,
    a_proposal_for_a_taken_slug_stays_pending,
    rejecting_a_proposal,
    approving_a_feed_registers_it_with_the_decision,
    staff_add_a_trusted_feed,
    hiding_posts_and_resolving_reports,
    changing_a_role_ends_its_sessions,
    locking_linking_and_uploading_are_audited,
    a_refused_audit_entry_takes_every_write_back,
    a_failed_write_leaves_no_decision_and_no_audit_entry,
);

// ---- fixtures ----------------------------------------------------------------------------

fn dataset_json(i: &Initiative) -> String {
    serde_json::to_string(&sparks_core::DatasetRecord::from_initiative(i)).unwrap()
}

fn resource(n: usize) -> Resource {
    sparks_ingest::parse_resources(sparks_ingest::BUNDLED_RESOURCES)
        .unwrap()
        .items
        .swap_remove(n)
}

fn initiative() -> Initiative {
    sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives
        .swap_remove(0)
}

fn json_of(r: &Resource) -> String {
    serde_json::to_string(&r.to_draft()).unwrap()
}

async fn user(db: &Db, name: &str, role: Role) -> i64 {
    accounts::create(
        db,
        &NewUser {
            email: format!("{name}@example.org"),
            display_name: name.to_owned(),
            password_hash: "x".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role,
            verified: true,
        },
        NOW.unix_timestamp(),
    )
    .await
    .unwrap()
    .unwrap()
}

async fn editor(db: &Db) -> Actor {
    Actor {
        id: user(db, "edna", Role::Editor).await,
        name: "Edna".into(),
    }
}

/// An entry's action, kind and target.
fn said(e: &AuditChange) -> (&str, &str, &str) {
    (&e.action, &e.kind, &e.target)
}

/// Awaits a decision that must fail.
async fn refused<T: std::fmt::Debug>(decision: impl Future<Output = sparks_store::Result<T>>) {
    let result = decision.await;
    assert!(result.is_err(), "{result:?}");
}

/// What the audit log says, newest first.
async fn log(db: &Db) -> Vec<AuditChange> {
    let entries = moderation::audit_log(db, None, 1000).await.unwrap();
    entries.into_iter().map(|e| e.change).collect()
}

async fn count(db: &Db, sql: &str) -> i64 {
    db.count(Sql::new(sql)).await.unwrap()
}

async fn status(db: &Db, id: i64) -> SubmissionStatus {
    moderation::get(db, id).await.unwrap().unwrap().status
}

async fn published(db: &Db, slug: &str) -> Option<Resource> {
    resources::get(db, slug).await.unwrap().map(|e| e.resource)
}

/// Publishes `r` as staff would (a new item).
async fn create(db: &Db, actor: &Actor, r: &Resource) {
    let record = Publishable::Resource(r.clone());
    let json = json_of(r);
    let item = Publication {
        record: &record,
        json: &json,
    };
    let outcome = editorial::publish(db, actor, item, Change::Create, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
}

/// A thread by `author` with its opening post; returns (thread, opening post).
async fn thread(db: &Db, author: i64) -> (i64, i64) {
    let id = community::create_thread(
        db,
        &community::NewThread {
            space: "general",
            title: "Helplines in winter",
            body: "Who answers at night?",
            body_html: "<p>Who answers at night?</p>",
            members_only: false,
            author_id: author,
            content_warning: None,
        },
        NOW.unix_timestamp(),
    )
    .await
    .unwrap();
    let post = community::posts(db, id, true).await.unwrap()[0].id;
    (id, post)
}

async fn thread_documents(db: &Db) -> i64 {
    count(
        db,
        "SELECT COUNT(*) AS n FROM search_documents WHERE doc_type = 'thread'",
    )
    .await
}

/// Makes every `event` (`INSERT` or `UPDATE`) on `table` fail, as a broken disk or a
/// violated constraint would.
async fn refuse(db: &Db, table: &str, event: &str) {
    let statements = match db.backend() {
        Backend::Sqlite => vec![format!(
            "CREATE TRIGGER refuse_{table} BEFORE {event} ON {table} \
             BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"
        )],
        Backend::Postgres => vec![
            "CREATE OR REPLACE FUNCTION refuse_write() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$"
                .to_owned(),
            format!(
                "CREATE TRIGGER refuse_{table} BEFORE {event} ON {table} \
                 FOR EACH ROW EXECUTE FUNCTION refuse_write()"
            ),
        ],
    };
    for s in statements {
        db.execute(Sql::new(&s)).await.unwrap();
    }
}

async fn allow(db: &Db, table: &str) {
    let sql = match db.backend() {
        Backend::Sqlite => format!("DROP TRIGGER refuse_{table}"),
        Backend::Postgres => format!("DROP TRIGGER refuse_{table} ON {table}"),
    };
    db.execute(Sql::new(&sql)).await.unwrap();
}

// ---- each decision: its effect and its audit entry ---------------------------------------

async fn publishing_creates_then_updates_with_audit_entries(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let r = resource(0);
    create(db, &edna, &r).await;
    assert_eq!(published(db, &r.slug).await.as_ref(), Some(&r));
    let entries = moderation::audit_log(db, None, 1000).await.unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].at, NOW.unix_timestamp());
    let e = &entries[0].change;
    assert_eq!(said(e), ("create", "resource", r.slug.as_str()));
    assert_eq!((e.actor_id, e.actor_name.as_str()), (Some(edna.id), "Edna"));
    assert_eq!(e.before_json, None);
    assert_eq!(e.after_json.as_deref(), Some(json_of(&r).as_str()));
    assert_eq!(e.note, None);

    let mut changed = r.clone();
    changed.summary = "A changed summary.".into();
    let record = Publishable::Resource(changed.clone());
    let json = json_of(&changed);
    let item = Publication {
        record: &record,
        json: &json,
    };
    let outcome = editorial::publish(db, &edna, item, Change::Update, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert_eq!(published(db, &r.slug).await, Some(changed));
    let e = &log(db).await[0];
    assert_eq!(e.action, "update");
    assert_eq!(
        e.before_json.as_deref(),
        Some(json_of(&r).as_str()),
        "before"
    );
    assert_eq!(e.after_json.as_deref(), Some(json.as_str()), "after");
}

async fn publishing_a_taken_slug_as_new_writes_nothing(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let r = resource(0);
    create(db, &edna, &r).await;
    let mut other = r.clone();
    other.summary = "Someone else's resource with the same name.".into();
    let record = Publishable::Resource(other);
    let item = Publication {
        record: &record,
        json: "{}",
    };
    let outcome = editorial::publish(db, &edna, item, Change::Create, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Exists);
    assert_eq!(published(db, &r.slug).await, Some(r));
    assert_eq!(log(db).await.len(), 1, "no second entry");
}

async fn initiatives_are_audited_in_the_dataset_format(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let i = initiative();
    initiatives::upsert(db, &i, "2026-11-01T00:00:00Z")
        .await
        .unwrap();
    let mut changed = i.clone();
    changed.summary = "A new summary.".into();
    let record = Publishable::Initiative(changed.clone());
    let item = Publication {
        record: &record,
        json: "{\"after\":true}",
    };
    let outcome = editorial::publish(db, &edna, item, Change::Update, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    let e = &log(db).await[0];
    assert_eq!(
        (e.action.as_str(), e.kind.as_str()),
        ("update", "initiative")
    );
    assert_eq!(e.before_json.as_deref(), Some(dataset_json(&i).as_str()));
    assert_eq!(e.after_json.as_deref(), Some("{\"after\":true}"));

    let outcome = editorial::unpublish(db, &edna, ContentKind::Initiative, &i.slug, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert!(initiatives::get(db, &i.slug).await.unwrap().is_none());
    let e = &log(db).await[0];
    assert_eq!(e.action, "unpublish");
    assert_eq!(
        e.before_json.as_deref(),
        Some(dataset_json(&changed).as_str())
    );
}

async fn unpublishing_and_restoring(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let r = resource(1);
    let gone = editorial::unpublish(db, &edna, ContentKind::Resource, &r.slug, NOW);
    assert_eq!(gone.await.unwrap(), Outcome::NotFound);
    assert!(log(db).await.is_empty());

    create(db, &edna, &r).await;
    let outcome = editorial::unpublish(db, &edna, ContentKind::Resource, &r.slug, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert_eq!(published(db, &r.slug).await, None);
    let e = &log(db).await[0];
    assert_eq!(said(e), ("unpublish", "resource", r.slug.as_str()));
    assert_eq!(e.before_json.as_deref(), Some(json_of(&r).as_str()));
    assert_eq!((e.after_json.as_deref(), e.note.as_deref()), (None, None));

    let record = Publishable::Resource(r.clone());
    let json = json_of(&r);
    let item = Publication {
        record: &record,
        json: &json,
    };
    editorial::restore(db, &edna, item, NOW).await.unwrap();
    assert_eq!(published(db, &r.slug).await, Some(r));
    let e = &log(db).await[0];
    assert_eq!(
        (e.action.as_str(), e.before_json.as_deref()),
        ("restore", None)
    );
    assert_eq!(e.after_json.as_deref(), Some(json.as_str()));
}

async fn approving_a_proposal_publishes_it_once(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let r = resource(2);
    let json = json_of(&r);
    let unix = NOW.unix_timestamp();
    let id = moderation::submit(db, ContentKind::Resource, None, &json, member, unix)
        .await
        .unwrap();
    let record = Publishable::Resource(r.clone());
    let item = Publication {
        record: &record,
        json: &json,
    };
    let approve = || editorial::approve_submission(db, &edna, id, item, NOW);
    assert_eq!(approve().await.unwrap(), Outcome::Done);
    assert_eq!(published(db, &r.slug).await.as_ref(), Some(&r));
    assert_eq!(status(db, id).await, SubmissionStatus::Approved);
    let e = &log(db).await[0];
    assert_eq!(said(e), ("approve", "resource", r.slug.as_str()));
    assert_eq!(e.note.as_deref(), Some(format!("submission {id}").as_str()));
    assert_eq!(e.after_json.as_deref(), Some(json.as_str()));

    // A second editor who clicked at the same moment changes nothing.
    assert_eq!(approve().await.unwrap(), Outcome::AlreadyDecided);
    assert_eq!(log(db).await.len(), 1);

    // A proposed edit of the now published item.
    let mut edited = r.clone();
    edited.summary = "Corrected by a member.".into();
    let edit_json = json_of(&edited);
    let edit = moderation::submit(
        db,
        ContentKind::Resource,
        Some(&r.slug),
        &edit_json,
        member,
        unix,
    )
    .await
    .unwrap();
    let record = Publishable::Resource(edited.clone());
    let item = Publication {
        record: &record,
        json: &edit_json,
    };
    let outcome = editorial::approve_submission(db, &edna, edit, item, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert_eq!(published(db, &r.slug).await, Some(edited));
    let e = &log(db).await[0];
    assert_eq!(e.action, "approve-edit");
    assert_eq!(e.before_json.as_deref(), Some(json.as_str()));

    let outcome = editorial::approve_submission(db, &edna, 9999, item, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::NotFound);
}

async fn a_proposal_for_a_taken_slug_stays_pending(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let r = resource(3);
    create(db, &edna, &r).await;
    let json = json_of(&r);
    let id = moderation::submit(
        db,
        ContentKind::Resource,
        None,
        &json,
        member,
        NOW.unix_timestamp(),
    )
    .await
    .unwrap();
    let record = Publishable::Resource(r);
    let item = Publication {
        record: &record,
        json: &json,
    };
    let outcome = editorial::approve_submission(db, &edna, id, item, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Exists);
    assert_eq!(status(db, id).await, SubmissionStatus::Pending);
    assert_eq!(log(db).await.len(), 1, "only the staff publication");
}

async fn rejecting_a_proposal(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let r = resource(4);
    let json = json_of(&r);
    let unix = NOW.unix_timestamp();
    let id = moderation::submit(db, ContentKind::Resource, None, &json, member, unix)
        .await
        .unwrap();
    let outcome = editorial::reject_submission(db, &edna, id, "Out of scope", NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    let s = moderation::get(db, id).await.unwrap().unwrap();
    assert_eq!(s.status, SubmissionStatus::Rejected);
    assert_eq!(s.reason.as_deref(), Some("Out of scope"));
    let e = &log(db).await[0];
    assert_eq!(said(e), ("reject", "resource", r.title.as_str()));
    assert_eq!(e.note.as_deref(), Some("Out of scope"));
    assert_eq!(
        (e.before_json.as_deref(), e.after_json.as_deref()),
        (None, None)
    );

    // Once rejected, neither a second rejection nor an approval writes anything.
    let again = editorial::reject_submission(db, &edna, id, "Twice", NOW).await;
    assert_eq!(again.unwrap(), Outcome::AlreadyDecided);
    let record = Publishable::Resource(r.clone());
    let item = Publication {
        record: &record,
        json: &json,
    };
    let late = editorial::approve_submission(db, &edna, id, item, NOW).await;
    assert_eq!(late.unwrap(), Outcome::AlreadyDecided);
    assert_eq!(published(db, &r.slug).await, None);
    assert_eq!(log(db).await.len(), 1);
    let s = moderation::get(db, id).await.unwrap().unwrap();
    assert_eq!(s.reason.as_deref(), Some("Out of scope"));
}

async fn approving_a_feed_registers_it_with_the_decision(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let payload = r#"{"initiative":"arica","url":"https://example.org/feed.xml"}"#;
    let id = moderation::submit_raw(
        db,
        moderation::FEED_KIND,
        None,
        payload,
        member,
        NOW.unix_timestamp(),
    )
    .await
    .unwrap();
    let outcome = editorial::approve_feed(db, &edna, id, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert_eq!(status(db, id).await, SubmissionStatus::Approved);
    let feeds = feeds::health(db).await.unwrap();
    assert_eq!(feeds.len(), 1);
    let f = &feeds[0];
    assert_eq!(
        (f.initiative.as_str(), f.url.as_str(), f.trusted),
        ("arica", "https://example.org/feed.xml", false)
    );
    assert_eq!(f.next_fetch, "2026-11-29T10:00:00Z");
    let jobs = count(db, "SELECT COUNT(*) AS n FROM jobs WHERE kind = 'feed'").await;
    assert_eq!(jobs, 1, "its fetch job");
    let e = &log(db).await[0];
    assert_eq!(said(e), ("approve", "feed", "https://example.org/feed.xml"));
    assert_eq!(e.note.as_deref(), Some(format!("submission {id}").as_str()));

    let again = editorial::approve_feed(db, &edna, id, NOW).await;
    assert_eq!(again.unwrap(), Outcome::AlreadyDecided);
    assert_eq!(log(db).await.len(), 1);

    // A content proposal is not a feed.
    let other = moderation::submit(db, ContentKind::Resource, None, "{}", member, 0)
        .await
        .unwrap();
    refused(editorial::approve_feed(db, &edna, other, NOW)).await;
    assert_eq!(status(db, other).await, SubmissionStatus::Pending);
}

async fn staff_add_a_trusted_feed(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let url = "https://example.org/trusted.xml";
    let id = editorial::add_feed(db, &edna, "arica", url, NOW)
        .await
        .unwrap();
    let f = feeds::get(db, id).await.unwrap().unwrap();
    assert_eq!(
        (f.initiative.as_str(), f.url.as_str(), f.trusted),
        ("arica", url, true)
    );
    let e = &log(db).await[0];
    assert_eq!(said(e), ("create", "feed", url));
    assert_eq!(e.note.as_deref(), Some("arica"));
}

async fn hiding_posts_and_resolving_reports(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let (thread_id, opening) = thread(db, member).await;
    assert_eq!(thread_documents(db).await, 1);

    let outcome = editorial::hide_post(db, &edna, opening, true, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert!(community::post(db, opening).await.unwrap().unwrap().hidden);
    assert_eq!(thread_documents(db).await, 0, "out of search");
    let e = &log(db).await[0];
    let target = opening.to_string();
    assert_eq!(said(e), ("hide", "post", target.as_str()));
    let outcome = editorial::hide_post(db, &edna, opening, false, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert!(!community::post(db, opening).await.unwrap().unwrap().hidden);
    assert_eq!(thread_documents(db).await, 1, "back in search");
    assert_eq!(log(db).await[0].action, "show");
    let missing = editorial::hide_post(db, &edna, 9999, true, NOW).await;
    assert_eq!(missing.unwrap(), Outcome::NotFound);

    let reply = community::reply(db, thread_id, member, "Me.", "<p>Me.</p>", 0)
        .await
        .unwrap()
        .unwrap();
    let unix = NOW.unix_timestamp();
    let keep = community::report(db, opening, Some(member), "spam?", unix)
        .await
        .unwrap();
    let hide = community::report(db, reply, Some(member), "abuse", unix)
        .await
        .unwrap();
    let outcome = editorial::resolve_report(db, &edna, keep, false, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert!(!community::post(db, opening).await.unwrap().unwrap().hidden);
    let e = &log(db).await[0];
    assert_eq!(
        (e.action.as_str(), e.target.as_str()),
        ("keep", target.as_str())
    );
    assert_eq!(e.note.as_deref(), Some(format!("report {keep}").as_str()));

    let outcome = editorial::resolve_report(db, &edna, hide, true, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert!(community::post(db, reply).await.unwrap().unwrap().hidden);
    let e = &log(db).await[0];
    let reply_target = reply.to_string();
    assert_eq!(said(e), ("hide", "post", reply_target.as_str()));
    assert_eq!(e.note.as_deref(), Some(format!("report {hide}").as_str()));
    assert!(community::open_reports(db).await.unwrap().is_empty());

    let entries = log(db).await.len();
    let again = editorial::resolve_report(db, &edna, hide, false, NOW).await;
    assert_eq!(again.unwrap(), Outcome::AlreadyDecided);
    assert_eq!(log(db).await.len(), entries);
}

async fn changing_a_role_ends_its_sessions(t: TestDb) {
    let db = &t.db;
    let admin = Actor {
        id: user(db, "ada", Role::Admin).await,
        name: "Ada".into(),
    };
    let member = user(db, "mo", Role::Member).await;
    sessions::create(db, "hash", member, "full", NOW.unix_timestamp())
        .await
        .unwrap();
    let outcome = editorial::set_role(db, &admin, member, Role::Editor, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    let u = accounts::by_id(db, member).await.unwrap().unwrap();
    assert_eq!(u.role(), Role::Editor);
    assert!(sessions::get(db, "hash").await.unwrap().is_none());
    let e = &log(db).await[0];
    let target = member.to_string();
    assert_eq!(said(e), ("role", "user", target.as_str()));
    assert_eq!(
        (e.before_json.as_deref(), e.after_json.as_deref()),
        (Some("member"), Some("editor"))
    );

    let same = editorial::set_role(db, &admin, member, Role::Editor, NOW).await;
    assert_eq!(same.unwrap(), Outcome::Unchanged);
    let nobody = editorial::set_role(db, &admin, 9999, Role::Editor, NOW).await;
    assert_eq!(nobody.unwrap(), Outcome::NotFound);
    assert_eq!(log(db).await.len(), 1);
}

async fn locking_linking_and_uploading_are_audited(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let (thread_id, _) = thread(db, member).await;
    let outcome = editorial::lock_thread(db, &edna, thread_id, true, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert!(
        community::thread(db, thread_id)
            .await
            .unwrap()
            .unwrap()
            .locked
    );
    let e = &log(db).await[0];
    let target = thread_id.to_string();
    assert_eq!(said(e), ("lock", "thread", target.as_str()));
    let outcome = editorial::lock_thread(db, &edna, thread_id, false, NOW).await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
    assert_eq!(log(db).await[0].action, "unlock");
    let missing = editorial::lock_thread(db, &edna, 9999, true, NOW).await;
    assert_eq!(missing.unwrap(), Outcome::NotFound);

    editorial::link_initiative(db, &edna, member, "arica", NOW)
        .await
        .unwrap();
    let linked = accounts::linked_initiatives(db, member).await.unwrap();
    assert_eq!(linked, ["arica"]);
    let e = &log(db).await[0];
    let target = member.to_string();
    assert_eq!(said(e), ("link", "user", target.as_str()));
    assert_eq!(e.note.as_deref(), Some("arica"));

    let upload = MediaUpload {
        name: "a1b2.png".into(),
        label: "Logo".into(),
        content_type: "image/png".into(),
        width: 10,
        height: 10,
        created_at: NOW.unix_timestamp(),
    };
    editorial::record_upload(db, &edna, &upload, NOW)
        .await
        .unwrap();
    assert_eq!(media::list(db).await.unwrap().len(), 1);
    let e = &log(db).await[0];
    assert_eq!(said(e), ("upload", "media", "a1b2.png"));
    assert_eq!(e.note.as_deref(), Some("Logo"));
}

// ---- the write and its audit entry cannot part ------------------------------------------

/// What waits for an editor's decision, all from one member.
struct Waiting {
    /// The proposal of a resource.
    proposal: i64,
    /// The proposal of a feed for ARICA.
    feed_proposal: i64,
    /// A thread of the member's.
    thread: i64,
    /// Its opening post.
    opening: i64,
    /// A report of that post as spam.
    report: i64,
}

/// `member` proposes the resource `json` and a feed, opens a thread and reports its opening
/// post.
async fn waiting(db: &Db, member: i64, json: &str) -> Waiting {
    let unix = NOW.unix_timestamp();
    let proposal = moderation::submit(db, ContentKind::Resource, None, json, member, unix)
        .await
        .unwrap();
    let feed = r#"{"initiative":"arica","url":"https://example.org/f.xml"}"#;
    let feed_proposal = moderation::submit_raw(db, "feed", None, feed, member, unix)
        .await
        .unwrap();
    let (thread, opening) = thread(db, member).await;
    let report = community::report(db, opening, Some(member), "spam", unix)
        .await
        .unwrap();
    Waiting {
        proposal,
        feed_proposal,
        thread,
        opening,
        report,
    }
}

/// With the audit log refusing every entry, each decision fails and leaves everything as it
/// was: no item, no decided proposal, no feed, no hidden post, no changed role.
async fn a_refused_audit_entry_takes_every_write_back(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let unix = NOW.unix_timestamp();
    let published_one = resource(5);
    create(db, &edna, &published_one).await;
    let fresh = resource(6);
    let fresh_json = json_of(&fresh);
    let Waiting {
        proposal,
        feed_proposal,
        thread: thread_id,
        opening,
        report,
    } = waiting(db, member, &fresh_json).await;
    sessions::create(db, "hash", member, "full", unix)
        .await
        .unwrap();
    let entries = log(db).await.len();

    refuse(db, "audit_log", "INSERT").await;
    let record = Publishable::Resource(fresh.clone());
    let item = Publication {
        record: &record,
        json: &fresh_json,
    };
    let kind = ContentKind::Resource;
    refused(editorial::publish(db, &edna, item, Change::Create, NOW)).await;
    refused(editorial::restore(db, &edna, item, NOW)).await;
    assert_eq!(published(db, &fresh.slug).await, None, "not published");
    let slug = &published_one.slug;
    refused(editorial::unpublish(db, &edna, kind, slug, NOW)).await;
    assert!(published(db, slug).await.is_some(), "still published");
    let approve = editorial::approve_submission(db, &edna, proposal, item, NOW);
    refused(approve).await;
    assert_eq!(published(db, &fresh.slug).await, None, "not approved");
    refused(editorial::reject_submission(db, &edna, proposal, "no", NOW)).await;
    assert_eq!(status(db, proposal).await, SubmissionStatus::Pending);
    refused(editorial::approve_feed(db, &edna, feed_proposal, NOW)).await;
    assert_eq!(status(db, feed_proposal).await, SubmissionStatus::Pending);
    refused(editorial::add_feed(
        db,
        &edna,
        "arica",
        "https://example.org/g.xml",
        NOW,
    ))
    .await;
    assert!(feeds::health(db).await.unwrap().is_empty(), "no feed");
    assert_eq!(
        count(db, "SELECT COUNT(*) AS n FROM jobs").await,
        0,
        "no job"
    );
    refused(editorial::hide_post(db, &edna, opening, true, NOW)).await;
    refused(editorial::resolve_report(db, &edna, report, true, NOW)).await;
    assert!(!community::post(db, opening).await.unwrap().unwrap().hidden);
    assert_eq!(thread_documents(db).await, 1, "still in search");
    assert_eq!(community::open_reports(db).await.unwrap().len(), 1);
    refused(editorial::lock_thread(db, &edna, thread_id, true, NOW)).await;
    assert!(
        !community::thread(db, thread_id)
            .await
            .unwrap()
            .unwrap()
            .locked
    );
    refused(editorial::set_role(db, &edna, member, Role::Admin, NOW)).await;
    let u = accounts::by_id(db, member).await.unwrap().unwrap();
    assert_eq!(u.role(), Role::Member);
    assert!(sessions::get(db, "hash").await.unwrap().is_some());
    refused(editorial::link_initiative(db, &edna, member, "arica", NOW)).await;
    assert!(
        accounts::linked_initiatives(db, member)
            .await
            .unwrap()
            .is_empty()
    );
    let upload = MediaUpload {
        name: "x.png".into(),
        label: "X".into(),
        content_type: "image/png".into(),
        width: 1,
        height: 1,
        created_at: unix,
    };
    refused(editorial::record_upload(db, &edna, &upload, NOW)).await;
    assert!(media::list(db).await.unwrap().is_empty());
    allow(db, "audit_log").await;
    assert_eq!(log(db).await.len(), entries, "no entry either");
}

/// With the write refused, the decision is taken back too and no audit entry is left.
async fn a_failed_write_leaves_no_decision_and_no_audit_entry(t: TestDb) {
    let db = &t.db;
    let edna = editor(db).await;
    let member = user(db, "mo", Role::Member).await;
    let r = resource(7);
    let json = json_of(&r);
    let Waiting {
        proposal,
        feed_proposal,
        report,
        ..
    } = waiting(db, member, &json).await;

    refuse(db, "resources", "INSERT").await;
    let record = Publishable::Resource(r.clone());
    let item = Publication {
        record: &record,
        json: &json,
    };
    let approve = editorial::approve_submission(db, &edna, proposal, item, NOW);
    refused(approve).await;
    assert_eq!(status(db, proposal).await, SubmissionStatus::Pending);
    allow(db, "resources").await;

    refuse(db, "feeds", "INSERT").await;
    refused(editorial::approve_feed(db, &edna, feed_proposal, NOW)).await;
    assert_eq!(status(db, feed_proposal).await, SubmissionStatus::Pending);
    allow(db, "feeds").await;

    refuse(db, "posts", "UPDATE").await;
    refused(editorial::resolve_report(db, &edna, report, true, NOW)).await;
    assert_eq!(community::open_reports(db).await.unwrap().len(), 1);
    allow(db, "posts").await;

    refuse(db, "users", "UPDATE").await;
    refused(editorial::set_role(db, &edna, member, Role::Editor, NOW)).await;
    allow(db, "users").await;

    assert!(log(db).await.is_empty(), "no audit entry");
    // And the decisions can still be taken once the writes work.
    let approve = editorial::approve_submission(db, &edna, proposal, item, NOW);
    assert_eq!(approve.await.unwrap(), Outcome::Done);
    let approve = editorial::approve_feed(db, &edna, feed_proposal, NOW).await;
    assert_eq!(approve.unwrap(), Outcome::Done);
    assert_eq!(log(db).await.len(), 2);
}

#[test]
fn actions_and_statuses_read_back_from_their_names() {
    use sparks_store::editorial::Action;
    for a in Action::ALL {
        assert_eq!(Action::parse(a.as_str()), Some(a));
    }
    assert_eq!(Action::ApproveEdit.as_str(), "approve-edit");
    for s in [
        SubmissionStatus::Pending,
        SubmissionStatus::Approved,
        SubmissionStatus::Rejected,
    ] {
        assert_eq!(SubmissionStatus::parse(s.as_str()), Some(s));
    }
    assert_eq!(SubmissionStatus::parse("maybe"), None);
}
