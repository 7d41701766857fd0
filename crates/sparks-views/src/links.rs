//! Broken links on pages: the link checker's findings, so that a page can say next to a link,
//! in words and not only colour, that it was reported broken and when.

use std::collections::BTreeMap;

/// The links of one page the checker found broken: URL as the page shows it → the day
/// (`YYYY-MM-DD`) it was first reported broken.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BrokenLinks(pub BTreeMap<String, String>);

impl BrokenLinks {
    /// The day `url` was reported broken, if it is.
    pub fn day(&self, url: impl AsRef<str>) -> Option<&str> {
        self.0.get(url.as_ref()).map(String::as_str)
    }
}

/// A broken link on `/admin/links`: where it is shown and what the checks found.
#[derive(Debug, Clone)]
pub struct BrokenLinkRow {
    /// The record showing it (its public page).
    pub record: crate::Link,
    /// The record's type, in words.
    pub kind: String,
    /// The fields that show it.
    pub fields: String,
    /// Where staff edit the record.
    pub edit_href: String,
    /// The URL.
    pub url: String,
    /// What the last check found (status code or error).
    pub error: String,
    /// The day it was first reported broken.
    pub since: String,
    /// When it last worked, if it ever did.
    pub last_success: String,
}

/// `/admin/links`: the links the checker found broken, by record.
#[derive(askama::Template)]
#[template(path = "links_admin.html")]
pub struct LinksAdminPage {
    /// Frame.
    pub layout: crate::Layout,
    /// The broken links, record by record.
    pub rows: Vec<BrokenLinkRow>,
}
