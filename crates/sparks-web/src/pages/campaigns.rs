//! `/campaigns`, `/campaigns/{slug}`, its generated graphics and `/campaigns/{slug}/kit.zip`
//! (issue #19). Drafts are seen by staff only: everyone else gets a 404, as for a campaign
//! that does not exist.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sparks_core::PartialDate;
use sparks_core::campaign::{Campaign, parse_day};
use sparks_graphics::Format;
use sparks_store::campaigns::{self, StoredCampaign};
use sparks_views::{
    CampaignCard, CampaignGraphic, CampaignPage, CampaignsPage, Link, Locale, Section,
    SuggestedPost, render,
};

use crate::auth::MaybeMember;
use crate::present::campaign_kit::{self, KitLabels};
use crate::present::context::PageContext;
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// Whether the viewer is staff (who see drafts).
fn is_staff(viewer: &MaybeMember) -> bool {
    viewer
        .0
        .as_ref()
        .is_some_and(|v| v.is_full() && v.is_staff())
}

/// The campaign at `slug`, if this viewer may see it.
pub async fn visible(
    state: &AppState,
    slug: &str,
    viewer: &MaybeMember,
) -> Result<StoredCampaign, WebError> {
    match campaigns::get(state.db(), slug).await? {
        Some(c) if c.published || is_staff(viewer) => Ok(c),
        _ => Err(WebError::NotFound),
    }
}

/// When a campaign runs, in the page's language (empty when undated).
pub fn dates(ctx: &PageContext, c: &Campaign) -> String {
    let day = |d: &Option<String>| {
        d.as_deref()
            .and_then(parse_day)
            .map(|d| ctx.locale.date(PartialDate::from_date(d)))
    };
    match (day(&c.starts_on), day(&c.ends_on)) {
        (Some(a), Some(b)) if a != b => format!("{a} – {b}"),
        (Some(a), _) => a,
        (None, Some(b)) => b,
        (None, None) => String::new(),
    }
}

/// Where a generated graphic is served.
pub fn graphic_href(c: &StoredCampaign, lang: &str, format: Format, ext: &str) -> String {
    // The version in the query makes an edited campaign's graphics new addresses, so no
    // cache keeps showing the old words.
    format!(
        "/campaigns/{}/graphics/{lang}/{}.{ext}?v={}",
        c.campaign.slug,
        format.name(),
        c.version
    )
}

/// A campaign's graphics in one language, as shown.
pub fn graphics(ctx: &PageContext, c: &StoredCampaign, lang: &str) -> Vec<CampaignGraphic> {
    let Some(t) = c.campaign.texts.get(lang) else {
        return Vec::new();
    };
    Format::ALL
        .into_iter()
        .map(|format| {
            let (width, height) = format.size();
            let label = ctx.t(&format!("campaign-format-{}", format.name()));
            CampaignGraphic {
                png: graphic_href(c, lang, format, "png"),
                svg: graphic_href(c, lang, format, "svg"),
                alt: ctx.t_args(
                    "campaign-graphic-alt",
                    &[
                        ("slogan", &t.slogan),
                        ("title", &t.title),
                        ("hashtags", &c.campaign.hashtag_line()),
                    ],
                ),
                label: format!("{label} ({width} × {height})"),
                width,
                height,
                shown_width: if height > width { 240 } else { 480 },
                file: format!("{}-{lang}-{}", c.campaign.slug, format.name()),
            }
        })
        .collect()
}

/// `GET /campaigns`.
pub async fn list_campaigns(
    State(state): State<AppState>,
    ctx: PageContext,
    viewer: MaybeMember,
) -> Result<Response, WebError> {
    let staff = is_staff(&viewer);
    let list = campaigns::list(state.db(), staff).await?;
    let cards = list
        .iter()
        .filter_map(|c| {
            let (lang, t) = c.campaign.text_for(ctx.locale.code())?;
            Some(CampaignCard {
                href: ctx.link(&format!("/campaigns/{}", c.campaign.slug)),
                lang: lang.to_owned(),
                title: t.title.clone(),
                slogan: t.slogan.clone(),
                dates: dates(&ctx, &c.campaign),
                thumbnail: graphic_href(c, lang, Format::Landscape, "png"),
                status: if c.published {
                    String::new()
                } else {
                    ctx.t("campaign-draft")
                },
            })
        })
        .collect();
    Ok(html(render(&CampaignsPage {
        layout: ctx.layout(
            ctx.t("campaigns-title"),
            ctx.t("campaigns-lead"),
            Section::News,
        ),
        campaigns: cards,
        new_href: staff.then(|| ctx.link("/admin/campaigns/new")),
        propose_href: (!staff).then(|| ctx.link("/campaigns/propose")),
    })))
}

fn posts(ctx: &PageContext, c: &Campaign, posts: &[String], prefix: &str) -> Vec<SuggestedPost> {
    posts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let text = campaign_kit::with_hashtags(p, c);
            SuggestedPost {
                id: format!("{prefix}-{}", i + 1),
                share: campaign_kit::share_links(&text, ctx.t("media-email"), &ctx.site_name),
                text,
            }
        })
        .collect()
}

