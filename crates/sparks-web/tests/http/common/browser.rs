//! The site as `sparks serve` runs it (mailer into an outbox, uploads, a public address), and
//! a browser with a session cookie that logs in (staff with their TOTP code) and submits
//! forms with their CSRF token. The community tests and the snapshot tests drive both.

use axum::Router;
use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::Backend;
use sparks_store::accounts::{self, NewUser, Role};
use sparks_store::testing::Fixture;
use sparks_web::{Clock, MailSignal, MailWorker, SiteConfig};
use tower::ServiceExt;

use super::{App, Reply, TODAY};

/// The password of every account [`Site::account`] makes.
pub const PASSWORD: &str = "correct horse battery staple";

/// The one recovery code every staff account [`Site::account`] makes may use.
pub const RECOVERY_CODE: &str = "aaaa-bbbb-cccc";

/// The join form filled in badly: an address that is none and a common password.
pub const BAD_JOIN: &[(&str, &str)] = &[
    ("email", "not-an-address"),
    ("display_name", "Ana K"),
    ("password", "password"),
];

/// The address the site answers at; links in emails start with it.
pub const ORIGIN: &str = "https://sparks.example";

/// The session cookie's name on this site: its public address is https, so the cookie is
/// `__Host-` prefixed, and a browser sends it back under that name only.
pub const SESSION_COOKIE: &str = "__Host-sparks_session";

/// One site with an outbox, on one backend.
pub struct Site {
    pub router: Router,
    pub db: sparks_store::Db,
    pub outbox: tempfile::TempDir,
    pub backend: &'static str,
    /// The site's clock: tests move it to let time pass.
    pub clock: Clock,
    /// The site's secret key (second factors are sealed with it).
    pub secret_key: sparks_auth::SecretKey,
    /// Wakes the site's mail worker, as a request that queued a mail does.
    pub mail_signal: MailSignal,
    /// The mail worker, sending queued mail into [`Site::outbox`] as `sparks serve` does;
    /// stopped before the database goes.
    _mail_worker: Running,
    _test_db: sparks_store::testing::TestDb,
}

/// A background task, stopped when dropped.
pub struct Running(tokio::task::JoinHandle<()>);

impl Drop for Running {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// How long a test waits for the mail worker: far longer than it takes, so only a mail
/// that never comes fails the wait.
pub const MAIL_DEADLINE: std::time::Duration = std::time::Duration::from_secs(10);

/// The outbox folder's mailer, as the site uses it.
pub fn outbox_mailer(dir: &std::path::Path) -> sparks_mail::Mailer {
    sparks_mail::Mailer::outbox(dir, "Sparks <noreply@sparks.invalid>").unwrap()
}

/// Starts a mail worker for a site on `db` woken by `signal`; it runs until dropped.
pub fn start_mail_worker(
    db: &sparks_store::Db,
    clock: &Clock,
    mailer: sparks_mail::Mailer,
    signal: &MailSignal,
) -> Running {
    // The sender goes with the closure's future: dropping the task stops the worker too.
    let (stop, stopped) = tokio::sync::watch::channel(false);
    // As `sparks serve` runs it: notifications are turned into mail before each pass.
    let worker = MailWorker::new(db.clone(), clock.clone(), mailer, signal.clone())
        .delivering_notifications(ORIGIN.to_owned());
    Running(tokio::spawn(async move {
        let _stop = stop;
        worker.run(stopped).await;
    }))
}

/// A second server on a [`Site`]'s database, with its own mail worker (delivering
/// notifications too) and outbox folder, as a second `sparks serve` would be.
pub struct SecondServer {
    pub router: Router,
    pub outbox: tempfile::TempDir,
    pub mail_signal: MailSignal,
    _mail_worker: Running,
}

impl SecondServer {
    /// A browser with no cookie yet, on this server.
    pub fn visitor(&self) -> Visitor {
        Visitor {
            router: self.router.clone(),
            cookie: None,
        }
    }
}

/// What `db_test!` gives a test that takes a [`Site`]: the seeded site on that backend.
impl Fixture for Site {
    async fn on(backend: Backend) -> Self {
        site(App::on(backend).await)
    }
}

/// The site on SQLite, and on PostgreSQL when `TEST_DATABASE_URL` is set, for tests that
/// compare the backends.
pub async fn sites() -> Vec<Site> {
    super::apps().await.into_iter().map(site).collect()
}

/// The seeded application with an outbox, uploads and a public address, on `app`'s backend.
pub fn site(app: App) -> Site {
    let outbox = tempfile::tempdir().unwrap();
    let mailer = outbox_mailer(outbox.path());
    site_with_mailer(app, outbox, mailer)
}

/// [`site`] sending its mail through `mailer`; `outbox` is where [`Site::emails`] looks.
pub fn site_with_mailer(app: App, outbox: tempfile::TempDir, mailer: sparks_mail::Mailer) -> Site {
    let uploads = sparks_uploads::LocalDir::new(outbox.path().join("uploads"));
    let secret_key = sparks_auth::SecretKey::generate();
    let mail_signal = MailSignal::default();
    let config = SiteConfig {
        uploads: Some(std::sync::Arc::new(uploads)),
        mailer: Some(mailer.clone()),
        mail_signal: mail_signal.clone(),
        public_url: Some(ORIGIN.parse().unwrap()),
        secret_key: Some(secret_key.clone()),
        ..SiteConfig::default()
    };
    let clock = Clock::fixed_date(TODAY);
    let db = &app.test_db.db;
    Site {
        secret_key,
        router: sparks_web::router_with_config(db.clone(), clock.clone(), config),
        _mail_worker: start_mail_worker(db, &clock, mailer, &mail_signal),
        mail_signal,
        clock,
        db: app.test_db.db.clone(),
        outbox,
        backend: app.backend,
        _test_db: app.test_db,
    }
}

impl Site {
    /// A browser with no cookie yet.
    pub fn visitor(&self) -> Visitor {
        Visitor {
            router: self.router.clone(),
            cookie: None,
        }
    }

