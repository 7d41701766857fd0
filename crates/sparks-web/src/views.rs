//! Turning domain data into the view models of `sparks-views`.

use sparks_core::{FacetCount, Facets, Initiative, InitiativeSummary, Pillar, Programme};
use sparks_store::{InitiativeQuery, Sort};
use sparks_views::format::{euros, shorten, thousands};
use sparks_views::{
    ErrorPage, FacetGroup, FacetOption, Fact, Figure, HiddenField, InitiativeCard, Layout, Link,
    PageLink, Pagination, Section, SelectOption,
};

use crate::error::ErrorInfo;
use crate::links::{directory_href, query_pairs, with_filter, with_page};

/// "2023 – 2024", "from March 2021", "until 2025", or empty.
fn date_range(i: &InitiativeSummary) -> String {
    match (i.start_date, i.end_date) {
        (Some(s), Some(e)) => format!("{} – {}", s.human(), e.human()),
        (Some(s), None) => format!("from {}", s.human()),
        (None, Some(e)) => format!("until {}", e.human()),
        (None, None) => String::new(),
    }
}

/// A list entry.
pub fn card(i: &InitiativeSummary) -> InitiativeCard {
    InitiativeCard {
        href: format!("/initiatives/{}", i.slug),
        acronym: i.acronym.clone(),
        title: i.title.clone(),
        summary: shorten(&i.summary, 240),
        programme: i.programme.label().to_owned(),
        status: i.status.label().to_owned(),
        status_slug: i.status.slug().to_owned(),
        dates: date_range(i),
        pillars: i.pillars.iter().map(|p| p.label().to_owned()).collect(),
        countries: i
            .countries
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// The largest values of a facet as key figures linking into the directory.
pub fn figures(
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
            label: f.label.clone(),
            value: thousands(f.count),
            href: facet_href(base, param, Some(&f.value)),
        })
        .collect()
}

/// The directory for `base` with one facet set to `value` (or cleared).
fn facet_href(base: &InitiativeQuery, param: &str, value: Option<&str>) -> String {
    let next = with_filter(base, |f| match param {
        "pillar" => f.pillar = value.and_then(|v| v.parse().ok()),
        "programme" => f.programme = value.and_then(|v| v.parse().ok()),
        "kind" => f.kind = value.and_then(|v| v.parse().ok()),
        "country" => f.country = value.and_then(|v| sparks_core::Country::from_code(v).ok()),
        "status" => f.status = value.and_then(|v| v.parse().ok()),
        "year" => f.year = value.and_then(|v| v.parse().ok()),
        "topic" => f.topic = value.map(str::to_owned),
        "q" => f.q = value.map(str::to_owned),
        _ => {}
    });
    directory_href(&next)
}

/// The value a facet has in the query, as it appears in URLs.
fn selected_value(query: &InitiativeQuery, param: &str) -> Option<String> {
    query_pairs(query)
        .into_iter()
        .find(|(k, _)| *k == param)
        .map(|(_, v)| v)
}

fn facet_group(
    query: &InitiativeQuery,
    title: &str,
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
                label: f.label.clone(),
                count: thousands(f.count),
                href: facet_href(
                    query,
                    param,
                    if is_selected { None } else { Some(&f.value) },
                ),
                selected: is_selected,
            }
        })
        .collect();
    FacetGroup {
        title: title.to_owned(),
        id: param.to_owned(),
        options,
    }
}

/// The filter panel.
pub fn facet_groups(query: &InitiativeQuery, facets: &Facets) -> Vec<FacetGroup> {
    vec![
        facet_group(query, "Pillar", "pillar", &facets.pillars),
        facet_group(query, "Status", "status", &facets.statuses),
        facet_group(query, "Programme", "programme", &facets.programmes),
        facet_group(query, "Kind of initiative", "kind", &facets.kinds),
        facet_group(query, "Country", "country", &facets.countries),
        facet_group(query, "Start year", "year", &facets.years),
        facet_group(query, "Topic", "topic", &facets.topics),
    ]
}

/// The filters in force, each linking to the directory without it.
pub fn active_filters(query: &InitiativeQuery) -> Vec<Link> {
    let f = &query.filter;
    let mut active = Vec::new();
    let mut push = |label: String, param: &str| {
        active.push(Link {
            label,
            href: facet_href(query, param, None),
        });
    };
    if let Some(q) = &f.q {
        push(format!("Text: “{q}”"), "q");
    }
    if let Some(p) = f.pillar {
        push(format!("Pillar: {}", p.label()), "pillar");
    }
    if let Some(s) = f.status {
        push(format!("Status: {}", s.label()), "status");
    }
    if let Some(p) = f.programme {
        push(format!("Programme: {}", p.label()), "programme");
    }
    if let Some(k) = f.kind {
        push(format!("Kind: {}", k.label()), "kind");
    }
    if let Some(c) = f.country {
        push(format!("Country: {}", c.name()), "country");
    }
    if let Some(y) = f.year {
        push(format!("Start year: {y}"), "year");
    }
    if let Some(t) = &f.topic {
        push(format!("Topic: {t}"), "topic");
    }
    active
}

