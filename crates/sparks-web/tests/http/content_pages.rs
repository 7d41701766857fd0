//! The content hub's pages on every backend: each renders in the common frame, filters
//! work, calendars and CSV downloads are well formed, odd content renders.

use axum::http::StatusCode;
use sparks_core::ResourceDraft;
use sparks_store::db_test;
use sparks_web::{Clock, SiteConfig};

use crate::common::{App, TODAY, sqlite_app};
use crate::pages::assert_frame;

const PAGES: &[&str] = &[
    "/resources",
    "/resources?pillar=prevention&audience=parents",
    "/resources?type=report&language=en&page=2",
    "/resources?initiative=arica",
    "/resources/current-legal-and-policy-challenges-in-open-source-csae-investigations-on-the",
    "/news",
    "/news/sparks-in-the-dark-launched-in-prague",
    "/events",
    "/events/sparks-in-the-dark-conference-united-for-child-safety-2024",
    "/recommendations",
    "/response",
    "/media-pack",
    "/support",
    "/help",
    "/initiatives/arica",
    "/",
];

db_test!(every_content_page_renders_in_the_frame_without_inline_styles);
async fn every_content_page_renders_in_the_frame_without_inline_styles(app: App) {
    for uri in PAGES {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::OK, "{uri} on {}", app.backend);
        assert_eq!(r.content_type(), "text/html; charset=utf-8", "{uri}");
        assert_frame(uri, &r.body);
        // The Content-Security-Policy forbids inline styles and scripts.
        assert!(!r.body.contains(" style="), "{uri}: style attribute");
        assert!(!r.body.contains("<style"), "{uri}: style element");
        assert!(!r.body.contains("<script>"), "{uri}: inline script");
        assert!(!r.body.contains("child pornography"), "{uri}");
    }
}

#[tokio::test]
async fn unknown_records_are_404_and_bad_filters_400() {
    let app = &sqlite_app().await;
    for uri in [
        "/resources/nope",
        "/news/nope",
        "/events/nope",
        "/events/nope.ics",
        "/response/nope.csv",
        "/response/nope",
    ] {
        assert_eq!(app.get(uri).await.status, StatusCode::NOT_FOUND, "{uri}");
    }
    for uri in [
        "/resources?type=poster",
        "/resources?page=0",
        "/news?per_page=9999",
    ] {
        let r = app.get(uri).await;
        assert_eq!(r.status, StatusCode::BAD_REQUEST, "{uri}");
        assert!(r.content_type().starts_with("text/html"), "{uri}");
    }
}

db_test!(the_library_filters_and_links_initiatives_both_ways);
async fn the_library_filters_and_links_initiatives_both_ways(app: App) {
    let r = app
        .get("/resources?pillar=prevention&audience=parents")
        .await;
    let text = r.text();
    assert!(text.contains("resources match"), "{}", app.backend);
    assert!(
        text.contains("aria-current=\"true\""),
        "chosen facets are marked"
    );
    assert!(
        r.body.contains("href=\"/resources?audience=parents\""),
        "a chosen facet links to its removal"
    );
    let arica = app.get("/initiatives/arica").await.text();
    assert!(
        arica.contains("Outputs in the resource library"),
        "{}",
        app.backend
    );
    assert!(arica.contains("/resources/current-legal-and-policy-challenges"));
    let res = app
        .get("/resources/current-legal-and-policy-challenges-in-open-source-csae-investigations-on-the")
        .await
        .text();
    assert!(res.contains("href=\"/initiatives/arica\""));
    assert!(res.contains("Policy brief"));
    assert!(res.contains("24 April 2024"));
}

db_test!(news_bodies_are_rendered_markdown);
async fn news_bodies_are_rendered_markdown(app: App) {
    let list = app.get("/news").await.text();
    assert!(list.contains("Sparks in the Dark launched at the Prague conference"));
    let post = app.get("/news/sparks-community-at-c1b3rwall-avila").await;
    assert!(
        post.body.contains("<strong>18 to 20 June 2024</strong>"),
        "{}",
        app.backend
    );
    assert!(post.text().contains("#C1b3rWall"));
    assert!(post.body.contains("<time datetime=\"2024-06-20\">"));
}

