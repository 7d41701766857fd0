//! HTML fragments for snapshots: pick one element out of a page by a tiny selector, and print
//! it one block element per line, so that a snapshot reads (and diffs) as markup.
//!
//! The page is tokenised as a browser does (html5ever), then re-serialised: block elements on
//! their own indented lines, inline elements and text kept together on one line, whitespace
//! collapsed outside `<pre>` and `<textarea>`. Markup that does not nest shows up in the
//! snapshot as a `<!-- ⚠ … -->` line, so a reviewer sees it. What changes per run (CSRF
//! tokens) is redacted.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, CommentToken, EndTag, StartTag, TagToken, Token, TokenSink,
    TokenSinkResult, Tokenizer,
};

/// Elements laid out in a line of text: kept on their parent's line.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "br", "button", "cite", "code", "data", "dfn", "em", "i",
    "img", "input", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strong", "sub",
    "sup", "textarea", "time", "u", "var", "wbr",
];

/// Elements without an end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Attributes that mean something by being there; printed bare.
const BOOLEAN: &[&str] = &[
    "async",
    "autofocus",
    "checked",
    "defer",
    "disabled",
    "hidden",
    "multiple",
    "novalidate",
    "open",
    "readonly",
    "required",
    "selected",
];

/// One token of the page, as far as a snapshot cares.
#[derive(Debug)]
enum Tok {
    Start {
        name: String,
        attrs: Vec<(String, String)>,
        void: bool,
    },
    End(String),
    Text(String),
    Comment(String),
}

#[derive(Default)]
struct Sink {
    tokens: RefCell<Vec<Tok>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        let mut tokens = self.tokens.borrow_mut();
        match token {
            TagToken(tag) if tag.kind == StartTag => {
                let name = tag.name.to_string();
                let attrs = tag
                    .attrs
                    .iter()
                    .map(|a| (a.name.local.to_string(), a.value.to_string()))
                    .collect();
                let void = tag.self_closing || VOID.contains(&name.as_str());
                let raw = match name.as_str() {
                    "script" => Some(RawKind::ScriptData),
                    "style" => Some(RawKind::Rawtext),
                    "title" | "textarea" => Some(RawKind::Rcdata),
                    _ => None,
                };
                // Inside <svg>, <title> is an ordinary element: self-closing tags tell.
                let raw = raw.filter(|_| !tag.self_closing);
                tokens.push(Tok::Start { name, attrs, void });
                if let Some(kind) = raw {
                    return TokenSinkResult::RawData(kind);
                }
            }
            TagToken(tag) if tag.kind == EndTag => tokens.push(Tok::End(tag.name.to_string())),
            CharacterTokens(text) => match tokens.last_mut() {
                Some(Tok::Text(t)) => t.push_str(&text),
                _ => tokens.push(Tok::Text(text.to_string())),
            },
            CommentToken(text) => tokens.push(Tok::Comment(text.to_string())),
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

fn tokenise(html: &str) -> Vec<Tok> {
    let tokenizer = Tokenizer::new(Sink::default(), Default::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.tokens.take()
}

/// `tag`, `.class`, `#id`, `[attr=value]`, combined (`aside.facets`, `form[action=/login]`).
struct Selector {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, String)>,
}

impl Selector {
    fn parse(s: &str) -> Self {
        let mut sel = Selector {
            tag: None,
            id: None,
            classes: Vec::new(),
            attrs: Vec::new(),
        };
        let mut rest = s;
        let word = |r: &str| r.find(['.', '#', '[']).unwrap_or(r.len());
        let end = word(rest);
        if end > 0 {
            sel.tag = Some(rest[..end].to_owned());
        }
        rest = &rest[end..];
        while let Some(c) = rest.chars().next() {
            rest = &rest[1..];
            if c == '[' {
                let close = rest.find(']').unwrap_or_else(|| panic!("no ] in {s}"));
                let (name, value) = rest[..close]
                    .split_once('=')
                    .unwrap_or((&rest[..close], ""));
                sel.attrs.push((name.to_owned(), value.to_owned()));
                rest = &rest[close + 1..];
                continue;
            }
            let end = word(rest);
            let part = rest[..end].to_owned();
            rest = &rest[end..];
            match c {
                '.' => sel.classes.push(part),
                '#' => sel.id = Some(part),
                _ => panic!("bad selector {s}"),
            }
        }
        sel
    }

    fn matches(&self, name: &str, attrs: &[(String, String)]) -> bool {
        let attr = |n: &str| attrs.iter().find(|(k, _)| k == n).map(|(_, v)| v.as_str());
        self.tag.as_deref().is_none_or(|t| t == name)
            && self.id.as_deref().is_none_or(|id| attr("id") == Some(id))
            && self
                .classes
                .iter()
                .all(|c| attr("class").is_some_and(|v| v.split_ascii_whitespace().any(|x| x == c)))
            && self.attrs.iter().all(|(k, v)| attr(k) == Some(v.as_str()))
    }
}

/// The first element of `html` that `selector` matches, printed for a snapshot.
pub fn fragment(html: &str, selector: &str) -> String {
    nth(html, selector, 0)
}

/// The `n`th (from 0) element of `html` that `selector` matches, printed for a snapshot.
pub fn nth(html: &str, selector: &str, n: usize) -> String {
    let tokens = tokenise(html);
    let sel = Selector::parse(selector);
    let start = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| matches!(t, Tok::Start { name, attrs, .. } if sel.matches(name, attrs)))
        .map(|(i, _)| i)
        .nth(n)
        .unwrap_or_else(|| panic!("no {selector} (#{n}) in\n{html}"));
    let Tok::Start { name, void, .. } = &tokens[start] else {
        unreachable!("a start tag was matched")
    };
    // The end tag that closes it: the first one of its name not taken by a nested namesake.
    let mut end = start;
    if !void {
        let mut depth = 0usize;
        for (i, t) in tokens.iter().enumerate().skip(start) {
            match t {
                Tok::Start { name: n, void, .. } if n == name && !void => depth += 1,
                Tok::End(n) if n == name => depth -= 1,
                _ => {}
            }
            end = i;
            if depth == 0 {
                break;
            }
        }
    }
    print(&tokens[start..=end])
}

/// An open element while printing.
struct Frame {
    name: String,
    block: bool,
    /// The output line holding a block element's start tag.
    line: usize,
    has_block_child: bool,
}

#[derive(Default)]
struct Printer {
    lines: Vec<String>,
    /// Inline content not yet written out.
    pending: String,
    frames: Vec<Frame>,
}

impl Printer {
    fn depth(&self) -> usize {
        self.frames.iter().filter(|f| f.block).count()
    }

