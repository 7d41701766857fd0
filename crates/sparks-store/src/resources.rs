//! The resource library: write (upsert by slug), read one, list with filters and facets.

use std::collections::HashMap;

use sparks_core::date::iso_day;
use sparks_core::resource::initiative_candidates;
use sparks_core::{Audience, FacetCount, Page, Pillar, Resource, ResourceDraft, ResourceKind};

use crate::content::{self, Conditions, InitiativeRef, RecordRow, decode, encode, initiatives_of};
use crate::{Db, Result, Sql, Tx};

const KIND: &str = "resource";

/// Which resources a list shows. Every field narrows; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceFilter {
    /// Of this type.
    pub kind: Option<ResourceKind>,
    /// Serving this pillar.
    pub pillar: Option<Pillar>,
    /// Tagged with this topic (case-insensitive).
    pub topic: Option<String>,
    /// Written for this audience.
    pub audience: Option<Audience>,
    /// In this language.
    pub language: Option<String>,
    /// From this initiative (slug).
    pub initiative: Option<String>,
    /// Free text in the title, summary, maker or topics.
    pub q: Option<String>,
}

impl ResourceFilter {
    /// Whether nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        *self == ResourceFilter::default()
    }
}

/// A resource with the initiatives it links to.
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceEntry {
    /// The resource.
    pub resource: Resource,
    /// Initiatives in the directory it comes from.
    pub initiatives: Vec<InitiativeRef>,
}

/// Counts per value of every facet among the resources a filter selects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ResourceFacets {
    /// By type.
    pub kinds: Vec<FacetCount>,
    /// By pillar.
    pub pillars: Vec<FacetCount>,
    /// The most frequent topics.
    pub topics: Vec<FacetCount>,
    /// By audience.
    pub audiences: Vec<FacetCount>,
    /// By language.
    pub languages: Vec<FacetCount>,
}

/// Inserts or replaces (by slug) a resource, in a caller's transaction. Initiatives are
/// linked from the explicit slugs and from those its "made by" text names.
pub async fn upsert_in(tx: &mut Tx, r: &Resource, now: &str) -> Result<()> {
    let id = content::upsert_row(
        tx,
        "resources",
        vec![
            ("slug", r.slug.clone().into()),
            ("kind", r.kind.slug().into()),
            ("language", r.language.clone().into()),
            (
                "published_bound",
                r.published.map(|d| iso_day(d.first_day())).into(),
            ),
            ("sort_key", sparks_core::slug::slugify(&r.title).into()),
            ("search_text", r.search_text().into()),
            ("record", encode(&r.to_draft())?.into()),
        ],
        false,
        now,
    )
    .await?;
    let pillars: Vec<String> = r.pillars.iter().map(|p| p.slug().to_owned()).collect();
    content::replace_tags(tx, KIND, id, "pillar", &pillars).await?;
    let topics: Vec<String> = r.topics.iter().map(|t| t.to_lowercase()).collect();
    content::replace_tags(tx, KIND, id, "topic", &topics).await?;
    let audiences: Vec<String> = r.audiences.iter().map(|a| a.slug().to_owned()).collect();
    content::replace_tags(tx, KIND, id, "audience", &audiences).await?;
    let mut slugs = r.initiatives.clone();
    slugs.extend(
        r.made_by
            .as_deref()
            .map(initiative_candidates)
            .unwrap_or_default(),
    );
    content::link_initiatives(tx, KIND, id, &slugs).await?;
    crate::search::index_in(tx, &sparks_search::SearchDocument::from_resource(r), now).await
}

/// Inserts or replaces one resource in its own transaction.
pub async fn upsert(db: &Db, r: &Resource, now: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    upsert_in(&mut tx, r, now).await?;
    tx.commit().await
}

fn push_where(sql: &mut Sql, f: &ResourceFilter) {
    let mut w = Conditions::new();
    let tag = |sql: &mut Sql, w: &mut Conditions, facet: &str, value: String| {
        w.and(sql)
            .push("EXISTS (SELECT 1 FROM content_tags t WHERE t.kind = 'resource' AND t.item_id = r.id AND t.facet = ")
            .push_arg(facet)
            .push(" AND t.value = ")
            .push_arg(value)
            .push(")");
    };
    if let Some(p) = f.pillar {
        tag(sql, &mut w, "pillar", p.slug().to_owned());
    }
    if let Some(t) = &f.topic {
        tag(sql, &mut w, "topic", t.to_lowercase());
    }
    if let Some(a) = f.audience {
        tag(sql, &mut w, "audience", a.slug().to_owned());
    }
    if let Some(k) = f.kind {
        w.and(sql).push("r.kind = ").push_arg(k.slug());
    }
    if let Some(l) = &f.language {
        w.and(sql).push("r.language = ").push_arg(l.as_str());
    }
    if let Some(i) = &f.initiative {
        w.and(sql)
            .push("EXISTS (SELECT 1 FROM content_initiatives c JOIN initiatives i ON i.id = c.initiative_id WHERE c.kind = 'resource' AND c.item_id = r.id AND i.slug = ")
            .push_arg(i.as_str())
            .push(")");
    }
    w.text(sql, "r", f.q.as_deref());
}

