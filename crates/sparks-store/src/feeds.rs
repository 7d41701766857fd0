//! Feeds in: the feeds initiatives publish, their fetch state and health, and the items
//! taken from them into the news (de-duplicated by GUID, then link, then title and date).

/// The item type lives in `sparks-core`, where the feed parser and the web layer see it too;
/// re-exported here beside [`take_items`], which stores it.
pub use sparks_core::FeedItem;
use sparks_core::NewsPost;

use crate::{Db, Result, Sql, Tx};

/// The job kind that fetches one feed (its key is the feed id).
pub const FEED_JOB: &str = "feed";

/// A feed and its state: what the fetcher needs and what an admin page shows.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Feed {
    /// Row id.
    pub id: i64,
    /// Slug of the initiative it belongs to.
    pub initiative: String,
    /// Where it is fetched from.
    pub url: String,
    /// Whether its items publish without moderation.
    pub trusted: bool,
    /// The `ETag` of the last full answer, for a conditional GET.
    pub etag: Option<String>,
    /// The `Last-Modified` of the last full answer, for a conditional GET.
    pub last_modified: Option<String>,
    /// When it was last fetched (RFC 3339 UTC).
    pub last_fetch: Option<String>,
    /// `new`, `ok`, `not_modified` or `error`.
    pub status: String,
    /// What went wrong last time, if it did.
    pub error: Option<String>,
    /// How many items were taken from it in all.
    pub item_count: i64,
    /// Errors in a row (the back-off grows with them).
    pub failures: i64,
    /// When it is due next.
    pub next_fetch: String,
}

const COLUMNS: &str = "id, initiative, url, trusted, etag, last_modified, last_fetch, status, \
                       error, item_count, failures, next_fetch";

