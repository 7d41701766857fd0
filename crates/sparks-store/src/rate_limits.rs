//! Rate limits as fixed-window counters in the database, so that a limit holds however many
//! servers a client's requests are spread over.

use crate::{Db, Result, Sql};

#[derive(sqlx::FromRow)]
struct HitsRow {
    hits: i64,
    window_start: i64,
}

/// Counts one attempt in `bucket` (e.g. `login:ip:203.0.113.7`). `Ok(None)` when it is
/// within `limit` per `window` seconds; `Ok(Some(seconds))` to wait when it is over.
pub async fn hit(db: &Db, bucket: &str, limit: i64, window: i64, now: i64) -> Result<Option<i64>> {
    let window = window.max(1);
    let start = now - now.rem_euclid(window);
    // One statement, so concurrent attempts on any server count exactly.
    let mut sql = Sql::new("INSERT INTO rate_limits (bucket, window_start, hits) VALUES (");
    sql.push_arg(bucket)
        .push(", ")
        .push_arg(start)
        .push(", 1) ON CONFLICT (bucket) DO UPDATE SET hits = CASE WHEN rate_limits.window_start = excluded.window_start THEN rate_limits.hits + 1 ELSE 1 END, window_start = excluded.window_start RETURNING hits, window_start");
    let row = db.fetch_optional::<HitsRow>(sql).await?;
    Ok(row
        .filter(|r| r.hits > limit)
        .map(|r| (r.window_start + window - now).max(1)))
}

/// Forgets a bucket (after a successful login, say).
pub async fn clear(db: &Db, bucket: &str) -> Result<()> {
    let mut sql = Sql::new("DELETE FROM rate_limits WHERE bucket = ");
    sql.push_arg(bucket);
    db.execute(sql).await.map(|_| ())
}

/// How many attempts `bucket` counted in the current fixed window of `window` seconds (as
/// [`hit`] counts them), without counting one more.
pub async fn count(db: &Db, bucket: &str, window: i64, now: i64) -> Result<i64> {
    let window = window.max(1);
    let start = now - now.rem_euclid(window);
    let mut sql = Sql::new("SELECT hits, window_start FROM rate_limits WHERE bucket = ");
    sql.push_arg(bucket)
        .push(" AND window_start = ")
        .push_arg(start);
    Ok(db
        .fetch_optional::<HitsRow>(sql)
        .await?
        .map_or(0, |r| r.hits))
}

/// A failure counter for a growing delay, in the same table: for these buckets `hits` counts
/// the failures in a row and `window_start` holds the time of the last one. Failures older
/// than `forget` seconds before the next one no longer count.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    /// Failures allowed before any delay.
    pub free: i64,
    /// The longest delay, in seconds.
    pub cap: i64,
    /// Seconds of quiet after which the failures are forgotten.
    pub forget: i64,
}

impl Backoff {
    /// The delay after `failures` failures in a row: none up to `free`, then 1 s, doubling
    /// with each further failure, up to `cap`.
    pub fn delay_after(&self, failures: i64) -> i64 {
        if failures < self.free.max(1) {
            return 0;
        }
        let doublings = u32::try_from(failures - self.free.max(1)).unwrap_or(u32::MAX);
        2_i64
            .checked_pow(doublings)
            .map_or(self.cap, |d| d.min(self.cap))
            .max(1)
    }
}

/// Seconds `bucket` must still wait under `backoff` before its next attempt; `None` when it
/// may try now. Reads only: a refused attempt is not a failure and does not lengthen the wait.
pub async fn backoff_wait(
    db: &Db,
    bucket: &str,
    backoff: Backoff,
    now: i64,
) -> Result<Option<i64>> {
    let mut sql = Sql::new("SELECT hits, window_start FROM rate_limits WHERE bucket = ");
    sql.push_arg(bucket);
    let Some(row) = db.fetch_optional::<HitsRow>(sql).await? else {
        return Ok(None);
    };
    if now - row.window_start >= backoff.forget {
        return Ok(None);
    }
    let until = row.window_start + backoff.delay_after(row.hits);
    Ok((until > now).then_some(until - now))
}

/// Counts one failure in `bucket` (restarting the count when the last one is older than
/// `backoff.forget` seconds); returns the failures in a row, this one included.
pub async fn backoff_fail(db: &Db, bucket: &str, backoff: Backoff, now: i64) -> Result<i64> {
    // One statement, so failures on concurrent servers all count.
    let mut sql = Sql::new("INSERT INTO rate_limits (bucket, window_start, hits) VALUES (");
    sql.push_arg(bucket)
        .push(", ")
        .push_arg(now)
        .push(", 1) ON CONFLICT (bucket) DO UPDATE SET hits = CASE WHEN rate_limits.window_start > ")
        .push_arg(now - backoff.forget)
        .push(" THEN rate_limits.hits + 1 ELSE 1 END, window_start = excluded.window_start RETURNING hits, window_start");
    Ok(db
        .fetch_optional::<HitsRow>(sql)
        .await?
        .map_or(1, |r| r.hits))
}
