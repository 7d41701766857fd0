//! Every feed of the shared corpora (`../shared/corpora/feeds`, beside the checkout) through
//! the parser and into a database without a crash, every sanitize case clean, and the XXE
//! samples never reading a local file. Skips, saying so, when the corpora are absent.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::path::{Path, PathBuf};

use sparks_ingest::feed_items::parse_feed;
use sparks_store::{feeds, testing};
use time::OffsetDateTime;
use time::macros::datetime;
use url::Url;

/// The time the feeds are read at: fixed, so no result depends on the day the tests run.
const NOW: OffsetDateTime = datetime!(2026-11-29 12:00 UTC);

fn corpora() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora");
    if p.is_dir() {
        Some(p)
    } else {
        println!("skipped: the test corpora ({}) are absent", p.display());
        None
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if !(name.starts_with("LICENSE")
                || name.ends_with(".md")
                || name.ends_with(".serde.json"))
            {
                out.push(p);
            }
        }
    }
}

/// What must never survive sanitising.
fn unsafe_part(html: &str) -> Option<&'static str> {
    let lower = html.to_lowercase();
    [
        "<script",
        "javascript:",
        "vbscript:",
        "<iframe",
        "<object",
        "<embed",
        "<applet",
        "<meta",
        "<link",
        "<style",
        "style=",
        "<img",
        "<form",
        "<base",
        "<svg",
        "<math",
        "src=",
        "=\"data:",
    ]
    .into_iter()
    .find(|bad| lower.contains(bad))
    .or_else(|| {
        // an event handler attribute: ` on...=` inside a tag
        lower
            .split('<')
            .skip(1)
            .filter_map(|tag| tag.split('>').next())
            .any(|tag| tag.split_whitespace().skip(1).any(|a| a.starts_with("on")))
            .then_some("on* handler")
    })
}

#[tokio::test]
async fn every_corpus_feed_is_read_without_a_crash_and_sanitised() {
    let Some(root) = corpora() else { return };
    let mut all = Vec::new();
    files(&root.join("feeds"), &mut all);
    assert!(all.len() > 300, "{} feed files", all.len());
    let base = Url::parse("http://127.0.0.1/feeds/feed.xml").unwrap();
    let now = NOW;
    let db = testing::sqlite().await;
    let (mut parsed, mut sanitize_items, mut safe_checked) = (0, 0, 0);
    for (n, path) in all.iter().enumerate() {
        let bytes = std::fs::read(path).unwrap();
        let Ok(items) = parse_feed(&bytes, &base, "arica", now, 50) else {
            continue;
        };
        parsed += 1;
        let in_sanitize = path.to_string_lossy().contains("sanitize");
        // The file's own oracle: the safe text survives while the payload goes.
        // (Atom 0.3 `mode="base64"` content is kept encoded — harmless text — so it is left out.)
        let expects_safe = String::from_utf8_lossy(&bytes).contains("== 'safe description'")
            && !path.to_string_lossy().contains("base64");
        if in_sanitize
            && expects_safe
            && let Some(i) = items.first()
        {
            assert_eq!(i.post.body, "safe description", "{}", path.display());
            safe_checked += 1;
        }
        for i in &items {
            if in_sanitize {
                sanitize_items += 1;
            }
            if let Some(bad) = unsafe_part(&i.post.body_html) {
                panic!("{}: {bad} left in {:?}", path.display(), i.post.body_html);
            }
            for text in [&i.post.title, &i.post.summary] {
                assert!(
                    !text.to_lowercase().contains("<script"),
                    "{}: {text}",
                    path.display()
                );
            }
        }
        let id = feeds::add(
            &db.db,
            "arica",
            &format!("http://127.0.0.1/{n}"),
            true,
            "2026-01-01T00:00:00Z",
        )
        .await
        .unwrap();
        feeds::take_items(&db.db, id, &items, "2026-01-01T00:00:00Z")
            .await
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
    assert!(parsed > 250, "only {parsed} of {} parsed", all.len());
    assert!(sanitize_items >= 30, "only {sanitize_items} sanitize items");
    assert!(
        safe_checked >= 12,
        "only {safe_checked} safe-description oracles checked"
    );
}

#[test]
fn xxe_samples_read_no_local_file() {
    let Some(root) = corpora() else { return };
    let mut all = Vec::new();
    files(&root.join("injection/xxe_injection/files"), &mut all);
    let base = Url::parse("http://127.0.0.1/feed.xml").unwrap();
    for path in all {
        let bytes = std::fs::read(&path).unwrap();
        if let Ok(items) = parse_feed(&bytes, &base, "arica", NOW, 50) {
            for i in items {
                assert!(!i.post.body.contains("root:"), "{}", path.display());
                assert!(
                    i.post.title.len() < 1000,
                    "{}: entity expanded",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn relative_links_resolve_against_xml_base_or_the_document() {
    let Some(root) = corpora() else { return };
    let dir = root.join("feeds/feedparser/wellformed/base");
    let read = |name: &str| {
        let doc = Url::parse(&format!(
            "http://127.0.0.1:8097/tests/wellformed/base/{name}"
        ))
        .unwrap();
        parse_feed(
            &std::fs::read(dir.join(name)).unwrap(),
            &doc,
            "arica",
            NOW,
            5,
        )
        .unwrap()
    };
    let html = |name: &str| read(name)[0].post.body_html.clone();
    assert!(
        html("http_entry_content_base_docuri.xml")
            .contains("href=\"http://127.0.0.1:8097/relative/uri\""),
        "{}",
        html("http_entry_content_base_docuri.xml")
    );
    assert!(
        html("entry_content_xml_base_inherit_4.xml")
            .contains("href=\"http://example.com/parent/test.html\""),
        "{}",
        html("entry_content_xml_base_inherit_4.xml")
    );
    // (http_entry_link_base_docuri.xml has an entry with a link only: no title or text, so
    // no post; the unit test in feed_items covers relative item links.)
}
