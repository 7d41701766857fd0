//! The knowledge exchange: threads in a space (a pillar, or `general`), their posts, and
//! reports that put a post in front of the moderators. Bodies arrive here already rendered
//! and sanitised; authors that erased their account show as former members (NULL author).

use crate::{Db, Result, Sql, Tx};

/// A thread in a list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Thread {
    /// Its id.
    pub id: i64,
    /// `general` or a pillar slug.
    pub space: String,
    /// Title.
    pub title: String,
    /// Who opened it.
    pub author_id: Option<i64>,
    /// Their name, when they still have an account.
    pub author_name: Option<String>,
    /// Visible to logged-in members only.
    pub members_only: bool,
    /// No more replies.
    pub locked: bool,
    /// Hidden by an editor.
    pub hidden: bool,
    /// Listed first in its space.
    pub pinned: bool,
    /// A content warning's slug: the page folds the posts behind it.
    pub content_warning: Option<String>,
    /// Opened at.
    pub created_at: i64,
    /// Last post at.
    pub last_post_at: i64,
    /// Posts in it (visible ones).
    pub posts: i64,
    /// The expert group it belongs to: then only that group's members see it.
    pub group_id: Option<i64>,
}

/// A post of a thread.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Post {
    /// Its id.
    pub id: i64,
    /// Its thread.
    pub thread_id: i64,
    /// Who wrote it.
    pub author_id: Option<i64>,
    /// Their name, when they still have an account.
    pub author_name: Option<String>,
    /// Their profile's handle, only when that profile is shown
    /// ([`crate::profiles::LISTED`]): a link never leads to a private profile.
    pub author_handle: Option<String>,
    /// Markdown as written.
    pub body: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// Hidden by an editor.
    pub hidden: bool,
    /// Written at.
    pub created_at: i64,
    /// When its author last changed the text, if ever.
    pub edited_at: Option<i64>,
    /// When its author deleted it, if so (its text is then empty).
    pub deleted_at: Option<i64>,
}

/// An open report.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Report {
    /// Its id.
    pub id: i64,
    /// The post.
    pub post_id: i64,
    /// The post's thread.
    pub thread_id: i64,
    /// Why.
    pub reason: String,
    /// The post's text.
    pub body: String,
    /// Reported at.
    pub created_at: i64,
}

pub(crate) const THREAD_SELECT: &str = "SELECT t.id, t.space, t.title, t.author_id, u.display_name AS author_name, t.members_only, t.locked, t.hidden, t.pinned, t.content_warning, t.created_at, t.last_post_at, (SELECT COUNT(*) FROM posts p WHERE p.thread_id = t.id AND p.hidden = FALSE) AS posts, t.group_id FROM threads t LEFT JOIN users u ON u.id = t.author_id";

/// The posts with their authors; the handle only of profiles that are shown.
fn post_select() -> Sql {
    Sql::new(&format!(
        "SELECT p.id, p.thread_id, p.author_id, u.display_name AS author_name, CASE WHEN {} THEN u.handle END AS author_handle, p.body, p.body_html, p.hidden, p.created_at, p.edited_at, p.deleted_at FROM posts p LEFT JOIN users u ON u.id = p.author_id",
        crate::profiles::LISTED
    ))
}

/// A new thread with its first post.
#[derive(Debug, Clone)]
pub struct NewThread<'a> {
    /// `general` or a pillar slug.
    pub space: &'a str,
    /// Title.
    pub title: &'a str,
    /// Markdown.
    pub body: &'a str,
    /// Sanitised HTML of the body.
    pub body_html: &'a str,
    /// Visible to members only.
    pub members_only: bool,
    /// Who.
    pub author_id: i64,
    /// A content warning's slug (already checked against the list).
    pub content_warning: Option<&'a str>,
}

