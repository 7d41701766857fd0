//! Expert groups (issue #17, point 3): closed rooms that admins create, that members ask to
//! join with a short statement, and whose moderators (or an admin) approve or decline. A
//! group's threads are read by its members only — not by other members, visitors, staff who
//! are not members, search, feeds, the sitemap or the API: they are marked members-only and
//! carry a `group_id`, and every public query of threads leaves such threads out
//! ([`crate::community::threads`], the search index, the staff report queue).

use crate::community::{THREAD_SELECT, Thread, insert_post};
use crate::{Db, Result, Sql};

/// Who may ask to join a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinPolicy {
    /// Any confirmed member may ask.
    Request,
    /// Only admins add members.
    Invitation,
}

impl JoinPolicy {
    /// As stored (and as the admin form sends it).
    pub fn as_str(self) -> &'static str {
        match self {
            JoinPolicy::Request => "request",
            JoinPolicy::Invitation => "invitation",
        }
    }

    /// From its stored name; `None` for anything else.
    pub fn parse(s: &str) -> Option<JoinPolicy> {
        match s {
            "request" => Some(JoinPolicy::Request),
            "invitation" => Some(JoinPolicy::Invitation),
            _ => None,
        }
    }
}

/// A group.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Group {
    /// Its id.
    pub id: i64,
    /// Its URL name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Public description (plain text).
    pub description: String,
    /// `request` or `invitation` ([`JoinPolicy`]).
    pub join_policy: String,
    /// Made at.
    pub created_at: i64,
}

impl Group {
    /// Whether members may ask to join.
    pub fn open_to_requests(&self) -> bool {
        JoinPolicy::parse(&self.join_policy) == Some(JoinPolicy::Request)
    }
}

/// A group's name, description and policy, as admins write them.
#[derive(Debug, Clone)]
pub struct GroupFields<'a> {
    /// Name.
    pub name: &'a str,
    /// Description.
    pub description: &'a str,
    /// Who may ask to join.
    pub policy: JoinPolicy,
}

/// A member of a group (role `member` or `moderator`).
pub const MEMBER: &str = "member";
/// A member who also decides on requests.
pub const MODERATOR: &str = "moderator";

/// A request to join.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Request {
    /// Its id.
    pub id: i64,
    /// The group.
    pub group_id: i64,
    /// Who asks.
    pub user_id: i64,
    /// Their name.
    pub user_name: String,
    /// Their statement.
    pub statement: String,
    /// The language they asked in.
    pub locale: String,
    /// `pending`, `approved` or `declined`.
    pub status: String,
    /// Why it was declined.
    pub reason: String,
    /// Asked at.
    pub created_at: i64,
}

/// A member's place in a group, for their data export and the group list.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Membership {
    /// The group's slug.
    pub slug: String,
    /// The group's name.
    pub name: String,
    /// `member` or `moderator`.
    pub role: String,
    /// Joined at.
    pub joined_at: i64,
}

/// A member's request as they see it in their data export.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct OwnRequest {
    /// The group's slug.
    pub slug: String,
    /// Their statement.
    pub statement: String,
    /// `pending`, `approved` or `declined`.
    pub status: String,
    /// Why it was declined.
    pub reason: String,
    /// Asked at.
    pub created_at: i64,
}

const GROUP_SELECT: &str =
    "SELECT id, slug, name, description, join_policy, created_at FROM expert_groups";

const REQUEST_SELECT: &str = "SELECT r.id, r.group_id, r.user_id, u.display_name AS user_name, r.statement, r.locale, r.status, r.reason, r.created_at FROM group_requests r JOIN users u ON u.id = r.user_id";

/// Every group, by name.
pub async fn all(db: &Db) -> Result<Vec<Group>> {
    db.fetch_all(Sql::new(&format!("{GROUP_SELECT} ORDER BY name, id")))
        .await
}

/// The group at `slug`.
pub async fn by_slug(db: &Db, slug: &str) -> Result<Option<Group>> {
    let mut sql = Sql::new(GROUP_SELECT);
    sql.push(" WHERE slug = ").push_arg(slug);
    db.fetch_optional(sql).await
}

/// The group with id `id`.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<Group>> {
    let mut sql = Sql::new(GROUP_SELECT);
    sql.push(" WHERE id = ").push_arg(id);
    db.fetch_optional(sql).await
}

/// Makes a group at `slug`; `None` when a group already has that slug.
pub async fn create(db: &Db, slug: &str, g: &GroupFields<'_>, now: i64) -> Result<Option<i64>> {
    if by_slug(db, slug).await?.is_some() {
        return Ok(None);
    }
    let sql = Sql::insert(
        "expert_groups",
        [
            ("slug", slug.into()),
            ("name", g.name.into()),
            ("description", g.description.into()),
            ("join_policy", g.policy.as_str().into()),
            ("created_at", now.into()),
        ],
    );
    Ok(Some(db.insert_id(sql).await?))
}

