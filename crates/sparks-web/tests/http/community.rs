//! Issue #4 over HTTP, as a browser would use it: join with email confirmation, log in (with
//! TOTP for staff), propose, moderate, discuss, export and erase; CSRF, Origin and rate
//! limits; every route × role; and no pending item visible anywhere public. On SQLite and
//! PostgreSQL.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::Backend;
use sparks_store::accounts::{self, NewUser, Role};
use sparks_store::db_test;
use sparks_store::testing::Fixture;
use sparks_web::{Clock, SiteConfig};
use tower::ServiceExt;

use crate::common::{App, Reply, TODAY};

/// One site with an outbox, on one backend.
struct Site {
    router: Router,
    db: sparks_store::Db,
    outbox: tempfile::TempDir,
    backend: &'static str,
    /// The site's clock: tests move it to let time pass.
    clock: Clock,
    _test_db: sparks_store::testing::TestDb,
}

/// What `db_test!` gives a test that takes a [`Site`]: the seeded site on that backend.
impl Fixture for Site {
    async fn on(backend: Backend) -> Self {
        site(App::on(backend).await)
    }
}

/// The seeded application with an outbox, uploads and a public address, on `app`'s backend.
fn site(app: App) -> Site {
    let outbox = tempfile::tempdir().unwrap();
    let mailer =
        sparks_mail::Mailer::outbox(outbox.path(), "Sparks <noreply@sparks.invalid>").unwrap();
    let uploads = sparks_uploads::LocalDir::new(outbox.path().join("uploads"));
    let config = SiteConfig {
        uploads: Some(std::sync::Arc::new(uploads)),
        mailer: Some(mailer),
        public_url: Some("https://sparks.example".parse().unwrap()),
        ..SiteConfig::default()
    };
    let clock = Clock::fixed_date(TODAY);
    Site {
        router: sparks_web::router_with_config(app.test_db.db.clone(), clock.clone(), config),
        clock,
        db: app.test_db.db.clone(),
        outbox,
        backend: app.backend,
        _test_db: app.test_db,
    }
}

/// A visitor with a cookie jar (one cookie: the session).
#[derive(Clone)]
struct Visitor {
    router: Router,
    cookie: Option<String>,
}

impl Site {
    fn visitor(&self) -> Visitor {
        Visitor {
            router: self.router.clone(),
            cookie: None,
        }
    }

    /// Every email in the outbox, decoded enough to read links.
    fn emails(&self) -> Vec<String> {
        let Ok(dir) = std::fs::read_dir(self.outbox.path()) else {
            return Vec::new();
        };
        let mut mails: Vec<(std::time::SystemTime, String)> = dir
            .filter_map(Result::ok)
            .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
            .map(|e| {
                let text = std::fs::read_to_string(e.path()).unwrap();
                let text = text
                    .replace("=\r\n", "")
                    .replace("=\n", "")
                    .replace("=3D", "=");
                (e.metadata().unwrap().modified().unwrap(), text)
            })
            .collect();
        mails.sort_by_key(|(t, _)| *t);
        mails.into_iter().map(|(_, t)| t).collect()
    }

    fn emails_to(&self, to: &str) -> Vec<String> {
        self.emails()
            .into_iter()
            .filter(|m| m.contains(&format!("To: {to}")))
            .collect()
    }

    /// An account made directly in the store; staff get a TOTP secret, returned.
    async fn account(&self, email: &str, role: Role) -> Option<String> {
        let hash = sparks_auth::hash_password("correct horse battery staple").unwrap();
        let id = accounts::create(
            &self.db,
            &NewUser {
                email: email.into(),
                display_name: email.split('@').next().unwrap().into(),
                password_hash: hash,
                organisation: "Org".into(),
                country: Some("PL".into()),
                expertise: String::new(),
                role,
                verified: true,
            },
            self.clock.unix(),
        )
        .await
        .unwrap()
        .unwrap();
        if role.is_staff() {
            let secret = sparks_auth::totp::new_secret();
            accounts::enrol_totp(
                &self.db,
                id,
                &secret,
                &[sparks_auth::hash_token("aaaa-bbbb-cccc")],
            )
            .await
            .unwrap();
            Some(secret)
        } else {
            None
        }
    }

    /// A visitor logged in as a new account of `role`.
    async fn logged_in(&self, email: &str, role: Role) -> Visitor {
        let secret = self.account(email, role).await;
        let mut v = self.visitor();
        let r = v
            .submit(
                "/login",
                "/login",
                &[
                    ("email", email),
                    ("password", "correct horse battery staple"),
                ],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{}: login {email}: {}",
            self.backend,
            r.body
        );
        if let Some(secret) = secret {
            let loc = location(&r);
            assert!(loc.starts_with("/login/code"), "{loc}");
            let now = u64::try_from(self.clock.unix()).unwrap();
            let code = sparks_auth::totp::code_at(&secret, now).unwrap();
            let r = v
                .submit("/login/code", "/login/code", &[("code", &code)])
                .await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "{}: code: {}",
                self.backend,
                r.body
            );
        }
        v
    }
}

fn location(r: &Reply) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

