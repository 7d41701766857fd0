//! Who is asking, and whether their form may change anything.
//!
//! [`load_viewer`] reads the session cookie (visitors who never log in get none; over https it
//! is `__Host-sparks_session`, and only that name counts), looks the
//! session up in the database (shared by every server), enforces the idle and absolute
//! timeouts and attaches a [`Viewer`]. Responses to requests with a session are never cached.
//!
//! [`protect_forms`] guards every state-changing request: a foreign `Origin` (or `Referer`)
//! gets 403, and so does a form without a valid `csrf_token` bound to the visitor's session
//! (or to "anonymous" for the forms of visitors). It reads the form once and hands the
//! fields on as [`FormData`], so handlers never parse bodies themselves (see `csrf.rs`).
//!
//! [`limit`] runs a rate limit per [`ClientIp`] (an IPv6 client by its /64) or account, and
//! [`client_span`] names that client in every event logged while answering (see `limits.rs`).

mod csrf;
mod limits;

pub use csrf::{FormData, csrf_token, protect_forms};
pub use limits::{Attempts, ClientIp, client_span, limit, waiting};

use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sparks_store::accounts::{self, Role, User};
use sparks_store::sessions;

use crate::{AppState, WebError};

/// The session cookie's name over plain http (development).
pub const SESSION_COOKIE: &str = "sparks_session";
/// The session cookie's name when the public URL is https. A browser keeps a `__Host-`
/// cookie only when it is `Secure`, has `Path=/` and no `Domain`, so no other host (a
/// subdomain, a sibling site) can plant or overwrite it.
pub const HOST_SESSION_COOKIE: &str = "__Host-sparks_session";
/// A session unused for this long ends.
pub const IDLE_TIMEOUT_SECONDS: i64 = 2 * 60 * 60;
/// A staff session (editor or admin, authenticated with a second factor) unused for this
/// long ends: NIST SP 800-63B asks AAL2 sessions to re-authenticate after 30 minutes idle.
pub const STAFF_IDLE_TIMEOUT_SECONDS: i64 = 30 * 60;
/// A session ends this long after login, however active.
pub const ABSOLUTE_TIMEOUT_SECONDS: i64 = 12 * 60 * 60;
/// The logged-in (or half logged-in) visitor.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// Their account.
    pub user: User,
    /// The stored hash of their session id (what CSRF tokens are bound to).
    pub session_hash: String,
    /// `full`, or `second_factor` while the TOTP code is awaited.
    pub stage: String,
}

impl Viewer {
    /// Fully logged in.
    pub fn is_full(&self) -> bool {
        self.stage == sessions::FULL
    }

    /// The account's role.
    pub fn role(&self) -> Role {
        self.user.role()
    }

    /// Editor or admin.
    pub fn is_staff(&self) -> bool {
        self.role().is_staff()
    }
}

/// The fully logged-in viewer of a request, if any.
#[derive(Debug, Clone)]
pub struct MaybeMember(pub Option<Viewer>);

impl<S: Send + Sync> FromRequestParts<S> for MaybeMember {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(MaybeMember(
            parts
                .extensions
                .get::<Viewer>()
                .filter(|v| v.is_full())
                .cloned(),
        ))
    }
}

/// A fully logged-in member (any role); others are sent to the login page.
#[derive(Debug, Clone)]
pub struct Member(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for Member {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Viewer>().filter(|v| v.is_full()) {
            Some(v) => Ok(Member(v.clone())),
            None => Err(login_redirect(parts)),
        }
    }
}

/// An editor or admin (with their second factor done); members get 403.
#[derive(Debug, Clone)]
pub struct Staff(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for Staff {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Viewer>().filter(|v| v.is_full()) {
            Some(v) if v.is_staff() => Ok(Staff(v.clone())),
            Some(v) => Err(refused(parts, v)),
            None => Err(login_redirect(parts)),
        }
    }
}

/// An admin; editors and members get 403.
#[derive(Debug, Clone)]
pub struct Admin(pub Viewer);

impl<S: Send + Sync> FromRequestParts<S> for Admin {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        match parts.extensions.get::<Viewer>().filter(|v| v.is_full()) {
            Some(v) if v.role() == Role::Admin => Ok(Admin(v.clone())),
            Some(v) => Err(refused(parts, v)),
            None => Err(login_redirect(parts)),
        }
    }
}

/// 403 for a signed-in account at a page its role does not open, logged as a security event
/// (with the account, the path, and the client from the request span): someone probing
/// staff pages with a member's session shows up in the log.
fn refused(parts: &Parts, viewer: &Viewer) -> Response {
    tracing::warn!(
        security_event = "access_denied",
        account_id = viewer.user.id,
        path = %parts.uri.path(),
        "a page was refused to an account without the role for it"
    );
    WebError::Forbidden.into_response()
}

