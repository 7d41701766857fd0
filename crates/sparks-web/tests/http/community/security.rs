//! What protects the forms: CSRF tokens and the Origin check, rate limits (also behind a
//! trusted proxy), every route × role, and hostile input that stays inert.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use sparks_store::accounts::Role;
use sparks_store::{accounts, db_test};
use sparks_web::{Clock, SiteConfig};
use tower::ServiceExt;

use crate::common::browser::{ORIGIN, PASSWORD, Site, Visitor, csrf_of, encode, location};
use crate::common::{App, TODAY};

db_test!(forms_need_a_csrf_token_and_the_sites_own_origin);
async fn forms_need_a_csrf_token_and_the_sites_own_origin(site: Site) {
    let b = site.backend;
    site.account("m@example.org", Role::Member).await;
    let mut v = site.visitor();
    let login = encode(&[("email", "m@example.org"), ("password", PASSWORD)]);
    let r = v
        .send(Method::POST, "/login", Some(login.clone()), None)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: no token");
    let token = csrf_of(&v.get("/login").await.body);
    let with_token = format!("{login}&csrf_token={token}");
    let r = v
        .send(
            Method::POST,
            "/login",
            Some(with_token.clone()),
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: foreign origin");
    assert!(r.body.contains("<html"), "{b}: a page, not an empty body");
    let r = v
        .send(
            Method::POST,
            "/login",
            Some(format!("{login}&csrf_token=1.forged")),
            Some(ORIGIN),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: forged token");
    let r = v
        .send(Method::POST, "/login", Some(with_token), Some(ORIGIN))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: the real form works");
    // A token from the anonymous login form is no good for the logged-in session.
    let r = v
        .send(
            Method::POST,
            "/logout",
            Some(format!("csrf_token={token}")),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
}

db_test!(repeated_failed_logins_get_429_with_retry_after);
async fn repeated_failed_logins_get_429_with_retry_after(site: Site) {
    let b = site.backend;
    site.account("victim@example.org", Role::Member).await;
    let mut v = site.visitor();
    let mut last = None;
    for _ in 0..11 {
        let r = v.log_in("victim@example.org", "wrong password guess").await;
        last = Some(r);
    }
    let r = last.unwrap();
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{b}");
    let wait: i64 = r
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 600, "{b}: {wait}");
}

db_test!(every_route_answers_each_role_as_expected);
async fn every_route_answers_each_role_as_expected(site: Site) {
    // (method, path, anonymous, member, other member, editor, admin)
    let table: &[(&str, &str, [u16; 5])] = &[
        ("GET", "/account", [303, 200, 200, 200, 200]),
        ("GET", "/account/export", [303, 200, 200, 200, 200]),
        ("GET", "/account/delete", [303, 200, 200, 200, 200]),
        ("GET", "/submit/initiative", [303, 200, 200, 200, 200]),
        ("GET", "/submit/resource", [303, 200, 200, 200, 200]),
        ("GET", "/submit/event", [303, 200, 200, 200, 200]),
        ("GET", "/submit/news", [303, 200, 200, 200, 200]),
        (
            "GET",
            "/submit/initiative?slug=arica",
            [303, 403, 403, 200, 200],
        ),
        ("GET", "/admin", [303, 403, 403, 200, 200]),
        ("GET", "/admin/moderation", [303, 403, 403, 200, 200]),
        ("GET", "/admin/audit", [303, 403, 403, 200, 200]),
        ("GET", "/admin/users", [303, 403, 403, 403, 200]),
        ("GET", "/admin/feeds", [303, 403, 403, 200, 200]),
        ("GET", "/admin/media", [303, 403, 403, 200, 200]),
        ("GET", "/submit/feed", [303, 200, 200, 200, 200]),
        ("GET", "/account/export", [303, 200, 200, 200, 200]),
        (
            "POST",
            "/admin/audit/999/restore",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/admin/users/999/initiatives",
            [303, 403, 403, 403, 404],
        ),
        ("GET", "/community", [200, 200, 200, 200, 200]),
        ("GET", "/login", [200, 200, 200, 200, 200]),
        ("GET", "/join", [200, 200, 200, 200, 200]),
        ("GET", "/reset", [200, 200, 200, 200, 200]),
        ("POST", "/admin/moderation/999", [303, 403, 403, 404, 404]),
        ("POST", "/admin/users/999", [303, 403, 403, 403, 400]),
        (
            "POST",
            "/community/threads/999/lock",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/community/threads/999/hide",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/community/threads/999/pin",
            [303, 403, 403, 404, 404],
        ),
        // Without a space: refused before the thread is looked up.
        (
            "POST",
            "/community/threads/999/move",
            [303, 403, 403, 400, 400],
        ),
        ("GET", "/members/1", [404, 404, 404, 404, 404]),
        (
            "POST",
            "/community/posts/999/hide",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/community/posts/999/report",
            [303, 404, 404, 404, 404],
        ),
        // Last: it ends every session of the account that sends it.
        (
            "POST",
            "/account/logout-everywhere",
            [303, 200, 200, 200, 200],
        ),
    ];
    let b = site.backend;
    let mut visitors = [
        site.visitor(),
        site.logged_in("member@example.org", Role::Member).await,
        site.logged_in("other@example.org", Role::Member).await,
        site.logged_in("editor@example.org", Role::Editor).await,
        site.logged_in("admin@example.org", Role::Admin).await,
    ];
    for (method, path, expected) in table {
        for (who, v) in visitors.iter_mut().enumerate() {
            let r = if *method == "GET" {
                v.get(path).await
            } else {
                let page = if v.cookie.is_some() {
                    "/account"
                } else {
                    "/login"
                };
                v.submit(page, path, &[("reason", "x"), ("decision", "keep")])
                    .await
            };
            assert_eq!(
                r.status.as_u16(),
                expected[who],
                "{b}: {method} {path} as role #{who}"
            );
        }
    }
}

db_test!(behind_a_trusted_proxy_rate_limits_count_per_client);
async fn behind_a_trusted_proxy_rate_limits_count_per_client(app: App) {
    let b = app.backend;
    let config = SiteConfig {
        trust_proxy: true,
        ..SiteConfig::default()
    };
    let router =
        sparks_web::router_with_config(app.test_db.db.clone(), Clock::fixed_date(TODAY), config);
    let mut v = Visitor {
        router,
        cookie: None,
    };
    let token = csrf_of(&v.get("/join").await.body);
    let join = |client: &str, n: usize| {
        let mut req = Request::builder()
            .method(Method::POST)
            .uri("/join")
            .header("host", "sparks.example");
        req = req
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-forwarded-for", format!("203.0.113.250, {client}"));
        req.body(Body::from(encode(&[
            ("csrf_token", &token),
            ("email", &format!("p{n}@example.org")),
            ("display_name", "P"),
            ("password", "short"),
        ])))
        .unwrap()
    };
    for n in 0..10 {
        let r = v
            .router
            .clone()
            .oneshot(join("198.51.100.1", n))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    }
    let r = v
        .router
        .clone()
        .oneshot(join("198.51.100.1", 11))
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "{b}: the same client is limited"
    );
    let r = v
        .router
        .clone()
        .oneshot(join("198.51.100.2", 12))
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: another client behind the same proxy is not"
    );
}

