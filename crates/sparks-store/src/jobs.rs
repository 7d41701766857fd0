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
    let lease = Lease {
        worker,
        now,
        until: lease_until,
        limit,
    };
    let sql = claim_sql(db, "jobs", "due_at", &lease, "id, job_key", |sql| {
        sql.push("kind = ").push_arg(kind);
    });
    db.fetch_all::<Claimed>(sql).await
}

/// Who claims rows of a leased queue, at what time, until when, and how many at most.
pub(crate) struct Lease<'a> {
    pub worker: &'a str,
    pub now: &'a str,
    pub until: &'a str,
    pub limit: i64,
}

/// The claim of a queue table with `locked_by`, `locked_until` and `attempts` columns: up to
/// `lease.limit` rows matching `filter` (which pushes a condition) that are due
/// (`due_column <= now`) and not leased get the lease and one more attempt, oldest due
/// first, returning the columns `returning`.
pub(crate) fn claim_sql(
    db: &Db,
    table: &str,
    due_column: &str,
    lease: &Lease<'_>,
    returning: &str,
    filter: impl FnOnce(&mut Sql),
) -> Sql {
    let mut sql = Sql::new(&format!("UPDATE {table} SET locked_by = "));
    sql.push_arg(lease.worker)
        .push(", locked_until = ")
        .push_arg(lease.until)
        .push(&format!(
            ", attempts = attempts + 1 WHERE id IN (SELECT id FROM {table} WHERE "
        ));
    filter(&mut sql);
    sql.push(&format!(" AND {due_column} <= "));
    let now_arg = sql.arg(lease.now);
    sql.push(&now_arg)
        .push(" AND (locked_until IS NULL OR locked_until < ")
        .push(&now_arg)
        .push(&format!(") ORDER BY {due_column}, id LIMIT "))
        .push_arg(lease.limit);
    if db.backend() == Backend::Postgres {
        sql.push(" FOR UPDATE SKIP LOCKED");
    }
    sql.push(&format!(") RETURNING {returning}"));
    sql
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

/// One queue's backlog, for monitoring: how many rows wait and when the oldest due one
/// became due.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct QueueStat {
    /// The queue: a job kind (`feed`, ...), `mail` (the outbox, failed mail left out) or
    /// `links` (the link checker's schedule).
    pub queue: String,
    /// Rows waiting, due or not.
    pub depth: i64,
    /// When the oldest row that is due at `now` became due (stored form), if any is due.
    pub oldest_due: Option<String>,
}

/// Every queue's [`QueueStat`] at `now`, in one round trip (a scrape asks for it).
pub async fn queue_stats(db: &Db, now: &str) -> Result<Vec<QueueStat>> {
    let mut sql = Sql::new("SELECT kind AS queue, COUNT(*) AS depth, MIN(CASE WHEN due_at <= ");
    let now = sql.arg(now);
    sql.push(&now)
        .push(" THEN due_at END) AS oldest_due FROM jobs GROUP BY kind UNION ALL ")
        .push("SELECT 'mail' AS queue, COUNT(*) AS depth, MIN(CASE WHEN next_attempt_at <= ")
        .push(&now)
        .push(" THEN next_attempt_at END) AS oldest_due FROM mail_outbox WHERE failed_at IS NULL ")
        .push("UNION ALL SELECT 'links' AS queue, COUNT(*) AS depth, MIN(CASE WHEN due_at <= ")
        .push(&now)
        .push(" THEN due_at END) AS oldest_due FROM links");
    db.fetch_all::<QueueStat>(sql).await
}

/// Counts for the failure gauges: feeds whose last fetch failed, and links found broken.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct FailureStat {
    /// Feeds with at least one failed fetch in a row.
    pub feeds_failing: i64,
    /// Links in the state `broken`.
    pub links_broken: i64,
}

/// The current [`FailureStat`].
pub async fn failure_stats(db: &Db) -> Result<FailureStat> {
    db.fetch_one::<FailureStat>(Sql::new(
        "SELECT (SELECT COUNT(*) FROM feeds WHERE failures > 0) AS feeds_failing, \
         (SELECT COUNT(*) FROM links WHERE state = 'broken') AS links_broken",
    ))
    .await
}
