//! Campaigns (issue #19): the list, a campaign's page with its kit, and the graphics preview
//! on the editors' form.

use askama::Template;

use crate::{Layout, Link, SuggestedPost};

/// A campaign in the list.
#[derive(Debug, Clone)]
pub struct CampaignCard {
    /// Its page.
    pub href: String,
    /// Language of its words as shown.
    pub lang: String,
    /// Title.
    pub title: String,
    /// Slogan.
    pub slogan: String,
    /// When, in words (empty for a standing kit).
    pub dates: String,
    /// Its landscape banner, for a thumbnail.
    pub thumbnail: String,
    /// "Draft" for staff, else empty.
    pub status: String,
}

/// `/campaigns`.
#[derive(Template)]
#[template(path = "campaigns.html")]
pub struct CampaignsPage {
    /// Frame.
    pub layout: Layout,
    /// Campaigns.
    pub campaigns: Vec<CampaignCard>,
    /// Where staff create one (None for others).
    pub new_href: Option<String>,
    /// Where members propose one (None for staff, who create them).
    pub propose_href: Option<String>,
}

/// One generated graphic as shown and offered for download.
#[derive(Debug, Clone)]
pub struct CampaignGraphic {
    /// Its PNG.
    pub png: String,
    /// Its SVG.
    pub svg: String,
    /// The words on it, as alt text.
    pub alt: String,
    /// What it is ("Banner 1200 × 630").
    pub label: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Width to show it at in the page (CSS scales it down further on small screens).
    pub shown_width: u32,
    /// File name for the download.
    pub file: String,
}

/// A campaign's page: messages, posts to copy and share, texts, graphics and links.
#[derive(Template)]
#[template(path = "campaign.html")]
pub struct CampaignPage {
    /// Frame.
    pub layout: Layout,
    /// Language of the campaign's words as shown.
    pub content_lang: String,
    /// A draft, seen by staff only.
    pub draft: bool,
    /// Title.
    pub title: String,
    /// Slogan.
    pub slogan: String,
    /// Summary.
    pub summary: String,
    /// When, in words (empty when undated).
    pub dates: String,
    /// Pillars, linking their pages.
    pub pillars: Vec<Link>,
    /// Key messages.
    pub messages: Vec<String>,
    /// Hashtags, space separated.
    pub hashtags: String,
    /// The call to action.
    pub cta: Link,
    /// Short posts with share links.
    pub short_posts: Vec<SuggestedPost>,
    /// Long posts with share links.
    pub long_posts: Vec<SuggestedPost>,
    /// The email's subject.
    pub email_subject: String,
    /// The email's paragraphs.
    pub email_body: String,
    /// The press text.
    pub press: String,
    /// Generated graphics in this language.
    pub graphics: Vec<CampaignGraphic>,
    /// The whole kit as a zip.
    pub kit_href: String,
    /// The campaign in its other languages.
    pub languages: Vec<Link>,
    /// Initiatives behind it.
    pub initiatives: Vec<Link>,
    /// Resources it points to.
    pub resources: Vec<Link>,
    /// Events it belongs to.
    pub events: Vec<Link>,
    /// Who describes the campaign or the day.
    pub source_url: Option<String>,
    /// Staff: the edit form.
    pub edit_href: Option<String>,
    /// The copy buttons' script.
    pub copy_script: String,
}

impl CampaignPage {
    /// The campaign's language where it differs from the page's, else empty.
    pub fn post_lang(&self) -> &str {
        if self.content_lang == self.layout.lang() {
            ""
        } else {
            &self.content_lang
        }
    }

    /// The short and the long posts, each with its heading's message key.
    pub fn post_groups(&self) -> [(&'static str, &[SuggestedPost]); 2] {
        [
            ("campaign-short-posts", &self.short_posts),
            ("campaign-long-posts", &self.long_posts),
        ]
    }

    /// The linked records, each list with its heading's message key.
    pub fn link_groups(&self) -> [(&'static str, &[Link]); 3] {
        [
            ("campaign-initiatives", &self.initiatives),
            ("campaign-resources", &self.resources),
            ("campaign-events", &self.events),
        ]
    }
}

/// The graphics of a campaign being edited, shown above the form (a preview before
/// publishing).
#[derive(Template)]
#[template(path = "campaign_preview.html")]
pub struct CampaignPreview {
    /// The graphics, in each language.
    pub graphics: Vec<(String, Vec<CampaignGraphic>)>,
    /// The draft's page.
    pub page_href: String,
    /// "See the page as it will look".
    pub page_label: String,
}
