//! Transport hardening: HSTS when the site is reached over TLS, and one cap on request
//! bodies for every route.
//!
//! Sparks itself speaks plain HTTP; TLS ends at a reverse proxy. Whether a request came over
//! TLS is therefore configuration, never a guess from headers anyone can send:
//! [`TlsPolicy::Always`] when the public address is `https://…`, and
//! [`TlsPolicy::TrustProxy`] to believe `X-Forwarded-Proto: https` only when the operator says
//! that a proxy in front sets (and overwrites) that header.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// Two years, with subdomains: what the HSTS preload list asks for. No `preload` token: that is
/// a decision for the operator, made at hstspreload.org.
pub const HSTS_VALUE: &str = "max-age=63072000; includeSubDomains";

/// The default cap on a request body: 8 MiB, room for a media-pack image upload and far more
/// than any form or JSON body needs.
pub const DEFAULT_MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// How the server learns that a request reached the site over TLS.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TlsPolicy {
    /// Not known to be TLS: no HSTS (sending it over plain HTTP is ignored by browsers anyway,
    /// and on `http://localhost` it would only confuse).
    #[default]
    Never,
    /// The public address is `https://…`: every response carries HSTS.
    Always,
    /// A trusted reverse proxy sets `X-Forwarded-Proto`; HSTS when it says `https`.
    TrustProxy,
}

impl TlsPolicy {
    /// The policy from the public address (`SPARKS_PUBLIC_URL`) and whether the proxy in
    /// front is trusted (`SPARKS_TRUST_PROXY=1`). An https public address wins.
    pub fn from_settings(public_url: Option<&str>, trust_proxy: bool) -> TlsPolicy {
        let https = public_url.is_some_and(|u| {
            u.trim()
                .get(..8)
                .is_some_and(|s| s.eq_ignore_ascii_case("https://"))
        });
        match (https, trust_proxy) {
            (true, _) => TlsPolicy::Always,
            (false, true) => TlsPolicy::TrustProxy,
            (false, false) => TlsPolicy::Never,
        }
    }

    fn over_tls(self, request: &Request) -> bool {
        match self {
            TlsPolicy::Never => false,
            TlsPolicy::Always => true,
            TlsPolicy::TrustProxy => request
                .headers()
                .get("x-forwarded-proto")
                .and_then(|v| v.to_str().ok())
                // A chain of proxies appends; the first value is what the client used.
                .and_then(|v| v.split(',').next())
                .is_some_and(|v| v.trim().eq_ignore_ascii_case("https")),
        }
    }
}

/// Adds `Strict-Transport-Security` to responses of requests that came over TLS.
pub async fn hsts(State(policy): State<TlsPolicy>, request: Request, next: Next) -> Response {
    let tls = policy.over_tls(&request);
    let mut response = next.run(request).await;
    if tls {
        response.headers_mut().insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(HSTS_VALUE),
        );
    }
    response
}

/// Refuses a request whose declared body is larger than the cap with a bare 413, which the
/// error renderer turns into a page or a problem. Bodies without a length are capped by the
/// extractors' limit (set to the same size), which also answers 413.
pub async fn limit_body(State(max): State<usize>, request: Request, next: Next) -> Response {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    match declared {
        Some(n) if n > max as u64 => StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        _ => next.run(request).await,
    }
}

#[cfg(test)]
mod tests {
    use super::TlsPolicy;

    #[test]
    fn an_https_public_address_means_tls_and_the_proxy_is_trusted_only_when_told() {
        assert_eq!(
            TlsPolicy::from_settings(Some("https://sparks.example"), false),
            TlsPolicy::Always
        );
        assert_eq!(
            TlsPolicy::from_settings(Some("HTTPS://sparks.example"), true),
            TlsPolicy::Always
        );
        assert_eq!(
            TlsPolicy::from_settings(Some("http://localhost:8080"), false),
            TlsPolicy::Never
        );
        assert_eq!(TlsPolicy::from_settings(None, true), TlsPolicy::TrustProxy);
        assert_eq!(TlsPolicy::from_settings(None, false), TlsPolicy::Never);
    }
}
