//! The initiative repository: write (upsert by slug), read one, list with filters and facets.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use sparks_core::date::iso_day;
use sparks_core::{
    Country, FacetCount, Facets, Initiative, InitiativeKind, InitiativeSummary, Page, PartialDate,
    Pillar, Programme, Status,
};
use time::Date;

use crate::{Db, Result, Sql, StoreError, Tx};

/// Which initiatives a list shows. Every field narrows; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InitiativeFilter {
    /// Works in this pillar.
    pub pillar: Option<Pillar>,
    /// Funded by this programme.
    pub programme: Option<Programme>,
    /// Of this kind.
    pub kind: Option<InitiativeKind>,
    /// With the coordinator or a partner in this country.
    pub country: Option<Country>,
    /// With this status today.
    pub status: Option<Status>,
    /// Started in this year.
    pub year: Option<i32>,
    /// Tagged with this topic (exact, case-insensitive).
    pub topic: Option<String>,
    /// Free text found in the acronym, title, summary, topics or coordinator.
    pub q: Option<String>,
}

impl InitiativeFilter {
    /// Whether nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        *self == InitiativeFilter::default()
    }
}

/// Order of a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// By acronym, A to Z.
    #[default]
    Name,
    /// Latest start first; undated last.
    Newest,
    /// Most recently added to Sparks first.
    Recent,
}

impl Sort {
    /// Every order, for the sort control.
    pub const ALL: [Sort; 3] = [Sort::Name, Sort::Newest, Sort::Recent];

    /// The URL value.
    pub fn slug(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Newest => "newest",
            Sort::Recent => "recent",
        }
    }

    /// The label on the sort control.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Name => "Name (A–Z)",
            Sort::Newest => "Start date (newest first)",
            Sort::Recent => "Recently added",
        }
    }

    fn order_by(self) -> &'static str {
        match self {
            Sort::Name => " ORDER BY i.sort_key, i.id",
            Sort::Newest => {
                " ORDER BY CASE WHEN i.start_bound IS NULL THEN 1 ELSE 0 END, i.start_bound DESC, i.sort_key, i.id"
            }
            Sort::Recent => " ORDER BY i.created_at DESC, i.id DESC",
        }
    }
}

/// A page request for the directory.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeQuery {
    /// What to show.
    pub filter: InitiativeFilter,
    /// In which order.
    pub sort: Sort,
    /// Page number, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

/// Lists kept as JSON in the `details` column: read whole, never filtered on.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Details {
    sources: Vec<String>,
    field_sources: BTreeMap<String, Vec<String>>,
    sparks_urls: Vec<String>,
}

