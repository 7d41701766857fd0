//! The shapes of the content hub's API records, and how domain values become them.

use std::collections::BTreeMap;

use serde::Serialize;
use sparks_core::statistic::Precision;
use sparks_core::{Event, NewsPost, Statistic};
use sparks_store::ResourceEntry;
use utoipa::ToSchema;

use crate::api::links::{HasLinks, LinkStatus};

/// A page of records.
#[derive(Serialize, ToSchema)]
pub struct List<T> {
    /// The records on this page.
    pub items: Vec<T>,
    /// How many match in all.
    pub total: u64,
    /// This page, from 1.
    pub page: u32,
    /// Items per page (at most 100).
    pub per_page: u32,
}

impl<T> List<T> {
    /// The API form of a store page, each record turned into its item.
    pub fn from_page<S>(page: &sparks_core::Page<S>, item: impl FnMut(&S) -> T) -> Self {
        List {
            items: page.items.iter().map(item).collect(),
            total: page.total,
            page: page.page,
            per_page: page.per_page,
        }
    }
}

/// A resource.
#[derive(Serialize, ToSchema)]
pub struct ResourceItem {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Type slug (`report`, `toolkit`, `policy-brief`, ...).
    #[serde(rename = "type")]
    pub kind: String,
    /// Description, in Markdown (as an editor wrote it).
    pub summary: String,
    /// The description rendered from its Markdown: sanitised HTML, as the page shows it.
    pub summary_html: String,
    /// Who made it, as the source words it.
    pub made_by: Option<String>,
    /// Slugs of the initiatives in the directory it comes from.
    pub initiatives: Vec<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Audience slugs.
    pub audience: Vec<String>,
    /// Language code.
    pub language: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Where to read or download it.
    pub link: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// What the link checker last found for each external URL this record gives (the URL
    /// as given → `ok`, `redirected`, `broken` or `unchecked`).
    pub link_status: BTreeMap<String, LinkStatus>,
    /// A content warning (`abuse-described`, `survivor-testimony`, `imagery-described`,
    /// `self-harm`) when the content may be hard to read: show it before the content.
    pub content_warning: Option<String>,
    /// Its page on this site.
    pub url: String,
    /// The day the facts were last checked against the sources (`YYYY-MM-DD`), or null.
    pub checked_at: Option<String>,
}

/// The API form of a resource: its draft's fields (how it is written as text), the initiatives
/// it is linked to in the directory, and its page.
pub(crate) fn resource_item(e: &ResourceEntry) -> ResourceItem {
    let r = &e.resource;
    let d = r.to_draft();
    ResourceItem {
        slug: r.slug.clone(),
        title: d.title,
        kind: d.kind,
        summary_html: sparks_core::markdown::to_safe_html(&d.summary),
        summary: d.summary,
        made_by: d.initiative,
        initiatives: e.initiatives.iter().map(|i| i.slug.clone()).collect(),
        pillars: d.pillars,
        topics: d.topics,
        audience: d.audience,
        language: d.language,
        published: d.published,
        link: d.url,
        source_url: d.source_url,
        link_status: BTreeMap::new(),
        content_warning: d.content_warning,
        url: format!("/resources/{}", r.slug),
        checked_at: None,
    }
}

/// A news post.
#[derive(Serialize, ToSchema)]
pub struct NewsItem {
    /// URL slug.
    pub slug: String,
    /// Headline.
    pub title: String,
    /// Short summary.
    pub summary: String,
    /// `YYYY-MM-DD`.
    pub published: String,
    /// Slug of the initiative it belongs to.
    pub initiative: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// Language code.
    pub language: String,
    /// A content warning (`abuse-described`, `survivor-testimony`, `imagery-described`,
    /// `self-harm`) when the content may be hard to read: show it before the content.
    pub content_warning: Option<String>,
    /// The body in Markdown (in single posts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    /// The body as sanitised HTML (in single posts only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<String>,
    /// What the link checker last found for each external URL this record gives (the URL
    /// as given → `ok`, `redirected`, `broken` or `unchecked`).
    pub link_status: BTreeMap<String, LinkStatus>,
    /// Its page on this site.
    pub url: String,
}

pub(crate) fn news_item(p: &NewsPost, full: bool) -> NewsItem {
    NewsItem {
        slug: p.slug.clone(),
        title: p.title.clone(),
        summary: p.summary.clone(),
        published: sparks_core::date::iso_day(p.published),
        initiative: p.initiative.clone(),
        source_url: p.source_url.as_ref().map(ToString::to_string),
        language: p.language.clone(),
        content_warning: p.content_warning.map(|w| w.slug().to_owned()),
        body: full.then(|| p.body.clone()),
        body_html: full.then(|| p.body_html.clone()),
        link_status: BTreeMap::new(),
        url: format!("/news/{}", p.slug),
    }
}

