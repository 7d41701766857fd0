//! What the Atom feeds and the sitemap list: the newest records of every kind, and the
//! address of every record.

use sparks_core::Pillar;

use crate::{Db, Result, Sql, StoreError};

/// A record as a feed entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// `initiative`, `news`, `resource` or `event`.
    pub kind: &'static str,
    /// Its slug.
    pub slug: String,
    /// Its title (an initiative's with its acronym).
    pub title: String,
    /// Its summary.
    pub summary: String,
    /// Its own date (RFC 3339 UTC): a post's publication, an event's first day, a resource's
    /// publication, an initiative's start; the time it was added only when it has none.
    pub published: String,
    /// Its last edit when it was edited after being added, else its own date (RFC 3339 UTC).
    pub updated: String,
    /// A content warning's slug, when the record carries one.
    pub content_warning: Option<String>,
}

#[derive(sqlx::FromRow)]
struct Row {
    kind: String,
    slug: String,
    title: Option<String>,
    summary: Option<String>,
    record: Option<String>,
    own_date: Option<String>,
    created_at: String,
    added_at: Option<String>,
    updated_at: String,
}

/// The record's own date as an RFC 3339 instant (midnight UTC of a `YYYY-MM-DD` day).
fn own_instant(own: Option<&str>) -> Option<String> {
    own.filter(|d| d.len() >= 10)
        .map(|d| format!("{}T00:00:00Z", &d[..10]))
}

/// A record's syndication dates: `(published, updated)`, `None` when it has none worth
/// telling. Published is its own date, else the moment it was added (`added_at`: `None` for
/// a seeded row, whose creation time is only the seeding moment and says nothing about the
/// record), else its first edit; `updated` is its last edit when it was edited after being
/// written first (`updated_at` later than `created_at`), else its published date.
pub fn dates_of(
    own: Option<&str>,
    added_at: Option<&str>,
    created_at: &str,
    updated_at: &str,
) -> Option<(String, String)> {
    let edited = (updated_at > created_at).then(|| updated_at.to_owned());
    let published = own_instant(own)
        .or_else(|| added_at.map(str::to_owned))
        .or_else(|| edited.clone())?;
    let updated = edited.unwrap_or_else(|| published.clone());
    Some((published, updated))
}

/// `added_at` of the rows of a `(…) AS r` union: their `created_at`, unless that is a moment
/// the site was seeded (the seed marks in `meta` hold those moments).
const ADDED: &str = "CASE WHEN created_at IN (SELECT value FROM meta) THEN NULL \
     ELSE created_at END AS added_at";

/// The SQL ordering key matching [`dates_of`]'s `updated` (ISO texts sort as time): the edit
/// time, else the own date, else the time the row was added; NULL for rows with none.
const STAMP: &str = "CASE WHEN updated_at > created_at THEN updated_at \
     ELSE COALESCE(own_date, added_at) END";

fn kind_name(kind: &str) -> &'static str {
    match kind {
        "initiative" => "initiative",
        "news" => "news",
        "resource" => "resource",
        "recommendation" => "recommendation",
        _ => "event",
    }
}

/// Title, summary and content warning of a content record kept as JSON.
fn from_record(record: &str) -> Result<(String, String, Option<String>)> {
    let v: serde_json::Value =
        serde_json::from_str(record).map_err(|e| StoreError::Corrupt(format!("record: {e}")))?;
    let text = |k: &str| v.get(k).and_then(|t| t.as_str()).unwrap_or("").to_owned();
    let warning = Some(text("content_warning")).filter(|w| !w.is_empty());
    Ok((text("title"), text("summary"), warning))
}