/// 303 to the login page, coming back here afterwards (GET only; a form post is not
/// repeated).
fn login_redirect(parts: &Parts) -> Response {
    let next = if parts.method == Method::GET {
        parts.uri.path().to_owned()
    } else {
        "/account".to_owned()
    };
    let mut target = url::form_urlencoded::Serializer::new(String::new());
    target.append_pair("next", &next);
    see_other(&format!("/login?{}", target.finish()))
}

/// A 303 See Other.
pub fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(header::LOCATION, value);
    }
    response
}

/// The session cookie's name: [`HOST_SESSION_COOKIE`] when cookies are `Secure` (the public
/// URL is https), else [`SESSION_COOKIE`]. Reading, setting and clearing all use this one
/// name, so over https a cookie without the prefix is never taken for a session.
pub fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        HOST_SESSION_COOKIE
    } else {
        SESSION_COOKIE
    }
}

/// The value of the session cookie called `name` in a request.
fn session_cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, _)| *found == name)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// The `Set-Cookie` value for a new session.
pub fn session_cookie_header(token: &str, secure: bool) -> HeaderValue {
    cookie_header(token, ABSOLUTE_TIMEOUT_SECONDS, secure)
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie_header(secure: bool) -> HeaderValue {
    cookie_header("", 0, secure)
}

/// The session cookie set to `value` for `max_age` seconds; never a `Domain`, which a
/// `__Host-` cookie must not have.
fn cookie_header(value: &str, max_age: i64, secure: bool) -> HeaderValue {
    let name = session_cookie_name(secure);
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// `response` with the session cookie removed from the browser: after a logout, a logout
/// everywhere, an erasure.
pub fn without_session_cookie(state: &AppState, mut response: Response) -> Response {
    response.headers_mut().insert(
        header::SET_COOKIE,
        clear_cookie_header(state.secure_cookies()),
    );
    response
}

/// Attaches the [`Viewer`] of a session cookie, and keeps responses to it out of caches.
pub async fn load_viewer(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let name = session_cookie_name(state.secure_cookies());
    let Some(token) = session_cookie(request.headers(), name) else {
        return next.run(request).await;
    };
    let hash = sparks_auth::hash_token(&token);
    let now = state.clock().unix();
    let session = match sessions::get(state.db(), &hash).await {
        Ok(s) => s,
        Err(e) => return WebError::Store(e).into_response(),
    };
    let mut stale = false;
    if let Some(s) = session {
        let expired = now - s.last_seen > IDLE_TIMEOUT_SECONDS
            || now - s.created_at > ABSOLUTE_TIMEOUT_SECONDS;
        if expired {
            stale = true;
            if let Err(e) = sessions::delete(state.db(), &hash).await {
                tracing::warn!(error = %e, "could not remove an expired session");
            }
        } else {
            match accounts::by_id(state.db(), s.user_id).await {
                Ok(Some(user))
                    if user.role().is_staff() && now - s.last_seen > STAFF_IDLE_TIMEOUT_SECONDS =>
                {
                    stale = true;
                    if let Err(e) = sessions::delete(state.db(), &hash).await {
                        tracing::warn!(error = %e, "could not remove an expired session");
                    }
                }
                Ok(Some(user)) => {
                    if let Err(e) = sessions::touch(state.db(), &hash, now).await {
                        tracing::warn!(error = %e, "could not note session activity");
                    }
                    request.extensions_mut().insert(Viewer {
                        user,
                        session_hash: hash,
                        stage: s.stage,
                    });
                }
                Ok(None) => stale = true,
                Err(e) => return WebError::Store(e).into_response(),
            }
        }
    } else {
        stale = true;
    }
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if stale && !headers.contains_key(header::SET_COOKIE) {
        headers.insert(
            header::SET_COOKIE,
            clear_cookie_header(state.secure_cookies()),
        );
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; sparks_session=abc ; b=2".parse().unwrap(),
        );
        assert_eq!(session_cookie(&h, SESSION_COOKIE).as_deref(), Some("abc"));
        h.insert(header::COOKIE, "sparks_session=".parse().unwrap());
        assert_eq!(session_cookie(&h, SESSION_COOKIE), None);
        let c = session_cookie_header("t", false);
        assert_eq!(
            c.to_str().unwrap(),
            "sparks_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200"
        );
    }

    #[test]
    fn over_https_the_cookie_is_host_prefixed_and_only_that_name_counts() {
        let c = session_cookie_header("t", true);
        assert_eq!(
            c.to_str().unwrap(),
            "__Host-sparks_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200; Secure"
        );
        assert_eq!(
            clear_cookie_header(true).to_str().unwrap(),
            "__Host-sparks_session=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0; Secure"
        );
        let mut h = HeaderMap::new();
        h.insert(header::COOKIE, "sparks_session=planted".parse().unwrap());
        assert_eq!(session_cookie(&h, session_cookie_name(true)), None);
        h.insert(
            header::COOKIE,
            "sparks_session=planted; __Host-sparks_session=mine"
                .parse()
                .unwrap(),
        );
        assert_eq!(
            session_cookie(&h, session_cookie_name(true)).as_deref(),
            Some("mine")
        );
    }
}
