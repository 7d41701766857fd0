//! The Sparks HTTP layer.
//!
//! [`router()`] builds the whole application: server-rendered pages, the JSON API (whose
//! routes and OpenAPI entries are registered together in `api/`), operations endpoints and
//! static assets, wrapped in the middleware every response goes through (errors rendered by
//! surface, security headers, compression, metrics and one log line per request).
//! [`app_with_config()`] builds the same application as the server serves it: the page cache
//! in front of the route table.
//!
//! The source is arranged by area, one folder per room:
//!
//! - `state.rs`: `AppState` (database, clock, caches) and [`SiteConfig`]; [`Clock`].
//! - `router.rs`: the one route table and the middleware stack.
//! - `error.rs`: [`WebError`], rendered as an HTML page or `application/problem+json`.
//! - `api/`: the JSON API (`/api/v1`), its OpenAPI document and response schemas.
//! - `query/`: parsing the query strings of lists, shared by the pages and the API.
//! - `pages/`: the public pages: directory, search, landscape, reference, resources,
//!   news, events, submissions, community, newsletter, feeds and sitemap.
//! - `account/`: joining, logging in (with TOTP), password reset, the account page
//!   (export and erasure) and public member profiles.
//! - `admin/`: the admin area: moderation, users and roles, audit log, feeds' health
//!   and media uploads, and the editorial rules they share.
//! - `present/`: view models for `sparks-views`: page context, forms, links,
//!   pagination, charts, calendars, the landscape.
//! - `auth/`: who is asking: sessions and extractors, the CSRF and Origin guard,
//!   rate limits.
//! - `serve/`: what wraps and serves responses: middleware, hardening, the page cache,
//!   encoding, freshness across servers, assets, uploads, operations endpoints, the request
//!   log line, large cached bodies sent from in-memory files.
//! - `jobs/`: background work: the newsletter digest and its schedule, the mail worker.

mod account;
mod admin;
mod api;
mod auth;
mod error;
mod jobs;
mod notify;
mod pages;
mod present;
mod query;
mod router;
mod serve;
mod state;

pub use error::WebError;
pub use jobs::mail::{self, MailSignal, MailWorker};
pub use jobs::newsletter;
pub use jobs::notifications::{DeliveryReport, NotificationDelivery};
pub use router::{App, app_with_config, router, router_with_config};
pub use serve::{hardening, request_log, uploads, zero_copy};
pub use state::{Clock, SiteConfig};

pub(crate) use state::AppState;
