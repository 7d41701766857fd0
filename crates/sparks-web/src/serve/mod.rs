//! What wraps every response and what serves bytes: middleware (errors, security headers,
//! metrics, logging), hardening (body limits, HSTS), the page cache, content encoding,
//! data freshness across servers, static assets, uploads, the operations endpoints, and
//! large cached bodies sent from files.

pub(crate) mod assets;
pub(crate) mod cache;
pub(crate) mod encoding;
pub(crate) mod fresh;
pub mod hardening;
pub(crate) mod middleware;
pub(crate) mod ops;
pub mod request_log;
pub mod uploads;
pub(crate) mod warm;
pub mod zero_copy;
