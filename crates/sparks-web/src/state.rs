//! What every handler can reach: [`AppState`] (the database, the clock, caches and the
//! site's settings) and [`SiteConfig`], the settings that are not in the database.

use std::sync::Arc;

use sparks_store::search::SearchIndex;
use sparks_store::versions;
use sparks_store::{Db, DirectoryIndex, StoreError};
use time::Date;

pub use sparks_core::Clock;

use crate::WebError;
use crate::serve::{cache, fresh, hardening, warm};

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub(crate) struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    clock: Clock,
    openapi_json: String,
    versions: fresh::VersionReader,
    directory: fresh::Held<DirectoryIndex>,
    search: fresh::Held<SearchIndex>,
    page_cache: cache::PageCache,
    warmth: warm::Warmth,
    config: SiteConfig,
    csrf_key: tokio::sync::OnceCell<sparks_auth::CsrfKey>,
    secret_key: sparks_auth::SecretKey,
}

/// Settings of a site that are not in the database.
#[derive(Debug, Clone, Default)]
pub struct SiteConfig {
    /// Donation channels shown on `/support`, as (name, URL).
    pub support_links: Vec<sparks_views::Link>,
    /// Supporters who agreed to be listed on `/support`, each with an optional website.
    pub supporters: Vec<sparks_views::Supporter>,
    /// The site's public address (`SPARKS_PUBLIC_URL`), for the absolute links of feeds and
    /// the sitemap (without it they come from the request's `Host`, and are never cached)
    /// and the host in calendar UIDs (without it a constant, never `Host`).
    pub public_url: Option<url::Url>,
    /// How to tell that a request came over TLS (for HSTS).
    pub tls: hardening::TlsPolicy,
    /// The largest request body accepted, in bytes; `None` means
    /// [`hardening::DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: Option<usize>,
    /// Where processed uploads are kept (served at `/uploads/{name}`); none: no uploads.
    pub uploads: Option<Arc<dyn sparks_uploads::ObjectStore>>,
    /// Where emails go; without one they are logged as not sent.
    pub mailer: Option<sparks_mail::Mailer>,
    /// Wakes the [`crate::MailWorker`] sending this site's queued mail (whoever runs the site
    /// starts one with the same signal, as `sparks serve` does).
    pub mail_signal: crate::MailSignal,
    /// A reverse proxy in front sets `X-Forwarded-For` (`SPARKS_TRUST_PROXY`): rate limits
    /// then count per client address it reports, not per proxy.
    pub trust_proxy: bool,
    /// Where the quick-exit link of every page leads (`SPARKS_QUICK_EXIT_URL`); `None`: the
    /// neutral [`sparks_views::QUICK_EXIT_URL`].
    pub quick_exit_url: Option<url::Url>,
    /// The site's secret key (`SPARKS_SECRET_KEY_FILE`), which seals second factors at rest.
    /// `None` (tests): a random key for this process only, so second factors enrolled
    /// through it do not survive a restart.
    pub secret_key: Option<sparks_auth::SecretKey>,
    /// The site's name (`SPARKS_SITE_NAME`) in the header, titles, emails and feeds; `None`:
    /// [`SiteConfig::DEFAULT_SITE_NAME`].
    pub site_name: Option<String>,
    /// The site's slogan (`SPARKS_SLOGAN`) under its name; `None`: the translated default.
    pub slogan: Option<String>,
    /// Where `/contact` messages go (`SPARKS_CONTACT_EMAIL`); `None`: every admin's address.
    /// Never shown on a page.
    pub contact_email: Option<String>,
    /// Hours between the newsletter digests `serve` sends (0: the server sends none), as the
    /// privacy notice tells subscribers.
    pub digest_interval_hours: u64,
    /// Uploads live in an S3-compatible bucket rather than in the data directory (for the
    /// privacy notice).
    pub uploads_in_bucket: bool,
    /// Build the indexes (and the matches of common search terms) in the background at
    /// start, and let `/readyz` say not ready until they are built (`sparks serve` does;
    /// tests leave it off and build them on first use).
    pub warm_up: bool,
}

impl SiteConfig {
    /// The neutral site quick exit leads to unless [`SiteConfig::quick_exit_url`] says
    /// otherwise (the default of `SPARKS_QUICK_EXIT_URL`).
    pub const DEFAULT_QUICK_EXIT_URL: &str = sparks_views::QUICK_EXIT_URL;

    /// The site's name unless `SPARKS_SITE_NAME` says otherwise.
    pub const DEFAULT_SITE_NAME: &str = sparks_views::DEFAULT_SITE_NAME;

    /// The site's name: the configured one or [`SiteConfig::DEFAULT_SITE_NAME`].
    pub fn site_name(&self) -> &str {
        self.site_name
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .unwrap_or(Self::DEFAULT_SITE_NAME)
    }

