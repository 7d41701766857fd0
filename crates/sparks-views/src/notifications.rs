//! The view model of `/notifications`: a member's notifications, their mail choice per kind,
//! and their private feed's address.

use askama::Template;

use crate::pages::Layout;

/// One notification in the list.
#[derive(Debug, Clone)]
pub struct NotificationItem {
    /// Its id (for the mark-read form).
    pub id: i64,
    /// What kind, in words.
    pub kind: String,
    /// What happened.
    pub title: String,
    /// Where (a path on the site).
    pub href: String,
    /// When, in words.
    pub when: String,
    /// Not read yet.
    pub unread: bool,
}

/// One kind's mail choice.
#[derive(Debug, Clone)]
pub struct PreferenceRow {
    /// The field name (`pref_reply`, ...).
    pub name: String,
    /// The kind, in words.
    pub label: String,
    /// What it covers.
    pub hint: String,
    /// The choices, as (value, label, selected).
    pub choices: Vec<(String, String, bool)>,
}

/// `/notifications`.
#[derive(Template)]
#[template(path = "notifications.html")]
pub struct NotificationsPage {
    /// Frame.
    pub layout: Layout,
    /// Newest first.
    pub items: Vec<NotificationItem>,
    /// How many are unread, in words (`None` when none).
    pub unread: Option<String>,
    /// The mail choices.
    pub preferences: Vec<PreferenceRow>,
    /// The private feed's full URL, shown once right after it was made (the secret is not
    /// stored, so it cannot be shown again).
    pub new_feed_url: Option<String>,
    /// Whether a private feed exists.
    pub has_feed: bool,
    /// A notice to show at the top (a choice was saved, say).
    pub notice: Option<String>,
    /// For the forms.
    pub csrf_token: String,
}
