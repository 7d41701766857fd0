//! `xml:base` per feed entry. feed-rs resolves the links it returns but does not say against
//! which base an entry's HTML was written, so one pass over the XML finds, for each entry in
//! document order, the base in force on its content and on its summary (inherited and nested
//! `xml:base` resolved against the document's URL). A document that is not XML (JSON Feed) or
//! does not scan gives nothing, and the caller falls back to the document's URL.

use quick_xml::events::{BytesStart, Event};
use url::Url;

/// The bases of one entry's HTML.
#[derive(Debug, Clone, PartialEq)]
pub struct EntryBases {
    /// Base in force on the entry itself.
    pub entry: Url,
    /// Base in force on its full content (`content`, `content:encoded`, `xhtml:body`).
    pub content: Option<Url>,
    /// Base in force on its summary (`summary`, `description`).
    pub summary: Option<Url>,
}

fn base_of(e: &BytesStart<'_>, parent: &Url) -> Url {
    e.attributes()
        .flatten()
        .find(|a| a.key.as_ref() == b"xml:base")
        .and_then(|a| parent.join(String::from_utf8_lossy(&a.value).trim()).ok())
        .filter(|u| matches!(u.scheme(), "http" | "https"))
        .unwrap_or_else(|| parent.clone())
}

/// The bases of every entry (`entry` or `item`), in document order.
pub fn entry_bases(body: &[u8], doc: &Url) -> Vec<EntryBases> {
    let mut reader = quick_xml::Reader::from_reader(body);
    reader.config_mut().check_end_names = false;
    let mut stack: Vec<Url> = vec![doc.clone()];
    let mut entries: Vec<EntryBases> = Vec::new();
    let mut entry_depth: Option<usize> = None;
    let mut buf = Vec::new();
    loop {
        let event = match reader.read_event_into(&mut buf) {
            Ok(e) => e,
            Err(_) => return entries,
        };
        match event {
            Event::Eof => return entries,
            Event::Start(e) => {
                let parent = stack.last().cloned().unwrap_or_else(|| doc.clone());
                let base = base_of(&e, &parent);
                let name = e.local_name();
                match name.as_ref() {
                    b"entry" | b"item" if entry_depth.is_none() => {
                        entry_depth = Some(stack.len());
                        entries.push(EntryBases {
                            entry: base.clone(),
                            content: None,
                            summary: None,
                        });
                    }
                    b"content" | b"encoded" | b"body" if entry_depth.is_some() => {
                        if let Some(last) = entries.last_mut() {
                            last.content.get_or_insert(base.clone());
                        }
                    }
                    b"summary" | b"description" if entry_depth.is_some() => {
                        if let Some(last) = entries.last_mut() {
                            last.summary.get_or_insert(base.clone());
                        }
                    }
                    _ => {}
                }
                stack.push(base);
            }
            Event::End(_) => {
                stack.pop();
                if entry_depth == Some(stack.len()) {
                    entry_depth = None;
                }
            }
            _ => {}
        }
        buf.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_and_inherited_bases() {
        let doc = Url::parse("http://feeds.example/feed.xml").unwrap();
        let xml = br#"<feed xml:base="http://example.com/parent/"><entry>
            <summary xml:base="http://example.com/info/">s</summary>
            <content>c</content></entry>
            <entry xml:base="sub/"><content xml:base="deeper/">x</content></entry></feed>"#;
        let b = entry_bases(xml, &doc);
        assert_eq!(b.len(), 2);
        assert_eq!(
            b[0].content.as_ref().unwrap().as_str(),
            "http://example.com/parent/"
        );
        assert_eq!(
            b[0].summary.as_ref().unwrap().as_str(),
            "http://example.com/info/"
        );
        assert_eq!(
            b[1].content.as_ref().unwrap().as_str(),
            "http://example.com/parent/sub/deeper/"
        );
        assert!(entry_bases(b"{\"version\": 1}", &doc).is_empty());
    }
}