/// Opens a thread; returns its id.
pub async fn create_thread(db: &Db, t: &NewThread<'_>, now: i64) -> Result<i64> {
    let mut tx = db.begin().await?;
    let sql = Sql::insert(
        "threads",
        [
            ("space", t.space.into()),
            ("title", t.title.into()),
            ("author_id", t.author_id.into()),
            ("members_only", t.members_only.into()),
            (
                "content_warning",
                t.content_warning.map(str::to_owned).into(),
            ),
            ("created_at", now.into()),
            ("last_post_at", now.into()),
        ],
    );
    let id = tx.insert_id(sql).await?;
    insert_post(&mut tx, id, t.author_id, t.body, t.body_html, now).await?;
    // A new thread in a pillar's space is news to that pillar's followers.
    if let Ok(pillar) = t.space.parse::<sparks_core::Pillar>() {
        let item = crate::follows::Item {
            key: format!("thread:{id}"),
            what: "Discussion".to_owned(),
            title: t.title.to_owned(),
            link: format!("/community/threads/{id}"),
            authors: vec![t.author_id],
            subjects: vec![crate::follows::Target::Pillar(pillar)],
        };
        crate::follows::announce_tx(&mut tx, &item, now).await?;
    }
    // Public discussions are found by the site search; pages that list them change.
    if !t.members_only {
        let doc = sparks_search::SearchDocument::from_thread(id, t.space, t.title, t.body);
        crate::search::index_in(&mut tx, &doc, &iso(now)).await?;
    }
    crate::versions::bump(&mut tx, crate::DataKind::Content).await?;
    tx.commit().await?;
    Ok(id)
}

