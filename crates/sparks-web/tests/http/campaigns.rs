//! Issue #19, section 1: campaigns with their communication kits. The bundled campaigns in
//! five languages, their pages, graphics generated from their words, the whole kit as a zip
//! (opened and checked file by file), the API, and editors writing a campaign as a draft,
//! previewing its graphics, then publishing it, with the terminology check on every text.

use std::io::Read;

use axum::http::StatusCode;
use sparks_core::campaign::{LANGUAGES, bundled};
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::App;
use crate::common::browser::{Site, location};

/// Every file of a zip, by name.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut content = Vec::new();
            file.read_to_end(&mut content).unwrap();
            (file.name().unwrap().into_owned(), content)
        })
        .collect()
}

/// A public GET on a [`Site`], its body as bytes.
async fn bytes_of(site: &Site, uri: &str) -> Vec<u8> {
    use http_body_util::BodyExt;
    use tower::ServiceExt;
    let request = axum::http::Request::get(uri)
        .body(axum::body::Body::empty())
        .unwrap();
    let response = site.router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{uri}");
    response
        .into_body()
        .collect()
        .await
        .unwrap()
        .to_bytes()
        .to_vec()
}

/// A PNG's size, and whether it has more than one colour (not blank).
fn png_size(bytes: &[u8]) -> ((u32, u32), bool) {
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    let samples = info.color_type.samples();
    let first = &buf[..samples];
    let varied = buf[..info.buffer_size()]
        .chunks(samples)
        .any(|p| p != first);
    ((info.width, info.height), varied)
}

/// The root element's `width` and `height` of an SVG, after checking that it parses.
fn svg_size(text: &str) -> (String, String) {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut size = None;
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if size.is_none() => {
                assert_eq!(e.name().as_ref(), b"svg");
                let attr = |name: &[u8]| {
                    e.attributes()
                        .map(Result::unwrap)
                        .find(|a| a.key.as_ref() == name)
                        .map(|a| String::from_utf8(a.value.to_vec()).unwrap())
                        .unwrap()
                };
                size = Some((attr(b"width"), attr(b"height")));
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    size.unwrap()
}

const FORMATS: [(&str, u32, u32); 4] = [
    ("banner-1200x630", 1200, 630),
    ("banner-1080x1080", 1080, 1080),
    ("story-1080x1920", 1080, 1920),
    ("wordmark", 960, 240),
];

db_test!(the_kit_zip_holds_every_file_valid_in_every_language);
async fn the_kit_zip_holds_every_file_valid_in_every_language(app: App) {
    let b = app.backend;
    let campaign = bundled()
        .into_iter()
        .find(|c| c.slug == "european-day-18-november")
        .unwrap();
    let (status, headers, bytes) = app
        .get_bytes("/campaigns/european-day-18-november/kit.zip", &[])
        .await;
    assert_eq!(status, StatusCode::OK, "{b}");
    assert_eq!(headers["content-type"], "application/zip", "{b}");
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap()
            .contains("european-day-18-november-kit.zip"),
        "{b}"
    );
    let files = unzip(&bytes);
    let get = |name: &str| {
        files
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, c)| c.as_slice())
            .unwrap_or_else(|| panic!("{b}: {name} missing from the kit"))
    };
    let text = |name: &str| String::from_utf8(get(name).to_vec()).unwrap();
    let record: serde_json::Value = serde_json::from_slice(get("campaign.json")).unwrap();
    assert_eq!(record["slug"], "european-day-18-november", "{b}");
    // 1 record + per language 6 texts and 4 graphics in two formats.
    assert_eq!(files.len(), 1 + LANGUAGES.len() * (6 + 8), "{b}");
    for lang in LANGUAGES {
        let t = &campaign.texts[lang];
        let dir = format!("european-day-18-november-{lang}");
        for (name, w, h) in FORMATS {
            let (size, varied) = png_size(get(&format!("{dir}/graphics/{name}.png")));
            assert_eq!(size, (w, h), "{b}: {lang} {name}");
            assert!(varied, "{b}: {lang} {name} is blank");
            let svg = text(&format!("{dir}/graphics/{name}.svg"));
            assert_eq!(svg_size(&svg), (w.to_string(), h.to_string()), "{b}");
            assert!(svg.contains(&format!("xml:lang=\"{lang}\"")), "{b}: {lang}");
        }
        for ext in ["md", "txt"] {
            let posts = text(&format!("{dir}/posts.{ext}"));
            assert!(posts.contains(&t.slogan), "{b}: {lang} posts.{ext}");
            assert!(posts.contains(&t.short_posts[0]), "{b}: {lang}");
            assert!(posts.contains(&t.long_posts[0]), "{b}: {lang}");
            assert!(posts.contains(&t.messages[0]), "{b}: {lang}");
            assert!(posts.contains("#EndChildSexualAbuseDay"), "{b}: {lang}");
            let press = text(&format!("{dir}/press.{ext}"));
            assert!(press.contains(&t.press), "{b}: {lang} press.{ext}");
        }
        let email = text(&format!("{dir}/email.html"));
        assert!(email.starts_with("<!doctype html>"), "{b}");
        assert!(email.contains(&format!("<html lang=\"{lang}\">")), "{b}");
        assert!(
            email.contains("/help\""),
            "{b}: the call to action links the site"
        );
        let first_paragraph = t.email_body.split("\n\n").next().unwrap();
        assert!(email.contains(first_paragraph), "{b}: {lang}");
        assert!(
            text(&format!("{dir}/email.txt")).contains(&t.email_subject),
            "{b}"
        );
    }
}

