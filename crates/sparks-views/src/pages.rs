//! View models: one struct per page, filled by the web layer, rendered by a template.

use askama::Template;

use crate::i18n::{Arg, Locale};

/// Which main navigation entry a page belongs to, so the menu can mark it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The home page.
    Home,
    /// The initiative directory and profiles.
    Initiatives,
    /// A pillar page.
    Pillars,
    /// The landscape map.
    Landscape,
    /// Search results.
    Search,
    /// About Sparks.
    About,
    /// The resource library.
    Resources,
    /// News and campaigns.
    News,
    /// Events.
    Events,
    /// Key recommendations.
    Recommendations,
    /// The CSAE response in figures.
    Response,
    /// Help and helplines.
    Help,
    /// The community: discussions and members.
    Community,
    /// Log in, join, the account.
    Account,
    /// Moderation and administration.
    Admin,
    /// Anything else.
    Other,
}

/// What every page's frame needs.
#[derive(Debug, Clone)]
pub struct Layout {
    /// The `<title>` (the site name is appended).
    pub title: String,
    /// The meta description.
    pub description: String,
    /// The menu entry to mark as current.
    pub section: Section,
    /// The language of the page.
    pub locale: Locale,
    /// The language when it was chosen with `?lang=`: links then carry it on, so the choice
    /// holds without a cookie.
    pub lang_param: Option<Locale>,
    /// This page's path and query without `lang`, for the switcher and `hreflang` links.
    pub here: String,
    /// A schema.org description of the page's record, as JSON-LD already escaped for a
    /// `<script type="application/ld+json">` element.
    pub json_ld: Option<String>,
    /// The logged-in visitor, for the account links of the header; `None` for visitors.
    pub account: Option<AccountNav>,
    /// Where the quick-exit link leads (the site's setting, by default [`crate::QUICK_EXIT_URL`]).
    pub quick_exit: String,
    /// The site's name (`SPARKS_SITE_NAME`, by default [`crate::DEFAULT_SITE_NAME`]).
    pub site_name: String,
    /// The site's slogan when configured; `None`: the translated default tagline.
    pub slogan: Option<String>,
    /// This list page's own Atom feed (path), announced in `<head>` beside the site's feed.
    pub feed: Option<String>,
    /// The follow button of a page that can be followed, for a logged-in member.
    pub follow: Option<FollowButton>,
}

/// A page's follow (or stop following) button: a plain form posting to `/follow`.
#[derive(Debug, Clone)]
pub struct FollowButton {
    /// The page's canonical path and query, which says what is followed.
    pub url: String,
    /// Whether the member follows it already (the button then stops it).
    pub following: bool,
    /// What is followed, as the button's accessible name ends.
    pub label: String,
}

/// The logged-in visitor as the header shows them.
#[derive(Debug, Clone)]
pub struct AccountNav {
    /// Their display name.
    pub name: String,
    /// Editors and admins see the admin link.
    pub staff: bool,
    /// For the log-out form.
    pub csrf_token: String,
    /// Unread notifications, shown beside the link to `/notifications`.
    pub unread: i64,
}

/// An entry of the language switcher.
#[derive(Debug, Clone)]
pub struct LanguageLink {
    /// BCP 47 code.
    pub code: &'static str,
    /// The language's name for itself.
    pub name: &'static str,
    /// This page in that language.
    pub href: String,
    /// Whether the page is in that language.
    pub current: bool,
}

impl Layout {
    /// Whether the page belongs to the account (`account`) or admin (`admin`) area, for the
    /// header's links.
    pub fn in_section(&self, name: &str) -> bool {
        matches!(
            (name, self.section),
            ("account", Section::Account) | ("admin", Section::Admin)
        )
    }

    /// The message `key` in the page's language (given the site's name as `$site`).
    pub fn t(&self, key: &str) -> String {
        self.locale.t_site(key, &self.site_name)
    }

    /// The slogan under the site's name: the configured one, else the translated default.
    pub fn tagline(&self) -> String {
        self.slogan
            .clone()
            .unwrap_or_else(|| self.t("site-tagline"))
    }

    /// A message with a count: `$count` selects the plural form, `$n` shows it formatted.
    pub fn tn(&self, key: &str, count: &u64) -> String {
        self.locale.t_args(
            key,
            &[
                ("count", Arg::Count(*count)),
                ("n", Arg::Text(self.locale.number(*count))),
            ],
        )
    }

