//! View models of the content hub: resources, news, events, recommendations, the CSAE
//! response figures, the media pack, support and help.

use askama::Template;

use crate::pages::{Fact, Layout, Link, Pagination, filtered_list_page};

/// A resource, post or event in a list.
#[derive(Debug, Clone)]
pub struct ContentCard {
    /// Its page.
    pub href: String,
    /// Title.
    pub title: String,
    /// Shortened description.
    pub summary: String,
    /// Labelled facts (type, date, place).
    pub meta: Vec<(String, String)>,
    /// Language of the title.
    pub lang: String,
    /// Language of the summary (editors' paraphrases may differ from the record's language).
    pub summary_lang: String,
    /// The initiative the item comes from, linking its profile.
    pub origin: Option<crate::Link>,
    /// A content warning's label, shown instead of the summary.
    pub warning: Option<String>,
}

filtered_list_page! {
    /// The resource library.
    #[derive(Template)]
    #[template(path = "resources.html")]
    pub struct ResourcesPage {
        /// "62 resources" / "3 resources match".
        pub summary: String,
    }
    cards: ContentCard,
}

/// One resource.
#[derive(Template)]
#[template(path = "resource.html")]
pub struct ResourcePage {
    /// Frame.
    pub layout: Layout,
    /// Links on this page the link checker found broken.
    pub broken_links: crate::BrokenLinks,
    /// Title.
    pub title: String,
    /// Type name.
    pub kind: String,
    /// Description, rendered from its Markdown (sanitised HTML).
    pub summary_html: String,
    /// Language of the record's text.
    pub content_lang: String,
    /// `rtl` for right-to-left content, else `auto`.
    pub dir: String,
    /// Language of the summary (an editor's paraphrase).
    pub summary_lang: String,
    /// Key facts.
    pub facts: Vec<Fact>,
    /// Topics, linked to the library filtered by them.
    pub topics: Vec<Link>,
    /// Initiatives it comes from.
    pub initiatives: Vec<Link>,
    /// Where to read it.
    pub link: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// "Checked on …" or "Not checked yet", beside the source.
    pub checked: String,
    /// The same record as JSON.
    pub api_href: String,
    /// A content warning's label: the content is folded behind it.
    pub warning: Option<String>,
}

/// News and campaigns.
#[derive(Template)]
#[template(path = "news_list.html")]
pub struct NewsListPage {
    /// Frame.
    pub layout: Layout,
    /// Posts, newest first.
    pub items: Vec<ContentCard>,
    /// The same list as an Atom feed.
    pub feed_href: String,
    /// Page links.
    pub pagination: Pagination,
    /// The same list as JSON.
    pub api_href: String,
}

/// One news post.
#[derive(Template)]
#[template(path = "news.html")]
pub struct NewsPage {
    /// Frame.
    pub layout: Layout,
    /// Links on this page the link checker found broken.
    pub broken_links: crate::BrokenLinks,
    /// Headline.
    pub title: String,
    /// Publication date, formatted.
    pub published: String,
    /// `YYYY-MM-DD`, for `<time datetime>`.
    pub published_iso: String,
    /// Short summary.
    pub summary: String,
    /// The body, rendered from Markdown and sanitised when it was written.
    pub body_html: String,
    /// Language of the post.
    pub content_lang: String,
    /// The initiative it belongs to.
    pub initiative: Option<Link>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// A content warning's label: the content is folded behind it.
    pub warning: Option<String>,
}

/// Events, upcoming and past.
#[derive(Template)]
#[template(path = "events.html")]
pub struct EventsPage {
    /// Frame.
    pub layout: Layout,
    /// Events not finished yet, soonest first.
    pub upcoming: Vec<ContentCard>,
    /// Finished events, most recent first.
    pub past: Vec<ContentCard>,
    /// The calendar feed.
    pub ics_href: String,
    /// The same list as JSON.
    pub api_href: String,
}

