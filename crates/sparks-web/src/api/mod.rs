//! The JSON API, version 1. Routes and their OpenAPI entries are registered together in
//! [`routes()`], so the document cannot drift from what is served.

pub(crate) mod campaigns;
pub(crate) mod content;
pub(crate) mod discovery;
pub(crate) mod links;
pub(crate) mod recommendations;
pub(crate) mod schema;

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sparks_core::{Initiative, InitiativeSummary};
use sparks_store::initiatives;
use utoipa::{OpenApi, ToSchema};

use self::links::LinkStatus;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::query::content::{EventParams, NewsParams, ResourceParams, StatisticParams};
use crate::query::directory::{self, DirectoryParams};
use crate::query::params::{self, Mode};
use crate::query::search::SearchParams;
use crate::{AppState, WebError};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Sparks API",
        description = "Open data on the initiatives that counter child sexual abuse and exploitation (CSAE): \
                       prevention, detection and investigation, support to victims and survivors.",
        license(name = "Data: see each record's sources")
    ),
    components(schemas(Problem))
)]
struct ApiDoc;

/// Every API route with its documentation.
pub fn routes() -> OpenApiRouter<AppState> {
    let mut router = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(list_initiatives))
        .routes(routes!(show_initiative))
        .routes(routes!(crate::api::content::list_resources))
        .routes(routes!(crate::api::content::show_resource))
        .routes(routes!(crate::api::content::list_news))
        .routes(routes!(crate::api::content::show_news))
        .routes(routes!(crate::api::content::list_events))
        .routes(routes!(crate::api::content::show_event))
        .routes(routes!(crate::api::content::list_statistics))
        .routes(routes!(crate::api::campaigns::list_campaigns))
        .routes(routes!(crate::api::campaigns::show_campaign))
        .routes(routes!(crate::api::content::show_statistic))
        .routes(routes!(crate::api::recommendations::list_recommendations))
        .routes(routes!(crate::api::recommendations::show_recommendation))
        .routes(routes!(crate::api::discovery::related_to_initiative))
        .routes(routes!(crate::api::discovery::search_everything))
        .routes(routes!(crate::api::discovery::show_landscape))
        .routes(routes!(openapi_document));
    // The choices and slug patterns that the derived parameters cannot say.
    let doc = router.get_openapi_mut();
    params::document::<DirectoryParams>(doc, "/api/v1/initiatives");
    params::document::<ResourceParams>(doc, "/api/v1/resources");
    params::document::<NewsParams>(doc, "/api/v1/news");
    params::document::<EventParams>(doc, "/api/v1/events");
    params::document::<StatisticParams>(doc, "/api/v1/statistics");
    params::document::<SearchParams>(doc, "/api/v1/search");
    params::document::<crate::query::recommendations::RecommendationParams>(
        doc,
        "/api/v1/recommendations",
    );
    router
}

/// An error, as RFC 9457 `application/problem+json`.
#[derive(Serialize, ToSchema)]
pub struct Problem {
    /// Always `about:blank`: the status says what kind of problem it is.
    #[serde(rename = "type")]
    pub kind: String,
    /// The HTTP status phrase.
    pub title: String,
    /// The HTTP status code.
    pub status: u16,
    /// What went wrong, in plain words.
    pub detail: String,
    /// For 400s: the query parameter at fault.
    pub parameter: Option<String>,
}

/// An initiative in a list.
#[derive(Serialize, ToSchema)]
pub struct InitiativeItem {
    /// URL slug.
    pub slug: String,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub title: String,
    /// Description, in Markdown (as an editor wrote it).
    pub summary: String,
    /// The description rendered from its Markdown: sanitised HTML, as the page shows it.
    pub summary_html: String,
    /// Normalised programme slug.
    pub programme: String,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// `ongoing`, `probably-ongoing`, `completed`, `planned` or `unknown`: from the dates
    /// today and any status a source states (see `status_source` on the full record).
    pub status: String,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// ISO 3166-1 alpha-2 codes, the coordinator's first.
    pub countries: Vec<String>,
    /// The HTML profile.
    pub url: String,
    /// The day the facts were last checked against the sources (`YYYY-MM-DD`), or null.
    pub checked_at: Option<String>,
}

