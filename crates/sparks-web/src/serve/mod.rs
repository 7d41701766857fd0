//! What wraps every response and what serves bytes: middleware (errors, security headers,
//! metrics, logging), hardening (body limits, HSTS), the page cache, content encoding,
//! data freshness across servers, static assets, uploads and the operations endpoints.

pub(crate) mod assets;
pub(crate) mod cache;
pub(crate) mod encoding;
pub(crate) mod fresh;
pub mod hardening;
pub(crate) mod middleware;
pub(crate) mod ops;
pub mod uploads;
pub(crate) mod warm;
