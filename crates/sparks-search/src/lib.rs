//! Search for Sparks, without IO.
//!
//! One analyzer, written in Rust, turns every text into index terms (folded to lower-case
//! ASCII, tokenised, stop words dropped, Snowball-stemmed) for both databases, so SQLite FTS5
//! and PostgreSQL `tsvector` index exactly the same terms and rank alike. The store
//! (`sparks-store`) keeps the index and runs the queries; this crate only decides *what* they
//! say:
//!
//! - [`analyzer`]: folding, tokens with their place in the original text, stemming;
//! - [`document`]: [`SearchDocument`], what every content type hands to the index;
//! - [`query`]: parsing what a person typed into words, phrases and a prefix, never passing
//!   their text through;
//! - [`compile`]: the resolved query as an FTS5 `MATCH` expression or a `tsquery`, built only
//!   from index terms;
//! - [`help`]: whether a query reads as someone looking for help;
//! - [`typo`]: which indexed terms are one or two letters away from a query word;
//! - [`snippet`]: escaped excerpts with the matched words in `<mark>`.

pub mod analyzer;
pub mod compile;
pub mod document;
pub mod help;
pub mod query;
pub mod snippet;
pub mod typo;

pub use analyzer::Language;
pub use compile::{Combine, Dialect, Resolved};
pub use document::{AnalyzedDocument, DocType, Facet, SearchDocument};
pub use help::seeks_help;
pub use query::{Clause, Query, Word};
pub use snippet::Marked;
