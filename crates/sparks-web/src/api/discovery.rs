//! Search, related work and the landscape in the JSON API. Registered with the other API
//! routes in [`crate::api::routes()`].

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sparks_core::Country;
use sparks_search::DocType;
use sparks_store::search::{self, Related};
use sparks_views::Locale;
use utoipa::ToSchema;

use crate::present::landscape::{self, Matrix};
use crate::query::params::Mode;
use crate::query::search::{self as search_query, SearchParams};
use crate::{AppState, WebError};

/// One search hit.
#[derive(Serialize, ToSchema)]
pub struct SearchHitItem {
    /// Content type (`initiative`).
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Slug, unique within the type.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Short name, if any.
    pub acronym: Option<String>,
    /// HTML: an excerpt, escaped, with the matched words in `<mark>`.
    pub snippet: String,
    /// Relevance, higher is better; comparable within one response only.
    pub score: f64,
    /// The HTML page.
    pub url: String,
}

/// How many hits carry one value of a facet.
#[derive(Serialize, ToSchema)]
pub struct FacetItem {
    /// The value as it goes in the URL.
    pub value: String,
    /// The value as people read it.
    pub label: String,
    /// Number of hits.
    pub count: u64,
}

/// Facet counts among all hits.
#[derive(Serialize, ToSchema)]
pub struct SearchFacetsItem {
    /// By content type.
    #[serde(rename = "type")]
    pub types: Vec<FacetItem>,
    /// By pillar.
    pub pillar: Vec<FacetItem>,
    /// By programme.
    pub programme: Vec<FacetItem>,
    /// By country.
    pub country: Vec<FacetItem>,
    /// By year.
    pub year: Vec<FacetItem>,
}

/// A query word read as other indexed words.
#[derive(Serialize, ToSchema)]
pub struct Correction {
    /// The word as typed (folded).
    pub word: String,
    /// The index terms searched instead.
    pub terms: Vec<String>,
}

/// A page of search results.
#[derive(Serialize, ToSchema)]
pub struct SearchResponse {
    /// The hits, best first: those with every word, then those with some.
    pub hits: Vec<SearchHitItem>,
    /// Documents matching at least one word.
    pub total: u64,
    /// Documents matching every word.
    pub total_all_words: u64,
    /// This page.
    pub page: u32,
    /// Hits per page.
    pub per_page: u32,
    /// Counts per facet value.
    pub facets: SearchFacetsItem,
    /// Misspelt words and what they were read as.
    pub corrected: Vec<Correction>,
    /// Words found in no document (left out).
    pub unmatched: Vec<String>,
    /// Whether part of a very long query was ignored.
    pub truncated: bool,
    /// When the query reads as someone looking for help (in any of the five languages):
    /// the way to help, to show before the hits. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<HelpNow>,
}

/// The way to help, shown before search results.
#[derive(Serialize, ToSchema)]
pub struct HelpNow {
    /// "Get help now".
    pub title: String,
    /// The help page: helplines, reporting hotlines and support, by country.
    pub url: String,
}

fn facet_items(counts: &[sparks_core::FacetCount]) -> Vec<FacetItem> {
    counts
        .iter()
        .map(|f| FacetItem {
            value: f.value.clone(),
            label: f.label.clone(),
            count: f.count,
        })
        .collect()
}

