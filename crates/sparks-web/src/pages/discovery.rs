//! HTML pages of search, the landscape map and "does this exist already?".

use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use sparks_core::{Country, FacetCount};
use sparks_search::DocType;
use sparks_store::search::{self, SearchRequest, SearchResults};
use sparks_views::{
    FacetGroup, FacetOption, HeatCell, HeatLabel, HeatMap, HiddenField, LandscapePage, LegendEntry,
    Link, MatrixCellView, MatrixRowView, MatrixView, Pagination, RelatedCard, SearchHitView,
    SearchPage, Section, SimilarPage, render,
};

use crate::api::discovery::reason_text;
use crate::present::context::PageContext;
use crate::present::landscape::{self, Matrix};
use crate::present::pagination;
use crate::query::params::{self, Mode};
use crate::query::search::{self as search_query, filter_pairs, with_param as with_filter};
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// `/search` for a request, in the page's language.
fn search_href(ctx: &PageContext, r: &SearchRequest) -> String {
    ctx.link(&search_query::href(r))
}

fn facet_group(
    ctx: &PageContext,
    r: &SearchRequest,
    param: &str,
    title_key: &str,
    counts: &[FacetCount],
) -> FacetGroup {
    let selected = filter_pairs(r)
        .into_iter()
        .find(|(k, _)| *k == param)
        .map(|(_, v)| v);
    FacetGroup {
        title: ctx.t(title_key),
        id: param.to_owned(),
        options: counts
            .iter()
            .map(|f| {
                let is_selected = selected.as_deref() == Some(f.value.as_str());
                let label = match param {
                    "pillar" => f
                        .value
                        .parse()
                        .map_or(f.label.clone(), |p| ctx.locale.pillar(p)),
                    "programme" => f
                        .value
                        .parse()
                        .map_or(f.label.clone(), |p| ctx.locale.programme(p)),
                    "country" => Country::from_code(&f.value)
                        .map_or(f.label.clone(), |c| ctx.locale.country(c)),
                    "type" => ctx.t(&format!("doc-type-{}", f.value)),
                    _ => f.label.clone(),
                };
                FacetOption {
                    label,
                    count: ctx.locale.number(f.count),
                    href: search_href(
                        ctx,
                        &with_filter(r, param, if is_selected { None } else { Some(&f.value) }),
                    ),
                    selected: is_selected,
                }
            })
            .collect(),
    }
}

fn pagination(ctx: &PageContext, r: &SearchRequest, total: u64) -> Pagination {
    pagination::for_total(r.page, total, r.per_page, |n| {
        search_href(
            ctx,
            &SearchRequest {
                page: n,
                ..r.clone()
            },
        )
    })
}

fn notes(ctx: &PageContext, r: &SearchResults) -> Vec<String> {
    let mut notes = Vec::new();
    for (word, terms) in &r.corrected {
        notes.push(ctx.t_args(
            "search-corrected",
            &[("word", word), ("terms", &terms.join(", "))],
        ));
    }
    if !r.unmatched.is_empty() {
        notes.push(ctx.t_args("search-unmatched", &[("list", &r.unmatched.join(", "))]));
    }
    if r.relaxed {
        notes.push(ctx.t("search-partial"));
    }
    if r.truncated {
        notes.push(ctx.t("search-truncated"));
    }
    notes
}

/// `GET /search?q=&type=&pillar=&programme=&country=&year=&page=`: results with marked
/// snippets and facet counts; a form alone when nothing was asked.
pub async fn search_page(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let request = search_query::parse(raw.as_deref(), Mode::Page)?;
    let searched = !request.q.trim().is_empty();
    let results = search::search_in(state.db(), &*state.search_index().await?, &request).await?;
    let title = if searched {
        ctx.t_args("search-title-q", &[("q", request.q.trim())])
    } else {
        ctx.t("search-title")
    };
    let summary = if results.total == 0 {
        ctx.t("search-no-results")
    } else {
        ctx.tn("search-results-count", results.total)
    };
    let r = &request;
    let active: Vec<Link> = filter_pairs(r)
        .into_iter()
        .map(|(k, v)| {
            let value = match k {
                "type" => ctx.t(&format!("doc-type-{v}")),
                "pillar" => v.parse().map_or(v.clone(), |p| ctx.locale.pillar(p)),
                "programme" => v.parse().map_or(v.clone(), |p| ctx.locale.programme(p)),
                "country" => Country::from_code(&v).map_or(v.clone(), |c| ctx.locale.country(c)),
                _ => v.clone(),
            };
            Link {
                label: ctx.t_args(
                    "filter-active",
                    &[("facet", &ctx.t(&format!("facet-{k}"))), ("value", &value)],
                ),
                href: search_href(&ctx, &with_filter(r, k, None)),
            }
        })
        .collect();
    let f = &results.facets;
    let mut layout = ctx.layout(title, ctx.t("search-description"), Section::Search);
    let label = layout.title.clone();
    crate::pages::follow::add_button(&state, &ctx, &mut layout, &ctx.here, &label).await?;
    let page = SearchPage {
        layout,
        q: request.q.clone(),
        searched,
        summary,
        notes: notes(&ctx, &results),
        hits: results
            .hits
            .iter()
            .map(|h| SearchHitView {
                href: ctx.link(&h.doc_type.href(&h.slug)),
                kind: ctx.t(&format!("doc-type-{}", h.doc_type.slug())),
                acronym: h.acronym.clone(),
                title: h.title_marked.clone(),
                snippet: h.snippet.clone(),
            })
            .collect(),
        active,
        hidden: filter_pairs(r)
            .into_iter()
            .map(|(k, v)| HiddenField {
                name: k.to_owned(),
                value: v,
            })
            .collect(),
        facets: vec![
            facet_group(&ctx, r, "type", "facet-type", &f.types),
            facet_group(&ctx, r, "pillar", "facet-pillar", &f.pillars),
            facet_group(&ctx, r, "programme", "facet-programme", &f.programmes),
            facet_group(&ctx, r, "country", "facet-country", &f.countries),
            facet_group(&ctx, r, "year", "facet-year", &f.years),
        ],
        pagination: pagination(&ctx, r, results.total),
        api_href: search_href(&ctx, r).replacen("/search", "/api/v1/search", 1),
        help_href: (searched && sparks_search::seeks_help(&r.q)).then(|| ctx.link("/help")),
    };
    Ok(html(render(&page)))
}