/// Changes a group's name, description and policy (its slug, and so its URL, stays).
pub async fn update(db: &Db, id: i64, g: &GroupFields<'_>) -> Result<bool> {
    let mut sql = Sql::new("UPDATE expert_groups SET name = ");
    sql.push_arg(g.name)
        .push(", description = ")
        .push_arg(g.description)
        .push(", join_policy = ")
        .push_arg(g.policy.as_str())
        .push(" WHERE id = ")
        .push_arg(id);
    Ok(db.execute(sql).await? == 1)
}

/// The role of `user_id` in the group (`member` or `moderator`), `None` when not a member.
pub async fn role_of(db: &Db, group_id: i64, user_id: i64) -> Result<Option<String>> {
    #[derive(sqlx::FromRow)]
    struct RoleRow {
        role: String,
    }
    let mut sql = Sql::new("SELECT role FROM group_members WHERE group_id = ");
    sql.push_arg(group_id)
        .push(" AND user_id = ")
        .push_arg(user_id);
    Ok(db.fetch_optional::<RoleRow>(sql).await?.map(|r| r.role))
}

/// Adds `user_id` to the group with `role`, or changes their role when already in it.
pub async fn set_member(db: &Db, group_id: i64, user_id: i64, role: &str, now: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let mut update = Sql::new("UPDATE group_members SET role = ");
    update
        .push_arg(role)
        .push(" WHERE group_id = ")
        .push_arg(group_id)
        .push(" AND user_id = ")
        .push_arg(user_id);
    if tx.execute(update).await? == 0 {
        let sql = Sql::insert(
            "group_members",
            [
                ("group_id", group_id.into()),
                ("user_id", user_id.into()),
                ("role", role.into()),
                ("joined_at", now.into()),
            ],
        );
        tx.execute(sql).await?;
    }
    tx.commit().await
}

/// Takes `user_id` out of the group; `false` when they were not in it.
pub async fn remove_member(db: &Db, group_id: i64, user_id: i64) -> Result<bool> {
    let mut sql = Sql::new("DELETE FROM group_members WHERE group_id = ");
    sql.push_arg(group_id)
        .push(" AND user_id = ")
        .push_arg(user_id);
    Ok(db.execute(sql).await? == 1)
}

/// The members of a group with their names and roles, moderators first.
pub async fn members(db: &Db, group_id: i64) -> Result<Vec<(String, String)>> {
    #[derive(sqlx::FromRow)]
    struct Row {
        display_name: String,
        role: String,
    }
    let mut sql = Sql::new(
        "SELECT u.display_name, m.role FROM group_members m JOIN users u ON u.id = m.user_id WHERE m.group_id = ",
    );
    sql.push_arg(group_id)
        .push(" ORDER BY m.role DESC, u.display_name, u.id");
    Ok(db
        .fetch_all::<Row>(sql)
        .await?
        .into_iter()
        .map(|r| (r.display_name, r.role))
        .collect())
}

/// Files a request to join; `None` when the member already has one waiting.
pub async fn ask(
    db: &Db,
    group_id: i64,
    user_id: i64,
    statement: &str,
    locale: &str,
    now: i64,
) -> Result<Option<i64>> {
    if pending_of(db, group_id, user_id).await?.is_some() {
        return Ok(None);
    }
    let sql = Sql::insert(
        "group_requests",
        [
            ("group_id", group_id.into()),
            ("user_id", user_id.into()),
            ("statement", statement.into()),
            ("locale", locale.into()),
            ("created_at", now.into()),
        ],
    );
    Ok(Some(db.insert_id(sql).await?))
}

/// The request of `user_id` to the group still waiting for a decision.
pub async fn pending_of(db: &Db, group_id: i64, user_id: i64) -> Result<Option<Request>> {
    let mut sql = Sql::new(REQUEST_SELECT);
    sql.push(" WHERE r.status = 'pending' AND r.group_id = ")
        .push_arg(group_id)
        .push(" AND r.user_id = ")
        .push_arg(user_id);
    db.fetch_optional(sql).await
}

/// The requests of a group waiting for a decision, oldest first.
pub async fn pending(db: &Db, group_id: i64) -> Result<Vec<Request>> {
    let mut sql = Sql::new(REQUEST_SELECT);
    sql.push(" WHERE r.status = 'pending' AND r.group_id = ")
        .push_arg(group_id)
        .push(" ORDER BY r.id");
    db.fetch_all(sql).await
}

