//! Issue #16, point 5: one Markdown rule. A field written in Markdown (an initiative's,
//! resource's or event's summary, a recommendation's text, a news body) reads the same in
//! the form's preview, on its page (rendered), on its card (a plain-text excerpt, no `**`)
//! and in the API (`summary` as written beside `summary_html` as rendered, both in the
//! OpenAPI document); a plain-text field's form offers no preview. On SQLite and PostgreSQL.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::browser::Site;
use crate::editable_facts::{editing_arica, fill_in, open_form, post, with};

const SUMMARY: &str = "Helps **Qxboldqx children** and *families*.\n\nA second paragraph.";
/// [`SUMMARY`] as plain words, as a card shows it.
const PLAIN: &str = "Helps Qxboldqx children and families. A second paragraph.";

/// Asserts that `body` (a page or a preview) shows [`SUMMARY`] rendered, with no literal `**`
/// outside a form's text areas (where a preview keeps the source to go on editing).
fn assert_rendered(body: &str, context: &str) {
    let mut shown = String::new();
    let mut rest = body;
    while let Some(start) = rest.find("<textarea") {
        shown.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</textarea>")
            .map_or("", |end| &rest[start + end..]);
    }
    shown.push_str(rest);
    assert!(
        shown.contains("<strong>Qxboldqx children</strong>") && !shown.contains("**Qxboldqx"),
        "{context}: {body}"
    );
}

/// Asserts that the API item `api` gives [`SUMMARY`] as written and as rendered.
fn assert_both_in_api(api: &serde_json::Value, context: &str) {
    assert_eq!(api["summary"], SUMMARY, "{context}");
    let html = api["summary_html"].as_str().unwrap_or_default();
    assert!(
        html.contains("<strong>Qxboldqx children</strong>") && html.contains("<em>families</em>"),
        "{context}: {api}"
    );
}

/// The text of the cards (`card-summary`) on a list page.
fn card_summaries(html: &str) -> Vec<String> {
    html.split("class=\"card-summary\"")
        .skip(1)
        .filter_map(|rest| {
            let start = rest.find('>')? + 1;
            let end = rest.find("</p>")?;
            Some(rest[start..end].to_owned())
        })
        .collect()
}