/// Inserts the initiative, or replaces the one with the same slug (keeping when it was first
/// added). Runs in its own transaction.
pub async fn upsert(db: &Db, initiative: &Initiative, now: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    upsert_in(&mut tx, initiative, now).await?;
    tx.commit().await
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// [`upsert`] inside a caller's transaction, for bulk loads. The search index is updated in
/// the same transaction.
pub async fn upsert_in(tx: &mut Tx, i: &Initiative, now: &str) -> Result<()> {
    let details = Details {
        sources: i.sources.iter().map(ToString::to_string).collect(),
        field_sources: i.field_sources.clone(),
        sparks_urls: i.sparks_urls.iter().map(ToString::to_string).collect(),
    };
    let details =
        serde_json::to_string(&details).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let mut sql = Sql::new(
        "INSERT INTO initiatives (slug, acronym, title, summary, kind, programme, programme_original, \
         grant_id, start_date, end_date, start_bound, end_bound, start_year, coordinator, \
         coordinator_country, website, cordis_url, eu_contribution_eur, notes, featured, details, \
         sort_key, search_text, created_at, updated_at) VALUES (",
    );
    let values: Vec<crate::Arg> = vec![
        i.slug.clone().into(),
        i.acronym.clone().into(),
        i.title.clone().into(),
        i.summary.clone().into(),
        i.kind.slug().into(),
        i.programme.slug().into(),
        i.programme_original.clone().into(),
        i.grant_id.clone().into(),
        i.start_date.map(|d| d.to_string()).into(),
        i.end_date.map(|d| d.to_string()).into(),
        i.start_date.map(|d| iso_day(d.first_day())).into(),
        i.end_date.map(|d| iso_day(d.last_day())).into(),
        i.start_date.map(|d| i64::from(d.year())).into(),
        i.coordinator.clone().into(),
        i.coordinator_country.map(|c| c.code().to_owned()).into(),
        i.website.as_ref().map(ToString::to_string).into(),
        i.cordis_url.as_ref().map(ToString::to_string).into(),
        i.eu_contribution_eur.into(),
        i.notes.clone().into(),
        i.featured.into(),
        details.into(),
        sort_key(&i.acronym).into(),
        i.search_text().into(),
        now.into(),
        now.into(),
    ];
    let placeholders: Vec<String> = values.into_iter().map(|v| sql.arg(v)).collect();
    sql.push(&placeholders.join(", "));
    sql.push(
        ") ON CONFLICT (slug) DO UPDATE SET acronym = excluded.acronym, title = excluded.title, \
         summary = excluded.summary, kind = excluded.kind, programme = excluded.programme, \
         programme_original = excluded.programme_original, grant_id = excluded.grant_id, \
         start_date = excluded.start_date, end_date = excluded.end_date, \
         start_bound = excluded.start_bound, end_bound = excluded.end_bound, \
         start_year = excluded.start_year, coordinator = excluded.coordinator, \
         coordinator_country = excluded.coordinator_country, website = excluded.website, \
         cordis_url = excluded.cordis_url, eu_contribution_eur = excluded.eu_contribution_eur, \
         notes = excluded.notes, featured = excluded.featured, details = excluded.details, \
         sort_key = excluded.sort_key, search_text = excluded.search_text, \
         updated_at = excluded.updated_at RETURNING id",
    );
    let IdRow { id } = tx.fetch_one(sql).await?;

    for table in [
        "initiative_pillars",
        "initiative_countries",
        "initiative_topics",
    ] {
        let mut del = Sql::new(&format!("DELETE FROM {table} WHERE initiative_id = "));
        del.push_arg(id);
        tx.execute(del).await?;
    }
    for p in &i.pillars {
        let mut ins = Sql::new("INSERT INTO initiative_pillars (initiative_id, pillar) VALUES (");
        ins.push_arg(id).push(", ").push_arg(p.slug()).push(")");
        tx.execute(ins).await?;
    }
    let countries = i
        .coordinator_country
        .iter()
        .map(|c| (c, "coordinator"))
        .chain(i.partner_countries.iter().map(|c| (c, "partner")));
    for (position, (country, role)) in countries.enumerate() {
        let mut ins = Sql::new(
            "INSERT INTO initiative_countries (initiative_id, country, role, position) VALUES (",
        );
        ins.push_arg(id)
            .push(", ")
            .push_arg(country.code())
            .push(", ")
            .push_arg(role)
            .push(", ")
            .push_arg(position as i64)
            .push(")");
        tx.execute(ins).await?;
    }
    for (position, topic) in i.topics.iter().enumerate() {
        let mut ins =
            Sql::new("INSERT INTO initiative_topics (initiative_id, position, topic) VALUES (");
        ins.push_arg(id)
            .push(", ")
            .push_arg(position as i64)
            .push(", ")
            .push_arg(topic.as_str())
            .push(")");
        tx.execute(ins).await?;
    }
    crate::search::index_in(tx, &sparks_search::SearchDocument::from_initiative(i), now).await
}

/// The key the directory sorts by: the acronym folded to lower-case ASCII, so that both
/// backends order alike.
fn sort_key(acronym: &str) -> String {
    let folded = sparks_core::slug::slugify(acronym);
    if folded.is_empty() {
        acronym.to_lowercase()
    } else {
        folded
    }
}

#[derive(sqlx::FromRow)]
struct InitiativeRow {
    id: i64,
    slug: String,
    acronym: String,
    title: String,
    summary: String,
    kind: String,
    programme: String,
    programme_original: Option<String>,
    grant_id: Option<String>,
    start_date: Option<String>,
    end_date: Option<String>,
    coordinator: Option<String>,
    website: Option<String>,
    cordis_url: Option<String>,
    eu_contribution_eur: Option<i64>,
    notes: Option<String>,
    featured: bool,
    details: String,
}

#[derive(sqlx::FromRow)]
struct CountryRow {
    initiative_id: i64,
    country: String,
    role: String,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    initiative_id: i64,
    value: String,
}

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

fn parse_date(v: Option<String>) -> Result<Option<PartialDate>> {
    v.map(|s| s.parse().map_err(|e| corrupt("date", e)))
        .transpose()
}

fn parse_url(v: Option<String>) -> Result<Option<url::Url>> {
    v.map(|s| url::Url::parse(&s).map_err(|e| corrupt("url", e)))
        .transpose()
}

/// The initiative with this slug, if there is one.
pub async fn get(db: &Db, slug: &str) -> Result<Option<Initiative>> {
    let mut sql = Sql::new(
        "SELECT id, slug, acronym, title, summary, kind, programme, programme_original, grant_id, \
         start_date, end_date, coordinator, website, cordis_url, eu_contribution_eur, notes, \
         featured, details FROM initiatives WHERE slug = ",
    );
    sql.push_arg(slug);
    let Some(row) = db.fetch_optional::<InitiativeRow>(sql).await? else {
        return Ok(None);
    };
    let mut all = hydrate(db, vec![row]).await?;
    Ok(all.pop())
}

/// Every initiative, by slug: for export.
pub async fn all(db: &Db) -> Result<Vec<Initiative>> {
    let sql = Sql::new(
        "SELECT id, slug, acronym, title, summary, kind, programme, programme_original, grant_id, \
         start_date, end_date, coordinator, website, cordis_url, eu_contribution_eur, notes, \
         featured, details FROM initiatives ORDER BY slug",
    );
    let rows = db.fetch_all::<InitiativeRow>(sql).await?;
    hydrate(db, rows).await
}

/// Turns rows into full initiatives, loading their lists in one query per table.
async fn hydrate(db: &Db, rows: Vec<InitiativeRow>) -> Result<Vec<Initiative>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let pillars = pillars_of(db, &ids).await?;
    let countries = countries_of(db, &ids).await?;
    let mut topics: HashMap<i64, Vec<String>> = HashMap::new();
    let mut sql = Sql::new(
        "SELECT initiative_id, topic AS value FROM initiative_topics WHERE initiative_id IN ",
    );
    sql.push_in_list(ids.iter().copied())
        .push(" ORDER BY initiative_id, position");
    for r in db.fetch_all::<ValueRow>(sql).await? {
        topics.entry(r.initiative_id).or_default().push(r.value);
    }

    rows.into_iter()
        .map(|row| {
            let details: Details =
                serde_json::from_str(&row.details).map_err(|e| corrupt("details", e))?;
            let urls = |v: Vec<String>| -> Result<Vec<url::Url>> {
                v.iter()
                    .map(|s| url::Url::parse(s).map_err(|e| corrupt("url", e)))
                    .collect()
            };
            let (coordinator_country, partner_countries) =
                countries.get(&row.id).cloned().unwrap_or_default();
            Ok(Initiative {
                kind: row.kind.parse().map_err(|e| corrupt("kind", e))?,
                programme: row.programme.parse().map_err(|e| corrupt("programme", e))?,
                start_date: parse_date(row.start_date)?,
                end_date: parse_date(row.end_date)?,
                website: parse_url(row.website)?,
                cordis_url: parse_url(row.cordis_url)?,
                sources: urls(details.sources)?,
                sparks_urls: urls(details.sparks_urls)?,
                field_sources: details.field_sources,
                pillars: pillars.get(&row.id).cloned().unwrap_or_default(),
                topics: topics.remove(&row.id).unwrap_or_default(),
                coordinator_country,
                partner_countries,
                slug: row.slug,
                acronym: row.acronym,
                title: row.title,
                summary: row.summary,
                programme_original: row.programme_original,
                grant_id: row.grant_id,
                coordinator: row.coordinator,
                eu_contribution_eur: row.eu_contribution_eur,
                notes: row.notes,
                featured: row.featured,
            })
        })
        .collect()
}