/// The campaign's page as a view model (also what `/media-pack` shows of the site's own kit).
pub async fn page_view(
    state: &AppState,
    ctx: &PageContext,
    stored: &StoredCampaign,
    staff: bool,
) -> Result<CampaignPage, WebError> {
    let c = &stored.campaign;
    let (lang, t) = c.text_for(ctx.locale.code()).ok_or(WebError::NotFound)?;
    let mut initiatives = Vec::new();
    for slug in &c.initiatives {
        if let Some(i) = sparks_store::initiatives::get(state.db(), slug).await? {
            initiatives.push(Link {
                label: format!("{} — {}", i.acronym, i.title),
                href: ctx.link(&format!("/initiatives/{}", i.slug)),
            });
        }
    }
    let mut resources = Vec::new();
    for slug in &c.resources {
        if let Some(r) = sparks_store::resources::get(state.db(), slug).await? {
            resources.push(Link {
                label: r.resource.title,
                href: ctx.link(&format!("/resources/{}", r.resource.slug)),
            });
        }
    }
    let mut events = Vec::new();
    for slug in &c.events {
        if let Some(e) = sparks_store::events::get(state.db(), slug).await? {
            events.push(Link {
                label: e.title,
                href: ctx.link(&format!("/events/{}", e.slug)),
            });
        }
    }
    let languages = c
        .texts
        .keys()
        .filter(|l| l.as_str() != lang)
        .filter_map(|l| Locale::from_code(l))
        .map(|l| Link {
            label: l.native_name().to_owned(),
            href: format!("/campaigns/{}?lang={}", c.slug, l.code()),
        })
        .collect();
    let pillars = c
        .pillars
        .iter()
        .filter_map(|p| p.parse::<sparks_core::Pillar>().ok())
        .map(|p| Link {
            label: ctx.locale.pillar(p),
            href: ctx.link(&format!("/pillars/{}", p.slug())),
        })
        .collect();
    Ok(CampaignPage {
        layout: ctx.layout(t.title.clone(), t.summary.clone(), Section::News),
        content_lang: lang.to_owned(),
        draft: !stored.published,
        title: t.title.clone(),
        slogan: t.slogan.clone(),
        summary: t.summary.clone(),
        dates: dates(ctx, c),
        pillars,
        messages: t.messages.clone(),
        hashtags: c.hashtag_line(),
        cta: Link {
            label: t.cta_label.clone(),
            href: ctx.link(&c.cta),
        },
        short_posts: posts(ctx, c, &t.short_posts, "short"),
        long_posts: posts(ctx, c, &t.long_posts, "long"),
        email_subject: t.email_subject.clone(),
        email_body: t.email_body.clone(),
        press: t.press.clone(),
        graphics: graphics(ctx, stored, lang),
        kit_href: format!("/campaigns/{}/kit.zip", c.slug),
        languages,
        initiatives,
        resources,
        events,
        source_url: c.source_url.clone(),
        edit_href: staff.then(|| ctx.link(&format!("/admin/campaigns/{}/edit", c.slug))),
        copy_script: sparks_views::COPY_SCRIPT_PATH.to_owned(),
    })
}

/// `GET /campaigns/{slug}`.
pub async fn show_campaign(
    State(state): State<AppState>,
    ctx: PageContext,
    viewer: MaybeMember,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let stored = visible(&state, &slug, &viewer).await?;
    let view = page_view(&state, &ctx, &stored, is_staff(&viewer)).await?;
    Ok(html(render(&view)))
}

fn cache_control(stored: &StoredCampaign) -> &'static str {
    if stored.published {
        "public, max-age=86400"
    } else {
        "private, no-store"
    }
}

/// `GET /campaigns/{slug}/graphics/{lang}/{file}`: a generated graphic, `{format}.png` or
/// `{format}.svg`.
pub async fn campaign_graphic(
    State(state): State<AppState>,
    viewer: MaybeMember,
    Path((slug, lang, file)): Path<(String, String, String)>,
) -> Result<Response, WebError> {
    let stored = visible(&state, &slug, &viewer).await?;
    let (name, ext) = file.rsplit_once('.').ok_or(WebError::NotFound)?;
    let format = Format::from_name(name).ok_or(WebError::NotFound)?;
    let svg = campaign_kit::graphic_svg(&stored.campaign, &lang, format, state.site_name())
        .ok_or(WebError::NotFound)?;
    let cache = cache_control(&stored);
    match ext {
        "svg" => Ok((
            [
                (header::CONTENT_TYPE, "image/svg+xml"),
                (header::CACHE_CONTROL, cache),
            ],
            svg,
        )
            .into_response()),
        "png" => {
            let png = campaign_kit::png(&svg)?;
            Ok((
                [
                    (header::CONTENT_TYPE, "image/png"),
                    (header::CACHE_CONTROL, cache),
                ],
                png.as_ref().clone(),
            )
                .into_response())
        }
        _ => Err(WebError::NotFound),
    }
}

/// The kit's headings in `lang`.
fn kit_labels(lang: &str) -> KitLabels {
    let locale = Locale::from_code(lang).unwrap_or(Locale::from_accept_language(None));
    KitLabels {
        messages: locale.t("campaign-messages"),
        hashtags: locale.t("campaign-hashtags"),
        short_posts: locale.t("campaign-short-posts"),
        long_posts: locale.t("campaign-long-posts"),
        press: locale.t("campaign-press"),
        cta: locale.t("campaign-cta"),
    }
}

/// `GET /campaigns/{slug}/kit.zip`: the whole kit in one download.
pub async fn campaign_kit(
    State(state): State<AppState>,
    viewer: MaybeMember,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let stored = visible(&state, &slug, &viewer).await?;
    let base = state.link_base();
    let campaign = stored.campaign.clone();
    let site_name = state.site_name().to_owned();
    // Rendering a kit's graphics takes a moment: off the async workers.
    let zip = tokio::task::spawn_blocking(move || {
        campaign_kit::kit_zip(&campaign, &base, &site_name, kit_labels)
    })
    .await
    .map_err(|e| WebError::Internal(format!("kit task: {e}")))??;
    let disposition = format!("attachment; filename=\"{slug}-kit.zip\"");
    Ok((
        [
            (header::CONTENT_TYPE, "application/zip".to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, cache_control(&stored).to_owned()),
        ],
        zip,
    )
        .into_response())
}
