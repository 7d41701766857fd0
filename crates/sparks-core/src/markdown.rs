//! Markdown to safe HTML: comrak renders (raw HTML in the source is escaped, not passed
//! through), then ammonia keeps only an allow-list of tags and attributes, so nothing an
//! editor or a feed writes can run script or load anything from elsewhere.

/// The one set of Markdown options, so that a page, a card and the API read a field alike.
fn options() -> comrak::Options<'static> {
    let mut options = comrak::Options::default();
    options.extension.strikethrough = true;
    options.extension.table = true;
    options.extension.autolink = true;
    // Raw HTML in the source stays text: editors write Markdown, not markup.
    options.render.escape = true;
    options
}

/// Renders Markdown to sanitised HTML.
pub fn to_safe_html(markdown: &str) -> String {
    let html = comrak::markdown_to_html(markdown, &options());
    sanitise(&html)
}

/// The words of a Markdown text without its markup, on one line: what a card's excerpt, a
/// page description or a calendar entry shows, so that none of them shows a literal `**`.
/// Raw HTML stays as the text it is on the page (which escapes it).
pub fn to_plain_text(markdown: &str) -> String {
    use comrak::nodes::NodeValue;
    let arena = comrak::Arena::new();
    let root = comrak::parse_document(&arena, markdown, &options());
    let mut text = String::new();
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::Text(t) => text.push_str(t),
            NodeValue::Code(c) => text.push_str(&c.literal),
            NodeValue::CodeBlock(c) => {
                text.push(' ');
                text.push_str(&c.literal);
            }
            NodeValue::HtmlInline(h) => text.push_str(h),
            NodeValue::HtmlBlock(h) => {
                text.push(' ');
                text.push_str(&h.literal);
            }
            NodeValue::SoftBreak | NodeValue::LineBreak => text.push(' '),
            NodeValue::Paragraph
            | NodeValue::Heading(_)
            | NodeValue::Item(_)
            | NodeValue::TableCell => text.push(' '),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn plain_text_drops_the_markup() {
        let text = to_plain_text(
            "A **bold** and *soft* start,\nsee [the site](https://example.org).\n\n- one\n- `two`\n\n<b>kept</b>",
        );
        assert_eq!(
            text,
            "A bold and soft start, see the site. one two <b>kept</b>"
        );
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
