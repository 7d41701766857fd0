//! What staff add through the forms: feeds members propose (and their health),
//! recommendations, media-pack graphics, figures and help services.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::accounts::Role;
use sparks_store::db_test;
use tower::ServiceExt;

use crate::common::browser::{ORIGIN, SESSION_COOKIE, Site, Visitor, location, value_after};

db_test!(members_propose_feeds_and_staff_see_their_health);
async fn members_propose_feeds_and_staff_see_their_health(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .fill(
            "/submit/feed",
            &[("initiative", "nope"), ("feed_url", "ftp://x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let r = m
        .fill(
            "/submit/feed",
            &[
                ("initiative", "arica"),
                ("feed_url", "https://arica.example.org/feed.xml"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        sparks_store::feeds::health(&site.db)
            .await
            .unwrap()
            .is_empty(),
        "{b}: waits for moderation"
    );
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await;
    assert!(
        queue.text().contains("https://arica.example.org/feed.xml"),
        "{b}"
    );
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let feeds = sparks_store::feeds::health(&site.db).await.unwrap();
    assert_eq!(feeds.len(), 1, "{b}");
    assert!(!feeds[0].trusted, "{b}");
    let page = ed.get("/admin/feeds").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(
        page.text().contains("https://arica.example.org/feed.xml"),
        "{b}"
    );
    assert_eq!(
        m.get("/admin/feeds").await.status,
        StatusCode::FORBIDDEN,
        "{b}"
    );
}

db_test!(editors_add_and_unpublish_recommendations);
async fn editors_add_and_unpublish_recommendations(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed
        .fill(
            "/submit/recommendation",
            &[
                ("title", "Fund helplines for people at risk of offending"),
                ("pillar", "prevention"),
                ("text", "Sustained **funding**."),
                ("issuer", "Zeta Network"),
                ("year", "2025"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let loc = location(&r);
    assert!(loc.starts_with("/recommendations/"), "{b}: {loc}");
    let slug = loc.trim_start_matches("/recommendations/").to_owned();
    assert!(
        ed.get("/recommendations")
            .await
            .text()
            .contains("Fund helplines for people at risk"),
        "{b}"
    );
    let edit = format!("/submit/recommendation?slug={slug}");
    let r = ed
        .submit(
            &edit,
            "/submit/recommendation",
            &[("target", &slug), ("action", "unpublish")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(
        !ed.get("/recommendations")
            .await
            .text()
            .contains("Fund helplines for people at risk"),
        "{b}"
    );
}

fn multipart(file: &[u8], filename: &str, label: &str) -> (String, Vec<u8>) {
    let boundary = "sparks-test-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n{label}\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

db_test!(editors_upload_media_pack_graphics_safely);
async fn editors_upload_media_pack_graphics_safely(site: Site) {
    use base64::Engine;
    let png = base64::engine::general_purpose::STANDARD
        .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
        .unwrap();
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let page = ed.get("/admin/media").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let token = value_after(&page.body, "action=\"/admin/media?", '"')
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    let action = format!("/admin/media?{token}");
    assert!(
        action.starts_with("/admin/media?csrf_token="),
        "{b}: {action}"
    );
    let send = |ed: &Visitor, uri: String, file: &[u8], name: &str, origin: Option<&str>| {
        let (ct, body) = multipart(file, name, "Banner for 18 November");
        let mut req = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .header("host", "sparks.example")
            .header("content-type", ct);
        if let Some(c) = &ed.cookie {
            req = req.header("cookie", format!("{SESSION_COOKIE}={c}"));
        }
        if let Some(o) = origin {
            req = req.header("origin", o);
        }
        let router = ed.router.clone();
        let req = req.body(Body::from(body)).unwrap();
        async move {
            let r = router.oneshot(req).await.unwrap();
            let status = r.status();
            let body = r.into_body().collect().await.unwrap().to_bytes();
            (status, String::from_utf8_lossy(&body).into_owned())
        }
    };
    // Without the token from the page: 403.
    let (status, _) = send(&ed, "/admin/media".into(), &png, "a.png", Some(ORIGIN)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{b}");
    // An SVG is refused with a reason, in the page.
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>";
    let (status, body) = send(&ed, action.clone(), svg, "x.svg", Some(ORIGIN)).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{b}: {body}");
    assert!(body.contains("only PNG, JPEG, GIF and WebP"), "{b}");
    // A PNG is kept under a random name and offered on the media pack.
    let (status, body) = send(
        &ed,
        action.clone(),
        &png,
        "../../etc/passwd.png",
        Some(ORIGIN),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{b}: {body}");
    let pack = site.visitor().get("/media-pack").await;
    assert!(
        pack.text().contains("Banner for 18 November"),
        "{b}: the media pack lists it"
    );
    let href = value_after(&pack.body, "href=\"/uploads/", '"');
    assert!(!href.contains("passwd"), "{b}: {href}");
    let file = site.visitor().get(&format!("/uploads/{href}")).await;
    assert_eq!(file.status, StatusCode::OK, "{b}");
    assert!(
        file.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"),
        "{b}"
    );
    // Members may not upload.
    let m = site.logged_in("m@example.org", Role::Member).await;
    let (status, _) = send(&m, action, &png, "a.png", Some(ORIGIN)).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{b}");
}

db_test!(editors_add_figures_and_help_services);
async fn editors_add_figures_and_help_services(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed
        .fill(
            "/submit/statistic",
            &[
                ("figure", "Zeta reports received"),
                ("value", "12345"),
                ("year", "2025"),
                ("publisher", "Zeta Hotline"),
                ("source_url", "https://example.org/zeta"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(
        ed.get("/response")
            .await
            .text()
            .contains("Zeta reports received"),
        "{b}"
    );
    let r = ed
        .fill(
            "/submit/helpline",
            &[
                ("name", "Zeta Line"),
                ("type", "child-helpline"),
                ("country", "pl"),
                ("phone", "116 111"),
                ("source_url", "https://example.org/zeta-line"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(ed.get("/help").await.text().contains("Zeta Line"), "{b}");
    let r = ed
        .fill(
            "/submit/helpline",
            &[
                ("name", "No source"),
                ("type", "child-helpline"),
                ("country", "PL"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.body.contains("href=\"#field-source-url\""),
        "{b}: the error names the field"
    );
}
