//! `GET /uploads/{name}`: files kept by `sparks_uploads`, served so that no browser runs them.
//!
//! Even a re-encoded image is served as a download (`Content-Disposition: attachment`), with
//! `nosniff` (the declared type is final) and `Content-Security-Policy: sandbox; default-src
//! 'none'` (opened directly, it gets a unique origin and may load nothing).

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::{AppState, WebError};

/// The policy on every served upload.
pub const UPLOAD_CSP: &str = "sandbox; default-src 'none'";

/// `GET /uploads/{name}`.
pub(crate) async fn serve_upload(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, WebError> {
    let Some(store) = state.uploads() else {
        return Err(WebError::NotFound);
    };
    // Names are ours (random hex + extension); anything else is simply not there.
    let content_type = name
        .rsplit_once('.')
        .and_then(|(_, ext)| sparks_uploads::content_type_of(ext))
        .filter(|_| sparks_uploads::is_stored_name(&name))
        .ok_or(WebError::NotFound)?;
    let store = store.clone();
    let lookup = name.clone();
    let bytes = tokio::task::spawn_blocking(move || store.get(&lookup))
        .await
        .map_err(|e| {
            tracing::error!(error = %e, "upload read task failed");
            WebError::Upload
        })?
        .map_err(|e| {
            tracing::error!(error = %e, upload.name = %name, "cannot read an upload");
            WebError::Upload
        })?
        .ok_or(WebError::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, content_type.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{name}\""),
            ),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff".to_owned()),
            (header::CONTENT_SECURITY_POLICY, UPLOAD_CSP.to_owned()),
            (
                header::CACHE_CONTROL,
                "public, max-age=31536000, immutable".to_owned(),
            ),
        ],
        bytes,
    )
        .into_response())
}
