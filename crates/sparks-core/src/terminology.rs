//! The field's terminology check (issue #16, point 7): discouraged terms, each with the
//! preferred wording and why, per language, starting from the Luxembourg Guidelines
//! (“Terminology Guidelines for the Protection of Children from Sexual Exploitation and
//! Sexual Abuse”, 2016). The list is data: the bundled `data/terminology.json` seeds it and
//! admins extend it; this module only parses and matches.
//!
//! Matching works on words, not bytes: both the text and the term are split into runs of
//! letters and digits and compared case-insensitively, so “Child-Pornography” and
//! “child  pornography” match `child pornography`, while “pornographyx” does not. A term word
//! ending in `*` matches every word that starts with it (`Kinderporno*` finds
//! “Kinderpornografie”; `pornografi* dziecięc*` finds the Polish inflections).

use serde::{Deserialize, Serialize};

/// The bundled list the site starts with.
pub const BUNDLED_TERMS: &str = include_str!("../../../data/terminology.json");

/// The five interface languages a term may belong to.
pub const LANGUAGES: [&str; 5] = ["en", "de", "fr", "pl", "es"];

/// One discouraged term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// The language it belongs to (`en`, `de`, `fr`, `pl`, `es`).
    pub lang: String,
    /// The words to avoid; a word ending in `*` is a prefix.
    pub term: String,
    /// What to say instead.
    pub preferred: String,
    /// Why, in a sentence.
    pub reason: String,
}

/// What is wrong with a term an admin typed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TermError {
    /// The language is not one of the five.
    #[error("the language must be one of en, de, fr, pl, es")]
    Language,
    /// The term has no word in it (or only a bare `*`).
    #[error("the term needs at least one word")]
    Empty,
    /// The preferred wording is missing.
    #[error("say what to write instead")]
    Preferred,
    /// A part is longer than the form allows.
    #[error("a part is longer than 300 characters")]
    TooLong,
}

impl Term {
    /// Checks an admin's entry: a known language, at least one word of at least two letters
    /// (a one-letter prefix would flag everything), a preferred wording, sane lengths.
    pub fn validate(&self) -> Result<(), TermError> {
        if !LANGUAGES.contains(&self.lang.as_str()) {
            return Err(TermError::Language);
        }
        let words = pattern_words(&self.term);
        if words.is_empty() || words.iter().any(|w| w.text.chars().count() < 2) {
            return Err(TermError::Empty);
        }
        if self.preferred.trim().is_empty() {
            return Err(TermError::Preferred);
        }
        if [&self.term, &self.preferred, &self.reason]
            .iter()
            .any(|s| s.chars().count() > 300)
        {
            return Err(TermError::TooLong);
        }
        Ok(())
    }
}

/// Parses a terminology file (an array of [`Term`]).
pub fn parse(json: &str) -> Result<Vec<Term>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The bundled list, parsed. The test suite keeps the file valid.
pub fn bundled() -> Vec<Term> {
    parse(BUNDLED_TERMS).unwrap_or_default()
}

/// A discouraged term found in a text, with the words as they were written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding<'a> {
    /// The term matched.
    pub term: &'a Term,
    /// The text's own words that matched (first occurrence).
    pub written: String,
}

/// One word of a term: its lowercase text and whether it is a prefix.
struct PatternWord {
    text: String,
    prefix: bool,
}

fn pattern_words(term: &str) -> Vec<PatternWord> {
    term.split(|c: char| !c.is_alphanumeric() && c != '*')
        .filter_map(|w| {
            let prefix = w.ends_with('*');
            let text: String = w.trim_end_matches('*').to_lowercase();
            (!text.is_empty() && !text.contains('*')).then_some(PatternWord { text, prefix })
        })
        .collect()
}

/// The words of `text` as (lowercase word, byte range in `text`).
fn text_words(text: &str) -> Vec<(String, std::ops::Range<usize>)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((text[s..i].to_lowercase(), s..i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((text[s..].to_lowercase(), s..text.len()));
    }
    words
}

/// Every term of `terms` that occurs in `text`, each once, in the order of `terms`.
pub fn find<'a>(text: &str, terms: &'a [Term]) -> Vec<Finding<'a>> {
    let words = text_words(text);
    terms
        .iter()
        .filter_map(|term| {
            let pattern = pattern_words(&term.term);
            if pattern.is_empty() || pattern.len() > words.len() {
                return None;
            }
            words.windows(pattern.len()).find_map(|window| {
                let hit = window.iter().zip(&pattern).all(|((word, _), p)| {
                    if p.prefix {
                        word.starts_with(&p.text)
                    } else {
                        *word == p.text
                    }
                });
                hit.then(|| {
                    let range = window[0].1.start..window[window.len() - 1].1.end;
                    Finding {
                        term,
                        written: text[range].to_owned(),
                    }
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(lang: &str, t: &str) -> Term {
        Term {
            lang: lang.into(),
            term: t.into(),
            preferred: "instead".into(),
            reason: "why".into(),
        }
    }

    #[test]
    fn the_bundled_list_parses_and_every_entry_is_valid() {
        let terms = parse(BUNDLED_TERMS).expect("data/terminology.json parses");
        assert!(terms.len() >= 20);
        for t in &terms {
            assert_eq!(t.validate(), Ok(()), "{t:?}");
        }
        for lang in LANGUAGES {
            assert!(terms.iter().any(|t| t.lang == lang), "no term in {lang}");
        }
    }

    #[test]
    fn words_match_across_case_punctuation_and_spacing_but_not_inside_words() {
        let terms = [term("en", "child pornography")];
        for text in [
            "Reports of child pornography rose.",
            "CHILD-PORNOGRAPHY",
            "child\n  pornography",
        ] {
            assert_eq!(find(text, &terms).len(), 1, "{text}");
        }
        for text in [
            "childpornography",
            "child pornographyx",
            "grandchild pornography",
        ] {
            assert!(find(text, &terms).is_empty(), "{text}");
        }
        assert_eq!(
            find("Reports of Child-Pornography rose", &terms)[0].written,
            "Child-Pornography"
        );
    }

    #[test]
    fn a_star_makes_a_word_a_prefix_in_any_position() {
        let terms = bundled();
        let hits = |text: &str| {
            find(text, &terms)
                .iter()
                .map(|f| f.term.term.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(hits("Kinderpornografie im Netz"), ["Kinderporno*"]);
        assert_eq!(
            hits("walka z pornografią dziecięcą"),
            ["pornografi* dziecięc*"]
        );
        assert!(hits("child prostitutes").contains(&"child prostitute*".to_owned()));
        assert_eq!(hits("La pornografía infantil"), ["pornografía infantil"]);
        assert!(hits("child sexual abuse material").is_empty());
    }

    #[test]
    fn an_admins_entry_is_checked() {
        assert_eq!(term("xx", "word").validate(), Err(TermError::Language));
        assert_eq!(term("en", " * ").validate(), Err(TermError::Empty));
        assert_eq!(term("en", "a*").validate(), Err(TermError::Empty));
        let mut t = term("en", "ok term");
        t.preferred = " ".into();
        assert_eq!(t.validate(), Err(TermError::Preferred));
    }
}
