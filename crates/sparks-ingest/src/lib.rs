//! Getting data in and out of Sparks.
//!
//! The dataset format (`data/initiatives.json`, and what `sparks export --format json`
//! writes) and CSV export. Parsing here never stops at the first bad record: every record is
//! checked, the good ones are returned and every bad one is reported with its position.

pub mod content;
pub mod cordis;
pub mod dataset;
pub mod export;
pub mod export_records;
pub mod feed_items;
pub mod feed_run;
pub mod fetch;
pub mod guard;
pub mod http;
pub mod synth;
pub mod xml_base;

pub use content::{
    BUNDLED_EVENTS, BUNDLED_HELPLINES, BUNDLED_NEWS, BUNDLED_RECOMMENDATIONS, BUNDLED_RESOURCES,
    BUNDLED_STATISTICS, ContentReport, parse_events, parse_helplines, parse_news,
    parse_recommendations, parse_resources, parse_statistics,
};
pub use dataset::{DatasetRecord, ImportReport, RecordError, parse_initiatives};
pub use export::{write_csv, write_json, write_statistics_csv};

/// The dataset bundled with the binary, loaded on first start.
pub const BUNDLED_INITIATIVES: &str = include_str!("../../../data/initiatives.json");

/// Errors that stop a whole import or export (a single bad record does not).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file is not a JSON array at all.
    #[error("not a JSON array of records: {0}")]
    NotAnArray(serde_json::Error),
    /// Writing failed.
    #[error("could not write: {0}")]
    Write(#[from] std::io::Error),
    /// CSV writing failed.
    #[error("could not write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// JSON writing failed.
    #[error("could not write JSON: {0}")]
    Json(serde_json::Error),
}
