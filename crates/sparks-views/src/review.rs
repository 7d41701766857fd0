//! `/admin/review`: records whose facts were checked longest ago, for staff to confirm.

use askama::Template;

use crate::Layout;

/// One record in the review queue.
#[derive(Debug, Clone)]
pub struct ReviewRow {
    /// The record's kind (form value of "still correct").
    pub kind: String,
    /// Its kind, named.
    pub kind_label: String,
    /// Its slug.
    pub slug: String,
    /// Its name.
    pub title: String,
    /// Its public page.
    pub href: String,
    /// Its edit form.
    pub edit_href: String,
    /// "5 December 2026 by Eda", or "Not checked yet".
    pub checked: String,
}

/// `/admin/review`.
#[derive(Template)]
#[template(path = "review.html")]
pub struct ReviewPage {
    /// Frame.
    pub layout: Layout,
    /// The records, longest unchecked first.
    pub rows: Vec<ReviewRow>,
    /// A confirmation after "still correct".
    pub notice: Option<String>,
    /// CSRF token.
    pub csrf_token: String,
}
