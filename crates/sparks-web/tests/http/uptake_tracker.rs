//! Issue #19, section 2: whether anyone acted on the key recommendations. Each
//! recommendation has its page with its uptake per addressee (a table and a timeline); staff
//! record updates directly (history, audit), members propose them through moderation; the
//! tracker, the CSV and the API show the same figures; the list filters by pillar, issuer,
//! addressee, country and status. Nothing is seeded but `unknown`.

use std::collections::BTreeMap;

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::{Site, Visitor, location};

/// Every recommendation's slug, from the API.
async fn slugs(v: &mut Visitor) -> Vec<String> {
    let list = v.get("/api/v1/recommendations?per_page=100").await.json();
    list["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["slug"].as_str().unwrap().to_owned())
        .collect()
}

/// Posts an uptake update from the recommendation's page.
async fn record(v: &mut Visitor, slug: &str, fields: &[(&str, &str)]) -> crate::common::Reply {
    v.submit(
        &format!("/recommendations/{slug}"),
        &format!("/recommendations/{slug}/uptake"),
        fields,
    )
    .await
}

/// Sends the staff form that links (`add`) or unlinks (`remove`) an initiative or
/// resource: `[do, relation, kind, target]`.
async fn link_form(v: &mut Visitor, slug: &str, f: [&str; 4]) -> crate::common::Reply {
    let fields = [
        ("do", f[0]),
        ("relation", f[1]),
        ("kind", f[2]),
        ("target", f[3]),
    ];
    let page = format!("/recommendations/{slug}");
    v.submit(&page, &format!("{page}/links"), &fields).await
}

/// Counts per status: from the tracker's totals column, the CSV and the API.
async fn figures(v: &mut Visitor, query: &str) -> [BTreeMap<String, u64>; 3] {
    let page = v.get(&format!("/recommendations/tracker{query}")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let mut tracker = BTreeMap::new();
    for part in page.body.split("data-total=\"").skip(1) {
        let (status, rest) = part.split_once("\">").unwrap();
        let n: u64 = rest.split('<').next().unwrap().parse().unwrap();
        if n > 0 {
            tracker.insert(status.to_owned(), n);
        }
    }
    let csv = v.get(&format!("/recommendations.csv{query}")).await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let status_col = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "status")
        .unwrap();
    let mut from_csv = BTreeMap::new();
    for row in reader.records() {
        *from_csv
            .entry(row.unwrap()[status_col].to_owned())
            .or_insert(0) += 1;
    }
    let sep = if query.is_empty() { "?" } else { "&" };
    let api = v
        .get(&format!("/api/v1/recommendations{query}{sep}per_page=100"))
        .await
        .json();
    let mut from_api = BTreeMap::new();
    for item in api["items"].as_array().unwrap() {
        for u in item["uptake"].as_array().unwrap() {
            *from_api
                .entry(u["status"].as_str().unwrap().to_owned())
                .or_insert(0) += 1;
        }
    }
    [tracker, from_csv, from_api]
}

db_test!(each_recommendation_has_a_page_and_starts_unknown);
async fn each_recommendation_has_a_page_and_starts_unknown(site: Site) {
    let b = site.backend;
    let mut v = site.visitor();
    let all = slugs(&mut v).await;
    assert_eq!(all.len(), 37, "{b}");
    let list = v.get("/recommendations").await;
    assert_eq!(list.status, StatusCode::OK, "{b}");
    for s in &all {
        assert!(
            list.body
                .contains(&format!("href=\"/recommendations/{s}\"")),
            "{b}: the list links {s}"
        );
    }
    let sitemap = v.get("/sitemap.xml").await.body;
    for s in &all {
        assert!(
            sitemap.contains(&format!("/recommendations/{s}</loc>")),
            "{b}: the sitemap names {s}"
        );
    }
    let page = v.get(&format!("/recommendations/{}", all[0])).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    assert!(
        page.body.contains("uptake-badge uptake-unknown"),
        "{b}: its addressee, nothing recorded yet"
    );
    assert!(text.contains("Unknown"), "{b}");
    assert!(
        text.contains("Log in to propose an update"),
        "{b}: visitors are invited to log in"
    );
    // No uptake fact is invented: every addressee of every recommendation is unknown.
    let [tracker, from_csv, from_api] = figures(&mut v, "").await;
    assert_eq!(tracker.keys().collect::<Vec<_>>(), ["unknown"], "{b}");
    assert_eq!(tracker["unknown"], 37, "{b}: one addressee each");
    assert_eq!(tracker, from_csv, "{b}");
    assert_eq!(tracker, from_api, "{b}");
    assert_eq!(
        v.get("/recommendations/no-such-thing").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    assert_eq!(
        v.get("/api/v1/recommendations/no-such-thing").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    // Visitors cannot record anything (the page has no form for them: a token from another).
    let r = v
        .submit(
            "/login",
            &format!("/recommendations/{}/uptake", all[0]),
            &[("addressee", "eu"), ("status", "unknown")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(location(&r).starts_with("/login"), "{b}");
}

db_test!(editors_record_uptake_with_its_history_and_audit);
async fn editors_record_uptake_with_its_history_and_audit(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let slug = slugs(&mut ed).await.remove(0);
    let page = format!("/recommendations/{slug}");
    // A claim without its evidence comes back, with what was typed and a message.
    let r = record(
        &mut ed,
        &slug,
        &[
            ("addressee", "member-states"),
            ("country", "PL"),
            ("status", "implemented"),
            ("date", "2026-03-01"),
            ("note", "Prevention budget line adopted"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.body.contains("error-summary"), "{b}");
    assert!(
        r.text()
            .contains("Give the address of a page that shows this status"),
        "{b}"
    );
    assert!(r.body.contains("Prevention budget line adopted"), "{b}");
    // Other bad values, each named.
    let r = record(
        &mut ed,
        &slug,
        &[
            ("addressee", "eu"),
            ("country", "PL"),
            ("status", "done"),
            ("date", "2027-01-01"),
            ("source_url", "javascript:alert(1)"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let text = r.text();
    for message in [
        "Only member states are addressed by country",
        "The date cannot be in the future",
        "Write a web address that starts with https://",
    ] {
        assert!(text.contains(message), "{b}: {message}");
    }

    // First in progress, then implemented: both kept, the latest current.
    for (status, date) in [("in_progress", "2025-06-01"), ("implemented", "2026-03-01")] {
        let r = record(
            &mut ed,
            &slug,
            &[
                ("addressee", "member-states"),
                ("country", "pl"),
                ("status", status),
                ("date", date),
                ("note", "Prevention budget line adopted"),
                ("source_url", "https://example.org/pl/budget"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    }
    let shown = ed.get(&page).await.text();
    assert!(shown.contains("Member state: Poland"), "{b}");
    assert!(shown.contains("Implemented"), "{b}");
    assert!(shown.contains("In progress"), "{b}: the timeline keeps it");
    assert!(shown.contains("https://example.org/pl/budget"), "{b}");

    let api = site
        .visitor()
        .get(&format!("/api/v1/recommendations/{slug}"))
        .await
        .json();
    let pl: Vec<&serde_json::Value> = api["uptake"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["country"] == "PL")
        .collect();
    assert_eq!(pl.len(), 1, "{b}: one current row per addressee");
    assert_eq!(pl[0]["status"], "implemented", "{b}");
    assert_eq!(pl[0]["date"], "2026-03-01", "{b}");
    assert_eq!(pl[0]["addressee"], "member-states", "{b}");
    let history = api["history"].as_array().unwrap();
    assert_eq!(history.len(), 2, "{b}");
    assert_eq!(history[0]["status"], "implemented", "{b}: newest first");
    assert_eq!(history[1]["status"], "in_progress", "{b}");

    let audit = ed.get("/admin/audit").await.text();
    assert!(
        audit.contains(&format!("uptake · recommendation · {slug}")),
        "{b}: {audit}"
    );
}

db_test!(members_propose_uptake_through_moderation);
async fn members_propose_uptake_through_moderation(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let slug = slugs(&mut m).await.remove(1);
    let r = record(
        &mut m,
        &slug,
        &[
            ("addressee", "member-states"),
            ("country", "DE"),
            ("status", "rejected"),
            ("date", "2025-11-02"),
            ("note", "The Bundestag voted it down"),
            ("source_url", "https://example.org/de/vote"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let back = m.get(&location(&r)).await.text();
    assert!(back.contains("your update waits for an editor"), "{b}");
    // Nothing published yet.
    let api = format!("/api/v1/recommendations/{slug}");
    let before = site.visitor().get(&api).await.json();
    assert!(
        before["uptake"]
            .as_array()
            .unwrap()
            .iter()
            .all(|u| u["status"] == "unknown"),
        "{b}: {before}"
    );
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await.text();
    assert!(queue.contains("The Bundestag voted it down"), "{b}");
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let after = site.visitor().get(&api).await.json();
    let de: Vec<&serde_json::Value> = after["uptake"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["country"] == "DE")
        .collect();
    assert_eq!(de.len(), 1, "{b}: {after}");
    assert_eq!(de[0]["status"], "rejected", "{b}");
    assert_eq!(de[0]["source_url"], "https://example.org/de/vote", "{b}");
    assert_eq!(after["history"].as_array().unwrap().len(), 1, "{b}");
}

db_test!(the_tracker_equals_the_csv_and_the_api);
async fn the_tracker_equals_the_csv_and_the_api(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let all = slugs(&mut ed).await;
    for (slug, addressee, country, status) in [
        (&all[0], "member-states", "PL", "implemented"),
        (&all[0], "member-states", "DE", "partly_implemented"),
        (&all[1], "member-states", "PL", "in_progress"),
        (&all[2], "eu", "", "not_started"),
        (&all[3], "industry", "", "rejected"),
    ] {
        let r = record(
            &mut ed,
            slug,
            &[
                ("addressee", addressee),
                ("country", country),
                ("status", status),
                ("date", "2026-01-15"),
                ("source_url", "https://example.org/evidence"),
            ],
        )
        .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    }
    let mut v = site.visitor();
    let [tracker, from_csv, from_api] = figures(&mut v, "").await;
    assert_eq!(tracker, from_csv, "{b}");
    assert_eq!(tracker, from_api, "{b}");
    assert_eq!(tracker["implemented"], 1, "{b}");
    assert_eq!(tracker["partly_implemented"], 1, "{b}");
    assert_eq!(tracker["in_progress"], 1, "{b}");
    assert_eq!(tracker["not_started"], 1, "{b}");
    assert_eq!(tracker["rejected"], 1, "{b}");
    // 37 data addressees (one of them, industry on all[3]? only if it was its own) + 4 new rows.
    let rows: u64 = tracker.values().sum();
    assert!(rows >= 37 + 3, "{b}: {tracker:?}");
    // The matrix has the countries as columns, each cell with its status as text too.
    let page = v.get("/recommendations/tracker").await;
    let text = page.text();
    assert!(text.contains("Member state: Poland"), "{b}");
    assert!(text.contains("Member state: Germany"), "{b}");
    assert!(page.body.contains("data-status=\"implemented\""), "{b}");
    assert!(text.contains("Partly implemented"), "{b}");
    // Filtered alike: Poland only.
    let [tracker, from_csv, from_api] = figures(&mut v, "?country=PL").await;
    assert_eq!(tracker, from_csv, "{b}");
    assert_eq!(tracker, from_api, "{b}");
    assert_eq!(
        tracker,
        BTreeMap::from([("implemented".to_owned(), 1), ("in_progress".to_owned(), 1)]),
        "{b}"
    );
}

db_test!(the_list_filters_and_refuses_bad_values);
async fn the_list_filters_and_refuses_bad_values(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let all = slugs(&mut ed).await;
    let r = record(
        &mut ed,
        &all[4],
        &[
            ("addressee", "member-states"),
            ("country", "FR"),
            ("status", "implemented"),
            ("source_url", "https://example.org/fr"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut v = site.visitor();
    let only = v
        .get("/recommendations?country=FR&status=implemented")
        .await;
    assert_eq!(only.status, StatusCode::OK, "{b}");
    let links = only.body.matches("href=\"/recommendations/").count();
    // The one recommendation, plus the tracker link.
    assert!(
        only.body
            .contains(&format!("href=\"/recommendations/{}\"", all[4])),
        "{b}"
    );
    assert_eq!(links, 2, "{b}: {}", only.body);
    let prevention = v.get("/recommendations?pillar=prevention").await;
    assert!(prevention.body.contains("id=\"prevention\""), "{b}");
    assert!(!prevention.body.contains("id=\"victim-support\""), "{b}");
    let issuer = v
        .get("/recommendations?issuer=Sparks%20in%20the%20Dark&addressee=member-states")
        .await;
    assert_eq!(issuer.status, StatusCode::OK, "{b}");
    assert!(issuer.text().contains("Sparks in the Dark"), "{b}");
    let none = v.get("/recommendations?issuer=Nobody").await;
    assert!(
        none.text()
            .contains("No recommendation matches these filters"),
        "{b}"
    );
    for (uri, name) in [
        ("/recommendations?status=done", "status"),
        ("/recommendations?country=XX", "country"),
        ("/recommendations?addressee=aliens", "addressee"),
        ("/recommendations/tracker?pillar=none", "pillar"),
        ("/recommendations.csv?status=done", "status"),
    ] {
        let r = v.get(uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}: {uri}");
        assert!(r.text().contains(name), "{b}: {uri} names {name}");
    }
    let r = v.get("/api/v1/recommendations?status=done").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
    assert_eq!(r.json()["parameter"], "status", "{b}");
    let r = v.get("/api/v1/recommendations?addressee=").await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
    assert_eq!(r.json()["parameter"], "addressee", "{b}");
}

db_test!(hostile_uptake_input_stays_inert);
async fn hostile_uptake_input_stays_inert(site: Site) {
    let b = site.backend;
    let mut payloads: Vec<String> = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)",
        "'; DROP TABLE recommendation_uptake; --",
        "\u{0000}nul\u{202e}bidi",
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    if let Some(dir) = crate::common::corpus::dir() {
        let all = crate::common::corpus::xss_payloads(&dir);
        payloads.extend(crate::common::corpus::sample(&all, 8));
    }
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let slug = slugs(&mut ed).await.remove(0);
    for p in &payloads {
        // In every text field: either recorded (the note) or refused with the form back.
        for (name, base) in [
            ("note", "https://example.org/a"),
            ("source_url", ""),
            ("country", "https://example.org/b"),
            ("date", "https://example.org/c"),
            ("addressee", "https://example.org/d"),
            ("status", "https://example.org/e"),
        ] {
            let mut fields = vec![
                ("addressee", "member-states"),
                ("country", "PL"),
                ("status", "in_progress"),
                ("date", "2026-01-01"),
                ("note", "n"),
                ("source_url", base),
            ];
            for f in &mut fields {
                if f.0 == name {
                    f.1 = p.as_str();
                }
            }
            // `wording_ok` keeps any listed term, so the payload itself is what is checked.
            fields.push(("wording_ok", "1"));
            let r = record(&mut ed, &slug, &fields).await;
            assert!(
                !r.status.is_server_error(),
                "{b}: {name}={p:?} gave {}",
                r.status
            );
            crate::common::safety::assert_inert(&r.body, &format!("{b} {name}={p:?}"));
        }
    }
    for uri in [
        format!("/recommendations/{slug}"),
        "/recommendations/tracker".to_owned(),
        "/recommendations".to_owned(),
    ] {
        let page = ed.get(&uri).await;
        assert_eq!(page.status, StatusCode::OK, "{b}: {uri}");
        crate::common::safety::assert_inert(&page.body, &format!("{b} {uri}"));
    }
    let api = site
        .visitor()
        .get(&format!("/api/v1/recommendations/{slug}"))
        .await;
    assert_eq!(api.status, StatusCode::OK, "{b}");
}

db_test!(editors_link_initiatives_and_resources_both_ways);
async fn editors_link_initiatives_and_resources_both_ways(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let slug = slugs(&mut ed).await.remove(0);
    let page = format!("/recommendations/{slug}");
    let links = format!("{page}/links");
    let resource = ed.get("/api/v1/resources?per_page=1").await.json()["items"][0]["slug"]
        .as_str()
        .unwrap()
        .to_owned();
    for (relation, kind, target) in [
        ("acted-on-by", "initiative", "arica"),
        ("produced-by", "resource", resource.as_str()),
    ] {
        let r = link_form(&mut ed, &slug, ["add", relation, kind, target]).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    }
    // A slug that names nothing comes back with the form.
    let r = link_form(
        &mut ed,
        &slug,
        ["add", "acted-on-by", "initiative", "no-such-initiative"],
    )
    .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("No initiative or resource"), "{b}");
    let mut v = site.visitor();
    let shown = v.get(&page).await;
    assert!(shown.text().contains("Acted on by"), "{b}");
    assert!(shown.body.contains("href=\"/initiatives/arica\""), "{b}");
    assert!(
        shown
            .body
            .contains(&format!("href=\"/resources/{resource}\"")),
        "{b}"
    );
    assert!(
        !shown.body.contains(&links),
        "{b}: visitors get no link form"
    );
    // The initiative's profile lists the recommendation it acts on.
    let profile = v.get("/initiatives/arica").await;
    assert!(profile.text().contains("Recommendations it acts on"), "{b}");
    assert!(profile.body.contains(&format!("href=\"{page}\"")), "{b}");
    // Members cannot link.
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = link_form(
        &mut m,
        &slug,
        ["remove", "acted-on-by", "initiative", "arica"],
    )
    .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    // Staff remove it again, audited.
    let r = link_form(
        &mut ed,
        &slug,
        ["remove", "acted-on-by", "initiative", "arica"],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let profile = v.get("/initiatives/arica").await;
    assert!(
        !profile.text().contains("Recommendations it acts on"),
        "{b}"
    );
    let audit = ed.get("/admin/audit").await.text();
    assert!(
        audit.contains(&format!("link · recommendation · {slug}")),
        "{b}"
    );
}
