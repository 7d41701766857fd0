//! A fetched feed document to news items: parsed with feed-rs (RSS 0.9x/1.0/2.0, Atom 0.3/1.0,
//! JSON Feed), each item's HTML sanitised with an allow-list, relative links made absolute,
//! attributed to the initiative with a link to the source.

use sparks_core::{FeedItem, NewsDraft, NewsPost};
use time::OffsetDateTime;
use url::Url;

/// Why a document is not a feed.
#[derive(Debug, thiserror::Error)]
#[error("not a feed: {0}")]
pub struct ParseError(String);

/// The longest summary kept, in characters.
const SUMMARY_CHARS: usize = 300;
/// The longest title kept, in characters.
const TITLE_CHARS: usize = 300;
/// The longest body kept, in characters (the store's limit for text).
const BODY_CHARS: usize = 19_000;

/// Reads up to `max_items` items (in the feed's order) from `body`, fetched from `url` at
/// `fetched_at`, for `initiative`. Items that cannot become a post (no title and no text)
/// are left out; the feed as a whole fails only when it does not parse.
pub fn parse_feed(
    body: &[u8],
    url: &Url,
    initiative: &str,
    fetched_at: OffsetDateTime,
    max_items: usize,
) -> Result<Vec<FeedItem>, ParseError> {
    // An empty id from the generator leaves a missing GUID missing: we de-duplicate by link
    // and title then, rather than by an id feed-rs would make up.
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(url.as_str()))
        .id_generator(|_, _, _| String::new())
        .build();
    let body = atom03_as_atom10(body);
    let feed = parser
        .parse(&*body)
        .map_err(|e| ParseError(e.to_string()))?;
    let bases = crate::xml_base::entry_bases(&body, url);
    let entry_count = feed.entries.len();
    let feed_language = feed.language.clone();
    let items = feed
        .entries
        .into_iter()
        .enumerate()
        .take(max_items)
        .filter_map(|(n, e)| {
            // The scan and feed-rs agree on the entries when the counts do; otherwise the
            // document's URL is the safe base.
            let base = bases.get(n).filter(|_| bases.len() == entry_count);
            item(
                e,
                url,
                base,
                initiative,
                fetched_at,
                feed_language.as_deref(),
            )
        })
        .collect();
    Ok(items)
}

/// The Atom 0.3 namespace, which feed-rs does not read, and what it becomes.
const ATOM03_NS: &[u8] = b"http://purl.org/atom/ns#";