/// The colour scale of the heat maps: light to dark blue, in five steps of the largest count.
/// Dark text on the light steps and white on the dark ones keep WCAG AA contrast.
const SCALE: [(&str, &str); 5] = [
    ("#eff3ff", "#1b1b1f"),
    ("#bdd7e7", "#1b1b1f"),
    ("#6baed6", "#1b1b1f"),
    ("#2171b5", "#ffffff"),
    ("#084594", "#ffffff"),
];

fn step(n: i64, max: i64) -> usize {
    if max <= 0 || n <= 0 {
        return 0;
    }
    let s = ((n * SCALE.len() as i64 - 1) / max) as usize;
    s.min(SCALE.len() - 1)
}

fn heatmap(ctx: &PageContext, id: &str, caption: &str, m: &Matrix, wide_columns: bool) -> HeatMap {
    let (cell_w, cell_h, left, top) = if wide_columns {
        (150, 22, 170, 30)
    } else {
        (46, 20, 60, 160)
    };
    let max = m.max();
    let mut cells = Vec::new();
    for (ri, (row, row_cells)) in m.rows.iter().zip(&m.cells).enumerate() {
        for (ci, (col, c)) in m.columns.iter().zip(row_cells).enumerate() {
            let (fill, text_fill) = if c.initiatives == 0 {
                ("gap".to_owned(), "#1b1b1f")
            } else {
                let (f, t) = SCALE[step(c.initiatives, max)];
                (f.to_owned(), t)
            };
            cells.push(HeatCell {
                x: left + ci as u32 * cell_w,
                y: top + ri as u32 * cell_h,
                fill,
                text: if c.initiatives == 0 {
                    String::new()
                } else {
                    c.initiatives.to_string()
                },
                text_fill,
                href: c.href.clone(),
                label: ctx.t_args(
                    "landscape-cell-label",
                    &[
                        ("row", &row.label),
                        ("column", &col.label),
                        ("n", &c.initiatives.to_string()),
                    ],
                ),
            });
        }
    }
    HeatMap {
        id: id.to_owned(),
        width: left + cell_w * m.columns.len() as u32 + 10,
        height: top + cell_h * m.rows.len() as u32 + 10,
        cell_w,
        cell_h,
        title: ctx.t_args("landscape-svg-title", &[("caption", caption)]),
        desc: ctx.t_args("landscape-svg-desc", &[("max", &max.to_string())]),
        rotate_columns: !wide_columns,
        columns: m
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| HeatLabel {
                x: left + i as u32 * cell_w + cell_w / 2,
                y: top - 8,
                text: c.label.clone(),
            })
            .collect(),
        rows: m
            .rows
            .iter()
            .enumerate()
            .map(|(i, r)| HeatLabel {
                x: left - 6,
                y: top + i as u32 * cell_h + cell_h / 2 + 4,
                text: r.label.clone(),
            })
            .collect(),
        cells,
    }
}