/// The initiatives the rows link to, by row id.
async fn links_of(db: &Db, rows: &[RecordRow]) -> Result<HashMap<i64, Vec<InitiativeRef>>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    initiatives_of(db, KIND, &ids).await
}

fn entry(row: RecordRow, links: &mut HashMap<i64, Vec<InitiativeRef>>) -> Result<ResourceEntry> {
    Ok(ResourceEntry {
        resource: decode(&row.record, ResourceDraft::validate)?,
        initiatives: links.remove(&row.id).unwrap_or_default(),
    })
}

/// One page of resources, newest publication first (undated last).
pub async fn list(
    db: &Db,
    filter: &ResourceFilter,
    page: u32,
    per_page: u32,
) -> Result<Page<ResourceEntry>> {
    let rows = content::fetch_page::<RecordRow>(
        db,
        "resources r",
        "r.id, r.record",
        |sql| push_where(sql, filter),
        "CASE WHEN r.published_bound IS NULL THEN 1 ELSE 0 END, r.published_bound DESC, r.sort_key, r.id",
        page,
        per_page,
    )
    .await?;
    let mut links = links_of(db, &rows.items).await?;
    rows.try_map(|row| entry(row, &mut links))
}

/// The resource with this slug.
pub async fn get(db: &Db, slug: &str) -> Result<Option<ResourceEntry>> {
    let mut sql = Sql::new("SELECT r.id, r.record FROM resources r WHERE r.slug = ");
    sql.push_arg(slug);
    let rows: Vec<RecordRow> = db.fetch_optional(sql).await?.into_iter().collect();
    let mut links = links_of(db, &rows).await?;
    rows.into_iter()
        .map(|row| entry(row, &mut links))
        .next()
        .transpose()
}

/// Every resource, by slug: for export.
pub async fn all(db: &Db) -> Result<Vec<Resource>> {
    let rows = db
        .fetch_all::<RecordRow>(Sql::new("SELECT id, record FROM resources ORDER BY slug"))
        .await?;
    rows.iter()
        .map(|r| decode(&r.record, ResourceDraft::validate))
        .collect()
}

/// How many topics the facet lists at most.
const TOPIC_FACET_LIMIT: i64 = 20;

/// Counts per value of every facet among the resources the filter selects.
pub async fn facets(db: &Db, filter: &ResourceFilter) -> Result<ResourceFacets> {
    let tag_sql = |facet: &str, limit: Option<i64>| {
        let mut sql = Sql::new(
            "SELECT t.value AS value, COUNT(*) AS n FROM content_tags t JOIN resources r ON r.id = t.item_id AND t.kind = 'resource' AND t.facet = ",
        );
        sql.push_arg(facet);
        push_where(&mut sql, filter);
        sql.push(" GROUP BY t.value ORDER BY n DESC, t.value");
        if let Some(l) = limit {
            sql.push(" LIMIT ").push_arg(l);
        }
        sql
    };
    let column_sql = |column: &str| {
        let mut sql = Sql::new(&format!(
            "SELECT r.{column} AS value, COUNT(*) AS n FROM resources r"
        ));
        push_where(&mut sql, filter);
        sql.push(&format!(" GROUP BY r.{column} ORDER BY n DESC, r.{column}"));
        sql
    };
    let label_of = |all: &[(&'static str, &'static str)], v: &str| {
        all.iter()
            .find(|(s, _)| *s == v)
            .map(|(_, l)| (*l).to_owned())
    };
    let kinds: Vec<(&str, &str)> = ResourceKind::ALL
        .iter()
        .map(|k| (k.slug(), k.label()))
        .collect();
    let pillars: Vec<(&str, &str)> = Pillar::ALL.iter().map(|p| (p.slug(), p.label())).collect();
    let audiences: Vec<(&str, &str)> = Audience::ALL
        .iter()
        .map(|a| (a.slug(), a.label()))
        .collect();
    Ok(ResourceFacets {
        kinds: content::facet_counts(db, column_sql("kind"), |v| label_of(&kinds, v)).await?,
        pillars: content::facet_counts(db, tag_sql("pillar", None), |v| label_of(&pillars, v))
            .await?,
        topics: content::facet_counts(db, tag_sql("topic", Some(TOPIC_FACET_LIMIT)), |v| {
            Some(v.to_owned())
        })
        .await?,
        audiences: content::facet_counts(db, tag_sql("audience", None), |v| {
            label_of(&audiences, v)
        })
        .await?,
        languages: content::facet_counts(db, column_sql("language"), |v| {
            Some(sparks_core::vocab::language_name(v))
        })
        .await?,
    })
}