fn csrf_of(page: &str) -> String {
    let marker = "name=\"csrf_token\" value=\"";
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("no csrf token in {page}"))
        + marker.len();
    page[start..].split('"').next().unwrap().to_owned()
}

fn encode(fields: &[(&str, &str)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        s.append_pair(k, v);
    }
    s.finish()
}

impl Visitor {
    async fn send(
        &mut self,
        method: Method,
        uri: &str,
        body: Option<String>,
        origin: Option<&str>,
    ) -> Reply {
        let mut b = Request::builder()
            .method(method)
            .uri(uri)
            .header("host", "sparks.example");
        if let Some(c) = &self.cookie {
            b = b.header("cookie", format!("sparks_session={c}"));
        }
        if let Some(o) = origin {
            b = b.header("origin", o);
        }
        let request = match body {
            Some(body) => b
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body))
                .unwrap(),
            None => b.body(Body::empty()).unwrap(),
        };
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for v in headers.get_all("set-cookie") {
            let v = v.to_str().unwrap();
            if let Some(rest) = v.strip_prefix("sparks_session=") {
                let value = rest.split(';').next().unwrap();
                self.cookie = (!value.is_empty()).then(|| value.to_owned());
            }
        }
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Reply {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    async fn get(&mut self, uri: &str) -> Reply {
        self.send(Method::GET, uri, None, None).await
    }

    /// Opens `page`, takes its CSRF token and posts `fields` to `action`, as a browser does.
    async fn submit(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
        let form = self.get(page).await;
        assert!(form.status.is_success(), "{page}: {}", form.status);
        let token = csrf_of(&form.body);
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.send(
            Method::POST,
            action,
            Some(encode(&all)),
            Some("https://sparks.example"),
        )
        .await
    }
}

fn link_in(mail: &str, prefix: &str) -> String {
    let start = mail
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in {mail}"));
    mail[start..].split_whitespace().next().unwrap().to_owned()
}

