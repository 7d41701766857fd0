//! Submissions waiting for an editor, the audit log of editorial changes, and taking content
//! off the site. Pending submissions live only here, never in the public content tables.

use sparks_search::DocType;

use crate::db::Conn;
use crate::versions::{self, DataKind};
use crate::{Db, Result, Sql, StoreError, Tx};

/// The kind name of feed proposals in the queue (the other kinds are [`ContentKind`] slugs).
pub const FEED_KIND: &str = "feed";

/// The content types that members can propose and editors can edit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContentKind {
    /// An initiative.
    Initiative,
    /// A resource.
    Resource,
    /// An event.
    Event,
    /// A news post.
    News,
    /// A key recommendation.
    Recommendation,
    /// A figure of the CSAE response.
    Statistic,
    /// A help service.
    Helpline,
}

impl ContentKind {
    /// Every kind.
    pub const ALL: [ContentKind; 7] = [
        ContentKind::Initiative,
        ContentKind::Resource,
        ContentKind::Event,
        ContentKind::News,
        ContentKind::Recommendation,
        ContentKind::Statistic,
        ContentKind::Helpline,
    ];

    /// The name in URLs and the database.
    pub fn slug(self) -> &'static str {
        match self {
            ContentKind::Initiative => "initiative",
            ContentKind::Resource => "resource",
            ContentKind::Event => "event",
            ContentKind::News => "news",
            ContentKind::Recommendation => "recommendation",
            ContentKind::Statistic => "statistic",
            ContentKind::Helpline => "helpline",
        }
    }

    /// Parses the name in URLs.
    pub fn parse(text: &str) -> Option<ContentKind> {
        ContentKind::ALL.into_iter().find(|k| k.slug() == text)
    }

    /// Where its public pages live (`/initiatives`, ...).
    pub fn section(self) -> &'static str {
        match self {
            ContentKind::Initiative => "/initiatives",
            ContentKind::Resource => "/resources",
            ContentKind::Event => "/events",
            ContentKind::News => "/news",
            ContentKind::Recommendation => "/recommendations",
            ContentKind::Statistic => "/response",
            ContentKind::Helpline => "/help",
        }
    }

    /// The public address of one item (figures and help services are anchors on their list).
    pub fn href(self, slug: &str) -> String {
        match self {
            ContentKind::Statistic => format!("/response#{slug}"),
            ContentKind::Helpline => format!("/help#{slug}"),
            _ => format!("{}/{slug}", self.section()),
        }
    }

    pub(crate) fn table(self) -> &'static str {
        match self {
            ContentKind::Initiative => "initiatives",
            ContentKind::Resource => "resources",
            ContentKind::Event => "events",
            ContentKind::News => "news",
            ContentKind::Recommendation => "recommendations",
            ContentKind::Statistic => "statistics",
            ContentKind::Helpline => "helplines",
        }
    }

    /// Its type in the search index (recommendations and figures are not indexed).
    fn doc_type(self) -> Option<DocType> {
        match self {
            ContentKind::Initiative => Some(DocType::Initiative),
            ContentKind::Resource => Some(DocType::Resource),
            ContentKind::Event => Some(DocType::Event),
            ContentKind::News => Some(DocType::News),
            ContentKind::Helpline => Some(DocType::Helpline),
            ContentKind::Recommendation | ContentKind::Statistic => None,
        }
    }
}

/// Where a proposal stands. Kept as text in the database (see [`SubmissionStatus::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubmissionStatus {
    /// Waiting for an editor.
    Pending,
    /// Published by an editor.
    Approved,
    /// Turned down, with a reason.
    Rejected,
}

impl SubmissionStatus {
    /// The name in the database (and in the messages that show it).
    pub fn as_str(self) -> &'static str {
        match self {
            SubmissionStatus::Pending => "pending",
            SubmissionStatus::Approved => "approved",
            SubmissionStatus::Rejected => "rejected",
        }
    }

    /// Reads the name in the database.
    pub fn parse(text: &str) -> Option<SubmissionStatus> {
        [
            SubmissionStatus::Pending,
            SubmissionStatus::Approved,
            SubmissionStatus::Rejected,
        ]
        .into_iter()
        .find(|s| s.as_str() == text)
    }
}

impl std::fmt::Display for SubmissionStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl TryFrom<String> for SubmissionStatus {
    type Error = StoreError;

    fn try_from(text: String) -> Result<Self> {
        SubmissionStatus::parse(&text)
            .ok_or_else(|| StoreError::Corrupt(format!("submission status {text:?}")))
    }
}

/// A proposal as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Submission {
    /// Its id.
    pub id: i64,
    /// `initiative`, `resource`, `event` or `news`.
    pub kind: String,
    /// For proposed edits: the slug of the record to change.
    pub target_slug: Option<String>,
    /// The record in its import format (JSON).
    pub payload: String,
    /// Who proposed it (NULL once they erased their account).
    pub submitter_id: Option<i64>,
    /// Where it stands.
    #[sqlx(try_from = "String")]
    pub status: SubmissionStatus,
    /// Why it was rejected.
    pub reason: Option<String>,
    /// Sent at.
    pub created_at: i64,
}

