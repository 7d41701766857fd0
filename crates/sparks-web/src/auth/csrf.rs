//! The CSRF and Origin guard on every state-changing request, and the form fields it hands on.

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::Viewer;
use crate::{AppState, WebError};

/// The largest form accepted (a long post with room to spare).
pub const MAX_FORM_BYTES: usize = 256 * 1024;
/// The largest file form (an upload of up to 8 MiB and its envelope).
pub const MAX_UPLOAD_FORM_BYTES: usize = 9 * 1024 * 1024;
/// The binding of CSRF tokens in forms shown to visitors without a session.
const ANONYMOUS: &str = "anonymous";

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
}
