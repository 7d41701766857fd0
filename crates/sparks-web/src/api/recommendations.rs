//! `/api/v1/recommendations` (and `/{slug}`): the key recommendations, each with its
//! `uptake` (current status per addressee, and on the record the history of every update).
//! The same filters and the same figures as the tracker and the CSV ([`load`]).

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sparks_core::date::iso_day;
use sparks_store::checks;
use sparks_store::moderation::ContentKind;
use sparks_store::uptake::{self, Uptake};
use utoipa::ToSchema;

use crate::api::Problem;
use crate::pages::recommendations::{Tracked, load};
use crate::query::params::Mode;
use crate::query::recommendations::{
    RecommendationFilter, RecommendationParams, recommendation_query,
};
use crate::{AppState, WebError};

/// Where one addressee stands with a recommendation.
#[derive(Serialize, ToSchema)]
pub struct UptakeItem {
    /// `eu`, `member-states`, `industry`, `practitioners`, `civil-society` or `all`.
    pub addressee: String,
    /// ISO 3166-1 alpha-2 code when the addressee is one member state, else null.
    pub country: Option<String>,
    /// `not_started`, `in_progress`, `implemented`, `partly_implemented`, `rejected` or `unknown`.
    pub status: String,
    /// The day the status was so (`YYYY-MM-DD`); null while nobody recorded anything.
    pub date: Option<String>,
    /// A short note.
    pub note: String,
    /// Where the evidence is.
    pub source_url: Option<String>,
    /// When it was recorded (RFC 3339); null while nobody recorded anything.
    pub recorded_at: Option<String>,
}

fn uptake_item(u: &Uptake) -> UptakeItem {
    UptakeItem {
        addressee: u.addressee.kind.slug().to_owned(),
        country: u.addressee.country.map(|c| c.code().to_owned()),
        status: u.status.slug().to_owned(),
        date: u.date.map(iso_day),
        note: u.note.clone(),
        source_url: u.source_url.clone(),
        recorded_at: u
            .recorded_at
            .and_then(|t| time::OffsetDateTime::from_unix_timestamp(t).ok())
            .map(sparks_core::clock::rfc3339),
    }
}

/// A key recommendation.
#[derive(Serialize, ToSchema)]
pub struct RecommendationItem {
    /// URL slug.
    pub slug: String,
    /// Pillar slug.
    pub pillar: String,
    /// Short statement.
    pub title: String,
    /// The recommendation, in Markdown.
    pub text: String,
    /// Who made it.
    pub issuer: String,
    /// Year it was made.
    pub year: Option<i32>,
    /// Whom it addresses, as the source words it.
    pub addressee: Option<String>,
    /// Where it was read.
    pub source_url: Option<String>,
    /// Slugs of the initiatives it comes from.
    pub initiatives: Vec<String>,
    /// Current uptake per addressee (only the rows the filters keep, in a list).
    pub uptake: Vec<UptakeItem>,
    /// Every update recorded, newest first (on the record by slug; empty in lists).
    pub history: Vec<UptakeItem>,
    /// The HTML page.
    pub url: String,
    /// The day the facts were last checked against the sources (`YYYY-MM-DD`), or null.
    pub checked_at: Option<String>,
}

fn item(t: &Tracked) -> RecommendationItem {
    let r = &t.entry.recommendation;
    RecommendationItem {
        slug: r.slug.clone(),
        pillar: r.pillar.slug().to_owned(),
        title: r.title.clone(),
        text: r.text.clone(),
        issuer: r.issuer.clone(),
        year: r.year,
        addressee: r.addressee.clone(),
        source_url: r.source_url.as_ref().map(ToString::to_string),
        initiatives: t.entry.initiatives.iter().map(|i| i.slug.clone()).collect(),
        uptake: t.uptake.iter().map(uptake_item).collect(),
        history: Vec::new(),
        url: format!("/recommendations/{}", r.slug),
        checked_at: None,
    }
}

/// A page of recommendations.
#[derive(Serialize, ToSchema)]
pub struct RecommendationList {
    /// The recommendations of this page.
    pub items: Vec<RecommendationItem>,
    /// How many match.
    pub total: u64,
    /// Page, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

/// List key recommendations with their uptake, by pillar.
#[utoipa::path(get, path = "/api/v1/recommendations", tag = "recommendations",
    params(RecommendationParams),
    responses(
        (status = 200, description = "A page of recommendations", body = RecommendationList),
        (status = 400, description = "A parameter is not valid; `parameter` names it", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_recommendations(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = recommendation_query(raw.as_deref(), Mode::Api)?;
    let all = load(&state, &q.filter).await?;
    let start = usize::try_from((q.page - 1) * q.per_page).unwrap_or(usize::MAX);
    let mut items: Vec<RecommendationItem> = all
        .iter()
        .skip(start)
        .take(q.per_page as usize)
        .map(item)
        .collect();
    let slugs: Vec<String> = items.iter().map(|i| i.slug.clone()).collect();
    let checks = checks::get_many(state.db(), ContentKind::Recommendation, &slugs).await?;
    for i in &mut items {
        i.checked_at = checks.get(&i.slug).map(|c| iso_day(c.checked_at));
    }
    Ok(Json(RecommendationList {
        items,
        total: all.len() as u64,
        page: q.page,
        per_page: q.per_page,
    })
    .into_response())
}

/// One recommendation, with its uptake and the history of every update.
#[utoipa::path(get, path = "/api/v1/recommendations/{slug}", tag = "recommendations",
    params(("slug" = String, Path, description = "The recommendation's slug")),
    responses(
        (status = 200, description = "The recommendation", body = RecommendationItem),
        (status = 404, description = "No recommendation has this slug", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_recommendation(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let all = load(&state, &RecommendationFilter::default()).await?;
    let t = all
        .iter()
        .find(|t| t.entry.recommendation.slug == slug)
        .ok_or(WebError::NotFound)?;
    let mut it = item(t);
    it.history = uptake::history(state.db(), &slug)
        .await?
        .iter()
        .map(uptake_item)
        .collect();
    it.checked_at = checks::get(state.db(), ContentKind::Recommendation, &slug)
        .await?
        .map(|c| iso_day(c.checked_at));
    Ok(Json(it).into_response())
}
