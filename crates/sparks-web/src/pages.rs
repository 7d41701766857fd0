//! HTML page handlers: extract, call the store, fill a view model, render.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use sparks_core::{Pillar, Status};
use sparks_store::{InitiativeFilter, InitiativeQuery, Sort, initiatives};
use sparks_views::format::thousands;
use sparks_views::{
    AboutPage, DirectoryPage, HelpPage, HomePage, InitiativePage, Layout, Link, PillarCard,
    PillarPage, Section, render,
};

use crate::links::directory_href;
use crate::middleware::html;
use crate::{AppState, WebError, params, views};

fn everything() -> InitiativeQuery {
    InitiativeQuery {
        filter: InitiativeFilter::default(),
        sort: Sort::default(),
        page: 1,
        per_page: params::DEFAULT_PER_PAGE,
    }
}

/// `GET /`: what Sparks is, the pillars, key figures, latest additions.
pub async fn home(State(state): State<AppState>) -> Result<Response, WebError> {
    let db = state.db();
    let today = state.today();
    let facets = initiatives::facets(db, &InitiativeFilter::default(), today).await?;
    let total: u64 = facets.statuses.iter().map(|f| f.count).sum();
    let latest = initiatives::latest(db, 6, today).await?;
    let base = everything();
    let page = HomePage {
        layout: Layout::new(
            "Countering child sexual abuse in Europe",
            "The initiatives that prevent child sexual abuse and exploitation, detect and investigate it, and support victims and survivors.",
            Section::Home,
        ),
        total: thousands(total),
        pillars: Pillar::ALL
            .iter()
            .map(|p| PillarCard {
                slug: p.slug().to_owned(),
                label: p.label().to_owned(),
                description: p.description().to_owned(),
                count: thousands(
                    facets
                        .pillars
                        .iter()
                        .find(|f| f.value == p.slug())
                        .map_or(0, |f| f.count),
                ),
            })
            .collect(),
        programmes: views::figures(&facets.programmes, "programme", 8, &base),
        countries: views::figures(&facets.countries, "country", 10, &base),
        latest: latest.iter().map(views::card).collect(),
    };
    Ok(html(render(&page)))
}

/// `GET /initiatives`: the directory with facets, text filter, sorting and pages.
pub async fn list_initiatives(
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let query = params::directory_query(&params::pairs(raw.as_deref()))?;
    let db = state.db();
    let today = state.today();
    let results = initiatives::list(db, &query, today).await?;
    let facets = initiatives::facets(db, &query.filter, today).await?;
    let filtered = !query.filter.is_empty();
    let summary = match (filtered, results.total) {
        (false, 1) => "1 initiative".to_owned(),
        (false, n) => format!("{} initiatives", thousands(n)),
        (true, 1) => "1 initiative matches".to_owned(),
        (true, n) => format!("{} initiatives match", thousands(n)),
    };
    let summary = if results.page_count() > 1 {
        format!(
            "{summary} · page {} of {}",
            results.page,
            thousands(u64::from(results.page_count()))
        )
    } else {
        summary
    };
    let heading = match query.filter.pillar {
        Some(p) => format!("Initiatives: {}", p.label()),
        None => "Initiatives".to_owned(),
    };
    let mut title = heading.clone();
    if let Some(q) = &query.filter.q {
        title = format!("{title} matching “{q}”");
    }
    if query.page > 1 {
        title = format!("{title}, page {}", query.page);
    }
    let api_href = directory_href(&query).replacen("/initiatives", "/api/v1/initiatives", 1);
    let page = DirectoryPage {
        layout: Layout::new(
            title,
            "Directory of initiatives against child sexual abuse and exploitation.",
            Section::Initiatives,
        ),
        heading,
        items: results.items.iter().map(views::card).collect(),
        summary,
        q: query.filter.q.clone().unwrap_or_default(),
        sorts: views::sort_options(&query),
        active: views::active_filters(&query),
        clear_all: filtered.then(|| "/initiatives".to_owned()),
        hidden: views::hidden_fields(&query),
        facets: views::facet_groups(&query, &facets),
        pagination: views::pagination(&query, results.page_count()),
        api_href,
    };
    Ok(html(render(&page)))
}

