//! Accounts: members, editors and admins, their one-time links (email verification,
//! password reset), recovery codes, links to initiatives, and the site's shared secrets.
//! Credentials arrive here already hashed; this module never sees a password or a token.
//! Second factors (authenticator secrets, enrolments not yet confirmed, recovery codes) are
//! kept under the site's secret key by [`crate::second_factor`], re-exported here.

use crate::{Backend, Db, Result, Sql, Tx};

pub use crate::second_factor::{
    PendingTotp, claim_totp_step, confirm_totp, enrol_totp, pending_totp, start_totp_enrolment,
    totp_secret, use_recovery_code,
};

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Joins discussions, proposes content.
    Member,
    /// Moderates and edits content.
    Editor,
    /// Everything, including users and roles.
    Admin,
}

impl Role {
    /// Every role, lowest first.
    pub const ALL: [Role; 3] = [Role::Member, Role::Editor, Role::Admin];

    /// The stored and typed name.
    pub fn slug(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Editor => "editor",
            Role::Admin => "admin",
        }
    }

    /// Parses a stored or typed name.
    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.slug() == text.trim())
    }

    /// Editors and admins must use a second factor.
    pub fn is_staff(self) -> bool {
        self >= Role::Editor
    }
}

/// An account as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct User {
    /// Its id.
    pub id: i64,
    /// Lower-cased address; never shown on a page.
    pub email: String,
    /// The name shown with posts.
    pub display_name: String,
    /// argon2id PHC string.
    pub password_hash: String,
    /// Organisation.
    pub organisation: String,
    /// ISO 3166 alpha-2 code.
    pub country: Option<String>,
    /// Free text.
    pub expertise: String,
    /// Pillar slugs, comma-separated.
    pub pillars: String,
    /// Which of organisation, country, expertise and pillars the profile shows, comma-separated.
    pub public_fields: String,
    /// `member`, `editor` or `admin`.
    pub role: String,
    /// When the email address was confirmed.
    pub verified_at: Option<i64>,
    /// The TOTP secret, once enrolled, sealed with the site's secret key (read it with
    /// [`totp_secret`]).
    pub totp_secret: Option<String>,
    /// The step of the last TOTP code accepted (a code is used once).
    pub totp_last_step: Option<i64>,
    /// When the account was made.
    pub created_at: i64,
    /// The member chose to show a public profile (see [`User::listed`]).
    pub profile_public: bool,
    /// The random part of the profile's URL (`/members/{handle}`), never the sequential id.
    pub handle: Option<String>,
}

impl User {
    /// Whether the profile is shown: the member chose so and confirmed their address. Staff
    /// are no exception either way: the same choice is theirs.
    pub fn listed(&self) -> bool {
        self.profile_public && self.verified_at.is_some() && self.handle.is_some()
    }

    /// The account's role (an unknown stored value counts as member).
    pub fn role(&self) -> Role {
        Role::parse(&self.role).unwrap_or(Role::Member)
    }

    /// Whether the profile shows `field`.
    pub fn shows(&self, field: &str) -> bool {
        self.public_fields.split(',').any(|f| f == field)
    }

    /// The pillar interests as slugs.
    pub fn pillar_slugs(&self) -> Vec<&str> {
        self.pillars.split(',').filter(|p| !p.is_empty()).collect()
    }
}

/// A new account.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Address (lower-cased here).
    pub email: String,
    /// Shown name.
    pub display_name: String,
    /// argon2id PHC string.
    pub password_hash: String,
    /// Organisation.
    pub organisation: String,
    /// ISO code.
    pub country: Option<String>,
    /// Free text.
    pub expertise: String,
    /// Role.
    pub role: Role,
    /// Already confirmed (accounts made on the command line).
    pub verified: bool,
}

pub use crate::profiles::{Profile, update_profile};

