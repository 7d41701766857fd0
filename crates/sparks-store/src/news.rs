//! News posts: write (upsert by slug), read one, list newest first.

use sparks_core::date::iso_day;
use sparks_core::{NewsDraft, NewsPost, Page};

use crate::content::{self, Conditions, decode, encode};
use crate::{Db, Result, Sql, Tx};

/// Which posts a list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewsFilter {
    /// Belonging to this initiative (slug).
    pub initiative: Option<String>,
    /// Free text in the title, summary or body.
    pub q: Option<String>,
}

#[derive(sqlx::FromRow)]
struct NewsRow {
    record: String,
    body_html: String,
}

/// Inserts or replaces (by slug) a post, in a caller's transaction. The sanitised HTML is
/// stored beside the Markdown, so it is rendered once, when written.
pub async fn upsert_in(tx: &mut Tx, p: &NewsPost, now: &str) -> Result<()> {
    content::upsert_row(
        tx,
        "news",
        vec![
            ("slug", p.slug.clone().into()),
            ("published", iso_day(p.published).into()),
            ("initiative", p.initiative.clone().into()),
            ("search_text", p.search_text().into()),
            ("record", encode(&p.to_draft())?.into()),
            ("body_html", p.body_html.clone().into()),
        ],
        false,
        now,
    )
    .await?;
    crate::search::index_in(tx, &sparks_search::SearchDocument::from_news(p), now).await
}

fn push_where(sql: &mut Sql, f: &NewsFilter) {
    let mut w = Conditions::new();
    if let Some(i) = &f.initiative {
        w.and(sql).push("n.initiative = ").push_arg(i.as_str());
    }
    w.text(sql, "n", f.q.as_deref());
}

fn post(row: NewsRow) -> Result<NewsPost> {
    let html = row.body_html;
    decode(&row.record, |d: NewsDraft| d.validate_with_html(html))
}

/// One page of posts, newest first.
pub async fn list(
    db: &Db,
    filter: &NewsFilter,
    page: u32,
    per_page: u32,
) -> Result<Page<NewsPost>> {
    content::fetch_page::<NewsRow>(
        db,
        "news n",
        "n.record, n.body_html",
        |sql| push_where(sql, filter),
        "n.published DESC, n.id DESC",
        page,
        per_page,
    )
    .await?
    .try_map(post)
}

#[derive(sqlx::FromRow)]
struct DatedRow {
    record: String,
    body_html: String,
    published: String,
    created_at: String,
    updated_at: String,
}

/// The `limit` newest posts matching `filter`, each with its syndication dates
/// (`published`, `updated`: see [`crate::syndication::dates_of`]), for the news feeds.
pub async fn recent_dated(
    db: &Db,
    filter: &NewsFilter,
    limit: i64,
) -> Result<Vec<(NewsPost, String, String)>> {
    let mut sql = Sql::new(
        "SELECT n.record, n.body_html, n.published, n.created_at, n.updated_at FROM news n",
    );
    push_where(&mut sql, filter);
    sql.push(" ORDER BY n.published DESC, n.id DESC LIMIT ")
        .push_arg(limit);
    db.fetch_all::<DatedRow>(sql)
        .await?
        .into_iter()
        .map(|r| {
            // A post always has its own date, so it always has syndication dates.
            let (published, updated) = crate::syndication::dates_of(
                Some(&r.published),
                None,
                &r.created_at,
                &r.updated_at,
            )
            .unwrap_or_default();
            let p = post(NewsRow {
                record: r.record,
                body_html: r.body_html,
            })?;
            Ok((p, published, updated))
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct LabelRow {
    slug: String,
    acronym: String,
    title: String,
}

/// Slug, acronym and title of the initiatives with these slugs (unknown slugs are left out):
/// enough to credit news items to their initiative without loading whole profiles.
pub async fn initiative_labels(db: &Db, slugs: &[&str]) -> Result<Vec<(String, String, String)>> {
    if slugs.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new("SELECT slug, acronym, title FROM initiatives WHERE slug IN (");
    for (n, slug) in slugs.iter().enumerate() {
        if n > 0 {
            sql.push(", ");
        }
        sql.push_arg(*slug);
    }
    sql.push(")");
    Ok(db
        .fetch_all::<LabelRow>(sql)
        .await?
        .into_iter()
        .map(|r| (r.slug, r.acronym, r.title))
        .collect())
}

/// The post with this slug.
pub async fn get(db: &Db, slug: &str) -> Result<Option<NewsPost>> {
    let mut sql = Sql::new("SELECT record, body_html FROM news WHERE slug = ");
    sql.push_arg(slug);
    db.fetch_optional::<NewsRow>(sql)
        .await?
        .map(post)
        .transpose()
}

/// Every post, newest first: for the search index.
pub async fn all(db: &Db) -> Result<Vec<NewsPost>> {
    db.fetch_all::<NewsRow>(Sql::new(
        "SELECT record, body_html FROM news ORDER BY published DESC, id DESC",
    ))
    .await?
    .into_iter()
    .map(post)
    .collect()
}
