//! The content hub's JSON API: resources, news, events and statistics, each a filtered,
//! paged list and a record by slug. Registered with their OpenAPI entries in [`crate::api`].

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sparks_core::statistic::Precision;
use sparks_core::{Event, NewsPost, Statistic};
use sparks_store::{ResourceEntry, events, news, reference, resources};
use utoipa::{IntoParams, ToSchema};

use crate::api::Problem;
use crate::{AppState, WebError, content_params as cp, params};

/// A page of records.
#[derive(Serialize, ToSchema)]
pub struct List<T> {
    /// The records on this page.
    pub items: Vec<T>,
    /// How many match in all.
    pub total: u64,
    /// This page, from 1.
    pub page: u32,
    /// Items per page (at most 100).
    pub per_page: u32,
}

/// A resource.
#[derive(Serialize, ToSchema)]
pub struct ResourceItem {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Type slug (`report`, `toolkit`, `policy-brief`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// Description.
    pub summary: String,
    /// Who made it, as the source words it.
    pub made_by: Option<String>,
    /// Slugs of the initiatives in the directory it comes from.
    pub initiatives: Vec<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Audience slugs.
    pub audience: Vec<String>,
    /// Language code.
    pub language: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Where to read or download it.
    pub link: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// Its page on this site.
    pub url: String,
}

fn resource_item(e: &ResourceEntry) -> ResourceItem {
    let r = &e.resource;
    ResourceItem {
        slug: r.slug.clone(),
        title: r.title.clone(),
        kind: r.kind.slug().to_owned(),
        summary: r.summary.clone(),
        made_by: r.made_by.clone(),
        initiatives: e.initiatives.iter().map(|i| i.slug.clone()).collect(),
        pillars: r.pillars.iter().map(|p| p.slug().to_owned()).collect(),
        topics: r.topics.clone(),
        audience: r.audiences.iter().map(|a| a.slug().to_owned()).collect(),
        language: r.language.clone(),
        published: r.published.map(|d| d.to_string()),
        link: r.url.as_ref().map(ToString::to_string),
        source_url: r.source_url.as_ref().map(ToString::to_string),
        url: format!("/resources/{}", r.slug),
    }
}

/// A news post.
#[derive(Serialize, ToSchema)]
pub struct NewsItem {
    /// URL slug.
    pub slug: String,
    /// Headline.
    pub title: String,
    /// Short summary.
    pub summary: String,
    /// `YYYY-MM-DD`.
    pub published: String,
    /// Slug of the initiative it belongs to.
    pub initiative: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// Language code.
    pub language: String,
    /// The body in Markdown (in single posts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The body as sanitised HTML (in single posts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
    /// Its page on this site.
    pub url: String,
}

fn news_item(p: &NewsPost, full: bool) -> NewsItem {
    NewsItem {
        slug: p.slug.clone(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        published: sparks_core::date::iso_day(p.published),
        initiative: p.initiative.clone(),
        source_url: p.source_url.as_ref().map(ToString::to_string),
        language: p.language.clone(),
        body: full.then(|| p.body.clone()),
        body_html: full.then(|| p.body_html.clone()),
        url: format!("/news/{}", p.slug),
    }
}

/// An event.
#[derive(Serialize, ToSchema)]
pub struct EventItem {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub title: String,
    /// Type slug.
    #[serde(rename = "type")]
    pub kind: String,
    /// Organisers.
    pub organisers: Vec<String>,
    /// ISO 8601 date, local time, or time with offset.
    pub start: String,
    /// Same forms as `start`.
    pub end: Option<String>,
    /// IANA time zone of local times.
    pub timezone: Option<String>,
    /// City.
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    pub country: Option<String>,
    /// Held online.
    pub online: bool,
    /// `upcoming` or `past`, as of today.
    pub status: String,
    /// Its own page or registration link.
    pub link: Option<String>,
    /// Description.
    pub summary: String,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// Its page on this site.
    pub url: String,
    /// The event as iCalendar.
    pub ics_url: String,
}

fn event_item(e: &Event, today: time::Date) -> EventItem {
    EventItem {
        slug: e.slug.clone(),
        title: e.title.clone(),
        kind: e.kind.slug().to_owned(),
        organisers: e.organisers.clone(),
        start: e.start.to_string(),
        end: e.end.map(|t| t.to_string()),
        timezone: e.timezone.clone(),
        city: e.city.clone(),
        country: e.country.map(|c| c.code().to_owned()),
        online: e.online,
        status: if e.is_upcoming(today) {
            "upcoming"
        } else {
            "past"
        }
        .to_owned(),
        link: e.url.as_ref().map(ToString::to_string),
        summary: e.summary.clone(),
        source_url: e.source_url.as_ref().map(ToString::to_string),
        url: format!("/events/{}", e.slug),
        ics_url: format!("/events/{}.ics", e.slug),
    }
}

/// A figure.
#[derive(Serialize, ToSchema)]
pub struct StatisticItem {
    /// URL slug.
    pub slug: String,
    /// What is counted.
    pub figure: String,
    /// Series slug: figures counting the same thing.
    pub series: String,
    /// The value as the source words it.
    pub value: String,
    /// The count read from the value, when it is one.
    pub number: Option<i64>,
    /// `exact`, `rounded` or `at-least`: how exact `number` is.
    pub precision: String,
    /// The year, when it is one year.
    pub year: Option<i32>,
    /// The period as the source gives it.
    pub period: Option<String>,
    /// Publisher.
    pub publisher: String,
    /// Where it was read.
    pub source_url: String,
    /// The original publication.
    pub primary_source: Option<String>,
    /// Other pages citing it.
    pub also_cited_at: Vec<String>,
    /// Caveats.
    pub note: Option<String>,
}

/// The API form of a figure (also used by the CSV download).
pub fn statistic_item(s: &Statistic) -> StatisticItem {
    StatisticItem {
        slug: s.slug.clone(),
        figure: s.figure.clone(),
        series: s.series.clone(),
        value: s.value.clone(),
        number: s.number,
        precision: match s.precision {
            Precision::Exact => "exact",
            Precision::Rounded => "rounded",
            Precision::AtLeast => "at-least",
        }
        .to_owned(),
        year: s.year,
        period: s.period.clone(),
        publisher: s.publisher.clone(),
        source_url: s.source_url.to_string(),
        primary_source: s.primary_source.as_ref().map(ToString::to_string),
        also_cited_at: s.also_cited_at.iter().map(ToString::to_string).collect(),
        note: s.note.clone(),
    }
}

/// Filters of `/api/v1/resources` (documentation only: the handler parses the raw query).
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "describes the query string for OpenAPI; never constructed"
)]
struct ResourceParams {
    /// Type slug: `report`, `deliverable`, `policy-brief`, `guidelines`, `toolkit`, `training`, `dataset`, `campaign`, `video`, `article`.
    #[param(rename = "type")]
    kind: Option<String>,
    /// Pillar slug.
    pillar: Option<String>,
    /// Topic (exact, case-insensitive).
    topic: Option<String>,
    /// `practitioners`, `law-enforcement`, `policymakers`, `researchers`, `parents`, `young-people`, `public`.
    audience: Option<String>,
    /// Language code (`en`).
    language: Option<String>,
    /// Initiative slug.
    initiative: Option<String>,
    /// Free text (at most 500 characters).
    q: Option<String>,
    /// Page, from 1.
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    per_page: Option<u32>,
}