/// One event.
#[derive(Template)]
#[template(path = "event.html")]
pub struct EventPage {
    /// Frame.
    pub layout: Layout,
    /// Links on this page the link checker found broken.
    pub broken_links: crate::BrokenLinks,
    /// Name.
    pub title: String,
    /// Type name.
    pub kind: String,
    /// Whether it is still to come (or running).
    pub upcoming: bool,
    /// Key facts (when, where, organisers).
    pub facts: Vec<Fact>,
    /// Description, rendered from its Markdown (sanitised HTML).
    pub summary_html: String,
    /// Language of the record's text.
    pub content_lang: String,
    /// Its own page or registration link.
    pub link: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// This event as iCalendar.
    pub ics_href: String,
    /// A content warning's label: the content is folded behind it.
    pub warning: Option<String>,
}

/// A recommendation as shown.
#[derive(Debug, Clone)]
pub struct RecommendationView {
    /// Anchor.
    pub id: String,
    /// Statement.
    pub title: String,
    /// Text, rendered from its Markdown (sanitised HTML).
    pub text_html: String,
    /// Labelled facts (issuer, year, addressed to).
    pub facts: Vec<(String, String)>,
    /// Initiatives it comes from.
    pub initiatives: Vec<Link>,
    /// Resources it comes from.
    pub resources: Vec<Link>,
    /// Where it was read.
    pub source_url: Option<String>,
    /// Its own page.
    pub href: String,
    /// Where uptake stands, per addressee.
    pub uptake: Vec<crate::UptakeRowView>,
}

/// Recommendations of one pillar.
#[derive(Debug, Clone)]
pub struct RecommendationGroup {
    /// Pillar slug (anchor).
    pub slug: String,
    /// Pillar name.
    pub label: String,
    /// Its recommendations.
    pub items: Vec<RecommendationView>,
}

/// Key recommendations by pillar.
#[derive(Template)]
#[template(path = "recommendations.html")]
pub struct RecommendationsPage {
    /// Frame.
    pub layout: Layout,
    /// Language of the records' text.
    pub content_lang: String,
    /// One group per pillar (only those with a recommendation the filters keep).
    pub groups: Vec<RecommendationGroup>,
    /// The filters (pillar, issuer, addressee, country, status).
    pub filters: Vec<crate::FilterSelect>,
    /// Where the filter form goes.
    pub filter_action: String,
    /// Whether a filter is set (the page then offers to clear them).
    pub filtered: bool,
    /// The tracker.
    pub tracker_href: String,
    /// The CSV of every uptake row.
    pub csv_href: String,
}

/// A bar of a chart, in SVG user units.
#[derive(Debug, Clone)]
pub struct Bar {
    /// Left edge.
    pub x: u32,
    /// Top edge.
    pub y: u32,
    /// Width.
    pub width: u32,
    /// Height.
    pub height: u32,
    /// Centre, for the labels.
    pub mid: u32,
    /// The category (year).
    pub label: String,
    /// The value, formatted.
    pub value: String,
    /// Drawn hatched: the value is a lower bound or rounded.
    pub approximate: bool,
}

/// A horizontal grid line with its value.
#[derive(Debug, Clone)]
pub struct Tick {
    /// Vertical position.
    pub y: u32,
    /// The value, formatted.
    pub label: String,
}

/// A bar chart drawn on the server, sized in SVG user units (it scales with the page).
#[derive(Debug, Clone)]
pub struct Chart {
    /// `id` prefix for `<title>`/`<desc>`.
    pub id: String,
    /// Width of the drawing.
    pub width: u32,
    /// Height of the drawing.
    pub height: u32,
    /// Where the bars stand.
    pub baseline: u32,
    /// Left edge of the plot area.
    pub left: u32,
    /// Accessible name.
    pub title: String,
    /// Accessible description: every value in words.
    pub desc: String,
    /// Bars.
    pub bars: Vec<Bar>,
    /// Grid lines.
    pub ticks: Vec<Tick>,
}

