//! HTML page handlers: extract, call the store, fill a view model, render.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use sparks_core::{Pillar, Status};
use sparks_store::moderation::ContentKind;
use sparks_store::{InitiativeFilter, InitiativeQuery, Sort, initiatives};
use sparks_views::{
    AboutPage, DirectoryPage, HomePage, InitiativePage, Link, PillarCard, PillarPage, Section,
    render,
};

use crate::present::context::PageContext;
use crate::present::views;
use crate::query::directory::{self, href as directory_href};
use crate::query::params::{self, Mode};
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// The language the bundled records are written in. Records will carry their own language
/// once editors can add content in others.
const CONTENT_LANG: &str = "en";

/// `GET /`: what Sparks is, the pillars, key figures, latest additions.
pub async fn home(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    let today = state.today();
    let directory = state.directory().await?;
    let facets = directory.facets(&InitiativeFilter::default(), today);
    let total = directory.len() as u64;
    let latest = directory.latest(6, today);
    let base = directory::everything();
    let l = ctx.locale;
    let page = HomePage {
        layout: ctx.layout(
            ctx.t("home-title"),
            ctx.t("home-description"),
            Section::Home,
        ),
        total,
        pillars: Pillar::ALL
            .iter()
            .map(|p| PillarCard {
                slug: p.slug().to_owned(),
                label: l.pillar(*p),
                description: l.pillar_description(*p),
                count: facets
                    .pillars
                    .iter()
                    .find(|f| f.value == p.slug())
                    .map_or(0, |f| f.count),
                href: ctx.link(&format!("/pillars/{}", p.slug())),
                directory_href: ctx.link(&directory::filtered(|f| f.pillar = Some(*p))),
            })
            .collect(),
        programmes: views::figures(&ctx, &facets.programmes, "programme", 8, &base),
        countries: views::figures(&ctx, &facets.countries, "country", 10, &base),
        latest: latest.iter().map(|i| views::card(&ctx, i)).collect(),
        hub: crate::pages::reference::hub_figures(&state, &ctx).await?,
    };
    Ok(html(render(&page)))
}

/// `GET /initiatives`: the directory with facets, text filter, sorting and pages.
pub async fn list_initiatives(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let query = directory::parse(raw.as_deref(), Mode::Page)?;
    let today = state.today();
    let directory = state.directory().await?;
    let results = directory.list(&query, today);
    let facets = directory.facets(&query.filter, today);
    let filtered = !query.filter.is_empty();
    let mut summary = ctx.tn(
        if filtered {
            "directory-summary-match"
        } else {
            "directory-summary-all"
        },
        results.total,
    );
    if results.page_count() > 1 {
        let page = ctx.locale.number(u64::from(results.page));
        let pages = ctx.locale.number(u64::from(results.page_count()));
        summary = ctx.t_args(
            "directory-summary-page",
            &[("summary", &summary), ("page", &page), ("pages", &pages)],
        );
    }
    let heading = match query.filter.pillar {
        Some(p) => ctx.t_args(
            "directory-heading-pillar",
            &[("pillar", &ctx.locale.pillar(p))],
        ),
        None => ctx.t("directory-title"),
    };
    let mut title = heading.clone();
    if let Some(q) = &query.filter.q {
        title = ctx.t_args("directory-title-matching", &[("title", &title), ("q", q)]);
    }
    if query.page > 1 {
        title = ctx.t_args(
            "directory-title-page",
            &[("title", &title), ("page", &query.page.to_string())],
        );
    }
    let api_href = directory_href(&query).replacen("/initiatives", "/api/v1/initiatives", 1);
    let mut layout = ctx.layout(title, ctx.t("directory-description"), Section::Initiatives);
    if filtered {
        let label = layout.title.clone();
        crate::pages::follow::add_button(&state, &ctx, &mut layout, &ctx.here, &label).await?;
    }
    let page = DirectoryPage {
        layout,
        heading,
        items: results.items.iter().map(|i| views::card(&ctx, i)).collect(),
        summary,
        q: query.filter.q.clone().unwrap_or_default(),
        sorts: views::sort_options(&ctx, &query),
        active: views::active_filters(&ctx, &query),
        clear_all: filtered.then(|| ctx.link("/initiatives")),
        hidden: views::hidden_fields(&ctx, &query),
        facets: views::facet_groups(&ctx, &query, &facets),
        pagination: views::pagination(&ctx, &query, results.page_count()),
        api_href,
    };
    Ok(html(render(&page)))
}

/// How many of its latest posts an initiative's profile lists.
const PROFILE_NEWS: u32 = 5;

