//! Sessions, in the database so that every server knows them. A session is stored under the
//! SHA-256 of its id; `stage` is `full` once logged in, or `second_factor` between the
//! password and the TOTP code of staff.

use crate::{Db, Result, Sql};

/// A logged-in (or half logged-in) visitor.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Session {
    /// Hash of the cookie's value.
    pub id_hash: String,
    /// Whose.
    pub user_id: i64,
    /// `full` or `second_factor`.
    pub stage: String,
    /// Made at (absolute timeout).
    pub created_at: i64,
    /// Last used at (idle timeout).
    pub last_seen: i64,
}

/// Fully logged in.
pub const FULL: &str = "full";
/// Password given, TOTP code awaited.
pub const SECOND_FACTOR: &str = "second_factor";

/// Starts a session.
pub async fn create(db: &Db, id_hash: &str, user_id: i64, stage: &str, now: i64) -> Result<()> {
    let mut sql =
        Sql::new("INSERT INTO sessions (id_hash, user_id, stage, created_at, last_seen) VALUES (");
    sql.push_arg(id_hash)
        .push(", ")
        .push_arg(user_id)
        .push(", ")
        .push_arg(stage)
        .push(", ")
        .push_arg(now)
        .push(", ")
        .push_arg(now)
        .push(")");
    db.execute(sql).await.map(|_| ())
}

/// The session stored under `id_hash`.
pub async fn get(db: &Db, id_hash: &str) -> Result<Option<Session>> {
    let mut sql = Sql::new(
        "SELECT id_hash, user_id, stage, created_at, last_seen FROM sessions WHERE id_hash = ",
    );
    sql.push_arg(id_hash);
    db.fetch_optional(sql).await
}

/// Notes that the session was used (at most once a minute, to spare writes).
pub async fn touch(db: &Db, id_hash: &str, now: i64) -> Result<()> {
    let mut sql = Sql::new("UPDATE sessions SET last_seen = ");
    sql.push_arg(now)
        .push(" WHERE id_hash = ")
        .push_arg(id_hash)
        .push(" AND last_seen < ")
        .push_arg(now - 60);
    db.execute(sql).await.map(|_| ())
}

/// Ends one session.
pub async fn delete(db: &Db, id_hash: &str) -> Result<()> {
    let mut sql = Sql::new("DELETE FROM sessions WHERE id_hash = ");
    sql.push_arg(id_hash);
    db.execute(sql).await.map(|_| ())
}

/// Ends every session of an account.
pub async fn delete_for_user(db: &Db, user_id: i64) -> Result<()> {
    db.execute(for_user(user_id)).await.map(|_| ())
}

/// Ends every session of an account but `keep` (the one a change was made in), so that a
/// change of how the account logs in throws out whoever else is logged in.
pub async fn delete_others(db: &Db, user_id: i64, keep: &str) -> Result<()> {
    let mut sql = for_user(user_id);
    sql.push(" AND id_hash <> ").push_arg(keep);
    db.execute(sql).await.map(|_| ())
}

/// [`delete_for_user`] inside the caller's transaction.
pub(crate) async fn delete_for_user_in(tx: &mut crate::Tx, user_id: i64) -> Result<()> {
    tx.execute(for_user(user_id)).await.map(|_| ())
}

fn for_user(user_id: i64) -> Sql {
    let mut sql = Sql::new("DELETE FROM sessions WHERE user_id = ");
    sql.push_arg(user_id);
    sql
}

/// Removes sessions idle since `idle_before` or made before `created_before`.
pub async fn purge(db: &Db, idle_before: i64, created_before: i64) -> Result<u64> {
    let mut sql = Sql::new("DELETE FROM sessions WHERE last_seen < ");
    sql.push_arg(idle_before)
        .push(" OR created_at < ")
        .push_arg(created_before);
    db.execute(sql).await
}