/// Filters of `/api/v1/news`.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "describes the query string for OpenAPI; never constructed"
)]
struct NewsParams {
    /// Initiative slug.
    initiative: Option<String>,
    /// Free text (at most 500 characters).
    q: Option<String>,
    /// Page, from 1.
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    per_page: Option<u32>,
}

/// Filters of `/api/v1/events`.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "describes the query string for OpenAPI; never constructed"
)]
struct EventParams {
    /// `upcoming` (soonest first) or `past` (most recent first); default all, most recent first.
    when: Option<String>,
    /// Type slug: `conference`, `workshop`, `webinar`, `training`, `campaign-day`, `meeting`.
    #[param(rename = "type")]
    kind: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    country: Option<String>,
    /// `true` or `false`.
    online: Option<bool>,
    /// Free text (at most 500 characters).
    q: Option<String>,
    /// Page, from 1.
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    per_page: Option<u32>,
}

/// Filters of `/api/v1/statistics`.
#[derive(IntoParams)]
#[into_params(parameter_in = Query)]
#[expect(
    dead_code,
    reason = "describes the query string for OpenAPI; never constructed"
)]
struct StatisticParams {
    /// Series slug (`ncmec-cybertipline-reports-received`).
    series: Option<String>,
    /// Year.
    year: Option<i32>,
    /// Page, from 1.
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    per_page: Option<u32>,
}

