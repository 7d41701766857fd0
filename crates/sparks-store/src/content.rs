//! What the content hub's repositories share: writing a row with its record, tags and
//! initiative links, and reading records back through their validation.

use std::collections::HashMap;

use serde::Serialize;
use serde::de::DeserializeOwned;
use sparks_core::{FacetCount, FieldError, Page};

use crate::db::AnyRow;
use crate::{Arg, Db, Result, Sql, StoreError, Tx};

/// An initiative a content record links to, enough to show and link it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeRef {
    /// Its slug.
    pub slug: String,
    /// Its acronym.
    pub acronym: String,
    /// Its full name.
    pub title: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct IdRow {
    pub id: i64,
}

#[derive(sqlx::FromRow)]
pub(crate) struct RecordRow {
    pub id: i64,
    pub record: String,
}

#[derive(sqlx::FromRow)]
pub(crate) struct FacetRow {
    pub value: Option<String>,
    pub n: i64,
}

/// The record as stored: its import format, as JSON.
pub(crate) fn encode<D: Serialize>(draft: &D) -> Result<String> {
    serde_json::to_string(draft).map_err(|e| StoreError::Corrupt(e.to_string()))
}

/// A stored record back through its validation, so a row that no longer meets the rules is
/// reported rather than shown.
pub(crate) fn decode<D: DeserializeOwned, T>(
    record: &str,
    validate: impl FnOnce(D) -> std::result::Result<T, Vec<FieldError>>,
) -> Result<T> {
    let draft: D =
        serde_json::from_str(record).map_err(|e| StoreError::Corrupt(format!("record: {e}")))?;
    validate(draft).map_err(|errors| {
        let problems: Vec<String> = errors.iter().map(ToString::to_string).collect();
        StoreError::Corrupt(format!("record: {}", problems.join("; ")))
    })
}

/// Inserts a row or updates the one with the same slug, returning its id. With `positioned`,
/// a new row is placed after every other (its `position`), and an updated one keeps its place.
pub(crate) async fn upsert_row(
    tx: &mut Tx,
    table: &str,
    columns: Vec<(&str, Arg)>,
    positioned: bool,
    now: &str,
) -> Result<i64> {
    let mut sql = Sql::new(&format!("INSERT INTO {table} ("));
    let names: Vec<&str> = columns.iter().map(|(n, _)| *n).collect();
    sql.push(&names.join(", "));
    if positioned {
        sql.push(", position");
    }
    sql.push(", created_at, updated_at) VALUES (");
    let mut placeholders: Vec<String> = columns.into_iter().map(|(_, v)| sql.arg(v)).collect();
    if positioned {
        placeholders.push(format!(
            "(SELECT COALESCE(MAX(position), 0) + 1 FROM {table})"
        ));
    }
    placeholders.push(sql.arg(now));
    placeholders.push(sql.arg(now));
    sql.push(&placeholders.join(", "));
    sql.push(") ON CONFLICT (slug) DO UPDATE SET ");
    let updates: Vec<String> = names
        .iter()
        .filter(|n| **n != "slug")
        .map(|n| format!("{n} = excluded.{n}"))
        .chain(std::iter::once(
            "updated_at = excluded.updated_at".to_owned(),
        ))
        .collect();
    sql.push(&updates.join(", ")).push(" RETURNING id");
    let IdRow { id } = tx.fetch_one(sql).await?;
    // Page caches on every server compare this version to see the change.
    crate::versions::bump(tx, crate::DataKind::Content).await?;
    Ok(id)
}

/// Replaces a record's values of one multi-valued facet.
pub(crate) async fn replace_tags(
    tx: &mut Tx,
    kind: &str,
    id: i64,
    facet: &str,
    values: &[String],
) -> Result<()> {
    let mut del = Sql::new("DELETE FROM content_tags WHERE kind = ");
    del.push_arg(kind)
        .push(" AND item_id = ")
        .push_arg(id)
        .push(" AND facet = ")
        .push_arg(facet);
    tx.execute(del).await?;
    let mut seen: Vec<&String> = Vec::new();
    for v in values {
        if seen.contains(&v) {
            continue;
        }
        seen.push(v);
        let mut ins = Sql::new("INSERT INTO content_tags (kind, item_id, facet, value) VALUES (");
        ins.push_arg(kind)
            .push(", ")
            .push_arg(id)
            .push(", ")
            .push_arg(facet)
            .push(", ")
            .push_arg(v.as_str())
            .push(")");
        tx.execute(ins).await?;
    }
    Ok(())
}