/// Search everything: initiatives today, every public content type as they arrive.
#[utoipa::path(
    get,
    path = "/api/v1/search",
    tag = "search",
    params(SearchParams),
    responses(
        (status = 200, description = "Hits with snippets and facet counts", body = SearchResponse),
        (status = 400, description = "A filter is not valid; `parameter` names it", body = crate::api::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn search_everything(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let request = search_query::parse(raw.as_deref(), Mode::Api)?;
    let r = search::search_in(state.db(), &*state.search_index().await?, &request).await?;
    Ok(Json(SearchResponse {
        hits: r
            .hits
            .iter()
            .map(|h| SearchHitItem {
                doc_type: h.doc_type.slug().to_owned(),
                slug: h.slug.clone(),
                title: h.title.clone(),
                acronym: h.acronym.clone(),
                snippet: h.snippet.as_html().to_owned(),
                score: (h.score * 10_000.0).round() / 10_000.0,
                url: h.doc_type.href(&h.slug),
            })
            .collect(),
        total: r.total,
        total_all_words: r.total_complete,
        page: r.page,
        per_page: r.per_page,
        facets: SearchFacetsItem {
            types: facet_items(&r.facets.types),
            pillar: facet_items(&r.facets.pillars),
            programme: facet_items(&r.facets.programmes),
            country: facet_items(&r.facets.countries),
            year: facet_items(&r.facets.years),
        },
        corrected: r
            .corrected
            .iter()
            .map(|(word, terms)| Correction {
                word: word.clone(),
                terms: terms.clone(),
            })
            .collect(),
        unmatched: r.unmatched.clone(),
        truncated: r.truncated,
        help: sparks_search::seeks_help(&request.q).then(|| HelpNow {
            title: "Get help now".to_owned(),
            url: "/help".to_owned(),
        }),
    })
    .into_response())
}

/// Why an item is related.
#[derive(Serialize, ToSchema)]
pub struct ReasonsItem {
    /// Topics both carry.
    pub shared_topics: Vec<String>,
    /// Countries both involve (ISO 3166-1 alpha-2).
    pub shared_countries: Vec<String>,
    /// The coordinator both share.
    pub same_coordinator: Option<String>,
    /// Distinctive words of the one found in the other's text.
    pub similar_words: Vec<String>,
}

/// A related item.
#[derive(Serialize, ToSchema)]
pub struct RelatedItem {
    /// Content type (`initiative`; resources will follow).
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Slug.
    pub slug: String,
    /// Short name, if any.
    pub acronym: Option<String>,
    /// Title.
    pub title: String,
    /// How related; comparable within one list.
    pub score: f64,
    /// Why, in one English sentence.
    pub reason: String,
    /// Why, in parts.
    pub reasons: ReasonsItem,
    /// The HTML page.
    pub url: String,
}

/// The items most related to one.
#[derive(Serialize, ToSchema)]
pub struct RelatedList {
    /// Most related first.
    pub items: Vec<RelatedItem>,
}

/// The reasons in one sentence, in the page's language.
pub fn reason_text(locale: Locale, r: &Related) -> String {
    let mut parts = Vec::new();
    let s = &r.reasons;
    if s.same_acronym {
        parts.push(locale.t("related-same-acronym"));
    }
    if let Some(c) = &s.same_coordinator {
        parts.push(locale.t_args(
            "related-same-coordinator",
            &[("name", sparks_views::Arg::Text(c.clone()))],
        ));
    }
    if !s.shared_topics.is_empty() {
        parts.push(locale.t_args(
            "related-shared-topics",
            &[("list", sparks_views::Arg::Text(s.shared_topics.join(", ")))],
        ));
    }
    if !s.shared_countries.is_empty() {
        let names: Vec<String> = s
            .shared_countries
            .iter()
            .filter_map(|c| Country::from_code(c).ok())
            .map(|c| locale.country(c))
            .collect();
        parts.push(locale.t_args(
            "related-shared-countries",
            &[("list", sparks_views::Arg::Text(names.join(", ")))],
        ));
    }
    if !s.similar_words.is_empty() {
        parts.push(locale.t_args(
            "related-similar-words",
            &[("list", sparks_views::Arg::Text(s.similar_words.join(", ")))],
        ));
    }
    parts.join("; ")
}

/// Related items as the API gives them.
pub fn related_items(items: &[Related]) -> Vec<RelatedItem> {
    items
        .iter()
        .map(|r| RelatedItem {
            doc_type: r.doc_type.slug().to_owned(),
            slug: r.slug.clone(),
            acronym: r.acronym.clone(),
            title: r.title.clone(),
            score: r.score,
            reason: reason_text(Locale::En, r),
            reasons: ReasonsItem {
                shared_topics: r.reasons.shared_topics.clone(),
                shared_countries: r.reasons.shared_countries.clone(),
                same_coordinator: r.reasons.same_coordinator.clone(),
                similar_words: r.reasons.similar_words.clone(),
            },
            url: r.doc_type.href(&r.slug),
        })
        .collect()
}

/// How many related items are shown.
pub const RELATED_LIMIT: usize = 6;

/// The initiatives (and, later, resources) most similar to one: shared topics, coordinator
/// and countries, and similar text.
#[utoipa::path(
    get,
    path = "/api/v1/initiatives/{slug}/related",
    tag = "initiatives",
    params(("slug" = String, Path, description = "The initiative's slug, e.g. `arica`")),
    responses(
        (status = 200, description = "Related items, most related first", body = RelatedList),
        (status = 404, description = "No initiative has this slug", body = crate::api::Problem, content_type = "application/problem+json"),
    )
)]
pub async fn related_to_initiative(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let items = search::related(state.db(), DocType::Initiative, &slug, RELATED_LIMIT)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Json(RelatedList {
        items: related_items(&items),
    })
    .into_response())
}

