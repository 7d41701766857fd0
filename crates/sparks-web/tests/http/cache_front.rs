//! The page cache's front (issue #20): a cached page is answered before the other layers
//! run, so its answer must be exactly what the whole stack gave the first time: the same
//! status, headers (security headers, `Vary`, `Content-Encoding`, HSTS when on TLS) and
//! bytes, in each encoding, and a page in another language is another page. A page is kept
//! the second time it is rendered, so the third answer is the cached one.

use sparks_store::db_test;
use sparks_web::hardening::TlsPolicy;
use sparks_web::{Clock, SiteConfig};

use crate::common::{App, TODAY};

/// Pages of each kind the cache keeps: HTML, JSON, a feed, a download.
const PAGES: &[&str] = &[
    "/",
    "/initiatives?pillar=prevention",
    "/initiatives/arica",
    "/landscape",
    "/api/v1/initiatives",
    "/feed.xml",
    "/landscape.csv",
];

/// What a client may say about encodings: nothing, gzip, everything but gzip refused.
const ACCEPTS: &[&[(&str, &str)]] = &[
    &[],
    &[("accept-encoding", "gzip, deflate, br")],
    &[("accept-encoding", "br;q=0, gzip;q=0")],
];

/// The headers of a response as a sorted list, to compare answers regardless of order.
fn sorted(headers: &axum::http::HeaderMap) -> Vec<(String, String)> {
    let mut list: Vec<(String, String)> = headers
        .iter()
        .map(|(n, v)| (n.as_str().to_owned(), v.to_str().unwrap().to_owned()))
        .collect();
    list.sort();
    list
}

db_test!(a_cached_answer_is_the_first_answer_header_for_header_and_byte_for_byte);
async fn a_cached_answer_is_the_first_answer_header_for_header_and_byte_for_byte(mut app: App) {
    for tls in [TlsPolicy::Never, TlsPolicy::Always] {
        for accept in ACCEPTS {
            // A new router each time: an empty cache, so the first request renders the page.
            app.router = sparks_web::router_with_config(
                app.test_db.db.clone(),
                Clock::fixed_date(TODAY),
                SiteConfig {
                    tls,
                    ..SiteConfig::default()
                },
            );
            for page in PAGES {
                let what = format!("{} {page} {accept:?} {tls:?}", app.backend);
                let (status, first_headers, first) = app.get_bytes(page, accept).await;
                assert_eq!(status.as_u16(), 200, "{what}");
                // The second answer is rendered again and kept, the third comes from the cache.
                for _ in 0..2 {
                    let (again_status, headers, body) = app.get_bytes(page, accept).await;
                    assert_eq!(again_status, status, "{what}");
                    assert_eq!(sorted(&headers), sorted(&first_headers), "{what}");
                    assert_eq!(body, first, "{what}");
                    assert!(headers.contains_key("content-security-policy"), "{what}");
                    assert_eq!(
                        headers.contains_key("strict-transport-security"),
                        tls == TlsPolicy::Always,
                        "{what}"
                    );
                }
            }
        }
    }
}

db_test!(cached_pages_are_kept_per_language_whether_chosen_in_the_url_or_by_the_browser);
async fn cached_pages_are_kept_per_language_whether_chosen_in_the_url_or_by_the_browser(app: App) {
    for _ in 0..2 {
        let english = app.get("/initiatives").await;
        assert!(
            english.body.contains("<html lang=\"en\""),
            "{}",
            app.backend
        );
        let german = app.get("/initiatives?lang=de").await;
        assert!(german.body.contains("<html lang=\"de\""), "{}", app.backend);
        let french = app
            .get_with("/initiatives", &[("accept-language", "fr-FR,fr;q=0.9")])
            .await;
        assert!(french.body.contains("<html lang=\"fr\""), "{}", app.backend);
        // `?lang=` wins over the browser's language, from the cache too.
        let polish = app
            .get_with("/initiatives?lang=pl", &[("accept-language", "fr")])
            .await;
        assert!(polish.body.contains("<html lang=\"pl\""), "{}", app.backend);
    }
}