/// A page of initiatives.
#[derive(Serialize, ToSchema)]
pub struct InitiativeList {
    /// The initiatives on this page.
    pub items: Vec<InitiativeItem>,
    /// How many match in all.
    pub total: u64,
    /// This page, from 1.
    pub page: u32,
    /// Items per page (at most 100).
    pub per_page: u32,
}

/// An initiative's full record.
#[derive(Serialize, ToSchema)]
pub struct InitiativeDetail {
    /// URL slug.
    pub slug: String,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub title: String,
    /// Description, in Markdown (as an editor wrote it).
    pub summary: String,
    /// The description rendered from its Markdown: sanitised HTML, as the page shows it.
    pub summary_html: String,
    /// Kind slug (`project`, `network`, ...).
    pub kind: String,
    /// Normalised programme slug.
    pub programme: String,
    /// Normalised programme name.
    pub programme_label: String,
    /// The funding as the source words it.
    pub funding_programme: Option<String>,
    /// Grant agreement number.
    pub grant_id: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// `ongoing`, `probably-ongoing`, `completed`, `planned` or `unknown`: from the dates
    /// today, or from `status_source` when a source states it.
    pub status: String,
    /// The page stating the status, when editors recorded one.
    pub status_source: Option<String>,
    /// The day the facts were last checked against the sources (`YYYY-MM-DD`), or null.
    pub checked_at: Option<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Every country involved (ISO 3166-1 alpha-2), the coordinator's first.
    pub countries: Vec<String>,
    /// Coordinating organisation.
    pub coordinator: Option<String>,
    /// Coordinator's country (ISO 3166-1 alpha-2).
    pub coordinator_country: Option<String>,
    /// Partner organisations (other than the coordinator), by name.
    pub partners: Vec<String>,
    /// Website.
    pub website: Option<String>,
    /// CORDIS page.
    pub cordis_url: Option<String>,
    /// EU contribution in whole euros.
    pub eu_contribution_eur: Option<i64>,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// Sources per field.
    pub field_sources: BTreeMap<String, Vec<String>>,
    /// Editors' notes on the facts.
    pub notes: Option<String>,
    /// What the link checker last found for each external URL this record gives (the URL
    /// as given → `ok`, `redirected`, `broken` or `unchecked`).
    pub link_status: BTreeMap<String, LinkStatus>,
    /// The HTML profile.
    pub url: String,
}

impl links::HasLinks for InitiativeDetail {
    fn urls(&self) -> Vec<String> {
        let mut urls: Vec<String> = self
            .website
            .iter()
            .chain(&self.cordis_url)
            .cloned()
            .collect();
        urls.extend(self.sources.iter().cloned());
        urls.extend(self.field_sources.values().flatten().cloned());
        urls
    }
    fn link_status_mut(&mut self) -> &mut BTreeMap<String, links::LinkStatus> {
        &mut self.link_status
    }
}

fn item(
    i: &InitiativeSummary,
    checks: &std::collections::HashMap<String, sparks_store::checks::Check>,
) -> InitiativeItem {
    InitiativeItem {
        slug: i.slug.clone(),
        acronym: i.acronym.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        summary_html: sparks_core::markdown::to_safe_html(&i.summary),
        programme: i.programme.slug().to_owned(),
        start_date: i.start_date.map(|d| d.to_string()),
        end_date: i.end_date.map(|d| d.to_string()),
        status: i.status.slug().to_owned(),
        pillars: i.pillars.iter().map(|p| p.slug().to_owned()).collect(),
        countries: i.countries.iter().map(|c| c.code().to_owned()).collect(),
        url: format!("/initiatives/{}", i.slug),
        checked_at: checks
            .get(&i.slug)
            .map(|c| sparks_core::date::iso_day(c.checked_at)),
    }
}

