//! Where a search document's facet values are kept.
//!
//! Most facet values are rows of `search_facets`. An initiative's pillars, countries,
//! programme and start year are not: they are read from the initiative's own tables
//! (`initiatives`, `initiative_pillars`, `initiative_countries`), which hold the same
//! values. Why (issue #20, import speed): those four were 645,000 of the million facet rows
//! of 100,000 initiatives, written twice by every import. Its topics and coordinator stay
//! in `search_facets`, because the facet values are lower-cased in Rust (Unicode), which SQL
//! cannot repeat, and related work looks them up by value in `search_facets_value`.
//!
//! Every read of facet values goes through this module, so that both places are read.

use sparks_search::{DocType, Facet};

use crate::{Db, Result, Sql};

/// The facets of an initiative read from its own tables, not stored in `search_facets`.
const DERIVED: [Facet; 4] = [Facet::Pillar, Facet::Country, Facet::Programme, Facet::Year];

/// Whether a document's value of `facet` is a row of `search_facets` (`false` for the
/// facets an initiative's own tables hold: see the module's comment).
pub(super) fn is_stored(doc_type: DocType, facet: Facet) -> bool {
    doc_type != DocType::Initiative || !DERIVED.contains(&facet)
}

/// Columns for a query of `search_documents d` with [`super::INITIATIVE_JOIN`]: an initiative's
/// counted facets from its own tables (`NULL` for other documents). [`FacetColumns`] reads
/// them.
pub(super) const DERIVED_COLUMNS: &str = "i.programme AS programme, CAST(i.start_year AS BIGINT) AS start_year, \
     (SELECT string_agg(p.pillar, ',') FROM initiative_pillars p \
      WHERE p.initiative_id = i.id) AS pillars, \
     (SELECT string_agg(c.country, ',') FROM initiative_countries c \
      WHERE c.initiative_id = i.id) AS countries";

/// [`DERIVED_COLUMNS`] as read from a row.
#[derive(Debug, Default, sqlx::FromRow)]
pub(super) struct FacetColumns {
    programme: Option<String>,
    start_year: Option<i64>,
    /// Comma-separated (pillar slugs hold no comma).
    pillars: Option<String>,
    /// Comma-separated country codes; a country of both the coordinator and a partner
    /// comes twice.
    countries: Option<String>,
}

impl FacetColumns {
    /// The (facet, value) pairs these columns hold, each once: the pillars, the countries,
    /// the programme, the year.
    pub(super) fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs: Vec<(&'static str, String)> = Vec::new();
        let list = |text: &Option<String>| -> Vec<String> {
            text.as_deref()
                .unwrap_or("")
                .split(',')
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
                .collect()
        };
        for pillar in list(&self.pillars) {
            pairs.push((Facet::Pillar.slug(), pillar));
        }
        for country in list(&self.countries) {
            if !pairs
                .iter()
                .any(|(f, v)| *f == Facet::Country.slug() && *v == country)
            {
                pairs.push((Facet::Country.slug(), country));
            }
        }
        if let Some(p) = &self.programme {
            pairs.push((Facet::Programme.slug(), p.clone()));
        }
        if let Some(y) = self.start_year {
            pairs.push((Facet::Year.slug(), y.to_string()));
        }
        pairs
    }
}

/// Appends ` AND` and the condition that the document `d` (an alias of `search_documents`)
/// has the value `value` of `facet`, wherever it is kept.
pub(super) fn push_has_value(sql: &mut Sql, facet: Facet, value: &str) {
    sql.push(
        " AND (EXISTS (SELECT 1 FROM search_facets f WHERE f.document_id = d.id AND f.facet = ",
    )
    .push_arg(facet.slug())
    .push(" AND f.value = ")
    .push_arg(value.to_owned())
    .push(")");
    let initiative = " OR (d.doc_type = 'initiative' AND EXISTS (SELECT 1 FROM initiatives i ";
    match facet {
        Facet::Pillar => {
            sql.push(initiative)
                .push("JOIN initiative_pillars p ON p.initiative_id = i.id WHERE i.slug = d.slug AND p.pillar = ")
                .push_arg(value.to_owned())
                .push("))");
        }
        Facet::Country => {
            sql.push(initiative)
                .push("JOIN initiative_countries c ON c.initiative_id = i.id WHERE i.slug = d.slug AND c.country = ")
                .push_arg(value.to_owned())
                .push("))");
        }
        Facet::Programme => {
            sql.push(initiative)
                .push("WHERE i.slug = d.slug AND i.programme = ")
                .push_arg(value.to_owned())
                .push("))");
        }
        // The year is a number there; a value that is not one matches no initiative.
        Facet::Year => {
            if let Ok(year) = value.parse::<i64>() {
                sql.push(initiative)
                    .push("WHERE i.slug = d.slug AND i.start_year = ")
                    .push_arg(year)
                    .push("))");
            }
        }
        Facet::Topic | Facet::Coordinator => {}
    }
    sql.push(")");
}