/// One request.
pub async fn request(db: &Db, id: i64) -> Result<Option<Request>> {
    let mut sql = Sql::new(REQUEST_SELECT);
    sql.push(" WHERE r.id = ").push_arg(id);
    db.fetch_optional(sql).await
}

/// Approves (the member joins) or declines (with `reason`) a waiting request; `false` when
/// it was no longer waiting (another moderator was quicker) or does not exist.
pub async fn decide(
    db: &Db,
    id: i64,
    approve: bool,
    reason: &str,
    by: i64,
    now: i64,
) -> Result<bool> {
    #[derive(sqlx::FromRow)]
    struct Decided {
        group_id: i64,
        user_id: i64,
    }
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("UPDATE group_requests SET status = ");
    sql.push_arg(if approve { "approved" } else { "declined" })
        .push(", reason = ")
        .push_arg(reason)
        .push(", decided_at = ")
        .push_arg(now)
        .push(", decided_by = ")
        .push_arg(by)
        .push(" WHERE status = 'pending' AND id = ")
        .push_arg(id)
        .push(" RETURNING group_id, user_id");
    let Some(d) = tx.fetch_optional::<Decided>(sql).await? else {
        return Ok(false);
    };
    if approve {
        let mut exists = Sql::new("SELECT COUNT(*) AS n FROM group_members WHERE group_id = ");
        exists
            .push_arg(d.group_id)
            .push(" AND user_id = ")
            .push_arg(d.user_id);
        if tx.count(exists).await? == 0 {
            let add = Sql::insert(
                "group_members",
                [
                    ("group_id", d.group_id.into()),
                    ("user_id", d.user_id.into()),
                    ("role", MEMBER.into()),
                    ("joined_at", now.into()),
                ],
            );
            tx.execute(add).await?;
        }
    }
    tx.commit().await?;
    Ok(true)
}

/// The groups `user_id` is in (for their data export and the group list).
pub async fn memberships_of(db: &Db, user_id: i64) -> Result<Vec<Membership>> {
    let mut sql = Sql::new(
        "SELECT g.slug, g.name, m.role, m.joined_at FROM group_members m JOIN expert_groups g ON g.id = m.group_id WHERE m.user_id = ",
    );
    sql.push_arg(user_id).push(" ORDER BY g.name, g.id");
    db.fetch_all(sql).await
}

/// Every request `user_id` made (for their data export).
pub async fn requests_of(db: &Db, user_id: i64) -> Result<Vec<OwnRequest>> {
    let mut sql = Sql::new(
        "SELECT g.slug, r.statement, r.status, r.reason, r.created_at FROM group_requests r JOIN expert_groups g ON g.id = r.group_id WHERE r.user_id = ",
    );
    sql.push_arg(user_id).push(" ORDER BY r.id");
    db.fetch_all(sql).await
}

/// Removes every membership and request of `user_id` inside the erasure's transaction (the
/// foreign keys would too; saying it here keeps erasure independent of them).
pub(crate) async fn erase_in(tx: &mut crate::Tx, user_id: i64) -> Result<()> {
    for table in ["group_members", "group_requests"] {
        let mut sql = Sql::new(&format!("DELETE FROM {table} WHERE user_id = "));
        sql.push_arg(user_id);
        tx.execute(sql).await?;
    }
    Ok(())
}

/// The threads of a group, pinned first, then latest activity first; hidden ones only
/// for staff. The caller has checked that the viewer is a member.
pub async fn threads(db: &Db, group_id: i64, staff: bool) -> Result<Vec<Thread>> {
    let mut sql = Sql::new(THREAD_SELECT);
    sql.push(" WHERE t.group_id = ").push_arg(group_id);
    if !staff {
        sql.push(" AND t.hidden = FALSE");
    }
    sql.push(" ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC");
    db.fetch_all(sql).await
}

/// Opens a thread in a group; returns its id. It is members-only and never indexed for
/// search, so whatever forgets to ask about groups still keeps it from visitors.
pub async fn create_thread(
    db: &Db,
    group_id: i64,
    author_id: i64,
    title: &str,
    body: &str,
    body_html: &str,
    now: i64,
) -> Result<i64> {
    let mut tx = db.begin().await?;
    let sql = Sql::insert(
        "threads",
        [
            ("space", "general".into()),
            ("title", title.into()),
            ("author_id", author_id.into()),
            ("members_only", true.into()),
            ("group_id", group_id.into()),
            ("created_at", now.into()),
            ("last_post_at", now.into()),
        ],
    );
    let id = tx.insert_id(sql).await?;
    insert_post(&mut tx, id, author_id, body, body_html, now).await?;
    tx.commit().await?;
    Ok(id)
}
