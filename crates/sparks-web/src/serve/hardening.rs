//! Transport hardening: HSTS when the site is reached over TLS, one cap on request bodies
//! for every route, and caps on the request head (URI and headers) well below hyper's.
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

use crate::AppState;

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

    /// Whether `request` reached the site over TLS, by this policy.
    pub(crate) fn over_tls(self, request: &Request) -> bool {
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

/// The longest request target accepted: 16 KiB, room for any link the site writes and the
/// longest search a person types, percent-encoded. Longer gets 414.
pub const MAX_URI_BYTES: usize = 16 * 1024;
/// The most header bytes (names and values) accepted: 32 KiB, room for every cookie a
/// browser sends. More gets 431.
pub const MAX_HEADER_BYTES: usize = 32 * 1024;

/// Refuses an over-long request target (414) or header block (431) as a page (or problem
/// under `/api/`) that carries every security header. Heads that hyper itself refuses
/// (over 64 KiB of target, about 400 KiB of head, more than 100 headers, or not HTTP at all)
/// never become a request: hyper answers them with a bare status line, `content-length: 0`
/// and no body, so nothing can be rendered or sniffed from them (SECURITY.md).
pub(crate) async fn limit_head(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    match head_refusal(&request) {
        Some(status) => crate::serve::middleware::error_response(&state, &request, status),
        None => next.run(request).await,
    }
}

/// The status an over-long request head is refused with, if it is one.
pub(crate) fn head_refusal(request: &Request) -> Option<StatusCode> {
    let uri = request
        .uri()
        .path_and_query()
        .map_or(0, |p| p.as_str().len());
    let headers: usize = request
        .headers()
        .iter()
        .map(|(name, value)| name.as_str().len() + value.len())
        .sum();
    if uri > MAX_URI_BYTES {
        Some(StatusCode::URI_TOO_LONG)
    } else if headers > MAX_HEADER_BYTES {
        Some(StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE)
    } else {
        None
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
