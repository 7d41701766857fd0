//! Turning domain data into the view models of `sparks-views`, in the page's language.

use sparks_core::{
    Country, FacetCount, Facets, Initiative, InitiativeSummary, PartialDate, Pillar, Programme,
    Status,
};
use sparks_store::{InitiativeQuery, Sort};
use sparks_views::format::shorten;
use sparks_views::{
    ErrorPage, FacetGroup, FacetOption, Fact, Figure, HiddenField, InitiativeCard, Link,
    Pagination, Section, SelectOption,
};

use crate::error::{ErrorInfo, ErrorKind};
use crate::present::context::PageContext;
use crate::present::pagination;
use crate::query::directory::{self, href as directory_href, with_page};

/// "January 2023 – December 2024", "from March 2021", "until 2025", or empty.
fn date_range(ctx: &PageContext, i: &InitiativeSummary) -> String {
    let l = ctx.locale;
    match (i.start_date, i.end_date) {
        (Some(s), Some(e)) => {
            ctx.t_args("date-range", &[("start", &l.date(s)), ("end", &l.date(e))])
        }
        (Some(s), None) => ctx.t_args("date-from", &[("start", &l.date(s))]),
        (None, Some(e)) => ctx.t_args("date-until", &[("end", &l.date(e))]),
        (None, None) => String::new(),
    }
}

/// A status as pages name it: a probable one says when it started, so the reader sees why.
pub fn status_label(ctx: &PageContext, status: Status, start: Option<PartialDate>) -> String {
    match (status, start) {
        (Status::ProbablyOngoing, Some(s)) => ctx.t_args(
            "status-probably-ongoing-since",
            &[("year", &s.year().to_string())],
        ),
        _ => ctx.locale.status(status),
    }
}

/// What a page says beside a record's sources: "Checked on 5 December 2026", or "Not
/// checked yet".
pub fn checked_line(ctx: &PageContext, check: Option<&sparks_store::checks::Check>) -> String {
    match check {
        Some(c) => ctx.t_args(
            "checked-on",
            &[(
                "date",
                &ctx.locale.date(PartialDate::from_date(c.checked_at)),
            )],
        ),
        None => ctx.t("checked-never"),
    }
}