/// Registers a feed (or updates the initiative and trust of the one with this URL) and its
/// fetch job, due at once. Returns the feed id.
pub async fn add(db: &Db, initiative: &str, url: &str, trusted: bool, now: &str) -> Result<i64> {
    let mut tx = db.begin().await?;
    let id = add_in(&mut tx, initiative, url, trusted, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// [`add`] inside the caller's transaction.
pub(crate) async fn add_in(
    tx: &mut Tx,
    initiative: &str,
    url: &str,
    trusted: bool,
    now: &str,
) -> Result<i64> {
    let mut sql = Sql::new(
        "INSERT INTO feeds (initiative, url, trusted, next_fetch, created_at, updated_at) VALUES (",
    );
    sql.push_arg(initiative)
        .push(", ")
        .push_arg(url)
        .push(", ")
        .push_arg(trusted);
    let n = sql.arg(now);
    sql.push(&format!(
        ", {n}, {n}, {n}) ON CONFLICT (url) DO UPDATE SET "
    ))
    .push("initiative = excluded.initiative, trusted = excluded.trusted, ")
    .push("updated_at = excluded.updated_at RETURNING id");
    let crate::content::IdRow { id } = tx.fetch_one(sql).await?;
    crate::jobs::ensure_in(tx, FEED_JOB, &id.to_string(), now).await?;
    Ok(id)
}

/// The feed with this id.
pub async fn get(db: &Db, id: i64) -> Result<Option<Feed>> {
    let mut sql = Sql::new(&format!("SELECT {COLUMNS} FROM feeds WHERE id = "));
    sql.push_arg(id);
    db.fetch_optional(sql).await
}

/// Every feed with its health (last fetch, status, error, item count), by initiative and URL:
/// what an admin page shows.
pub async fn health(db: &Db) -> Result<Vec<Feed>> {
    db.fetch_all(Sql::new(&format!(
        "SELECT {COLUMNS} FROM feeds ORDER BY initiative, url"
    )))
    .await
}

/// How a fetch ended, to record on the feed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new document was read (its validators kept for the next conditional GET).
    Fetched {
        /// `ETag` answered.
        etag: Option<String>,
        /// `Last-Modified` answered.
        last_modified: Option<String>,
    },
    /// `304 Not Modified`.
    NotModified,
    /// The fetch or the parse failed.
    Failed(String),
}

/// Records a fetch's outcome: status, error, validators, failures in a row and the next due
/// time (chosen by the caller from the failures, see [`Feed::failures`]).
pub async fn record(db: &Db, id: i64, outcome: &Outcome, now: &str, next: &str) -> Result<()> {
    let mut sql = Sql::new("UPDATE feeds SET last_fetch = ");
    sql.push_arg(now)
        .push(", updated_at = ")
        .push_arg(now)
        .push(", next_fetch = ")
        .push_arg(next);
    match outcome {
        Outcome::Fetched {
            etag,
            last_modified,
        } => {
            sql.push(", status = 'ok', error = NULL, failures = 0, etag = ")
                .push_arg(etag.clone())
                .push(", last_modified = ")
                .push_arg(last_modified.clone());
        }
        Outcome::NotModified => {
            sql.push(", status = 'not_modified', error = NULL, failures = 0");
        }
        Outcome::Failed(e) => {
            sql.push(", status = 'error', failures = failures + 1, error = ")
                .push_arg(e.as_str());
        }
    }
    sql.push(" WHERE id = ").push_arg(id);
    db.execute(sql).await?;
    Ok(())
}

/// Whether an item is already taken: by GUID within the feed, else by link anywhere, else by
/// title and date within the feed.
async fn known(tx: &mut Tx, feed_id: i64, item: &FeedItem) -> Result<bool> {
    let mut sql = Sql::new("SELECT COUNT(*) AS n FROM feed_items WHERE ");
    if let Some(g) = &item.guid {
        sql.push("(feed_id = ")
            .push_arg(feed_id)
            .push(" AND guid = ")
            .push_arg(g.as_str())
            .push(") OR ");
    }
    if let Some(l) = &item.link {
        sql.push("link = ").push_arg(l.as_str()).push(" OR ");
    }
    sql.push("(feed_id = ")
        .push_arg(feed_id)
        .push(" AND title_date = ")
        .push_arg(item.title_date.as_str())
        .push(")");
    Ok(tx.count(sql).await? > 0)
}

/// Stores the items not seen before as news posts (indexed for search, the content version
/// bumped), all in one transaction; returns how many were new.
pub async fn take_items(db: &Db, feed_id: i64, items: &[FeedItem], now: &str) -> Result<usize> {
    let mut tx = db.begin().await?;
    let mut added = 0;
    for item in items {
        if known(&mut tx, feed_id, item).await? {
            continue;
        }
        let slug = unique_slug(&mut tx, &item.post.slug, now).await?;
        let post = NewsPost {
            slug: slug.clone(),
            ..item.post.clone()
        };
        crate::news::upsert_in(&mut tx, &post, now).await?;
        let mut ins = Sql::new(
            "INSERT INTO feed_items (feed_id, news_slug, guid, link, title_date, created_at) VALUES (",
        );
        ins.push_arg(feed_id)
            .push(", ")
            .push_arg(slug)
            .push(", ")
            .push_arg(item.guid.clone())
            .push(", ")
            .push_arg(item.link.clone())
            .push(", ")
            .push_arg(item.title_date.as_str())
            .push(", ")
            .push_arg(now)
            .push(")");
        tx.execute(ins).await?;
        added += 1;
    }
    if added > 0 {
        let mut upd = Sql::new("UPDATE feeds SET item_count = item_count + ");
        upd.push_arg(i64::try_from(added).unwrap_or(i64::MAX))
            .push(" WHERE id = ")
            .push_arg(feed_id);
        tx.execute(upd).await?;
    }
    tx.commit().await?;
    Ok(added)
}

/// `base`, or `base-2`, `base-3`, ... : the first slug no post has (a feed item never
/// overwrites an editor's post or another item).
async fn unique_slug(tx: &mut Tx, base: &str, now: &str) -> Result<String> {
    for n in 1..1000 {
        let candidate = if n == 1 {
            base.to_owned()
        } else {
            format!("{base}-{n}")
        };
        let mut sql = Sql::new("SELECT COUNT(*) AS n FROM news WHERE slug = ");
        sql.push_arg(candidate.as_str());
        if tx.count(sql).await? == 0 {
            return Ok(candidate);
        }
    }
    // A thousand namesakes: the fetch's time tells this one apart.
    let digits: String = now.chars().filter(char::is_ascii_digit).collect();
    Ok(format!("{base}-{digits}"))
}
