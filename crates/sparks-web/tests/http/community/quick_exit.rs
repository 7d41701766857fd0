//! The quick-exit link of issue #18: every page, whoever asks and whatever the status, leads
//! to the neutral site the server was given (`SPARKS_QUICK_EXIT_URL`), and to the default one
//! without it. The keyboard side (Shift three times, Escape kept for fields) is in
//! tests/browser/keyboard.test.mjs.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;
use sparks_web::SiteConfig;

use crate::common::browser::{ORIGIN, Site, Visitor};

/// A neutral site of the tests' own, with a query so that escaping would show.
const NEUTRAL: &str = "https://neutral.example/weather?from=sparks";

/// The `href` of the page's `#quick-exit` link.
fn quick_exit_href(page: &str) -> &str {
    let marker = "<a id=\"quick-exit\" class=\"quick-exit\" href=\"";
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("no #quick-exit link in: {page}"))
        + marker.len();
    let len = page[start..].find('"').unwrap();
    &page[start..start + len]
}

/// Pages rendered by a handler; `/` twice, the second time from the page cache.
const PAGES: &[&str] = &["/", "/", "/help", "/initiatives/similar"];

/// Checks the quick-exit link of each of [`PAGES`] and of error pages of every origin.
async fn expect_quick_exit(v: &mut Visitor, backend: &str, expected: &str) {
    // Error pages made by the router's fallback, by a handler, and by the request-head
    // guard before any handler runs.
    let too_long = format!("/search?q={}", "a".repeat(20 * 1024));
    let errors = [
        ("/no-such-page".to_owned(), StatusCode::NOT_FOUND),
        ("/initiatives?page=abc".to_owned(), StatusCode::BAD_REQUEST),
        (too_long, StatusCode::URI_TOO_LONG),
    ];
    let pages = PAGES
        .iter()
        .map(|path| ((*path).to_owned(), StatusCode::OK))
        .chain(errors);
    for (path, status) in pages {
        let r = v.get(&path).await;
        let shown = &path[..path.len().min(40)];
        assert_eq!(r.status, status, "{backend}: {shown}");
        assert_eq!(quick_exit_href(&r.body), expected, "{backend}: {shown}");
    }
}

db_test!(every_page_leads_quick_exit_to_the_configured_site);
async fn every_page_leads_quick_exit_to_the_configured_site(mut site: Site) {
    let b = site.backend;
    // Without the setting: the neutral default.
    expect_quick_exit(&mut site.visitor(), b, SiteConfig::DEFAULT_QUICK_EXIT_URL).await;

    let config = SiteConfig {
        public_url: Some(ORIGIN.parse().unwrap()),
        quick_exit_url: Some(NEUTRAL.parse().unwrap()),
        ..SiteConfig::default()
    };
    site.router = sparks_web::router_with_config(site.db.clone(), site.clock.clone(), config);
    expect_quick_exit(&mut site.visitor(), b, NEUTRAL).await;

    // A member's pages too: the link is the way out on a shared device.
    let mut member = site.logged_in("m@example.org", Role::Member).await;
    let account = member.get("/account").await;
    assert_eq!(account.status, StatusCode::OK, "{b}: {}", account.body);
    assert_eq!(quick_exit_href(&account.body), NEUTRAL, "{b}: /account");
    expect_quick_exit(&mut member, b, NEUTRAL).await;
}