/// `GET /initiatives/{slug}`: an initiative's profile.
pub async fn show_initiative(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let initiative = initiatives::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let i = &initiative;
    let today = state.today();
    let status = i.status(today);
    let l = ctx.locale;
    let news_filter = sparks_store::news::NewsFilter {
        initiative: Some(i.slug.clone()),
        q: None,
    };
    let latest = sparks_store::news::list(state.db(), &news_filter, 1, PROFILE_NEWS).await?;
    let feed_href = format!("/initiatives/{}/feed.xml", i.slug);
    let mut layout = crate::pages::syndication::with_json_ld(
        ctx.layout(
            format!("{}: {}", i.acronym, i.title),
            sparks_views::format::shorten(&sparks_core::markdown::to_plain_text(&i.summary), 160),
            Section::Initiatives,
        ),
        &crate::pages::syndication::initiative_ld(i),
    );
    layout.feed = Some(feed_href.clone());
    let shown: Vec<String> = i
        .website
        .iter()
        .chain(&i.cordis_url)
        .chain(&i.sources)
        .map(ToString::to_string)
        .chain(i.field_sources.values().flatten().cloned())
        .collect();
    let broken_links =
        crate::api::links::broken_on_page(state.db(), shown.iter().map(String::as_str)).await?;
    crate::pages::follow::add_button(&state, &ctx, &mut layout, &ctx.here, &i.acronym).await?;
    let page = InitiativePage {
        layout,
        broken_links,
        news: latest
            .items
            .iter()
            .map(|p| Link {
                label: p.title.clone(),
                href: ctx.link(&format!("/news/{}", p.slug)),
            })
            .collect(),
        news_href: ctx.link(&format!("/news?initiative={}", i.slug)),
        feed_href: ctx.link(&feed_href),
        acronym: i.acronym.clone(),
        title: i.title.clone(),
        summary_html: sparks_core::markdown::to_safe_html(&i.summary),
        content_lang: CONTENT_LANG.to_owned(),
        status: (
            views::status_label(&ctx, status, i.start_date),
            status.slug().to_owned(),
        ),
        status_note: matches!(status, Status::ProbablyOngoing | Status::Unknown)
            .then(|| ctx.t("status-rule-note")),
        checked: views::checked_line(
            &ctx,
            sparks_store::checks::get(state.db(), ContentKind::Initiative, &i.slug)
                .await?
                .as_ref(),
        ),
        pillars: views::pillar_links(&ctx, &i.pillars),
        facts: views::facts(&ctx, i, today),
        countries: i
            .countries()
            .iter()
            .map(|c| Link {
                label: l.country(*c),
                href: ctx.link(&directory::filtered(|f| f.country = Some(*c))),
            })
            .collect(),
        topics: i
            .topics
            .iter()
            .map(|t| {
                let query = directory::with_filter(&directory::everything(), |f| {
                    f.topic = Some(t.to_lowercase())
                });
                Link {
                    label: t.clone(),
                    href: ctx.link(&directory_href(&query)),
                }
            })
            .collect(),
        website: i.website.as_ref().map(ToString::to_string),
        cordis_url: i.cordis_url.as_ref().map(ToString::to_string),
        sources: i.sources.iter().map(ToString::to_string).collect(),
        field_sources: i
            .field_sources
            .iter()
            .map(|(field, urls)| (views::field_label(&ctx, field), urls.clone()))
            .collect(),
        notes: i.notes.clone(),
        sparks_urls: i.sparks_urls.iter().map(ToString::to_string).collect(),
        outputs: sparks_store::resources::list(
            state.db(),
            &sparks_store::ResourceFilter {
                initiative: Some(i.slug.clone()),
                ..sparks_store::ResourceFilter::default()
            },
            1,
            50,
        )
        .await?
        .items
        .iter()
        .map(|e| Link {
            label: e.resource.title.clone(),
            href: ctx.link(&format!("/resources/{}", e.resource.slug)),
        })
        .collect(),
        outputs_href: ctx.link(&format!("/resources?initiative={}", i.slug)),
        recommendations: crate::pages::recommendations::for_initiative(&state, &ctx, &i.slug)
            .await?,
        related: crate::pages::discovery::related_to(&state, &ctx, &i.slug).await?,
        related_api_href: format!("/api/v1/initiatives/{}/related", i.slug),
        api_href: format!("/api/v1/initiatives/{}", i.slug),
    };
    Ok(html(render(&page)))
}

/// `GET /pillars/{slug}`: a pillar, who funds it, where, and its newest initiatives.
pub async fn show_pillar(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let pillar: Pillar = slug.parse().map_err(|_| WebError::NotFound)?;
    let today = state.today();
    let query = InitiativeQuery {
        filter: InitiativeFilter {
            pillar: Some(pillar),
            ..InitiativeFilter::default()
        },
        sort: Sort::Newest,
        page: 1,
        per_page: 12,
    };
    let directory = state.directory().await?;
    let results = directory.list(&query, today);
    let facets = directory.facets(&query.filter, today);
    let in_directory = InitiativeQuery {
        sort: Sort::default(),
        per_page: params::DEFAULT_PER_PAGE,
        ..query.clone()
    };
    let l = ctx.locale;
    let feed_href = format!("/pillars/{}/feed.xml", pillar.slug());
    let mut layout = ctx.layout(
        l.pillar(pillar),
        l.pillar_description(pillar),
        Section::Pillars,
    );
    layout.feed = Some(feed_href.clone());
    crate::pages::follow::add_button(&state, &ctx, &mut layout, &ctx.here, &l.pillar(pillar))
        .await?;
    let page = PillarPage {
        layout,
        feed_href: ctx.link(&feed_href),
        label: l.pillar(pillar),
        description: l.pillar_description(pillar),
        total: results.total,
        items: results.items.iter().map(|i| views::card(&ctx, i)).collect(),
        directory_href: ctx.link(&directory_href(&in_directory)),
        programmes: views::figures(&ctx, &facets.programmes, "programme", 8, &in_directory),
        countries: views::figures(&ctx, &facets.countries, "country", 10, &in_directory),
        others: Pillar::ALL
            .iter()
            .filter(|p| **p != pillar)
            .map(|p| Link {
                label: l.pillar(*p),
                href: ctx.link(&format!("/pillars/{}", p.slug())),
            })
            .collect(),
    };
    Ok(html(render(&page)))
}

/// `GET /about`.
pub async fn about(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    let total = state.directory().await?.len() as u64;
    Ok(html(render(&AboutPage {
        layout: ctx.layout(
            ctx.t("about-title"),
            ctx.t("about-description"),
            Section::About,
        ),
        total,
    })))
}

/// Anything no route matches.
pub async fn not_found() -> WebError {
    WebError::NotFound
}
