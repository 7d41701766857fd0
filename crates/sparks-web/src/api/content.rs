//! The content hub's JSON API: resources, news, events and statistics, each a filtered,
//! paged list and a record by slug. Registered with their OpenAPI entries in [`crate::api`].

use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::response::{IntoResponse, Response};
use sparks_store::{events, news, reference, resources};

use crate::api::Problem;
use crate::api::links::{fill, fill_one};
use crate::api::schema::{
    EventItem, List, NewsItem, ResourceItem, StatisticItem, event_item, news_item, resource_item,
    statistic_item,
};
use crate::query::content::{self as cp, EventParams, NewsParams, ResourceParams, StatisticParams};
use crate::query::params::Mode;
use crate::{AppState, WebError};
use sparks_core::date::iso_day;
use sparks_store::checks;
use sparks_store::moderation::ContentKind;

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
    let q = cp::resource_query(raw.as_deref(), Mode::Api)?;
    let page = resources::list(state.db(), &q.filter, q.page, q.per_page).await?;
    let mut list = List::from_page(&page, resource_item);
    fill(state.db(), &mut list.items).await?;
    let slugs: Vec<String> = list.items.iter().map(|i| i.slug.clone()).collect();
    let checks = checks::get_many(state.db(), ContentKind::Resource, &slugs).await?;
    for item in &mut list.items {
        item.checked_at = checks.get(&item.slug).map(|c| iso_day(c.checked_at));
    }
    Ok(Json(list).into_response())
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
    let mut item = resource_item(&entry);
    item.checked_at = checks::get(state.db(), ContentKind::Resource, &slug)
        .await?
        .map(|c| iso_day(c.checked_at));
    Ok(Json(fill_one(state.db(), item).await?).into_response())
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
    let q = cp::news_query(raw.as_deref(), Mode::Api)?;
    let page = news::list(state.db(), &q.filter, q.page, q.per_page).await?;
    let mut list = List::from_page(&page, |p| news_item(p, false));
    fill(state.db(), &mut list.items).await?;
    Ok(Json(list).into_response())
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
    Ok(Json(fill_one(state.db(), news_item(&post, true)).await?).into_response())
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
    let q = cp::event_query(raw.as_deref(), Mode::Api)?;
    let today = state.today();
    let page = events::list(state.db(), &q.filter, today, q.page, q.per_page).await?;
    let mut list = List::from_page(&page, |e| event_item(e, today));
    fill(state.db(), &mut list.items).await?;
    Ok(Json(list).into_response())
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
    let item = fill_one(state.db(), event_item(&event, state.today())).await?;
    Ok(Json(item).into_response())
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
    let q = cp::statistic_query(raw.as_deref(), Mode::Api)?;
    let all = reference::statistics(state.db(), &q.filter).await?;
    let start = usize::try_from((q.page - 1) * q.per_page).unwrap_or(usize::MAX);
    let mut items: Vec<StatisticItem> = all
        .iter()
        .skip(start)
        .take(q.per_page as usize)
        .map(statistic_item)
        .collect();
    let slugs: Vec<String> = items.iter().map(|i| i.slug.clone()).collect();
    let checks = checks::get_many(state.db(), ContentKind::Statistic, &slugs).await?;
    for item in &mut items {
        item.checked_at = checks.get(&item.slug).map(|c| iso_day(c.checked_at));
    }
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
    let mut item = statistic_item(s);
    item.checked_at = checks::get(state.db(), ContentKind::Statistic, &slug)
        .await?
        .map(|c| iso_day(c.checked_at));
    Ok(Json(item).into_response())
}