/// A list entry.
pub fn card(ctx: &PageContext, i: &InitiativeSummary) -> InitiativeCard {
    let l = ctx.locale;
    InitiativeCard {
        href: ctx.link(&format!("/initiatives/{}", i.slug)),
        acronym: i.acronym.clone(),
        title: i.title.clone(),
        summary: shorten(&sparks_core::markdown::to_plain_text(&i.summary), 240),
        programme: l.programme(i.programme),
        status: status_label(ctx, i.status, i.start_date),
        status_slug: i.status.slug().to_owned(),
        dates: date_range(ctx, i),
        pillars: i.pillars.iter().map(|p| l.pillar(*p)).collect(),
        countries: i
            .countries
            .iter()
            .map(|c| l.country(*c))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The name of a facet value in the page's language.
fn facet_label(ctx: &PageContext, param: &str, f: &FacetCount) -> String {
    let l = ctx.locale;
    let translated = match param {
        "pillar" => f.value.parse::<Pillar>().ok().map(|p| l.pillar(p)),
        "programme" => f.value.parse::<Programme>().ok().map(|p| l.programme(p)),
        "status" => f.value.parse().ok().map(|s| l.status(s)),
        "kind" => f.value.parse().ok().map(|k| l.kind(k)),
        "country" => Country::from_code(&f.value).ok().map(|c| l.country(c)),
        _ => None,
    };
    translated.unwrap_or_else(|| f.label.clone())
}

/// The largest values of a facet as key figures linking into the directory.
pub fn figures(
    ctx: &PageContext,
    counts: &[FacetCount],
    param: &str,
    limit: usize,
    base: &InitiativeQuery,
) -> Vec<Figure> {
    let mut sorted: Vec<&FacetCount> = counts.iter().collect();
    sorted.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
    sorted
        .into_iter()
        .take(limit)
        .map(|f| Figure {
            label: facet_label(ctx, param, f),
            value: ctx.locale.number(f.count),
            href: facet_href(ctx, base, param, Some(&f.value)),
        })
        .collect()
}

/// The directory for `base` with one facet set to `value` (or cleared).
fn facet_href(
    ctx: &PageContext,
    base: &InitiativeQuery,
    param: &str,
    value: Option<&str>,
) -> String {
    let next = directory::with_param(base, param, value);
    ctx.link(&directory_href(&next))
}

/// The value a facet has in the query, as it appears in URLs.
fn selected_value(query: &InitiativeQuery, param: &str) -> Option<String> {
    directory::pairs(query)
        .into_iter()
        .find(|(k, _)| *k == param)
        .map(|(_, v)| v)
}

fn facet_group(
    ctx: &PageContext,
    query: &InitiativeQuery,
    param: &str,
    counts: &[FacetCount],
) -> FacetGroup {
    let selected = selected_value(query, param);
    let options = counts
        .iter()
        .map(|f| {
            let is_selected = selected
                .as_deref()
                .is_some_and(|s| s.eq_ignore_ascii_case(&f.value));
            FacetOption {
                label: facet_label(ctx, param, f),
                count: ctx.locale.number(f.count),
                href: facet_href(
                    ctx,
                    query,
                    param,
                    if is_selected { None } else { Some(&f.value) },
                ),
                selected: is_selected,
            }
        })
        .collect();
    FacetGroup {
        title: ctx.t(&format!("facet-{param}")),
        id: param.to_owned(),
        options,
    }
}

/// The filter panel.
pub fn facet_groups(
    ctx: &PageContext,
    query: &InitiativeQuery,
    facets: &Facets,
) -> Vec<FacetGroup> {
    vec![
        facet_group(ctx, query, "pillar", &facets.pillars),
        facet_group(ctx, query, "status", &facets.statuses),
        facet_group(ctx, query, "programme", &facets.programmes),
        facet_group(ctx, query, "kind", &facets.kinds),
        facet_group(ctx, query, "country", &facets.countries),
        facet_group(ctx, query, "year", &facets.years),
        facet_group(ctx, query, "topic", &facets.topics),
    ]
}

/// The filters in force, each linking to the directory without it.
pub fn active_filters(ctx: &PageContext, query: &InitiativeQuery) -> Vec<Link> {
    let l = ctx.locale;
    let f = &query.filter;
    let mut chosen: Vec<(&str, String)> = Vec::new();
    if let Some(q) = &f.q {
        chosen.push(("q", format!("“{q}”")));
    }
    if let Some(p) = f.pillar {
        chosen.push(("pillar", l.pillar(p)));
    }
    if let Some(s) = f.status {
        chosen.push(("status", l.status(s)));
    }
    if let Some(p) = f.programme {
        chosen.push(("programme", l.programme(p)));
    }
    if let Some(k) = f.kind {
        chosen.push(("kind", l.kind(k)));
    }
    if let Some(c) = f.country {
        chosen.push(("country", l.country(c)));
    }
    if let Some(y) = f.year {
        chosen.push(("year", y.to_string()));
    }
    if let Some(t) = &f.topic {
        chosen.push(("topic", t.clone()));
    }
    chosen
        .into_iter()
        .map(|(param, value)| {
            let facet = if param == "q" {
                ctx.t("filter-text")
            } else {
                ctx.t(&format!("facet-{param}"))
            };
            Link {
                label: ctx.t_args("filter-active", &[("facet", &facet), ("value", &value)]),
                href: facet_href(ctx, query, param, None),
            }
        })
        .collect()
}

/// Filters other than `q`, `sort` and `page`, carried through the search form (and the
/// language, when the URL chose it).
pub fn hidden_fields(ctx: &PageContext, query: &InitiativeQuery) -> Vec<HiddenField> {
    let mut fields: Vec<HiddenField> = directory::pairs(query)
        .into_iter()
        .filter(|(k, _)| !matches!(*k, "q" | "sort" | "page"))
        .map(|(k, v)| HiddenField {
            name: k.to_owned(),
            value: v,
        })
        .collect();
    if let Some(l) = ctx.lang_param {
        fields.push(HiddenField {
            name: "lang".into(),
            value: l.code().into(),
        });
    }
    fields
}

/// The sort control.
pub fn sort_options(ctx: &PageContext, query: &InitiativeQuery) -> Vec<SelectOption> {
    Sort::ALL
        .iter()
        .map(|s| SelectOption {
            value: s.slug().to_owned(),
            label: ctx.t(&format!("sort-{}", s.slug())),
            selected: *s == query.sort,
        })
        .collect()
}

/// Page links under the directory.
pub fn pagination(ctx: &PageContext, query: &InitiativeQuery, page_count: u32) -> Pagination {
    pagination::page_links(query.page, page_count, |n| {
        ctx.link(&directory_href(&with_page(query, n)))
    })
}

/// The key facts of a profile, in reading order.
pub fn facts(ctx: &PageContext, i: &Initiative, today: time::Date) -> Vec<Fact> {
    let l = ctx.locale;
    let fact = |key: &str, value: String| Fact {
        label: ctx.t(key),
        value,
        href: None,
        note: None,
    };
    let mut facts = vec![
        fact("fact-kind", l.kind(i.kind)),
        Fact {
            href: Some(ctx.link(&directory::filtered(|f| f.programme = Some(i.programme)))),
            note: i.programme_original.clone(),
            ..fact("fact-programme", l.programme(i.programme))
        },
    ];
    if let Some(g) = &i.grant_id {
        facts.push(fact("fact-grant", g.clone()));
    }
    if let Some(s) = i.start_date {
        facts.push(fact("fact-start", l.date(s)));
    }
    if let Some(e) = i.end_date {
        facts.push(fact("fact-end", l.date(e)));
    }
    facts.push(fact(
        "fact-status",
        status_label(ctx, i.status(today), i.start_date),
    ));
    if let Some(claim) = &i.status_claim {
        let url = claim.source.to_string();
        facts.push(Fact {
            href: Some(url.clone()),
            ..fact("fact-status-source", url)
        });
    }
    if let Some(c) = &i.coordinator {
        let value = match i.coordinator_country {
            Some(country) => format!("{c} ({})", l.country(country)),
            None => c.clone(),
        };
        facts.push(fact("fact-coordinator", value));
    }
    if !i.partners.is_empty() {
        facts.push(fact("fact-partners", i.partners.join("; ")));
    }
    if let Some(n) = i.eu_contribution_eur {
        facts.push(fact("fact-eu-contribution", l.euros(n)));
    }
    facts
}

/// Links to the pillar pages.
pub fn pillar_links(ctx: &PageContext, pillars: &[Pillar]) -> Vec<Link> {
    pillars
        .iter()
        .map(|p| Link {
            label: ctx.locale.pillar(*p),
            href: ctx.link(&format!("/pillars/{}", p.slug())),
        })
        .collect()
}

/// The name of a dataset field in "sources per fact"; fields we have no message for are
/// shown by their own name (data, not interface text).
pub fn field_label(ctx: &PageContext, field: &str) -> String {
    ctx.locale
        .try_t(&format!("field-{field}"))
        .unwrap_or_else(|| field.replace('_', " "))
}

/// The HTML error page for an error response.
pub fn error_page(ctx: &PageContext, info: &ErrorInfo) -> String {
    let (heading, detail) = match &info.kind {
        ErrorKind::NotFound => ("error-not-found-heading", ctx.t("error-detail-not-found")),
        ErrorKind::BadParameter { name, message } => (
            "error-bad-request-heading",
            ctx.t_args(
                "error-detail-bad-parameter",
                &[("name", name), ("message", message)],
            ),
        ),
        ErrorKind::Forbidden => ("error-forbidden-heading", ctx.t("error-detail-forbidden")),
        ErrorKind::MethodNotAllowed => ("error-method-heading", ctx.t("error-detail-method")),
        ErrorKind::TooLarge => ("error-generic-heading", ctx.t("error-detail-too-large")),
        ErrorKind::TooManyRequests => ("error-generic-heading", ctx.t("error-detail-too-many")),
        ErrorKind::Server => ("error-generic-heading", ctx.t("error-detail-server")),
        ErrorKind::Other => ("error-generic-heading", ctx.t("error-detail-generic")),
    };
    let heading = ctx.t(heading);
    sparks_views::render(&ErrorPage {
        layout: ctx.layout(heading.clone(), detail.clone(), Section::Other),
        status: info.status.as_u16(),
        heading,
        message: detail,
    })
}
