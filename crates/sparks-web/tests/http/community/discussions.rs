//! Community discussions: visibility, reports and hiding, and search that finds public
//! discussions but never members-only ones.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::{Site, location, value_after};

db_test!(community_visibility_reports_and_hiding);
async fn community_visibility_reports_and_hiding(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "Members-only chat"),
            ("body", "internal"),
            ("pillar", "general"),
            ("members_only", "1"),
        ])
        .await;
    let private = location(&r);
    let r = m
        .start_thread(&[
            ("title", "Public chat"),
            ("body", "Spam spam"),
            ("pillar", "detection-investigation"),
        ])
        .await;
    let public = location(&r);
    let mut anon = site.visitor();
    assert_eq!(
        anon.get(&private).await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    assert!(
        !anon
            .get("/community")
            .await
            .text()
            .contains("Members-only chat"),
        "{b}"
    );
    assert!(
        m.get("/community")
            .await
            .text()
            .contains("Members-only chat"),
        "{b}"
    );
    // Report, then an editor hides it from the queue.
    let page = m.get(&public).await;
    let post = value_after(&page.body, "action=\"/community/posts/", '/');
    let r = m
        .submit(
            &public,
            &format!("/community/posts/{post}/report"),
            &[("reason", "spam")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await;
    assert!(queue.text().contains("spam"), "{b}");
    let report = value_after(&queue.body, "action=\"/admin/reports/", '"');
    let r = ed
        .submit(
            "/admin/moderation",
            &format!("/admin/reports/{report}"),
            &[("decision", "hide")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(
        !anon.get(&public).await.text().contains("Spam spam"),
        "{b}: hidden"
    );
    // Locked threads take no replies.
    let id = public.rsplit('/').next().unwrap();
    ed.submit(
        &public,
        &format!("/community/threads/{id}/lock"),
        &[("locked", "1")],
    )
    .await;
    let r = m
        .submit(
            &public,
            &format!("/community/threads/{id}/replies"),
            &[("body", "more")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
}

db_test!(public_discussions_are_found_by_search_members_only_ones_are_not);
async fn public_discussions_are_found_by_search_members_only_ones_are_not(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "Quuxwidget moderation practices"),
            ("body", "How do you triage quuxwidget reports?"),
            ("pillar", "detection-investigation"),
        ])
        .await;
    let public = location(&r);
    m.start_thread(&[
        ("title", "Quuxwidget internal notes"),
        ("body", "quuxwidget"),
        ("pillar", "general"),
        ("members_only", "1"),
    ])
    .await;
    let mut anon = site.visitor();
    // Warm the page cache first: a new thread must show at once.
    anon.get("/search?q=quuxwidget").await;
    let api = anon.get("/api/v1/search?q=quuxwidget").await.json();
    let hits: Vec<String> = api["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| format!("{} {}", h["type"], h["slug"]))
        .collect();
    let id = public.rsplit('/').next().unwrap();
    assert_eq!(
        hits,
        vec![format!("\"thread\" \"{id}\"")],
        "{b}: only the public thread: {api}"
    );
    let page = anon.get("/search?q=quuxwidget&type=thread").await;
    assert!(
        page.body
            .contains(&format!("href=\"/community/threads/{id}\"")),
        "{b}"
    );
    // Hiding the opening post takes it out of search.
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let t = ed.get(&public).await;
    let post = value_after(&t.body, "action=\"/community/posts/", '/');
    let r = ed
        .submit(
            &public,
            &format!("/community/posts/{post}/hide"),
            &[("hidden", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let api = anon.get("/api/v1/search?q=quuxwidget").await.json();
    assert_eq!(api["total"], 0, "{b}: {api}");
    // A rebuilt index has the same view.
    ed.submit(
        &public,
        &format!("/community/posts/{post}/hide"),
        &[("hidden", "0")],
    )
    .await;
    sparks_store::search::reindex(&site.db, &site.clock.rfc3339())
        .await
        .unwrap();
    let api = anon.get("/api/v1/search?q=quuxwidget").await.json();
    assert_eq!(api["total"], 1, "{b}: {api}");
}