#[derive(sqlx::FromRow)]
struct StoredRow {
    facet: String,
    value: String,
}

/// Every facet value of the document `id`, wherever it is kept, as (facet, value).
pub(super) async fn of_document(db: &Db, id: i64) -> Result<Vec<(String, String)>> {
    let mut sql = Sql::new("SELECT facet, value FROM search_facets WHERE document_id = ");
    sql.push_arg(id);
    let mut all: Vec<(String, String)> = db
        .fetch_all::<StoredRow>(sql)
        .await?
        .into_iter()
        .map(|r| (r.facet, r.value))
        .collect();
    let mut sql = Sql::new("SELECT ");
    sql.push(DERIVED_COLUMNS)
        .push(" FROM search_documents d")
        .push(super::INITIATIVE_JOIN)
        .push(" WHERE d.id = ")
        .push_arg(id);
    if let Some(derived) = db.fetch_optional::<FacetColumns>(sql).await? {
        all.extend(derived.pairs().into_iter().map(|(f, v)| (f.to_owned(), v)));
    }
    Ok(all)
}

#[derive(sqlx::FromRow)]
struct CountryRow {
    id: i64,
    value: String,
}

#[derive(sqlx::FromRow)]
struct SlugRow {
    id: i64,
    doc_type: String,
    slug: String,
}

/// Which of the documents `ids` have which of the `countries`, as (document, country), each
/// pair once, in order.
pub(super) async fn countries_among(
    db: &Db,
    ids: impl Iterator<Item = i64> + Clone,
    countries: &[&str],
) -> Result<Vec<(i64, String)>> {
    // Every country of the documents, filtered here, in plain look-ups by key: with a
    // condition on the country, or on the type and the ids at once, SQLite may start from an
    // index that holds a third of all documents instead of from the few asked for.
    let mut sql = Sql::new(
        "SELECT document_id AS id, value FROM search_facets WHERE facet = 'country' \
         AND document_id IN ",
    );
    sql.push_in_list(ids.clone());
    let mut pairs: Vec<(i64, String)> = db
        .fetch_all::<CountryRow>(sql)
        .await?
        .into_iter()
        .map(|r| (r.id, r.value))
        .collect();
    let mut sql = Sql::new("SELECT id, doc_type, slug FROM search_documents WHERE id IN ");
    sql.push_in_list(ids);
    let initiatives: std::collections::HashMap<String, i64> = db
        .fetch_all::<SlugRow>(sql)
        .await?
        .into_iter()
        .filter(|r| r.doc_type == DocType::Initiative.slug())
        .map(|r| (r.slug, r.id))
        .collect();
    if !initiatives.is_empty() {
        let mut sql = Sql::new(
            "SELECT i.slug AS slug, c.country AS value FROM initiatives i \
             JOIN initiative_countries c ON c.initiative_id = i.id WHERE i.slug IN ",
        );
        sql.push_in_list(initiatives.keys().map(String::as_str));
        for r in db.fetch_all::<InitiativeCountryRow>(sql).await? {
            if let Some(id) = initiatives.get(&r.slug) {
                pairs.push((*id, r.value));
            }
        }
    }
    pairs.retain(|(_, country)| countries.contains(&country.as_str()));
    pairs.sort_unstable();
    pairs.dedup();
    Ok(pairs)
}

#[derive(sqlx::FromRow)]
struct InitiativeCountryRow {
    slug: String,
    value: String,
}
