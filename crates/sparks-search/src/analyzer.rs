//! The analyzer: from text to index terms.
//!
//! Steps, the same for documents and queries: split into words at anything that is not a
//! letter or digit; fold each word to lower-case ASCII (`Täter` → `tater`, `Skłodowska` →
//! `sklodowska`), splitting again where folding produced separators; drop one-letter words
//! and the few stop words below; stem with the Snowball stemmer of the text's language.

use rust_stemmers::{Algorithm, Stemmer};

/// Languages whose text Sparks analyses: the languages of its interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    /// English.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Polish.
    Pl,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 5] = [
        Language::En,
        Language::De,
        Language::Fr,
        Language::Es,
        Language::Pl,
    ];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::De => "de",
            Language::Fr => "fr",
            Language::Es => "es",
            Language::Pl => "pl",
        }
    }

    /// The language with this ISO 639-1 code.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The Snowball stemmer, where there is one. rust-stemmers has no Polish Snowball stemmer
    /// (Snowball itself has none), so Polish words are indexed folded but unstemmed: exact
    /// forms, prefixes and typo tolerance still find them, other inflections do not.
    fn stemmer(self) -> Option<Stemmer> {
        let algorithm = match self {
            Language::En => Algorithm::English,
            Language::De => Algorithm::German,
            Language::Fr => Algorithm::French,
            Language::Es => Algorithm::Spanish,
            Language::Pl => return None,
        };
        Some(Stemmer::create(algorithm))
    }
}

/// Words longer than this are not indexed: they are hashes, glued URLs or junk, and a cap
/// keeps hostile input from producing huge terms.
pub const MAX_WORD_CHARS: usize = 48;

/// Words so common in the five languages that they would match nearly everything. The list is
/// deliberately short: "not", "no", "without" and the like carry meaning in this field.
const STOP_WORDS: &[&str] = &[
    // English
    "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "into", "is", "it", "its",
    "of", "on", "or", "that", "the", "their", "this", "to", "was", "with", // German
    "das", "dem", "den", "der", "des", "die", "ein", "eine", "einer", "im", "ist", "mit", "und",
    "von", "zu", "zum", "zur", // French
    "au", "aux", "de", "du", "en", "et", "la", "le", "les", "par", "pour", "un", "une",
    // Spanish
    "con", "del", "el", "las", "los", "para", "por", "una", "y", // Polish
    "do", "i", "na", "od", "oraz", "po", "sie", "w", "z", "za",
];

/// Whether a folded word is a stop word.
pub fn is_stop_word(word: &str) -> bool {
    STOP_WORDS.contains(&word)
}

/// A folded word of a text and where it stands in the original (byte offsets).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// Start, in bytes, in the original text.
    pub start: usize,
    /// End (exclusive), in bytes.
    pub end: usize,
    /// The word folded to lower-case ASCII letters and digits.
    pub folded: String,
}

/// Splits text into folded words, keeping where each came from. Keeps stop words and
/// one-letter words (acronym matching needs them); [`index_terms`] drops them.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            push_folded(&text[s..i], s, i, &mut out);
        }
    }
    out
}

fn push_folded(word: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    let folded = if word.is_ascii() {
        word.to_ascii_lowercase()
    } else {
        deunicode::deunicode(word).to_ascii_lowercase()
    };
    for part in folded.split(|c: char| !c.is_ascii_alphanumeric()) {
        if !part.is_empty() && part.len() <= MAX_WORD_CHARS {
            out.push(Word {
                start,
                end,
                folded: part.to_owned(),
            });
        }
    }
}

/// Whether a folded word is indexed at all: not a stop word, not a lone letter.
pub fn is_indexed(folded: &str) -> bool {
    let lone_letter = folded.len() == 1 && folded.bytes().all(|b| b.is_ascii_alphabetic());
    !lone_letter && !is_stop_word(folded)
}

/// English plurals the Porter stemmer leaves alone but people treat as one word.
fn english_irregular(word: &str) -> Option<&'static str> {
    Some(match word {
        "children" | "childrens" => "child",
        "women" => "woman",
        "men" => "man",
        "people" | "persons" => "person",
        "minors" => "minor",
        _ => return None,
    })
}

/// Words whose stems a thread keeps (per language) before it starts again from none.
const STEMS_KEPT: usize = 4096;

thread_local! {
    /// Stems this thread found lately, per language, by folded word. Why: text repeats its
    /// words, and a stem depends on nothing but the word and the language, so a hash lookup
    /// can stand in for the Snowball rules. In a bulk
    /// load of 10,000 initiatives stemming was 19 % of the instructions the import ran
    /// (callgrind, BENCHMARKS.md "Issue #20, morning of 2026-12-06"). Emptied when full, so
    /// a thread (the server has many in its blocking pool) holds at most a few hundred KB.
    static STEMS: std::cell::RefCell<
        [std::collections::HashMap<Box<str>, Box<str>>; Language::ALL.len()],
    > = std::cell::RefCell::new(std::array::from_fn(|_| std::collections::HashMap::new()));
}

