//! Snippets: a short excerpt of a document's text with the matched words in `<mark>`.
//!
//! The text is escaped first, piece by piece, and `<mark>` tags are the only markup added,
//! around whole words whose index term the query matched. [`Marked`] can only be built here,
//! so a template may print it unescaped.

use std::fmt;

use crate::analyzer::{Language, is_indexed, stem, words};

/// HTML-escaped text whose only markup is `<mark>` around matched words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marked(String);

impl Marked {
    /// The HTML.
    pub fn as_html(&self) -> &str {
        &self.0
    }

    /// Whether any word is marked.
    pub fn has_marks(&self) -> bool {
        self.0.contains("<mark>")
    }
}

impl fmt::Display for Marked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Escapes the five characters HTML gives meaning to. NUL and other control characters
/// (except tab and line breaks) are dropped: they have no business on a page.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// Byte ranges of the words in `text` whose term `matches` accepts.
fn matched_ranges(
    text: &str,
    language: Language,
    matches: &dyn Fn(&str) -> bool,
) -> Vec<(usize, usize)> {
    let mut ranges: Vec<(usize, usize)> = Vec::new();
    for w in words(text) {
        if !is_indexed(&w.folded) || !matches(&stem(&w.folded, language)) {
            continue;
        }
        // Folding may split one original word into several; mark the original word once.
        if ranges.last() != Some(&(w.start, w.end)) {
            ranges.push((w.start, w.end));
        }
    }
    ranges
}

fn render(text: &str, ranges: &[(usize, usize)]) -> Marked {
    let mut out = String::with_capacity(text.len() + ranges.len() * 13);
    let mut at = 0;
    for &(start, end) in ranges {
        if start < at || end > text.len() {
            continue;
        }
        out.push_str(&escape(&text[at..start]));
        out.push_str("<mark>");
        out.push_str(&escape(&text[start..end]));
        out.push_str("</mark>");
        at = end;
    }
    out.push_str(&escape(&text[at..]));
    Marked(out)
}

/// The whole text, escaped, with matched words marked.
pub fn mark(text: &str, language: Language, matches: &dyn Fn(&str) -> bool) -> Marked {
    render(text, &matched_ranges(text, language, matches))
}

/// At most about `max_chars` characters of the text around its densest run of matched
/// words, escaped, with matched words marked and `…` where it was cut.
pub fn snippet(
    text: &str,
    language: Language,
    matches: &dyn Fn(&str) -> bool,
    max_chars: usize,
) -> Marked {
    let text = text.trim();
    let ranges = matched_ranges(text, language, matches);
    if text.chars().count() <= max_chars {
        return render(text, &ranges);
    }
    // The window of `max_chars` bytes (close enough to characters for this choice) holding
    // the most matches, starting at a match.
    let mut best_start = 0;
    let mut best_count = 0;
    for (i, &(start, _)) in ranges.iter().enumerate() {
        let count = ranges[i..]
            .iter()
            .take_while(|(_, end)| end - start <= max_chars)
            .count();
        if count > best_count {
            best_count = count;
            best_start = start;
        }
    }
    // Start a little before the first match, at a word boundary, for context.
    let mut from = floor_char(text, best_start.saturating_sub(max_chars / 4));
    if from > 0 {
        from = text[from..]
            .find(char::is_whitespace)
            .map_or(from, |i| from + i + 1);
        from = from.min(best_start);
    }
    let mut to = floor_char(text, (from + max_chars).min(text.len()));
    if to < text.len() {
        to = text[..to]
            .rfind(char::is_whitespace)
            .unwrap_or(to)
            .max(from);
    }
    let inner: Vec<(usize, usize)> = ranges
        .iter()
        .filter(|(s, e)| *s >= from && *e <= to)
        .map(|(s, e)| (s - from, e - from))
        .collect();
    let body = render(&text[from..to], &inner);
    let mut html = String::new();
    if from > 0 {
        html.push('…');
    }
    html.push_str(body.as_html().trim());
    if to < text.len() {
        html.push('…');
    }
    Marked(html)
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn groom(t: &str) -> bool {
        t == "groom" || t == "detect"
    }

    #[test]
    fn marks_matched_words_only() {
        let m = mark("Online grooming & its detection", Language::En, &groom);
        assert_eq!(
            m.as_html(),
            "Online <mark>grooming</mark> &amp; its <mark>detection</mark>"
        );
    }

    #[test]
    fn hostile_text_is_escaped_around_marks() {
        let text = "<script>alert('grooming')</script> \"grooming\"<b>x</b>\0";
        let m = mark(text, Language::En, &groom);
        assert_eq!(
            m.as_html(),
            "&lt;script&gt;alert(&#39;<mark>grooming</mark>&#39;)&lt;/script&gt; &quot;<mark>grooming</mark>&quot;&lt;b&gt;x&lt;/b&gt;"
        );
        assert!(!m.as_html().contains("<script"));
    }

    #[test]
    fn long_text_is_cut_around_the_matches() {
        let text = format!(
            "{} the grooming detection work {}",
            "word ".repeat(100),
            "tail ".repeat(100)
        );
        let s = snippet(&text, Language::En, &groom, 80);
        assert!(s.as_html().starts_with('…'));
        assert!(s.as_html().ends_with('…'));
        assert!(
            s.as_html()
                .contains("<mark>grooming</mark> <mark>detection</mark>")
        );
        assert!(s.as_html().chars().count() < 140);
    }

    #[test]
    fn multibyte_text_is_cut_safely() {
        let text = "ż".repeat(500) + " grooming " + &"ł".repeat(500);
        let s = snippet(&text, Language::En, &groom, 60);
        assert!(s.has_marks());
    }
}
