//! Issue #4 over HTTP, as a browser would use it: join with email confirmation, log in (with
//! TOTP for staff), propose, moderate, discuss, export and erase; CSRF, Origin and rate
//! limits; every route × role; and no pending item visible anywhere public. On SQLite and
//! PostgreSQL, each test twice (`NAME::sqlite`, `NAME::postgres`).
//!
//! By area: `members` (join, export and erasure, reset, sessions), `moderation`,
//! `discussions`, `newsletter`, `content` (feeds, recommendations, media, figures) and
//! `security` (CSRF, Origin, rate limits, roles, hostile input). This file holds the site on
//! one backend and a visitor with a cookie jar that the areas share.

mod content;
mod discussions;
mod members;
mod moderation;
mod newsletter;
mod security;

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::Backend;
use sparks_store::accounts::{self, NewUser, Role};
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
