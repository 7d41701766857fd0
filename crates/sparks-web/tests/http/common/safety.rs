//! An HTML checker: does anything executable reach the page? The page is tokenised as a
//! browser does (html5ever, with the raw-text states a tree builder would switch to), and every
//! tag is checked against what an XSS needs: a script that is not one of our files, an event
//! handler attribute, a URL with a script scheme, or an element that loads active content.

use std::cell::RefCell;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, StartTag, TagToken, Token, TokenSink, TokenSinkResult, Tokenizer,
};

/// Our own scripts, the only `<script src>` allowed.
const OUR_SCRIPTS: &[&str] = &["/static/quick-exit.js", "/static/copy.js"];

/// Elements that never appear in our pages and run or embed active content.
const ACTIVE_ELEMENTS: &[&str] = &[
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal", "handler",
    "listener", "import",
];

/// Attributes whose value is a URL that a browser follows, loads or submits to.
const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "poster",
    "background",
    "lowsrc",
    "dynsrc",
    "codebase",
    "cite",
    "ping",
    "manifest",
    "icon",
    "srcset",
    "xlink:href",
    "to",
    "from",
    "values",
    "by",
];

struct Sink {
    problems: RefCell<Vec<String>>,
}

impl TokenSink for Sink {
    type Handle = ();

    fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
        match token {
            TagToken(tag) if tag.kind == StartTag => {
                let name = tag.name.to_string();
                let attr = |n: &str| {
                    tag.attrs
                        .iter()
                        .find(|a| a.name.local.eq_str_ignore_ascii_case(n))
                        .map(|a| a.value.to_string())
                };
                let mut problems = self.problems.borrow_mut();
                for a in &tag.attrs {
                    let local = a.name.local.to_ascii_lowercase().to_string();
                    if local.starts_with("on") {
                        problems.push(format!(
                            "<{name}> has an event handler {local}={:?}",
                            a.value
                        ));
                    }
                    let full = match &a.name.prefix {
                        Some(p) => format!("{p}:{local}"),
                        None => local.clone(),
                    };
                    if (URL_ATTRIBUTES.contains(&full.as_str())
                        || URL_ATTRIBUTES.contains(&local.as_str()))
                        && dangerous_url(&a.value)
                    {
                        problems.push(format!("<{name} {full}={:?}> runs script", a.value));
                    }
                    if local == "style" && style_runs_script(&a.value) {
                        problems.push(format!("<{name} style={:?}> runs script", a.value));
                    }
                }
                if ACTIVE_ELEMENTS.contains(&name.as_str()) {
                    problems.push(format!("an active element <{name}> on the page"));
                }
                if name == "meta"
                    && attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("refresh"))
                {
                    problems.push(format!(
                        "<meta http-equiv=refresh content={:?}>",
                        attr("content")
                    ));
                }
                match name.as_str() {
                    "script" => {
                        let ours = attr("src").is_some_and(|s| OUR_SCRIPTS.contains(&s.as_str()))
                            || attr("type").is_some_and(|t| t == "application/ld+json");
                        if !ours {
                            problems.push(format!("a script that is not ours: {:?}", tag.attrs));
                        }
                        return TokenSinkResult::RawData(RawKind::ScriptData);
                    }
                    "style" | "xmp" | "iframe" | "noembed" | "noframes" => {
                        return TokenSinkResult::RawData(RawKind::Rawtext);
                    }
                    "title" | "textarea" => return TokenSinkResult::RawData(RawKind::Rcdata),
                    "plaintext" => return TokenSinkResult::Plaintext,
                    _ => {}
                }
            }
            _ => {}
        }
        TokenSinkResult::Continue
    }
}

/// What a browser makes of a URL attribute: C0 controls and spaces trimmed, tabs and newlines
/// removed anywhere, scheme case-folded. `srcset`/`values` lists are checked item by item.
fn dangerous_url(value: &str) -> bool {
    value.split([',', ';']).any(|part| {
        let cleaned: String = part
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .trim_matches(|c: char| c <= ' ')
            .to_ascii_lowercase();
        [
            "javascript:",
            "vbscript:",
            "livescript:",
            "data:text/html",
            "data:application/xhtml",
            "data:image/svg+xml",
            "data:text/xml",
            "data:application/xml",
        ]
        .iter()
        .any(|s| cleaned.starts_with(s))
    })
}

fn style_runs_script(value: &str) -> bool {
    let v: String = value
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    v.contains("expression(")
        || v.contains("javascript:")
        || v.contains("-moz-binding")
        || v.contains("behavior:")
}

/// Everything executable in the page; empty when it is inert.
pub fn problems(html: &str) -> Vec<String> {
    let sink = Sink {
        problems: RefCell::new(Vec::new()),
    };
    let tokenizer = Tokenizer::new(sink, Default::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.problems.take()
}

/// Fails the test when the page holds anything executable, naming what and where.
pub fn assert_inert(html: &str, context: &str) {
    let found = problems(html);
    assert!(
        found.is_empty(),
        "{context}: executable content reached the page:\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn the_checker_catches_what_it_must_and_passes_our_own_markup() {
    for bad in [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<a href=\" jAvAsCrIpT&colon;alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<iframe srcdoc=x></iframe>",
        "<svg><animate attributeName=href to=javascript:alert(1) /></svg>",
        "<object data=\"data:text/html;base64,PHNjcmlwdD4=\"></object>",
        "<title></title><script src=//evil.example/x.js></script>",
        "<div style=\"width: expression(alert(1))\">",
    ] {
        assert!(!problems(bad).is_empty(), "missed {bad}");
    }
    for good in [
        "<script src=\"/static/quick-exit.js\" defer></script><a href=\"/initiatives?q=javascript%3Aalert(1)\">x</a>",
        "<input name=q value=\"javascript:alert(1) &lt;script&gt;\">",
        "<p>&lt;img src=x onerror=alert(1)&gt;</p>",
        "<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>",
        "<textarea><img src=x onerror=alert(1)></textarea>",
    ] {
        assert!(
            problems(good).is_empty(),
            "false alarm on {good}: {:?}",
            problems(good)
        );
    }
}