async fn pillars_of(db: &Db, ids: &[i64]) -> Result<HashMap<i64, Vec<Pillar>>> {
    let mut sql = Sql::new(
        "SELECT initiative_id, pillar AS value FROM initiative_pillars WHERE initiative_id IN ",
    );
    sql.push_in_list(ids.iter().copied());
    let mut map: HashMap<i64, Vec<Pillar>> = HashMap::new();
    for r in db.fetch_all::<ValueRow>(sql).await? {
        map.entry(r.initiative_id)
            .or_default()
            .push(r.value.parse().map_err(|e| corrupt("pillar", e))?);
    }
    for pillars in map.values_mut() {
        pillars.sort();
    }
    Ok(map)
}

/// Coordinator country and partner countries per initiative, in their recorded order.
async fn countries_of(
    db: &Db,
    ids: &[i64],
) -> Result<HashMap<i64, (Option<Country>, Vec<Country>)>> {
    let mut sql = Sql::new(
        "SELECT initiative_id, country, role FROM initiative_countries WHERE initiative_id IN ",
    );
    sql.push_in_list(ids.iter().copied())
        .push(" ORDER BY initiative_id, position");
    let mut map: HashMap<i64, (Option<Country>, Vec<Country>)> = HashMap::new();
    for r in db.fetch_all::<CountryRow>(sql).await? {
        let country = Country::from_code(&r.country).map_err(|e| corrupt("country", e))?;
        let entry = map.entry(r.initiative_id).or_default();
        if r.role == "coordinator" {
            entry.0 = Some(country);
        } else {
            entry.1.push(country);
        }
    }
    Ok(map)
}