/// Atom 0.3 read as Atom 1.0: the namespace, and the MIME content types 0.3 used where 1.0
/// says `text`, `html` or `xhtml`. The elements we take (title, link, id, content, summary)
/// are otherwise the same; its dates (`issued`, `modified`) are not, and fall back to the
/// fetch time.
fn atom03_as_atom10(body: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !body.windows(ATOM03_NS.len()).any(|w| w == ATOM03_NS) {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = body.to_vec();
    for (from, to) in [
        (ATOM03_NS, &b"http://www.w3.org/2005/Atom"[..]),
        (b"type=\"application/xhtml+xml\"", b"type=\"xhtml\""),
        (b"type=\"text/html\"", b"type=\"html\""),
        (b"type=\"text/plain\"", b"type=\"text\""),
    ] {
        out = replace_all(&out, from, to);
    }
    std::borrow::Cow::Owned(out)
}

fn replace_all(haystack: &[u8], from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(haystack.len());
    let mut rest = haystack;
    while let Some(i) = rest.windows(from.len()).position(|w| w == from) {
        out.extend_from_slice(&rest[..i]);
        out.extend_from_slice(to);
        rest = &rest[i + from.len()..];
    }
    out.extend_from_slice(rest);
    out
}

fn item(
    e: feed_rs::model::Entry,
    feed_url: &Url,
    bases: Option<&crate::xml_base::EntryBases>,
    initiative: &str,
    fetched_at: OffsetDateTime,
    feed_language: Option<&str>,
) -> Option<FeedItem> {
    let entry_base = bases.map_or(feed_url, |b| &b.entry);
    let link = e
        .links
        .iter()
        .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .and_then(|l| entry_base.join(l.href.trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"));
    let from_content = e.content.as_ref().and_then(|c| {
        c.body
            .as_ref()
            .map(|b| (b.clone(), c.content_type.to_string()))
    });
    // Relative links in the HTML resolve against the xml:base in force on it, else the
    // document's URL.
    let html_base = match (&from_content, bases) {
        (Some(_), Some(b)) => b.content.as_ref().unwrap_or(&b.entry),
        (None, Some(b)) => b.summary.as_ref().unwrap_or(&b.entry),
        (_, None) => feed_url,
    };
    let html = from_content
        .or_else(|| {
            e.summary
                .as_ref()
                .map(|s| (s.content.clone(), s.content_type.to_string()))
        })
        .map(|(body, kind)| {
            if kind.contains("html") {
                body
            } else {
                format!("<p>{}</p>", escape(&body))
            }
        })
        .unwrap_or_default();
    let body_html = sanitise_feed_html(&html, html_base);
    let text = truncate(&plain_text(&body_html), BODY_CHARS);
    let title = e
        .title
        .as_ref()
        .map(|t| plain_text(&t.content))
        .filter(|t| !t.trim().is_empty())
        .or_else(|| (!text.is_empty()).then(|| truncate(&text, 80)))?;
    let title = truncate(title.trim(), TITLE_CHARS);
    let when = e
        .published
        .or(e.updated)
        .and_then(|d| OffsetDateTime::from_unix_timestamp(d.timestamp()).ok())
        .unwrap_or(fetched_at);
    let day = sparks_core::date::iso_day(when.date());
    let language = e
        .language
        .as_deref()
        .or(feed_language)
        .and_then(|l| l.get(..2))
        .map(str::to_ascii_lowercase)
        .filter(|l| l.bytes().all(|b| b.is_ascii_lowercase()));
    let slug = Some(sparks_core::vocab::derived_slug(&title))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "feed-item".to_owned());
    let draft = NewsDraft {
        slug: Some(slug),
        title: title.clone(),
        summary: truncate(&text, SUMMARY_CHARS),
        body: if text.is_empty() { title.clone() } else { text },
        published: day.clone(),
        initiative: Some(initiative.to_owned()),
        source_url: link.as_ref().map(ToString::to_string),
        language,
        // A feed says nothing of this; an editor adds a warning when it needs one.
        content_warning: None,
    };
    let post: NewsPost = match draft.clone().validate_with_html(body_html.clone()) {
        Ok(p) => p,
        // A language code the rules refuse is not worth losing the item over.
        Err(_) => NewsDraft {
            language: None,
            ..draft
        }
        .validate_with_html(body_html)
        .ok()?,
    };
    let guid = Some(e.id.trim().to_owned()).filter(|g| !g.is_empty());
    Some(FeedItem {
        post,
        guid,
        link: link.map(|l| l.to_string()),
        title_date: format!("{}|{day}", title.to_lowercase()),
    })
}

/// Tags feeds use beyond the shared base list ([`sparks_core::sanitise::BASE_TAGS`]): more
/// inline markup, definition lists, smaller headings, captions and the generic containers.
const FEED_EXTRA_TAGS: &[&str] = &[
    "u", "s", "sub", "sup", "q", "cite", "abbr", "dl", "dt", "dd", "h5", "h6", "caption", "span",
    "div",
];

/// The allow-list for feed HTML: the shared one ([`sparks_core::sanitise::allow_list`]) with
/// [`FEED_EXTRA_TAGS`], so no script, style, event handlers, iframes, objects, forms or images
/// (the site never loads anything remote); links made absolute against `base` and marked
/// `nofollow ugc noopener`.
pub fn sanitise_feed_html(html: &str, base: &Url) -> String {
    let mut builder = sparks_core::sanitise::allow_list(FEED_EXTRA_TAGS, "nofollow ugc noopener");
    builder.url_relative(ammonia::UrlRelative::RewriteWithBase(base.clone()));
    builder.clean(html).to_string()
}

/// The text of some HTML: tags dropped, the common entities read back, spaces collapsed.
fn plain_text(html: &str) -> String {
    let stripped = ammonia::Builder::empty()
        .clean_content_tags(["script", "style"].into_iter().collect())
        .clean(html)
        .to_string();
    let decoded = stripped
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&");
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn truncate(s: &str, chars: usize) -> String {
    match s.char_indices().nth(chars) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> Url {
        Url::parse("https://example.org/blog/feed.xml").unwrap()
    }

    #[test]
    fn script_handlers_frames_and_images_go_links_get_rel() {
        let out = sanitise_feed_html(
            "<p onclick=\"x()\">Hi <a href=\"/a\">a</a><script>alert(1)</script>\
             <iframe src=\"https://e.org\"></iframe><img src=\"https://e.org/i.png\">\
             <object data=\"x\"></object><a href=\"javascript:alert(1)\">j</a></p>",
            &base(),
        );
        for bad in [
            "onclick",
            "script",
            "iframe",
            "<img",
            "object",
            "javascript:",
        ] {
            assert!(!out.contains(bad), "{bad} in {out}");
        }
        assert!(out.contains("href=\"https://example.org/a\""), "{out}");
        assert!(out.contains("rel=\"nofollow ugc noopener\""), "{out}");
    }

    #[test]
    fn rss_item_becomes_an_attributed_post() {
        let rss = br#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>First &amp; best</title><link>/posts/1</link><guid>g1</guid>
            <description>&lt;b&gt;Bold&lt;/b&gt; news</description>
            <pubDate>not a date</pubDate></item></channel></rss>"#;
        let at = OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        let items = parse_feed(rss, &base(), "arica", at, 10).unwrap();
        assert_eq!(items.len(), 1);
        let i = &items[0];
        assert_eq!(i.post.title, "First & best");
        assert_eq!(i.guid.as_deref(), Some("g1"));
        assert_eq!(i.link.as_deref(), Some("https://example.org/posts/1"));
        assert_eq!(i.post.initiative.as_deref(), Some("arica"));
        assert_eq!(
            i.post.published,
            at.date(),
            "an unparseable date falls back to fetch time"
        );
        assert!(
            i.post.body_html.contains("<b>Bold</b>"),
            "{}",
            i.post.body_html
        );
    }

    /// Markdown and feed HTML share one base list: what it refuses, both refuse; what it
    /// keeps, both keep.
    #[test]
    fn markdown_and_feeds_share_the_base_allow_list() {
        let refused = "<p style=\"color:red\" class=\"c\" id=\"i\" onmouseover=\"x()\">t</p>\
                       <img src=\"https://e.org/i.png\"><iframe src=\"https://e.org\"></iframe>\
                       <form action=\"https://e.org\"><input name=\"q\"></form>\
                       <svg><circle r=\"1\"/></svg><video src=\"https://e.org/v\"></video>\
                       <a href=\"data:text/html,x\" target=\"_blank\">d</a><style>p{}</style>";
        let markdown = sparks_core::markdown::sanitise(refused);
        let feed = sanitise_feed_html(refused, &base());
        for out in [&markdown, &feed] {
            for bad in [
                "style",
                "class",
                "id=",
                "onmouseover",
                "<img",
                "<iframe",
                "<form",
                "<input",
                "<svg",
                "<circle",
                "<video",
                "data:",
                "target",
            ] {
                assert!(!out.contains(bad), "{bad} in {out}");
            }
        }
        for tag in sparks_core::sanitise::BASE_TAGS {
            // Table parts only parse inside a table.
            let html = if matches!(*tag, "thead" | "tbody" | "tr" | "th" | "td") {
                "<table><thead><tr><th>x</th></tr></thead><tbody><tr><td>x</td></tr></tbody></table>"
                    .to_owned()
            } else {
                format!("<{tag}>x</{tag}>")
            };
            let open = format!("<{tag}");
            assert!(
                sparks_core::markdown::sanitise(&html).contains(&open),
                "{tag}"
            );
            assert!(sanitise_feed_html(&html, &base()).contains(&open), "{tag}");
        }
    }
}