    /// A message with one text argument (and the site's name as `$site`).
    pub fn t1(&self, key: &str, name: &'static str, value: &str) -> String {
        self.locale.t_args(
            key,
            &[
                (name, Arg::Text(value.to_owned())),
                ("site", Arg::Text(self.site_name.clone())),
            ],
        )
    }

    /// An internal link that keeps a language chosen with `?lang=`.
    pub fn link(&self, href: &str) -> String {
        with_lang(href, self.lang_param)
    }

    /// The main menu, with this page's section marked.
    pub fn nav(&self) -> Vec<NavItem> {
        [
            ("nav-home", "/", Section::Home),
            ("nav-initiatives", "/initiatives", Section::Initiatives),
            ("nav-pillars", "/pillars/prevention", Section::Pillars),
            ("nav-resources", "/resources", Section::Resources),
            ("nav-news", "/news", Section::News),
            ("nav-events", "/events", Section::Events),
            (
                "nav-recommendations",
                "/recommendations",
                Section::Recommendations,
            ),
            ("nav-response", "/response", Section::Response),
            ("nav-landscape", "/landscape", Section::Landscape),
            ("nav-community", "/community", Section::Community),
            ("nav-about", "/about", Section::About),
            ("nav-help", "/help", Section::Help),
        ]
        .into_iter()
        .map(|(key, href, section)| NavItem {
            label: self.t(key),
            href: self.link(href),
            current: section == self.section,
        })
        .collect()
    }

    /// The language switcher: this page in every language.
    pub fn languages(&self) -> Vec<LanguageLink> {
        Locale::ALL
            .into_iter()
            .map(|l| LanguageLink {
                code: l.code(),
                name: l.native_name(),
                href: with_lang(&self.here, Some(l)),
                current: l == self.locale,
            })
            .collect()
    }

    /// The page's language code, for `<html lang>`.
    pub fn lang(&self) -> &'static str {
        self.locale.code()
    }

    /// The page without a language choice (`hreflang="x-default"`).
    pub fn default_href(&self) -> &str {
        &self.here
    }

    /// The stylesheet's URL.
    pub fn stylesheet(&self) -> &'static str {
        crate::STYLESHEET_PATH
    }

    /// The quick-exit script's URL.
    pub fn script(&self) -> &'static str {
        crate::QUICK_EXIT_SCRIPT_PATH
    }

    /// Where quick exit leads: the link's `href`, which the script reads too (no inline
    /// script may carry it under the Content-Security-Policy).
    pub fn quick_exit(&self) -> &str {
        &self.quick_exit
    }
}

/// Adds `lang=xx` to an internal link (before any `#fragment`).
pub fn with_lang(href: &str, lang: Option<Locale>) -> String {
    let Some(lang) = lang else {
        return href.to_owned();
    };
    let (path, fragment) = match href.find('#') {
        Some(i) => href.split_at(i),
        None => (href, ""),
    };
    let separator = if path.contains('?') { "&" } else { "?" };
    format!("{path}{separator}lang={}{fragment}", lang.code())
}

/// An entry of the main menu.
#[derive(Debug, Clone)]
pub struct NavItem {
    /// Text.
    pub label: String,
    /// Target.
    pub href: String,
    /// Whether the page shown is in this section.
    pub current: bool,
}

/// No "clear all filters" link: what a list page without one (search) gives the
/// `active_filters` macro of `lists.html`, typed so the template compiles.
pub const NO_CLEAR_ALL: Option<String> = None;

/// A link with a label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// Text.
    pub label: String,
    /// Target.
    pub href: String,
}

/// A pillar as a card on the home page.
#[derive(Debug, Clone)]
pub struct PillarCard {
    /// Slug.
    pub slug: String,
    /// Name.
    pub label: String,
    /// What it covers.
    pub description: String,
    /// Number of initiatives in it.
    pub count: u64,
    /// The pillar's page.
    pub href: String,
    /// The directory filtered to it.
    pub directory_href: String,
}

