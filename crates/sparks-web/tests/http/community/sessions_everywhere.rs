//! Issue #18, a shared device after a quick exit: members log out everywhere (every session
//! of the account ends, this one too), and over https the session cookie is
//! `__Host-sparks_session`, the only name the server then reads, so no other host can plant
//! a session.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use sparks_store::accounts::{self, Role};
use sparks_store::db_test;
use sparks_web::{Clock, SiteConfig};
use tower::ServiceExt;

use crate::common::browser::{PASSWORD, SESSION_COOKIE, Site, Visitor, csrf_of, location};
use crate::common::log::capture;
use crate::common::{Reply, TODAY};

/// The action of the form on `/account`.
const EVERYWHERE: &str = "/account/logout-everywhere";

/// The `Set-Cookie` header of `r` (one is expected).
fn set_cookie(r: &Reply) -> String {
    r.headers
        .get("set-cookie")
        .unwrap_or_else(|| panic!("no Set-Cookie: {:?}", r.headers))
        .to_str()
        .unwrap()
        .to_owned()
}

/// `GET /account` from `router` with `cookie` as the whole `Cookie` header, as a browser
/// that holds it would send it: the status and where a redirect leads.
async fn account_with(router: &Router, cookie: &str) -> (StatusCode, String) {
    let request = Request::builder()
        .uri("/account")
        .header("host", "sparks.example")
        .header("cookie", cookie)
        .body(Body::empty())
        .unwrap();
    let r = router.clone().oneshot(request).await.unwrap();
    let to = r
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned();
    (r.status(), to)
}

