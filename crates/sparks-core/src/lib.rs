//! Domain types and rules of Sparks.
//!
//! Everything here is plain data and pure functions: parsing and validating the values that
//! describe the CSAE landscape (pillars, funding programmes, countries, partial dates, the
//! status derived from them) and the initiative record built from them. No IO, so the rules
//! can be tested in isolation and shared by the store, the importers and the web layer.

pub mod campaign;
pub mod clock;
pub mod country;
pub mod dataset;
pub mod date;
pub mod event;
pub mod feed_item;
pub mod formats;
pub mod helpline;
pub mod initiative;
pub mod kind;
pub mod listing;
pub mod markdown;
pub mod news;
pub mod pillar;
pub mod programme;
pub mod recommendation;
pub mod resource;
pub mod sanitise;
pub mod slug;
pub mod statistic;
pub mod status;
pub mod terminology;
pub mod uptake;
pub mod vocab;
pub mod warning;

pub use clock::Clock;
pub use country::Country;
pub use dataset::DatasetRecord;
pub use date::PartialDate;
pub use event::{Event, EventDraft, EventTime};
pub use feed_item::FeedItem;
pub use helpline::{Helpline, HelplineDraft};
pub use initiative::{FieldError, Initiative, InitiativeDraft, StatusClaim};
pub use kind::InitiativeKind;
pub use listing::{FacetCount, Facets, InitiativeSummary, Page};
pub use news::{NewsDraft, NewsPost};
pub use pillar::Pillar;
pub use programme::Programme;
pub use recommendation::{Recommendation, RecommendationDraft};
pub use resource::{Resource, ResourceDraft};
pub use statistic::{Statistic, StatisticDraft};
pub use status::{DeclaredStatus, Status};
pub use uptake::{Addressee, AddresseeKind, Relation, UptakeDraft, UptakeStatus, UptakeUpdate};
pub use vocab::{Audience, EventKind, HelplineKind, ResourceKind};
pub use warning::ContentWarning;

/// A value that could not be parsed into one of the domain types.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// A sentence saying what was expected, fit to show to the person who typed the value.
    pub message: String,
}

impl ParseError {
    /// A parse error with this message.
    pub fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}
