//! Fragments of the public pages: the directory, profiles, content, help, landscape, search,
//! navigation, error pages and the API's problem+json.

use axum::http::StatusCode;

use super::markup::fragment;
use super::{snapshot, snapshot_where};

#[tokio::test]
async fn directory_facets() {
    snapshot(
        "directory_facets",
        "/initiatives?pillar=prevention&country=PL: aside.facets",
        async |s| {
            let page = s
                .page("/initiatives?pillar=prevention&country=PL", StatusCode::OK)
                .await;
            fragment(&page, "aside.facets")
        },
    )
    .await;
}

#[tokio::test]
async fn directory_active_filters() {
    snapshot(
        "directory_active_filters",
        "/initiatives?pillar=prevention&country=PL&q=child: the summary and div.active-filters",
        async |s| {
            let page = s
                .page(
                    "/initiatives?pillar=prevention&country=PL&q=child",
                    StatusCode::OK,
                )
                .await;
            [
                fragment(&page, "p.result-summary"),
                fragment(&page, "div.active-filters"),
            ]
            .join("\n")
        },
    )
    .await;
}

#[tokio::test]
async fn directory_pagination() {
    snapshot(
        "directory_pagination",
        "/initiatives?sort=newest&page=3: nav.pagination keeps the sort",
        async |s| {
            let page = s
                .page("/initiatives?sort=newest&page=3", StatusCode::OK)
                .await;
            fragment(&page, "nav.pagination")
        },
    )
    .await;
}

#[tokio::test]
async fn directory_card() {
    snapshot(
        "directory_card",
        "/initiatives?q=arica: the first li.card",
        async |s| {
            let page = s.page("/initiatives?q=arica", StatusCode::OK).await;
            fragment(&page, "li.card")
        },
    )
    .await;
}

#[tokio::test]
async fn profile_facts() {
    snapshot(
        "profile_facts",
        "/initiatives/2ps: header.profile-header and the key facts",
        async |s| {
            let page = s.page("/initiatives/2ps", StatusCode::OK).await;
            [
                fragment(&page, "header.profile-header"),
                fragment(&page, "section[aria-labelledby=facts-heading]"),
            ]
            .join("\n")
        },
    )
    .await;
}

#[tokio::test]
async fn profile_sources() {
    snapshot(
        "profile_sources",
        "/initiatives/arica: the sources section",
        async |s| {
            let page = s.page("/initiatives/arica", StatusCode::OK).await;
            fragment(&page, "section[aria-labelledby=sources-heading]")
        },
    )
    .await;
}

#[tokio::test]
async fn resource_card() {
    snapshot(
        "resource_card",
        "/resources: the first li.card",
        async |s| {
            let page = s.page("/resources", StatusCode::OK).await;
            fragment(&page, "li.card")
        },
    )
    .await;
}

#[tokio::test]
async fn event_dates() {
    snapshot(
        "event_dates",
        "the first event listed on /events: its header and key facts",
        async |s| {
            let list = s.page("/events", StatusCode::OK).await;
            let href = list
                .split("href=\"/events/")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap();
            let page = s.page(&format!("/events/{href}"), StatusCode::OK).await;
            [
                fragment(&page, "header.profile-header"),
                fragment(&page, "dl.facts"),
            ]
            .join("\n")
        },
    )
    .await;
}

#[tokio::test]
async fn help_services_of_a_country() {
    snapshot(
        "help_services_of_a_country",
        "/help: the country index and the services in Poland",
        async |s| {
            let page = s.page("/help", StatusCode::OK).await;
            [
                fragment(&page, "ul.country-index"),
                fragment(&page, "section[aria-labelledby=country-PL]"),
            ]
            .join("\n")
        },
    )
    .await;
}

#[tokio::test]
async fn error_page_not_found() {
    snapshot(
        "error_page_not_found",
        "/initiatives/no-such-initiative (404): main",
        async |s| {
            let page = s
                .page("/initiatives/no-such-initiative", StatusCode::NOT_FOUND)
                .await;
            fragment(&page, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn error_page_bad_parameter() {
    snapshot(
        "error_page_bad_parameter",
        "/initiatives?page=0 (400): main",
        async |s| {
            let page = s.page("/initiatives?page=0", StatusCode::BAD_REQUEST).await;
            fragment(&page, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn error_page_in_german() {
    snapshot(
        "error_page_in_german",
        "/initiatives/no-such-initiative?lang=de (404): main",
        async |s| {
            let page = s
                .page(
                    "/initiatives/no-such-initiative?lang=de",
                    StatusCode::NOT_FOUND,
                )
                .await;
            fragment(&page, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn language_switcher_keeps_the_query() {
    snapshot(
        "language_switcher_keeps_the_query",
        "/initiatives?pillar=prevention&lang=fr: nav.languages",
        async |s| {
            let page = s
                .page("/initiatives?pillar=prevention&lang=fr", StatusCode::OK)
                .await;
            fragment(&page, "nav.languages")
        },
    )
    .await;
}

#[tokio::test]
async fn main_navigation() {
    snapshot(
        "main_navigation",
        "/resources: the site's main navigation, with the current section",
        async |s| {
            let page = s.page("/resources", StatusCode::OK).await;
            fragment(&page, "ul.nav")
        },
    )
    .await;
}

#[tokio::test]
async fn landscape_table() {
    snapshot(
        "landscape_table",
        "/landscape: the first table.matrix (pillar × country)",
        async |s| {
            let page = s.page("/landscape", StatusCode::OK).await;
            fragment(&page, "table.matrix")
        },
    )
    .await;
}

#[tokio::test]
async fn search_hits_with_snippets() {
    // Each backend ranks with its own engine (FTS5's bm25() on SQLite, ts_rank_cd() on
    // PostgreSQL), so the order of equally good hits may differ: the other backend must find
    // the same hits with the same snippets, in any order. The query has fewer hits than a
    // page holds, so both pages show all of them.
    snapshot_where(
        "search_hits_with_snippets",
        "/search?q=chat&type=initiative: the summary and ol.hits (the order is SQLite's ranking)",
        async |s| {
            let page = s
                .page("/search?q=chat&type=initiative", StatusCode::OK)
                .await;
            assert!(
                !page.contains("rel=\"next\""),
                "{}: one page of hits",
                s.backend
            );
            [
                fragment(&page, "p.result-summary"),
                fragment(&page, "ol.hits"),
            ]
            .join("\n")
        },
        |a, b| {
            let sorted = |s: &str| {
                let mut lines: Vec<String> = s.lines().map(str::to_owned).collect();
                lines.sort();
                lines
            };
            sorted(a) == sorted(b)
        },
    )
    .await;
}

#[tokio::test]
async fn resource_facets() {
    snapshot(
        "resource_facets",
        "/resources?pillar=prevention: aside.facets",
        async |s| {
            let page = s.page("/resources?pillar=prevention", StatusCode::OK).await;
            fragment(&page, "aside.facets")
        },
    )
    .await;
}

#[tokio::test]
async fn api_problem_for_a_bad_parameter() {
    snapshot(
        "api_problem_for_a_bad_parameter",
        "/api/v1/initiatives?per_page=1000 (400, application/problem+json)",
        async |s| {
            let r = s.visitor().get("/api/v1/initiatives?per_page=1000").await;
            assert_eq!(r.status, StatusCode::BAD_REQUEST, "{}", s.backend);
            assert_eq!(r.content_type(), "application/problem+json");
            serde_json::to_string_pretty(&r.json()).unwrap()
        },
    )
    .await;
}
