//! Getting data in and out of Sparks.
//!
//! Reading the dataset format (`data/initiatives.json`, and what `sparks export --format json`
//! writes) and the content files, CORDIS imports and feeds. Parsing here never stops at the
//! first bad record: every record is checked, the good ones are returned and every bad one is
//! reported with its position. The pure file formats (the dataset record, the JSON and CSV
//! writers) live in [`sparks_core::dataset`] and [`sparks_core::formats`], so that the web
//! layer can use them without this crate; they are re-exported here.

pub mod content;
pub mod cordis;
pub mod dataset;
pub mod feed_items;
pub mod feed_run;
pub mod fetch;
pub mod guard;
pub mod http;
pub mod link_check;
pub mod synth;
pub mod xml_base;

pub use content::{
    BUNDLED_EVENTS, BUNDLED_HELPLINES, BUNDLED_NEWS, BUNDLED_RECOMMENDATIONS, BUNDLED_RESOURCES,
    BUNDLED_STATISTICS, BundledContent, ContentReport, parse_events, parse_helplines, parse_news,
    parse_recommendations, parse_resources, parse_statistics,
};
pub use dataset::{ImportReport, RecordError, parse_initiatives};
pub use sparks_core::dataset::{DatasetRecord, OneOrMany};
pub use sparks_core::formats::{
    FormatError, neutralise_formula, write_csv, write_json, write_statistics_csv,
};

/// The content records' writers, under the path the command line has used.
pub mod export_records {
    pub use sparks_core::formats::{write_records_csv, write_records_json};
}

/// The dataset bundled with the binary, loaded on first start.
pub const BUNDLED_INITIATIVES: &str = include_str!("../../../data/initiatives.json");

/// Errors that stop a whole import (a single bad record does not; writing an export fails
/// with [`FormatError`]).
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The file is not a JSON array at all.
    #[error("not a JSON array of records: {0}")]
    NotAnArray(serde_json::Error),
}
