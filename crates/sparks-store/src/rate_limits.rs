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

/// A counter of failed attempts with a growing delay, in the same table: for these buckets
/// `hits` counts the attempts in a row not (yet) followed by a success and `window_start`
/// holds the time of the last one. Attempts older than `forget` seconds before the next one
/// no longer count.
#[derive(Debug, Clone, Copy)]
pub struct Backoff {
    /// Attempts allowed before any delay (at least 1).
    pub free: i64,
    /// The longest delay, in seconds.
    pub cap: i64,
    /// Seconds of quiet after which the attempts are forgotten.
    pub forget: i64,
}

impl Backoff {
    /// The delay after `failures` attempts in a row: none below `free`, then 1 s, doubling
    /// with each further one, up to `cap`.
    pub fn delay_after(&self, failures: i64) -> i64 {
        let free = self.free.max(1);
        if failures < free {
            return 0;
        }
        let doublings = u32::try_from(failures - free).unwrap_or(u32::MAX);
        2_i64
            .checked_pow(doublings)
            .map_or(self.cap, |d| d.min(self.cap))
            .max(1)
    }

    /// [`Backoff::delay_after`] of the column `hits` as SQL: a `CASE` over the counts below
    /// the cap (numbers only, written by us), the cap beyond.
    fn delay_sql(&self) -> String {
        let mut sql = String::from("CASE");
        let mut n = 0;
        loop {
            let d = self.delay_after(n);
            if d >= self.cap {
                break;
            }
            sql.push_str(&format!(" WHEN rate_limits.hits = {n} THEN {d}"));
            n += 1;
        }
        sql.push_str(&format!(" ELSE {} END", self.cap));
        sql
    }
}

/// Claims an attempt in `bucket` under `backoff`: `Ok(None)` when it may go ahead, and it is
/// counted at once (as a failure until [`clear`] says it succeeded); `Ok(Some(seconds))`
/// when it must wait, and nothing is counted. One statement, so parallel attempts cannot
/// all pass the same check: each sees the count the ones before it left.
pub async fn backoff_attempt(
    db: &Db,
    bucket: &str,
    backoff: Backoff,
    now: i64,
) -> Result<Option<i64>> {
    let mut sql = Sql::new("INSERT INTO rate_limits (bucket, window_start, hits) VALUES (");
    sql.push_arg(bucket)
        .push(", ")
        .push_arg(now)
        .push(", 1) ON CONFLICT (bucket) DO UPDATE SET hits = CASE WHEN rate_limits.window_start <= ")
        .push_arg(now - backoff.forget)
        .push(" THEN 1 ELSE rate_limits.hits + 1 END, window_start = excluded.window_start WHERE rate_limits.window_start <= ")
        .push_arg(now - backoff.forget)
        .push(" OR rate_limits.window_start + ")
        .push(&backoff.delay_sql())
        .push(" <= ")
        .push_arg(now)
        .push(" RETURNING hits, window_start");
    if db.fetch_optional::<HitsRow>(sql).await?.is_some() {
        return Ok(None);
    }
    let mut read = Sql::new("SELECT hits, window_start FROM rate_limits WHERE bucket = ");
    read.push_arg(bucket);
    Ok(db
        .fetch_optional::<HitsRow>(read)
        .await?
        .map(|r| (r.window_start + backoff.delay_after(r.hits) - now).max(1)))
}