/// Filters other than `q`, `sort` and `page`, carried through the search form.
pub fn hidden_fields(query: &InitiativeQuery) -> Vec<HiddenField> {
    query_pairs(query)
        .into_iter()
        .filter(|(k, _)| !matches!(*k, "q" | "sort" | "page"))
        .map(|(k, v)| HiddenField {
            name: k.to_owned(),
            value: v,
        })
        .collect()
}

/// The sort control.
pub fn sort_options(query: &InitiativeQuery) -> Vec<SelectOption> {
    Sort::ALL
        .iter()
        .map(|s| SelectOption {
            value: s.slug().to_owned(),
            label: s.label().to_owned(),
            selected: *s == query.sort,
        })
        .collect()
}

/// Page links: first, last, and two either side of the current page.
pub fn pagination(query: &InitiativeQuery, page_count: u32) -> Pagination {
    if page_count <= 1 {
        return Pagination::default();
    }
    let current = query.page;
    let mut pages = Vec::new();
    let mut last_shown = 0;
    for n in 1..=page_count {
        if n == 1 || n == page_count || n.abs_diff(current) <= 2 {
            if last_shown != 0 && n > last_shown + 1 {
                pages.push(None);
            }
            pages.push(Some(PageLink {
                number: n,
                href: directory_href(&with_page(query, n)),
                current: n == current,
            }));
            last_shown = n;
        }
    }
    Pagination {
        previous: (current > 1)
            .then(|| directory_href(&with_page(query, current.min(page_count + 1) - 1))),
        next: (current < page_count).then(|| directory_href(&with_page(query, current + 1))),
        pages,
    }
}

/// The key facts of a profile, in reading order.
pub fn facts(i: &Initiative, today: time::Date) -> Vec<Fact> {
    let mut facts = vec![
        Fact {
            label: "Kind".into(),
            value: i.kind.label().into(),
            href: None,
            note: None,
        },
        Fact {
            label: "Programme".into(),
            value: i.programme.label().into(),
            href: Some(format!("/initiatives?programme={}", i.programme.slug())),
            note: i
                .programme_original
                .clone()
                .filter(|o| i.programme == Programme::Unknown || o != i.programme.label()),
        },
    ];
    if let Some(g) = &i.grant_id {
        facts.push(Fact {
            label: "Grant agreement".into(),
            value: g.clone(),
            href: None,
            note: None,
        });
    }
    if let Some(s) = i.start_date {
        facts.push(Fact {
            label: "Start".into(),
            value: s.human(),
            href: None,
            note: None,
        });
    }
    if let Some(e) = i.end_date {
        facts.push(Fact {
            label: "End".into(),
            value: e.human(),
            href: None,
            note: None,
        });
    }
    facts.push(Fact {
        label: "Status".into(),
        value: i.status(today).label().into(),
        href: None,
        note: None,
    });
    if let Some(c) = &i.coordinator {
        let value = match i.coordinator_country {
            Some(country) => format!("{c} ({})", country.name()),
            None => c.clone(),
        };
        facts.push(Fact {
            label: "Coordinator".into(),
            value,
            href: None,
            note: None,
        });
    }
    if let Some(n) = i.eu_contribution_eur {
        facts.push(Fact {
            label: "EU contribution".into(),
            value: euros(n),
            href: None,
            note: None,
        });
    }
    facts
}

/// Links to the pillar pages.
pub fn pillar_links(pillars: &[Pillar]) -> Vec<Link> {
    pillars
        .iter()
        .map(|p| Link {
            label: p.label().to_owned(),
            href: format!("/pillars/{}", p.slug()),
        })
        .collect()
}

/// Readable names for the dataset's field names in "sources per fact".
pub fn field_label(field: &str) -> String {
    match field {
        "funding_programme" => "Funding".into(),
        "start_date" => "Start".into(),
        "end_date" => "End".into(),
        "grant_id" => "Grant agreement".into(),
        "eu_contribution_eur" => "EU contribution".into(),
        "coordinator" => "Coordinator".into(),
        "consortium" => "Partners".into(),
        other => {
            let words = other.replace('_', " ");
            let mut chars = words.chars();
            chars
                .next()
                .map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
        }
    }
}

/// The HTML error page for an error response.
pub fn error_page(info: &ErrorInfo) -> String {
    let (heading, section) = match info.status.as_u16() {
        404 => ("Page not found".to_owned(), Section::Other),
        400 => (
            "This address has a mistake in it".to_owned(),
            Section::Other,
        ),
        _ => (info.title.clone(), Section::Other),
    };
    sparks_views::render(&ErrorPage {
        layout: Layout::new(heading.clone(), info.detail.clone(), section),
        status: info.status.as_u16(),
        heading,
        message: info.detail.clone(),
    })
}