/// A figure in a table.
#[derive(Debug, Clone)]
pub struct FigureRow {
    /// Year or period.
    pub period: String,
    /// What is counted (for figures outside a series).
    pub figure: String,
    /// Value as the source words it.
    pub value: String,
    /// Publisher.
    pub publisher: String,
    /// Source.
    pub source_url: String,
    /// Caveat.
    pub note: Option<String>,
}

/// A series of figures with its chart.
#[derive(Debug, Clone)]
pub struct SeriesView {
    /// Anchor.
    pub id: String,
    /// What is counted.
    pub title: String,
    /// The chart, when the series has at least two years with counts.
    pub chart: Option<Chart>,
    /// The same numbers.
    pub rows: Vec<FigureRow>,
    /// The series as CSV.
    pub csv_href: String,
}

/// The CSAE response in figures.
#[derive(Template)]
#[template(path = "response.html")]
pub struct ResponsePage {
    /// Frame.
    pub layout: Layout,
    /// Language of the figures' text.
    pub content_lang: String,
    /// Series with several years.
    pub series: Vec<SeriesView>,
    /// Single figures.
    pub others: Vec<FigureRow>,
    /// Every figure as CSV.
    pub csv_href: String,
    /// Which of the figures' sources the link checker found broken, and since when.
    pub broken_links: crate::BrokenLinks,
}

/// A suggested social post.
#[derive(Debug, Clone)]
pub struct SuggestedPost {
    /// Anchor and copy target.
    pub id: String,
    /// The text with hashtags.
    pub text: String,
    /// Share links (plain URLs; nothing loads from those sites).
    pub share: Vec<Link>,
}

/// The media pack and communication kit.
#[derive(Template)]
#[template(path = "media_pack.html")]
pub struct MediaPackPage {
    /// Frame.
    pub layout: Layout,
    /// The wordmark's URL.
    pub wordmark: String,
    /// Posts to copy.
    pub posts: Vec<SuggestedPost>,
    /// The copy button's script.
    pub copy_script: String,
    /// Graphics editors uploaded.
    pub uploads: Vec<crate::MediaItem>,
    /// The platform's own campaign: its page, its kit's zip and its generated graphics.
    pub campaign: Option<(Link, String, Vec<crate::CampaignGraphic>)>,
}

/// How to support Sparks.
#[derive(Template)]
#[template(path = "support.html")]
pub struct SupportPage {
    /// Frame.
    pub layout: Layout,
    /// Configured donation channels.
    pub channels: Vec<Link>,
    /// Supporters who agreed to be listed.
    pub supporters: Vec<Supporter>,
}

/// A supporter listed on the support page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Supporter {
    /// Name as they want it shown.
    pub name: String,
    /// Their website, if they gave one.
    pub href: Option<String>,
}

/// A help service as shown.
#[derive(Debug, Clone)]
pub struct HelpService {
    /// Slug (anchor, `help-{slug}`, which search results link to).
    pub slug: String,
    /// Kind, in words.
    pub kind: String,
    /// Name.
    pub name: String,
    /// Who runs it.
    pub organisation: Option<String>,
    /// Phone number, and its `tel:` link.
    pub phone: Option<(String, Option<String>)>,
    /// Website.
    pub website: Option<String>,
    /// Online reporting.
    pub report_url: Option<String>,
    /// Opening hours.
    pub hours: Option<String>,
    /// Chat offered.
    pub chat: Option<bool>,
    /// Source.
    pub source_url: String,
    /// Last checked, formatted; `None` when the data does not say.
    pub checked: Option<String>,
    /// What people seeking help should know (never the editors' research notes).
    pub notes: Option<String>,
}

/// The services of one country.
#[derive(Debug, Clone)]
pub struct HelpCountry {
    /// ISO code (anchor).
    pub code: String,
    /// Name.
    pub name: String,
    /// Services, child helplines first.
    pub services: Vec<HelpService>,
}