db_test!(logging_out_everywhere_ends_every_session_of_the_account);
async fn logging_out_everywhere_ends_every_session_of_the_account(site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();
    let mut phone = site.logged_in("shared@example.org", Role::Member).await;
    let mut laptop = site.visitor();
    let r = laptop.log_in("shared@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut bystander = site.logged_in("bystander@example.org", Role::Member).await;
    let laptop_session = laptop.cookie.clone().unwrap();
    let account = laptop.get("/account").await;
    assert_eq!(account.status, StatusCode::OK, "{b}");
    assert!(
        account.body.contains(&format!("action=\"{EVERYWHERE}\"")),
        "{b}: the account page has the form"
    );
    assert!(account.text().contains("Log out everywhere"), "{b}");
    assert_eq!(phone.get("/account").await.status, StatusCode::OK, "{b}");

    // Like every form, it needs the session's CSRF token and the site's origin.
    let r = laptop.send(Method::POST, EVERYWHERE, None, None).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: no token");
    let token = csrf_of(&account.body);
    let r = laptop
        .send(
            Method::POST,
            EVERYWHERE,
            Some(format!("csrf_token={token}")),
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: foreign origin");
    assert_eq!(phone.get("/account").await.status, StatusCode::OK, "{b}");

    let r = laptop.submit("/account", EVERYWHERE, &[]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        r.text().contains("You are logged out everywhere"),
        "{b}: {}",
        r.body
    );
    assert!(
        !r.body.contains("action=\"/logout\""),
        "{b}: the page is seen logged out"
    );
    assert!(
        set_cookie(&r).starts_with(&format!("{SESSION_COOKIE}=;")),
        "{b}: the cookie is removed: {}",
        set_cookie(&r)
    );
    assert!(laptop.cookie.is_none(), "{b}");

    // Both sessions are dead on the server, not only forgotten by this browser.
    for (who, v) in [("phone", &mut phone), ("laptop", &mut laptop)] {
        let r = v.get("/account").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {who}");
        assert!(location(&r).starts_with("/login"), "{b}: {who}");
    }
    let (status, to) =
        account_with(&site.router, &format!("{SESSION_COOKIE}={laptop_session}")).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{b}: the old session id");
    assert!(to.starts_with("/login"), "{b}: {to}");
    // Another account's session is not touched.
    assert_eq!(
        bystander.get("/account").await.status,
        StatusCode::OK,
        "{b}"
    );

    // The member can log in again afterwards.
    let mut again = site.visitor();
    let r = again.log_in("shared@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(again.get("/account").await.status, StatusCode::OK, "{b}");

    let id = accounts::by_email(&site.db, "shared@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    let events = log.events();
    let event = events
        .iter()
        .find(|e| e["fields"]["security_event"] == "logged_out_everywhere")
        .unwrap_or_else(|| panic!("{b}: no logged_out_everywhere in {events:#?}"));
    assert_eq!(event["fields"]["account_id"], id, "{b}: {event}");
    assert!(
        !log.text().contains(&laptop_session),
        "{b}: a session id in the log"
    );
}

db_test!(over_https_the_session_cookie_is_host_prefixed_and_only_that_name_counts);
async fn over_https_the_session_cookie_is_host_prefixed_and_only_that_name_counts(site: Site) {
    let b = site.backend;
    site.account("prefixed@example.org", Role::Member).await;
    let mut v = site.visitor();
    let r = v.log_in("prefixed@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let cookie = set_cookie(&r);
    let mut parts = cookie.split("; ");
    let session = parts
        .next()
        .and_then(|pair| pair.strip_prefix("__Host-sparks_session="))
        .unwrap_or_else(|| panic!("{b}: not the prefixed name: {cookie}"))
        .to_owned();
    assert_eq!(v.cookie.as_deref(), Some(session.as_str()), "{b}");
    let attributes: Vec<&str> = parts.collect();
    for wanted in ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
        assert!(attributes.contains(&wanted), "{b}: {wanted} in {cookie}");
    }
    assert!(
        !attributes
            .iter()
            .any(|a| a.to_ascii_lowercase().starts_with("domain")),
        "{b}: no Domain: {cookie}"
    );

    // The same session id under the old name (as a subdomain could plant it) is no session.
    let (status, to) = account_with(&site.router, &format!("sparks_session={session}")).await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "{b}: the unprefixed cookie counted"
    );
    assert!(to.starts_with("/login"), "{b}: {to}");
    let (status, _) = account_with(&site.router, &format!("__Host-sparks_session={session}")).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{b}: the prefixed cookie is the session"
    );

    // Logging out clears the cookie under the same name.
    let r = v.submit("/account", "/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let cleared = set_cookie(&r);
    assert!(
        cleared.starts_with("__Host-sparks_session=;")
            && cleared.contains("Max-Age=0")
            && cleared.contains("Secure")
            && cleared.contains("Path=/"),
        "{b}: {cleared}"
    );
}

db_test!(over_plain_http_the_session_cookie_keeps_its_name);
async fn over_plain_http_the_session_cookie_keeps_its_name(site: Site) {
    let b = site.backend;
    site.account("plain@example.org", Role::Member).await;
    // Development: no public address, so no TLS known and no `Secure` cookie.
    let router = sparks_web::router_with_config(
        site.db.clone(),
        Clock::fixed_date(TODAY),
        SiteConfig::default(),
    );
    let mut v = Visitor {
        router: router.clone(),
        cookie: None,
    };
    let r = v.log_in("plain@example.org", PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let cookie = set_cookie(&r);
    assert!(
        cookie.starts_with("sparks_session=")
            && cookie.contains("HttpOnly")
            && cookie.contains("SameSite=Lax")
            && !cookie.contains("Secure"),
        "{b}: {cookie}"
    );
    let session = cookie
        .trim_start_matches("sparks_session=")
        .split(';')
        .next()
        .unwrap();
    let (status, _) = account_with(&router, &format!("sparks_session={session}")).await;
    assert_eq!(
        status,
        StatusCode::OK,
        "{b}: the session under its usual name"
    );
    // The prefixed name means nothing here: a browser would not even keep it without TLS.
    let (status, _) = account_with(&router, &format!("__Host-sparks_session={session}")).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{b}");
}
