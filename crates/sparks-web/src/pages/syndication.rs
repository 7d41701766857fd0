//! Syndication out: Atom feeds of what is new (site-wide and per pillar, written with the
//! `atom_syndication` crate), the sitemap, and schema.org JSON-LD for record pages.
//!
//! Feeds and the sitemap need absolute URLs. They come from `SPARKS_PUBLIC_URL` when it is
//! set; otherwise from the request's `Host` — and then the answer is marked `no-store`, so
//! that a forged `Host` can never land in the page cache for other visitors.

use atom_syndication::{Entry, Feed, Link, Text};
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, FixedOffset};
use sparks_core::Pillar;
use sparks_store::news::{self, NewsFilter};
use sparks_store::syndication;

use crate::query::content;
use crate::query::params::Mode;
use crate::{AppState, WebError};

/// Entries in a feed.
const FEED_ENTRIES: i64 = 50;
/// URLs in one sitemap file (the protocol's limit).
const SITEMAP_URLS: i64 = 50_000;

/// The site's address without a trailing slash, and whether it came from configuration.
fn base_url(state: &AppState, headers: &HeaderMap) -> (String, bool) {
    if let Some(u) = state.public_url() {
        return (u.as_str().trim_end_matches('/').to_owned(), true);
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| {
            !h.is_empty()
                && h.chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        })
        .unwrap_or("localhost");
    let https = headers
        .get("x-forwarded-proto")
        .is_some_and(|v| v.as_bytes() == b"https");
    (
        format!("{}://{host}", if https { "https" } else { "http" }),
        false,
    )
}

fn path_of(kind: &str, slug: &str) -> String {
    let section = match kind {
        "initiative" => "initiatives",
        "resource" => "resources",
        "news" => "news",
        "recommendation" => "recommendations",
        _ => "events",
    };
    format!("/{section}/{slug}")
}

fn time_of(stamp: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(stamp).unwrap_or_default()
}

fn link(href: String, rel: &str) -> Link {
    let mut l = Link::default();
    l.set_href(href);
    l.set_rel(rel);
    l
}

fn xml_response(body: String, content_type: &'static str, configured: bool) -> Response {
    let mut r = ([(header::CONTENT_TYPE, content_type)], body).into_response();
    if !configured {
        r.headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    r
}

/// One entry of a feed, whatever its record.
struct FeedEntry {
    path: String,
    title: String,
    summary: String,
    published: String,
    updated: String,
    /// A content warning's slug: the entry says so first and carries it as a category.
    content_warning: Option<String>,
}

/// An Atom document of `entries` at `self_path`, its web page at `page_path`.
fn write_atom(
    state: &AppState,
    headers: &HeaderMap,
    self_path: &str,
    page_path: &str,
    title: String,
    entries: Vec<FeedEntry>,
) -> Response {
    let (base, configured) = base_url(state, headers);
    let mut feed = Feed::default();
    feed.set_title(Text::plain(title));
    feed.set_id(format!("{base}{self_path}"));
    feed.set_updated(
        entries
            .iter()
            .map(|e| time_of(&e.updated))
            .max()
            .unwrap_or_default(),
    );
    feed.set_links(vec![
        link(format!("{base}{self_path}"), "self"),
        link(format!("{base}{page_path}"), "alternate"),
    ]);
    feed.set_entries(
        entries
            .into_iter()
            .map(|e| {
                let url = format!("{base}{}", e.path);
                let mut entry = Entry::default();
                entry.set_id(url.clone());
                entry.set_title(Text::plain(e.title));
                entry.set_updated(time_of(&e.updated));
                entry.set_published(Some(time_of(&e.published)));
                entry.set_links(vec![link(url, "alternate")]);
                let warning = e.content_warning.map(|slug| {
                    let label = sparks_views::Locale::En.t(&format!("content-warning-{slug}"));
                    let mut category = atom_syndication::Category::default();
                    category.set_term(format!("content-warning:{slug}"));
                    category.set_label(Some(format!("Content warning: {label}")));
                    entry.set_categories(vec![category]);
                    format!("Content warning: {label}.")
                });
                let summary = match warning {
                    Some(w) if e.summary.is_empty() => w,
                    Some(w) => format!("{w} {}", e.summary),
                    None => e.summary,
                };
                if !summary.is_empty() {
                    entry.set_summary(Some(Text::plain(summary)));
                }
                entry
            })
            .collect::<Vec<_>>(),
    );
    xml_response(
        feed.to_string(),
        "application/atom+xml; charset=utf-8",
        configured,
    )
}

async fn atom(
    state: &AppState,
    headers: &HeaderMap,
    pillar: Option<Pillar>,
) -> Result<Response, WebError> {
    let entries = syndication::recent(state.db(), pillar, FEED_ENTRIES).await?;
    let (self_path, page_path, title) = match pillar {
        Some(p) => (
            format!("/pillars/{}/feed.xml", p.slug()),
            format!("/pillars/{}", p.slug()),
            format!("{}: new in {}", state.site_name(), p.slug()),
        ),
        None => (
            "/feed.xml".to_owned(),
            "/".to_owned(),
            format!("{}: what is new", state.site_name()),
        ),
    };
    let entries = entries
        .into_iter()
        .map(|e| FeedEntry {
            path: path_of(e.kind, &e.slug),
            title: e.title,
            // A news post's summary is plain text; the others' are Markdown, which an
            // Atom `summary` of type text would show with its markup.
            summary: if e.kind == "news" {
                e.summary
            } else {
                sparks_core::markdown::to_plain_text(&e.summary)
            },
            published: e.published,
            updated: e.updated,
            content_warning: e.content_warning,
        })
        .collect();
    Ok(write_atom(
        state, headers, &self_path, &page_path, title, entries,
    ))
}

/// The newest posts matching `filter` as Atom.
async fn news_atom(
    state: &AppState,
    headers: &HeaderMap,
    filter: &NewsFilter,
    self_path: &str,
    page_path: &str,
    title: String,
) -> Result<Response, WebError> {
    let entries = news::recent_dated(state.db(), filter, FEED_ENTRIES)
        .await?
        .into_iter()
        .map(|(p, published, updated)| FeedEntry {
            path: format!("/news/{}", p.slug),
            title: p.title,
            content_warning: p.content_warning.map(|w| w.slug().to_owned()),
            summary: p.summary,
            published,
            updated,
        })
        .collect();
    Ok(write_atom(
        state, headers, self_path, page_path, title, entries,
    ))
}

/// `GET /news/feed.xml?initiative=…&q=…`: the posts the same filters of `/news` show, as Atom.
pub async fn news_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
    RawQuery(raw): RawQuery,
) -> Result<Response, WebError> {
    let q = content::news_query(raw.as_deref(), Mode::Page)?;
    let page_path = content::news_href(&q.filter, 1);
    let self_path = page_path.replacen("/news", "/news/feed.xml", 1);
    news_atom(
        &state,
        &headers,
        &q.filter,
        &self_path,
        &page_path,
        format!("{}: news", state.site_name()),
    )
    .await
}