/// One cell of a landscape matrix.
#[derive(Serialize, ToSchema)]
pub struct LandscapeCellItem {
    /// Row value (country code or year).
    pub row: String,
    /// Column value (pillar or programme slug).
    pub column: String,
    /// Initiatives in the cell; 0 marks a gap.
    pub initiatives: i64,
    /// Sum of their EU contributions, whole euros (each initiative counted whole in every
    /// cell it belongs to).
    pub eu_contribution_eur: i64,
    /// How many of them have a recorded EU contribution.
    pub with_contribution: i64,
    /// The directory filtered to the cell.
    pub url: String,
}

/// A matrix of the landscape.
#[derive(Serialize, ToSchema)]
pub struct LandscapeMatrix {
    /// What the rows are (`country`, `year`).
    pub rows_are: String,
    /// What the columns are (`pillar`, `programme`).
    pub columns_are: String,
    /// Row values, in order.
    pub rows: Vec<String>,
    /// Column values, in order.
    pub columns: Vec<String>,
    /// Every cell, gaps included, row by row.
    pub cells: Vec<LandscapeCellItem>,
}

/// Where the work and the money are, and where they are missing.
#[derive(Serialize, ToSchema)]
pub struct LandscapeResponse {
    /// Countries (EU member states and every other country named) × pillars.
    pub pillar_country: LandscapeMatrix,
    /// Start years × programmes.
    pub programme_year: LandscapeMatrix,
    /// Initiatives without a start date (not in `programme_year`).
    pub undated: i64,
    /// Initiatives naming no country (not in `pillar_country`).
    pub without_country: i64,
}

/// A matrix as JSON.
pub fn matrix_item(m: &Matrix) -> LandscapeMatrix {
    LandscapeMatrix {
        rows_are: m.rows_are.to_owned(),
        columns_are: m.columns_are.to_owned(),
        rows: m.rows.iter().map(|r| r.value.clone()).collect(),
        columns: m.columns.iter().map(|c| c.value.clone()).collect(),
        cells: m
            .rows
            .iter()
            .zip(&m.cells)
            .flat_map(|(row, cells)| {
                m.columns
                    .iter()
                    .zip(cells)
                    .map(move |(col, c)| LandscapeCellItem {
                        row: row.value.clone(),
                        column: col.value.clone(),
                        initiatives: c.initiatives,
                        eu_contribution_eur: c.eu_contribution_eur,
                        with_contribution: c.with_contribution,
                        url: c.href.clone(),
                    })
            })
            .collect(),
    }
}

/// The landscape: initiatives and EU contribution per country and pillar, and per start year
/// and programme.
#[utoipa::path(
    get,
    path = "/api/v1/landscape",
    tag = "landscape",
    responses((status = 200, description = "Both matrices, gaps included", body = LandscapeResponse))
)]
pub async fn show_landscape(State(state): State<AppState>) -> Result<Response, WebError> {
    let l = landscape::load(&*state.directory().await?, Locale::En, None);
    Ok(Json(LandscapeResponse {
        pillar_country: matrix_item(&l.pillar_country),
        programme_year: matrix_item(&l.programme_year),
        undated: l.undated,
        without_country: l.without_country,
    })
    .into_response())
}
