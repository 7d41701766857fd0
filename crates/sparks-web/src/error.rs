//! The one error type of the web layer.
//!
//! A handler returns [`WebError`]; its response carries an [`ErrorInfo`] extension and no
//! body yet. The `render_errors` middleware then writes the body for the surface the request
//! came from: `application/problem+json` (RFC 9457, in English) under `/api/`, an HTML page in
//! the visitor's language elsewhere. Internal details are logged, never shown.

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
    /// The request body is over the limit.
    #[error("request body too large")]
    TooLarge,
    /// Too many attempts: try again after this many seconds.
    #[error("too many requests")]
    TooManyRequests(i64),
    /// Something failed that the visitor cannot fix (hashing, sending mail, ...).
    #[error("internal error: {0}")]
    Internal(String),
    /// The database failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing a download (CSV) failed.
    #[error(transparent)]
    Export(#[from] sparks_core::formats::FormatError),
    /// Reading a stored upload failed (the cause is logged where it happened).
    #[error("upload store failed")]
    Upload,
}

/// What went wrong, as much as may be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    /// 404.
    NotFound,
    /// 400 for one parameter.
    BadParameter {
        /// The parameter.
        name: String,
        /// What is wrong with it.
        message: String,
    },
    /// 403.
    Forbidden,
    /// 405.
    MethodNotAllowed,
    /// 413.
    TooLarge,
    /// 429.
    TooManyRequests,
    /// Any 5xx.
    Server,
    /// Any other error status.
    Other,
}

/// What the error renderer needs, attached to the bodiless error response.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// HTTP status.
    pub status: StatusCode,
    /// What went wrong.
    pub kind: ErrorKind,
}

impl ErrorInfo {
    /// Information for a status that no handler described (405 from the router, 413 from
    /// a body limit, ...).
    pub fn for_status(status: StatusCode) -> Self {
        let kind = match status {
            StatusCode::NOT_FOUND => ErrorKind::NotFound,
            StatusCode::FORBIDDEN => ErrorKind::Forbidden,
            StatusCode::METHOD_NOT_ALLOWED => ErrorKind::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => ErrorKind::TooLarge,
            StatusCode::TOO_MANY_REQUESTS => ErrorKind::TooManyRequests,
            s if s.is_server_error() => ErrorKind::Server,
            _ => ErrorKind::Other,
        };
        ErrorInfo { status, kind }
    }

    /// The status phrase, for problem+json.
    pub fn title(&self) -> &'static str {
        self.status.canonical_reason().unwrap_or("Error")
    }

    /// An English explanation, for problem+json.
    pub fn detail(&self) -> String {
        match &self.kind {
            ErrorKind::NotFound => "There is nothing at this address.".into(),
            ErrorKind::BadParameter { name, message } => {
                format!("The parameter '{name}' is not valid: {message}")
            }
            ErrorKind::Forbidden => "This resource is not available from here.".into(),
            ErrorKind::MethodNotAllowed => "This address does not accept that method.".into(),
            ErrorKind::TooLarge => "The request body is too large.".into(),
            ErrorKind::TooManyRequests => {
                "Too many attempts. Please wait a little and try again.".into()
            }
            ErrorKind::Server => {
                "Something went wrong on our side. Please try again in a moment.".into()
            }
            ErrorKind::Other => "The request could not be handled.".into(),
        }
    }

    /// The parameter at fault, for 400s.
    pub fn parameter(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::BadParameter { name, .. } => Some(name),
            _ => None,
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let info = match self {
            WebError::NotFound => ErrorInfo::for_status(StatusCode::NOT_FOUND),
            WebError::BadParameter { name, message } => ErrorInfo {
                status: StatusCode::BAD_REQUEST,
                kind: ErrorKind::BadParameter { name, message },
            },
            WebError::Forbidden => ErrorInfo::for_status(StatusCode::FORBIDDEN),
            WebError::TooLarge => ErrorInfo::for_status(StatusCode::PAYLOAD_TOO_LARGE),
            WebError::TooManyRequests(seconds) => {
                let info = ErrorInfo::for_status(StatusCode::TOO_MANY_REQUESTS);
                let mut response = info.status.into_response();
                if let Ok(v) = axum::http::HeaderValue::from_str(&seconds.max(1).to_string()) {
                    response
                        .headers_mut()
                        .insert(axum::http::header::RETRY_AFTER, v);
                }
                response.extensions_mut().insert(info);
                return response;
            }
            WebError::Internal(e) => {
                tracing::error!(error = %e, "internal error");
                ErrorInfo::for_status(StatusCode::INTERNAL_SERVER_ERROR)
            }
            WebError::Store(e) => {
                tracing::error!(error = %e, "store error");
                ErrorInfo::for_status(StatusCode::INTERNAL_SERVER_ERROR)
            }
            WebError::Export(e) => {
                tracing::error!(error = %e, "export error");
                ErrorInfo::for_status(StatusCode::INTERNAL_SERVER_ERROR)
            }
            WebError::Upload => ErrorInfo::for_status(StatusCode::INTERNAL_SERVER_ERROR),
        };
        let mut response = info.status.into_response();
        response.extensions_mut().insert(info);
        response
    }
}
