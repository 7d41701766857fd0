//! `/admin/terms`: the terminology check's list and the texts kept with a listed term.

use askama::Template;

use crate::{Field, FieldKind, Layout};

/// A listed term in the admin table.
#[derive(Debug, Clone)]
pub struct TermRow {
    /// Language name.
    pub lang: String,
    /// The discouraged words.
    pub term: String,
    /// What to say instead.
    pub preferred: String,
    /// Why.
    pub reason: String,
    /// Where its remove button posts.
    pub remove_action: String,
}

/// A text kept with a listed term, for staff to look at.
#[derive(Debug, Clone)]
pub struct FlagRow {
    /// What it is.
    pub what: String,
    /// Where it is.
    pub href: String,
    /// The terms as written.
    pub terms: String,
    /// When.
    pub when: String,
    /// Where "reviewed" posts.
    pub review_action: String,
}

/// `/admin/terms`.
#[derive(Template)]
#[template(path = "terms_admin.html")]
pub struct TermsAdminPage {
    /// Frame.
    pub layout: Layout,
    /// Texts kept with a listed term, not yet reviewed.
    pub flags: Vec<FlagRow>,
    /// The list.
    pub terms: Vec<TermRow>,
    /// The form that adds a term (admins only; empty for editors).
    pub fields: Vec<Field>,
    /// Where the add form posts.
    pub add_action: String,
    /// Token for the forms.
    pub csrf_token: String,
    /// Whether the viewer may change the list.
    pub admin: bool,
}

impl TermsAdminPage {
    /// The fields with an error, for the summary.
    pub fn errors(&self) -> Vec<&Field> {
        self.fields.iter().filter(|f| f.error.is_some()).collect()
    }
}
