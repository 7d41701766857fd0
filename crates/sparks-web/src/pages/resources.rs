//! The resource library's pages.

use axum::extract::{Path, RawQuery, State};
use axum::response::Response;
use sparks_core::vocab::{is_rtl, language_name};
use sparks_core::{Audience, FacetCount, Pillar, ResourceKind};
use sparks_store::{ResourceFilter, resources};
use sparks_views::format::shorten;
use sparks_views::{
    ContentCard, FacetGroup, FacetOption, Fact, HiddenField, Link, ResourcePage, ResourcesPage,
    Section, render,
};

use crate::present::context::PageContext;
use crate::present::pagination;
use crate::present::warnings;
use crate::query::content::{self, Paged, resource_href, resource_pairs};
use crate::query::params::{Mode, href};
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// The library with one filter set (or cleared), back on page 1.
fn resources_href(
    ctx: &PageContext,
    q: &Paged<ResourceFilter>,
    change: impl FnOnce(&mut ResourceFilter),
) -> String {
    let mut next = q.clone();
    change(&mut next.filter);
    next.page = 1;
    ctx.link(&resource_href(&next))
}

fn facet(
    ctx: &PageContext,
    q: &Paged<ResourceFilter>,
    title_key: &str,
    id: &str,
    counts: &[FacetCount],
    selected: Option<String>,
    set: fn(&mut ResourceFilter, Option<&str>),
) -> FacetGroup {
    FacetGroup {
        title: ctx.t(title_key),
        id: id.to_owned(),
        options: counts
            .iter()
            .map(|c| {
                let is = selected.as_deref() == Some(c.value.as_str());
                FacetOption {
                    label: c.label.clone(),
                    count: ctx.locale.number(c.count),
                    href: resources_href(ctx, q, |f| set(f, (!is).then_some(c.value.as_str()))),
                    selected: is,
                }
            })
            .collect(),
    }
}

/// A resource's type, in the page's language.
fn kind_label(ctx: &PageContext, k: ResourceKind) -> String {
    ctx.t(&format!("resource-type-{}", k.slug()))
}

/// `GET /resources`: the library with facets, text filter and pages.
pub async fn list_resources(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = content::resource_query(raw.as_deref(), Mode::Page)?;
    let db = state.db();
    let page = resources::list(db, &q.filter, q.page, q.per_page).await?;
    let mut facets = resources::facets(db, &q.filter).await?;
    for f in &mut facets.kinds {
        if let Ok(k) = f.value.parse() {
            f.label = kind_label(&ctx, k);
        }
    }
    for f in &mut facets.pillars {
        if let Ok(p) = f.value.parse::<Pillar>() {
            f.label = ctx.locale.pillar(p);
        }
    }
    for f in &mut facets.audiences {
        f.label = ctx.t(&format!("audience-{}", f.value));
    }
    let f = &q.filter;
    let groups = vec![
        facet(
            &ctx,
            &q,
            "resources-facet-type",
            "type",
            &facets.kinds,
            f.kind.map(|k| k.slug().to_owned()),
            |f, v| f.kind = v.and_then(|v| v.parse().ok()),
        ),
        facet(
            &ctx,
            &q,
            "facet-pillar",
            "pillar",
            &facets.pillars,
            f.pillar.map(|p| p.slug().to_owned()),
            |f, v| f.pillar = v.and_then(|v| v.parse().ok()),
        ),
        facet(
            &ctx,
            &q,
            "resources-facet-audience",
            "audience",
            &facets.audiences,
            f.audience.map(|a| a.slug().to_owned()),
            |f, v| f.audience = v.and_then(|v| v.parse().ok()),
        ),
        facet(
            &ctx,
            &q,
            "resources-facet-language",
            "language",
            &facets.languages,
            f.language.clone(),
            |f, v| f.language = v.map(str::to_owned),
        ),
        facet(
            &ctx,
            &q,
            "facet-topic",
            "topic",
            &facets.topics,
            f.topic.as_ref().map(|t| t.to_lowercase()),
            |f, v| f.topic = v.map(str::to_owned),
        ),
    ];
    let mut active = Vec::new();
    for g in &groups {
        for o in g.options.iter().filter(|o| o.selected) {
            active.push(Link {
                label: format!("{}: {}", g.title, o.label),
                href: o.href.clone(),
            });
        }
    }
    if let Some(text) = &f.q {
        active.push(Link {
            label: format!("“{text}”"),
            href: resources_href(&ctx, &q, |f| f.q = None),
        });
    }
    if let Some(i) = &f.initiative {
        active.push(Link {
            label: format!("{}: {i}", ctx.t("resources-facet-initiative")),
            href: resources_href(&ctx, &q, |f| f.initiative = None),
        });
    }
    let filtered = !f.is_empty();
    let summary = if filtered {
        ctx.tn("resources-count-match", page.total)
    } else {
        ctx.tn("resources-count", page.total)
    };
    let mut hidden: Vec<HiddenField> = resource_pairs(&q)
        .into_iter()
        .filter(|(k, _)| !matches!(*k, "q" | "page"))
        .map(|(k, v)| HiddenField {
            name: k.to_owned(),
            value: v,
        })
        .collect();
    if let Some(l) = ctx.lang_param {
        hidden.push(HiddenField {
            name: "lang".into(),
            value: l.code().into(),
        });
    }
    let pagination = pagination::for_total(q.page, page.total, q.per_page, |n| {
        let mut p = q.clone();
        p.page = n;
        ctx.link(&resource_href(&p))
    });
    let view = ResourcesPage {
        layout: ctx.layout(
            ctx.t("resources-title"),
            ctx.t("resources-description"),
            Section::Resources,
        ),
        summary,
        q: f.q.clone().unwrap_or_default(),
        items: page
            .items
            .iter()
            .map(|e| {
                let r = &e.resource;
                let mut meta = vec![(ctx.t("label-type"), kind_label(&ctx, r.kind))];
                if let Some(d) = r.published {
                    meta.push((ctx.t("label-published"), ctx.locale.date(d)));
                }
                if let Some(m) = &r.made_by {
                    meta.push((ctx.t("label-by"), m.clone()));
                }
                ContentCard {
                    href: ctx.link(&format!("/resources/{}", r.slug)),
                    title: r.title.clone(),
                    summary: shorten(&sparks_core::markdown::to_plain_text(&r.summary), 240),
                    meta,
                    lang: r.language.clone().unwrap_or_else(|| "en".to_owned()),
                    summary_lang: "en".to_owned(),
                    origin: None,
                    warning: warnings::label(&ctx, r.content_warning),
                }
            })
            .collect(),
        active,
        clear_all: filtered.then(|| ctx.link("/resources")),
        hidden,
        facets: groups,
        pagination,
        api_href: href("/api/v1/resources", &resource_pairs(&q)),
    };
    Ok(html(render(&view)))
}