/// An initiative in a list.
#[derive(Debug, Clone)]
pub struct InitiativeCard {
    /// Link to the profile.
    pub href: String,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub title: String,
    /// Shortened description.
    pub summary: String,
    /// Programme name.
    pub programme: String,
    /// Status name.
    pub status: String,
    /// Status slug, for styling.
    pub status_slug: String,
    /// "2023 – 2024", or empty.
    pub dates: String,
    /// Pillar names.
    pub pillars: Vec<String>,
    /// Country names, joined.
    pub countries: String,
}

/// A label and a number, for key figures.
#[derive(Debug, Clone)]
pub struct Figure {
    /// What is counted.
    pub label: String,
    /// The count, formatted.
    pub value: String,
    /// Where the count leads.
    pub href: String,
}

/// The home page.
#[derive(Template)]
#[template(path = "home.html")]
pub struct HomePage {
    /// Frame.
    pub layout: Layout,
    /// Number of initiatives.
    pub total: u64,
    /// The three pillars with counts.
    pub pillars: Vec<PillarCard>,
    /// Initiatives per programme, largest first.
    pub programmes: Vec<Figure>,
    /// Initiatives per country, largest first.
    pub countries: Vec<Figure>,
    /// Latest additions.
    pub latest: Vec<InitiativeCard>,
    /// Counts of the content hub's sections, linking into them.
    pub hub: Vec<Figure>,
}

/// One value of a facet in the directory's filter panel.
#[derive(Debug, Clone)]
pub struct FacetOption {
    /// Name.
    pub label: String,
    /// Count, formatted.
    pub count: String,
    /// The directory with this value chosen (or, when chosen, removed).
    pub href: String,
    /// Whether it is the value in force.
    pub selected: bool,
}

/// One facet in the filter panel.
#[derive(Debug, Clone)]
pub struct FacetGroup {
    /// Heading ("Pillar").
    pub title: String,
    /// An id for `aria-labelledby`.
    pub id: String,
    /// Values.
    pub options: Vec<FacetOption>,
}

impl FacetGroup {
    /// Long lists fold away (native `<details>`, no script) unless one of their values is chosen.
    pub fn folded(&self) -> bool {
        self.options.len() > 10 && !self.options.iter().any(|o| o.selected)
    }
}

/// A hidden form field, to keep chosen filters when the search form is submitted.
#[derive(Debug, Clone)]
pub struct HiddenField {
    /// Parameter name.
    pub name: String,
    /// Value.
    pub value: String,
}

/// A choice in a `<select>`.
#[derive(Debug, Clone)]
pub struct SelectOption {
    /// Value.
    pub value: String,
    /// Label.
    pub label: String,
    /// Selected.
    pub selected: bool,
}

/// Page links under a list.
#[derive(Debug, Clone, Default)]
pub struct Pagination {
    /// Previous page, if any.
    pub previous: Option<String>,
    /// Next page, if any.
    pub next: Option<String>,
    /// Numbered links around the current page; `None` stands for a gap.
    pub pages: Vec<Option<PageLink>>,
}

/// A numbered page link.
#[derive(Debug, Clone)]
pub struct PageLink {
    /// Page number.
    pub number: u32,
    /// Target.
    pub href: String,
    /// Whether it is the page shown.
    pub current: bool,
}

/// Declares the view model of a page rendered through `filtered_list.html` (a list with a
/// search form, filters in force, results, pages and the filter panel): the page's own
/// fields, then the ones that template reads, so both lists declare them alike.
macro_rules! filtered_list_page {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $($field:tt)*
        }
        cards: $card:ty,
    ) => {
        $(#[$attr])*
        pub struct $name {
            /// Frame.
            pub layout: $crate::pages::Layout,
            $($field)*
            /// The results on this page.
            pub items: Vec<$card>,
            /// The free text in force.
            pub q: String,
            /// Filters in force, each with a link that removes it.
            pub active: Vec<$crate::pages::Link>,
            /// Link that clears every filter, when any is in force.
            pub clear_all: Option<String>,
            /// Filters to carry through the search form.
            pub hidden: Vec<$crate::pages::HiddenField>,
            /// The filter panel.
            pub facets: Vec<$crate::pages::FacetGroup>,
            /// Page links.
            pub pagination: $crate::pages::Pagination,
            /// The same list as JSON.
            pub api_href: String,
        }
    };
}
pub(crate) use filtered_list_page;