/// `GET /initiatives/{slug}/feed.xml`: one initiative's news, as Atom.
pub async fn initiative_feed(
    State(state): State<AppState>,
    Path(slug): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let i = sparks_store::initiatives::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let filter = NewsFilter {
        initiative: Some(i.slug.clone()),
        q: None,
    };
    news_atom(
        &state,
        &headers,
        &filter,
        &format!("/initiatives/{}/feed.xml", i.slug),
        &format!("/initiatives/{}", i.slug),
        format!("{}: news from {}", state.site_name(), i.acronym),
    )
    .await
}

/// `GET /feed.xml`: everything new on the site, as Atom.
pub async fn site_feed(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    atom(&state, &headers, None).await
}

/// `GET /pillars/{pillar}/feed.xml`: what is new in one pillar, as Atom.
pub async fn pillar_feed(
    State(state): State<AppState>,
    Path(pillar): Path<String>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let pillar = pillar.parse::<Pillar>().map_err(|_| WebError::NotFound)?;
    atom(&state, &headers, Some(pillar)).await
}

/// `GET /robots.txt`: everything but the API and operations endpoints may be crawled; the
/// sitemap is named.
pub async fn robots(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let (base, configured) = base_url(&state, &headers);
    let body = format!(
        "User-agent: *\nDisallow: /api/\nDisallow: /metrics\nDisallow: /healthz\nDisallow: /readyz\n\nSitemap: {base}/sitemap.xml\n"
    );
    xml_response(body, "text/plain; charset=utf-8", configured)
}