/// `GET /resources/{slug}`.
pub async fn show_resource(
    State(state): State<AppState>,
    ctx: PageContext,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let entry = resources::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let r = &entry.resource;
    let lang = r.language.clone().unwrap_or_else(|| "en".to_owned());
    let fact = |label: String, value: String, href: Option<String>| Fact {
        label,
        value,
        href,
        note: None,
    };
    let mut facts = vec![fact(
        ctx.t("label-type"),
        kind_label(&ctx, r.kind),
        Some(ctx.link(&format!("/resources?type={}", r.kind.slug()))),
    )];
    if let Some(m) = &r.made_by {
        facts.push(fact(ctx.t("label-by"), m.clone(), None));
    }
    facts.push(fact(
        ctx.t("label-published"),
        r.published
            .map_or_else(|| ctx.t("value-unknown"), |d| ctx.locale.date(d)),
        None,
    ));
    if let Some(l) = &r.language {
        facts.push(fact(ctx.t("label-language"), language_name(l), None));
    }
    if !r.pillars.is_empty() {
        let names: Vec<String> = r.pillars.iter().map(|p| ctx.locale.pillar(*p)).collect();
        facts.push(fact(ctx.t("label-pillars"), names.join(", "), None));
    }
    if !r.audiences.is_empty() {
        let names: Vec<String> = r
            .audiences
            .iter()
            .map(|a: &Audience| ctx.t(&format!("audience-{}", a.slug())))
            .collect();
        facts.push(fact(
            ctx.t("resources-facet-audience"),
            names.join(", "),
            None,
        ));
    }
    let shown: Vec<String> = r
        .url
        .iter()
        .chain(&r.source_url)
        .map(ToString::to_string)
        .collect();
    let broken_links =
        crate::api::links::broken_on_page(state.db(), shown.iter().map(String::as_str)).await?;
    let view = ResourcePage {
        broken_links,
        layout: crate::pages::syndication::with_json_ld(
            ctx.layout(
                r.title.clone(),
                shorten(&sparks_core::markdown::to_plain_text(&r.summary), 160),
                Section::Resources,
            ),
            &crate::pages::syndication::resource_ld(r),
        ),
        title: r.title.clone(),
        kind: kind_label(&ctx, r.kind),
        warning: warnings::label(&ctx, r.content_warning),
        summary_html: sparks_core::markdown::to_safe_html(&r.summary),
        dir: if is_rtl(&lang) { "rtl" } else { "auto" }.to_owned(),
        // Summaries are the editors' paraphrases, written in English for now.
        summary_lang: "en".to_owned(),
        content_lang: lang,
        facts,
        topics: r
            .topics
            .iter()
            .map(|t| Link {
                label: t.clone(),
                href: ctx.link(&href("/resources", &[("topic", t.to_lowercase())])),
            })
            .collect(),
        initiatives: entry
            .initiatives
            .iter()
            .map(|i| Link {
                label: format!("{} — {}", i.acronym, i.title),
                href: ctx.link(&format!("/initiatives/{}", i.slug)),
            })
            .collect(),
        link: r.url.as_ref().map(ToString::to_string),
        source_url: r.source_url.as_ref().map(ToString::to_string),
        checked: crate::present::views::checked_line(
            &ctx,
            sparks_store::checks::get(
                state.db(),
                sparks_store::moderation::ContentKind::Resource,
                &r.slug,
            )
            .await?
            .as_ref(),
        ),
        api_href: format!("/api/v1/resources/{}", r.slug),
    };
    Ok(html(render(&view)))
}

/// A full date as a [`sparks_core::PartialDate`] of day precision, for formatting.
pub(crate) fn iso(d: time::Date) -> sparks_core::PartialDate {
    sparks_core::PartialDate::from_date(d)
}
