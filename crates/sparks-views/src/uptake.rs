//! Uptake of the key recommendations (issue #19, section 2): a recommendation's own page
//! (its uptake as a table and a timeline, and the staff form) and the tracker matrix.

use askama::Template;

use crate::{Field, FieldKind, Layout, Link};

/// One addressee's uptake, formatted.
#[derive(Debug, Clone)]
pub struct UptakeRowView {
    /// Whom (translated, with the country's name).
    pub addressee: String,
    /// Status slug (for the CSS class).
    pub status: String,
    /// Status, translated.
    pub status_label: String,
    /// Day, formatted; empty when nobody recorded one.
    pub date: String,
    /// Note.
    pub note: String,
    /// Evidence.
    pub source_url: Option<String>,
    /// Who recorded it and when, formatted; empty when nobody did.
    pub recorded: String,
}

/// A recommendation's page.
#[derive(Template)]
#[template(path = "recommendation.html")]
pub struct RecommendationPage {
    /// Frame.
    pub layout: Layout,
    /// Language of the record's text.
    pub content_lang: String,
    /// Statement.
    pub title: String,
    /// Text, rendered from its Markdown (sanitised HTML).
    pub text_html: String,
    /// Labelled facts (pillar, issuer, year, addressed to).
    pub facts: Vec<(String, String)>,
    /// Initiatives and resources that produced it.
    pub produced_by: Vec<Link>,
    /// Initiatives and resources that act on it.
    pub acted_on_by: Vec<Link>,
    /// Where it was read.
    pub source_url: Option<String>,
    /// For staff: the links they set, each with its remove button.
    pub unlinks: Vec<Unlink>,
    /// For staff: the form that links an initiative or resource.
    pub link_fields: Vec<Field>,
    /// Where the link form posts.
    pub link_action: String,
    /// Current uptake per addressee.
    pub uptake: Vec<UptakeRowView>,
    /// Every update, newest first.
    pub history: Vec<UptakeRowView>,
    /// The form: staff record, members propose (empty for visitors).
    pub fields: Vec<Field>,
    /// What the form does, or that logging in lets one propose an update.
    pub form_intro: String,
    /// The login page, coming back here.
    pub login_href: String,
    /// After a proposal: that it waits for an editor.
    pub notice: Option<String>,
    /// Where the form posts.
    pub action: String,
    /// Token for the form.
    pub csrf_token: String,
    /// The list, back.
    pub list_href: String,
    /// The tracker.
    pub tracker_href: String,
}

impl RecommendationPage {
    /// The fields with an error, for the summary.
    pub fn errors(&self) -> Vec<&Field> {
        self.fields
            .iter()
            .chain(&self.link_fields)
            .filter(|f| f.error.is_some())
            .collect()
    }
}

/// A link staff set between a recommendation and an initiative or resource, to remove.
#[derive(Debug, Clone)]
pub struct Unlink {
    /// What it links, and how (for the button's accessible name).
    pub label: String,
    /// `produced-by` or `acted-on-by`.
    pub relation: String,
    /// `initiative` or `resource`.
    pub kind: String,
    /// Its slug.
    pub target: String,
}

/// A cell of the tracker: one recommendation × one addressee.
#[derive(Debug, Clone)]
pub struct TrackerCell {
    /// Status slug (CSS class); empty when the recommendation does not address this column.
    pub status: String,
    /// Status, translated; empty when not addressed.
    pub label: String,
    /// One or two letters drawn in the cell (so colour is never the only sign).
    pub mark: String,
}

/// A row of the tracker.
#[derive(Debug, Clone)]
pub struct TrackerRow {
    /// The recommendation, linking its page.
    pub link: Link,
    /// One cell per column.
    pub cells: Vec<TrackerCell>,
}

/// One status in the legend and the totals, with its count per column and overall.
#[derive(Debug, Clone)]
pub struct TrackerTotal {
    /// Status slug.
    pub status: String,
    /// Status, translated.
    pub label: String,
    /// Its mark in the grid.
    pub mark: String,
    /// How many cells of each column have it.
    pub per_column: Vec<u64>,
    /// How many cells have it.
    pub total: u64,
}

/// `/recommendations/tracker`.
#[derive(Template)]
#[template(path = "recommendations_tracker.html")]
pub struct TrackerPage {
    /// Frame.
    pub layout: Layout,
    /// Column headings: addressees (member states by country).
    pub columns: Vec<String>,
    /// Column keys (`member-states:PL`), for the totals' ids.
    pub column_keys: Vec<String>,
    /// One row per recommendation.
    pub rows: Vec<TrackerRow>,
    /// Per status: counts per column and overall.
    pub totals: Vec<TrackerTotal>,
    /// The CSV.
    pub csv_href: String,
    /// The JSON.
    pub api_href: String,
}

/// One option of a filter.
#[derive(Debug, Clone)]
pub struct FilterOption {
    /// Value in the URL (empty: any).
    pub value: String,
    /// Label.
    pub label: String,
    /// Whether it is the one chosen.
    pub selected: bool,
}

/// A filter of `/recommendations`: a select in a GET form.
#[derive(Debug, Clone)]
pub struct FilterSelect {
    /// Parameter name.
    pub name: String,
    /// Label.
    pub label: String,
    /// Options, "any" first.
    pub options: Vec<FilterOption>,
}
