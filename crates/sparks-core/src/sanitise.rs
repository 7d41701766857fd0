//! The one HTML allow-list: what survives of HTML that editors' Markdown renders to and that
//! initiatives' feeds send. Both are cleaned by a builder from [`allow_list`], so a tag or
//! attribute refused for one is refused for the other unless it is named as an extra.

use std::collections::HashSet;

/// Tags every use keeps: text formatting, lists, quotes, tables, headings below the page's
/// own `h1`, and links. No images, frames, objects, forms, media or SVG: the site never loads
/// anything from third parties and runs nothing it is sent.
pub const BASE_TAGS: &[&str] = &[
    "p",
    "br",
    "strong",
    "em",
    "b",
    "i",
    "del",
    "code",
    "pre",
    "blockquote",
    "ul",
    "ol",
    "li",
    "a",
    "h2",
    "h3",
    "h4",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
];

/// URL schemes a link may use; anything else (`javascript:`, `data:`, ...) loses its `href`.
pub const URL_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// The allow-list builder both sanitisers start from: [`BASE_TAGS`] plus `extra_tags`, no
/// attribute but `href` on `a` (no `style`, `class`, `id` or event handlers), hrefs only with
/// [`URL_SCHEMES`], `script` and `style` dropped with their content, comments removed, and
/// every link given `rel="{link_rel}"`.
///
/// What differs between the uses is passed in or set on the result:
/// - Markdown ([`crate::markdown::sanitise`]): no extra tags, `rel` `noopener noreferrer
///   nofollow`.
/// - Feed items (`sparks_ingest::feed_items::sanitise_feed_html`): the extra tags feeds use
///   (`span`, `div`, `dl`, ...), `rel` `nofollow ugc noopener` (user-generated content), and
///   relative links rewritten against the feed's address (`url_relative` on the result).
pub fn allow_list<'a>(extra_tags: &[&'a str], link_rel: &'a str) -> ammonia::Builder<'a> {
    let tags: HashSet<&'a str> = BASE_TAGS.iter().chain(extra_tags).copied().collect();
    let mut builder = ammonia::Builder::default();
    builder
        .tags(tags)
        .clean_content_tags(["script", "style"].into_iter().collect())
        .tag_attributes(
            [("a", ["href"].into_iter().collect())]
                .into_iter()
                .collect(),
        )
        .generic_attributes(HashSet::new())
        .url_schemes(URL_SCHEMES.iter().copied().collect())
        .link_rel(Some(link_rel));
    builder
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extras_add_to_the_base_and_nothing_else_gets_through() {
        let html = "<p class=\"c\" id=\"i\" style=\"x\" onclick=\"x()\">t</p><span>s</span>\
                    <img src=\"https://e.org/i.png\"><iframe src=\"https://e.org\"></iframe>\
                    <a href=\"javascript:alert(1)\" title=\"t\">j</a><script>alert(1)</script>";
        let base = allow_list(&[], "nofollow").clean(html).to_string();
        assert_eq!(base, "<p>t</p>s<a rel=\"nofollow\">j</a>");
        let extra = allow_list(&["span"], "nofollow").clean(html).to_string();
        assert_eq!(extra, "<p>t</p><span>s</span><a rel=\"nofollow\">j</a>");
    }
}