    fn flush(&mut self) {
        let text = self.pending.trim().to_owned();
        self.pending.clear();
        if !text.is_empty() {
            self.lines
                .push(format!("{}{text}", "  ".repeat(self.depth())));
        }
    }

    fn keeps_whitespace(&self) -> bool {
        self.frames
            .iter()
            .any(|f| f.name == "pre" || f.name == "textarea")
    }

    fn start(&mut self, name: &str, attrs: &[(String, String)], void: bool) {
        let redact = attrs.iter().any(|(k, v)| k == "name" && v == "csrf_token");
        let mut tag = format!("<{name}");
        for (k, v) in attrs {
            if redact && k == "value" {
                tag.push_str(" value=\"[csrf]\"");
            } else if v.is_empty() && BOOLEAN.contains(&k.as_str()) {
                tag.push_str(&format!(" {k}"));
            } else {
                tag.push_str(&format!(" {k}=\"{}\"", escape(v, true)));
            }
        }
        tag.push('>');
        if INLINE.contains(&name) {
            self.pending.push_str(&tag);
            if !void {
                self.frames.push(Frame {
                    name: name.to_owned(),
                    block: false,
                    line: 0,
                    has_block_child: false,
                });
            }
            return;
        }
        if let Some(parent) = self.frames.iter_mut().rev().find(|f| f.block) {
            parent.has_block_child = true;
        }
        self.flush();
        self.lines
            .push(format!("{}{tag}", "  ".repeat(self.depth())));
        if !void {
            self.frames.push(Frame {
                name: name.to_owned(),
                block: true,
                line: self.lines.len() - 1,
                has_block_child: false,
            });
        }
    }

