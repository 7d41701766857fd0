//! View models of search, the landscape map, related work and "does this exist already?".

use askama::Template;
use sparks_search::Marked;

use crate::pages::{FacetGroup, HiddenField, Layout, Link, Pagination};

/// A search hit. Title and snippet are [`Marked`]: escaped text whose only markup is
/// `<mark>`, built by `sparks-search`, so the template prints them as they are.
#[derive(Debug, Clone)]
pub struct SearchHitView {
    /// Link to the item.
    pub href: String,
    /// Its type, as people read it.
    pub kind: String,
    /// Short name, if any.
    pub acronym: Option<String>,
    /// Title with matched words marked.
    pub title: Marked,
    /// Excerpt with matched words marked.
    pub snippet: Marked,
}

/// `/search`.
#[derive(Template)]
#[template(path = "search.html")]
pub struct SearchPage {
    /// Frame.
    pub layout: Layout,
    /// The query as typed.
    pub q: String,
    /// Whether a query was given (else the page only shows the form).
    pub searched: bool,
    /// "12 results", or the no-results sentence.
    pub summary: String,
    /// Notes on how the query was read (typos corrected, words not found, partial matches).
    pub notes: Vec<String>,
    /// Hits on this page.
    pub hits: Vec<SearchHitView>,
    /// Filters in force, each with a link that removes it.
    pub active: Vec<Link>,
    /// Filters to carry through the form.
    pub hidden: Vec<HiddenField>,
    /// Facet counts.
    pub facets: Vec<FacetGroup>,
    /// Page links.
    pub pagination: Pagination,
    /// The same results as JSON.
    pub api_href: String,
    /// Where to get help, when the query reads as someone looking for it: shown first,
    /// before any result.
    pub help_href: Option<String>,
}

/// A cell of a landscape table.
#[derive(Debug, Clone)]
pub struct MatrixCellView {
    /// Number of initiatives, formatted.
    pub count: String,
    /// Summed EU contribution, formatted, when any is recorded.
    pub eur: Option<String>,
    /// The directory filtered to the cell.
    pub href: String,
    /// No initiative: a gap.
    pub gap: bool,
}

/// A row of a landscape table.
#[derive(Debug, Clone)]
pub struct MatrixRowView {
    /// Row header.
    pub label: String,
    /// Cells, one per column.
    pub cells: Vec<MatrixCellView>,
}

/// A label placed in a heat map.
#[derive(Debug, Clone)]
pub struct HeatLabel {
    /// X.
    pub x: u32,
    /// Y.
    pub y: u32,
    /// Text.
    pub text: String,
}

/// A cell of a heat map.
#[derive(Debug, Clone)]
pub struct HeatCell {
    /// Left.
    pub x: u32,
    /// Top.
    pub y: u32,
    /// Fill colour or pattern reference (an SVG presentation attribute: the CSP forbids
    /// inline styles, not attributes).
    pub fill: String,
    /// The count shown in the cell (empty for gaps).
    pub text: String,
    /// Colour of that text, readable on the fill.
    pub text_fill: &'static str,
    /// The directory filtered to the cell.
    pub href: String,
    /// What the cell says, for the link's name (`Poland, Prevention: 3`).
    pub label: String,
}

/// A server-drawn heat map. The table beside it carries the same numbers for every reader.
#[derive(Debug, Clone)]
pub struct HeatMap {
    /// Unique id prefix.
    pub id: String,
    /// Width in SVG units.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// Cell width.
    pub cell_w: u32,
    /// Cell height.
    pub cell_h: u32,
    /// Short title.
    pub title: String,
    /// Longer description (what the colours mean, where the gaps are).
    pub desc: String,
    /// Column labels.
    pub columns: Vec<HeatLabel>,
    /// Whether column labels are turned to save width.
    pub rotate_columns: bool,
    /// Row labels.
    pub rows: Vec<HeatLabel>,
    /// Cells.
    pub cells: Vec<HeatCell>,
}

/// One matrix: heading, table and heat map.
#[derive(Debug, Clone)]
pub struct MatrixView {
    /// Id for headings and captions.
    pub id: String,
    /// Section heading.
    pub heading: String,
    /// One paragraph on what it shows.
    pub intro: String,
    /// Table caption.
    pub caption: String,
    /// Header of the row-header column.
    pub corner: String,
    /// Column headers.
    pub columns: Vec<String>,
    /// Rows.
    pub rows: Vec<MatrixRowView>,
    /// The heat map.
    pub heatmap: HeatMap,
}

/// A colour of the heat map's scale, for the legend.
#[derive(Debug, Clone)]
pub struct LegendEntry {
    /// Fill colour (or gap pattern).
    pub fill: String,
    /// What it stands for.
    pub label: String,
}

/// `/landscape`.
#[derive(Template)]
#[template(path = "landscape.html")]
pub struct LandscapePage {
    /// Frame.
    pub layout: Layout,
    /// The matrices.
    pub matrices: Vec<MatrixView>,
    /// The colour legend.
    pub legend: Vec<LegendEntry>,
    /// What the matrices leave out.
    pub notes: Vec<String>,
    /// CSV download.
    pub csv_href: String,
    /// JSON.
    pub api_href: String,
}

/// A related item, with why it is related.
#[derive(Debug, Clone)]
pub struct RelatedCard {
    /// Link.
    pub href: String,
    /// Short name.
    pub acronym: String,
    /// Title.
    pub title: String,
    /// Why, in a sentence.
    pub reason: String,
}

/// `/initiatives/similar`: "Does this exist already?".
#[derive(Template)]
#[template(path = "similar.html")]
pub struct SimilarPage {
    /// Frame.
    pub layout: Layout,
    /// Acronym entered.
    pub acronym: String,
    /// Title entered.
    pub title: String,
    /// Summary entered.
    pub summary: String,
    /// Whether anything was entered.
    pub searched: bool,
    /// The closest existing initiatives.
    pub results: Vec<RelatedCard>,
}
