//! The Sparks HTTP layer.
//!
//! [`router`] builds the whole application: server-rendered pages, the JSON API (whose
//! routes and OpenAPI entries are registered together in [`api`]), operations endpoints and
//! static assets, wrapped in the middleware every response goes through (errors rendered by
//! surface, security headers, compression, metrics and one log line per request).

mod account;
mod admin;
mod api;
mod auth;
mod error;
mod pages;
mod present;
mod query;
mod serve;

pub use pages::newsletter;
pub use serve::{hardening, uploads};

use std::sync::Arc;

use axum::Router;
use axum::routing::{MethodRouter, get, post};
use sparks_store::search::SearchIndex;
use sparks_store::versions;
use sparks_store::{Db, DirectoryIndex, StoreError};
use time::Date;

pub use error::WebError;

pub use sparks_core::Clock;

/// What every handler can reach. Cheap to clone.
#[derive(Clone)]
pub struct AppState {
    inner: Arc<Inner>,
}

struct Inner {
    db: Db,
    clock: Clock,
    openapi_json: String,
    versions: serve::fresh::VersionReader,
    directory: serve::fresh::Held<DirectoryIndex>,
    search: serve::fresh::Held<SearchIndex>,
    page_cache: serve::cache::PageCache,
    config: SiteConfig,
    csrf_key: tokio::sync::OnceCell<sparks_auth::CsrfKey>,
}

/// Settings of a site that are not in the database.
#[derive(Debug, Clone, Default)]
pub struct SiteConfig {
    /// Donation channels shown on `/support`, as (name, URL).
    pub support_links: Vec<sparks_views::Link>,
    /// Supporters who agreed to be listed on `/support`, each with an optional website.
    pub supporters: Vec<sparks_views::Supporter>,
    /// The site's public address (`SPARKS_PUBLIC_URL`), for the absolute links of feeds and
    /// the sitemap; without it they come from the request's `Host`.
    pub public_url: Option<url::Url>,
    /// How to tell that a request came over TLS (for HSTS).
    pub tls: serve::hardening::TlsPolicy,
    /// The largest request body accepted, in bytes; `None` means
    /// [`serve::hardening::DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: Option<usize>,
    /// Where processed uploads are kept (served at `/uploads/{name}`); none: no uploads.
    pub uploads: Option<Arc<dyn sparks_uploads::ObjectStore>>,
    /// Where emails go; without one they are logged as not sent.
    pub mailer: Option<sparks_mail::Mailer>,
    /// A reverse proxy in front sets `X-Forwarded-For` (`SPARKS_TRUST_PROXY`): rate limits
    /// then count per client address it reports, not per proxy.
    pub trust_proxy: bool,
}

impl SiteConfig {
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
    /// The base of links in emails: the public address, else the local default.
    pub fn link_base(&self) -> String {
        self.public_url()
            .map_or("http://127.0.0.1:8080", url::Url::as_str)
            .trim_end_matches('/')
            .to_owned()
    }

    /// Whether the proxy's `X-Forwarded-For` names the client.
    pub fn trust_proxy(&self) -> bool {
        self.inner.config.trust_proxy
    }

    /// Whether cookies must be `Secure` (the site is served over TLS).
    pub fn secure_cookies(&self) -> bool {
        self.public_url().is_some_and(|u| u.scheme() == "https")
    }