db_test!(campaign_pages_show_the_kit_in_the_page_language);
async fn campaign_pages_show_the_kit_in_the_page_language(app: App) {
    let b = app.backend;
    let list = app.get("/campaigns").await;
    assert_eq!(list.status, StatusCode::OK, "{b}");
    for slug in [
        "sparks-launch",
        "european-day-18-november",
        "safer-internet-day",
    ] {
        assert!(
            list.body.contains(&format!("/campaigns/{slug}")),
            "{b}: {slug}"
        );
    }
    let page = app.get("/campaigns/safer-internet-day?lang=pl").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    assert!(
        text.contains("Razem dla lepszego internetu dla dzieci"),
        "{b}"
    );
    assert!(text.contains("Krótkie wpisy"), "{b}: headings in Polish");
    assert!(text.contains("9 lutego 2027"), "{b}: the date in Polish");
    // Copy buttons by script, share links as plain addresses, nothing loaded from elsewhere.
    assert!(
        page.body
            .contains("<script src=\"/static/copy.js\" defer></script>"),
        "{b}"
    );
    assert!(page.body.contains("data-copy-target=\"short-1\""), "{b}");
    assert!(
        page.body
            .contains("href=\"https://bsky.app/intent/compose?text="),
        "{b}"
    );
    assert!(
        !page.body.contains("src=\"https://"),
        "{b}: no third-party resource"
    );
    // The graphics, with the words on them as alt text, and the kit.
    assert!(
        page.body
            .contains("src=\"/campaigns/safer-internet-day/graphics/pl/banner-1200x630.png?v=1\""),
        "{b}"
    );
    assert!(
        text.contains("alt=\"Sparks: Razem dla lepszego internetu dla dzieci."),
        "{b}"
    );
    assert!(
        page.body.contains("/campaigns/safer-internet-day/kit.zip"),
        "{b}"
    );
    assert!(
        page.body.contains("https://www.saferinternetday.org/"),
        "{b}: its source"
    );
    // The launch kit names the initiative behind it.
    let launch = app.get("/campaigns/sparks-launch").await;
    assert!(launch.body.contains("href=\"/initiatives/arica\""), "{b}");
    assert!(
        launch.text().contains(
            "#SparksInTheDark #CounteringCSAE #UnitedAgainstCSAE #ChildSafety #ProtectChildren"
        ),
        "{b}"
    );
    // Graphics are served as PNG at their size, and as SVG; unknown ones are 404.
    let (status, headers, png) = app
        .get_bytes(
            "/campaigns/sparks-launch/graphics/de/story-1080x1920.png",
            &[],
        )
        .await;
    assert_eq!(status, StatusCode::OK, "{b}");
    assert_eq!(headers["content-type"], "image/png", "{b}");
    assert_eq!(png_size(&png).0, (1080, 1920), "{b}");
    let svg = app
        .get("/campaigns/sparks-launch/graphics/fr/wordmark.svg")
        .await;
    assert_eq!(svg.content_type(), "image/svg+xml", "{b}");
    assert!(svg.body.contains("ensemble, protégeons les enfants"), "{b}");
    for missing in [
        "/campaigns/nope",
        "/campaigns/nope/kit.zip",
        "/campaigns/sparks-launch/graphics/xx/wordmark.png",
        "/campaigns/sparks-launch/graphics/en/poster.png",
        "/campaigns/sparks-launch/graphics/en/wordmark.gif",
    ] {
        assert_eq!(
            app.get(missing).await.status,
            StatusCode::NOT_FOUND,
            "{b}: {missing}"
        );
    }
    let sitemap = app.get("/sitemap.xml").await.body;
    assert!(
        sitemap.contains("/campaigns/european-day-18-november</loc>"),
        "{b}"
    );
    // The media pack is the platform's own kit.
    let media = app.get("/media-pack?lang=de").await;
    assert!(
        media
            .text()
            .contains("Sie machen sich Sorgen wegen eigener sexueller Gedanken"),
        "{b}"
    );
    assert!(
        media
            .body
            .contains("/campaigns/sparks-launch/graphics/de/banner-1200x630.png"),
        "{b}"
    );
}