fn matrix_view(ctx: &PageContext, id: &str, keys: [&str; 4], m: &Matrix, wide: bool) -> MatrixView {
    let caption = ctx.t(keys[2]);
    MatrixView {
        id: id.to_owned(),
        heading: ctx.t(keys[0]),
        intro: ctx.t(keys[1]),
        heatmap: heatmap(ctx, id, &caption, m, wide),
        caption,
        corner: ctx.t(keys[3]),
        columns: m.columns.iter().map(|c| c.label.clone()).collect(),
        rows: m
            .rows
            .iter()
            .zip(&m.cells)
            .map(|(r, cells)| MatrixRowView {
                label: r.label.clone(),
                cells: cells
                    .iter()
                    .map(|c| MatrixCellView {
                        count: ctx.locale.number(u64::try_from(c.initiatives).unwrap_or(0)),
                        eur: (c.with_contribution > 0)
                            .then(|| ctx.locale.euros(c.eu_contribution_eur)),
                        href: c.href.clone(),
                        gap: c.initiatives == 0,
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// `GET /landscape`: pillar × country and programme × year, as tables and heat maps.
pub async fn show_landscape(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let l = landscape::load(&*state.directory().await?, ctx.locale, ctx.lang_param);
    let mut legend = vec![LegendEntry {
        fill: "gap".to_owned(),
        label: ctx.t("landscape-legend-gap"),
    }];
    let max = l.pillar_country.max().max(l.programme_year.max());
    if max > 0 {
        // Legend ranges of the country matrix's scale (the larger one on the seeded data).
        let m = l.pillar_country.max().max(1);
        let mut from = 1;
        for (i, (fill, _)) in SCALE.iter().enumerate() {
            let to = (1..=m).filter(|n| step(*n, m) == i).max();
            if let Some(to) = to {
                legend.push(LegendEntry {
                    fill: (*fill).to_owned(),
                    label: ctx.t_args(
                        "landscape-legend-range",
                        &[("from", &from.to_string()), ("to", &to.to_string())],
                    ),
                });
                from = to + 1;
            }
        }
    }
    let page = LandscapePage {
        layout: ctx.layout(
            ctx.t("landscape-title"),
            ctx.t("landscape-description"),
            Section::Landscape,
        ),
        matrices: vec![
            matrix_view(
                &ctx,
                "pillar-country",
                [
                    "landscape-country-heading",
                    "landscape-country-intro",
                    "landscape-country-caption",
                    "landscape-country-corner",
                ],
                &l.pillar_country,
                true,
            ),
            matrix_view(
                &ctx,
                "programme-year",
                [
                    "landscape-year-heading",
                    "landscape-year-intro",
                    "landscape-year-caption",
                    "landscape-year-corner",
                ],
                &l.programme_year,
                false,
            ),
        ],
        legend,
        notes: vec![
            ctx.t("landscape-eur-note"),
            ctx.tn("landscape-undated", u64::try_from(l.undated).unwrap_or(0)),
            ctx.tn(
                "landscape-without-country",
                u64::try_from(l.without_country).unwrap_or(0),
            ),
        ],
        csv_href: "/landscape.csv".to_owned(),
        api_href: "/api/v1/landscape".to_owned(),
    };
    Ok(html(render(&page)))
}

/// `GET /landscape.csv`: both matrices, one line per cell, gaps included.
pub async fn landscape_csv(State(state): State<AppState>) -> Result<Response, WebError> {
    let l = landscape::load(&*state.directory().await?, sparks_views::Locale::En, None);
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"sparks-landscape.csv\"",
            ),
        ],
        landscape::csv(&l),
    )
        .into_response())
}

/// How long each field of the "does this exist already?" form may be.
const SIMILAR_MAX_CHARS: usize = 5_000;

/// `GET /initiatives/similar?acronym=&title=&summary=`: the existing initiatives closest to
/// one being planned.
pub async fn similar_initiatives(
    State(state): State<AppState>,
    ctx: PageContext,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let pairs = params::pairs(raw.as_deref());
    let get = |name: &str| -> String {
        let v = pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .unwrap_or_default();
        // Long text is cut, not refused: the form must never lose what was typed to a 400.
        v.chars()
            .filter(|c| *c != '\0')
            .take(SIMILAR_MAX_CHARS)
            .collect()
    };
    let (acronym, title, summary) = (get("acronym"), get("title"), get("summary"));
    let searched = !(acronym.is_empty() && title.is_empty() && summary.is_empty());
    let results = if searched {
        search::similar_to_text(state.db(), &acronym, &title, &summary, 8).await?
    } else {
        Vec::new()
    };
    let page = SimilarPage {
        layout: ctx.layout(
            ctx.t("similar-page-title"),
            ctx.t("similar-description"),
            Section::Initiatives,
        ),
        results: related_cards(&ctx, &results),
        acronym,
        title,
        summary,
        searched,
    };
    Ok(html(render(&page)))
}

/// Related items as cards with their reasons.
pub fn related_cards(ctx: &PageContext, items: &[search::Related]) -> Vec<RelatedCard> {
    items
        .iter()
        .map(|r| RelatedCard {
            href: ctx.link(&r.doc_type.href(&r.slug)),
            acronym: r.acronym.clone().unwrap_or_default(),
            title: r.title.clone(),
            reason: reason_text(ctx.locale, r),
        })
        .collect()
}

/// The related work of an initiative, for its page.
pub async fn related_to(
    state: &AppState,
    ctx: &PageContext,
    slug: &str,
) -> Result<Vec<RelatedCard>, WebError> {
    let items = search::related(
        state.db(),
        DocType::Initiative,
        slug,
        crate::api::discovery::RELATED_LIMIT,
    )
    .await?
    .unwrap_or_default();
    Ok(related_cards(ctx, &items))
}