impl Submission {
    /// Its name for lists, messages and the audit log: `ACRONYM – full name` for an
    /// initiative, else its title (or a feed's address).
    pub fn title(&self) -> String {
        payload_title(&self.payload)
    }
}

/// The name of a proposal from its payload (see [`Submission::title`]); empty when the
/// payload names nothing.
pub fn payload_title(payload: &str) -> String {
    serde_json::from_str::<serde_json::Value>(payload)
        .ok()
        .and_then(|v| {
            let acronym = v
                .get("acronym")
                .and_then(|a| a.as_str())
                .filter(|a| !a.is_empty());
            let title = v
                .get("full_name")
                .or_else(|| v.get("title"))
                .or_else(|| v.get("url"))
                .and_then(|t| t.as_str());
            match (acronym, title) {
                (Some(a), Some(t)) => Some(format!("{a} – {t}")),
                (None, Some(t)) => Some(t.to_owned()),
                (Some(a), None) => Some(a.to_owned()),
                (None, None) => None,
            }
        })
        .unwrap_or_default()
}

const SUBMISSION_COLUMNS: &str =
    "id, kind, target_slug, payload, submitter_id, status, reason, created_at";

/// Files a proposal; returns its id.
pub async fn submit(
    db: &Db,
    kind: ContentKind,
    target_slug: Option<&str>,
    payload: &str,
    submitter_id: i64,
    now: i64,
) -> Result<i64> {
    submit_raw(db, kind.slug(), target_slug, payload, submitter_id, now).await
}

/// Files a proposal of a kind outside [`ContentKind`] (a feed); returns its id.
pub async fn submit_raw(
    db: &Db,
    kind: &str,
    target_slug: Option<&str>,
    payload: &str,
    submitter_id: i64,
    now: i64,
) -> Result<i64> {
    let sql = Sql::insert(
        "submissions",
        [
            ("kind", kind.into()),
            ("target_slug", target_slug.map(str::to_owned).into()),
            ("payload", payload.into()),
            ("submitter_id", submitter_id.into()),
            ("created_at", now.into()),
        ],
    );
    db.insert_id(sql).await
}

/// Proposals waiting for a decision, oldest first.
pub async fn pending(db: &Db) -> Result<Vec<Submission>> {
    let mut sql = Sql::new(&format!(
        "SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE status = "
    ));
    sql.push_arg(SubmissionStatus::Pending.as_str())
        .push(" ORDER BY id");
    db.fetch_all(sql).await
}

/// One proposal.
pub async fn get(db: &Db, id: i64) -> Result<Option<Submission>> {
    get_on(&mut db.lease().await?.conn(), id).await
}

/// One proposal, read on `conn` (inside the transaction that decides it, say).
pub(crate) async fn get_on(conn: &mut Conn<'_>, id: i64) -> Result<Option<Submission>> {
    let mut sql = Sql::new(&format!(
        "SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE id = "
    ));
    sql.push_arg(id);
    conn.fetch_optional(sql).await
}

/// A member's proposals, newest first.
pub async fn by_submitter(db: &Db, user_id: i64) -> Result<Vec<Submission>> {
    let mut sql = Sql::new(&format!(
        "SELECT {SUBMISSION_COLUMNS} FROM submissions WHERE submitter_id = "
    ));
    sql.push_arg(user_id).push(" ORDER BY id DESC");
    db.fetch_all(sql).await
}

/// Records the decision on a pending proposal inside the caller's transaction; `false` when
/// it was not pending any more (another editor was quicker).
pub async fn decide_in(
    tx: &mut Tx,
    id: i64,
    approved: bool,
    reason: Option<&str>,
    editor_id: i64,
    now: i64,
) -> Result<bool> {
    let status = if approved {
        SubmissionStatus::Approved
    } else {
        SubmissionStatus::Rejected
    };
    let mut sql = Sql::new("UPDATE submissions SET status = ");
    sql.push_arg(status.as_str())
        .push(", reason = ")
        .push_arg(reason.map(str::to_owned))
        .push(", decided_by = ")
        .push_arg(editor_id)
        .push(", decided_at = ")
        .push_arg(now)
        .push(" WHERE status = ")
        .push_arg(SubmissionStatus::Pending.as_str())
        .push(" AND id = ")
        .push_arg(id);
    Ok(tx.execute(sql).await? == 1)
}

/// One entry of the audit log.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditEntry {
    /// Its id.
    pub id: i64,
    /// When.
    pub at: i64,
    /// Who did what to which record.
    #[sqlx(flatten)]
    pub change: AuditChange,
}