pub(crate) async fn insert_post(
    tx: &mut crate::Tx,
    thread_id: i64,
    author_id: i64,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<i64> {
    let sql = Sql::insert(
        "posts",
        [
            ("thread_id", thread_id.into()),
            ("author_id", author_id.into()),
            ("body", body.into()),
            ("body_html", body_html.into()),
            ("created_at", now.into()),
        ],
    );
    tx.insert_id(sql).await
}

/// Adds a reply; `None` when the thread is locked, hidden or gone.
pub async fn reply(
    db: &Db,
    thread_id: i64,
    author_id: i64,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<Option<i64>> {
    let mut tx = db.begin().await?;
    let mut open = Sql::new("UPDATE threads SET last_post_at = ");
    open.push_arg(now)
        .push(" WHERE locked = FALSE AND hidden = FALSE AND id = ")
        .push_arg(thread_id);
    if tx.execute(open).await? != 1 {
        return Ok(None);
    }
    let id = insert_post(&mut tx, thread_id, author_id, body, body_html, now).await?;
    #[derive(sqlx::FromRow)]
    struct TitleRow {
        title: String,
        group_id: Option<i64>,
    }
    let mut title = Sql::new("SELECT title, group_id FROM threads WHERE id = ");
    title.push_arg(thread_id);
    let title: Option<TitleRow> = tx.fetch_optional(title).await?;
    // An expert group's thread is never announced to followers: nobody outside the group
    // may learn of it (and its threads cannot be followed).
    if title.as_ref().is_some_and(|t| t.group_id.is_some()) {
        tx.commit().await?;
        return Ok(Some(id));
    }
    let item = crate::follows::Item {
        key: format!("post:{id}"),
        what: "Reply".to_owned(),
        title: title.map(|t| t.title).unwrap_or_default(),
        link: format!("/community/threads/{thread_id}#post-{id}"),
        authors: vec![author_id],
        subjects: vec![crate::follows::Target::Thread(thread_id)],
    };
    crate::follows::announce_tx(&mut tx, &item, now).await?;
    tx.commit().await?;
    Ok(Some(id))
}

/// Threads of a space (all spaces with `None`) a viewer may see: pinned ones first, then
/// latest activity first. Threads of expert groups are never among them (see
/// [`crate::groups::threads`]).
pub async fn threads(
    db: &Db,
    space: Option<&str>,
    member: bool,
    staff: bool,
    limit: i64,
) -> Result<Vec<Thread>> {
    let mut sql = Sql::new(THREAD_SELECT);
    sql.push(" WHERE t.group_id IS NULL");
    if let Some(space) = space {
        sql.push(" AND t.space = ").push_arg(space);
    }
    if !member {
        sql.push(" AND t.members_only = FALSE");
    }
    if !staff {
        sql.push(" AND t.hidden = FALSE");
    }
    // Pinned threads first, so staff can keep a welcome or a rule at the top.
    sql.push(" ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC LIMIT ")
        .push_arg(limit);
    db.fetch_all(sql).await
}

/// One thread (whatever its visibility: the caller decides).
pub async fn thread(db: &Db, id: i64) -> Result<Option<Thread>> {
    let mut sql = Sql::new(THREAD_SELECT);
    sql.push(" WHERE t.id = ").push_arg(id);
    db.fetch_optional(sql).await
}

/// The posts of a thread in order; hidden ones only for staff.
pub async fn posts(db: &Db, thread_id: i64, staff: bool) -> Result<Vec<Post>> {
    let mut sql = post_select();
    sql.push(" WHERE p.thread_id = ").push_arg(thread_id);
    if !staff {
        sql.push(" AND p.hidden = FALSE");
    }
    sql.push(" ORDER BY p.id");
    db.fetch_all(sql).await
}

/// One post.
pub async fn post(db: &Db, id: i64) -> Result<Option<Post>> {
    let mut sql = post_select();
    sql.push(" WHERE p.id = ").push_arg(id);
    db.fetch_optional(sql).await
}

/// Everything an account wrote (for its data export).
pub async fn posts_by(db: &Db, user_id: i64) -> Result<Vec<Post>> {
    let mut sql = post_select();
    sql.push(" WHERE p.author_id = ")
        .push_arg(user_id)
        .push(" ORDER BY p.id");
    db.fetch_all(sql).await
}

/// Hides or shows a post.
pub async fn set_post_hidden(db: &Db, id: i64, hidden: bool) -> Result<bool> {
    let mut sql = Sql::new("UPDATE posts SET hidden = ");
    sql.push_arg(hidden).push(" WHERE id = ").push_arg(id);
    Ok(db.execute(sql).await? == 1)
}

/// Hides or shows a post inside the caller's transaction; the thread's search entry follows
/// (a hidden opening post takes its public thread out of search). `false` when there is no
/// such post.
pub(crate) async fn set_post_hidden_in(
    tx: &mut Tx,
    id: i64,
    hidden: bool,
    now: i64,
) -> Result<bool> {
    #[derive(sqlx::FromRow)]
    struct ThreadOf {
        thread_id: i64,
    }
    let mut sql = Sql::new("UPDATE posts SET hidden = ");
    sql.push_arg(hidden)
        .push(" WHERE id = ")
        .push_arg(id)
        .push(" RETURNING thread_id");
    let Some(post) = tx.fetch_optional::<ThreadOf>(sql).await? else {
        return Ok(false);
    };
    sync_search_in(tx, post.thread_id, now).await?;
    Ok(true)
}

/// Brings a thread's search entry in line with what visitors may see of it, inside the
/// caller's transaction: indexed (in its current space) when it is public, not hidden and
/// its opening post is not hidden; out of the index otherwise. Pages listing threads change
/// either way. Every write that touches one of those facts calls it, so no caller has to
/// remember which of them the index depends on.
pub(crate) async fn sync_search_in(tx: &mut Tx, thread_id: i64, now: i64) -> Result<()> {
    #[derive(sqlx::FromRow)]
    struct Opening {
        space: String,
        title: String,
        body: String,
        shown: bool,
    }
    let mut sql = Sql::new(
        "SELECT t.space, t.title, p.body, \
         (t.members_only = FALSE AND t.group_id IS NULL AND t.hidden = FALSE \
          AND p.hidden = FALSE AND p.deleted_at IS NULL) AS shown \
         FROM threads t JOIN posts p ON p.thread_id = t.id WHERE t.id = ",
    );
    sql.push_arg(thread_id).push(" ORDER BY p.id LIMIT 1");
    let opening = tx.fetch_optional::<Opening>(sql).await?;
    match opening.filter(|o| o.shown) {
        Some(o) => {
            let doc =
                sparks_search::SearchDocument::from_thread(thread_id, &o.space, &o.title, &o.body);
            crate::search::index_in(tx, &doc, &iso(now)).await?;
        }
        None => {
            crate::search::remove_in(tx, sparks_search::DocType::Thread, &thread_id.to_string())
                .await?;
        }
    }
    crate::versions::bump(tx, crate::DataKind::Content).await
}

/// Sets one of a thread's staff flags (`hidden`, `locked`, `pinned`) inside the caller's
/// transaction, keeping its search entry in line; `false` when there is no such thread.
pub(crate) async fn set_thread_flag_in(
    tx: &mut Tx,
    id: i64,
    flag: ThreadFlag,
    on: bool,
    now: i64,
) -> Result<bool> {
    let mut sql = Sql::new(&format!("UPDATE threads SET {} = ", flag.name()));
    sql.push_arg(on).push(" WHERE id = ").push_arg(id);
    if tx.execute(sql).await? != 1 {
        return Ok(false);
    }
    sync_search_in(tx, id, now).await?;
    Ok(true)
}

/// A thread flag only staff set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThreadFlag {
    /// Gone from every public place; staff still see it, marked.
    Hidden,
    /// No more replies.
    Locked,
    /// Listed first in its space.
    Pinned,
}

impl ThreadFlag {
    /// Its column, and the name of the form field that sets it.
    pub fn name(self) -> &'static str {
        match self {
            ThreadFlag::Hidden => "hidden",
            ThreadFlag::Locked => "locked",
            ThreadFlag::Pinned => "pinned",
        }
    }
}