fn detail(
    i: &Initiative,
    today: time::Date,
    check: Option<sparks_store::checks::Check>,
) -> InitiativeDetail {
    InitiativeDetail {
        slug: i.slug.clone(),
        acronym: i.acronym.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        summary_html: sparks_core::markdown::to_safe_html(&i.summary),
        kind: i.kind.slug().to_owned(),
        programme: i.programme.slug().to_owned(),
        programme_label: i.programme.label().to_owned(),
        funding_programme: i.programme_original.clone(),
        grant_id: i.grant_id.clone(),
        start_date: i.start_date.map(|d| d.to_string()),
        end_date: i.end_date.map(|d| d.to_string()),
        status: i.status(today).slug().to_owned(),
        status_source: i.status_claim.as_ref().map(|c| c.source.to_string()),
        checked_at: check.map(|c| sparks_core::date::iso_day(c.checked_at)),
        pillars: i.pillars.iter().map(|p| p.slug().to_owned()).collect(),
        topics: i.topics.clone(),
        countries: i.countries().iter().map(|c| c.code().to_owned()).collect(),
        coordinator: i.coordinator.clone(),
        coordinator_country: i.coordinator_country.map(|c| c.code().to_owned()),
        partners: i.partners.clone(),
        website: i.website.as_ref().map(ToString::to_string),
        cordis_url: i.cordis_url.as_ref().map(ToString::to_string),
        eu_contribution_eur: i.eu_contribution_eur,
        sources: i.sources.iter().map(ToString::to_string).collect(),
        field_sources: i.field_sources.clone(),
        notes: i.notes.clone(),
        link_status: BTreeMap::new(),
        url: format!("/initiatives/{}", i.slug),
    }
}

/// List initiatives, filtered and paged.
#[utoipa::path(
    get,
    path = "/api/v1/initiatives",
    tag = "initiatives",
    params(DirectoryParams),
    responses(
        (status = 200, description = "A page of initiatives", body = InitiativeList),
        (status = 400, description = "A parameter is not valid; `parameter` names it", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn list_initiatives(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let query = directory::parse(raw.as_deref(), Mode::Api)?;
    let page = state.directory().await?.list(&query, state.today());
    let slugs: Vec<String> = page.items.iter().map(|i| i.slug.clone()).collect();
    let checks = sparks_store::checks::get_many(
        state.db(),
        sparks_store::moderation::ContentKind::Initiative,
        &slugs,
    )
    .await?;
    Ok(Json(InitiativeList {
        items: page.items.iter().map(|i| item(i, &checks)).collect(),
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    })
    .into_response())
}

/// One initiative's full record.
#[utoipa::path(
    get,
    path = "/api/v1/initiatives/{slug}",
    tag = "initiatives",
    params(("slug" = String, Path, description = "The initiative's slug, e.g. `arica`")),
    responses(
        (status = 200, description = "The initiative", body = InitiativeDetail),
        (status = 404, description = "No initiative has this slug", body = Problem, content_type = "application/problem+json"),
    )
)]
pub async fn show_initiative(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let initiative = initiatives::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let check = sparks_store::checks::get(
        state.db(),
        sparks_store::moderation::ContentKind::Initiative,
        &initiative.slug,
    )
    .await?;
    let detail = links::fill_one(state.db(), detail(&initiative, state.today(), check)).await?;
    Ok(Json(detail).into_response())
}

/// This OpenAPI 3 document.
#[utoipa::path(
    get,
    path = "/api/v1/openapi.json",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI document of this API", content_type = "application/json"))
)]
pub async fn openapi_document(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        state.openapi_json().to_owned(),
    )
        .into_response()
}