/// An event.
#[derive(Serialize, ToSchema)]
pub struct EventItem {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub title: String,
    /// Type slug.
    #[serde(rename = "type")]
    pub kind: String,
    /// Organisers.
    pub organisers: Vec<String>,
    /// ISO 8601 date, local time, or time with offset.
    pub start: String,
    /// Same forms as `start`.
    pub end: Option<String>,
    /// IANA time zone of local times.
    pub timezone: Option<String>,
    /// City.
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    pub country: Option<String>,
    /// Held online.
    pub online: bool,
    /// `upcoming` or `past`, as of today.
    pub status: String,
    /// Its own page or registration link.
    pub link: Option<String>,
    /// Description, in Markdown (as an editor wrote it).
    pub summary: String,
    /// The description rendered from its Markdown: sanitised HTML, as the page shows it.
    pub summary_html: String,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// What the link checker last found for each external URL this record gives (the URL
    /// as given → `ok`, `redirected`, `broken` or `unchecked`).
    pub link_status: BTreeMap<String, LinkStatus>,
    /// A content warning (`abuse-described`, `survivor-testimony`, `imagery-described`,
    /// `self-harm`) when the content may be hard to read: show it before the content.
    pub content_warning: Option<String>,
    /// Its page on this site.
    pub url: String,
    /// The event as iCalendar.
    pub ics_url: String,
}

/// The API form of an event: its draft's fields (how it is written as text), whether it is
/// still to come, and its pages.
pub(crate) fn event_item(e: &Event, today: time::Date) -> EventItem {
    let d = e.to_draft();
    EventItem {
        slug: e.slug.clone(),
        title: d.title,
        kind: d.kind,
        organisers: d.organisers,
        start: d.start,
        end: d.end,
        timezone: d.timezone,
        city: d.city,
        country: d.country,
        online: d.online,
        status: if e.is_upcoming(today) {
            "upcoming"
        } else {
            "past"
        }
        .to_owned(),
        link: d.url,
        summary_html: sparks_core::markdown::to_safe_html(&d.summary),
        summary: d.summary,
        source_url: d.source_url,
        link_status: BTreeMap::new(),
        content_warning: d.content_warning,
        url: format!("/events/{}", e.slug),
        ics_url: format!("/events/{}.ics", e.slug),
    }
}

/// A figure.
#[derive(Serialize, ToSchema)]
pub struct StatisticItem {
    /// URL slug.
    pub slug: String,
    /// What is counted.
    pub figure: String,
    /// Series slug: figures counting the same thing.
    pub series: String,
    /// The value as the source words it.
    pub value: String,
    /// The count read from the value, when it is one.
    pub number: Option<i64>,
    /// `exact`, `rounded` or `at-least`: how exact `number` is.
    pub precision: String,
    /// The year, when it is one year.
    pub year: Option<i32>,
    /// The period as the source gives it.
    pub period: Option<String>,
    /// Publisher.
    pub publisher: String,
    /// Where it was read.
    pub source_url: String,
    /// The original publication.
    pub primary_source: Option<String>,
    /// Other pages citing it.
    pub also_cited_at: Vec<String>,
    /// Caveats.
    pub note: Option<String>,
    /// The day the facts were last checked against the sources (`YYYY-MM-DD`), or null.
    pub checked_at: Option<String>,
}

/// The API form of a figure (also used by the CSV download).
pub fn statistic_item(s: &Statistic) -> StatisticItem {
    StatisticItem {
        slug: s.slug.clone(),
        figure: s.figure.clone(),
        series: s.series.clone(),
        value: s.value.clone(),
        number: s.number,
        precision: match s.precision {
            Precision::Exact => "exact",
            Precision::Rounded => "rounded",
            Precision::AtLeast => "at-least",
        }
        .to_owned(),
        year: s.year,
        period: s.period.clone(),
        publisher: s.publisher.clone(),
        source_url: s.source_url.to_string(),
        primary_source: s.primary_source.as_ref().map(ToString::to_string),
        also_cited_at: s.also_cited_at.iter().map(ToString::to_string).collect(),
        note: s.note.clone(),
        checked_at: None,
    }
}

impl HasLinks for ResourceItem {
    fn urls(&self) -> Vec<String> {
        self.link.iter().chain(&self.source_url).cloned().collect()
    }
    fn link_status_mut(&mut self) -> &mut BTreeMap<String, LinkStatus> {
        &mut self.link_status
    }
}

impl HasLinks for NewsItem {
    fn urls(&self) -> Vec<String> {
        self.source_url.iter().cloned().collect()
    }
    fn link_status_mut(&mut self) -> &mut BTreeMap<String, LinkStatus> {
        &mut self.link_status
    }
}

impl HasLinks for EventItem {
    fn urls(&self) -> Vec<String> {
        self.link.iter().chain(&self.source_url).cloned().collect()
    }
    fn link_status_mut(&mut self) -> &mut BTreeMap<String, LinkStatus> {
        &mut self.link_status
    }
}
