//! Who is asking, and whether their form may change anything.
//!
//! [`load_viewer`] reads the session cookie (visitors who never log in get none), looks the
//! session up in the database (shared by every server), enforces the idle and absolute
//! timeouts and attaches a [`Viewer`]. Responses to requests with a session are never cached.
//!
//! [`protect_forms`] guards every state-changing request: a foreign `Origin` (or `Referer`)
//! gets 403, and so does a form without a valid `csrf_token` bound to the visitor's session
//! (or to "anonymous" for the forms of visitors). It reads the form once and hands the
//! fields on as [`FormData`], so handlers never parse bodies themselves.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::{ConnectInfo, FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use sparks_store::accounts::{self, Role, User};
use sparks_store::sessions;

use crate::{AppState, WebError};

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "sparks_session";
/// A session unused for this long ends.
pub const IDLE_TIMEOUT_SECONDS: i64 = 2 * 60 * 60;
/// A session ends this long after login, however active.
pub const ABSOLUTE_TIMEOUT_SECONDS: i64 = 12 * 60 * 60;
/// The largest form accepted (a long post with room to spare).
pub const MAX_FORM_BYTES: usize = 256 * 1024;
/// The largest file form (an upload of up to 8 MiB and its envelope).
pub const MAX_UPLOAD_FORM_BYTES: usize = 9 * 1024 * 1024;
/// The binding of CSRF tokens in forms shown to visitors without a session.
const ANONYMOUS: &str = "anonymous";

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
            Some(_) => Err(WebError::Forbidden.into_response()),
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
            Some(_) => Err(WebError::Forbidden.into_response()),
            None => Err(login_redirect(parts)),
        }
    }
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

/// The session cookie's value in a request.
fn session_cookie(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|v| !v.is_empty() && v.len() <= 128)
}

/// The `Set-Cookie` value for a new session.
pub fn session_cookie_header(token: &str, secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={ABSOLUTE_TIMEOUT_SECONDS}{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn clear_cookie_header(secure: bool) -> HeaderValue {
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// Attaches the [`Viewer`] of a session cookie, and keeps responses to it out of caches.
pub async fn load_viewer(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let Some(token) = session_cookie(request.headers()) else {
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

/// The fields of a posted form, in order (names may repeat).
#[derive(Debug, Clone, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    /// The first value of `name`, trimmed; empty when absent.
    pub fn get(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    }

    /// The first value of `name` as typed (passwords keep their spaces).
    pub fn raw(&self, name: &str) -> String {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    }

    /// Every non-empty value of a repeatable field.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .filter(|v| !v.is_empty())
            .collect()
    }

    /// Whether a checkbox was ticked.
    pub fn checked(&self, name: &str) -> bool {
        !self.get(name).is_empty() && self.get(name) != "0"
    }
}

impl<S: Send + Sync> FromRequestParts<S> for FormData {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<FormData>()
            .cloned()
            .unwrap_or_default())
    }
}

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

/// Whether `origin` (`scheme://host[:port]`) is this site: the request's own `Host`, or the
/// configured public address.
fn same_site(origin: &str, headers: &HeaderMap, public_url: Option<&str>) -> bool {
    let Ok(origin) = url::Url::parse(origin) else {
        return false;
    };
    let origin_host = match (origin.host_str(), origin.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_owned(),
        (None, _) => return false,
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    if host.is_some_and(|h| h.eq_ignore_ascii_case(&origin_host)) {
        return true;
    }
    public_url
        .and_then(|p| url::Url::parse(p).ok())
        .is_some_and(|p| p.origin() == origin.origin())
}

/// The CSRF and Origin guard for every state-changing request.
pub async fn protect_forms(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let claimed = headers
        .get(header::ORIGIN)
        .and_then(|v| v.to_str().ok())
        .filter(|o| *o != "null")
        .map(str::to_owned)
        .or_else(|| {
            headers
                .get(header::REFERER)
                .and_then(|v| v.to_str().ok())
                .and_then(|r| url::Url::parse(r).ok())
                .map(|u| u.origin().ascii_serialization())
        });
    let null_origin = headers
        .get(header::ORIGIN)
        .is_some_and(|o| o.as_bytes() == b"null");
    if null_origin
        || claimed
            .is_some_and(|o| !same_site(&o, headers, state.public_url().map(url::Url::as_str)))
    {
        tracing::warn!(security_event = "csrf_origin", path = %request.uri().path(), "refused a state change from a foreign origin");
        return WebError::Forbidden.into_response();
    }
    let is_form = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    // File forms (multipart) carry their token in the action's query string, so the guard
    // need not parse the upload.
    let is_multipart = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("multipart/form-data"));
    let binding = request
        .extensions()
        .get::<Viewer>()
        .map_or_else(|| ANONYMOUS.to_owned(), |v| v.session_hash.clone());
    let (mut parts, body) = request.into_parts();
    let cap = if is_multipart {
        MAX_UPLOAD_FORM_BYTES
    } else {
        MAX_FORM_BYTES
    };
    let bytes = match axum::body::to_bytes(body, cap).await {
        Ok(b) => b,
        Err(_) => return WebError::TooLarge.into_response(),
    };
    let fields: Vec<(String, String)> = if is_form {
        url::form_urlencoded::parse(&bytes).into_owned().collect()
    } else {
        Vec::new()
    };
    let query_token = || {
        crate::query::params::pairs(parts.uri.query())
            .into_iter()
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v)
            .unwrap_or_default()
    };
    let token = if is_multipart {
        query_token()
    } else {
        fields
            .iter()
            .find(|(k, _)| k == "csrf_token")
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let token = token.as_str();
    let key = match state.csrf_key().await {
        Ok(k) => k,
        Err(e) => return e.into_response(),
    };
    if !key.verify(token, &binding, state.clock().unix()) {
        tracing::warn!(security_event = "csrf_token", path = %parts.uri.path(), "refused a state change without a valid CSRF token");
        return WebError::Forbidden.into_response();
    }
    parts.extensions.insert(FormData(fields));
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The CSRF token for forms on a page seen by `viewer` (or a visitor).
pub async fn csrf_token(state: &AppState, viewer: Option<&Viewer>) -> Result<String, WebError> {
    let key = state.csrf_key().await?;
    let binding = viewer.map_or(ANONYMOUS, |v| v.session_hash.as_str());
    Ok(key.token(binding, state.clock().unix()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_compared_with_the_host() {
        let mut h = HeaderMap::new();
        h.insert(header::HOST, "sparks.example:8080".parse().unwrap());
        assert!(same_site("http://sparks.example:8080", &h, None));
        assert!(same_site("https://sparks.example:8080", &h, None));
        assert!(!same_site("https://evil.example", &h, None));
        assert!(!same_site(
            "https://sparks.example.evil.example:8080",
            &h,
            None
        ));
        assert!(same_site(
            "https://sparks.eu",
            &h,
            Some("https://sparks.eu/")
        ));
        assert!(!same_site("garbage", &h, None));
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            "a=1; sparks_session=abc ; b=2".parse().unwrap(),
        );
        assert_eq!(session_cookie(&h).as_deref(), Some("abc"));
        h.insert(header::COOKIE, "sparks_session=".parse().unwrap());
        assert_eq!(session_cookie(&h), None);
        let c = session_cookie_header("t", true);
        assert_eq!(
            c.to_str().unwrap(),
            "sparks_session=t; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200; Secure"
        );
    }
}
