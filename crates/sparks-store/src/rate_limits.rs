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
