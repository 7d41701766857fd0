//! Issue #16, point 7: the terminology check. Every text a person writes (a new thread, a
//! reply, a proposal, a staff edit) is checked on submit: the first submit comes back with
//! the form as typed and a notice naming each discouraged term, its preferred wording and
//! why, and a checkbox to keep the wording; nothing is published and nothing is changed
//! silently. Kept wording is listed for staff; admins extend the list.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::{Site, location, value_after};

const NOTICE: &str = "the field’s terminology guidelines suggest";

db_test!(a_reply_with_a_discouraged_term_comes_back_until_the_author_keeps_it);
async fn a_reply_with_a_discouraged_term_comes_back_until_the_author_keeps_it(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("writer@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "Working with hotlines"),
            ("body", "How do you triage reports?"),
            ("pillar", "general"),
        ])
        .await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: a clean thread goes through"
    );
    let thread = location(&r);
    let id = thread.rsplit('/').next().unwrap().to_owned();
    let replies = format!("/community/threads/{id}/replies");
    let text = "We saw more Child Pornography and child prostitution cases (marker-7731).";

    let first = m.submit(&thread, &replies, &[("body", text)]).await;
    assert_eq!(first.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let page = first.text();
    assert!(page.contains(NOTICE), "{b}: {page}");
    for expected in [
        "“Child Pornography”",
        "child sexual abuse material (CSAM)",
        "“child prostitution”",
        "sexual exploitation of children in prostitution",
        "Luxembourg Guidelines",
        "name=\"wording_ok\"",
    ] {
        assert!(page.contains(expected), "{b}: {expected} in {page}");
    }
    assert!(
        page.contains("marker-7731"),
        "{b}: what was typed is kept in the form"
    );
    let thread_page = m.get(&thread).await.text();
    assert!(
        !thread_page.contains("marker-7731"),
        "{b}: nothing was published"
    );

    // Keeping the wording publishes the text as written and lists it for staff.
    let kept = m
        .submit(&thread, &replies, &[("body", text), ("wording_ok", "1")])
        .await;
    assert_eq!(kept.status, StatusCode::SEE_OTHER, "{b}: {}", kept.body);
    let published = m.get(&thread).await.text();
    assert!(
        published.contains("Child Pornography and child prostitution cases"),
        "{b}: published unchanged"
    );
    let mut ed = site.logged_in("editor@example.org", Role::Editor).await;
    let review = ed.get("/admin/terms").await;
    assert_eq!(review.status, StatusCode::OK, "{b}");
    let review = review.text();
    assert!(
        review.contains("Child Pornography; child prostitution"),
        "{b}: {review}"
    );
    assert!(
        review.contains(&format!("/community/threads/{id}#post-")),
        "{b}"
    );
    // Reviewed flags leave the list.
    let flag = value_after(&review, "action=\"/admin/terms/flags/", '/');
    let r = ed
        .submit(
            "/admin/terms",
            &format!("/admin/terms/flags/{flag}/reviewed"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(
        !ed.get("/admin/terms")
            .await
            .text()
            .contains("Child Pornography; child prostitution"),
        "{b}"
    );
    // Editors read the list but do not change it.
    assert!(!review.contains("name=\"preferred\""), "{b}");
    let r = ed
        .submit(
            "/admin/terms",
            "/admin/terms",
            &[("term", "x y"), ("lang", "en"), ("preferred", "z")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
}

db_test!(a_new_thread_in_german_and_a_proposal_are_checked_too);
async fn a_new_thread_in_german_and_a_proposal_are_checked_too(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("autorin@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "Kinderpornografie im Netz"),
            ("body", "Ein Austausch über Meldewege."),
            ("pillar", "general"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let page = r.text();
    assert!(
        page.contains("Darstellungen sexuellen Kindesmissbrauchs"),
        "{b}: {page}"
    );
    assert!(
        !m.get("/community")
            .await
            .text()
            .contains("Kinderpornografie im Netz"),
        "{b}: not published"
    );

    // A member's proposal of a resource with the term in its summary.
    let fields = [
        ("title", "Study on child porn distribution"),
        ("type", "report"),
        ("summary", "A study."),
        ("url", "https://example.org/study"),
    ];
    let r = m
        .submit("/submit/resource", "/submit/resource", &fields)
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("“child porn”"), "{b}: {}", r.body);
    let mut kept = fields.to_vec();
    kept.push(("wording_ok", "1"));
    let r = m
        .submit("/submit/resource", "/submit/resource", &kept)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: the thank-you page");
    assert!(!r.text().contains(NOTICE), "{b}");
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    assert!(
        ed.get("/admin/terms")
            .await
            .text()
            .contains("resource proposal"),
        "{b}: the kept proposal is listed for staff"
    );
    // A staff edit is checked the same way.
    let r = ed
        .submit(
            "/submit/news",
            "/submit/news",
            &[
                ("title", "Operation against child sex tourism"),
                ("body", "Details."),
                ("published", "2026-11-20"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.text()
            .contains("sexual exploitation of children in the context of travel and tourism"),
        "{b}"
    );
}

db_test!(an_admin_extends_the_list_and_the_next_text_is_checked_against_it);
async fn an_admin_extends_the_list_and_the_next_text_is_checked_against_it(site: Site) {
    let b = site.backend;
    let mut admin = site.logged_in("admin@example.org", Role::Admin).await;
    // A bad entry comes back with its error and what was typed.
    let r = admin
        .fill(
            "/admin/terms",
            &[("term", "*"), ("lang", "en"), ("preferred", "something")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("value=\"something\""), "{b}");
    let r = admin
        .fill(
            "/admin/terms",
            &[
                ("term", "webcam child sex*"),
                ("lang", "en"),
                ("preferred", "live-streamed child sexual abuse"),
                ("reason", "Names the abuse."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let list = admin.get("/admin/terms").await.text();
    assert!(list.contains("webcam child sex*"), "{b}");

    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "Detecting webcam child sexual abuse"),
            ("body", "Tools?"),
            ("pillar", "general"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("live-streamed child sexual abuse"), "{b}");

    // Removing it lets the same text through.
    let row = list
        .split("<tr>")
        .find(|row| row.contains("webcam child sex*"))
        .unwrap();
    let term_id = value_after(row, "action=\"/admin/terms/", '/');
    let r = admin
        .submit(
            "/admin/terms",
            &format!("/admin/terms/{term_id}/remove"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let r = m
        .start_thread(&[
            ("title", "Detecting webcam child sexual abuse"),
            ("body", "Tools?"),
            ("pillar", "general"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
}
