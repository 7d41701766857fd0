//! Rate limits: who a request comes from, and one counter per bucket in the database (shared
//! by every server). The same client key names the client in security events: every request
//! runs inside a `request` span that carries it ([`client_span`]).

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::connect_info::MockConnectInfo;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};
use axum::middleware::Next;
use axum::response::Response;
use sparks_store::rate_limits;
use tracing::Instrument;

use crate::{AppState, WebError};

/// The key rate limits count a client address under. An IPv4 address is its own key (an
/// IPv4-mapped IPv6 peer, as a dual-stack socket reports one, counts as that IPv4 address).
/// An IPv6 address counts as its /64: one subscriber or host is normally given a whole /64,
/// and keying by address would let it rotate through 2^64 fresh keys.
pub fn limit_key(ip: IpAddr) -> String {
    match ip {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let prefix = Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{prefix}/64")
            }
        },
    }
}

/// Where a request comes from, as rate limits and security events see it: the peer
/// address, or behind a trusted proxy the client the proxy reports, made into a
/// [`limit_key`]. `local` when there is no peer (requests made in-process).
fn client_key(headers: &HeaderMap, extensions: &Extensions, trust_proxy: bool) -> String {
    // Behind a trusted proxy every request comes from the proxy; the address it appended
    // last to X-Forwarded-For is the client it saw (earlier entries are the client's word).
    let forwarded = trust_proxy
        .then(|| {
            headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .filter_map(|v| v.trim().parse::<IpAddr>().ok())
                .next_back()
        })
        .flatten();
    // The peer as axum's `ConnectInfo` extractor finds it: the socket's, else the one a
    // test router declares with `MockConnectInfo`.
    let peer = || {
        extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|c| c.0)
            .or_else(|| extensions.get::<MockConnectInfo<SocketAddr>>().map(|m| m.0))
    };
    forwarded
        .or_else(|| peer().map(|p| p.ip()))
        .map_or_else(|| "local".to_owned(), limit_key)
}

/// The client of a request, as rate limits count it (see [`limit_key`]).
#[derive(Debug, Clone)]
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_key(
            &parts.headers,
            &parts.extensions,
            state.trust_proxy(),
        )))
    }
}

/// Answers the request inside a `request` span that names the client (`client`, the same
/// key the rate limits use), so that every security event logged on the way, in the web
/// layer or the store, says who caused it without each event having to be handed it.
pub async fn client_span(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let client = client_key(request.headers(), request.extensions(), state.trust_proxy());
    next.run(request)
        .instrument(tracing::info_span!("request", client = %client))
        .await
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

#[cfg(test)]
mod tests {
    use super::limit_key;

    #[test]
    fn ipv6_clients_count_by_their_64_and_ipv4_by_address() {
        for (ip, key) in [
            ("192.0.2.7", "192.0.2.7"),
            ("::ffff:192.0.2.7", "192.0.2.7"),
            ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
            ("2001:db8:1:2:ffff::1", "2001:db8:1:2::/64"),
            ("2001:db8:1:3::1", "2001:db8:1:3::/64"),
            ("::1", "::/64"),
        ] {
            assert_eq!(limit_key(ip.parse().unwrap()), key, "{ip}");
        }
    }
}
