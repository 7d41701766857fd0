//! Feeds in: the feeds initiatives publish, their fetch state and health, and the items
//! taken from them into the news (de-duplicated by GUID, then link, then title and date).

/// The item type lives in `sparks-core`, where the feed parser and the web layer see it too;
/// re-exported here beside [`take_items`], which stores it.
pub use sparks_core::FeedItem;
use sparks_core::{NewsDraft, NewsPost};
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use url::Url;

use crate::{Db, Result, Sql, StoreError, Tx};

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

/// Registers a feed and its fetch job, due at once; returns the feed id. A URL the same
/// initiative has already (spelt alike once normalised, see [`url_key`]) gives that feed's
/// id, made trusted when `trusted` (never untrusted by a second add); a URL another
/// initiative has is refused with [`StoreError::FeedTaken`]: a feed never moves.
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
    let known = tx.fetch_all(Sql::new(KNOWN)).await?;
    let id = match same_url(known, url) {
        Some(known) if known.initiative != initiative => {
            return Err(StoreError::FeedTaken(known.initiative));
        }
        Some(known) => {
            if trusted && !known.trusted {
                set_trusted_in(tx, known.id, true, now).await?;
            }
            known.id
        }
        None => {
            let mut sql = Sql::new(
                "INSERT INTO feeds (initiative, url, trusted, next_fetch, created_at, updated_at) \
                 VALUES (",
            );
            sql.push_arg(initiative)
                .push(", ")
                .push_arg(stored_url(url))
                .push(", ")
                .push_arg(trusted);
            let n = sql.arg(now);
            sql.push(&format!(", {n}, {n}, {n}) RETURNING id"));
            let crate::content::IdRow { id } = tx.fetch_one(sql).await?;
            id
        }
    };
    crate::jobs::ensure_in(tx, FEED_JOB, &id.to_string(), now).await?;
    Ok(id)
}

/// What a feed URL is compared by: scheme and host in lower case, no default port, no
/// trailing slash, no fragment (`HTTPS://Example.org:443/feed/` is `https://example.org/feed`).
/// A text that is no URL is compared as it is.
pub fn url_key(url: &str) -> String {
    let Ok(u) = Url::parse(url.trim()) else {
        return url.trim().to_owned();
    };
    let mut key = format!("{}://{}", u.scheme(), u.host_str().unwrap_or_default());
    if let Some(port) = u.port() {
        key.push_str(&format!(":{port}"));
    }
    key.push_str(u.path().trim_end_matches('/'));
    if let Some(q) = u.query() {
        key.push('?');
        key.push_str(q);
    }
    key
}

/// The URL as stored and fetched: parsed and written back (scheme and host in lower case, no
/// default port); the path stays as given, since a server may tell `/feed` and `/feed/` apart.
fn stored_url(url: &str) -> String {
    Url::parse(url.trim()).map_or_else(|_| url.trim().to_owned(), String::from)
}

#[derive(sqlx::FromRow)]
struct Known {
    id: i64,
    initiative: String,
    url: String,
    trusted: bool,
}

const KNOWN: &str = "SELECT id, initiative, url, trusted FROM feeds ORDER BY id";

/// The feed of `all` (read with [`KNOWN`]) whose URL is `url` once both are normalised.
/// Feeds are few (one or two per initiative), and rows written before URLs were normalised
/// must match too: so they are compared here, not by the database.
fn same_url(all: Vec<Known>, url: &str) -> Option<Known> {
    let key = url_key(url);
    all.into_iter().find(|f| url_key(&f.url) == key)
}

/// The initiative that has the feed at `url` (compared normalised, see [`url_key`]), if one
/// has: a form refuses the URL for any other initiative.
pub async fn owner(db: &Db, url: &str) -> Result<Option<String>> {
    let known = db.fetch_all(Sql::new(KNOWN)).await?;
    Ok(same_url(known, url).map(|f| f.initiative))
}

/// Sets whether the feed's items publish without moderation, in the caller's transaction;
/// `false` when there is no feed `id`. Items already waiting stay in the queue.
pub(crate) async fn set_trusted_in(tx: &mut Tx, id: i64, trusted: bool, now: &str) -> Result<bool> {
    let mut sql = Sql::new("UPDATE feeds SET trusted = ");
    sql.push_arg(trusted)
        .push(", updated_at = ")
        .push_arg(now)
        .push(" WHERE id = ")
        .push_arg(id);
    Ok(tx.execute(sql).await? > 0)
}

