//! `GET /api/v1/campaigns` and `/api/v1/campaigns/{slug}`: published campaigns with their
//! kit's texts in every language and the addresses of their generated graphics.

use std::collections::BTreeMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use sparks_graphics::Format;
use sparks_store::campaigns::{self, StoredCampaign};
use utoipa::ToSchema;

use crate::api::Problem;
use crate::api::schema::List;
use crate::pages::campaigns::graphic_href;
use crate::{AppState, WebError};

/// A campaign's words in one language.
#[derive(Serialize, ToSchema)]
pub struct CampaignTextItem {
    /// Title.
    pub title: String,
    /// Slogan.
    pub slogan: String,
    /// What it is.
    pub summary: String,
    /// Key messages.
    pub messages: Vec<String>,
    /// The call to action's link text.
    pub cta_label: String,
    /// Short posts (X, Bluesky, Mastodon), without the hashtags.
    pub short_posts: Vec<String>,
    /// Long posts (LinkedIn, Facebook, a blog), without the hashtags.
    pub long_posts: Vec<String>,
    /// The email's subject.
    pub email_subject: String,
    /// The email's text.
    pub email_body: String,
    /// A short press text.
    pub press: String,
}

/// A generated graphic.
#[derive(Serialize, ToSchema)]
pub struct CampaignGraphicItem {
    /// `banner-1200x630`, `banner-1080x1080`, `story-1080x1920` or `wordmark`.
    pub format: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The PNG.
    pub png: String,
    /// The SVG.
    pub svg: String,
}

/// A campaign with its kit.
#[derive(Serialize, ToSchema)]
pub struct CampaignItem {
    /// Slug.
    pub slug: String,
    /// Its page.
    pub url: String,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// First day (`YYYY-MM-DD`).
    pub starts_on: Option<String>,
    /// Last day (`YYYY-MM-DD`).
    pub ends_on: Option<String>,
    /// Hashtags.
    pub hashtags: Vec<String>,
    /// The call to action: a path on the site.
    pub cta: String,
    /// Slugs of the initiatives behind it.
    pub initiatives: Vec<String>,
    /// Slugs of resources it points to.
    pub resources: Vec<String>,
    /// Slugs of events it belongs to.
    pub events: Vec<String>,
    /// Who describes the campaign or the day.
    pub source_url: Option<String>,
    /// When it was last saved.
    pub updated_at: String,
    /// Its words by language code.
    pub texts: BTreeMap<String, CampaignTextItem>,
    /// Its graphics by language code.
    pub graphics: BTreeMap<String, Vec<CampaignGraphicItem>>,
    /// The whole kit as a zip.
    pub kit: String,
}

fn item(s: &StoredCampaign) -> CampaignItem {
    let c = &s.campaign;
    let texts = c
        .texts
        .iter()
        .map(|(lang, t)| {
            (
                lang.clone(),
                CampaignTextItem {
                    title: t.title.clone(),
                    slogan: t.slogan.clone(),
                    summary: t.summary.clone(),
                    messages: t.messages.clone(),
                    cta_label: t.cta_label.clone(),
                    short_posts: t.short_posts.clone(),
                    long_posts: t.long_posts.clone(),
                    email_subject: t.email_subject.clone(),
                    email_body: t.email_body.clone(),
                    press: t.press.clone(),
                },
            )
        })
        .collect();
    let graphics = c
        .texts
        .keys()
        .map(|lang| {
            let list = Format::ALL
                .into_iter()
                .map(|f| CampaignGraphicItem {
                    format: f.name().to_owned(),
                    width: f.size().0,
                    height: f.size().1,
                    png: graphic_href(s, lang, f, "png"),
                    svg: graphic_href(s, lang, f, "svg"),
                })
                .collect();
            (lang.clone(), list)
        })
        .collect();
    CampaignItem {
        slug: c.slug.clone(),
        url: format!("/campaigns/{}", c.slug),
        pillars: c.pillars.clone(),
        starts_on: c.starts_on.clone(),
        ends_on: c.ends_on.clone(),
        hashtags: c.hashtags.clone(),
        cta: c.cta.clone(),
        initiatives: c.initiatives.clone(),
        resources: c.resources.clone(),
        events: c.events.clone(),
        source_url: c.source_url.clone(),
        updated_at: s.updated_at.clone(),
        texts,
        graphics,
        kit: format!("/campaigns/{}/kit.zip", c.slug),
    }
}

/// List the published campaigns (a standing kit first, then newest first).
#[utoipa::path(get, path = "/api/v1/campaigns", tag = "campaigns",
    responses(
        (status = 200, description = "Every published campaign", body = List<CampaignItem>),
    ))]
pub async fn list_campaigns(State(state): State<AppState>) -> Result<Response, WebError> {
    let all = campaigns::list(state.db(), false).await?;
    let n = u32::try_from(all.len()).unwrap_or(u32::MAX);
    Ok(Json(List {
        items: all.iter().map(item).collect(),
        total: u64::from(n),
        page: 1,
        per_page: n.max(1),
    })
    .into_response())
}

/// One published campaign with its kit.
#[utoipa::path(get, path = "/api/v1/campaigns/{slug}", tag = "campaigns",
    params(("slug" = String, Path, description = "The campaign's slug")),
    responses(
        (status = 200, description = "The campaign", body = CampaignItem),
        (status = 404, description = "No published campaign has this slug", body = Problem, content_type = "application/problem+json"),
    ))]
pub async fn show_campaign(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    match campaigns::get(state.db(), &slug).await? {
        Some(c) if c.published => Ok(Json(item(&c)).into_response()),
        _ => Err(WebError::NotFound),
    }
}
