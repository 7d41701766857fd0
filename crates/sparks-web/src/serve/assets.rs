//! Static assets embedded in the binary, served compressed from forms made once (see
//! [`crate::serve::encoding`]).

use std::sync::OnceLock;

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use crate::serve::encoding::{Variants, encode_into};

/// Assets change only with a new release; an hour of caching keeps pages fast while a new
/// release reaches readers soon.
const ASSET_CACHE: &str = "public, max-age=3600";

/// An embedded text asset, compressed for the request from forms made once per process.
fn text_asset(
    request: &HeaderMap,
    content_type: &'static str,
    body: &'static str,
    compressed: &'static OnceLock<Variants>,
) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(ASSET_CACHE));
    let identity = Bytes::from_static(body.as_bytes());
    let body = encode_into(
        request,
        &mut headers,
        &identity,
        compressed.get_or_init(Variants::default),
    );
    (headers, body).into_response()
}

/// `GET /static/style.css`.
pub async fn stylesheet(request: HeaderMap) -> Response {
    static COMPRESSED: OnceLock<Variants> = OnceLock::new();
    text_asset(
        &request,
        "text/css; charset=utf-8",
        sparks_views::STYLESHEET,
        &COMPRESSED,
    )
}

/// `GET /static/quick-exit.js`.
pub async fn quick_exit_script(request: HeaderMap) -> Response {
    static COMPRESSED: OnceLock<Variants> = OnceLock::new();
    text_asset(
        &request,
        "text/javascript; charset=utf-8",
        sparks_views::QUICK_EXIT_SCRIPT,
        &COMPRESSED,
    )
}

/// `GET /static/copy.js`: the media pack's copy buttons.
pub async fn copy_script(request: HeaderMap) -> Response {
    static COMPRESSED: OnceLock<Variants> = OnceLock::new();
    text_asset(
        &request,
        "text/javascript; charset=utf-8",
        sparks_views::COPY_SCRIPT,
        &COMPRESSED,
    )
}

/// `GET /static/sparks-wordmark.svg`.
pub async fn wordmark(request: HeaderMap) -> Response {
    static COMPRESSED: OnceLock<Variants> = OnceLock::new();
    text_asset(
        &request,
        "image/svg+xml",
        sparks_views::WORDMARK_SVG,
        &COMPRESSED,
    )
}

/// `GET /static/media/{name}`: a graphic of the media pack.
pub async fn media_file(
    axum::extract::Path(name): axum::extract::Path<String>,
) -> Result<Response, crate::WebError> {
    let file = sparks_views::MEDIA_FILES
        .iter()
        .find(|f| f.name == name)
        .ok_or(crate::WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, file.content_type),
            (header::CACHE_CONTROL, ASSET_CACHE),
        ],
        file.bytes,
    )
        .into_response())
}