/// What an audit entry says: who did what to which record, and the record before and after.
/// Only the [`crate::editorial`] workflow writes one, in the transaction of the change it
/// describes.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AuditChange {
    /// Who (NULL for the command line or an erased account).
    pub actor_id: Option<i64>,
    /// Their name at the time.
    pub actor_name: String,
    /// `create`, `update`, `unpublish`, `restore`, `approve`, `reject`, `role`, `hide`, ...
    pub action: String,
    /// `initiative`, `resource`, `event`, `news`, `user`, `post`, `thread`.
    pub kind: String,
    /// The slug or id it is about.
    pub target: String,
    /// The record before (JSON), when there was one.
    pub before_json: Option<String>,
    /// The record after (JSON), when there is one.
    pub after_json: Option<String>,
    /// A reason or remark.
    pub note: Option<String>,
}

/// Writes an audit entry inside the transaction of the change it describes.
pub(crate) async fn audit_in(tx: &mut Tx, e: &AuditChange, now: i64) -> Result<()> {
    let sql = Sql::insert(
        "audit_log",
        [
            ("at", now.into()),
            ("actor_id", e.actor_id.into()),
            ("actor_name", e.actor_name.as_str().into()),
            ("action", e.action.as_str().into()),
            ("kind", e.kind.as_str().into()),
            ("target", e.target.as_str().into()),
            ("before_json", e.before_json.clone().into()),
            ("after_json", e.after_json.clone().into()),
            ("note", e.note.clone().into()),
        ],
    );
    tx.execute(sql).await.map(|_| ())
}

const AUDIT_COLUMNS: &str =
    "id, at, actor_id, actor_name, action, kind, target, before_json, after_json, note";

/// The newest `limit` entries, optionally about one record.
pub async fn audit_log(
    db: &Db,
    about: Option<(&str, &str)>,
    limit: i64,
) -> Result<Vec<AuditEntry>> {
    let mut sql = Sql::new(&format!("SELECT {AUDIT_COLUMNS} FROM audit_log"));
    if let Some((kind, target)) = about {
        sql.push(" WHERE kind = ")
            .push_arg(kind)
            .push(" AND target = ")
            .push_arg(target);
    }
    sql.push(" ORDER BY id DESC LIMIT ").push_arg(limit);
    db.fetch_all(sql).await
}

/// One audit entry.
pub async fn audit_entry(db: &Db, id: i64) -> Result<Option<AuditEntry>> {
    let mut sql = Sql::new(&format!(
        "SELECT {AUDIT_COLUMNS} FROM audit_log WHERE id = "
    ));
    sql.push_arg(id);
    db.fetch_optional(sql).await
}

#[derive(sqlx::FromRow)]
struct RecordRow {
    record: String,
}

/// The stored record (import format, JSON) of a content item, for the audit log. Initiatives
/// keep theirs in columns, so the caller builds it; this returns `None` for them.
pub async fn stored_record(db: &Db, kind: ContentKind, slug: &str) -> Result<Option<String>> {
    stored_record_on(&mut db.lease().await?.conn(), kind, slug).await
}

/// [`stored_record`], read on `conn` (inside a transaction, say).
pub(crate) async fn stored_record_on(
    conn: &mut Conn<'_>,
    kind: ContentKind,
    slug: &str,
) -> Result<Option<String>> {
    if kind == ContentKind::Initiative {
        return Ok(None);
    }
    let mut sql = Sql::new(&format!(
        "SELECT record FROM {} WHERE slug = ",
        kind.table()
    ));
    sql.push_arg(slug);
    Ok(conn
        .fetch_optional::<RecordRow>(sql)
        .await?
        .map(|r| r.record))
}

/// Takes a content item off the site (its row, tags, links and search entry), inside the
/// caller's transaction; `false` when there was none. The audit log keeps the record.
pub async fn unpublish_in(tx: &mut Tx, kind: ContentKind, slug: &str) -> Result<bool> {
    let table = kind.table();
    if kind != ContentKind::Initiative {
        let mut tags = Sql::new(&format!(
            "DELETE FROM content_tags WHERE kind = '{}' AND item_id IN (SELECT id FROM {table} WHERE slug = ",
            kind.slug()
        ));
        tags.push_arg(slug).push(")");
        tx.execute(tags).await?;
        let mut links = Sql::new(&format!(
            "DELETE FROM content_initiatives WHERE kind = '{}' AND item_id IN (SELECT id FROM {table} WHERE slug = ",
            kind.slug()
        ));
        links.push_arg(slug).push(")");
        tx.execute(links).await?;
    }
    let mut sql = Sql::new(&format!("DELETE FROM {table} WHERE slug = "));
    sql.push_arg(slug);
    let removed = tx.execute(sql).await? > 0;
    if let Some(doc_type) = kind.doc_type() {
        crate::search::remove_in(tx, doc_type, slug).await?;
    }
    versions::bump(
        tx,
        if kind == ContentKind::Initiative {
            DataKind::Initiatives
        } else {
            DataKind::Content
        },
    )
    .await?;
    Ok(removed)
}
