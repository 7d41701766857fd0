//! Issue #16 point 3: records carry the day their facts were last checked and who checked
//! them; staff work through `/admin/review`, longest unchecked first (help services first
//! among equals), confirming with "still correct" (audited) or editing. Dates come from the
//! one test clock.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::{Site, location};

/// The rows of the queue, as `(kind, slug)` from their "still correct" forms, in order.
fn queue(page: &str) -> Vec<(String, String)> {
    page.split("action=\"/admin/review/")
        .skip(1)
        .filter_map(|rest| {
            let path = rest.split('"').next()?;
            let (kind, slug) = path.split_once('/')?;
            Some((kind.to_owned(), slug.to_owned()))
        })
        .collect()
}

db_test!(staff_confirm_records_from_the_review_queue);
async fn staff_confirm_records_from_the_review_queue(site: Site) {
    let b = site.backend;
    // Members and visitors have no queue, and cannot stamp.
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    assert_eq!(
        m.get("/admin/review").await.status,
        StatusCode::FORBIDDEN,
        "{b}"
    );
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let page = ed.get("/admin/review").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let rows = queue(&page.body);
    assert!(!rows.is_empty(), "{b}: {}", page.body);
    // Nothing is checked yet: help services come first.
    assert_eq!(rows[0].0, "helpline", "{b}: {rows:?}");
    assert!(page.text().contains("Not checked yet"), "{b}");
    assert!(
        page.body
            .contains(&format!("href=\"/submit/helpline?slug={}\"", rows[0].1)),
        "{b}: every record has an edit link"
    );

    // Before: the profile and the API say not checked.
    let mut v = site.visitor();
    assert!(
        v.get("/initiatives/arica")
            .await
            .text()
            .contains("Not checked yet"),
        "{b}"
    );
    assert!(
        v.get("/api/v1/initiatives/arica").await.json()["checked_at"].is_null(),
        "{b}"
    );

    // "Still correct" without a CSRF token is refused.
    let r = m
        .submit("/initiatives", "/admin/review/initiative/arica", &[])
        .await;
    assert_eq!(
        r.status,
        StatusCode::FORBIDDEN,
        "{b}: a member cannot stamp"
    );
    let r = ed
        .submit("/admin/review", "/admin/review/initiative/arica", &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(location(&r).starts_with("/admin/review"), "{b}");
    let after = ed.get(&location(&r)).await;
    assert!(after.text().contains("Marked as checked today."), "{b}");
    // Stamped with the test clock's day, shown beside the sources and in the API.
    let profile = v.get("/initiatives/arica").await.text();
    assert!(
        profile.contains("Checked on 29 November 2026"),
        "{b}: {profile}"
    );
    let api = v.get("/api/v1/initiatives/arica").await.json();
    assert_eq!(api["checked_at"], "2026-11-29", "{b}");
    let list = v.get("/api/v1/initiatives?q=arica").await.json();
    assert_eq!(list["items"][0]["checked_at"], "2026-11-29", "{b}");
    // The checked record moved to the end of the queue, naming who checked.
    let rows = queue(&after.body);
    assert!(
        !rows
            .iter()
            .take(rows.len().saturating_sub(1))
            .any(|(k, s)| k == "initiative" && s == "arica"),
        "{b}: not before any unchecked record"
    );
    // Audited like other edits.
    let audit = ed.get("/admin/audit").await.text();
    assert!(audit.contains("check · initiative · arica"), "{b}: {audit}");

    // A help service is stamped too, and a later day is a later check: the next day, the
    // one checked a day earlier comes first among the checked.
    let helpline = rows
        .iter()
        .find(|(k, _)| k == "helpline")
        .unwrap()
        .1
        .clone();
    site.clock
        .set(time::macros::datetime!(2026 - 11 - 30 09:00 UTC));
    let mut ed = site.logged_in("ed2@example.org", Role::Editor).await;
    let r = ed
        .submit(
            "/admin/review",
            &format!("/admin/review/helpline/{helpline}"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    // The whole queue (the page shows its first 100): never-checked first, then the
    // one checked a day earlier, then the later one; each naming who checked.
    let all = sparks_store::checks::queue(&site.db, 100_000)
        .await
        .unwrap();
    let at = |kind: &str, slug: &str| {
        all.iter()
            .position(|q| q.kind.slug() == kind && q.slug == slug)
            .unwrap()
    };
    let (a, h) = (at("initiative", "arica"), at("helpline", &helpline));
    assert_eq!((a, h), (all.len() - 2, all.len() - 1), "{b}");
    assert!(all[a].check.as_ref().unwrap().checked_by.is_some(), "{b}");
    assert!(all[..a].iter().all(|q| q.check.is_none()), "{b}");
    assert!(
        v.get("/help")
            .await
            .text()
            .contains("Checked on 30 November 2026"),
        "{b}"
    );

    // Unknown records and kinds are a 404, not a 500.
    let r = ed
        .submit(
            "/admin/review",
            "/admin/review/initiative/no-such-thing",
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
    let r = ed
        .submit("/admin/review", "/admin/review/planet/arica", &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
}

db_test!(every_checked_kind_shows_its_date_on_pages_and_in_the_api);
async fn every_checked_kind_shows_its_date_on_pages_and_in_the_api(site: Site) {
    let b = site.backend;
    let all = sparks_store::checks::queue(&site.db, 100_000)
        .await
        .unwrap();
    let first = |kind: &str| {
        all.iter()
            .find(|q| q.kind.slug() == kind)
            .unwrap_or_else(|| panic!("{b}: no {kind} in the queue"))
            .slug
            .clone()
    };
    let (resource, statistic, recommendation) = (
        first("resource"),
        first("statistic"),
        first("recommendation"),
    );
    let mut v = site.visitor();
    let res_page = format!("/resources/{resource}");
    assert!(
        v.get(&res_page).await.text().contains("Not checked yet"),
        "{b}"
    );
    let res_api = format!("/api/v1/resources/{resource}");
    assert!(v.get(&res_api).await.json()["checked_at"].is_null(), "{b}");
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    for (kind, slug) in [
        ("resource", &resource),
        ("statistic", &statistic),
        ("recommendation", &recommendation),
    ] {
        let r = ed
            .submit(
                "/admin/review",
                &format!("/admin/review/{kind}/{slug}"),
                &[],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {kind}: {}", r.body);
    }
    assert!(
        v.get(&res_page)
            .await
            .text()
            .contains("Checked on 29 November 2026"),
        "{b}"
    );
    assert_eq!(
        v.get(&res_api).await.json()["checked_at"],
        "2026-11-29",
        "{b}"
    );
    let list = v.get("/api/v1/resources?per_page=100").await.json();
    let listed = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["slug"] == resource.as_str())
        .map(|i| i["checked_at"].clone());
    if let Some(at) = listed {
        assert_eq!(at, "2026-11-29", "{b}");
    }
    let stat = v
        .get(&format!("/api/v1/statistics/{statistic}"))
        .await
        .json();
    assert_eq!(stat["checked_at"], "2026-11-29", "{b}");
    let recs = v.get("/recommendations").await.text();
    assert!(recs.contains("Checked on 29 November 2026"), "{b}");
    assert!(recs.contains("Not checked yet"), "{b}: the others are not");
}