fn escape_xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// `GET /sitemap.xml`: every page worth indexing.
pub async fn sitemap(
    State(state): State<AppState>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let (base, configured) = base_url(&state, &headers);
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut push = |path: &str, modified: Option<&str>| {
        xml.push_str(&format!(
            "<url><loc>{}</loc>",
            escape_xml(&format!("{base}{path}"))
        ));
        if let Some(m) = modified.and_then(|m| m.get(..10)) {
            xml.push_str(&format!("<lastmod>{}</lastmod>", escape_xml(m)));
        }
        xml.push_str("</url>\n");
    };
    for path in [
        "/",
        "/initiatives",
        "/resources",
        "/news",
        "/events",
        "/recommendations",
        "/recommendations/tracker",
        "/response",
        "/landscape",
        "/media-pack",
        "/campaigns",
        "/support",
        "/help",
        "/about",
    ] {
        push(path, None);
    }
    for c in sparks_store::campaigns::list(state.db(), false).await? {
        // A campaign as seeded has no date of its own; an edited one has its last save.
        let modified = (c.version > 1).then_some(c.updated_at.as_str());
        push(&format!("/campaigns/{}", c.campaign.slug), modified);
    }
    for p in Pillar::ALL {
        push(&format!("/pillars/{}", p.slug()), None);
    }
    for (kind, slug, updated) in syndication::every_slug(state.db(), SITEMAP_URLS).await? {
        push(&path_of(kind, &slug), updated.as_deref());
    }
    xml.push_str("</urlset>\n");
    Ok(xml_response(
        xml,
        "application/xml; charset=utf-8",
        configured,
    ))
}

/// A schema.org object as the text of a `<script type="application/ld+json">`: JSON with
/// `<`, `>` and `&` escaped, so no value can close the element or open markup.
pub fn json_ld(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "{}".to_owned())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

/// A page frame carrying a schema.org description of its record.
pub fn with_json_ld(
    mut layout: sparks_views::Layout,
    value: &serde_json::Value,
) -> sparks_views::Layout {
    layout.json_ld = Some(json_ld(value));
    layout
}

/// Keeps only the fields that have a value.
fn compact(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(map) => serde_json::Value::Object(
            map.into_iter()
                .filter(|(_, v)| !v.is_null() && v.as_array().is_none_or(|a| !a.is_empty()))
                .collect(),
        ),
        other => other,
    }
}

/// schema.org `Project` for an initiative.
pub fn initiative_ld(i: &sparks_core::Initiative) -> serde_json::Value {
    compact(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Project",
        "name": format!("{}: {}", i.acronym, i.title),
        "alternateName": i.acronym,
        "description": sparks_core::markdown::to_plain_text(&i.summary),
        "url": i.website.as_ref().map(ToString::to_string),
        "identifier": i.grant_id,
        "foundingDate": i.start_date.map(|d| d.to_string()),
        "dissolutionDate": i.end_date.map(|d| d.to_string()),
        "keywords": i.topics,
        "sameAs": i.cordis_url.as_ref().map(ToString::to_string),
    }))
}

/// schema.org `Event`.
pub fn event_ld(e: &sparks_core::Event) -> serde_json::Value {
    let place = compact(serde_json::json!({
        "@type": "Place",
        "name": e.city,
        "address": e.country.map(|c| c.name().to_owned()),
    }));
    compact(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "name": e.title,
        "description": sparks_core::markdown::to_plain_text(&e.summary),
        "startDate": sparks_core::date::iso_day(e.start.date()),
        "endDate": e.end.map(|d| sparks_core::date::iso_day(d.date())),
        "url": e.url.as_ref().map(ToString::to_string),
        "organizer": e.organisers.iter().map(|o| serde_json::json!({"@type": "Organization", "name": o})).collect::<Vec<_>>(),
        "eventAttendanceMode": if e.online {
            "https://schema.org/OnlineEventAttendanceMode"
        } else {
            "https://schema.org/OfflineEventAttendanceMode"
        },
        "location": (e.city.is_some() || e.country.is_some()).then_some(place),
    }))
}

/// schema.org `CreativeWork` for a resource.
pub fn resource_ld(r: &sparks_core::Resource) -> serde_json::Value {
    compact(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": r.title,
        "description": sparks_core::markdown::to_plain_text(&r.summary),
        "url": r.url.as_ref().map(ToString::to_string),
        "inLanguage": r.language,
        "datePublished": r.published.map(|d| d.to_string()),
        "creator": r.made_by.as_ref().map(|m| serde_json::json!({"@type": "Organization", "name": m})),
        "keywords": r.topics,
    }))
}

/// schema.org `NewsArticle` for a news post.
pub fn news_ld(p: &sparks_core::NewsPost) -> serde_json::Value {
    compact(serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": p.title,
        "description": p.summary,
        "datePublished": sparks_core::date::iso_day(p.published),
        "inLanguage": p.language,
        "isBasedOn": p.source_url.as_ref().map(ToString::to_string),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_cannot_break_out_of_its_script() {
        let s = json_ld(&serde_json::json!({"name": "</script><script>alert(1)</script>&"}));
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap_or_default();
        assert_eq!(back["name"], "</script><script>alert(1)</script>&");
    }
}