/// Moves a thread to another space inside the caller's transaction (its URL does not name
/// the space, so links to it keep working); `false` when there is no such thread. The
/// caller checks that the space exists.
pub(crate) async fn move_thread_in(tx: &mut Tx, id: i64, space: &str, now: i64) -> Result<bool> {
    let mut sql = Sql::new("UPDATE threads SET space = ");
    sql.push_arg(space).push(" WHERE id = ").push_arg(id);
    if tx.execute(sql).await? != 1 {
        return Ok(false);
    }
    sync_search_in(tx, id, now).await?;
    Ok(true)
}

/// The public discussions as search documents (for a rebuild of the index).
pub async fn search_documents(db: &Db) -> Result<Vec<sparks_search::SearchDocument>> {
    let mut docs = Vec::new();
    for t in threads(db, None, false, false, i64::MAX).await? {
        let posts = posts(db, t.id, false).await?;
        // A thread whose opening post its author deleted is not found by its text.
        if let Some(first) = posts.first().filter(|p| p.deleted_at.is_none()) {
            docs.push(sparks_search::SearchDocument::from_thread(
                t.id,
                &t.space,
                &t.title,
                &first.body,
            ));
        }
    }
    Ok(docs)
}

/// An earlier version of an edited post, as staff see it in its history.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Revision {
    /// The text as it was (Markdown).
    pub body: String,
    /// Who wrote that version, while they still have an account.
    pub written_by: Option<String>,
    /// When that version was written.
    pub written_at: i64,
    /// Who replaced it, while they still have an account.
    pub replaced_by: Option<String>,
    /// When it was replaced.
    pub replaced_at: i64,
}

