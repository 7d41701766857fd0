//! News and campaigns: the list of posts and one post.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use sparks_core::NewsPost;
use sparks_store::news;
use sparks_views::format::shorten;
use sparks_views::{ContentCard, Link, NewsListPage, NewsPage, Section, render};

use crate::pages::resources::iso;
use crate::present::context::PageContext;
use crate::present::pagination;
use crate::present::warnings;
use crate::query::content::{self, news_href};
use crate::query::params::Mode;
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// `GET /news`: posts, newest first.
pub async fn list_news(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = content::news_query(raw.as_deref(), Mode::Page)?;
    let page = news::list(state.db(), &q.filter, q.page, q.per_page).await?;
    let list_href = |n: u32| news_href(&q.filter, n);
    let feed = news_href(&q.filter, 1).replacen("/news", "/news/feed.xml", 1);
    let mut layout = ctx.layout(
        ctx.t("news-title"),
        ctx.t("news-description"),
        Section::News,
    );
    layout.feed = Some(feed.clone());
    let view = NewsListPage {
        layout,
        items: cards(&state, &ctx, &page.items).await?,
        feed_href: ctx.link(&feed),
        pagination: pagination::for_total(q.page, page.total, q.per_page, |n| {
            ctx.link(&list_href(n))
        }),
        api_href: list_href(q.page).replacen("/news", "/api/v1/news", 1),
    };
    Ok(html(render(&view)))
}

/// News cards, each crediting the initiative it comes from (linking its profile).
pub async fn cards(
    state: &AppState,
    ctx: &PageContext,
    posts: &[NewsPost],
) -> Result<Vec<ContentCard>, WebError> {
    let mut slugs: Vec<&str> = posts
        .iter()
        .filter_map(|p| p.initiative.as_deref())
        .collect();
    slugs.sort_unstable();
    slugs.dedup();
    let labels = news::initiative_labels(state.db(), &slugs).await?;
    Ok(posts
        .iter()
        .map(|p| ContentCard {
            href: ctx.link(&format!("/news/{}", p.slug)),
            title: p.title.clone(),
            summary: shorten(&p.summary, 240),
            meta: vec![(ctx.t("label-published"), ctx.locale.date(iso(p.published)))],
            lang: p.language.clone(),
            summary_lang: p.language.clone(),
            origin: p.initiative.as_deref().and_then(|s| {
                labels
                    .iter()
                    .find(|(slug, _, _)| slug == s)
                    .map(|(slug, acronym, title)| Link {
                        label: format!("{acronym} — {title}"),
                        href: ctx.link(&format!("/initiatives/{slug}")),
                    })
            }),
            warning: warnings::label(ctx, p.content_warning),
        })
        .collect())
}

/// `GET /news/{slug}`.
pub async fn show_news(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let p = news::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let initiative = match &p.initiative {
        Some(s) => sparks_store::initiatives::get(state.db(), s)
            .await?
            .map(|i| Link {
                label: format!("{} — {}", i.acronym, i.title),
                href: ctx.link(&format!("/initiatives/{}", i.slug)),
            }),
        None => None,
    };
    let shown = p.source_url.as_ref().map(ToString::to_string);
    let broken_links = crate::api::links::broken_on_page(state.db(), shown.as_deref()).await?;
    let view = NewsPage {
        broken_links,
        layout: crate::pages::syndication::with_json_ld(
            ctx.layout(p.title.clone(), shorten(&p.summary, 160), Section::News),
            &crate::pages::syndication::news_ld(&p),
        ),
        published: ctx.locale.date(iso(p.published)),
        published_iso: sparks_core::date::iso_day(p.published),
        title: p.title,
        summary: p.summary,
        body_html: p.body_html,
        content_lang: p.language,
        initiative,
        source_url: p.source_url.map(|u| u.to_string()),
        warning: warnings::label(&ctx, p.content_warning),
    };
    Ok(html(render(&view)))
}