    fn end(&mut self, name: &str) {
        if !self.frames.iter().any(|f| f.name == name) {
            self.pending
                .push_str(&format!("<!-- ⚠ stray </{name}> -->"));
            return;
        }
        while let Some(open) = self.frames.last().map(|f| f.name.clone()) {
            if open != name {
                self.pending
                    .push_str(&format!("<!-- ⚠ unclosed <{open}> -->"));
            }
            self.close_innermost();
            if open == name {
                break;
            }
        }
    }

    /// Writes the end tag of the innermost open element: inline on the pending line, a block
    /// with only inline content on its start tag's line, any other block on a line of its own.
    fn close_innermost(&mut self) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let tag = format!("</{}>", frame.name);
        if !frame.block {
            self.pending.push_str(&tag);
        } else if frame.has_block_child {
            // The content after the last child block belongs inside this one: flush it first.
            self.flush();
            self.frames.pop();
            self.lines
                .push(format!("{}{tag}", "  ".repeat(self.depth())));
            return;
        } else {
            let text = self.pending.trim().to_owned();
            self.pending.clear();
            let line = frame.line;
            self.lines[line].push_str(&format!("{text}{tag}"));
        }
        self.frames.pop();
    }

    fn text(&mut self, text: &str) {
        if self.keeps_whitespace() {
            self.pending.push_str(&escape(text, false));
            return;
        }
        let mut collapsed = String::new();
        for (i, word) in text.split_ascii_whitespace().enumerate() {
            if i > 0 {
                collapsed.push(' ');
            }
            collapsed.push_str(word);
        }
        let starts = text.starts_with(|c: char| c.is_ascii_whitespace());
        let ends = text.ends_with(|c: char| c.is_ascii_whitespace());
        if starts && !self.pending.ends_with(' ') {
            self.pending.push(' ');
        }
        self.pending.push_str(&escape(&collapsed, false));
        if ends && !collapsed.is_empty() {
            self.pending.push(' ');
        }
    }
}

fn escape(s: &str, attribute: bool) -> String {
    let s = s
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    if attribute {
        s.replace('"', "&quot;")
    } else {
        s
    }
}

fn print(tokens: &[Tok]) -> String {
    let mut p = Printer::default();
    for t in tokens {
        match t {
            Tok::Start { name, attrs, void } => p.start(name, attrs, *void),
            Tok::End(name) => p.end(name),
            Tok::Text(text) => p.text(text),
            Tok::Comment(text) => p.pending.push_str(&format!("<!--{text}-->")),
        }
    }
    while let Some(open) = p.frames.last().map(|f| f.name.clone()) {
        p.pending.push_str(&format!("<!-- ⚠ unclosed <{open}> -->"));
        p.close_innermost();
    }
    p.flush();
    p.lines.join("\n")
}

#[test]
fn fragments_print_one_block_per_line_and_show_broken_nesting() {
    let page = "<body><aside class=\"facets x\"><h2 id=h>Filter</h2>\n<ul>\n <li><a href=\"/?a=1&amp;b=2\">A <span class=count>(3)</span></a></li>\n</ul><input type=hidden name=csrf_token value=s3cret><select><option selected>x</select></aside><p>after</p>";
    assert_eq!(
        fragment(page, "aside.facets"),
        "<aside class=\"facets x\">\n  <h2 id=\"h\">Filter</h2>\n  <ul>\n    \
         <li><a href=\"/?a=1&amp;b=2\">A <span class=\"count\">(3)</span></a></li>\n  </ul>\n  \
         <input type=\"hidden\" name=\"csrf_token\" value=\"[csrf]\">\n  <select>\n    \
         <option selected>x<!-- ⚠ unclosed <option> --></option>\n  </select>\n</aside>"
    );
    assert_eq!(fragment(page, "#h"), "<h2 id=\"h\">Filter</h2>");
    assert_eq!(
        fragment("<div><p>a</p> <input> </div>", "div"),
        "<div>\n  <p>a</p>\n  <input>\n</div>"
    );
    assert_eq!(
        nth("<p>a</p><p>b</b></p>", "p", 1),
        "<p>b<!-- ⚠ stray </b> --></p>"
    );
}