db_test!(a_new_member_joins_verifies_proposes_and_an_editor_with_totp_approves);
async fn a_new_member_joins_verifies_proposes_and_an_editor_with_totp_approves(site: Site) {
    let b = site.backend;
    let mut ana = site.visitor();
    // Visitors get no cookie.
    let home = ana.get("/").await;
    assert!(home.headers.get("set-cookie").is_none(), "{b}");
    // Join: a bad form first, kept values and linked errors, 422.
    let bad = ana
        .submit(
            "/join",
            "/join",
            &[
                ("email", "not-an-address"),
                ("display_name", "Ana K"),
                ("password", "password"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(bad.body.contains("class=\"error-summary\""), "{b}");
    assert!(bad.body.contains("href=\"#field-email\""), "{b}");
    assert!(
        bad.body
            .contains("aria-describedby=\"field-password-hint field-password-error\""),
        "{b}: {}",
        bad.body
    );
    assert!(
        bad.body.contains("value=\"Ana K\""),
        "{b}: entered values are kept"
    );
    assert!(
        !bad.body.contains("value=\"password\""),
        "{b}: passwords are never echoed"
    );
    let r = ana
        .submit(
            "/join",
            "/join",
            &[
                ("email", "Ana@Example.org"),
                ("display_name", "Ana K"),
                ("password", "a long enough passphrase"),
                ("organisation", "Helpline PL"),
                ("country", "Poland"),
                ("expertise", "child helplines"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(location(&r), "/join/sent");
    // Not verified yet: login refused.
    let r = ana
        .submit(
            "/login",
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", "a long enough passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let mails = site.emails_to("ana@example.org");
    assert_eq!(mails.len(), 1, "{b}");
    let link = link_in(&mails[0], "https://sparks.example/verify?token=");
    let path = link.trim_start_matches("https://sparks.example");
    let r = ana
        .submit(
            path,
            "/verify",
            &[("token", path.split("token=").nth(1).unwrap())],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        r.text().contains("Email address confirmed"),
        "{b}: {}",
        r.body
    );
    // The link works once.
    let again = ana
        .submit(
            path,
            "/verify",
            &[("token", path.split("token=").nth(1).unwrap())],
        )
        .await;
    assert!(again.text().contains("This link does not work"), "{b}");
    // Log in, with a fresh session id.
    let r = ana
        .submit(
            "/login",
            "/login",
            &[
                ("email", "ana@example.org"),
                ("password", "a long enough passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let cookie = r
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"),
        "{cookie}"
    );
    let account = ana.get("/account").await;
    assert_eq!(account.status, StatusCode::OK, "{b}");
    assert!(account.text().contains("Hello, Ana K"), "{b}");
    assert_eq!(account.headers.get("cache-control").unwrap(), "no-store");
    // Propose an initiative: preview first, then send.
    let fields = [
        ("acronym", "PENDZX"),
        ("title", "Pendingmarker Zeta Initiative"),
        ("summary", "Helps **children** online."),
        ("pillars", "prevention"),
        ("pillars", "victim-support"),
        ("programme", "Horizon Europe"),
        ("website", "https://pendzx.example.org"),
        ("countries", "PL"),
        ("countries", "DE"),
    ];
    let mut preview = fields.to_vec();
    preview.push(("action", "preview"));
    let r = ana
        .submit("/submit/initiative", "/submit/initiative", &preview)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        r.body.contains("<strong>children</strong>"),
        "{b}: preview renders Markdown"
    );
    let r = ana
        .submit("/submit/initiative", "/submit/initiative", &fields)
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        r.text().contains("Your proposal waits for an editor"),
        "{b}"
    );
    // Invisible while pending.
    assert_eq!(
        ana.get("/initiatives/pendzx").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    assert_eq!(
        ana.get("/api/v1/initiatives/pendzx").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    // An editor (with TOTP) approves.
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await;
    assert_eq!(queue.status, StatusCode::OK, "{b}");
    assert!(queue.text().contains("PENDZX"), "{b}");
    let id = queue
        .body
        .split("action=\"/admin/moderation/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let r = ed
        .submit(
            "/admin/moderation",
            &format!("/admin/moderation/{id}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = ana.get("/initiatives/pendzx").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let api = ana.get("/api/v1/initiatives/pendzx").await.json();
    assert_eq!(api["countries"], serde_json::json!(["PL", "DE"]), "{b}");
    let mails = site.emails_to("ana@example.org");
    assert!(
        mails.iter().any(|m| m.contains("is now on Sparks")),
        "{b}: the submitter is told"
    );
    // The audit log has it, with who approved.
    let audit = ed.get("/admin/audit").await;
    assert!(
        audit.text().contains("approve") && audit.text().contains("pendzx"),
        "{b}"
    );
    // Discuss: a thread and a reply.
    let r = ana
        .submit(
            "/community",
            "/community/threads",
            &[
                ("title", "Grooming signals in chats"),
                ("body", "What do *you* see?"),
                ("pillar", "prevention"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let thread = location(&r);
    let r = ed
        .submit(
            &thread,
            &format!("{thread}/replies"),
            &[("body", "Escalating **requests** for images.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut anon = site.visitor();
    let t = anon.get(&thread).await;
    assert_eq!(t.status, StatusCode::OK, "{b}");
    assert!(
        t.body.contains("<em>you</em>") && t.body.contains("<strong>requests</strong>"),
        "{b}"
    );
    assert!(
        !t.body.contains("ana@example.org") && !t.body.contains("ed@example.org"),
        "{b}: no email on pages"
    );
}

db_test!(forms_need_a_csrf_token_and_the_sites_own_origin);
async fn forms_need_a_csrf_token_and_the_sites_own_origin(site: Site) {
    let b = site.backend;
    site.account("m@example.org", Role::Member).await;
    let mut v = site.visitor();
    let login = encode(&[
        ("email", "m@example.org"),
        ("password", "correct horse battery staple"),
    ]);
    let r = v
        .send(Method::POST, "/login", Some(login.clone()), None)
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: no token");
    let token = csrf_of(&v.get("/login").await.body);
    let with_token = format!("{login}&csrf_token={token}");
    let r = v
        .send(
            Method::POST,
            "/login",
            Some(with_token.clone()),
            Some("https://evil.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: foreign origin");
    assert!(r.body.contains("<html"), "{b}: a page, not an empty body");
    let r = v
        .send(
            Method::POST,
            "/login",
            Some(format!("{login}&csrf_token=1.forged")),
            Some("https://sparks.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: forged token");
    let r = v
        .send(
            Method::POST,
            "/login",
            Some(with_token),
            Some("https://sparks.example"),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: the real form works");
    // A token from the anonymous login form is no good for the logged-in session.
    let r = v
        .send(
            Method::POST,
            "/logout",
            Some(format!("csrf_token={token}")),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
}

db_test!(repeated_failed_logins_get_429_with_retry_after);
async fn repeated_failed_logins_get_429_with_retry_after(site: Site) {
    let b = site.backend;
    site.account("victim@example.org", Role::Member).await;
    let mut v = site.visitor();
    let mut last = None;
    for _ in 0..11 {
        let r = v
            .submit(
                "/login",
                "/login",
                &[
                    ("email", "victim@example.org"),
                    ("password", "wrong password guess"),
                ],
            )
            .await;
        last = Some(r);
    }
    let r = last.unwrap();
    assert_eq!(r.status, StatusCode::TOO_MANY_REQUESTS, "{b}");
    let wait: i64 = r
        .headers
        .get("retry-after")
        .unwrap()
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!(wait > 0 && wait <= 600, "{b}: {wait}");
}

db_test!(every_route_answers_each_role_as_expected);
async fn every_route_answers_each_role_as_expected(site: Site) {
    // (method, path, anonymous, member, other member, editor, admin)
    let table: &[(&str, &str, [u16; 5])] = &[
        ("GET", "/account", [303, 200, 200, 200, 200]),
        ("GET", "/account/export", [303, 200, 200, 200, 200]),
        ("GET", "/account/delete", [303, 200, 200, 200, 200]),
        ("GET", "/submit/initiative", [303, 200, 200, 200, 200]),
        ("GET", "/submit/resource", [303, 200, 200, 200, 200]),
        ("GET", "/submit/event", [303, 200, 200, 200, 200]),
        ("GET", "/submit/news", [303, 200, 200, 200, 200]),
        (
            "GET",
            "/submit/initiative?slug=arica",
            [303, 403, 403, 200, 200],
        ),
        ("GET", "/admin", [303, 403, 403, 200, 200]),
        ("GET", "/admin/moderation", [303, 403, 403, 200, 200]),
        ("GET", "/admin/audit", [303, 403, 403, 200, 200]),
        ("GET", "/admin/users", [303, 403, 403, 403, 200]),
        ("GET", "/admin/feeds", [303, 403, 403, 200, 200]),
        ("GET", "/admin/media", [303, 403, 403, 200, 200]),
        ("GET", "/submit/feed", [303, 200, 200, 200, 200]),
        ("GET", "/account/export", [303, 200, 200, 200, 200]),
        (
            "POST",
            "/admin/audit/999/restore",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/admin/users/999/initiatives",
            [303, 403, 403, 403, 404],
        ),
        ("GET", "/community", [200, 200, 200, 200, 200]),
        ("GET", "/login", [200, 200, 200, 200, 200]),
        ("GET", "/join", [200, 200, 200, 200, 200]),
        ("GET", "/reset", [200, 200, 200, 200, 200]),
        ("POST", "/admin/moderation/999", [303, 403, 403, 404, 404]),
        ("POST", "/admin/users/999", [303, 403, 403, 403, 400]),
        (
            "POST",
            "/community/threads/999/lock",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/community/posts/999/hide",
            [303, 403, 403, 404, 404],
        ),
        (
            "POST",
            "/community/posts/999/report",
            [303, 404, 404, 404, 404],
        ),
    ];
    let b = site.backend;
    let mut visitors = [
        site.visitor(),
        site.logged_in("member@example.org", Role::Member).await,
        site.logged_in("other@example.org", Role::Member).await,
        site.logged_in("editor@example.org", Role::Editor).await,
        site.logged_in("admin@example.org", Role::Admin).await,
    ];
    for (method, path, expected) in table {
        for (who, v) in visitors.iter_mut().enumerate() {
            let r = if *method == "GET" {
                v.get(path).await
            } else {
                let page = if v.cookie.is_some() {
                    "/account"
                } else {
                    "/login"
                };
                v.submit(page, path, &[("reason", "x"), ("decision", "keep")])
                    .await
            };
            assert_eq!(
                r.status.as_u16(),
                expected[who],
                "{b}: {method} {path} as role #{who}"
            );
        }
    }
}

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
        let queue = ed.get("/admin/moderation").await;
        let id = queue
            .body
            .split("action=\"/admin/moderation/")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_owned();
        let r = ed
            .submit(
                "/admin/moderation",
                &format!("/admin/moderation/{id}"),
                &[("decision", "approve")],
            )
            .await;
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
        .submit(
            "/submit/resource",
            "/submit/resource",
            &[("title", "Weak resource"), ("type", "report")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await;
    let id = queue
        .body
        .split("action=\"/admin/moderation/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let r = ed
        .submit(
            "/admin/moderation",
            &format!("/admin/moderation/{id}"),
            &[("decision", "reject")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains("Give a reason"), "{b}");
    let r = ed
        .submit(
            "/admin/moderation",
            &format!("/admin/moderation/{id}"),
            &[("decision", "reject"), ("reason", "No source given.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mails = site.emails_to("m@example.org");
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
    let first = audit
        .body
        .split("action=\"/admin/audit/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
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

db_test!(community_visibility_reports_and_hiding);
async fn community_visibility_reports_and_hiding(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .submit(
            "/community",
            "/community/threads",
            &[
                ("title", "Members-only chat"),
                ("body", "internal"),
                ("pillar", "general"),
                ("members_only", "1"),
            ],
        )
        .await;
    let private = location(&r);
    let r = m
        .submit(
            "/community",
            "/community/threads",
            &[
                ("title", "Public chat"),
                ("body", "Spam spam"),
                ("pillar", "detection-investigation"),
            ],
        )
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
    let post = page
        .body
        .split("action=\"/community/posts/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
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
    let report = queue
        .body
        .split("action=\"/admin/reports/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
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

db_test!(members_export_and_erase_their_data_and_sessions_end);
async fn members_export_and_erase_their_data_and_sessions_end(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .submit(
            "/community",
            "/community/threads",
            &[
                ("title", "My thread"),
                ("body", "Kept after I leave"),
                ("pillar", "general"),
            ],
        )
        .await;
    let thread = location(&r);
    let export = m.get("/account/export").await;
    assert_eq!(export.status, StatusCode::OK, "{b}");
    assert!(
        export
            .headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data = export.json();
    assert_eq!(data["account"]["email"], "m@example.org", "{b}");
    assert_eq!(data["posts"][0]["body"], "Kept after I leave", "{b}");
    assert!(
        !export.body.contains("argon2"),
        "{b}: no password hash in the export"
    );
    // A second session, then a password change ends both.
    let mut other = site.visitor();
    other
        .submit(
            "/login",
            "/login",
            &[
                ("email", "m@example.org"),
                ("password", "correct horse battery staple"),
            ],
        )
        .await;
    assert_eq!(other.get("/account").await.status, StatusCode::OK, "{b}");
    let r = m
        .submit(
            "/account",
            "/account/password",
            &[
                ("current_password", "correct horse battery staple"),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(
        other.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "{b}: other session revoked"
    );
    assert_eq!(
        m.get("/account").await.status,
        StatusCode::OK,
        "{b}: this one renewed"
    );
    // Logout revokes the session server-side.
    let old = m.clone();
    let r = m.submit("/account", "/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mut replay = old;
    assert_eq!(
        replay.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "{b}: old cookie dead"
    );
    // Erase.
    let mut m = site.visitor();
    m.submit(
        "/login",
        "/login",
        &[
            ("email", "m@example.org"),
            ("password", "another fine passphrase"),
        ],
    )
    .await;
    let r = m
        .submit(
            "/account/delete",
            "/account/delete",
            &[("password", "wrong")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let r = m
        .submit(
            "/account/delete",
            "/account/delete",
            &[("password", "another fine passphrase")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        accounts::by_email(&site.db, "m@example.org")
            .await
            .unwrap()
            .is_none(),
        "{b}"
    );
    let t = site.visitor().get(&thread).await;
    assert!(
        t.text().contains("Kept after I leave") && t.text().contains("Former member"),
        "{b}"
    );
    let r = site
        .visitor()
        .submit(
            "/login",
            "/login",
            &[
                ("email", "m@example.org"),
                ("password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
}

db_test!(password_reset_by_email_and_totp_codes_work_once);
async fn password_reset_by_email_and_totp_codes_work_once(site: Site) {
    let b = site.backend;
    site.account("r@example.org", Role::Member).await;
    let mut v = site.visitor();
    let r = v
        .submit("/reset", "/reset", &[("email", "r@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let r2 = v
        .submit("/reset", "/reset", &[("email", "nobody@example.org")])
        .await;
    assert_eq!(
        r.body.replace(char::is_numeric, ""),
        r2.body.replace(char::is_numeric, ""),
        "{b}: no account enumeration"
    );
    let mail = site.emails_to("r@example.org").pop().unwrap();
    let link = link_in(&mail, "https://sparks.example/reset/new?token=");
    let path = link.trim_start_matches("https://sparks.example").to_owned();
    let token = path.split("token=").nth(1).unwrap().to_owned();
    let r = v
        .submit(
            &path,
            "/reset/new",
            &[("token", &token), ("password", "12345678")],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: common password refused"
    );
    let r = v
        .submit(
            &path,
            "/reset/new",
            &[("token", &token), ("password", "brand new passphrase")],
        )
        .await;
    assert!(r.text().contains("Password changed"), "{b}");
    let r = v
        .submit(
            "/login",
            "/login",
            &[
                ("email", "r@example.org"),
                ("password", "brand new passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    // Staff: a used TOTP code does not work twice; a recovery code works once.
    let secret = site.account("boss@example.org", Role::Admin).await.unwrap();
    let mut a = site.visitor();
    a.submit(
        "/login",
        "/login",
        &[
            ("email", "boss@example.org"),
            ("password", "correct horse battery staple"),
        ],
    )
    .await;
    assert_eq!(
        a.get("/admin").await.status,
        StatusCode::SEE_OTHER,
        "{b}: not before the code"
    );
    let code =
        sparks_auth::totp::code_at(&secret, u64::try_from(site.clock.unix()).unwrap()).unwrap();
    let r = a
        .submit("/login/code", "/login/code", &[("code", &code)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mut c = site.visitor();
    c.submit(
        "/login",
        "/login",
        &[
            ("email", "boss@example.org"),
            ("password", "correct horse battery staple"),
        ],
    )
    .await;
    let r = c
        .submit("/login/code", "/login/code", &[("code", &code)])
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: replayed code"
    );
    let r = c
        .submit("/login/code", "/login/code", &[("code", "AAAA-BBBB-CCCC")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: recovery code");
    assert_eq!(c.get("/admin/users").await.status, StatusCode::OK, "{b}");
}

db_test!(sessions_end_when_idle_or_too_old);
async fn sessions_end_when_idle_or_too_old(site: Site) {
    let b = site.backend;
    for column in ["last_seen", "created_at"] {
        let mut m = site
            .logged_in(&format!("{column}@example.org"), Role::Member)
            .await;
        assert_eq!(m.get("/account").await.status, StatusCode::OK, "{b}");
        let mut sql =
            sparks_store::Sql::new(&format!("UPDATE sessions SET {column} = {column} - "));
        sql.push_arg(13 * 60 * 60_i64);
        site.db.execute(sql).await.unwrap();
        let r = m.get("/account").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {column} timeout");
        assert!(m.cookie.is_none(), "{b}: the stale cookie is cleared");
    }
}

db_test!(newsletter_double_opt_in_digest_and_one_click_unsubscribe);
async fn newsletter_double_opt_in_digest_and_one_click_unsubscribe(site: Site) {
    let b = site.backend;
    let mailer =
        sparks_mail::Mailer::outbox(site.outbox.path(), "Sparks <noreply@sparks.invalid>").unwrap();
    let mut v = site.visitor();
    let r = v
        .submit(
            "/newsletter",
            "/newsletter",
            &[("email", "reader@example.org")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert_eq!(
        site.emails_to("reader@example.org").len(),
        1,
        "{b}: only the confirmation"
    );
    // Nothing is sent before the link is used.
    let report = sparks_web::newsletter::send_digest(
        &site.db,
        &site.clock,
        &mailer,
        "https://sparks.example",
    )
    .await
    .unwrap();
    assert_eq!(report.recipients, 0, "{b}");
    let mail = site.emails_to("reader@example.org").pop().unwrap();
    let link = link_in(&mail, "https://sparks.example/newsletter/confirm?token=");
    let path = link.trim_start_matches("https://sparks.example").to_owned();
    let token = path.split("token=").nth(1).unwrap().to_owned();
    let r = v
        .submit(&path, "/newsletter/confirm", &[("token", &token)])
        .await;
    assert!(
        r.text().contains("Subscription confirmed"),
        "{b}: {}",
        r.body
    );
    let report = sparks_web::newsletter::send_digest(
        &site.db,
        &site.clock,
        &mailer,
        "https://sparks.example",
    )
    .await
    .unwrap();
    assert_eq!(report.recipients, 1, "{b}");
    assert!(report.items > 0, "{b}");
    let digest = site.emails_to("reader@example.org").pop().unwrap();
    assert!(
        digest.contains("List-Unsubscribe: <https://sparks.example/newsletter/unsubscribe?id="),
        "{b}: {digest}"
    );
    assert!(
        digest.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{b}"
    );
    // Nothing new since: the next run sends nothing.
    let again = sparks_web::newsletter::send_digest(
        &site.db,
        &site.clock,
        &mailer,
        "https://sparks.example",
    )
    .await
    .unwrap();
    assert_eq!(again.recipients, 0, "{b}");
    // One click, as a mail client does it: no CSRF token, the signed link is the proof.
    let unsub = link_in(&digest, "https://sparks.example/newsletter/unsubscribe?id=");
    let unsub = unsub
        .trim_start_matches("https://sparks.example")
        .trim_end_matches('>')
        .to_owned();
    let forged = format!("{}x", unsub);
    let r = v
        .send(
            Method::POST,
            &forged,
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: forged link");
    let r = v
        .send(
            Method::POST,
            &unsub,
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        sparks_store::newsletter::confirmed(&site.db)
            .await
            .unwrap()
            .is_empty(),
        "{b}"
    );
    // With several servers, each due digest is claimed once.
    let now = site.clock.unix();
    assert!(
        !sparks_store::newsletter::claim_due(&site.db, now, 3600)
            .await
            .unwrap(),
        "{b}: first run only schedules"
    );
    assert!(
        sparks_store::newsletter::claim_due(&site.db, now + 3600, 3600)
            .await
            .unwrap(),
        "{b}"
    );
    assert!(
        !sparks_store::newsletter::claim_due(&site.db, now + 3600, 3600)
            .await
            .unwrap(),
        "{b}: once"
    );
}

db_test!(members_propose_feeds_and_staff_see_their_health);
async fn members_propose_feeds_and_staff_see_their_health(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .submit(
            "/submit/feed",
            "/submit/feed",
            &[("initiative", "nope"), ("feed_url", "ftp://x")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let r = m
        .submit(
            "/submit/feed",
            "/submit/feed",
            &[
                ("initiative", "arica"),
                ("feed_url", "https://arica.example.org/feed.xml"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        sparks_store::feeds::health(&site.db)
            .await
            .unwrap()
            .is_empty(),
        "{b}: waits for moderation"
    );
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await;
    assert!(
        queue.text().contains("https://arica.example.org/feed.xml"),
        "{b}"
    );
    let id = queue
        .body
        .split("action=\"/admin/moderation/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    let r = ed
        .submit(
            "/admin/moderation",
            &format!("/admin/moderation/{id}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let feeds = sparks_store::feeds::health(&site.db).await.unwrap();
    assert_eq!(feeds.len(), 1, "{b}");
    assert!(!feeds[0].trusted, "{b}");
    let page = ed.get("/admin/feeds").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(
        page.text().contains("https://arica.example.org/feed.xml"),
        "{b}"
    );
    assert_eq!(
        m.get("/admin/feeds").await.status,
        StatusCode::FORBIDDEN,
        "{b}"
    );
}

db_test!(editors_add_and_unpublish_recommendations);
async fn editors_add_and_unpublish_recommendations(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed
        .submit(
            "/submit/recommendation",
            "/submit/recommendation",
            &[
                ("title", "Fund helplines for people at risk of offending"),
                ("pillar", "prevention"),
                ("text", "Sustained **funding**."),
                ("issuer", "Zeta Network"),
                ("year", "2025"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let loc = location(&r);
    assert!(loc.starts_with("/recommendations#"), "{b}: {loc}");
    let slug = loc.trim_start_matches("/recommendations#").to_owned();
    assert!(
        ed.get("/recommendations")
            .await
            .text()
            .contains("Fund helplines for people at risk"),
        "{b}"
    );
    let edit = format!("/submit/recommendation?slug={slug}");
    let r = ed
        .submit(
            &edit,
            "/submit/recommendation",
            &[("target", &slug), ("action", "unpublish")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(
        !ed.get("/recommendations")
            .await
            .text()
            .contains("Fund helplines for people at risk"),
        "{b}"
    );
}

db_test!(hostile_input_through_the_forms_stays_inert);
/// The XSS and naughty-string corpora through the forms: profile fields, discussion titles
/// and bodies, proposals in the moderation queue and content editors publish. Every page
/// that shows them must stay inert (no script, handler or script URL). A sample in CI; all
/// payloads with `SPARKS_LONG_TESTS=1` (the per-member rate limits then spread the posts
/// over several members).
async fn hostile_input_through_the_forms_stays_inert(site: Site) {
    use crate::common::{corpus, safety};
    let Some(corpora) = corpus::dir_or_skip("hostile_input_through_the_forms_stays_inert") else {
        return;
    };
    let payloads = corpus::sample(&corpus::xss_payloads(&corpora), 20);
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    for (i, chunk) in payloads.chunks(15).enumerate() {
        let mut m = site
            .logged_in(&format!("m{i}@example.org"), Role::Member)
            .await;
        let me = accounts::by_email(&site.db, &format!("m{i}@example.org"))
            .await
            .unwrap()
            .unwrap();
        for p in chunk {
            let p = p.as_str();
            let r = m
                .submit(
                    "/account",
                    "/account",
                    &[
                        ("display_name", p),
                        ("organisation", p),
                        ("expertise", p),
                        ("country", ""),
                        ("public", "organisation"),
                        ("public", "expertise"),
                    ],
                )
                .await;
            assert!(
                r.status == StatusCode::SEE_OTHER || r.status == StatusCode::UNPROCESSABLE_ENTITY,
                "{b}: {p:?}"
            );
            safety::assert_inert(&r.body, &format!("{b}: account form with {p:?}"));
            let profile = m.get(&format!("/members/{}", me.id)).await;
            safety::assert_inert(&profile.body, &format!("{b}: profile with {p:?}"));
            let r = m
                .submit(
                    "/community",
                    "/community/threads",
                    &[("title", p), ("body", p), ("pillar", "general")],
                )
                .await;
            if r.status == StatusCode::SEE_OTHER {
                let t = m.get(&location(&r)).await;
                safety::assert_inert(&t.body, &format!("{b}: thread with {p:?}"));
            } else {
                safety::assert_inert(&r.body, &format!("{b}: thread form with {p:?}"));
            }
            let r = m
                .submit(
                    "/submit/resource",
                    "/submit/resource",
                    &[
                        ("title", p),
                        ("type", "report"),
                        ("summary", p),
                        ("url", "https://example.org/x"),
                    ],
                )
                .await;
            safety::assert_inert(&r.body, &format!("{b}: proposal with {p:?}"));
            let r = ed
                .submit(
                    "/submit/news",
                    "/submit/news",
                    &[
                        ("title", &format!("n {p}")),
                        ("body", p),
                        ("summary", p),
                        ("published", "2026-11-20"),
                    ],
                )
                .await;
            if r.status == StatusCode::SEE_OTHER {
                let page = ed.get(&location(&r)).await;
                safety::assert_inert(&page.body, &format!("{b}: published news with {p:?}"));
            } else {
                safety::assert_inert(&r.body, &format!("{b}: news form with {p:?}"));
            }
        }
    }
    for page in [
        "/community",
        "/admin/moderation",
        "/admin/audit",
        "/news",
        "/account",
    ] {
        let r = ed.get(page).await;
        safety::assert_inert(&r.body, &format!("{b}: {page}"));
    }
}

fn multipart(file: &[u8], filename: &str, label: &str) -> (String, Vec<u8>) {
    let boundary = "sparks-test-boundary";
    let mut body = Vec::new();
    body.extend_from_slice(
        format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"label\"\r\n\r\n{label}\r\n"
        )
        .as_bytes(),
    );
    body.extend_from_slice(format!("--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\nContent-Type: application/octet-stream\r\n\r\n").as_bytes());
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

db_test!(editors_upload_media_pack_graphics_safely);
async fn editors_upload_media_pack_graphics_safely(site: Site) {
    use base64::Engine;
    let png = base64::engine::general_purpose::STANDARD
        .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")
        .unwrap();
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let page = ed.get("/admin/media").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let token = page
        .body
        .split("action=\"/admin/media?")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    let action = format!("/admin/media?{token}");
    assert!(
        action.starts_with("/admin/media?csrf_token="),
        "{b}: {action}"
    );
    let send = |ed: &Visitor, uri: String, file: &[u8], name: &str, origin: Option<&str>| {
        let (ct, body) = multipart(file, name, "Banner for 18 November");
        let mut req = Request::builder()
            .method(Method::POST)
            .uri(uri)
            .header("host", "sparks.example")
            .header("content-type", ct);
        if let Some(c) = &ed.cookie {
            req = req.header("cookie", format!("sparks_session={c}"));
        }
        if let Some(o) = origin {
            req = req.header("origin", o);
        }
        let router = ed.router.clone();
        let req = req.body(Body::from(body)).unwrap();
        async move {
            let r = router.oneshot(req).await.unwrap();
            let status = r.status();
            let body = r.into_body().collect().await.unwrap().to_bytes();
            (status, String::from_utf8_lossy(&body).into_owned())
        }
    };
    // Without the token from the page: 403.
    let (status, _) = send(
        &ed,
        "/admin/media".into(),
        &png,
        "a.png",
        Some("https://sparks.example"),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{b}");
    // An SVG is refused with a reason, in the page.
    let svg = b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>";
    let (status, body) = send(
        &ed,
        action.clone(),
        svg,
        "x.svg",
        Some("https://sparks.example"),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{b}: {body}");
    assert!(body.contains("only PNG, JPEG, GIF and WebP"), "{b}");
    // A PNG is kept under a random name and offered on the media pack.
    let (status, body) = send(
        &ed,
        action.clone(),
        &png,
        "../../etc/passwd.png",
        Some("https://sparks.example"),
    )
    .await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{b}: {body}");
    let pack = site.visitor().get("/media-pack").await;
    assert!(
        pack.text().contains("Banner for 18 November"),
        "{b}: the media pack lists it"
    );
    let href = pack
        .body
        .split("href=\"/uploads/")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(!href.contains("passwd"), "{b}: {href}");
    let file = site.visitor().get(&format!("/uploads/{href}")).await;
    assert_eq!(file.status, StatusCode::OK, "{b}");
    assert!(
        file.headers["content-disposition"]
            .to_str()
            .unwrap()
            .starts_with("attachment"),
        "{b}"
    );
    // Members may not upload.
    let m = site.logged_in("m@example.org", Role::Member).await;
    let (status, _) = send(&m, action, &png, "a.png", Some("https://sparks.example")).await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{b}");
}

db_test!(behind_a_trusted_proxy_rate_limits_count_per_client);
async fn behind_a_trusted_proxy_rate_limits_count_per_client(app: App) {
    let b = app.backend;
    let config = SiteConfig {
        trust_proxy: true,
        ..SiteConfig::default()
    };
    let router =
        sparks_web::router_with_config(app.test_db.db.clone(), Clock::fixed_date(TODAY), config);
    let mut v = Visitor {
        router,
        cookie: None,
    };
    let token = csrf_of(&v.get("/join").await.body);
    let join = |client: &str, n: usize| {
        let mut req = Request::builder()
            .method(Method::POST)
            .uri("/join")
            .header("host", "sparks.example");
        req = req
            .header("content-type", "application/x-www-form-urlencoded")
            .header("x-forwarded-for", format!("203.0.113.250, {client}"));
        req.body(Body::from(encode(&[
            ("csrf_token", &token),
            ("email", &format!("p{n}@example.org")),
            ("display_name", "P"),
            ("password", "short"),
        ])))
        .unwrap()
    };
    for n in 0..10 {
        let r = v
            .router
            .clone()
            .oneshot(join("198.51.100.1", n))
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    }
    let r = v
        .router
        .clone()
        .oneshot(join("198.51.100.1", 11))
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::TOO_MANY_REQUESTS,
        "{b}: the same client is limited"
    );
    let r = v
        .router
        .clone()
        .oneshot(join("198.51.100.2", 12))
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: another client behind the same proxy is not"
    );
}

db_test!(editors_add_figures_and_help_services);
async fn editors_add_figures_and_help_services(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed
        .submit(
            "/submit/statistic",
            "/submit/statistic",
            &[
                ("figure", "Zeta reports received"),
                ("value", "12345"),
                ("year", "2025"),
                ("publisher", "Zeta Hotline"),
                ("source_url", "https://example.org/zeta"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(
        ed.get("/response")
            .await
            .text()
            .contains("Zeta reports received"),
        "{b}"
    );
    let r = ed
        .submit(
            "/submit/helpline",
            "/submit/helpline",
            &[
                ("name", "Zeta Line"),
                ("type", "child-helpline"),
                ("country", "pl"),
                ("phone", "116 111"),
                ("source_url", "https://example.org/zeta-line"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(ed.get("/help").await.text().contains("Zeta Line"), "{b}");
    let r = ed
        .submit(
            "/submit/helpline",
            "/submit/helpline",
            &[
                ("name", "No source"),
                ("type", "child-helpline"),
                ("country", "PL"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.body.contains("href=\"#field-source-url\""),
        "{b}: the error names the field"
    );
}

db_test!(public_discussions_are_found_by_search_members_only_ones_are_not);
async fn public_discussions_are_found_by_search_members_only_ones_are_not(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .submit(
            "/community",
            "/community/threads",
            &[
                ("title", "Quuxwidget moderation practices"),
                ("body", "How do you triage quuxwidget reports?"),
                ("pillar", "detection-investigation"),
            ],
        )
        .await;
    let public = location(&r);
    m.submit(
        "/community",
        "/community/threads",
        &[
            ("title", "Quuxwidget internal notes"),
            ("body", "quuxwidget"),
            ("pillar", "general"),
            ("members_only", "1"),
        ],
    )
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
    let post = t
        .body
        .split("action=\"/community/posts/")
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
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