db_test!(the_api_lists_campaigns_with_texts_and_graphics);
async fn the_api_lists_campaigns_with_texts_and_graphics(app: App) {
    let b = app.backend;
    let list = app.get("/api/v1/campaigns").await.json();
    assert_eq!(list["total"], 3, "{b}");
    assert_eq!(
        list["items"][0]["slug"], "sparks-launch",
        "{b}: the standing kit first"
    );
    let one = app.get("/api/v1/campaigns/european-day-18-november").await;
    assert_eq!(one.status, StatusCode::OK, "{b}");
    let one = one.json();
    assert_eq!(one["starts_on"], "2026-11-18", "{b}");
    assert_eq!(
        one["texts"]["es"]["slogan"], "18 de noviembre: romper el silencio, proteger a la infancia",
        "{b}"
    );
    assert_eq!(one["graphics"]["pl"][2]["height"], 1920, "{b}");
    assert_eq!(
        one["kit"], "/campaigns/european-day-18-november/kit.zip",
        "{b}"
    );
    let missing = app.get("/api/v1/campaigns/nope").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND, "{b}");
    assert_eq!(missing.content_type(), "application/problem+json", "{b}");
}

/// The fields of a small campaign in English and German.
fn fields(slogan_en: &str) -> Vec<(&'static str, String)> {
    vec![
        ("slug", "helpline-week".into()),
        ("pillars", "prevention".into()),
        ("starts_on", "2026-12-07".into()),
        ("ends_on", "2026-12-11".into()),
        ("hashtags", "#HelplineWeek #SparksInTheDark".into()),
        ("cta", "/help".into()),
        ("initiatives", "arica".into()),
        ("en_title", "Helpline week".into()),
        ("en_slogan", slogan_en.into()),
        (
            "en_summary",
            "A week to make prevention helplines known.".into(),
        ),
        ("en_messages", "Help works.\nIt is confidential.".into()),
        ("en_cta_label", "Find a helpline".into()),
        (
            "en_short_posts",
            "Confidential help exists.\n\nCall a helpline.".into(),
        ),
        (
            "en_long_posts",
            "Helplines work.\n\nThey help.\n---\nA second long post.".into(),
        ),
        ("en_email_subject", "Helpline week".into()),
        ("en_email_body", "Hello,\n\nplease share.".into()),
        ("en_press", "Sparks marks helpline week.".into()),
        ("de_title", "Woche der Hilfetelefone".into()),
        ("de_slogan", "Hilfe wirkt".into()),
        (
            "de_summary",
            "Eine Woche, um Präventionsangebote bekannt zu machen.".into(),
        ),
    ]
}

fn as_refs<'a>(f: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    f.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

