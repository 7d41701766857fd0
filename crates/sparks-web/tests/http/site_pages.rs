//! Issue #19, section 3: the site's own pages and name. `SPARKS_SITE_NAME` and
//! `SPARKS_SLOGAN` name the site in the header, titles, feeds, the API document and emails;
//! `/contact` mails the operators (never showing their address), rate-limited and
//! CSRF-protected; `/privacy` is generated from the real settings; `/accessibility` follows
//! the EU model; every page's footer links them, and the home page invites to join and
//! support.

use axum::http::{Method, StatusCode};
use sparks_store::accounts::Role;
use sparks_store::db_test;
use sparks_web::{Clock, MailSignal, SiteConfig};

use crate::common::browser::{
    ORIGIN, Running, Site, Visitor, csrf_of, emails_in, encode, outbox_mailer, start_mail_worker,
};
use crate::common::{App, TODAY};

/// A site on `app`'s database with `config` (plus an outbox mailer, its worker and the
/// public address), as `sparks serve` builds one from its settings.
struct Configured {
    visitor: Visitor,
    outbox: tempfile::TempDir,
    db: sparks_store::Db,
    _worker: Running,
    _app: App,
}

impl Configured {
    fn new(app: App, config: SiteConfig) -> Configured {
        let outbox = tempfile::tempdir().unwrap();
        let mailer = outbox_mailer(outbox.path());
        let signal = MailSignal::default();
        let clock = Clock::fixed_date(TODAY);
        let db = app.test_db.db.clone();
        let router = sparks_web::router_with_config(
            db.clone(),
            clock.clone(),
            SiteConfig {
                mailer: Some(mailer.clone()),
                mail_signal: signal.clone(),
                public_url: Some(ORIGIN.parse().unwrap()),
                ..config
            },
        );
        Configured {
            visitor: Visitor {
                router,
                cookie: None,
            },
            _worker: start_mail_worker(&db, &clock, mailer, &signal),
            outbox,
            db,
            _app: app,
        }
    }

