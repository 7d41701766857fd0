//! Domain types and rules of Sparks.
//!
//! Everything here is plain data and pure functions: parsing and validating the values that
//! describe the CSAE landscape (pillars, funding programmes, countries, partial dates, the
//! status derived from them) and the initiative record built from them. No IO, so the rules
//! can be tested in isolation and shared by the store, the importers and the web layer.

pub mod country;
pub mod date;
pub mod initiative;
pub mod kind;
pub mod listing;
pub mod pillar;
pub mod programme;
pub mod slug;
pub mod status;

pub use country::Country;
pub use date::PartialDate;
pub use initiative::{FieldError, Initiative, InitiativeDraft};
pub use kind::InitiativeKind;
pub use listing::{FacetCount, Facets, InitiativeSummary, Page};
pub use pillar::Pillar;
pub use programme::Programme;
pub use status::Status;

/// A value that could not be parsed into one of the domain types.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// A sentence saying what was expected, fit to show to the person who typed the value.
    pub message: String,
}

impl ParseError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}