db_test!(editors_draft_preview_and_publish_a_campaign);
async fn editors_draft_preview_and_publish_a_campaign(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let new = "/admin/campaigns/new";
    assert_eq!(ed.get(new).await.status, StatusCode::OK, "{b}");
    // Members and visitors cannot open the form.
    let mut member = site.logged_in("m@example.org", Role::Member).await;
    assert_ne!(member.get(new).await.status, StatusCode::OK, "{b}");

    // Mistakes come back with the values kept and a message at each field.
    let mut bad = fields("Help works");
    bad[0].1 = "Bad Slug!".into();
    bad[5].1 = "https://elsewhere.example".into();
    bad[6].1 = "no-such-initiative".into();
    let r = ed.fill(new, &as_refs(&bad)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let text = r.text();
    assert!(text.contains("error-summary"), "{b}");
    assert!(
        text.contains("Use lowercase letters, digits and hyphens"),
        "{b}"
    );
    assert!(text.contains("Enter a path on this site"), "{b}");
    assert!(
        text.contains("Nothing is found at no-such-initiative"),
        "{b}"
    );
    assert!(text.contains("Woche der Hilfetelefone"), "{b}: values kept");

    // The terminology check reads every text of the kit, here a German post.
    let mut worded = fields("Help works");
    worded.push(("de_short_posts", "Gegen Kinderpornografie.".into()));
    let r = ed.fill(new, &as_refs(&worded)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("Kinderpornografie"), "{b}");
    assert!(r.body.contains("name=\"wording_ok\""), "{b}");

    // Saved as a draft: the editor sees the preview of its graphics; visitors see nothing.
    let r = ed.fill(new, &as_refs(&fields("Help works"))).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let edit = location(&r);
    assert_eq!(edit, "/admin/campaigns/helpline-week/edit", "{b}");
    let form = ed.get(&edit).await;
    assert!(
        form.body
            .contains("/campaigns/helpline-week/graphics/de/banner-1200x630.png"),
        "{b}"
    );
    assert!(
        form.text().contains("Draft: only staff see this campaign"),
        "{b}"
    );
    assert_eq!(
        ed.get("/campaigns/helpline-week").await.status,
        StatusCode::OK,
        "{b}"
    );
    let mut visitor = site.visitor();
    for path in [
        "/campaigns/helpline-week",
        "/campaigns/helpline-week/kit.zip",
        "/campaigns/helpline-week/graphics/en/wordmark.png",
        "/api/v1/campaigns/helpline-week",
    ] {
        assert_eq!(
            visitor.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{b}: {path}"
        );
    }
    assert!(
        !visitor
            .get("/campaigns")
            .await
            .body
            .contains("helpline-week"),
        "{b}"
    );

    // Published with a new slogan: the page, the list and the graphics follow.
    let mut published = fields("Help works, and it is confidential");
    published.push(("publish", "1".into()));
    let r = ed.fill(&edit, &as_refs(&published)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let page = visitor.get("/campaigns/helpline-week").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    assert!(text.contains("Help works, and it is confidential"), "{b}");
    assert!(
        text.contains("A second long post."),
        "{b}: long posts split at ---"
    );
    assert!(
        page.body.contains("graphics/en/banner-1200x630.png?v=2"),
        "{b}: a new version"
    );
    let svg = visitor
        .get("/campaigns/helpline-week/graphics/en/banner-1200x630.svg?v=2")
        .await;
    assert!(svg.body.contains("it is confidential"), "{b}");
    // Another campaign's address is refused.
    let mut taken = fields("Help works");
    taken[0].1 = "sparks-launch".into();
    let r = ed.fill(&edit, &as_refs(&taken)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.text().contains("Another campaign has this address"),
        "{b}"
    );
    // Every save is in the audit log.
    let audit = ed.get("/admin/audit").await.text();
    assert!(audit.contains("helpline-week"), "{b}");
}

db_test!(hostile_text_in_every_kit_field_stays_inert);
async fn hostile_text_in_every_kit_field_stays_inert(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'&";
    let mut hostile: Vec<(&'static str, String)> = fields("x")
        .into_iter()
        .map(|(k, v)| {
            let keep = [
                "slug",
                "pillars",
                "starts_on",
                "ends_on",
                "hashtags",
                "cta",
                "initiatives",
            ];
            if keep.contains(&k) {
                (k, v)
            } else {
                (k, format!("{v} {payload}"))
            }
        })
        .collect();
    hostile.push(("publish", "1".into()));
    let r = ed.fill("/admin/campaigns/new", &as_refs(&hostile)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut visitor = site.visitor();
    for path in [
        "/campaigns",
        "/campaigns/helpline-week",
        "/campaigns/helpline-week?lang=de",
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{b}: {path}");
        crate::common::safety::assert_inert(&page.body, path);
    }
    let edit = ed.get("/admin/campaigns/helpline-week/edit").await;
    crate::common::safety::assert_inert(&edit.body, "the edit form");
    let svg = visitor
        .get("/campaigns/helpline-week/graphics/en/banner-1080x1080.svg")
        .await;
    assert!(!svg.body.contains("<script"), "{b}: {}", svg.body);
    assert!(svg.body.contains("&lt;script&gt;"), "{b}");
    let bytes = bytes_of(&site, "/campaigns/helpline-week/kit.zip").await;
    let files = unzip(&bytes);
    let email = files
        .iter()
        .find(|(n, _)| n == "helpline-week-en/email.html")
        .map(|(_, c)| String::from_utf8(c.clone()).unwrap())
        .unwrap();
    crate::common::safety::assert_inert(&email, "the kit's email");
    for (name, content) in &files {
        if name.ends_with(".png") {
            assert!(png_size(content).1, "{b}: {name} renders");
        }
    }
}

db_test!(members_propose_a_campaign_that_an_editor_publishes);
async fn members_propose_a_campaign_that_an_editor_publishes(site: Site) {
    let b = site.backend;
    let propose = "/campaigns/propose";
    // The list invites to propose; visitors are asked to log in first.
    let mut visitor = site.visitor();
    assert!(
        visitor.get("/campaigns").await.body.contains(propose),
        "{b}: the list links the proposal form"
    );
    assert_ne!(visitor.get(propose).await.status, StatusCode::OK, "{b}");

    let mut member = site.logged_in("m@example.org", Role::Member).await;
    let form = member.get(propose).await;
    assert_eq!(form.status, StatusCode::OK, "{b}");
    assert!(form.text().contains("Propose a campaign"), "{b}");
    assert!(
        !form.body.contains("name=\"publish\""),
        "{b}: members cannot publish"
    );

    // The form needs its token, as every form does.
    let r = member
        .send(
            axum::http::Method::POST,
            propose,
            Some("slug=no-token".to_owned()),
            Some(crate::common::browser::ORIGIN),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: no token");

    // A slug already in use is refused at once, with the values kept.
    let mut taken = fields("Help works");
    taken[0].1 = "sparks-launch".into();
    let r = member.fill(propose, &as_refs(&taken)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.text().contains("Woche der Hilfetelefone"),
        "{b}: values kept"
    );

    // The terminology check reads a member's kit as it reads an editor's.
    let mut worded = fields("Help works");
    worded.push(("de_short_posts", "Gegen Kinderpornografie.".into()));
    let r = member.fill(propose, &as_refs(&worded)).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("Kinderpornografie"), "{b}");

    // Proposed: it waits, unseen, in the moderation queue.
    let r = member.fill(propose, &as_refs(&fields("Help works"))).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    for path in [
        "/campaigns/helpline-week",
        "/api/v1/campaigns/helpline-week",
    ] {
        assert_eq!(
            visitor.get(path).await.status,
            StatusCode::NOT_FOUND,
            "{b}: {path} before approval"
        );
    }
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    assert_eq!(
        ed.get("/campaigns/helpline-week").await.status,
        StatusCode::NOT_FOUND,
        "{b}: a proposal is no draft"
    );
    let queue = ed.get("/admin/moderation").await.text();
    assert!(queue.contains("Helpline week"), "{b}: {queue}");

    // The editor approves: published, with its kit, and the audit log names the approval.
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = visitor.get("/campaigns/helpline-week").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(page.text().contains("Help works"), "{b}");
    assert_eq!(
        visitor.get("/campaigns/helpline-week/kit.zip").await.status,
        StatusCode::OK,
        "{b}"
    );
    let audit = ed.get("/admin/audit").await.text();
    assert!(audit.contains("helpline-week"), "{b}: {audit}");

    // A hostile proposal stays text in the editors' queue.
    let payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let mut hostile = fields("x");
    hostile[0].1 = "hostile-week".into();
    hostile[7].1 = format!("Hostile {payload}");
    hostile[10].1 = format!("Messages {payload}");
    let r = member.fill(propose, &as_refs(&hostile)).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    let queue = ed.get("/admin/moderation").await;
    assert!(queue.text().contains("Hostile"), "{b}");
    crate::common::safety::assert_inert(&queue.body, "the moderation queue");
}