    /// The configured slogan, if any (blank counts as none).
    pub fn slogan(&self) -> Option<&str> {
        self.slogan
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// Where the quick-exit link leads: the configured address or the neutral default.
    pub fn quick_exit(&self) -> &str {
        self.quick_exit_url
            .as_ref()
            .map_or(Self::DEFAULT_QUICK_EXIT_URL, url::Url::as_str)
    }

    /// Parses `Name|https://url;Other|https://url2` (the format of `SPARKS_SUPPORT_LINKS`).
    /// Only absolute http(s) URLs are accepted; a bad entry is an error naming it.
    pub fn parse_support_links(text: &str) -> Result<Vec<sparks_views::Link>, String> {
        text.split(';')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|entry| {
                let (name, url) = entry
                    .split_once('|')
                    .ok_or_else(|| format!("{entry:?}: expected Name|https://address"))?;
                let url = sparks_core::initiative::parse_web_url(url)?;
                let name = name.trim();
                if name.is_empty() {
                    return Err(format!("{entry:?}: the name is missing"));
                }
                Ok(sparks_views::Link {
                    label: name.to_owned(),
                    href: url.to_string(),
                })
            })
            .collect()
    }
}

impl SiteConfig {
    /// Parses `Name|https://url;Name without a site` (the format of `SPARKS_SUPPORTERS`):
    /// the address is optional, and when given it must be an absolute http(s) URL.
    pub fn parse_supporters(text: &str) -> Result<Vec<sparks_views::Supporter>, String> {
        text.split(';')
            .map(str::trim)
            .filter(|e| !e.is_empty())
            .map(|entry| {
                let (name, url) = match entry.split_once('|') {
                    Some((name, url)) => (name.trim(), Some(url)),
                    None => (entry, None),
                };
                if name.is_empty() {
                    return Err(format!("{entry:?}: the name is missing"));
                }
                let href = url
                    .map(|u| sparks_core::initiative::parse_web_url(u).map(|u| u.to_string()))
                    .transpose()?;
                Ok(sparks_views::Supporter {
                    name: name.to_owned(),
                    href,
                })
            })
            .collect()
    }
}

