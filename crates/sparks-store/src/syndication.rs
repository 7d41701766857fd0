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
    /// When it was added (RFC 3339 UTC).
    pub created_at: String,
    /// When it last changed (RFC 3339 UTC).
    pub updated_at: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    kind: String,
    slug: String,
    title: Option<String>,
    summary: Option<String>,
    record: Option<String>,
    created_at: String,
    updated_at: String,
}

fn kind_name(kind: &str) -> &'static str {
    match kind {
        "initiative" => "initiative",
        "news" => "news",
        "resource" => "resource",
        _ => "event",
    }
}

/// Title and summary of a content record kept as JSON.
fn from_record(record: &str) -> Result<(String, String)> {
    let v: serde_json::Value =
        serde_json::from_str(record).map_err(|e| StoreError::Corrupt(format!("record: {e}")))?;
    let text = |k: &str| v.get(k).and_then(|t| t.as_str()).unwrap_or("").to_owned();
    Ok((text("title"), text("summary")))
}

/// The `limit` records added last, newest first; with a pillar, only the initiatives of that
/// pillar, the resources tagged with it and the news of its initiatives (events carry no
/// pillar and appear in the site-wide feed only).
pub async fn recent(db: &Db, pillar: Option<Pillar>, limit: i64) -> Result<Vec<Entry>> {
    // Each kind's rows, and the condition that keeps those of one pillar (closed by `)`).
    let kinds = [
        (
            "SELECT 'initiative' AS kind, slug, acronym || ': ' || title AS title, summary, \
             CAST(NULL AS TEXT) AS record, created_at, updated_at FROM initiatives",
            " WHERE id IN (SELECT initiative_id FROM initiative_pillars WHERE pillar = ",
        ),
        (
            " UNION ALL SELECT 'news', slug, CAST(NULL AS TEXT), CAST(NULL AS TEXT), record, \
             created_at, updated_at FROM news",
            " WHERE initiative IN (SELECT i.slug FROM initiatives i JOIN initiative_pillars ip \
             ON ip.initiative_id = i.id WHERE ip.pillar = ",
        ),
        (
            " UNION ALL SELECT 'resource', slug, CAST(NULL AS TEXT), CAST(NULL AS TEXT), record, \
             created_at, updated_at FROM resources",
            " WHERE id IN (SELECT item_id FROM content_tags WHERE kind = 'resource' AND \
             facet = 'pillar' AND value = ",
        ),
    ];
    let mut sql = Sql::new("");
    for (rows, of_pillar) in kinds {
        sql.push(rows);
        if let Some(p) = pillar {
            sql.push(of_pillar).push_arg(p.slug()).push(")");
        }
    }
    if pillar.is_none() {
        sql.push(
            " UNION ALL SELECT 'event', slug, CAST(NULL AS TEXT), CAST(NULL AS TEXT), record, \
             created_at, updated_at FROM events",
        );
    }
    sql.push(" ORDER BY created_at DESC, kind, slug LIMIT ")
        .push_arg(limit);
    db.fetch_all::<Row>(sql)
        .await?
        .into_iter()
        .map(|r| {
            let (title, summary) = match &r.record {
                Some(rec) => from_record(rec)?,
                None => (r.title.unwrap_or_default(), r.summary.unwrap_or_default()),
            };
            Ok(Entry {
                kind: kind_name(&r.kind),
                slug: r.slug,
                title,
                summary,
                created_at: r.created_at,
                updated_at: r.updated_at,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct SlugRow {
    kind: String,
    slug: String,
    updated_at: String,
}

/// Every record's kind, slug and last change, for the sitemap (at most `limit`).
pub async fn every_slug(db: &Db, limit: i64) -> Result<Vec<(&'static str, String, String)>> {
    let mut sql = Sql::new(
        "SELECT 'initiative' AS kind, slug, updated_at FROM initiatives \
         UNION ALL SELECT 'resource', slug, updated_at FROM resources \
         UNION ALL SELECT 'news', slug, updated_at FROM news \
         UNION ALL SELECT 'event', slug, updated_at FROM events \
         ORDER BY kind, slug LIMIT ",
    );
    sql.push_arg(limit);
    Ok(db
        .fetch_all::<SlugRow>(sql)
        .await?
        .into_iter()
        .map(|r| (kind_name(&r.kind), r.slug, r.updated_at))
        .collect())
}
