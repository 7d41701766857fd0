//! The site as `sparks serve` runs it, on every backend, and a browser with a session cookie
//! that logs in (staff with their TOTP code) and submits forms with their CSRF token.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::accounts::{self, NewUser, Role};
use sparks_web::{Clock, SiteConfig};
use tower::ServiceExt;

use crate::common::{self, Reply, TODAY};

/// The site on one backend, configured as `sparks serve` would be (mailer, public URL).
pub struct Site {
    router: Router,
    db: sparks_store::Db,
    clock: Clock,
    pub backend: &'static str,
    _outbox: tempfile::TempDir,
    _test_db: sparks_store::testing::TestDb,
}

/// The site on SQLite, and on PostgreSQL when `TEST_DATABASE_URL` is set.
pub async fn sites() -> Vec<Site> {
    let mut out = Vec::new();
    for app in common::apps().await {
        let outbox = tempfile::tempdir().unwrap();
        let mailer =
            sparks_mail::Mailer::outbox(outbox.path(), "Sparks <noreply@sparks.invalid>").unwrap();
        let config = SiteConfig {
            mailer: Some(mailer),
            public_url: Some("https://sparks.example".parse().unwrap()),
            ..SiteConfig::default()
        };
        let clock = Clock::fixed_date(TODAY);
        out.push(Site {
            router: sparks_web::router_with_config(app.test_db.db.clone(), clock.clone(), config),
            db: app.test_db.db.clone(),
            clock,
            backend: app.backend,
            _outbox: outbox,
            _test_db: app.test_db,
        });
    }
    out
}

impl Site {
    pub fn visitor(&self) -> Visitor {
        Visitor {
            router: self.router.clone(),
            cookie: None,
        }
    }

    /// A page as an anonymous visitor sees it, checked to answer `status`.
    pub async fn page(&self, uri: &str, status: StatusCode) -> String {
        let r = self.visitor().get(uri).await;
        assert_eq!(r.status, status, "{}: {uri}: {}", self.backend, r.body);
        r.body
    }

    /// A visitor logged in as a new account of `role` (staff through their TOTP code).
    pub async fn logged_in(&self, email: &str, role: Role) -> Visitor {
        let password = "correct horse battery staple";
        let user = NewUser {
            email: email.into(),
            display_name: email.split('@').next().unwrap().into(),
            password_hash: sparks_auth::hash_password(password).unwrap(),
            organisation: "Org".into(),
            country: Some("PL".into()),
            expertise: String::new(),
            role,
            verified: true,
        };
        let id = accounts::create(&self.db, &user, self.clock.unix())
            .await
            .unwrap()
            .unwrap();
        let secret = sparks_auth::totp::new_secret();
        if role.is_staff() {
            accounts::enrol_totp(&self.db, id, &secret, &[])
                .await
                .unwrap();
        }
        let mut v = self.visitor();
        let r = v
            .submit(
                "/login",
                "/login",
                &[("email", email), ("password", password)],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::SEE_OTHER,
            "{}: {}",
            self.backend,
            r.body
        );
        if role.is_staff() {
            let now = u64::try_from(self.clock.unix()).unwrap();
            let code = sparks_auth::totp::code_at(&secret, now).unwrap();
            let r = v
                .submit("/login/code", "/login/code", &[("code", &code)])
                .await;
            assert_eq!(
                r.status,
                StatusCode::SEE_OTHER,
                "{}: {}",
                self.backend,
                r.body
            );
        }
        v
    }
}

/// A browser with one cookie, the session.
pub struct Visitor {
    router: Router,
    cookie: Option<String>,
}

impl Visitor {
    async fn send(&mut self, method: Method, uri: &str, form: Option<String>) -> Reply {
        let mut b = Request::builder()
            .method(method)
            .uri(uri)
            .header("host", "sparks.example");
        if let Some(c) = &self.cookie {
            b = b.header("cookie", format!("sparks_session={c}"));
        }
        let request = match form {
            Some(body) => b
                .header("origin", "https://sparks.example")
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body)),
            None => b.body(Body::empty()),
        };
        let response = self.router.clone().oneshot(request.unwrap()).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        for v in headers.get_all("set-cookie") {
            if let Some(rest) = v.to_str().unwrap().strip_prefix("sparks_session=") {
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

    pub async fn get(&mut self, uri: &str) -> Reply {
        self.send(Method::GET, uri, None).await
    }

    /// Opens `page`, takes its CSRF token and posts `fields` to `action`, as a browser does.
    pub async fn submit(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
        let form = self.get(page).await;
        assert!(form.status.is_success(), "{page}: {}", form.status);
        let marker = "name=\"csrf_token\" value=\"";
        let start = form
            .body
            .find(marker)
            .unwrap_or_else(|| panic!("no CSRF token on {page}"))
            + marker.len();
        let token = form.body[start..].split('"').next().unwrap();
        let mut s = url::form_urlencoded::Serializer::new(String::new());
        s.append_pair("csrf_token", token);
        for (k, v) in fields {
            s.append_pair(k, v);
        }
        self.send(Method::POST, action, Some(s.finish())).await
    }
}

/// A member's proposal of a new initiative, waiting in the queue.
pub async fn propose(site: &Site) {
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let r = ana
        .submit(
            "/submit/initiative",
            "/submit/initiative",
            &[
                ("acronym", "SNAPX"),
                ("title", "Snapshot Example Initiative"),
                ("summary", "Helps **children** online."),
                ("pillars", "prevention"),
                ("programme", "Horizon Europe"),
                ("website", "https://snapx.example.org"),
                ("countries", "PL"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}: {}", site.backend, r.body);
}
