//! Issue #18, the guards around every request: rate limits count an IPv6 client by its /64,
//! security events name the client and the account (never a password or token), and no
//! response, cached or not, takes identifiers or links from a forged `Host` header.

use std::net::SocketAddr;

use axum::extract::connect_info::MockConnectInfo;
use axum::http::StatusCode;
use sparks_store::accounts::{self, Role};
use sparks_store::db_test;
use sparks_web::{Clock, SiteConfig};

use crate::common::browser::{BAD_JOIN, ORIGIN, PASSWORD, Site, Visitor, token_in};
use crate::common::log::capture;
use crate::common::{App, TODAY};

/// A visitor whose requests come from `peer`, as the server's socket would report it.
pub(super) fn from(site: &Site, peer: &str) -> Visitor {
    let peer: SocketAddr = peer.parse().unwrap();
    Visitor {
        router: site.router.clone().layer(MockConnectInfo(peer)),
        cookie: None,
    }
}

/// Uses up `/join`'s limit (10 attempts an hour per client; each bad form counts) from
/// `first`, then tries once from `same` (must be refused) and once from `other` (must not).
async fn limit_is_shared(site: &Site, first: &str, same: &str, other: &str) {
    let b = site.backend;
    let mut v = from(site, first);
    for _ in 0..10 {
        let r = v.fill("/join", BAD_JOIN).await;
        assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}: {first}");
    }
    for (peer, want) in [
        (same, StatusCode::TOO_MANY_REQUESTS),
        (other, StatusCode::UNPROCESSABLE_ENTITY),
    ] {
        let r = from(site, peer).fill("/join", BAD_JOIN).await;
        assert_eq!(r.status, want, "{b}: {peer} after {first}");
    }
}

db_test!(rate_limits_count_an_ipv6_client_by_its_64);
async fn rate_limits_count_an_ipv6_client_by_its_64(site: Site) {
    // Another address in the same /64 shares the limit; the next /64 does not.
    limit_is_shared(
        &site,
        "[2001:db8:1:2::1]:40000",
        "[2001:db8:1:2:ffff:ee:dd:cc]:40001",
        "[2001:db8:1:3::1]:40002",
    )
    .await;
    // IPv4 stays per address, and an IPv4-mapped peer is that IPv4 address.
    limit_is_shared(
        &site,
        "[::ffff:198.51.100.7]:40003",
        "198.51.100.7:40004",
        "198.51.100.8:40005",
    )
    .await;
}

db_test!(security_events_name_the_client_and_the_account_and_no_secret);
async fn security_events_name_the_client_and_the_account_and_no_secret(site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();

    site.account("owner@example.org", Role::Member).await;
    let id = accounts::by_email(&site.db, "owner@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    let wrong = "Wrong-Guess-Of-The-Password-9431";
    let mut v = from(&site, "[2001:db8:aa:bb:1:2:3:4]:50000");
    v.log_in("owner@example.org", wrong).await;
    let r = v.log_in("owner@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let session = v.cookie.clone().unwrap();
    // A member at a staff page and at an admin page: refused, and each refusal is an event.
    for page in ["/admin/moderation", "/admin/users"] {
        assert_eq!(
            v.get(page).await.status,
            StatusCode::FORBIDDEN,
            "{b}: {page}"
        );
    }
    let mut w = from(&site, "203.0.113.77:50001");
    w.fill("/reset", &[("email", "owner@example.org")]).await;
    let path = site.link_to("owner@example.org", "/reset/new?token=").await;
    let token = token_in(&path).to_owned();
    let new_password = "Brand-New-Passphrase-For-The-Owner";
    let r = w
        .submit(
            &path,
            "/reset/new",
            &[("token", &token), ("password", new_password)],
        )
        .await;
    assert!(r.text().contains("Password changed"), "{b}");

    let events = log.events();
    let find = |name: &str| {
        events
            .iter()
            .find(|e| e["fields"]["security_event"] == name)
            .unwrap_or_else(|| panic!("{b}: no {name} event in {events:#?}"))
    };
    for (name, client) in [
        ("login_failed", "2001:db8:aa:bb::/64"),
        ("login", "2001:db8:aa:bb::/64"),
        ("password_reset", "203.0.113.77"),
        ("access_denied", "2001:db8:aa:bb::/64"),
    ] {
        let e = find(name);
        assert_eq!(e["span"]["client"], client, "{b}: {name}: {e}");
        assert_eq!(e["fields"]["account_id"], id, "{b}: {name}: {e}");
    }
    let refused: Vec<_> = events
        .iter()
        .filter(|e| e["fields"]["security_event"] == "access_denied")
        .map(|e| e["fields"]["path"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(refused, ["/admin/moderation", "/admin/users"], "{b}");
    let text = log.text();
    for secret in [wrong, PASSWORD, new_password, &token, &session] {
        assert!(!text.contains(secret), "{b}: {secret} in the log:\n{text}");
    }
}

/// The routes whose answers must not depend on `Host`: a calendar, the feeds and sitemap,
/// a record page and the OpenAPI document.
const HOST_FREE: &[&str] = &[
    "/events.ics",
    "/feed.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/initiatives/arica",
    "/api/v1/openapi.json",
];

/// Every place `evil` shows in an answer: its body and its headers.
fn mentions(r: &crate::common::Reply, evil: &str) -> bool {
    r.body.contains(evil)
        || r.headers
            .values()
            .any(|v| String::from_utf8_lossy(v.as_bytes()).contains(evil))
}

db_test!(no_answer_takes_links_or_identifiers_from_a_forged_host);
async fn no_answer_takes_links_or_identifiers_from_a_forged_host(mut app: App) {
    let b = app.backend;
    let evil = [("host", "evil.example")];
    let plain = app.router.clone();
    // With the public address configured, nothing comes from Host, cached or not: the
    // second request is answered from the page cache.
    app.router = sparks_web::router_with_config(
        app.test_db.db.clone(),
        Clock::fixed_date(TODAY),
        SiteConfig {
            public_url: Some(ORIGIN.parse().unwrap()),
            ..SiteConfig::default()
        },
    );
    for path in HOST_FREE {
        for round in ["first", "cached"] {
            let r = app.get_with(path, &evil).await;
            assert_eq!(r.status, StatusCode::OK, "{b}: {path}");
            assert!(
                !mentions(&r, "evil.example"),
                "{b}: {path} ({round}) took the forged Host:\n{:?}\n{}",
                r.headers,
                r.body
            );
        }
    }
    let calendar = app.get_with("/events.ics", &evil).await.body;
    assert!(
        calendar.contains("@sparks.example"),
        "{b}: UIDs name the configured host"
    );

    // Without a public address, the calendar, pages and the API still ignore Host. The
    // feeds and sitemap need absolute links and take them from Host, but are then never
    // kept, so the next visitor never sees another's Host.
    app.router = plain;
    for path in HOST_FREE {
        let r = app.get_with(path, &evil).await;
        if matches!(*path, "/feed.xml" | "/sitemap.xml" | "/robots.txt") {
            assert_eq!(
                r.headers.get("cache-control").unwrap(),
                "no-store",
                "{b}: {path}"
            );
        } else {
            assert!(!mentions(&r, "evil.example"), "{b}: {path}:\n{}", r.body);
        }
        let next = app.get_with(path, &[("host", "sparks.example")]).await;
        assert!(!mentions(&next, "evil.example"), "{b}: {path} after evil");
    }
}
