//! A job queue in the database. Workers claim due jobs by taking a lease (who and until when);
//! a job whose lease ran out (its server died) is claimable again. On PostgreSQL the claim
//! skips rows another worker is claiming (`FOR UPDATE SKIP LOCKED`); SQLite runs one write at
//! a time, so the same statement is atomic there. Jobs must be idempotent: a lease can expire
//! while a slow worker still runs.

use time::OffsetDateTime;

use crate::{Backend, Db, Result, Sql, Tx};

/// A job a worker holds the lease of.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Claimed {
    /// Row id.
    pub id: i64,
    /// What the job is about (for feed jobs, the feed id).
    pub job_key: String,
}

/// A moment as stored: RFC 3339 in UTC with whole seconds, so that text order is time order.
pub fn stamp(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Makes sure a job exists (due at `due_at` if new); an existing job keeps its schedule.
pub async fn ensure_in(tx: &mut Tx, kind: &str, key: &str, due_at: &str) -> Result<()> {
    let mut sql = Sql::new("INSERT INTO jobs (kind, job_key, due_at, created_at) VALUES (");
    sql.push_arg(kind)
        .push(", ")
        .push_arg(key)
        .push(", ")
        .push_arg(due_at)
        .push(", ")
        .push_arg(due_at)
        .push(") ON CONFLICT (kind, job_key) DO NOTHING");
    tx.execute(sql).await?;
    Ok(())
}

/// Claims up to `limit` jobs of `kind` that are due at `now` and not leased, for `worker`
/// until `lease_until`.
pub async fn claim(
    db: &Db,
    kind: &str,
    worker: &str,
    now: &str,
    lease_until: &str,
    limit: i64,
) -> Result<Vec<Claimed>> {
    let mut sql = Sql::new("UPDATE jobs SET locked_by = ");
    sql.push_arg(worker)
        .push(", locked_until = ")
        .push_arg(lease_until)
        .push(", attempts = attempts + 1 WHERE id IN (SELECT id FROM jobs WHERE kind = ")
        .push_arg(kind)
        .push(" AND due_at <= ");
    let now_arg = sql.arg(now);
    sql.push(&now_arg)
        .push(" AND (locked_until IS NULL OR locked_until < ")
        .push(&now_arg)
        .push(") ORDER BY due_at, id LIMIT ")
        .push_arg(limit);
    if db.backend() == Backend::Postgres {
        sql.push(" FOR UPDATE SKIP LOCKED");
    }
    sql.push(") RETURNING id, job_key");
    db.fetch_all::<Claimed>(sql).await
}

/// Releases a job its worker has done, due again at `next_due`. A worker that lost its lease
/// (another took the job over) changes nothing.
pub async fn finish(db: &Db, id: i64, worker: &str, next_due: &str) -> Result<bool> {
    let mut sql =
        Sql::new("UPDATE jobs SET locked_by = NULL, locked_until = NULL, attempts = 0, due_at = ");
    sql.push_arg(next_due)
        .push(" WHERE id = ")
        .push_arg(id)
        .push(" AND locked_by = ")
        .push_arg(worker);
    Ok(db.execute(sql).await? == 1)
}

/// Removes a job (its subject is gone).
pub async fn remove(db: &Db, kind: &str, key: &str) -> Result<()> {
    let mut sql = Sql::new("DELETE FROM jobs WHERE kind = ");
    sql.push_arg(kind).push(" AND job_key = ").push_arg(key);
    db.execute(sql).await?;
    Ok(())
}