db_test!(events_list_and_calendars);
async fn events_list_and_calendars(app: App) {
    let page = app.get("/events").await.text();
    assert!(page.contains("Sparks in the Dark Conference: United for Child Safety"));
    assert!(page.contains("href=\"/events.ics\""));
    let one = app
        .get("/events/sparks-in-the-dark-conference-united-for-child-safety-2024")
        .await
        .text();
    assert!(one.contains("18 March 2024 – 21 March 2024"), "{one}");
    assert!(one.contains("Prague, Czechia"));

    let ics = app.get("/events/international-workshop-on-prevention-and-investigation-strategies-to-fight-2024.ics").await;
    assert_eq!(ics.status, StatusCode::OK, "{}", app.backend);
    assert_eq!(ics.content_type(), "text/calendar; charset=utf-8");
    let unfolded = ics.body.replace("\r\n ", "");
    assert!(
        unfolded.contains("DTSTART;VALUE=DATE:20240618\r\n"),
        "{unfolded}"
    );
    assert!(unfolded.contains("DTEND;VALUE=DATE:20240621\r\n"));
    assert!(unfolded.contains("LOCATION:Ávila\\, Spain\r\n"));
    assert!(unfolded.contains(
        "UID:international-workshop-on-prevention-and-investigation-strategies-to-fight-2024@"
    ));
    assert!(unfolded.contains("DTSTAMP:"));
    let parsed: Result<icalendar::Calendar, _> = ics.body.parse();
    assert_eq!(parsed.unwrap().components.len(), 1);

    let feed = app.get("/events.ics").await;
    assert_eq!(feed.status, StatusCode::OK);
    let parsed: icalendar::Calendar = feed.body.parse().unwrap();
    assert_eq!(parsed.components.len(), 42, "{}", app.backend);
    assert_eq!(feed.body.matches("BEGIN:VEVENT").count(), 42);
    assert_eq!(feed.body.matches("\r\nUID:").count(), 42);
    // The one timed event with a zone is in UTC (18:45 in Bucharest is 15:45 UTC).
    assert!(feed.body.contains("DTSTART:20240912T154500Z\r\n"));
}

db_test!(recommendations_by_pillar_with_their_sources);
async fn recommendations_by_pillar_with_their_sources(app: App) {
    let page = app.get("/recommendations").await;
    for id in [
        "id=\"prevention\"",
        "id=\"detection-investigation\"",
        "id=\"victim-support\"",
    ] {
        assert!(page.body.contains(id), "{id}");
    }
    let text = page.text();
    assert!(text.contains("Put prevention first in public health spending"));
    assert!(text.contains("Issued by"));
    assert!(
        text.contains("href=\"/initiatives/cyclopes\"")
            || text.contains("href=\"/initiatives/2ps\""),
        "issuers that are initiatives link to them"
    );
}

db_test!(figures_have_charts_tables_and_csv);
async fn figures_have_charts_tables_and_csv(app: App) {
    let page = app.get("/response").await;
    let body = &page.body;
    assert!(body.contains("<svg class=\"chart\""), "{}", app.backend);
    assert!(body.contains("role=\"img\""));
    assert!(body.contains("<title id=\"chart-ncmec-cybertipline-reports-received-title\">NCMEC CyberTipline reports received</title>"));
    assert!(page.text().contains("2019: no figure in the data"));
    assert!(body.contains("<table>"));
    assert!(body.contains("href=\"/response/ncmec-cybertipline-reports-received.csv\""));
    assert!(
        page.text()
            .contains("Drop vs 2023 partly due to report bundling changes"),
        "caveats are shown"
    );

    let csv = app
        .get("/response/ncmec-cybertipline-reports-received.csv")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.content_type(), "text/csv; charset=utf-8");
    let lines: Vec<&str> = csv.body.lines().collect();
    assert!(lines[0].starts_with("series,figure,year"));
    assert_eq!(lines.len(), 7, "header and six years");
    assert!(csv.body.contains(",21751085,"));

    let all = app.get("/response.csv").await.body;
    assert!(
        all.contains("'+70% in three years"),
        "formula cells are neutralised"
    );
    assert!(!all.contains(",+70%"));
}

db_test!(media_pack_support_and_help);
async fn media_pack_support_and_help(app: App) {
    let media = app.get("/media-pack").await;
    let text = media.text();
    assert!(text.contains(
        "#SparksInTheDark #CounteringCSAE #UnitedAgainstCSAE #ChildSafety #ProtectChildren"
    ));
    assert!(
        media
            .body
            .contains("<script src=\"/static/copy.js\" defer></script>")
    );
    assert!(
        media
            .body
            .contains("href=\"https://bsky.app/intent/compose?text=")
    );
    assert!(text.contains("href=\"mailto:?subject=Sparks&body="));
    let svg = app.get("/static/sparks-wordmark.svg").await;
    assert_eq!(svg.content_type(), "image/svg+xml");
    assert!(svg.body.contains("<title"));
    assert_eq!(app.get("/static/copy.js").await.status, StatusCode::OK);

    let support = app.get("/support").await.text();
    assert!(support.contains("No donation channel is configured on this site yet"));

    let help = app.get("/help").await;
    let text = help.text();
    assert!(text.contains("116 111"));
    assert!(help.body.contains("id=\"country-PL\""), "{}", app.backend);
    assert!(text.contains("Not checked yet."));
    assert!(help.body.contains("href=\"tel:"), "phone numbers are links");
    let home = app.get("/").await;
    assert!(home.body.contains("href=\"/resources\""));
    assert!(home.text().contains("resources in the library"));
}