    /// Sends an email, or logs that none is configured. A failure is logged, not shown:
    /// the visitor's action has been saved either way.
    pub async fn send_mail(&self, email: sparks_mail::Email) {
        match &self.inner.config.mailer {
            Some(mailer) => {
                if let Err(e) = mailer.send(email).await {
                    tracing::error!(error = %e, "could not send an email");
                }
            }
            None => tracing::warn!("no mailer configured: an email was not sent"),
        }
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

    /// Supporters listed on `/support`.
    pub fn supporters(&self) -> &[sparks_views::Supporter] {
        &self.inner.config.supporters
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
    fn page_cache(&self) -> &serve::cache::PageCache {
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

    /// The data versions as of a moment after this call began (see [`fresh`]).
    pub async fn versions(&self) -> Result<versions::Snapshot, StoreError> {
        self.inner.versions.read(self.db()).await
    }

    /// The directory index at the database's current version: the one held, unless a
    /// write (through this server or another) has happened since, then a fresh one.
    pub async fn directory(&self) -> Result<Arc<DirectoryIndex>, StoreError> {
        let version = self.versions().await?.initiatives;
        self.inner
            .directory
            .at(version, || DirectoryIndex::load(self.db()))
            .await
    }

    /// The in-memory side of search at the database's current content version.
    pub async fn search_index(&self) -> Result<Arc<SearchIndex>, StoreError> {
        let version = self.versions().await?.content;
        self.inner
            .search
            .at(version, || SearchIndex::load(self.db()))
            .await
    }
}

/// Builds the application for a database and a clock, with no site settings.
pub fn router(db: Db, clock: Clock) -> Router {
    router_with_config(db, clock, SiteConfig::default())
}

/// Builds the application for a database, a clock and site settings.
pub fn router_with_config(db: Db, clock: Clock, config: SiteConfig) -> Router {
    let (api_routes, openapi) = api::routes().split_for_parts();
    let tls = config.tls;
    let max_body = config
        .max_body_bytes
        .unwrap_or(serve::hardening::DEFAULT_MAX_BODY_BYTES);
    let openapi_json = openapi.to_pretty_json().unwrap_or_else(|_| "{}".to_owned());
    let state = AppState {
        inner: Arc::new(Inner {
            db,
            clock,
            openapi_json,
            versions: serve::fresh::VersionReader::default(),
            directory: serve::fresh::Held::default(),
            search: serve::fresh::Held::default(),
            config,
            page_cache: serve::cache::PageCache::default(),
            csrf_key: tokio::sync::OnceCell::new(),
        }),
    };
    // The CSRF and Origin guard runs on the routes that change something, and only for the
    // methods they accept: a POST to a page that takes none is still a plain 405.
    let guard_state = state.clone();
    let guard = move |routes: MethodRouter<AppState>| {
        routes.route_layer(axum::middleware::from_fn_with_state(
            guard_state.clone(),
            auth::protect_forms,
        ))
    };
    Router::new()
        .route("/", get(pages::initiatives::home))
        .route("/initiatives", get(pages::initiatives::list_initiatives))
        .route(
            "/initiatives/similar",
            get(pages::discovery::similar_initiatives),
        )
        .route(
            "/initiatives/{slug}",
            get(pages::initiatives::show_initiative),
        )
        .route("/search", get(pages::discovery::search_page))
        .route("/landscape", get(pages::discovery::show_landscape))
        .route("/landscape.csv", get(pages::discovery::landscape_csv))
        .route("/pillars/{slug}", get(pages::initiatives::show_pillar))
        .route("/about", get(pages::initiatives::about))
        .route("/help", get(pages::reference::help))
        .route("/resources", get(pages::resources::list_resources))
        .route("/resources/{slug}", get(pages::resources::show_resource))
        .route("/news", get(pages::news::list_news))
        .route("/news/{slug}", get(pages::news::show_news))
        .route("/events", get(pages::events::list_events))
        .route("/events.ics", get(pages::events::calendar_feed))
        .route("/events/{slug}", get(pages::events::show_event))
        .route("/recommendations", get(pages::reference::recommendations))
        .route("/response", get(pages::reference::response))
        .route("/response.csv", get(pages::reference::response_csv))
        .route("/response/{file}", get(pages::reference::series_csv))
        .route("/media-pack", get(pages::reference::media_pack))
        .route("/support", get(pages::reference::support))
        .route("/join", guard(get(account::join_page).post(account::join)))
        .route("/join/sent", get(account::join_sent))
        .route(
            "/verify",
            guard(get(account::verify_page).post(account::verify)),
        )
        .route(
            "/login",
            guard(get(account::login_page).post(account::login)),
        )
        .route(
            "/login/code",
            guard(get(account::code_page).post(account::code)),
        )
        .route("/logout", guard(post(account::logout)))
        .route(
            "/reset",
            guard(get(account::reset_page).post(account::reset)),
        )
        .route(
            "/reset/new",
            guard(get(account::new_password_page).post(account::new_password)),
        )
        .route(
            "/account",
            guard(get(account::account_page).post(account::save_account)),
        )
        .route("/account/password", guard(post(account::change_password)))
        .route("/account/export", get(account::export))
        .route(
            "/account/delete",
            guard(get(account::delete_page).post(account::delete)),
        )
        .route("/members/{id}", get(account::member_profile))
        .route(
            "/submit/{kind}",
            guard(get(pages::submit::submit_page).post(pages::submit::submit)),
        )
        .route("/admin", get(admin::admin_home))
        .route("/admin/moderation", get(admin::moderation))
        .route("/admin/moderation/{id}", guard(post(admin::decide)))
        .route("/admin/reports/{id}", guard(post(admin::decide_report)))
        .route("/admin/users", get(admin::users))
        .route("/admin/users/{id}", guard(post(admin::set_role)))
        .route(
            "/admin/users/{id}/initiatives",
            guard(post(admin::link_initiative)),
        )
        .route("/admin/audit", get(admin::audit))
        .route("/admin/feeds", get(pages::feeds::health))
        .route(
            "/admin/media",
            guard(get(admin::media::media_page).post(admin::media::upload)),
        )
        .route(
            "/submit/feed",
            guard(get(pages::feeds::submit_page).post(pages::feeds::submit)),
        )
        .route("/admin/audit/{id}/restore", guard(post(admin::restore)))
        .route(
            "/newsletter",
            guard(get(pages::newsletter::page).post(pages::newsletter::subscribe)),
        )
        .route(
            "/newsletter/confirm",
            guard(get(pages::newsletter::confirm_page).post(pages::newsletter::confirm)),
        )
        // Not guarded: one-click unsubscribe comes from mail clients, with the signed link
        // as its proof (RFC 8058).
        .route(
            "/newsletter/unsubscribe",
            get(pages::newsletter::unsubscribe_page).post(pages::newsletter::unsubscribe),
        )
        .route("/community", get(pages::community::community))
        .route(
            "/community/threads",
            guard(post(pages::community::create_thread)),
        )
        .route(
            "/community/threads/{id}",
            get(pages::community::show_thread),
        )
        .route(
            "/community/threads/{id}/replies",
            guard(post(pages::community::reply)),
        )
        .route(
            "/community/threads/{id}/lock",
            guard(post(pages::community::lock_thread)),
        )
        .route(
            "/community/posts/{id}/report",
            guard(post(pages::community::report)),
        )
        .route(
            "/community/posts/{id}/hide",
            guard(post(pages::community::hide_post)),
        )
        .route("/healthz", get(serve::ops::healthz))
        .route("/readyz", get(serve::ops::readyz))
        .route("/metrics", get(serve::ops::metrics))
        .route("/robots.txt", get(pages::syndication::robots))
        .route("/sitemap.xml", get(pages::syndication::sitemap))
        .route("/feed.xml", get(pages::syndication::site_feed))
        .route(
            "/pillars/{slug}/feed.xml",
            get(pages::syndication::pillar_feed),
        )
        .route(
            sparks_views::STYLESHEET_PATH,
            get(serve::assets::stylesheet),
        )
        .route(
            sparks_views::QUICK_EXIT_SCRIPT_PATH,
            get(serve::assets::quick_exit_script),
        )
        .route(
            sparks_views::COPY_SCRIPT_PATH,
            get(serve::assets::copy_script),
        )
        .route(sparks_views::WORDMARK_PATH, get(serve::assets::wordmark))
        .route("/static/media/{name}", get(serve::assets::media_file))
        .route("/uploads/{name}", get(serve::uploads::serve_upload))
        .merge(api_routes)
        .fallback(pages::initiatives::not_found)
        .layer(axum::extract::DefaultBodyLimit::max(max_body))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            auth::load_viewer,
        ))
        // Outside the viewer lookup: an oversized request is refused before any query.
        .layer(axum::middleware::from_fn_with_state(
            max_body,
            serve::hardening::limit_body,
        ))
        .layer(axum::middleware::from_fn(serve::middleware::render_errors))
        .layer(axum::middleware::from_fn_with_state(
            state.clone(),
            serve::cache::serve_cached,
        ))
        .with_state(state)
        .layer(serve::middleware::security_headers())
        .layer(axum::middleware::from_fn_with_state(
            tls,
            serve::hardening::hsts,
        ))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(axum::middleware::from_fn(serve::middleware::observe))
}
