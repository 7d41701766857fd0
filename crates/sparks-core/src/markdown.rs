//! Markdown to safe HTML: comrak renders (raw HTML in the source is escaped, not passed
//! through), then ammonia keeps only an allow-list of tags and attributes, so nothing an
//! editor or a feed writes can run script or load anything from elsewhere.

use std::collections::HashSet;

/// Renders Markdown to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let mut options = comrak::Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.autolink = true;
    // Raw HTML in the source stays text: editors write Markdown, not markup.
    options.render.escape = true;
    let html = comrak::markdown_to_html(markdown, &options);
    sanitise(&html)
}

/// Keeps only harmless structure: text formatting, lists, quotes, tables, headings below the
/// page's own `h1`, and links to http(s)/mailto addresses. No images: the site never loads
/// anything from third parties.
pub fn sanitise(html: &str) -> String {
    let tags: HashSet<&str> = [
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
    ]
    .into_iter()
    .collect();
    ammonia::Builder::default()
        .tags(tags)
        .clean_content_tags(["script", "style"].into_iter().collect())
        .tag_attributes(
            [("a", ["href"].into_iter().collect())]
                .into_iter()
                .collect(),
        )
        .generic_attributes(HashSet::new())
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer nofollow"))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_renders() {
        let html =
            to_safe_html("Hello **world**, see [the site](https://example.org).\n\n- a\n- b");
        assert!(html.contains("<strong>world</strong>"), "{html}");
        assert!(html.contains("href=\"https://example.org\""), "{html}");
        assert!(html.contains("<li>a</li>"), "{html}");
    }

    #[test]
    fn dangerous_things_are_removed() {
        let html = to_safe_html(
            "<script>alert(1)</script>\n\n[x](javascript:alert(1)) ![img](https://tracker.example/p.png) <img src=x onerror=alert(1)>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        let raw = sanitise(
            "<p onclick=\"x()\" style=\"color:red\">t</p><iframe src=\"https://e\"></iframe>",
        );
        assert_eq!(raw, "<p>t</p>");
    }
}
