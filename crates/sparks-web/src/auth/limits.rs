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

/// Failures allowed to one (account, client) pair before each further attempt waits.
const PAIR_FREE: i64 = 5;
/// Failures allowed per pair while the account is under a distributed attack.
const PAIR_FREE_UNDER_ATTACK: i64 = 1;
/// The longest wait, in seconds: never a lock-out, only a slower pace.
const WAIT_CAP: i64 = 900;
/// A pair's failures are forgotten after a day without one.
const FORGET: i64 = 86_400;
/// Failures on one account from every client together, per hour, beyond which it counts as
/// under attack: each pair then waits after its first failure.
const ACCOUNT_FAILURES: i64 = 100;
/// The window of [`ACCOUNT_FAILURES`], in seconds.
const ACCOUNT_WINDOW: i64 = 3600;

/// Failed attempts at one secret of one account (its password, its second factor), counted
/// per (account, client) pair: after a few failures the pair waits before each further
/// attempt, 1 s doubling up to a cap. Nothing is ever locked: the owner from another address
/// is not slowed, and a pair may always try again once its wait is over. Failures on the
/// account from all clients together are counted too; past a high mark (distributed
/// guessing) every pair waits after its first failure, which slows the attack and still
/// lets the owner in on the first right try.
pub struct Attempts {
    event: &'static str,
    pair: String,
    account: String,
}

impl Attempts {
    /// The attempts of `client` at `what` (`login`, `code`) of the account known by
    /// `account_key` (for a login, a hash of the address typed, so that an address without
    /// an account is treated alike). `event` names the security event a wait logs.
    pub fn new(what: &str, event: &'static str, account_key: &str, client: &str) -> Self {
        Attempts {
            event,
            pair: format!("{what}-pair:{account_key}:{client}"),
            account: format!("{what}-account:{account_key}"),
        }
    }

    /// Claims an attempt for the pair: `Some(seconds)` when it must wait first (and logs the
    /// security event with the account, `account_id` when there is one, and the client, in
    /// the span). An attempt that goes ahead counts as a failure until [`Attempts::succeeded`]
    /// clears it, so parallel attempts cannot all slip through one opening.
    pub async fn begin(
        &self,
        state: &AppState,
        account_id: Option<i64>,
    ) -> Result<Option<i64>, WebError> {
        let now = state.clock().unix();
        let attacked = rate_limits::count(state.db(), &self.account, ACCOUNT_WINDOW, now).await?
            >= ACCOUNT_FAILURES;
        let backoff = rate_limits::Backoff {
            free: if attacked {
                PAIR_FREE_UNDER_ATTACK
            } else {
                PAIR_FREE
            },
            cap: WAIT_CAP,
            forget: FORGET,
        };
        let wait = rate_limits::backoff_attempt(state.db(), &self.pair, backoff, now).await?;
        if let Some(seconds) = wait {
            tracing::warn!(
                security_event = self.event,
                account_id,
                retry_after = seconds,
                under_attack = attacked,
                "attempts from this client delayed"
            );
        }
        Ok(wait)
    }

    /// The attempt failed: it stays counted for the pair, and counts for the account.
    pub async fn failed(&self, state: &AppState) -> Result<(), WebError> {
        let now = state.clock().unix();
        // Only counted here: the account-wide mark changes the pace, it never refuses.
        rate_limits::hit(
            state.db(),
            &self.account,
            ACCOUNT_FAILURES,
            ACCOUNT_WINDOW,
            now,
        )
        .await?;
        Ok(())
    }

    /// A success: the pair starts afresh.
    pub async fn succeeded(&self, state: &AppState) -> Result<(), WebError> {
        rate_limits::clear(state.db(), &self.pair).await?;
        Ok(())
    }
}

/// `page`, a form re-shown because its client must wait `seconds`: 429 with `Retry-After`.
pub fn waiting(mut page: Response, seconds: i64) -> Response {
    *page.status_mut() = axum::http::StatusCode::TOO_MANY_REQUESTS;
    if let Ok(v) = axum::http::HeaderValue::from_str(&seconds.max(1).to_string()) {
        page.headers_mut()
            .insert(axum::http::header::RETRY_AFTER, v);
    }
    page
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