/// List resources, filtered and paged, newest first.
#[utoipa::path(get, path = "/api/v1/resources", tag = "resources", params(ResourceParams),
    responses(
        (status = 200, description = "A page of resources", body = List<ResourceItem>),
        (status = 400, description = "A parameter is not valid; `parameter` names it", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_resources(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = cp::resource_query(&params::pairs(raw.as_deref()))?;
    let page = resources::list(state.db(), &q.filter, q.page, q.per_page).await?;
    Ok(Json(List {
        items: page.items.iter().map(resource_item).collect(),
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    })
    .into_response())
}

/// One resource.
#[utoipa::path(get, path = "/api/v1/resources/{slug}", tag = "resources",
    params(("slug" = String, Path, description = "The resource's slug")),
    responses(
        (status = 200, description = "The resource", body = ResourceItem),
        (status = 404, description = "No resource has this slug", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_resource(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let entry = resources::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Json(resource_item(&entry)).into_response())
}

/// List news posts, newest first.
#[utoipa::path(get, path = "/api/v1/news", tag = "news", params(NewsParams),
    responses(
        (status = 200, description = "A page of posts", body = List<NewsItem>),
        (status = 400, description = "A parameter is not valid; `parameter` names it", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_news(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = cp::news_query(&params::pairs(raw.as_deref()))?;
    let page = news::list(state.db(), &q.filter, q.page, q.per_page).await?;
    Ok(Json(List {
        items: page.items.iter().map(|p| news_item(p, false)).collect(),
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    })
    .into_response())
}

/// One news post, with its body.
#[utoipa::path(get, path = "/api/v1/news/{slug}", tag = "news",
    params(("slug" = String, Path, description = "The post's slug")),
    responses(
        (status = 200, description = "The post", body = NewsItem),
        (status = 404, description = "No post has this slug", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_news(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let post = news::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Json(news_item(&post, true)).into_response())
}

/// List events.
#[utoipa::path(get, path = "/api/v1/events", tag = "events", params(EventParams),
    responses(
        (status = 200, description = "A page of events", body = List<EventItem>),
        (status = 400, description = "A parameter is not valid; `parameter` names it", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_events(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = cp::event_query(&params::pairs(raw.as_deref()))?;
    let today = state.today();
    let page = events::list(state.db(), &q.filter, today, q.page, q.per_page).await?;
    Ok(Json(List {
        items: page.items.iter().map(|e| event_item(e, today)).collect(),
        total: page.total,
        page: page.page,
        per_page: page.per_page,
    })
    .into_response())
}

/// One event.
#[utoipa::path(get, path = "/api/v1/events/{slug}", tag = "events",
    params(("slug" = String, Path, description = "The event's slug")),
    responses(
        (status = 200, description = "The event", body = EventItem),
        (status = 404, description = "No event has this slug", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_event(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let event = events::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Json(event_item(&event, state.today())).into_response())
}

/// List figures, series by series, years ascending.
#[utoipa::path(get, path = "/api/v1/statistics", tag = "statistics", params(StatisticParams),
    responses(
        (status = 200, description = "A page of figures", body = List<StatisticItem>),
        (status = 400, description = "A parameter is not valid; `parameter` names it", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn list_statistics(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = cp::statistic_query(&params::pairs(raw.as_deref()))?;
    let all = reference::statistics(state.db(), &q.filter).await?;
    let start = usize::try_from((q.page - 1) * q.per_page).unwrap_or(usize::MAX);
    let items = all
        .iter()
        .skip(start)
        .take(q.per_page as usize)
        .map(statistic_item)
        .collect();
    Ok(Json(List {
        items,
        total: all.len() as u64,
        page: q.page,
        per_page: q.per_page,
    })
    .into_response())
}

/// One figure.
#[utoipa::path(get, path = "/api/v1/statistics/{slug}", tag = "statistics",
    params(("slug" = String, Path, description = "The figure's slug")),
    responses(
        (status = 200, description = "The figure", body = StatisticItem),
        (status = 404, description = "No figure has this slug", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_statistic(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let all = reference::statistics(state.db(), &sparks_store::StatisticFilter::default()).await?;
    let s = all
        .iter()
        .find(|s| s.slug == slug)
        .ok_or(WebError::NotFound)?;
    Ok(Json(statistic_item(s)).into_response())
}
