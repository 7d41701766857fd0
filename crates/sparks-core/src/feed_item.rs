//! An item read from an initiative's feed: what the feed parser produces and the store takes
//! into the news.

use crate::NewsPost;

/// An item as read from a feed, ready to store as a news post.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedItem {
    /// The post (slug, attribution to the initiative, source link, sanitised HTML).
    pub post: NewsPost,
    /// The item's GUID or id, when it has one.
    pub guid: Option<String>,
    /// Its canonical link, when it has one.
    pub link: Option<String>,
    /// Title and day, the last resort for recognising it.
    pub title_date: String,
}
