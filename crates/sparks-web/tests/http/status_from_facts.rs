//! Issue #16 point 2: an initiative's status comes from its facts, honestly. "Ongoing" only
//! when the end date is ahead or a source says so; an old start without an end is "Status
//! unknown"; a recent one "Probably ongoing", saying why. The test clock is fixed at
//! 2026-11-29 (see `common::TODAY`).

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::{Site, Visitor};

/// The bundled Daphne III study: started December 2008, no end date recorded.
const DAPHNE: &str = "sexual-abuse-in-residential-care";

fn slugs(list: &serde_json::Value) -> Vec<String> {
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_owned())
        .collect()
}

db_test!(an_old_start_without_an_end_is_not_ongoing);
async fn an_old_start_without_an_end_is_not_ongoing(site: Site) {
    let b = site.backend;
    let mut v = site.visitor();
    let page = v.get(&format!("/initiatives/{DAPHNE}")).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    assert!(text.contains("Status unknown"), "{b}: {text}");
    assert!(!text.contains(">Ongoing<"), "{b}: never ongoing");
    assert!(
        text.contains("started within the last three years"),
        "{b}: the page says how the status was decided"
    );
    let api = v.get(&format!("/api/v1/initiatives/{DAPHNE}")).await.json();
    assert_eq!(api["status"], "unknown", "{b}");
    let ongoing = v
        .get("/api/v1/initiatives?status=ongoing&per_page=100&q=residential")
        .await
        .json();
    assert!(!slugs(&ongoing).contains(&DAPHNE.to_owned()), "{b}");
    let unknown = v
        .get("/api/v1/initiatives?status=unknown&per_page=100&q=residential")
        .await
        .json();
    assert!(slugs(&unknown).contains(&DAPHNE.to_owned()), "{b}");
    // The facet on the directory counts it under "Status unknown" and offers the new value.
    let dir = v.get("/initiatives").await.text();
    assert!(dir.contains("status=unknown"), "{b}");
    assert!(
        !dir.contains("Dates not recorded"),
        "{b}: the old label is gone"
    );
}

/// Publishes (as an editor, through the form) an initiative with these extra fields.
async fn publish(ed: &mut Visitor, acronym: &str, extra: &[(&str, &str)]) -> crate::common::Reply {
    let mut fields = vec![
        ("acronym", acronym),
        ("title", "A test initiative"),
        ("summary", "Works against CSAE."),
        ("pillars", "prevention"),
        ("sources", "https://example.org/source"),
    ];
    fields.extend_from_slice(extra);
    ed.fill("/submit/initiative", &fields).await
}

db_test!(recent_starts_are_probably_ongoing_and_ends_decide);
async fn recent_starts_are_probably_ongoing_and_ends_decide(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = publish(&mut ed, "RECENT", &[("start_date", "2025-03")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let r = publish(&mut ed, "OLDER", &[("start_date", "2022-06")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let r = publish(
        &mut ed,
        "ENDING",
        &[("start_date", "2020"), ("end_date", "2027-06")],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut v = site.visitor();
    let page = v.get("/initiatives/recent").await.text();
    assert!(
        page.contains("Probably ongoing (started 2025, no end date recorded)"),
        "{b}: {page}"
    );
    let api = |slug: &'static str| format!("/api/v1/initiatives/{slug}");
    assert_eq!(
        v.get(&api("recent")).await.json()["status"],
        "probably-ongoing",
        "{b}"
    );
    assert_eq!(
        v.get(&api("older")).await.json()["status"],
        "unknown",
        "{b}"
    );
    assert_eq!(
        v.get(&api("ending")).await.json()["status"],
        "ongoing",
        "{b}"
    );
    let probable = v
        .get("/api/v1/initiatives?status=probably-ongoing&per_page=100")
        .await
        .json();
    assert!(slugs(&probable).contains(&"recent".to_owned()), "{b}");
    assert!(!slugs(&probable).contains(&"older".to_owned()), "{b}");

    // Time passes on the one test clock: past its end date, it has ended.
    site.clock
        .set(time::macros::datetime!(2027 - 07 - 01 12:00 UTC));
    assert_eq!(
        v.get(&api("ending")).await.json()["status"],
        "completed",
        "{b}"
    );
    let completed = v
        .get("/api/v1/initiatives?status=completed&per_page=100")
        .await
        .json();
    assert!(slugs(&completed).contains(&"ending".to_owned()), "{b}");
}

db_test!(a_status_stated_by_a_source_needs_the_source_and_is_shown_with_it);
async fn a_status_stated_by_a_source_needs_the_source_and_is_shown_with_it(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let form = ed.get(&format!("/submit/initiative?slug={DAPHNE}")).await;
    assert_eq!(form.status, StatusCode::OK, "{b}");
    assert!(
        form.body.contains("name=\"status\""),
        "{b}: the form offers it"
    );
    assert!(form.body.contains("name=\"status_source\""), "{b}");
    let edit = |status: &'static str, source: &'static str| {
        vec![
            ("target", DAPHNE),
            ("acronym", "Sexual abuse in residential care"),
            (
                "title",
                "Sexual abuse of children from the residential care institutions",
            ),
            ("summary", "Daphne III study."),
            ("pillars", "prevention"),
            ("start_date", "2008-12"),
            ("status", status),
            ("status_source", source),
        ]
    };
    let page = format!("/submit/initiative?slug={DAPHNE}");
    // A status without its source is refused, with the field named, nothing lost.
    let r = ed
        .submit(&page, "/submit/initiative", &edit("completed", ""))
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: {}",
        r.body
    );
    assert!(
        r.body.contains("href=\"#field-status_source\"") || r.body.contains("status_source"),
        "{b}"
    );
    assert_eq!(
        ed.get(&format!("/api/v1/initiatives/{DAPHNE}"))
            .await
            .json()["status"],
        "unknown",
        "{b}"
    );
    let source = "https://sapibg.org/index.php/en/project/final-report";
    let r = ed
        .submit(&page, "/submit/initiative", &edit("completed", source))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut v = site.visitor();
    let api = v.get(&format!("/api/v1/initiatives/{DAPHNE}")).await.json();
    assert_eq!(api["status"], "completed", "{b}");
    assert_eq!(api["status_source"], source, "{b}");
    let profile = v.get(&format!("/initiatives/{DAPHNE}")).await.text();
    assert!(profile.contains("Status source"), "{b}");
    assert!(
        profile.contains(&format!("href=\"{source}\"")),
        "{b}: shown with its source"
    );
    // The edit form shows what is stored.
    let form = ed.get(&page).await;
    assert!(form.body.contains(source), "{b}: kept in the form");
    // A stated "ongoing" makes an old start ongoing.
    let r = ed
        .submit(&page, "/submit/initiative", &edit("ongoing", source))
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let ongoing = v
        .get("/api/v1/initiatives?status=ongoing&per_page=100&q=residential")
        .await
        .json();
    assert!(slugs(&ongoing).contains(&DAPHNE.to_owned()), "{b}");
}
