//! Rate limits: who a request comes from, and one counter per bucket in the database (shared
//! by every server).

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use sparks_store::rate_limits;

use crate::{AppState, WebError};

/// Where a request comes from, for rate limits: the peer address (a proxy in front should
/// be configured to keep one address per client, as the README explains).
pub fn client_ip(parts_extensions: &axum::http::Extensions) -> String {
    parts_extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(|| "local".to_owned(), |c| c.0.ip().to_string())
}

/// The client address of a request.
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // Behind a trusted proxy every request comes from the proxy; the address it appended
        // last to X-Forwarded-For is the client it saw (earlier entries are the client's word).
        let forwarded = state
            .trust_proxy()
            .then(|| {
                parts
                    .headers
                    .get_all("x-forwarded-for")
                    .iter()
                    .filter_map(|v| v.to_str().ok())
                    .flat_map(|v| v.split(','))
                    .map(str::trim)
                    .rfind(|v| v.parse::<std::net::IpAddr>().is_ok())
                    .map(str::to_owned)
            })
            .flatten();
        Ok(ClientIp(
            forwarded.unwrap_or_else(|| client_ip(&parts.extensions)),
        ))
    }
}

/// Runs a rate limit; `Err(429)` when over.
pub async fn limit(state: &AppState, bucket: &str, max: i64, window: i64) -> Result<(), WebError> {
    match rate_limits::hit(state.db(), bucket, max, window, state.clock().unix()).await? {
        None => Ok(()),
        Some(wait) => {
            tracing::warn!(security_event = "rate_limited", bucket = %bucket.split(':').next().unwrap_or(""), "rate limit reached");
            Err(WebError::TooManyRequests(wait))
        }
    }
}
