//! Middleware every response passes through.

use std::time::Instant;

use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use tower::ServiceBuilder;
use tower::layer::util::{Identity, Stack};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::AppState;
use crate::error::ErrorInfo;
use crate::present::context::PageContext;

/// Gives error responses their body: problem+json under `/api/`, an HTML page elsewhere.
pub async fn render_errors(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let ctx = error_context(&state, &request);
    let response = next.run(request).await;
    let status = response.status();
    let info = match response.extensions().get::<ErrorInfo>() {
        Some(info) => info.clone(),
        // Errors produced outside our handlers (405 from the router, 413 from a body limit)
        // get the same treatment, unless something already wrote a body for them.
        // 413 always: the extractors' own body-limit rejection comes as plain text.
        None if status == StatusCode::PAYLOAD_TOO_LARGE
            || ((status.is_client_error() || status.is_server_error())
                && !response.headers().contains_key(header::CONTENT_TYPE)) =>
        {
            ErrorInfo::for_status(status)
        }
        None => return response,
    };
    let (mut parts, _) = response.into_parts();
    parts.extensions.remove::<ErrorInfo>();
    let body = error_body(&mut parts.headers, ctx, &info);
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// The error response for `status` to `request`, rendered as [`render_errors`] renders one:
/// for refusals made before the request reaches it.
pub fn error_response(state: &AppState, request: &Request, status: StatusCode) -> Response {
    let (mut parts, _) = status.into_response().into_parts();
    let body = error_body(
        &mut parts.headers,
        error_context(state, request),
        &ErrorInfo::for_status(status),
    );
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// What an error page needs of the request (its language); `None` under `/api/`, which
/// answers with problem+json.
fn error_context(state: &AppState, request: &Request) -> Option<PageContext> {
    let api = request.uri().path().starts_with("/api/");
    (!api).then(|| PageContext::for_site(request.uri(), request.headers(), state))
}

/// The body of an error response, and its content type (and `Vary`) in `headers`.
fn error_body(headers: &mut HeaderMap, ctx: Option<PageContext>, info: &ErrorInfo) -> String {
    match ctx {
        None => {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/problem+json"),
            );
            problem_json(info)
        }
        Some(ctx) => {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            headers.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
            crate::present::views::error_page(&ctx, info)
        }
    }
}

fn problem_json(info: &ErrorInfo) -> String {
    let mut problem = serde_json::json!({
        "type": "about:blank",
        "title": info.title(),
        "status": info.status.as_u16(),
        "detail": info.detail(),
    });
    if let (Some(name), Some(map)) = (info.parameter(), problem.as_object_mut()) {
        map.insert(
            "parameter".into(),
            serde_json::Value::String(name.to_owned()),
        );
    }
    problem.to_string()
}

/// An HTML response for a page handler. Pages differ by `Accept-Language`, which caches
/// must know.
pub fn html(body: String) -> Response {
    (
        StatusCode::OK,
        [(header::VARY, "Accept-Language")],
        Html(body),
    )
        .into_response()
}

type HeaderLayers = Stack<
    SetResponseHeaderLayer<HeaderValue>,
    Stack<
        SetResponseHeaderLayer<HeaderValue>,
        Stack<SetResponseHeaderLayer<HeaderValue>, Identity>,
    >,
>;

/// The policy for every response: scripts and styles only from this site, nothing framed,
/// no plugins, forms post only here. The quick-exit script is a file, so no inline script is
/// needed anywhere.
const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     frame-ancestors 'none'; form-action 'self'";

/// The security headers of every response, each set unless the response has it already.
fn security_header_list() -> [(HeaderName, HeaderValue); 3] {
    [
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            HeaderName::from_static("referrer-policy"),
            HeaderValue::from_static("strict-origin-when-cross-origin"),
        ),
    ]
}

/// Security headers on every response (HTML, JSON, errors and static files alike).
pub fn security_headers() -> ServiceBuilder<HeaderLayers> {
    let [csp, nosniff, referrer] = security_header_list();
    ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::if_not_present(csp.0, csp.1))
        .layer(SetResponseHeaderLayer::if_not_present(nosniff.0, nosniff.1))
        .layer(SetResponseHeaderLayer::if_not_present(
            referrer.0, referrer.1,
        ))
}

/// Adds the headers [`security_headers`] adds, to a response made without that layer (the
/// page cache's answers, whose headers are put together once per page).
pub fn add_security_headers(headers: &mut HeaderMap) {
    for (name, value) in security_header_list() {
        if !headers.contains_key(&name) {
            headers.insert(name, value);
        }
    }
}

/// Counts and times every request (Prometheus) and logs one line for it. The route pattern,
/// not the path, labels the metrics, so that their number stays bounded; the log line has
/// the path but never the query string, which may hold what someone searched for.
pub async fn observe(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let response = next.run(request).await;
    let elapsed = started.elapsed();
    let status = response.status().as_u16();
    crate::serve::ops::record_request(method.as_str(), &route, status, elapsed);
    crate::serve::request_log::log_request(&crate::serve::request_log::RequestLine {
        method: method.as_str(),
        path: &path,
        route: &route,
        status,
        elapsed,
    });
    response
}