/// `GET /initiatives/{slug}`: an initiative's profile.
pub async fn show_initiative(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let initiative = initiatives::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let i = &initiative;
    let today = state.today();
    let status: Status = i.status(today);
    let page = InitiativePage {
        layout: Layout::new(
            format!("{}: {}", i.acronym, i.title),
            sparks_views::format::shorten(&i.summary, 160),
            Section::Initiatives,
        ),
        acronym: i.acronym.clone(),
        title: i.title.clone(),
        summary: i.summary.clone(),
        status: (status.label().to_owned(), status.slug().to_owned()),
        pillars: views::pillar_links(&i.pillars),
        facts: views::facts(i, today),
        countries: i
            .countries()
            .iter()
            .map(|c| Link {
                label: c.name().to_owned(),
                href: format!("/initiatives?country={}", c.code()),
            })
            .collect(),
        topics: i
            .topics
            .iter()
            .map(|t| {
                let query =
                    crate::links::with_filter(&everything(), |f| f.topic = Some(t.to_lowercase()));
                Link {
                    label: t.clone(),
                    href: directory_href(&query),
                }
            })
            .collect(),
        website: i.website.as_ref().map(ToString::to_string),
        cordis_url: i.cordis_url.as_ref().map(ToString::to_string),
        sources: i.sources.iter().map(ToString::to_string).collect(),
        field_sources: i
            .field_sources
            .iter()
            .map(|(field, urls)| (views::field_label(field), urls.clone()))
            .collect(),
        notes: i.notes.clone(),
        sparks_urls: i.sparks_urls.iter().map(ToString::to_string).collect(),
        api_href: format!("/api/v1/initiatives/{}", i.slug),
    };
    Ok(html(render(&page)))
}

/// `GET /pillars/{slug}`: a pillar, who funds it, where, and its newest initiatives.
pub async fn show_pillar(
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let pillar: Pillar = slug.parse().map_err(|_| WebError::NotFound)?;
    let db = state.db();
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
    let results = initiatives::list(db, &query, today).await?;
    let facets = initiatives::facets(db, &query.filter, today).await?;
    let in_directory = InitiativeQuery {
        sort: Sort::default(),
        per_page: params::DEFAULT_PER_PAGE,
        ..query.clone()
    };
    let page = PillarPage {
        layout: Layout::new(pillar.label(), pillar.description(), Section::Pillars),
        label: pillar.label().to_owned(),
        description: pillar.description().to_owned(),
        total: thousands(results.total),
        items: results.items.iter().map(views::card).collect(),
        directory_href: directory_href(&in_directory),
        programmes: views::figures(&facets.programmes, "programme", 8, &in_directory),
        countries: views::figures(&facets.countries, "country", 10, &in_directory),
        others: Pillar::ALL
            .iter()
            .filter(|p| **p != pillar)
            .map(|p| Link {
                label: p.label().to_owned(),
                href: format!("/pillars/{}", p.slug()),
            })
            .collect(),
    };
    Ok(html(render(&page)))
}

/// `GET /about`.
pub async fn about(State(state): State<AppState>) -> Result<Response, WebError> {
    let total = initiatives::count(state.db()).await?;
    Ok(html(render(&AboutPage {
        layout: Layout::new(
            "About Sparks",
            "What Sparks is, where it comes from and how its facts are kept.",
            Section::About,
        ),
        total: thousands(total),
    })))
}

/// `GET /help`: helplines and where to report.
pub async fn help() -> Response {
    html(render(&HelpPage {
        layout: Layout::new(
            "Help and where to report",
            "Child helplines, reporting hotlines and help for people worried about their own thoughts.",
            Section::Help,
        ),
    }))
}

/// Anything no route matches.
pub async fn not_found() -> WebError {
    WebError::NotFound
}