/// The SQL condition equivalent to [`Status::derive`] (kept in step by a test).
fn status_condition(sql: &mut Sql, status: Status, today: &str) {
    let t = sql.arg(today);
    let not_ended = format!("(i.end_bound IS NULL OR i.end_bound >= {t})");
    let condition = match status {
        Status::Completed => format!("i.end_bound < {t}"),
        Status::Planned => format!("{not_ended} AND i.start_bound > {t}"),
        Status::Ongoing => format!(
            "{not_ended} AND ((i.start_bound IS NOT NULL AND i.start_bound <= {t}) \
             OR (i.start_bound IS NULL AND i.end_bound IS NOT NULL))"
        ),
        Status::Unknown => "i.start_bound IS NULL AND i.end_bound IS NULL".to_owned(),
    };
    sql.push(&format!("({condition})"));
}

/// The SQL expression giving the status slug of row `i`, for the status facet.
fn status_expression(sql: &mut Sql, today: &str) -> String {
    let t = sql.arg(today);
    format!(
        "CASE WHEN i.end_bound < {t} THEN 'completed' \
         WHEN i.start_bound > {t} THEN 'planned' \
         WHEN i.start_bound IS NOT NULL OR i.end_bound IS NOT NULL THEN 'ongoing' \
         ELSE 'unknown' END"
    )
}