    /// A second server on this site's database (see [`SecondServer`]).
    pub fn second_server(&self) -> SecondServer {
        let outbox = tempfile::tempdir().unwrap();
        let mail_signal = MailSignal::default();
        let router = sparks_web::router_with_config(
            self.db.clone(),
            self.clock.clone(),
            SiteConfig {
                mailer: Some(outbox_mailer(outbox.path())),
                mail_signal: mail_signal.clone(),
                public_url: Some(ORIGIN.parse().unwrap()),
                ..SiteConfig::default()
            },
        );
        let worker = start_mail_worker(
            &self.db,
            &self.clock,
            outbox_mailer(outbox.path()),
            &mail_signal,
        );
        SecondServer {
            router,
            outbox,
            mail_signal,
            _mail_worker: worker,
        }
    }

    /// A page as an anonymous visitor sees it, checked to answer `status`.
    pub async fn page(&self, uri: &str, status: StatusCode) -> String {
        let r = self.visitor().get(uri).await;
        assert_eq!(r.status, status, "{}: {uri}: {}", self.backend, r.body);
        r.body
    }

    /// Waits until the mail worker has sent every mail queued so far (none waits in the
    /// database, and no notification waits to be turned into mail), failing after
    /// [`MAIL_DEADLINE`].
    pub async fn mail_delivered(&self) {
        let start = std::time::Instant::now();
        loop {
            // Notifications first: settling one queues its mail in the same transaction.
            let settled = sparks_store::notifications::pending(&self.db, 1)
                .await
                .unwrap()
                .is_empty();
            let depth = sparks_store::outbox::depth(&self.db).await.unwrap();
            if settled && depth.waiting == 0 {
                return;
            }
            assert!(
                start.elapsed() < MAIL_DEADLINE,
                "{}: {} mails still queued after {MAIL_DEADLINE:?}",
                self.backend,
                depth.waiting
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Waits until at least `count` emails to `to` are in the outbox folder (polling it),
    /// failing after [`MAIL_DEADLINE`]; returns them, oldest first.
    pub async fn wait_for_emails_to(&self, to: &str, count: usize) -> Vec<String> {
        let start = std::time::Instant::now();
        loop {
            let mails = self.sent_emails_to(to);
            if mails.len() >= count {
                return mails;
            }
            assert!(
                start.elapsed() < MAIL_DEADLINE,
                "{}: {} of {count} emails to {to} after {MAIL_DEADLINE:?}",
                self.backend,
                mails.len()
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Every email in the outbox folder now, oldest first.
    pub fn sent_emails(&self) -> Vec<String> {
        emails_in(self.outbox.path())
    }

    /// The emails sent to `to`, oldest first, once the queue is sent.
    pub async fn emails_to(&self, to: &str) -> Vec<String> {
        self.mail_delivered().await;
        self.sent_emails_to(to)
    }

    /// The emails in the outbox folder to `to` now, oldest first.
    pub fn sent_emails_to(&self, to: &str) -> Vec<String> {
        self.sent_emails()
            .into_iter()
            .filter(|m| m.contains(&format!("To: {to}")))
            .collect()
    }

    /// The path of the link starting with `prefix` (after [`ORIGIN`]) in the latest email to
    /// `to`, once the queue is sent.
    pub async fn link_to(&self, to: &str, prefix: &str) -> String {
        let mail = self.emails_to(to).await.pop().unwrap();
        link_in(&mail, &format!("{ORIGIN}{prefix}"))
            .trim_start_matches(ORIGIN)
            .to_owned()
    }

    /// An account made directly in the store with [`PASSWORD`]; staff get a TOTP secret
    /// (returned) and the recovery code [`RECOVERY_CODE`].
    pub async fn account(&self, email: &str, role: Role) -> Option<String> {
        let hash = sparks_auth::hash_password(PASSWORD).unwrap();
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
                &self.secret_key,
                id,
                &secret,
                &[sparks_auth::hash_token(RECOVERY_CODE)],
            )
            .await
            .unwrap();
            Some(secret)
        } else {
            None
        }
    }

    /// The TOTP code of `secret` at the site's time.
    pub fn totp_code(&self, secret: &str) -> String {
        let now = u64::try_from(self.clock.unix()).unwrap();
        sparks_auth::totp::code_at(secret, now).unwrap()
    }

    /// A visitor logged in as a new account of `role` (staff through their TOTP code).
    pub async fn logged_in(&self, email: &str, role: Role) -> Visitor {
        let secret = self.account(email, role).await;
        let mut v = self.visitor();
        let r = v.log_in(email, PASSWORD).await;
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
            let r = v.enter_code(&self.totp_code(&secret)).await;
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

/// A browser with a cookie jar (one cookie: the session, [`SESSION_COOKIE`]).
#[derive(Clone)]
pub struct Visitor {
    pub router: Router,
    pub cookie: Option<String>,
}

impl Visitor {
    /// Sends a request with the session cookie (and `origin`, if any), keeping the cookie the
    /// answer sets.
    pub async fn send(
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
            b = b.header("cookie", format!("{SESSION_COOKIE}={c}"));
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
            if let Some(rest) = v.strip_prefix(&format!("{SESSION_COOKIE}=")) {
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
        self.send(Method::GET, uri, None, None).await
    }

    /// Opens `page`, takes its CSRF token and posts `fields` to `action`, as a browser does.
    pub async fn submit(&mut self, page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
        let form = self.get(page).await;
        assert!(form.status.is_success(), "{page}: {}", form.status);
        let token = csrf_of(&form.body);
        let mut all = vec![("csrf_token", token.as_str())];
        all.extend_from_slice(fields);
        self.send(Method::POST, action, Some(encode(&all)), Some(ORIGIN))
            .await
    }

    /// Fills in the form at `path`, which posts back to `path`.
    pub async fn fill(&mut self, path: &str, fields: &[(&str, &str)]) -> Reply {
        self.submit(path, path, fields).await
    }

    /// Sends the login form.
    pub async fn log_in(&mut self, email: &str, password: &str) -> Reply {
        self.fill("/login", &[("email", email), ("password", password)])
            .await
    }

    /// Sends a TOTP or recovery code, the second step of a staff login.
    pub async fn enter_code(&mut self, code: &str) -> Reply {
        self.fill("/login/code", &[("code", code)]).await
    }

    /// Opens a discussion thread from the community page; the answer redirects to it.
    pub async fn start_thread(&mut self, fields: &[(&str, &str)]) -> Reply {
        self.submit("/community", "/community/threads", fields)
            .await
    }

    /// Opens the moderation queue and decides its first item with `fields`.
    pub async fn decide_first(&mut self, fields: &[(&str, &str)]) -> Reply {
        let queue = self.get("/admin/moderation").await;
        let id = value_after(&queue.body, "action=\"/admin/moderation/", '"');
        self.submit(
            "/admin/moderation",
            &format!("/admin/moderation/{id}"),
            fields,
        )
        .await
    }

    /// Approves the first item in the moderation queue.
    pub async fn approve_first(&mut self) -> Reply {
        self.decide_first(&[("decision", "approve")]).await
    }
}

/// Every email in the outbox folder `dir`, oldest first, decoded enough to read links.
pub fn emails_in(dir: &std::path::Path) -> Vec<String> {
    let Ok(dir) = std::fs::read_dir(dir) else {
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

/// Where a redirect points, or "".
pub fn location(r: &Reply) -> String {
    r.headers
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_owned()
}

/// The CSRF token of the first form on `page`.
pub fn csrf_of(page: &str) -> String {
    value_after(page, "name=\"csrf_token\" value=\"", '"')
}

/// The text after the first `marker` in `page`, up to `end`: an id in a form's action, a
/// token in an attribute.
pub fn value_after(page: &str, marker: &str, end: char) -> String {
    let start = page
        .find(marker)
        .unwrap_or_else(|| panic!("no {marker} in {page}"))
        + marker.len();
    page[start..].split(end).next().unwrap().to_owned()
}

/// `fields` as a form body.
pub fn encode(fields: &[(&str, &str)]) -> String {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        s.append_pair(k, v);
    }
    s.finish()
}

/// The link starting with `prefix` in `mail`.
pub fn link_in(mail: &str, prefix: &str) -> String {
    let start = mail
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in {mail}"));
    mail[start..].split_whitespace().next().unwrap().to_owned()
}

/// The `token` parameter of a link's path.
pub fn token_in(path: &str) -> &str {
    path.split("token=").nth(1).unwrap()
}