/// Replaces the text of post `id` (not deleted) by `editor_id`, keeping the text it had as a
/// [`Revision`]; the thread's search entry follows. `false` when there is no such post or it
/// was deleted. Who may edit is the caller's decision.
pub async fn edit_post(
    db: &Db,
    id: i64,
    editor_id: i64,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<bool> {
    let mut tx = db.begin().await?;
    // The old text goes to the history in the same statement that reads it, so two edits at
    // once each keep the version they replaced.
    let mut keep = Sql::new(
        "INSERT INTO post_revisions (post_id, body, written_by, written_at, replaced_by, replaced_at) \
         SELECT id, body, author_id, COALESCE(edited_at, created_at), ",
    );
    keep.push_arg(editor_id)
        .push(", ")
        .push_arg(now)
        .push(" FROM posts WHERE deleted_at IS NULL AND id = ")
        .push_arg(id);
    if tx.execute(keep).await? != 1 {
        return Ok(false);
    }
    #[derive(sqlx::FromRow)]
    struct ThreadOf {
        thread_id: i64,
    }
    let mut sql = Sql::new("UPDATE posts SET body = ");
    sql.push_arg(body)
        .push(", body_html = ")
        .push_arg(body_html)
        .push(", edited_at = ")
        .push_arg(now)
        .push(" WHERE deleted_at IS NULL AND id = ")
        .push_arg(id)
        .push(" RETURNING thread_id");
    let Some(post) = tx.fetch_optional::<ThreadOf>(sql).await? else {
        return Ok(false);
    };
    sync_search_in(&mut tx, post.thread_id, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// Deletes the text of post `id` for good, with its history; the row stays (replies keep
/// their place, the thread shows a placeholder) and the thread's search entry follows.
/// `false` when there is no such post or it was deleted already.
pub async fn delete_post(db: &Db, id: i64, now: i64) -> Result<bool> {
    #[derive(sqlx::FromRow)]
    struct ThreadOf {
        thread_id: i64,
    }
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("UPDATE posts SET body = '', body_html = '', deleted_at = ");
    sql.push_arg(now)
        .push(" WHERE deleted_at IS NULL AND id = ")
        .push_arg(id)
        .push(" RETURNING thread_id");
    let Some(post) = tx.fetch_optional::<ThreadOf>(sql).await? else {
        return Ok(false);
    };
    let mut history = Sql::new("DELETE FROM post_revisions WHERE post_id = ");
    history.push_arg(id);
    tx.execute(history).await?;
    sync_search_in(&mut tx, post.thread_id, now).await?;
    tx.commit().await?;
    Ok(true)
}

/// The earlier versions of post `id`, oldest first.
pub async fn revisions(db: &Db, post_id: i64) -> Result<Vec<Revision>> {
    let mut sql = Sql::new(
        "SELECT r.body, w.display_name AS written_by, r.written_at, \
         e.display_name AS replaced_by, r.replaced_at FROM post_revisions r \
         LEFT JOIN users w ON w.id = r.written_by LEFT JOIN users e ON e.id = r.replaced_by \
         WHERE r.post_id = ",
    );
    sql.push_arg(post_id).push(" ORDER BY r.id");
    db.fetch_all(sql).await
}

fn iso(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// Files a report about a post.
pub async fn report(
    db: &Db,
    post_id: i64,
    reporter_id: Option<i64>,
    reason: &str,
    now: i64,
) -> Result<i64> {
    let sql = Sql::insert(
        "post_reports",
        [
            ("post_id", post_id.into()),
            ("reporter_id", reporter_id.into()),
            ("reason", reason.into()),
            ("created_at", now.into()),
        ],
    );
    db.insert_id(sql).await
}

/// A report as its reporter sees it in their data export.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FiledReport {
    /// Its id.
    pub id: i64,
    /// The post reported.
    pub post_id: i64,
    /// Why.
    pub reason: String,
    /// `open` or `resolved`.
    pub status: String,
    /// Reported at.
    pub created_at: i64,
}

/// Every report an account filed (for its data export).
pub async fn reports_by(db: &Db, user_id: i64) -> Result<Vec<FiledReport>> {
    let mut sql = Sql::new(
        "SELECT id, post_id, reason, status, created_at FROM post_reports WHERE reporter_id = ",
    );
    sql.push_arg(user_id).push(" ORDER BY id");
    db.fetch_all(sql).await
}

/// Reports not yet dealt with, oldest first, for the staff queue. Reports on posts of
/// expert groups are not among them: staff who are not members do not read those posts;
/// the group's moderators see them ([`group_reports`]).
pub async fn open_reports(db: &Db) -> Result<Vec<Report>> {
    db.fetch_all(Sql::new(
        "SELECT r.id, r.post_id, p.thread_id, r.reason, p.body, r.created_at FROM post_reports r JOIN posts p ON p.id = r.post_id JOIN threads t ON t.id = p.thread_id WHERE r.status = 'open' AND t.group_id IS NULL ORDER BY r.id",
    ))
    .await
}

/// Open reports on posts of the expert group `group_id`, oldest first, for its moderators.
pub async fn group_reports(db: &Db, group_id: i64) -> Result<Vec<Report>> {
    let mut sql = Sql::new(
        "SELECT r.id, r.post_id, p.thread_id, r.reason, p.body, r.created_at FROM post_reports r JOIN posts p ON p.id = r.post_id JOIN threads t ON t.id = p.thread_id WHERE r.status = 'open' AND t.group_id = ",
    );
    sql.push_arg(group_id).push(" ORDER BY r.id");
    db.fetch_all(sql).await
}

/// Closes an open report inside the caller's transaction; returns its post, or `None` when
/// it was not open (another editor was quicker) or does not exist.
pub(crate) async fn resolve_report_in(
    tx: &mut Tx,
    id: i64,
    editor_id: i64,
    now: i64,
) -> Result<Option<i64>> {
    #[derive(sqlx::FromRow)]
    struct PostIdRow {
        post_id: i64,
    }
    let mut sql = Sql::new("UPDATE post_reports SET status = 'resolved', resolved_by = ");
    sql.push_arg(editor_id)
        .push(", resolved_at = ")
        .push_arg(now)
        .push(" WHERE status = 'open' AND id = ")
        .push_arg(id)
        .push(" RETURNING post_id");
    Ok(tx
        .fetch_optional::<PostIdRow>(sql)
        .await?
        .map(|r| r.post_id))
}