filtered_list_page! {
    /// The initiative directory.
    #[derive(Template)]
    #[template(path = "initiatives.html")]
    pub struct DirectoryPage {
        /// The page's heading.
        pub heading: String,
        /// "126 initiatives" / "3 of 126 initiatives match".
        pub summary: String,
        /// Sort choices.
        pub sorts: Vec<SelectOption>,
    }
    cards: InitiativeCard,
}

/// A labelled fact on a profile, with the sources behind it.
#[derive(Debug, Clone)]
pub struct Fact {
    /// What the fact is ("Programme").
    pub label: String,
    /// The value.
    pub value: String,
    /// A link for the value, if it has one.
    pub href: Option<String>,
    /// A second line (the programme as the source words it).
    pub note: Option<String>,
}

/// An initiative's profile.
#[derive(Template)]
#[template(path = "initiative.html")]
pub struct InitiativePage {
    /// Frame.
    pub layout: Layout,
    /// Links on this page the link checker found broken.
    pub broken_links: crate::BrokenLinks,
    /// Its latest news posts.
    pub news: Vec<Link>,
    /// All its news.
    pub news_href: String,
    /// Its news as an Atom feed.
    pub feed_href: String,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub title: String,
    /// Description, rendered from its Markdown (sanitised HTML).
    pub summary_html: String,
    /// The language the record's text is written in (`lang` is set where it differs from
    /// the interface's).
    pub content_lang: String,
    /// Status name and slug.
    pub status: (String, String),
    /// How the status was decided, when it is only probable or unknown.
    pub status_note: Option<String>,
    /// "Checked on …" or "Not checked yet", shown beside the sources.
    pub checked: String,
    /// Pillars, linked to their pages.
    pub pillars: Vec<Link>,
    /// The key facts.
    pub facts: Vec<Fact>,
    /// Countries, linked to the directory filtered by them.
    pub countries: Vec<Link>,
    /// Topics, linked to the directory filtered by them.
    pub topics: Vec<Link>,
    /// Website.
    pub website: Option<String>,
    /// CORDIS page.
    pub cordis_url: Option<String>,
    /// Where the facts come from.
    pub sources: Vec<String>,
    /// Sources per field ("Start date" → URLs).
    pub field_sources: Vec<(String, Vec<String>)>,
    /// Editors' notes.
    pub notes: Option<String>,
    /// Pages on the former sparksinthedark.net.
    pub sparks_urls: Vec<String>,
    /// Its outputs in the resource library.
    pub outputs: Vec<Link>,
    /// The library filtered to its outputs.
    pub outputs_href: String,
    /// Key recommendations it produced and those it acts on: (heading, links).
    pub recommendations: Vec<(String, Vec<Link>)>,
    /// The most similar initiatives, with why.
    pub related: Vec<crate::RelatedCard>,
    /// The related items as JSON.
    pub related_api_href: String,
    /// The same record as JSON.
    pub api_href: String,
}

/// A pillar page.
#[derive(Template)]
#[template(path = "pillar.html")]
pub struct PillarPage {
    /// Frame.
    pub layout: Layout,
    /// What is new in the pillar, as an Atom feed.
    pub feed_href: String,
    /// Name.
    pub label: String,
    /// What it covers.
    pub description: String,
    /// Number of initiatives.
    pub total: u64,
    /// A first few initiatives.
    pub items: Vec<InitiativeCard>,
    /// The directory filtered to this pillar.
    pub directory_href: String,
    /// Programmes funding this pillar.
    pub programmes: Vec<Figure>,
    /// Countries active in it.
    pub countries: Vec<Figure>,
    /// The other two pillars.
    pub others: Vec<Link>,
}

/// The about page.
#[derive(Template)]
#[template(path = "about.html")]
pub struct AboutPage {
    /// Frame.
    pub layout: Layout,
    /// Number of initiatives.
    pub total: u64,
}

/// The help page: helplines and where to report.
#[derive(Template)]
#[template(path = "help.html")]
pub struct HelpPage {
    /// Frame.
    pub layout: Layout,
    /// Help services by country, from the helplines data.
    pub countries: Vec<crate::content::HelpCountry>,
    /// Which of the services' links the link checker found broken, and since when.
    pub broken_links: crate::BrokenLinks,
}

/// An error page (404, 400, 500).
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// Frame.
    pub layout: Layout,
    /// HTTP status code.
    pub status: u16,
    /// Heading.
    pub heading: String,
    /// What happened and what to do.
    pub message: String,
}