pub(crate) const USER_COLUMNS: &str = "id, email, display_name, password_hash, organisation, country, expertise, pillars, public_fields, role, verified_at, totp_secret, totp_last_step, created_at, profile_public, handle";

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    value: String,
}

#[derive(sqlx::FromRow)]
struct SlugRow {
    initiative_slug: String,
}

/// Creates an account; `None` when the address is taken.
pub async fn create(db: &Db, user: &NewUser, now: i64) -> Result<Option<i64>> {
    let mut sql = Sql::new(
        "INSERT INTO users (email, display_name, password_hash, organisation, country, expertise, role, verified_at, created_at, handle) VALUES (",
    );
    sql.push_arg(user.email.trim().to_lowercase())
        .push(", ")
        .push_arg(user.display_name.as_str())
        .push(", ")
        .push_arg(user.password_hash.as_str())
        .push(", ")
        .push_arg(user.organisation.as_str())
        .push(", ")
        .push_arg(user.country.clone())
        .push(", ")
        .push_arg(user.expertise.as_str())
        .push(", ")
        .push_arg(user.role.slug())
        .push(", ")
        .push_arg(user.verified.then_some(now))
        .push(", ")
        .push_arg(now)
        .push(", ")
        .push(crate::profiles::new_handle_sql(db.backend()))
        .push(") ON CONFLICT (email) DO NOTHING RETURNING id");
    Ok(db.fetch_optional::<IdRow>(sql).await?.map(|r| r.id))
}

/// The account with this address (any case).
pub async fn by_email(db: &Db, email: &str) -> Result<Option<User>> {
    let mut sql = Sql::new(&format!("SELECT {USER_COLUMNS} FROM users WHERE email = "));
    sql.push_arg(email.trim().to_lowercase());
    db.fetch_optional(sql).await
}