    /// The emails to `to` once the queue is empty.
    async fn emails_to(&self, to: &str) -> Vec<String> {
        let start = std::time::Instant::now();
        loop {
            let depth = sparks_store::outbox::depth(&self.db).await.unwrap();
            if depth.waiting == 0 {
                break;
            }
            assert!(start.elapsed().as_secs() < 10, "mail still queued");
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        emails_in(self.outbox.path())
            .into_iter()
            .filter(|m| m.contains(&format!("To: {to}")))
            .collect()
    }
}

/// The contact form filled in well.
const GOOD_MESSAGE: &[(&str, &str)] = &[
    ("name", "Ana Kowalska"),
    ("email", "ana@example.org"),
    ("subject", "A missing initiative"),
    (
        "message",
        "Project FOO-7 is not listed yet; its site is foo.example.",
    ),
];

db_test!(the_site_name_and_slogan_name_the_site_everywhere);
async fn the_site_name_and_slogan_name_the_site_everywhere(app: App) {
    let b = app.backend;
    // The default first: "Sparks" and the translated tagline.
    let home = app.get("/").await.text();
    assert!(home.contains("<title>"), "{b}");
    assert!(home.contains(" · Sparks</title>"), "{b}: {home}");
    assert!(
        home.contains("countering child sexual abuse together"),
        "{b}"
    );
    let site = Configured::new(
        app,
        SiteConfig {
            site_name: Some("Sparks in the Dark".to_owned()),
            slogan: Some("United against child sexual abuse".to_owned()),
            ..SiteConfig::default()
        },
    );
    let mut v = site.visitor.clone();
    let home = v.get("/").await;
    assert_eq!(home.status, StatusCode::OK, "{b}");
    let home = home.text();
    assert!(home.contains(" · Sparks in the Dark</title>"), "{b}: title");
    assert!(
        home.contains("<span class=\"brand-name\">Sparks in the Dark</span>"),
        "{b}: header"
    );
    assert!(
        home.contains("United against child sexual abuse"),
        "{b}: slogan"
    );
    assert!(
        !home.contains("countering child sexual abuse together"),
        "{b}: the slogan replaces the default tagline"
    );
    assert!(home.contains("About Sparks in the Dark"), "{b}: footer");
    assert!(home.contains("Join Sparks in the Dark"), "{b}: invitation");
    // Other languages name it too.
    let de = v.get("/about?lang=de").await.text();
    assert!(de.contains("<h1>Über Sparks in the Dark</h1>"), "{b}: {de}");
    let feed = v.get("/feed.xml").await.text();
    assert!(
        feed.contains("<title>Sparks in the Dark: what is new</title>"),
        "{b}: {feed}"
    );
    let api = v.get("/api/v1/openapi.json").await.body;
    assert!(api.contains("\"title\": \"Sparks in the Dark API\""), "{b}");
    // An email: the subject and the signature.
    let r = v
        .fill(
            "/join",
            &[
                ("email", "new@example.org"),
                ("display_name", "New Member"),
                ("password", "correct horse battery staple"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mail = site.emails_to("new@example.org").await.pop().unwrap();
    assert!(
        mail.contains("Subject: Confirm your email address for Sparks in the Dark"),
        "{b}: {mail}"
    );
    // The signature's separator is "-- " (quoted-printable writes its space as =20).
    let mail = mail.replace("\r\n", "\n").replace("=20", " ");
    assert!(
        mail.contains("\n-- \nSparks in the Dark\nhttps://sparks.example"),
        "{b}: signature: {mail}"
    );
}

db_test!(every_page_links_the_sites_own_pages_and_the_home_page_invites);
async fn every_page_links_the_sites_own_pages_and_the_home_page_invites(app: App) {
    let b = app.backend;
    for page in ["/", "/initiatives", "/help", "/contact", "/nowhere"] {
        let body = app.get(page).await.body;
        let footer = body.split("<footer").nth(1).unwrap_or_default();
        // The SPEC's six, and the campaigns, media pack, support and joining (issue #19).
        for href in [
            "/help",
            "/media-pack",
            "/support",
            "/contact",
            "/privacy",
            "/accessibility",
            "/campaigns",
            "/join",
        ] {
            assert!(
                footer.contains(&format!("href=\"{href}\"")),
                "{b}: {page}: footer lacks {href}"
            );
        }
        // The compact header: a menu that works without script, search one tap away.
        assert!(
            body.contains("<details class=\"site-menu\">"),
            "{b}: {page}"
        );
        assert!(
            body.contains("<a class=\"search-jump\" href=\"/search\">"),
            "{b}: {page}"
        );
    }
    let home = app.get("/?lang=fr").await.body;
    let invite = home.split("id=\"invite-heading\"").nth(1).unwrap();
    let invite = invite.split("</section>").next().unwrap();
    assert!(invite.contains("href=\"/join?lang=fr\""), "{b}: {invite}");
    assert!(
        invite.contains("href=\"/support?lang=fr\""),
        "{b}: {invite}"
    );
    assert!(invite.contains("Soutenir Sparks"), "{b}: {invite}");
}

db_test!(the_contact_form_mails_the_operators_and_never_shows_their_address);
async fn the_contact_form_mails_the_operators_and_never_shows_their_address(app: App) {
    let b = app.backend;
    let site = Configured::new(
        app,
        SiteConfig {
            contact_email: Some("operators@sparks.example".to_owned()),
            ..SiteConfig::default()
        },
    );
    let mut v = site.visitor.clone();
    let page = v.get("/contact").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(
        !page.body.contains("operators@"),
        "{b}: the address stays hidden"
    );
    assert!(page.body.contains("name=\"csrf_token\""), "{b}");
    let r = v.fill("/contact", GOOD_MESSAGE).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(r.text().contains("Message sent"), "{b}");
    assert!(!r.body.contains("operators@"), "{b}");
    let mail = site.emails_to("operators@sparks.example").await;
    assert_eq!(mail.len(), 1, "{b}");
    let mail = &mail[0];
    assert!(
        mail.contains("Subject: [Sparks] A missing initiative"),
        "{b}: {mail}"
    );
    assert!(mail.contains("Reply-To: ana@example.org"), "{b}: {mail}");
    assert!(mail.contains("From: Ana Kowalska <ana@example.org>"), "{b}");
    assert!(mail.contains("Project FOO-7 is not listed yet"), "{b}");
}

db_test!(without_a_contact_address_messages_go_to_every_admin);
async fn without_a_contact_address_messages_go_to_every_admin(site: Site) {
    let b = site.backend;
    site.account("admin@example.org", Role::Admin).await;
    site.account("editor@example.org", Role::Editor).await;
    let r = site.visitor().fill("/contact", GOOD_MESSAGE).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert_eq!(site.emails_to("admin@example.org").await.len(), 1, "{b}");
    assert!(site.emails_to("editor@example.org").await.is_empty(), "{b}");
}

db_test!(a_bad_contact_message_comes_back_with_its_values_and_each_problem);
async fn a_bad_contact_message_comes_back_with_its_values_and_each_problem(site: Site) {
    let b = site.backend;
    site.account("admin@example.org", Role::Admin).await;
    let long = "x".repeat(5001);
    let r = site
        .visitor()
        .fill(
            "/contact",
            &[
                ("name", "Ana <b>K</b>"),
                ("email", "not-an-address"),
                ("subject", ""),
                ("message", &long),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.body.contains("class=\"error-summary\""),
        "{b}: {}",
        r.body
    );
    assert!(
        r.body.contains("value=\"Ana &#60;b&#62;K&#60;/b&#62;\""),
        "{b}: escaped and kept"
    );
    assert!(r.body.contains("value=\"not-an-address\""), "{b}");
    for field in ["email", "subject", "message"] {
        assert!(
            r.body.contains(&format!("id=\"field-{field}-error\"")),
            "{b}: no message next to {field}"
        );
    }
    assert!(site.emails_to("admin@example.org").await.is_empty(), "{b}");
}

db_test!(the_contact_form_needs_its_token_and_is_rate_limited);
async fn the_contact_form_needs_its_token_and_is_rate_limited(site: Site) {
    let b = site.backend;
    let mut v = site.visitor();
    let body = encode(GOOD_MESSAGE);
    let r = v
        .send(Method::POST, "/contact", Some(body.clone()), Some(ORIGIN))
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: no token");
    let token = csrf_of(&v.get("/contact").await.body);
    let with_token = format!("{body}&csrf_token={token}");
    let r = v
        .send(
            Method::POST,
            "/contact",
            Some(with_token.clone()),
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: foreign origin");
    for n in 1..=5 {
        let r = v
            .send(
                Method::POST,
                "/contact",
                Some(with_token.clone()),
                Some(ORIGIN),
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: message {n}");
    }
    let r = v
        .send(Method::POST, "/contact", Some(with_token), Some(ORIGIN))
        .await;
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{b}");
    assert!(r.headers.contains_key("retry-after"), "{b}");
}

db_test!(hostile_contact_messages_stay_text);
async fn hostile_contact_messages_stay_text(site: Site) {
    let b = site.backend;
    site.account("admin@example.org", Role::Admin).await;
    let payloads = [
        "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>",
        "x\r\nBcc: victim@example.org",
        "'; DROP TABLE users; --",
        "{{7*7}} ${7*7} {$site}",
    ];
    for p in payloads {
        let r = site
            .visitor()
            .fill(
                "/contact",
                &[
                    ("name", p),
                    ("email", "ana@example.org"),
                    ("subject", p),
                    ("message", p),
                ],
            )
            .await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {p}: {}", r.body);
        assert!(!r.body.contains("<script>alert"), "{b}");
        assert!(!r.body.contains("<img src=x"), "{b}");
    }
    let mails = site.emails_to("admin@example.org").await;
    assert_eq!(mails.len(), payloads.len(), "{b}");
    for m in &mails {
        // A line break in the subject would have started a header of its own; the subject
        // is one line, in the headers and in the body.
        let m = m.replace("\r\n", "\n");
        let (head, _) = m.split_once("\n\n").unwrap();
        assert!(
            !head.lines().any(|l| l.to_lowercase().starts_with("bcc:")),
            "{b}: {m}"
        );
    }
    // The database is still there.
    assert_eq!(site.visitor().get("/contact").await.status, StatusCode::OK);
}

db_test!(the_privacy_notice_follows_the_sites_settings);
async fn the_privacy_notice_follows_the_sites_settings(app: App) {
    let b = app.backend;
    // The test site: no SMTP (an outbox folder), no digest schedule, uploads on disk.
    let page = app.get("/privacy").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    assert!(text.contains("<h1>Privacy notice</h1>"), "{b}");
    // The session lifetimes and link expiries of the code.
    assert!(
        text.contains("ends after 2 hours without use (30 minutes for editors and admins), 12 hours after login"),
        "{b}: {text}"
    );
    assert!(
        text.contains("Joining: 48 hours; new password: 1 hour; newsletter: 48 hours"),
        "{b}"
    );
    assert!(text.contains("the operators send it by hand"), "{b}");
    assert!(text.contains("no mail server configured"), "{b}");
    assert!(text.contains("kept in the server's data folder"), "{b}");
    for href in ["/account/export", "/account/delete", "/account", "/contact"] {
        assert!(
            page.body.contains(&format!("href=\"{href}\"")),
            "{b}: {href}"
        );
    }
    // Other settings, another notice.
    let site = Configured::new(
        app,
        SiteConfig {
            digest_interval_hours: 24,
            uploads_in_bucket: true,
            ..SiteConfig::default()
        },
    );
    let text = site.visitor.clone().get("/privacy").await.text();
    assert!(text.contains("it goes out every 24 hours"), "{b}: {text}");
    assert!(text.contains("S3-compatible storage"), "{b}");
    assert!(!text.contains("send it by hand"), "{b}");
    let de = site.visitor.clone().get("/privacy?lang=pl").await.text();
    assert!(de.contains("co 24 godziny"), "{b}: {de}");
}

db_test!(the_accessibility_statement_has_the_parts_of_the_eu_model);
async fn the_accessibility_statement_has_the_parts_of_the_eu_model(app: App) {
    let b = app.backend;
    let page = app.get("/accessibility").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    for part in [
        "<h1>Accessibility statement</h1>",
        "Directive (EU) 2016/2102",
        "Compliance status",
        "partially compliant with the Web Content Accessibility Guidelines (WCAG) 2.1, level AA",
        "Content that is not accessible",
        "Preparation of this statement",
        "last reviewed on 5 December 2026",
        "Feedback and contact",
        "Enforcement procedure",
    ] {
        assert!(text.contains(part), "{b}: lacks {part:?}");
    }
    assert!(
        page.body.contains("href=\"/contact\""),
        "{b}: the feedback route"
    );
    let es = app.get("/accessibility?lang=es").await.text();
    assert!(es.contains("Declaración de accesibilidad"), "{b}");
    assert!(es.contains("5 de diciembre de 2026"), "{b}: {es}");
}

db_test!(the_new_pages_speak_every_language);
async fn the_new_pages_speak_every_language(app: App) {
    let b = app.backend;
    let headings = [
        (
            "en",
            "Contact us",
            "Privacy notice",
            "Accessibility statement",
        ),
        (
            "de",
            "Kontakt",
            "Datenschutzhinweis",
            "Erklärung zur Barrierefreiheit",
        ),
        (
            "fr",
            "Nous contacter",
            "Politique de confidentialité",
            "Déclaration d'accessibilité",
        ),
        (
            "es",
            "Contacto",
            "Aviso de privacidad",
            "Declaración de accesibilidad",
        ),
        (
            "pl",
            "Kontakt",
            "Informacja o prywatności",
            "Deklaracja dostępności",
        ),
    ];
    for (lang, contact, privacy, a11y) in headings {
        for (path, heading) in [
            ("/contact", contact),
            ("/privacy", privacy),
            ("/accessibility", a11y),
        ] {
            let r = app.get(&format!("{path}?lang={lang}")).await;
            assert_eq!(r.status, StatusCode::OK, "{b}: {path} {lang}");
            let text = r.text();
            assert!(
                text.contains(&format!("<h1>{heading}</h1>")),
                "{b}: {path} in {lang}"
            );
            // No message left as its key or with an unfilled argument.
            assert!(!text.contains("{$"), "{b}: {path} {lang}");
            for key in ["privacy-", "a11y-", "contact-", "form-field-"] {
                assert!(
                    !text.contains(&format!(">{key}")),
                    "{b}: {path} {lang}: {key}"
                );
            }
        }
    }
}