/// Escapes `%`, `_` and `\` so user text matches literally in `LIKE ... ESCAPE '\'`.
fn like_pattern(text: &str) -> String {
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

/// Appends ` WHERE ...` for the filter (or nothing when it is empty).
fn push_where(sql: &mut Sql, filter: &InitiativeFilter, today: &str) {
    let mut first = true;
    let mut and = |sql: &mut Sql| {
        sql.push(if first { " WHERE " } else { " AND " });
        first = false;
    };
    if let Some(p) = filter.pillar {
        and(sql);
        sql.push("EXISTS (SELECT 1 FROM initiative_pillars fp WHERE fp.initiative_id = i.id AND fp.pillar = ")
            .push_arg(p.slug())
            .push(")");
    }
    if let Some(c) = filter.country {
        and(sql);
        sql.push("EXISTS (SELECT 1 FROM initiative_countries fc WHERE fc.initiative_id = i.id AND fc.country = ")
            .push_arg(c.code())
            .push(")");
    }
    if let Some(t) = &filter.topic {
        and(sql);
        sql.push("EXISTS (SELECT 1 FROM initiative_topics ft WHERE ft.initiative_id = i.id AND LOWER(ft.topic) = ")
            .push_arg(t.to_lowercase())
            .push(")");
    }
    if let Some(p) = filter.programme {
        and(sql);
        sql.push("i.programme = ").push_arg(p.slug());
    }
    if let Some(k) = filter.kind {
        and(sql);
        sql.push("i.kind = ").push_arg(k.slug());
    }
    if let Some(y) = filter.year {
        and(sql);
        sql.push("i.start_year = ").push_arg(i64::from(y));
    }
    if let Some(s) = filter.status {
        and(sql);
        status_condition(sql, s, today);
    }
    if let Some(q) = filter
        .q
        .as_deref()
        .filter(|q| !q.trim().trim_matches('\0').is_empty())
    {
        and(sql);
        sql.push("i.search_text LIKE ")
            .push_arg(like_pattern(q))
            .push(" ESCAPE '\\'");
    }
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: i64,
    slug: String,
    acronym: String,
    title: String,
    summary: String,
    programme: String,
    start_date: Option<String>,
    end_date: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

/// One page of the directory.
pub async fn list(
    db: &Db,
    query: &InitiativeQuery,
    today: Date,
) -> Result<Page<InitiativeSummary>> {
    let today_text = iso_day(today);
    let per_page = query.per_page.max(1);
    let page = query.page.max(1);

    let mut count = Sql::new("SELECT COUNT(*) AS n FROM initiatives i");
    push_where(&mut count, &query.filter, &today_text);
    let total = db
        .fetch_optional::<CountRow>(count)
        .await?
        .map_or(0, |r| r.n);

    let mut sql = Sql::new(
        "SELECT i.id, i.slug, i.acronym, i.title, i.summary, i.programme, i.start_date, i.end_date \
         FROM initiatives i",
    );
    push_where(&mut sql, &query.filter, &today_text);
    sql.push(query.sort.order_by());
    sql.push(" LIMIT ")
        .push_arg(i64::from(per_page))
        .push(" OFFSET ")
        .push_arg(i64::from(page - 1) * i64::from(per_page));
    let rows = db.fetch_all::<SummaryRow>(sql).await?;
    let items = summaries(db, rows, today).await?;
    Ok(Page {
        items,
        total: u64::try_from(total).unwrap_or(0),
        page,
        per_page,
    })
}

/// The most recently added initiatives.
pub async fn latest(db: &Db, limit: u32, today: Date) -> Result<Vec<InitiativeSummary>> {
    let query = InitiativeQuery {
        filter: InitiativeFilter::default(),
        sort: Sort::Recent,
        page: 1,
        per_page: limit,
    };
    Ok(list(db, &query, today).await?.items)
}

async fn summaries(db: &Db, rows: Vec<SummaryRow>, today: Date) -> Result<Vec<InitiativeSummary>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut pillars = pillars_of(db, &ids).await?;
    let mut countries = countries_of(db, &ids).await?;
    rows.into_iter()
        .map(|r| {
            let start_date = parse_date(r.start_date)?;
            let end_date = parse_date(r.end_date)?;
            let (coordinator, partners) = countries.remove(&r.id).unwrap_or_default();
            let mut all: Vec<Country> = coordinator.into_iter().collect();
            all.extend(partners.into_iter().filter(|c| Some(*c) != coordinator));
            Ok(InitiativeSummary {
                programme: r.programme.parse().map_err(|e| corrupt("programme", e))?,
                status: Status::derive(start_date, end_date, today),
                pillars: pillars.remove(&r.id).unwrap_or_default(),
                countries: all,
                start_date,
                end_date,
                slug: r.slug,
                acronym: r.acronym,
                title: r.title,
                summary: r.summary,
            })
        })
        .collect()
}

#[derive(sqlx::FromRow)]
struct FacetRow {
    value: Option<String>,
    n: i64,
}

#[derive(sqlx::FromRow)]
struct YearRow {
    value: Option<i64>,
    n: i64,
}

/// How many topics the topic facet lists at most: there are hundreds of rare ones.
const TOPIC_FACET_LIMIT: i64 = 25;

/// Counts per value of every facet, among the initiatives the filter selects.
pub async fn facets(db: &Db, filter: &InitiativeFilter, today: Date) -> Result<Facets> {
    let today_text = iso_day(today);
    let grouped = |select_from: &str, group: &str, order: &str| {
        let mut sql = Sql::new(select_from);
        push_where(&mut sql, filter, &today_text);
        sql.push(group).push(order);
        sql
    };
    let count = |r: &FacetRow| u64::try_from(r.n).unwrap_or(0);

    let pillar_rows = db
        .fetch_all::<FacetRow>(grouped(
            "SELECT p.pillar AS value, COUNT(*) AS n FROM initiative_pillars p JOIN initiatives i ON i.id = p.initiative_id",
            " GROUP BY p.pillar",
            "",
        ))
        .await?;
    let pillars = Pillar::ALL
        .iter()
        .filter_map(|p| {
            let row = pillar_rows
                .iter()
                .find(|r| r.value.as_deref() == Some(p.slug()))?;
            Some(FacetCount {
                value: p.slug().into(),
                label: p.label().into(),
                count: count(row),
            })
        })
        .collect();

    let programme_rows = db
        .fetch_all::<FacetRow>(grouped(
            "SELECT i.programme AS value, COUNT(*) AS n FROM initiatives i",
            " GROUP BY i.programme",
            "",
        ))
        .await?;
    let programmes = Programme::ALL
        .iter()
        .filter_map(|p| {
            let row = programme_rows
                .iter()
                .find(|r| r.value.as_deref() == Some(p.slug()))?;
            Some(FacetCount {
                value: p.slug().into(),
                label: p.label().into(),
                count: count(row),
            })
        })
        .collect();

    let kind_rows = db
        .fetch_all::<FacetRow>(grouped(
            "SELECT i.kind AS value, COUNT(*) AS n FROM initiatives i",
            " GROUP BY i.kind",
            "",
        ))
        .await?;
    let kinds = InitiativeKind::ALL
        .iter()
        .filter_map(|k| {
            let row = kind_rows
                .iter()
                .find(|r| r.value.as_deref() == Some(k.slug()))?;
            Some(FacetCount {
                value: k.slug().into(),
                label: k.label().into(),
                count: count(row),
            })
        })
        .collect();

    // COUNT(DISTINCT ...) because an initiative may list a country as coordinator and partner.
    let country_rows = db
        .fetch_all::<FacetRow>(grouped(
            "SELECT c.country AS value, COUNT(DISTINCT c.initiative_id) AS n FROM initiative_countries c JOIN initiatives i ON i.id = c.initiative_id",
            " GROUP BY c.country",
            "",
        ))
        .await?;
    let mut countries: Vec<FacetCount> = country_rows
        .iter()
        .filter_map(|r| {
            let c = Country::from_code(r.value.as_deref()?).ok()?;
            Some(FacetCount {
                value: c.code().into(),
                label: c.name().into(),
                count: count(r),
            })
        })
        .collect();
    countries.sort_by(|a, b| a.label.cmp(&b.label));

    let mut status_sql = Sql::new("");
    let expression = status_expression(&mut status_sql, &today_text);
    status_sql.push(&format!(
        "SELECT {expression} AS value, COUNT(*) AS n FROM initiatives i"
    ));
    push_where(&mut status_sql, filter, &today_text);
    status_sql.push(" GROUP BY 1");
    let status_rows = db.fetch_all::<FacetRow>(status_sql).await?;
    let statuses = Status::ALL
        .iter()
        .filter_map(|s| {
            let row = status_rows
                .iter()
                .find(|r| r.value.as_deref() == Some(s.slug()))?;
            Some(FacetCount {
                value: s.slug().into(),
                label: s.label().into(),
                count: count(row),
            })
        })
        .collect();

    let year_rows = db
        .fetch_all::<YearRow>(grouped(
            "SELECT i.start_year AS value, COUNT(*) AS n FROM initiatives i",
            " GROUP BY i.start_year",
            " ORDER BY i.start_year DESC",
        ))
        .await?;
    let years = year_rows
        .iter()
        .filter_map(|r| {
            let y = r.value?;
            Some(FacetCount {
                value: y.to_string(),
                label: y.to_string(),
                count: u64::try_from(r.n).unwrap_or(0),
            })
        })
        .collect();

    let mut topic_sql = Sql::new(
        "SELECT LOWER(t.topic) AS value, COUNT(DISTINCT t.initiative_id) AS n FROM initiative_topics t JOIN initiatives i ON i.id = t.initiative_id",
    );
    push_where(&mut topic_sql, filter, &today_text);
    topic_sql
        .push(" GROUP BY LOWER(t.topic) ORDER BY n DESC, value LIMIT ")
        .push_arg(TOPIC_FACET_LIMIT);
    let topics = db
        .fetch_all::<FacetRow>(topic_sql)
        .await?
        .iter()
        .filter_map(|r| {
            let v = r.value.clone()?;
            Some(FacetCount {
                label: v.clone(),
                value: v,
                count: count(r),
            })
        })
        .collect();

    Ok(Facets {
        pillars,
        programmes,
        kinds,
        countries,
        statuses,
        years,
        topics,
    })
}

/// How many initiatives there are in all.
pub async fn count(db: &Db) -> Result<u64> {
    let row = db
        .fetch_optional::<CountRow>(Sql::new("SELECT COUNT(*) AS n FROM initiatives"))
        .await?;
    Ok(row.map_or(0, |r| u64::try_from(r.n).unwrap_or(0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_patterns_match_literally() {
        assert_eq!(like_pattern(" 50%_off\\ "), "%50\\%\\_off\\\\%");
    }
}