/// The account with this id.
pub async fn by_id(db: &Db, id: i64) -> Result<Option<User>> {
    let mut sql = Sql::new(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = "));
    sql.push_arg(id);
    db.fetch_optional(sql).await
}

/// Every account, newest first (the admin's list).
pub async fn list(db: &Db) -> Result<Vec<User>> {
    db.fetch_all(Sql::new(&format!(
        "SELECT {USER_COLUMNS} FROM users ORDER BY id DESC"
    )))
    .await
}

/// Marks the address confirmed.
pub async fn mark_verified(db: &Db, id: i64, now: i64) -> Result<()> {
    let mut sql = Sql::new("UPDATE users SET verified_at = ");
    sql.push_arg(now)
        .push(" WHERE verified_at IS NULL AND id = ")
        .push_arg(id);
    db.execute(sql).await.map(|_| ())
}

/// Replaces the password, ends every session of the account and every reset link it still
/// has: a link mailed before the change must not undo it.
pub async fn set_password(db: &Db, id: i64, password_hash: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("UPDATE users SET password_hash = ");
    sql.push_arg(password_hash)
        .push(" WHERE id = ")
        .push_arg(id);
    tx.execute(sql).await?;
    let mut end = Sql::new("DELETE FROM sessions WHERE user_id = ");
    end.push_arg(id);
    tx.execute(end).await?;
    let mut links = Sql::new("DELETE FROM one_time_tokens WHERE purpose = ");
    links.push_arg(RESET).push(" AND user_id = ").push_arg(id);
    tx.execute(links).await?;
    tx.commit().await
}

/// The stored role of an account, read inside the caller's transaction; `None` when there
/// is no such account.
pub(crate) async fn role_in(tx: &mut Tx, id: i64) -> Result<Option<String>> {
    #[derive(sqlx::FromRow)]
    struct RoleRow {
        role: String,
    }
    let mut sql = Sql::new("SELECT role FROM users WHERE id = ");
    sql.push_arg(id);
    Ok(tx.fetch_optional::<RoleRow>(sql).await?.map(|r| r.role))
}

/// Changes the role inside the caller's transaction.
pub(crate) async fn set_role_in(tx: &mut Tx, id: i64, role: Role) -> Result<()> {
    let mut sql = Sql::new("UPDATE users SET role = ");
    sql.push_arg(role.slug()).push(" WHERE id = ").push_arg(id);
    tx.execute(sql).await.map(|_| ())
}

/// The purpose of a password reset link.
pub const RESET: &str = "reset";

/// Stores a one-time link's hash for `purpose` (`verify`, [`RESET`]).
pub async fn add_token(
    db: &Db,
    user_id: i64,
    purpose: &str,
    token_hash: &str,
    expires_at: i64,
) -> Result<()> {
    let mut sql =
        Sql::new("INSERT INTO one_time_tokens (token_hash, user_id, purpose, expires_at) VALUES (");
    sql.push_arg(token_hash)
        .push(", ")
        .push_arg(user_id)
        .push(", ")
        .push_arg(purpose)
        .push(", ")
        .push_arg(expires_at)
        .push(")");
    db.execute(sql).await.map(|_| ())
}

#[derive(sqlx::FromRow)]
struct UserIdRow {
    user_id: i64,
}

/// Uses a one-time link: the account it belongs to when it exists, is for `purpose`, has not
/// expired and was not used; it cannot be used again, and neither can the account's other
/// links for `purpose` (of several reset links mailed, the first one used ends the rest).
pub async fn consume_token(
    db: &Db,
    purpose: &str,
    token_hash: &str,
    now: i64,
) -> Result<Option<i64>> {
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("UPDATE one_time_tokens SET used_at = ");
    sql.push_arg(now)
        .push(" WHERE used_at IS NULL AND token_hash = ")
        .push_arg(token_hash)
        .push(" AND purpose = ")
        .push_arg(purpose)
        .push(" AND expires_at > ")
        .push_arg(now)
        .push(" RETURNING user_id");
    let Some(user_id) = tx
        .fetch_optional::<UserIdRow>(sql)
        .await?
        .map(|r| r.user_id)
    else {
        return Ok(None);
    };
    let mut others = Sql::new("UPDATE one_time_tokens SET used_at = ");
    others
        .push_arg(now)
        .push(" WHERE used_at IS NULL AND purpose = ")
        .push_arg(purpose)
        .push(" AND user_id = ")
        .push_arg(user_id);
    tx.execute(others).await?;
    tx.commit().await?;
    Ok(Some(user_id))
}

/// Links a member to an initiative (they may then propose edits to it).
pub async fn link_initiative(db: &Db, user_id: i64, slug: &str) -> Result<()> {
    db.execute(link_sql(user_id, slug)).await.map(|_| ())
}

/// [`link_initiative`] inside the caller's transaction.
pub(crate) async fn link_initiative_in(tx: &mut Tx, user_id: i64, slug: &str) -> Result<()> {
    tx.execute(link_sql(user_id, slug)).await.map(|_| ())
}

fn link_sql(user_id: i64, slug: &str) -> Sql {
    let mut sql = Sql::new("INSERT INTO initiative_members (user_id, initiative_slug) VALUES (");
    sql.push_arg(user_id)
        .push(", ")
        .push_arg(slug)
        .push(") ON CONFLICT DO NOTHING");
    sql
}

/// The initiatives a member is linked to.
pub async fn linked_initiatives(db: &Db, user_id: i64) -> Result<Vec<String>> {
    let mut sql = Sql::new("SELECT initiative_slug FROM initiative_members WHERE user_id = ");
    sql.push_arg(user_id).push(" ORDER BY initiative_slug");
    Ok(db
        .fetch_all::<SlugRow>(sql)
        .await?
        .into_iter()
        .map(|r| r.initiative_slug)
        .collect())
}

/// Erases an account for good: the personal fields are overwritten before the row is deleted
/// (its sessions, links, tokens and codes go with it by cascade), its newsletter
/// subscription, the mail queued to it and its resolved reports go too, and its name leaves
/// the audit log. Its posts and submissions stay without an author; a report still open
/// stays, without its reporter, for the post it points at still needs a moderator's look.
///
/// On SQLite, `secure_delete` zeroes what the deletion frees and a checkpoint then moves the
/// zeroed pages from the write-ahead log into the database file, so the address is not left
/// readable in either file. On PostgreSQL the overwritten row version is reclaimed by
/// (auto)vacuum.
pub async fn erase(db: &Db, id: i64) -> Result<()> {
    let sqlite = db.backend() == Backend::Sqlite;
    let mut tx = db.begin().await?;
    if sqlite {
        tx.execute(Sql::new("PRAGMA secure_delete = ON")).await?;
    }
    let mut audit = Sql::new("UPDATE audit_log SET actor_name = 'former member' WHERE actor_id = ");
    audit.push_arg(id);
    tx.execute(audit).await?;
    let mut newsletter = Sql::new(
        "DELETE FROM newsletter_subscribers WHERE lower(email) = (SELECT email FROM users WHERE id = ",
    );
    newsletter.push_arg(id).push(")");
    tx.execute(newsletter).await?;
    crate::outbox::delete_queued_to_user(&mut tx, id).await?;
    crate::groups::erase_in(&mut tx, id).await?;
    let mut reports =
        Sql::new("DELETE FROM post_reports WHERE status <> 'open' AND reporter_id = ");
    reports.push_arg(id);
    tx.execute(reports).await?;
    overwrite_personal_fields(&mut tx, id).await?;
    let mut sql = Sql::new("DELETE FROM users WHERE id = ");
    sql.push_arg(id);
    tx.execute(sql).await?;
    if sqlite {
        tx.execute(Sql::new("PRAGMA secure_delete = OFF")).await?;
    }
    tx.commit().await?;
    if sqlite {
        checkpoint_wal(db).await?;
    }
    Ok(())
}

/// Overwrites what an account says about its member, so that no copy of it is left in a
/// page the deletion merely unlinks.
async fn overwrite_personal_fields(tx: &mut Tx, id: i64) -> Result<()> {
    let mut sql = Sql::new("UPDATE users SET email = ");
    sql.push_arg(format!("erased-{id}@erased.invalid"))
        .push(
            ", display_name = '', password_hash = '', organisation = '', country = NULL, \
             expertise = '', pillars = '', public_fields = '', totp_secret = NULL WHERE id = ",
        )
        .push_arg(id);
    tx.execute(sql).await.map(|_| ())
}

/// Copies the write-ahead log into the database file and empties it, retrying for a moment
/// while readers hold older pages.
async fn checkpoint_wal(db: &Db) -> Result<()> {
    #[derive(sqlx::FromRow)]
    struct CheckpointRow {
        busy: i64,
    }
    for _ in 0..50 {
        let row: CheckpointRow = db
            .fetch_one(Sql::new("PRAGMA wal_checkpoint(TRUNCATE)"))
            .await?;
        if row.busy == 0 {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tracing::warn!(
        "the write-ahead log could not be emptied after an erasure: readers kept it busy"
    );
    Ok(())
}

/// The shared secret `name`, made from `fresh` by the first server that asks.
pub async fn shared_secret(db: &Db, name: &str, fresh: &str) -> Result<String> {
    let mut ins = Sql::new("INSERT INTO site_secrets (name, value) VALUES (");
    ins.push_arg(name)
        .push(", ")
        .push_arg(fresh)
        .push(") ON CONFLICT (name) DO NOTHING");
    db.execute(ins).await?;
    let mut sql = Sql::new("SELECT value FROM site_secrets WHERE name = ");
    sql.push_arg(name);
    Ok(db
        .fetch_optional::<ValueRow>(sql)
        .await?
        .map_or_else(|| fresh.to_owned(), |r| r.value))
}

/// Whether any account exists yet.
pub async fn count(db: &Db) -> Result<i64> {
    db.count(Sql::new("SELECT COUNT(*) AS n FROM users")).await
}
