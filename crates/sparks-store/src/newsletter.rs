//! Newsletter subscribers (double opt-in), the digests sent, and the schedule that makes one
//! server (of several) send each digest.

use crate::{Db, Result, Sql};

/// A subscriber.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Subscriber {
    /// Id (part of the unsubscribe link).
    pub id: i64,
    /// Address.
    pub email: String,
    /// Confirmed at, if confirmed.
    pub confirmed_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// Records a sign-up (or renews its confirmation link); returns the subscriber, or `None`
/// when the address is confirmed already (nothing to send).
pub async fn sign_up(
    db: &Db,
    email: &str,
    confirm_hash: &str,
    expires: i64,
    now: i64,
) -> Result<Option<i64>> {
    let mut sql = Sql::new(
        "INSERT INTO newsletter_subscribers (email, confirm_hash, confirm_expires, created_at) VALUES (",
    );
    sql.push_arg(email)
        .push(", ")
        .push_arg(confirm_hash)
        .push(", ")
        .push_arg(expires)
        .push(", ")
        .push_arg(now)
        .push(") ON CONFLICT (email) DO UPDATE SET confirm_hash = excluded.confirm_hash, confirm_expires = excluded.confirm_expires WHERE newsletter_subscribers.confirmed_at IS NULL RETURNING id");
    Ok(db.fetch_optional::<IdRow>(sql).await?.map(|r| r.id))
}

/// Confirms the subscription the link belongs to; `false` when the link is unknown,
/// expired or used.
pub async fn confirm(db: &Db, confirm_hash: &str, now: i64) -> Result<bool> {
    let mut sql = Sql::new("UPDATE newsletter_subscribers SET confirmed_at = ");
    sql.push_arg(now)
        .push(", confirm_hash = NULL WHERE confirmed_at IS NULL AND confirm_hash = ")
        .push_arg(confirm_hash)
        .push(" AND confirm_expires > ")
        .push_arg(now);
    Ok(db.execute(sql).await? == 1)
}

/// Removes a subscriber (unsubscribe).
pub async fn remove(db: &Db, id: i64) -> Result<bool> {
    let mut sql = Sql::new("DELETE FROM newsletter_subscribers WHERE id = ");
    sql.push_arg(id);
    Ok(db.execute(sql).await? == 1)
}

/// Confirmed subscribers.
pub async fn confirmed(db: &Db) -> Result<Vec<Subscriber>> {
    db.fetch_all(Sql::new(
        "SELECT id, email, confirmed_at FROM newsletter_subscribers WHERE confirmed_at IS NOT NULL ORDER BY id",
    ))
    .await
}

/// One subscriber by address.
pub async fn by_email(db: &Db, email: &str) -> Result<Option<Subscriber>> {
    let mut sql =
        Sql::new("SELECT id, email, confirmed_at FROM newsletter_subscribers WHERE email = ");
    sql.push_arg(email);
    db.fetch_optional(sql).await
}

#[derive(sqlx::FromRow)]
struct SentRow {
    sent_at: Option<String>,
}

/// When the last digest went out (RFC 3339), if ever.
pub async fn last_digest(db: &Db) -> Result<Option<String>> {
    Ok(db
        .fetch_optional::<SentRow>(Sql::new(
            "SELECT MAX(sent_at) AS sent_at FROM newsletter_digests",
        ))
        .await?
        .and_then(|r| r.sent_at))
}

/// Notes a digest sent.
pub async fn record_digest(db: &Db, sent_at: &str, items: i64, recipients: i64) -> Result<()> {
    let mut sql = Sql::new("INSERT INTO newsletter_digests (sent_at, items, recipients) VALUES (");
    sql.push_arg(sent_at)
        .push(", ")
        .push_arg(items)
        .push(", ")
        .push_arg(recipients)
        .push(")");
    db.execute(sql).await.map(|_| ())
}

/// Claims the digest due at or before `now`, moving the next one `interval` seconds on;
/// `true` for exactly one caller per due time, whichever server asks.
pub async fn claim_due(db: &Db, now: i64, interval: i64) -> Result<bool> {
    let mut init = Sql::new("INSERT INTO newsletter_schedule (name, next_at) VALUES ('digest', ");
    init.push_arg(now + interval)
        .push(") ON CONFLICT (name) DO NOTHING");
    db.execute(init).await?;
    let mut sql = Sql::new("UPDATE newsletter_schedule SET next_at = ");
    sql.push_arg(now + interval)
        .push(" WHERE name = 'digest' AND next_at <= ")
        .push_arg(now);
    Ok(db.execute(sql).await? == 1)
}

/// A new item for the digest.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct NewItem {
    /// `initiative`, `resource`, `news` or `event`.
    pub kind: String,
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
}

/// Everything published since `since` (RFC 3339), newest first, at most `limit` per kind.
pub async fn new_since(db: &Db, since: &str, limit: i64) -> Result<Vec<NewItem>> {
    let mut items = Vec::new();
    for (kind, table, title) in [
        ("initiative", "initiatives", "acronym || ' – ' || title"),
        ("news", "news", "record"),
        ("resource", "resources", "record"),
        ("event", "events", "record"),
    ] {
        let mut sql = Sql::new(&format!(
            "SELECT '{kind}' AS kind, slug, {title} AS title FROM {table} WHERE created_at > "
        ));
        sql.push_arg(since)
            .push(" ORDER BY created_at DESC LIMIT ")
            .push_arg(limit);
        let rows = db.fetch_all::<NewItem>(sql).await?;
        items.extend(rows.into_iter().map(|mut item| {
            // Content records are stored whole as JSON; their title is a field of it.
            if table != "initiatives" {
                item.title = serde_json::from_str::<serde_json::Value>(&item.title)
                    .ok()
                    .and_then(|v| v.get("title").and_then(|t| t.as_str()).map(str::to_owned))
                    .unwrap_or_else(|| item.slug.clone());
            }
            item
        }));
    }
    Ok(items)
}