db_test!(an_initiative_summary_reads_the_same_everywhere);
async fn an_initiative_summary_reads_the_same_everywhere(site: Site) {
    let b = site.backend;
    let (mut ed, form) = editing_arica(&site).await;

    // The preview renders it.
    let preview = post(
        &mut ed,
        "/submit/initiative",
        &with(&form, &[("summary", SUMMARY), ("action", "preview")]),
    )
    .await;
    assert_eq!(preview.status, StatusCode::OK, "{b}: {}", preview.body);
    assert_rendered(&preview.body, &format!("{b}: the preview"));

    let r = post(
        &mut ed,
        "/submit/initiative",
        &with(&form, &[("summary", SUMMARY)]),
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    // The profile renders it as the preview did, and its description is plain.
    let page = ed.get("/initiatives/arica").await;
    assert_rendered(&page.body, &format!("{b}: the profile"));
    assert!(
        page.body.contains("<em>families</em>")
            && page.body.contains("<p>A second paragraph.</p>")
            && page.body.contains(&format!("content=\"{PLAIN}\"")),
        "{b}"
    );

    // The card shows plain words.
    let list = ed.get("/initiatives?q=Qxboldqx").await;
    assert_eq!(card_summaries(&list.body), vec![PLAIN.to_owned()], "{b}");

    // The API gives the source and the rendering, named apart, in the list too.
    let api = ed.get("/api/v1/initiatives/arica").await.json();
    assert_both_in_api(&api, &format!("{b}: detail"));
    let listed = ed.get("/api/v1/initiatives?q=Qxboldqx").await.json();
    assert_both_in_api(&listed["items"][0], &format!("{b}: list"));

    let openapi = ed.get("/api/v1/openapi.json").await.json();
    let schemas = &openapi["components"]["schemas"];
    for schema in [
        "InitiativeItem",
        "InitiativeDetail",
        "ResourceItem",
        "EventItem",
    ] {
        assert!(
            schemas[schema]["properties"]["summary_html"].is_object(),
            "{b}: {schema} documents summary_html"
        );
        assert!(
            schemas[schema]["required"]
                .as_array()
                .unwrap()
                .contains(&serde_json::json!("summary_html")),
            "{b}: {schema}"
        );
    }
}

/// A record to write: its kind, its fields but the summary, its slug and a list that shows it.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str, &'a str);

db_test!(resource_and_event_summaries_follow_the_same_rule);
async fn resource_and_event_summaries_follow_the_same_rule(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let cases: [Case; 2] = [
        (
            "resource",
            &[
                ("title", "Qxmdresourceqx guide"),
                ("type", "report"),
                ("pillars", "prevention"),
            ],
            "qxmdresourceqx-guide",
            "/resources?q=Qxmdresourceqx",
        ),
        (
            "event",
            &[
                ("title", "Qxmdeventqx meeting"),
                ("type", "conference"),
                ("start", "2027-05-06"),
            ],
            "qxmdeventqx-meeting-2027",
            "/events",
        ),
    ];
    for (kind, fields, slug, list) in cases {
        let mut fields = fields.to_vec();
        fields.push(("summary", SUMMARY));
        let r = fill_in(&mut ed, &format!("/submit/{kind}"), &fields).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b} {kind}: {}", r.body);
        let page = ed.get(&format!("/{kind}s/{slug}")).await;
        assert_rendered(&page.body, &format!("{b}: the {kind}'s page"));
        let cards = card_summaries(&ed.get(list).await.body);
        assert!(
            cards.contains(&PLAIN.to_owned()) && !cards.iter().any(|c| c.contains("**")),
            "{b} {kind}: {cards:?}"
        );
        let api = ed.get(&format!("/api/v1/{kind}s/{slug}")).await.json();
        assert_both_in_api(&api, &format!("{b}: the {kind} in the API"));
    }
    let ics = ed.get("/events/qxmdeventqx-meeting-2027.ics").await;
    assert!(
        ics.body.contains("Helps Qxboldqx children and families") && !ics.body.contains("**"),
        "{b}: the calendar entry is plain: {}",
        ics.body
    );
}

db_test!(a_recommendation_text_is_rendered_as_its_preview);
async fn a_recommendation_text_is_rendered_as_its_preview(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let form = open_form(&mut ed, "/submit/recommendation", "/submit/recommendation").await;
    let fields = with(
        &form,
        &[
            ("title", "Qxmdrecqx: fund prevention"),
            ("pillar", "prevention"),
            ("text", SUMMARY),
            ("issuer", "Qxissuerqx"),
            ("year", "2024"),
        ],
    );
    let mut preview = fields.clone();
    preview.push(("action".into(), "preview".into()));
    let r = post(&mut ed, "/submit/recommendation", &preview).await;
    assert_rendered(&r.body, &format!("{b}: the preview"));
    let r = post(&mut ed, "/submit/recommendation", &fields).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = ed.get("/recommendations").await;
    assert_rendered(
        &page.body,
        &format!("{b}: the page renders what the preview did"),
    );
}

db_test!(plain_text_forms_offer_no_markdown_preview);
async fn plain_text_forms_offer_no_markdown_preview(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    for kind in ["statistic", "helpline"] {
        let page = ed.get(&format!("/submit/{kind}")).await;
        assert_eq!(page.status, StatusCode::OK, "{b} {kind}");
        assert!(
            !page.body.contains("value=\"preview\""),
            "{b}: the {kind} form has no preview button"
        );
        assert!(
            !page.text().contains("Markdown"),
            "{b}: the {kind} form promises no Markdown"
        );
    }
    for kind in ["initiative", "resource", "event", "news", "recommendation"] {
        let page = ed.get(&format!("/submit/{kind}")).await;
        assert!(
            page.body.contains("value=\"preview\"") && page.text().contains("Markdown"),
            "{b}: the {kind} form previews its Markdown field"
        );
    }
}
