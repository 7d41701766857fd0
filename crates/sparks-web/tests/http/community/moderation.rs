//! Moderation: pending submissions stay out of every public place until approved, rejections
//! need a reason, and editors edit, unpublish and restore with an audit trail.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::{accounts, db_test};

use crate::common::browser::{Site, value_after};

db_test!(pending_submissions_appear_nowhere_public_until_approved);
async fn pending_submissions_appear_nowhere_public_until_approved(site: Site) {
    const MARK: &str = "Qxpendingmarkerqx";
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let proposals: [(&str, Vec<(&str, String)>); 4] = [
        (
            "initiative",
            vec![
                ("acronym", format!("{MARK}I")),
                ("title", format!("{MARK} initiative")),
                ("summary", MARK.into()),
                ("pillars", "prevention".into()),
                ("sources", "https://pending.example.org/".into()),
            ],
        ),
        (
            "resource",
            vec![
                ("title", format!("{MARK} resource")),
                ("type", "report".into()),
                ("summary", MARK.into()),
                ("url", "https://example.org/r".into()),
            ],
        ),
        (
            "event",
            vec![
                ("title", format!("{MARK} event")),
                ("type", "webinar".into()),
                ("start", "2027-02-03".into()),
                ("summary", MARK.into()),
                ("online", "1".into()),
            ],
        ),
        (
            "news",
            vec![
                ("title", format!("{MARK} news")),
                ("body", MARK.into()),
                ("published", "2026-11-20".into()),
            ],
        ),
    ];
    for (kind, fields) in &proposals {
        let f: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let path = format!("/submit/{kind}");
        let r = m.submit(&path, &path, &f).await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {kind}: {}", r.body);
        assert!(r.text().contains("waits for an editor"), "{b}: {kind}");
    }
    let lower = MARK.to_lowercase();
    let endpoints = [
        "/".to_owned(),
        "/initiatives".into(),
        format!("/initiatives?q={MARK}"),
        "/initiatives?sort=recent".into(),
        format!("/search?q={MARK}"),
        format!("/api/v1/search?q={MARK}"),
        format!("/api/v1/initiatives?q={MARK}"),
        "/api/v1/initiatives?per_page=100&sort=recent".into(),
        "/resources".into(),
        format!("/resources?q={MARK}"),
        "/api/v1/resources".into(),
        "/news".into(),
        "/api/v1/news".into(),
        "/events".into(),
        "/events.ics".into(),
        "/api/v1/events".into(),
        "/landscape".into(),
        "/pillars/prevention".into(),
        "/community".into(),
        "/feed.xml".into(),
        "/pillars/prevention/feed.xml".into(),
        "/sitemap.xml".into(),
        format!("/initiatives/{lower}i"),
        format!("/api/v1/initiatives/{lower}i"),
    ];
    let mut anon = site.visitor();
    for e in &endpoints {
        let r = anon.get(e).await;
        assert!(!r.status.is_server_error(), "{b}: {e}");
        if e.contains(&format!("{lower}i")) {
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {e}");
            continue;
        }
        // The query itself may be echoed; the titles and the acronym must not appear.
        let body = r.body.to_lowercase();
        for shown in [
            format!("{lower} initiative"),
            format!("{lower} resource"),
            format!("{lower} event"),
            format!("{lower} news"),
            format!("{lower}i"),
        ] {
            assert!(!body.contains(&shown), "{b}: pending content leaked at {e}");
        }
    }
    // Approve them all: now they show.
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    for _ in 0..4 {
        let r = ed.approve_first().await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    }
    assert!(
        ed.get("/admin/moderation")
            .await
            .text()
            .contains("Nothing is waiting"),
        "{b}"
    );
    let r = anon.get(&format!("/api/v1/search?q={MARK}")).await;
    assert!(
        r.json()["total"].as_u64().unwrap_or(0) >= 4,
        "{b}: approved content is found: {}",
        r.body
    );
    assert_eq!(
        anon.get(&format!("/initiatives/{lower}i")).await.status,
        StatusCode::OK,
        "{b}"
    );
}

db_test!(a_rejection_needs_a_reason_and_the_member_is_told);
async fn a_rejection_needs_a_reason_and_the_member_is_told(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .fill(
            "/submit/resource",
            &[("title", "Weak resource"), ("type", "report")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed.decide_first(&[("decision", "reject")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("Give a reason"), "{b}");
    let r = ed
        .decide_first(&[("decision", "reject"), ("reason", "No source given.")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mails = site.emails_to("m@example.org").await;
    assert!(mails.iter().any(|m| m.contains("No source given.")), "{b}");
    assert!(
        m.get("/account").await.text().contains("not published"),
        "{b}"
    );
}

db_test!(editors_edit_unpublish_and_restore_with_an_audit_trail);
async fn editors_edit_unpublish_and_restore_with_an_audit_trail(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let form = ed.get("/submit/initiative?slug=arica").await;
    assert_eq!(form.status, StatusCode::OK, "{b}");
    assert!(form.body.contains("value=\"ARICA\""), "{b}: prefilled");
    let r = ed
        .submit(
            "/submit/initiative?slug=arica",
            "/submit/initiative",
            &[
                ("target", "arica"),
                ("acronym", "ARICA"),
                ("title", "ARICA, edited by an editor"),
                ("summary", "New summary."),
                ("pillars", "prevention"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let api = ed.get("/api/v1/initiatives/arica").await.json();
    assert_eq!(api["title"], "ARICA, edited by an editor", "{b}");
    assert!(
        !api["sources"].as_array().unwrap().is_empty(),
        "{b}: fields the form does not show are kept"
    );
    // Unpublish, then restore the version before.
    let r = ed
        .submit(
            "/submit/initiative?slug=arica",
            "/submit/initiative",
            &[("target", "arica"), ("action", "unpublish")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(
        ed.get("/initiatives/arica").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    let audit = ed.get("/admin/audit").await;
    assert!(audit.text().contains("unpublish"), "{b}");
    let first = value_after(&audit.body, "action=\"/admin/audit/", '/');
    let r = ed
        .submit(
            "/admin/audit",
            &format!("/admin/audit/{first}/restore"),
            &[],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let api = ed.get("/api/v1/initiatives/arica").await.json();
    assert_eq!(api["title"], "ARICA, edited by an editor", "{b}: restored");
    // Members cannot edit what they are not linked to; linked members propose.
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    assert_eq!(
        m.get("/submit/initiative?slug=arica").await.status,
        StatusCode::FORBIDDEN,
        "{b}"
    );
    let user = accounts::by_email(&site.db, "m@example.org")
        .await
        .unwrap()
        .unwrap();
    accounts::link_initiative(&site.db, user.id, "arica")
        .await
        .unwrap();
    let r = m
        .submit(
            "/submit/initiative?slug=arica",
            "/submit/initiative",
            &[
                ("target", "arica"),
                ("acronym", "ARICA"),
                ("title", "ARICA by its member"),
                ("pillars", "prevention"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert_eq!(
        m.get("/api/v1/initiatives/arica").await.json()["title"],
        "ARICA, edited by an editor",
        "{b}: waits"
    );
}