/// The index term of a folded word in a language: its Snowball stem. Words with digits
/// (`2ps`, `116`, `h2020`) are kept whole: a stemmer would only damage them.
pub fn stem(folded: &str, language: Language) -> String {
    if folded.bytes().any(|b| b.is_ascii_digit()) {
        return folded.to_owned();
    }
    // Each language its own map; a match, so that a new language cannot share another's.
    let slot = match language {
        Language::En => 0,
        Language::De => 1,
        Language::Fr => 2,
        Language::Es => 3,
        Language::Pl => 4,
    };
    STEMS.with_borrow_mut(|stems| {
        let Some(stems) = stems.get_mut(slot) else {
            return stem_uncached(folded, language);
        };
        if let Some(known) = stems.get(folded) {
            return known.to_string();
        }
        let found = stem_uncached(folded, language);
        if stems.len() >= STEMS_KEPT {
            stems.clear();
        }
        stems.insert(folded.into(), found.as_str().into());
        found
    })
}

/// [`stem`] by the Snowball rules, every time.
fn stem_uncached(folded: &str, language: Language) -> String {
    let base = match language {
        Language::En => english_irregular(folded).unwrap_or(folded),
        _ => folded,
    };
    match language.stemmer() {
        Some(stemmer) => {
            let stemmed = stemmer.stem(base);
            // A stemmer may, in rare cases, cut a word to nothing; the word itself is better.
            if stemmed.is_empty() {
                base.to_owned()
            } else {
                stemmed.into_owned()
            }
        }
        None => base.to_owned(),
    }
}

/// The index terms of a text, in order (stop words and lone letters dropped).
pub fn index_terms(text: &str, language: Language) -> Vec<String> {
    let stemmer = language.stemmer();
    words(text)
        .into_iter()
        .filter(|w| is_indexed(&w.folded))
        .map(|w| match &stemmer {
            Some(_) => stem(&w.folded, language),
            None => w.folded,
        })
        .collect()
}

/// The key an acronym is matched on exactly: every folded word, nothing dropped, nothing
/// stemmed (`Stop it Now! NL` → `stop it now nl`).
pub fn acronym_key(text: &str) -> String {
    words(text)
        .into_iter()
        .map(|w| w.folded)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a string is something the analyzer could have produced as a term: only such
/// strings are ever written into an FTS5 or tsquery expression.
pub fn is_term(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_WORD_CHARS
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_diacritics() {
        let folded: Vec<String> = words("Kein Täter werden — Skłodowska-Curie, Hiša za otroke")
            .into_iter()
            .map(|w| w.folded)
            .collect();
        assert_eq!(
            folded,
            [
                "kein",
                "tater",
                "werden",
                "sklodowska",
                "curie",
                "hisa",
                "za",
                "otroke"
            ]
        );
    }

    #[test]
    fn keeps_offsets_into_the_original() {
        let text = "Prävention: Täter";
        let w = words(text);
        assert_eq!(&text[w[0].start..w[0].end], "Prävention");
        assert_eq!(&text[w[1].start..w[1].end], "Täter");
        assert_eq!(w[1].folded, "tater");
    }

    #[test]
    fn stems_each_language() {
        assert_eq!(stem("grooming", Language::En), "groom");
        assert_eq!(stem("exploitation", Language::En), "exploit");
        assert_eq!(stem("children", Language::En), "child");
        assert_eq!(stem("exploitation", Language::Fr), "exploit");
        assert_eq!(stem("kinder", Language::De), "kind");
        assert_eq!(stem("victimas", Language::Es), "victim");
        // No Snowball stemmer for Polish: the folded word is the term.
        assert_eq!(stem("dzieci", Language::Pl), "dzieci");
        assert_eq!(stem("2ps", Language::En), "2ps");
    }

    /// The kept stems give what the rules give: for the same word in another language, for
    /// a word asked again, and after the thread's store filled up and started again.
    #[test]
    fn kept_stems_are_the_stems() {
        let words: Vec<String> = (0..STEMS_KEPT * 2 + 100)
            .map(|n| {
                let mut w: String = format!("{n:x}")
                    .bytes()
                    .map(|b| char::from(b'g' + (b % 16)))
                    .collect();
                w.push_str(["ing", "ations", "en", "ed", "as", "s"][n % 6]);
                w
            })
            .collect();
        for _ in 0..2 {
            for w in &words {
                for language in Language::ALL {
                    assert_eq!(stem(w, language), stem_uncached(w, language), "{w}");
                }
            }
        }
        assert_eq!(stem("groomings", Language::En), "groom");
        assert_eq!(
            stem("groomings", Language::Fr),
            stem_uncached("groomings", Language::Fr)
        );
    }

    #[test]
    fn index_terms_drop_stop_words_and_lone_letters() {
        assert_eq!(
            index_terms("Support to the victims of N-Light's work", Language::En),
            ["support", "victim", "light", "work"]
        );
    }

    #[test]
    fn hostile_text_becomes_plain_terms() {
        let nasty =
            "\"NEAR(a b)\" OR 1=1; DROP TABLE x;-- \0 *prefix* ^col: {a} (b) <-> !c & d | e:*";
        for t in index_terms(nasty, Language::En) {
            assert!(is_term(&t), "{t:?}");
        }
        let long = "x".repeat(10_000);
        assert!(index_terms(&long, Language::En).is_empty());
        assert!(index_terms("", Language::En).is_empty());
    }

    #[test]
    fn acronym_keys_keep_every_word() {
        assert_eq!(acronym_key("Stop it Now! NL"), "stop it now nl");
        assert_eq!(acronym_key("#SayNo!"), "sayno");
        assert_eq!(acronym_key("N-Light"), "n light");
    }
}