/// The `limit` records added last, newest first; with a pillar, only the initiatives of that
/// pillar, the resources tagged with it and the news of its initiatives (events carry no
/// pillar and appear in the site-wide feed only).
pub async fn recent(db: &Db, pillar: Option<Pillar>, limit: i64) -> Result<Vec<Entry>> {
    // Each kind's rows, and the condition that keeps those of one pillar (closed by `)`).
    let kinds = [
        (
            "SELECT 'initiative' AS kind, slug, acronym || ': ' || title AS title, summary, \
             CAST(NULL AS TEXT) AS record, start_date AS own_date, created_at, updated_at \
             FROM initiatives",
            " WHERE id IN (SELECT initiative_id FROM initiative_pillars WHERE pillar = ",
        ),
        (
            " UNION ALL SELECT 'news', slug, CAST(NULL AS TEXT), CAST(NULL AS TEXT), record, \
             published, created_at, updated_at FROM news",
            " WHERE initiative IN (SELECT i.slug FROM initiatives i JOIN initiative_pillars ip \
             ON ip.initiative_id = i.id WHERE ip.pillar = ",
        ),
        (
            " UNION ALL SELECT 'resource', slug, CAST(NULL AS TEXT), CAST(NULL AS TEXT), record, \
             published_bound, created_at, updated_at FROM resources",
            " WHERE id IN (SELECT item_id FROM content_tags WHERE kind = 'resource' AND \
             facet = 'pillar' AND value = ",
        ),
    ];
    let mut sql = Sql::new("SELECT * FROM (SELECT r.*, ");
    sql.push(ADDED).push(" FROM (");
    for (rows, of_pillar) in kinds {
        sql.push(rows);
        if let Some(p) = pillar {
            sql.push(of_pillar).push_arg(p.slug()).push(")");
        }
    }
    if pillar.is_none() {
        sql.push(
            " UNION ALL SELECT 'event', slug, CAST(NULL AS TEXT), CAST(NULL AS TEXT), record, \
             start_day, created_at, updated_at FROM events",
        );
    }
    sql.push(") AS r) AS rows WHERE ")
        .push(STAMP)
        .push(" IS NOT NULL ORDER BY ")
        .push(STAMP)
        .push(" DESC, kind, slug LIMIT ")
        .push_arg(limit);
    db.fetch_all::<Row>(sql)
        .await?
        .into_iter()
        .filter_map(|r| {
            let (published, updated) = dates_of(
                r.own_date.as_deref(),
                r.added_at.as_deref(),
                &r.created_at,
                &r.updated_at,
            )?;
            Some((r, published, updated))
        })
        .map(|(r, published, updated)| {
            let (title, summary, content_warning) = match &r.record {
                Some(rec) => from_record(rec)?,
                None => (
                    r.title.unwrap_or_default(),
                    r.summary.unwrap_or_default(),
                    None,
                ),
            };
            Ok(Entry {
                kind: kind_name(&r.kind),
                slug: r.slug,
                title,
                summary,
                published,
                updated,
                content_warning,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct SlugRow {
    kind: String,
    slug: String,
    own_date: Option<String>,
    created_at: String,
    added_at: Option<String>,
    updated_at: String,
}

/// Every record's kind, slug and last change (see [`dates_of`]; `None` when it has no date
/// worth telling), for the sitemap (at most `limit`).
pub async fn every_slug(
    db: &Db,
    limit: i64,
) -> Result<Vec<(&'static str, String, Option<String>)>> {
    let mut sql = Sql::new("SELECT r.*, ");
    sql.push(ADDED).push(
        " FROM (SELECT 'initiative' AS kind, slug, start_date AS own_date, created_at, updated_at \
         FROM initiatives \
         UNION ALL SELECT 'resource', slug, published_bound, created_at, updated_at FROM resources \
         UNION ALL SELECT 'news', slug, published, created_at, updated_at FROM news \
         UNION ALL SELECT 'event', slug, start_day, created_at, updated_at FROM events \
         UNION ALL SELECT 'recommendation', slug, NULL, created_at, updated_at \
         FROM recommendations) AS r \
         ORDER BY kind, slug LIMIT ",
    );
    sql.push_arg(limit);
    Ok(db
        .fetch_all::<SlugRow>(sql)
        .await?
        .into_iter()
        .map(|r| {
            let dates = dates_of(
                r.own_date.as_deref(),
                r.added_at.as_deref(),
                &r.created_at,
                &r.updated_at,
            );
            (
                kind_name(&r.kind),
                r.slug,
                dates.map(|(_, updated)| updated),
            )
        })
        .collect())
}
