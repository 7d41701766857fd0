//! When each record's facts were last checked against their sources, and by whom (issue #16
//! point 3), and the review queue that lists the records checked longest ago first.
//!
//! Checks live in their own table keyed by kind and slug (as the audit log names records),
//! not inside each record: every type carries them alike, and an edit of a record, a
//! restore or a re-import never loses or fakes one.

use std::collections::HashMap;

use sparks_core::date::iso_day;
use time::Date;

use crate::moderation::ContentKind;
use crate::versions::{self, DataKind};
use crate::{Db, Result, Sql, StoreError, Tx};

/// The kinds whose facts are checked, help services first: someone in crisis relies on a
/// phone number being right more than on anything else the site says.
pub const CHECKED_KINDS: [ContentKind; 5] = [
    ContentKind::Helpline,
    ContentKind::Initiative,
    ContentKind::Resource,
    ContentKind::Statistic,
    ContentKind::Recommendation,
];

/// A record's last check.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    /// The day it was checked.
    pub checked_at: Date,
    /// Who checked it (their display name then); `None` for imported dates.
    pub checked_by: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CheckRow {
    slug: String,
    checked_at: String,
    checked_by_name: Option<String>,
}

/// Reads a stored `YYYY-MM-DD` day.
pub fn parse_day(text: &str) -> Result<Date> {
    match text.parse::<sparks_core::PartialDate>() {
        Ok(d) if d.day().is_some() => Ok(d.first_day()),
        _ => Err(StoreError::Corrupt(format!(
            "checked_at {text:?} is not a day"
        ))),
    }
}

impl TryFrom<CheckRow> for Check {
    type Error = StoreError;

    fn try_from(row: CheckRow) -> Result<Check> {
        Ok(Check {
            checked_at: parse_day(&row.checked_at)?,
            checked_by: row.checked_by_name,
        })
    }
}

/// The last check of one record.
pub async fn get(db: &Db, kind: ContentKind, slug: &str) -> Result<Option<Check>> {
    let mut sql =
        Sql::new("SELECT slug, checked_at, checked_by_name FROM record_checks WHERE kind = ");
    sql.push_arg(kind.slug())
        .push(" AND slug = ")
        .push_arg(slug);
    db.fetch_optional::<CheckRow>(sql)
        .await?
        .map(Check::try_from)
        .transpose()
}

/// The last checks of many records of one kind, by slug (records never checked are absent).
pub async fn get_many(
    db: &Db,
    kind: ContentKind,
    slugs: &[String],
) -> Result<HashMap<String, Check>> {
    let mut found = HashMap::new();
    for chunk in slugs.chunks(500) {
        let mut sql =
            Sql::new("SELECT slug, checked_at, checked_by_name FROM record_checks WHERE kind = ");
        sql.push_arg(kind.slug()).push(" AND slug IN ");
        sql.push_in_list(chunk.iter().cloned());
        for row in db.fetch_all::<CheckRow>(sql).await? {
            let slug = row.slug.clone();
            found.insert(slug, Check::try_from(row)?);
        }
    }
    Ok(found)
}

/// Who stamps a check.
#[derive(Debug, Clone, Copy)]
pub enum Checker<'a> {
    /// A staff member (account id, display name) confirming the record today: the check is
    /// written whatever was there.
    Staff(i64, &'a str),
    /// An import carrying a date: written only when newer than the one recorded, so an
    /// older file never turns a recent check back.
    Import,
}

/// Records that `kind`/`slug` was checked on `day`, in the caller's transaction (which also
/// marks the content changed, so cached pages show the new date).
pub async fn stamp_in(
    tx: &mut Tx,
    kind: ContentKind,
    slug: &str,
    day: Date,
    by: Checker<'_>,
) -> Result<()> {
    let (id, name) = match by {
        Checker::Staff(id, name) => (Some(id), Some(name.to_owned())),
        Checker::Import => (None, None),
    };
    let mut sql = Sql::new(
        "INSERT INTO record_checks (kind, slug, checked_at, checked_by, checked_by_name) VALUES (",
    );
    sql.push_arg(kind.slug())
        .push(", ")
        .push_arg(slug)
        .push(", ")
        .push_arg(iso_day(day))
        .push(", ")
        .push_arg(id)
        .push(", ")
        .push_arg(name)
        .push(
            ") ON CONFLICT (kind, slug) DO UPDATE SET checked_at = excluded.checked_at, \
             checked_by = excluded.checked_by, checked_by_name = excluded.checked_by_name",
        );
    if matches!(by, Checker::Import) {
        sql.push(" WHERE record_checks.checked_at < excluded.checked_at");
    }
    tx.execute(sql).await?;
    versions::bump(tx, DataKind::Content).await
}

