//! Documents by folded acronym, for exact acronym matches, in two allocations.
//!
//! Why: at 100,000 documents nearly every one has an acronym of its own. A hash map from
//! each acronym to a list of documents took about 9 MB (a table slot, a key and a list on
//! the heap per document); here every acronym is in one string and each document is one
//! 12-byte entry, sorted by acronym: about 2.5 MB, and a lookup is a binary search.

/// One document's acronym: where it is in [`Acronyms::text`], and the document.
#[derive(Debug, Clone, Copy)]
struct Entry {
    start: u32,
    len: u32,
    doc: u32,
}

/// Documents by folded acronym.
#[derive(Debug, Clone, Default)]
pub(super) struct Acronyms {
    /// Every acronym, one after another (those of documents since rewritten stay, unused,
    /// until the next full load).
    text: String,
    /// Sorted by acronym, then document.
    entries: Vec<Entry>,
}

impl Acronyms {
    /// The acronyms of `pairs` (folded acronym, document), in any order.
    pub(super) fn from_pairs(mut pairs: Vec<(String, u32)>) -> Acronyms {
        pairs.sort_unstable();
        let mut acronyms = Acronyms {
            text: String::with_capacity(pairs.iter().map(|(k, _)| k.len()).sum()),
            entries: Vec::with_capacity(pairs.len()),
        };
        for (key, doc) in pairs {
            let entry = acronyms.stored(&key, doc);
            acronyms.entries.push(entry);
        }
        acronyms
    }

    /// Appends `key` to the text, as an entry for `doc`.
    fn stored(&mut self, key: &str, doc: u32) -> Entry {
        let start = u32::try_from(self.text.len()).unwrap_or(u32::MAX);
        self.text.push_str(key);
        Entry {
            start,
            len: u32::try_from(key.len()).unwrap_or(0),
            doc,
        }
    }

    fn key(&self, entry: &Entry) -> &str {
        let start = entry.start as usize;
        self.text
            .get(start..start + entry.len as usize)
            .unwrap_or_default()
    }

    /// Documents whose folded acronym is `key`, ascending.
    pub(super) fn docs(&self, key: &str) -> Vec<u32> {
        let from = self.entries.partition_point(|e| self.key(e) < key);
        self.entries[from..]
            .iter()
            .take_while(|e| self.key(e) == key)
            .map(|e| e.doc)
            .collect()
    }

    /// Forgets the acronyms of the documents for which `gone` holds.
    pub(super) fn remove(&mut self, gone: impl Fn(u32) -> bool) {
        self.entries.retain(|e| !gone(e.doc));
    }

    /// Adds `doc` under `key`.
    pub(super) fn insert(&mut self, key: &str, doc: u32) {
        let at = self
            .entries
            .partition_point(|e| (self.key(e), e.doc) < (key, doc));
        let entry = self.stored(key, doc);
        self.entries.insert(at, entry);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_document_of_an_acronym_through_writes() {
        let mut acronyms = Acronyms::from_pairs(vec![
            ("inhope".into(), 4),
            ("cesagram".into(), 1),
            ("inhope".into(), 2),
            ("zed".into(), 9),
        ]);
        assert_eq!(acronyms.docs("inhope"), [2, 4]);
        assert_eq!(acronyms.docs("cesagram"), [1]);
        assert!(acronyms.docs("inhop").is_empty());
        assert!(acronyms.docs("").is_empty());
        acronyms.remove(|d| d == 4 || d == 1);
        acronyms.insert("inhope", 3);
        acronyms.insert("aaa", 10);
        assert_eq!(acronyms.docs("inhope"), [2, 3]);
        assert!(acronyms.docs("cesagram").is_empty());
        assert_eq!(acronyms.docs("aaa"), [10]);
        assert_eq!(acronyms.docs("zed"), [9]);
    }
}
