//! Markdown to safe HTML: comrak renders (raw HTML in the source is escaped, not passed
//! through), then ammonia keeps only an allow-list of tags and attributes, so nothing an
//! editor or a feed writes can run script or load anything from elsewhere.

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

/// Keeps only harmless structure: the shared allow-list ([`crate::sanitise::allow_list`]),
/// with nothing added, links marked `noopener noreferrer nofollow`.
pub fn sanitise(html: &str) -> String {
    crate::sanitise::allow_list(&[], "noopener noreferrer nofollow")
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
