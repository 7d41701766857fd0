//! The site's own notices: the privacy notice (`/privacy`) and the accessibility statement
//! (`/accessibility`). Both are built by the web layer from the site's real settings; these
//! are their view models.

use askama::Template;

use crate::pages::{Layout, Link};

/// A paragraph, optionally ending in a link (a right and where to use it).
#[derive(Debug, Clone)]
pub struct NoticeLine {
    /// The text.
    pub text: String,
    /// A link after the text.
    pub link: Option<Link>,
}

impl NoticeLine {
    /// A line of text alone.
    pub fn text(text: String) -> NoticeLine {
        NoticeLine { text, link: None }
    }

    /// A line of text followed by a link.
    pub fn linked(text: String, label: String, href: String) -> NoticeLine {
        NoticeLine {
            text,
            link: Some(Link { label, href }),
        }
    }
}

/// One kind of data the site keeps: what, why, for how long.
#[derive(Debug, Clone)]
pub struct DataRecord {
    /// What is kept.
    pub what: String,
    /// Why.
    pub why: String,
    /// For how long.
    pub how_long: String,
}

/// A headed part of a notice.
#[derive(Debug, Clone)]
pub struct NoticeSection {
    /// The `id` of its heading (for links and `aria-labelledby`).
    pub id: &'static str,
    /// Its heading.
    pub heading: String,
    /// Paragraphs.
    pub paragraphs: Vec<NoticeLine>,
    /// A list after the paragraphs.
    pub items: Vec<NoticeLine>,
    /// Data kept (the privacy notice's main part).
    pub records: Vec<DataRecord>,
}

/// `/privacy` and `/accessibility`: a heading, a lead, headed sections.
#[derive(Template)]
#[template(path = "site_notice.html")]
pub struct SiteNoticePage {
    /// Frame.
    pub layout: Layout,
    /// The `h1`.
    pub heading: String,
    /// Lead paragraphs.
    pub lead: Vec<String>,
    /// The sections.
    pub sections: Vec<NoticeSection>,
    /// Labels of a data record's "why" and "how long".
    pub why_label: String,
    /// See [`SiteNoticePage::why_label`].
    pub how_long_label: String,
}