db_test!(hostile_input_through_the_forms_stays_inert);
/// The XSS and naughty-string corpora through the forms: profile fields, discussion titles
/// and bodies, proposals in the moderation queue and content editors publish. Every page
/// that shows them must stay inert (no script, handler or script URL). A sample in CI; all
/// payloads with `SPARKS_LONG_TESTS=1` (the per-member rate limits then spread the posts
/// over several members).
async fn hostile_input_through_the_forms_stays_inert(site: Site) {
    use crate::common::{corpus, safety};
    let Some(corpora) = corpus::dir_or_skip("hostile_input_through_the_forms_stays_inert") else {
        return;
    };
    let payloads = corpus::sample(&corpus::xss_payloads(&corpora), 20);
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    for (i, chunk) in payloads.chunks(15).enumerate() {
        let mut m = site
            .logged_in(&format!("m{i}@example.org"), Role::Member)
            .await;
        let me = accounts::by_email(&site.db, &format!("m{i}@example.org"))
            .await
            .unwrap()
            .unwrap();
        for p in chunk {
            let p = p.as_str();
            let r = m
                .fill(
                    "/account",
                    &[
                        ("display_name", p),
                        ("organisation", p),
                        ("expertise", p),
                        ("country", ""),
                        ("public", "organisation"),
                        ("public", "expertise"),
                        ("profile_public", "1"),
                    ],
                )
                .await;
            assert!(
                r.status == StatusCode::SEE_OTHER || r.status == StatusCode::UNPROCESSABLE_ENTITY,
                "{b}: {p:?}"
            );
            safety::assert_inert(&r.body, &format!("{b}: account form with {p:?}"));
            let handle = me.handle.as_deref().unwrap();
            let profile = m.get(&format!("/members/{handle}")).await;
            safety::assert_inert(&profile.body, &format!("{b}: profile with {p:?}"));
            let r = m
                .start_thread(&[("title", p), ("body", p), ("pillar", "general")])
                .await;
            if r.status == StatusCode::SEE_OTHER {
                let t = m.get(&location(&r)).await;
                safety::assert_inert(&t.body, &format!("{b}: thread with {p:?}"));
            } else {
                safety::assert_inert(&r.body, &format!("{b}: thread form with {p:?}"));
            }
            let r = m
                .fill(
                    "/submit/resource",
                    &[
                        ("title", p),
                        ("type", "report"),
                        ("summary", p),
                        ("url", "https://example.org/x"),
                    ],
                )
                .await;
            safety::assert_inert(&r.body, &format!("{b}: proposal with {p:?}"));
            let r = ed
                .fill(
                    "/submit/news",
                    &[
                        ("title", &format!("n {p}")),
                        ("body", p),
                        ("summary", p),
                        ("published", "2026-11-20"),
                    ],
                )
                .await;
            if r.status == StatusCode::SEE_OTHER {
                let page = ed.get(&location(&r)).await;
                safety::assert_inert(&page.body, &format!("{b}: published news with {p:?}"));
            } else {
                safety::assert_inert(&r.body, &format!("{b}: news form with {p:?}"));
            }
        }
    }
    for page in [
        "/community",
        "/admin/moderation",
        "/admin/audit",
        "/news",
        "/account",
    ] {
        let r = ed.get(page).await;
        safety::assert_inert(&r.body, &format!("{b}: {page}"));
    }
}