#[tokio::test]
async fn configured_support_links_are_listed() {
    let t = sparks_store::testing::sqlite().await;
    let links = SiteConfig::parse_support_links(
        "Open Collective|https://opencollective.com/sparks; Bank transfer|https://example.org/iban",
    )
    .unwrap();
    assert_eq!(links.len(), 2);
    assert!(SiteConfig::parse_support_links("x|javascript:alert(1)").is_err());
    assert!(SiteConfig::parse_support_links("no pipe").is_err());
    let app = App {
        router: sparks_web::router_with_config(
            t.db.clone(),
            Clock::fixed_date(TODAY),
            SiteConfig {
                support_links: links,
                supporters: SiteConfig::parse_supporters(
                    "Fundacja Przykład|https://example.org/f; <b>Jane</b> Doe",
                )
                .unwrap(),
                ..SiteConfig::default()
            },
        ),
        backend: "sqlite",
        test_db: t,
    };
    let page = app.get("/support").await;
    assert!(
        page.body
            .contains("href=\"https://opencollective.com/sparks\"")
    );
    assert!(page.text().contains("Bank transfer"));
    // Supporters who agreed to be listed, with a link where they gave one, escaped.
    assert!(page.body.contains("href=\"https://example.org/f\""));
    assert!(page.text().contains("Fundacja Przykład"));
    assert!(
        page.body.contains("&#60;b&#62;Jane&#60;/b&#62; Doe")
            || page.body.contains("&lt;b&gt;Jane")
    );
    assert!(SiteConfig::parse_supporters("x|javascript:alert(1)").is_err());
    assert!(SiteConfig::parse_supporters("|https://example.org").is_err());
}

#[tokio::test]
async fn media_pack_graphics_are_served_and_about_explains_taking_part() {
    let app = sqlite_app().await;
    let media = app.get("/media-pack").await;
    for file in ["banner-social", "banner-square", "wordmark"] {
        assert!(
            media.body.contains(&format!("/static/media/{file}.png")),
            "{file} listed"
        );
        for (ext, kind) in [("png", "image/png"), ("svg", "image/svg+xml")] {
            let r = app.get(&format!("/static/media/{file}.{ext}")).await;
            assert_eq!(r.status, axum::http::StatusCode::OK, "{file}.{ext}");
            assert_eq!(r.content_type(), kind);
        }
    }
    assert_eq!(
        app.get("/static/media/../../etc/passwd").await.status,
        axum::http::StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/static/media/nope.png").await.status,
        axum::http::StatusCode::NOT_FOUND
    );
    let about = app.get("/about?lang=de").await.text();
    for expected in [
        "Wer Sparks betreibt",
        "Die drei Säulen",
        "Prävention",
        "Wie Sie mitwirken können",
        "/support?lang=de",
    ] {
        assert!(about.contains(expected), "{expected}");
    }
}

db_test!(long_and_odd_content_renders);
async fn long_and_odd_content_renders(app: App) {
    let odd = ResourceDraft {
        title: format!(
            "{}مرحبا بالعالم 🚸 <b>bold?</b>",
            "A very long title that keeps going ".repeat(12)
        ),
        kind: "video".into(),
        language: Some("ar".into()),
        summary: "نص عربي قصير مع رموز تعبيرية 🎉".into(),
        ..ResourceDraft::default()
    }
    .validate()
    .unwrap();
    sparks_store::resources::upsert(&app.test_db.db, &odd, "2026-11-29T00:00:00Z")
        .await
        .unwrap();
    let detail = app.get(&format!("/resources/{}", odd.slug)).await;
    assert_eq!(detail.status, StatusCode::OK, "{}", app.backend);
    assert!(detail.body.contains("dir=\"rtl\""));
    assert!(detail.body.contains("lang=\"ar\""));
    assert!(!detail.body.contains("<b>bold?</b>"), "titles are escaped");
    assert!(detail.body.contains("&#60;b&#62;bold?&#60;/b&#62;"));
    assert!(detail.text().contains("Published") && detail.text().contains("not known"));
    let list = app.get("/resources?type=video").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.text().contains("🚸"));
}

db_test!(search_covers_resources_news_and_events);
async fn search_covers_resources_news_and_events(app: App) {
    let j = app.get("/api/v1/search?q=C1b3rWall").await.json();
    let types: Vec<&str> = j["hits"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|h| h["type"].as_str())
        .collect();
    assert!(types.contains(&"event"), "{}: {types:?}", app.backend);
    assert!(types.contains(&"news"), "{}: {types:?}", app.backend);
    let r = app.get("/api/v1/search?q=OSINT&type=resource").await.json();
    assert!(r["total"].as_u64().unwrap() >= 1, "{}", app.backend);
    let page = app.get("/search?q=Prague").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(
            "href=\"/events/sparks-in-the-dark-conference-united-for-child-safety-2024\""
        )
    );
}