/// Links a record to the initiatives among `slugs` that exist (others are ignored: a text
/// like "Council of Europe" names no initiative in the directory).
pub(crate) async fn link_initiatives(
    tx: &mut Tx,
    kind: &str,
    id: i64,
    slugs: &[String],
) -> Result<()> {
    let mut del = Sql::new("DELETE FROM content_initiatives WHERE kind = ");
    del.push_arg(kind).push(" AND item_id = ").push_arg(id);
    tx.execute(del).await?;
    if slugs.is_empty() {
        return Ok(());
    }
    let mut found = Sql::new("SELECT id FROM initiatives WHERE slug IN ");
    found.push_in_list(slugs.iter().map(String::as_str));
    for IdRow { id: initiative } in tx.fetch_all::<IdRow>(found).await? {
        let mut ins =
            Sql::new("INSERT INTO content_initiatives (kind, item_id, initiative_id) VALUES (");
        ins.push_arg(kind)
            .push(", ")
            .push_arg(id)
            .push(", ")
            .push_arg(initiative)
            .push(")");
        tx.execute(ins).await?;
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    item_id: i64,
    slug: String,
    acronym: String,
    title: String,
}

/// The initiatives each record links to, by record id, in acronym order.
pub(crate) async fn initiatives_of(
    db: &Db,
    kind: &str,
    ids: &[i64],
) -> Result<HashMap<i64, Vec<InitiativeRef>>> {
    let mut sql = Sql::new(
        "SELECT c.item_id, i.slug, i.acronym, i.title FROM content_initiatives c \
         JOIN initiatives i ON i.id = c.initiative_id WHERE c.kind = ",
    );
    sql.push_arg(kind)
        .push(" AND c.item_id IN ")
        .push_in_list(ids.iter().copied())
        .push(" ORDER BY i.sort_key");
    let mut map: HashMap<i64, Vec<InitiativeRef>> = HashMap::new();
    for r in db.fetch_all::<LinkRow>(sql).await? {
        map.entry(r.item_id).or_default().push(InitiativeRef {
            slug: r.slug,
            acronym: r.acronym,
            title: r.title,
        });
    }
    Ok(map)
}

/// Counts of a query's `value` column, as facet entries labelled by `label`.
pub(crate) async fn facet_counts(
    db: &Db,
    sql: Sql,
    label: impl Fn(&str) -> Option<String>,
) -> Result<Vec<FacetCount>> {
    Ok(db
        .fetch_all::<FacetRow>(sql)
        .await?
        .into_iter()
        .filter_map(|r| {
            let value = r.value?;
            Some(FacetCount {
                label: label(&value)?,
                value,
                count: u64::try_from(r.n).unwrap_or(0),
            })
        })
        .collect())
}

/// Appends ` WHERE ` before the first condition and ` AND ` before the others.
pub(crate) struct Conditions {
    first: bool,
}

impl Conditions {
    pub(crate) fn new() -> Self {
        Conditions { first: true }
    }

    pub(crate) fn and<'a>(&mut self, sql: &'a mut Sql) -> &'a mut Sql {
        sql.push(if self.first { " WHERE " } else { " AND " });
        self.first = false;
        sql
    }

    /// The free-text filter of a content list: `alias.search_text` contains `q` literally.
    /// Blank text (or only NUL characters) narrows nothing.
    pub(crate) fn text(&mut self, sql: &mut Sql, alias: &str, q: Option<&str>) {
        if let Some(q) = q.filter(|q| !q.trim().trim_matches('\0').is_empty()) {
            self.and(sql)
                .push(&format!("{alias}.search_text LIKE "))
                .push_arg(like_pattern(q))
                .push(" ESCAPE '\\'");
        }
    }
}

/// One page of a content list and the count of all it selects. `from` is the table with its
/// alias (`events e`), `columns` what each row reads; `push_where` adds the filter's
/// conditions (to both queries, so the count and the page always agree); `order` is the
/// ORDER BY clause.
pub(crate) async fn fetch_page<R: AnyRow>(
    db: &Db,
    from: &str,
    columns: &str,
    push_where: impl Fn(&mut Sql),
    order: &str,
    page: u32,
    per_page: u32,
) -> Result<Page<R>> {
    let mut count = Sql::new(&format!("SELECT COUNT(*) AS n FROM {from}"));
    push_where(&mut count);
    let total = u64::try_from(db.count(count).await?).unwrap_or(0);
    let mut sql = Sql::new(&format!("SELECT {columns} FROM {from}"));
    push_where(&mut sql);
    sql.push(" ORDER BY ").push(order);
    push_page(&mut sql, page, per_page);
    Ok(Page {
        items: db.fetch_all(sql).await?,
        total,
        page: page.max(1),
        per_page: per_page.max(1),
    })
}

/// The LIMIT/OFFSET of a page.
pub(crate) fn push_page(sql: &mut Sql, page: u32, per_page: u32) {
    let per_page = per_page.max(1);
    sql.push(" LIMIT ")
        .push_arg(i64::from(per_page))
        .push(" OFFSET ")
        .push_arg(i64::from(page.max(1) - 1) * i64::from(per_page));
}

/// Escapes `%`, `_` and `\` so user text matches literally in `LIKE ... ESCAPE '\'`.
pub(crate) fn like_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    // NUL cannot be stored or compared in PostgreSQL text and cuts SQLite strings short.
    for c in text.trim().to_lowercase().chars().filter(|c| *c != '\0') {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_literally() {
        assert_eq!(like_pattern(" 50%_off\\ "), "%50\\%\\_off\\\\%");
    }
}
