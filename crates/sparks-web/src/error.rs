//! The one error type of the web layer.
//!
//! A handler returns [`WebError`]; its response carries an [`ErrorInfo`] extension and no
//! body yet. The `render_errors` middleware then writes the body for the surface the request
//! came from: `application/problem+json` (RFC 9457) under `/api/`, an HTML page elsewhere.
//! Internal details are logged, never shown.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use sparks_store::StoreError;

/// Everything a handler can fail with.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// No such page or record.
    #[error("not found")]
    NotFound,
    /// A query parameter has a value we cannot use.
    #[error("bad parameter {name}: {message}")]
    BadParameter {
        /// The parameter's name, as in the URL.
        name: String,
        /// What is wrong and what is expected.
        message: String,
    },
    /// Access to this endpoint is not allowed from here.
    #[error("forbidden")]
    Forbidden,
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What the error renderer needs to know, attached to the bodiless error response.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// HTTP status.
    pub status: StatusCode,
    /// Short title (the status phrase, or a more specific one).
    pub title: String,
    /// Explanation fit for the person or program that made the request.
    pub detail: String,
    /// The parameter at fault, for 400s.
    pub parameter: Option<String>,
}

impl ErrorInfo {
    /// Generic information for a status that no handler described (405 from the router,
    /// 413 from the body limit, ...).
    pub fn for_status(status: StatusCode) -> Self {
        let detail = match status {
            StatusCode::NOT_FOUND => "There is nothing at this address.",
            StatusCode::METHOD_NOT_ALLOWED => "This address does not accept that method.",
            StatusCode::PAYLOAD_TOO_LARGE => "The request body is too large.",
            s if s.is_server_error() => {
                "Something went wrong on our side. Please try again in a moment."
            }
            _ => "The request could not be handled.",
        };
        ErrorInfo {
            status,
            title: status.canonical_reason().unwrap_or("Error").to_owned(),
            detail: detail.to_owned(),
            parameter: None,
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let info = match self {
            WebError::NotFound => ErrorInfo {
                status: StatusCode::NOT_FOUND,
                title: "Not Found".into(),
                detail: "There is nothing at this address. It may have moved or been removed."
                    .into(),
                parameter: None,
            },
            WebError::BadParameter { name, message } => ErrorInfo {
                status: StatusCode::BAD_REQUEST,
                title: "Bad Request".into(),
                detail: format!("The parameter '{name}' is not valid: {message}"),
                parameter: Some(name),
            },
            WebError::Forbidden => ErrorInfo {
                status: StatusCode::FORBIDDEN,
                title: "Forbidden".into(),
                detail: "This resource is not available from here.".into(),
                parameter: None,
            },
            WebError::Store(e) => {
                tracing::error!(error = %e, "store error");
                ErrorInfo::for_status(StatusCode::INTERNAL_SERVER_ERROR)
            }
        };
        let mut response = info.status.into_response();
        response.extensions_mut().insert(info);
        response
    }
}