impl AppState {
    /// The state of one application: its database, clock, settings and the API's OpenAPI
    /// document (rendered once, served at `/api/v1/openapi.json`).
    pub(crate) fn new(db: Db, clock: Clock, config: SiteConfig, openapi_json: String) -> Self {
        // On PostgreSQL, learn about writes from the database's notifications instead of a
        // query per request (see `crate::serve::fresh`).
        db.listen_for_changes();
        let warm_up = config.warm_up;
        let state = AppState {
            inner: Arc::new(Inner {
                db,
                clock,
                openapi_json,
                versions: fresh::VersionReader::default(),
                directory: fresh::Held::default(),
                search: fresh::Held::default(),
                page_cache: cache::PageCache::default(),
                warmth: warm::Warmth::new(warm_up),
                csrf_key: tokio::sync::OnceCell::new(),
                secret_key: config
                    .secret_key
                    .clone()
                    .unwrap_or_else(sparks_auth::SecretKey::generate),
                config,
            }),
        };
        if warm_up && let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(warm::warm_up(state.clone()));
        }
        state
    }

    /// Whether the start-up warm-up has finished (see [`crate::serve::warm`]).
    pub(crate) fn warmth(&self) -> &warm::Warmth {
        &self.inner.warmth
    }

    /// The OpenAPI document of the JSON API, as JSON.
    pub(crate) fn openapi_json(&self) -> &str {
        &self.inner.openapi_json
    }

    /// The base of links in emails: the public address, else the local default.
    pub fn link_base(&self) -> String {
        self.public_url()
            .map_or("http://127.0.0.1:8080", url::Url::as_str)
            .trim_end_matches('/')
            .to_owned()
    }

    /// How the server learns that a request came over TLS (for HSTS).
    pub(crate) fn tls_policy(&self) -> crate::serve::hardening::TlsPolicy {
        self.inner.config.tls
    }

    /// Whether the proxy's `X-Forwarded-For` names the client.
    pub fn trust_proxy(&self) -> bool {
        self.inner.config.trust_proxy
    }

    /// Whether cookies must be `Secure` (the site is served over TLS).
    pub fn secure_cookies(&self) -> bool {
        self.public_url().is_some_and(|u| u.scheme() == "https")
    }

    /// Queues an email for the mail worker and wakes it: one `INSERT`, so the answer never
    /// waits for the mail server (nor tells by its timing whether a mail was due). A failure
    /// is logged, not shown: the visitor's action has been saved either way.
    ///
    /// Without a mailer nothing is queued and a warning is logged, as before the queue: this
    /// server runs no worker then, and a row holding an address should not wait for nobody.
    pub async fn send_mail(&self, email: sparks_mail::Email) {
        if self.inner.config.mailer.is_none() {
            tracing::warn!("no mailer configured: an email was not sent");
            return;
        }
        let now = sparks_store::jobs::stamp(self.clock().now());
        // Signed with the site's name and address (a standard "-- " signature separator),
        // so a reader knows which site wrote, whatever the operator named it.
        let body = format!(
            "{}\n\n-- \n{}\n{}\n",
            email.body.trim_end(),
            self.site_name(),
            self.link_base()
        );
        let queued = sparks_store::outbox::enqueue(
            self.db(),
            &email.to,
            &email.subject,
            &body,
            &email.headers,
            &now,
        )
        .await;
        match queued {
            Ok(_) => self.inner.config.mail_signal.wake(),
            Err(e) => tracing::error!(error = %e, "could not queue an email"),
        }
    }

    /// Wakes this server's mail worker, which also delivers new notifications (a request
    /// that stored one calls this, as [`AppState::send_mail`] does after queueing a mail).
    pub fn wake_mail_worker(&self) {
        self.inner.config.mail_signal.wake();
    }

    /// The CSRF key shared by every server (kept in the database).
    pub async fn csrf_key(&self) -> Result<sparks_auth::CsrfKey, WebError> {
        self.inner
            .csrf_key
            .get_or_try_init(|| async {
                let fresh = sparks_auth::random_token();
                let value =
                    sparks_store::accounts::shared_secret(self.db(), "csrf", &fresh).await?;
                Ok::<_, WebError>(sparks_auth::CsrfKey::new(value.into_bytes()))
            })
            .await
            .cloned()
    }

    /// The site's secret key, which seals second factors at rest.
    pub fn secret_key(&self) -> &sparks_auth::SecretKey {
        &self.inner.secret_key
    }

    /// The site's name (`SPARKS_SITE_NAME`, default "Sparks").
    pub fn site_name(&self) -> &str {
        self.inner.config.site_name()
    }

    /// The site's slogan (`SPARKS_SLOGAN`); `None`: pages show the translated default.
    pub fn slogan(&self) -> Option<&str> {
        self.inner.config.slogan()
    }

    /// The settings of the site, for pages that describe them (the privacy notice).
    pub fn config(&self) -> &SiteConfig {
        &self.inner.config
    }

    /// Supporters listed on `/support`.
    pub fn supporters(&self) -> &[sparks_views::Supporter] {
        &self.inner.config.supporters
    }

    /// Where the quick-exit link of every page leads.
    pub fn quick_exit(&self) -> &str {
        self.inner.config.quick_exit()
    }

    /// The site's public address, when configured.
    pub fn public_url(&self) -> Option<&url::Url> {
        self.inner.config.public_url.as_ref()
    }

    /// The store of processed uploads, if one is configured.
    pub fn uploads(&self) -> Option<&Arc<dyn sparks_uploads::ObjectStore>> {
        self.inner.config.uploads.as_ref()
    }

    /// The database.
    pub fn db(&self) -> &Db {
        &self.inner.db
    }

    /// The donation channels configured for `/support`.
    pub fn support_links(&self) -> &[sparks_views::Link] {
        &self.inner.config.support_links
    }

    /// This server's cache of rendered pages.
    pub(crate) fn page_cache(&self) -> &cache::PageCache {
        &self.inner.page_cache
    }

    /// Today's date, from the configured clock.
    pub fn today(&self) -> Date {
        self.inner.clock.today()
    }

    /// The one clock every handler reads the time from (see [`Clock`]).
    pub fn clock(&self) -> &Clock {
        &self.inner.clock
    }

    /// The data versions as of a moment after this call began (see [`crate::serve::fresh`]).
    pub async fn versions(&self) -> Result<versions::Snapshot, StoreError> {
        self.inner.versions.read(self.db()).await
    }

    /// The directory index at the database's current version: the one held, unless a
    /// write (through this server or another) has happened since, then a fresh one.
    pub async fn directory(&self) -> Result<Arc<DirectoryIndex>, StoreError> {
        let version = self.versions().await?.initiatives;
        self.inner
            .directory
            .at(version, |stale| async move {
                let alone = match stale {
                    Some(stale) => fresh::sole(stale).await,
                    None => None,
                };
                if let Some(mut index) = alone {
                    if index.advance(self.db()).await? {
                        return Ok(index);
                    }
                    // Let the stale index go before its successor loads.
                    drop(index);
                }
                DirectoryIndex::load(self.db()).await
            })
            .await
    }

    /// The in-memory side of search at the database's current content version: the one
    /// held, brought up to date with the documents written since when that is possible (a
    /// write changes a few), else a fresh one.
    pub async fn search_index(&self) -> Result<Arc<SearchIndex>, StoreError> {
        let version = self.versions().await?.content;
        self.inner
            .search
            .at(version, |stale| async move {
                if let Some(stale) = stale {
                    if let Some(next) = stale.advance(self.db()).await? {
                        return Ok(next);
                    }
                    drop(stale);
                }
                SearchIndex::load(self.db()).await
            })
            .await
    }
}