/// The feed with this id.
pub async fn get(db: &Db, id: i64) -> Result<Option<Feed>> {
    db.fetch_optional(by_id(id)).await
}

/// [`get`] inside the caller's transaction.
pub(crate) async fn get_on(tx: &mut Tx, id: i64) -> Result<Option<Feed>> {
    tx.fetch_optional(by_id(id)).await
}

fn by_id(id: i64) -> Sql {
    let mut sql = Sql::new(&format!("SELECT {COLUMNS} FROM feeds WHERE id = "));
    sql.push_arg(id);
    sql
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

/// The kind of the queue entries that hold an untrusted feed's items until an editor decides.
pub const FEED_ITEM_KIND: &str = "feed-item";

/// What a waiting feed item keeps in its queue entry (under `item`, beside the fields the
/// queue shows): enough to publish it exactly as a trusted feed's item would be.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub(crate) struct PendingItem {
    /// Its row in `feed_items` (which points at the post once published).
    pub feed_item: i64,
    /// The post as taken from the feed.
    pub draft: NewsDraft,
    /// Its body, sanitised when it was taken.
    pub body_html: String,
}

#[derive(sqlx::FromRow)]
struct TrustRow {
    url: String,
    trusted: bool,
}

/// Stores the items not seen before, all in one transaction; returns how many were new. A
/// trusted feed's items become news posts at once (indexed for search, the content version
/// bumped); an untrusted feed's wait in the moderation queue (kind [`FEED_ITEM_KIND`]) and
/// are nowhere public until an editor approves them.
pub async fn take_items(db: &Db, feed_id: i64, items: &[FeedItem], now: &str) -> Result<usize> {
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("SELECT url, trusted FROM feeds WHERE id = ");
    sql.push_arg(feed_id);
    let Some(feed) = tx.fetch_optional::<TrustRow>(sql).await? else {
        return Ok(0);
    };
    let unix = OffsetDateTime::parse(now, &Rfc3339)
        .map_err(|e| StoreError::Corrupt(format!("time {now:?}: {e}")))?
        .unix_timestamp();
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
        if feed.trusted {
            crate::news::upsert_in(&mut tx, &post, now).await?;
            // Published at once: its initiative's followers hear of it now.
            let notice = crate::follows::news_item(&mut tx, &post).await?;
            crate::follows::announce_tx(&mut tx, &notice, unix).await?;
        }
        let ins = Sql::insert(
            "feed_items",
            [
                ("feed_id", feed_id.into()),
                ("news_slug", slug.into()),
                ("guid", item.guid.clone().into()),
                ("link", item.link.clone().into()),
                ("title_date", item.title_date.as_str().into()),
                ("created_at", now.into()),
            ],
        );
        let row = tx.insert_id(ins).await?;
        if !feed.trusted {
            queue_in(&mut tx, &feed.url, row, &post, unix).await?;
        }
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

/// Files an untrusted feed's item in the moderation queue: the fields an editor reads first,
/// and the whole item under `item` ([`PendingItem`]).
async fn queue_in(
    tx: &mut Tx,
    feed_url: &str,
    feed_item: i64,
    post: &NewsPost,
    unix: i64,
) -> Result<()> {
    let pending = PendingItem {
        feed_item,
        draft: post.to_draft(),
        body_html: post.body_html.clone(),
    };
    let payload = serde_json::json!({
        "title": post.title,
        "initiative": post.initiative,
        "feed": feed_url,
        "link": post.source_url.as_ref().map(ToString::to_string),
        "published": sparks_core::date::iso_day(post.published),
        "summary": post.summary,
        "item": pending,
    });
    let sql = Sql::insert(
        "submissions",
        [
            ("kind", FEED_ITEM_KIND.into()),
            ("payload", payload.to_string().into()),
            ("created_at", unix.into()),
        ],
    );
    tx.insert_id(sql).await?;
    Ok(())
}

/// Points a feed item's row at the post it became (its slug may have changed on approval).
pub(crate) async fn published_in(tx: &mut Tx, feed_item: i64, slug: &str) -> Result<()> {
    let mut sql = Sql::new("UPDATE feed_items SET news_slug = ");
    sql.push_arg(slug).push(" WHERE id = ").push_arg(feed_item);
    tx.execute(sql).await?;
    Ok(())
}

/// `base`, or `base-2`, `base-3`, ... : the first slug no post has (a feed item never
/// overwrites an editor's post or another item).
pub(crate) async fn unique_slug(tx: &mut Tx, base: &str, now: &str) -> Result<String> {
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