/// One record in the review queue.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueItem {
    /// Its kind.
    pub kind: ContentKind,
    /// Its slug.
    pub slug: String,
    /// Its name as lists show it.
    pub title: String,
    /// Its last check, if any.
    pub check: Option<Check>,
}

#[derive(sqlx::FromRow)]
struct QueueRow {
    kind: String,
    slug: String,
    title: Option<String>,
    record: Option<String>,
    checked_at: Option<String>,
    checked_by_name: Option<String>,
}

/// The name of a stored record, from its JSON (each type names it differently).
fn title_of(record: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(record).ok()?;
    ["title", "name", "figure"]
        .iter()
        .find_map(|k| value.get(*k).and_then(|v| v.as_str()))
        .map(str::to_owned)
}

/// The records checked longest ago, never-checked ones first; among equals help services
/// first, then by kind and slug. At most `limit`.
pub async fn queue(db: &Db, limit: i64) -> Result<Vec<QueueItem>> {
    let part = |kind: ContentKind, table: &str, title: &str, record: &str| {
        format!(
            "SELECT '{kind}' AS kind, t.slug AS slug, {title} AS title, {record} AS record, \
             c.checked_at AS checked_at, c.checked_by_name AS checked_by_name, \
             {rank} AS kind_rank FROM {table} t LEFT JOIN record_checks c \
             ON c.kind = '{kind}' AND c.slug = t.slug",
            kind = kind.slug(),
            rank = CHECKED_KINDS.iter().position(|k| *k == kind).unwrap_or(0),
        )
    };
    let union = [
        part(
            ContentKind::Initiative,
            "initiatives",
            "t.acronym || ' — ' || t.title",
            "NULL",
        ),
        part(ContentKind::Resource, "resources", "NULL", "t.record"),
        part(ContentKind::Helpline, "helplines", "NULL", "t.record"),
        part(ContentKind::Statistic, "statistics", "NULL", "t.record"),
        part(
            ContentKind::Recommendation,
            "recommendations",
            "NULL",
            "t.record",
        ),
    ]
    .join(" UNION ALL ");
    let mut sql = Sql::new(&format!(
        "SELECT kind, slug, title, record, checked_at, checked_by_name FROM ({union}) q \
         ORDER BY CASE WHEN checked_at IS NULL THEN 0 ELSE 1 END, checked_at, kind_rank, slug \
         LIMIT "
    ));
    sql.push_arg(limit);
    db.fetch_all::<QueueRow>(sql)
        .await?
        .into_iter()
        .map(|row| {
            let kind = ContentKind::ALL
                .into_iter()
                .find(|k| k.slug() == row.kind)
                .ok_or_else(|| StoreError::Corrupt(format!("kind {:?}", row.kind)))?;
            let title = row
                .title
                .or_else(|| row.record.as_deref().and_then(title_of))
                .unwrap_or_else(|| row.slug.clone());
            let check = row
                .checked_at
                .map(|day| {
                    Ok::<_, StoreError>(Check {
                        checked_at: parse_day(&day)?,
                        checked_by: row.checked_by_name,
                    })
                })
                .transpose()?;
            Ok(QueueItem {
                kind,
                slug: row.slug,
                title,
                check,
            })
        })
        .collect()
}

/// Whether a published record of `kind` has this slug.
pub async fn exists(db: &Db, kind: ContentKind, slug: &str) -> Result<bool> {
    let table = match kind {
        ContentKind::Initiative => "initiatives",
        ContentKind::Resource => "resources",
        ContentKind::Helpline => "helplines",
        ContentKind::Statistic => "statistics",
        ContentKind::Recommendation => "recommendations",
        ContentKind::Event | ContentKind::News => return Ok(false),
    };
    let mut sql = Sql::new(&format!("SELECT COUNT(*) AS n FROM {table} WHERE slug = "));
    sql.push_arg(slug);
    Ok(db.count(sql).await? > 0)
}
