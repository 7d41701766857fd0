//! Static assets embedded in the binary.

use axum::http::header;
use axum::response::{IntoResponse, Response};

/// Assets change only with a new release; an hour of caching keeps pages fast while a new
/// release reaches readers soon.
const ASSET_CACHE: &str = "public, max-age=3600";

/// `GET /static/style.css`.
pub async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, ASSET_CACHE),
        ],
        sparks_views::STYLESHEET,
    )
        .into_response()
}

/// `GET /static/quick-exit.js`.
pub async fn quick_exit_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, ASSET_CACHE),
        ],
        sparks_views::QUICK_EXIT_SCRIPT,
    )
        .into_response()
}

/// `GET /static/copy.js`: the media pack's copy buttons.
pub async fn copy_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, ASSET_CACHE),
        ],
        sparks_views::COPY_SCRIPT,
    )
        .into_response()
}

/// `GET /static/sparks-wordmark.svg`.
pub async fn wordmark() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, ASSET_CACHE),
        ],
        sparks_views::WORDMARK_SVG,
    )
        .into_response()
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
