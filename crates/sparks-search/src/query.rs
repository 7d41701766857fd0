//! What a person typed, understood: words, quoted phrases, and a last word that may still be
//! being typed (matched as a prefix). Nothing of the raw text survives except analyzer
//! output, so operators and syntax of either database (`NEAR(`, `*`, `-`, `"`, `:*`, `<->`,
//! SQL) are just characters between words.

use crate::analyzer::{Language, acronym_key, is_indexed, stem, words};

/// At most this many characters of a query are read; the rest is ignored (and said so).
pub const MAX_QUERY_CHARS: usize = 1_000;
/// At most this many words take part in a query.
pub const MAX_WORDS: usize = 16;
/// A last word shorter than this is not expanded as a prefix: too many terms start with it.
pub const MIN_PREFIX_CHARS: usize = 3;

/// A query word with every form it may take in the index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The word folded to lower-case ASCII.
    pub folded: String,
    /// Its candidate index terms: the stems in each language with a stemmer, and the folded
    /// word itself, without repeats. People search in any of the interface languages, and a
    /// document's terms are stemmed in its own language, so every stem is tried.
    pub variants: Vec<String>,
    /// Whether it is the last word, typed without a following space: it may be unfinished,
    /// so index terms starting with it match too.
    pub prefix: bool,
}

impl Word {
    fn new(folded: String, prefix: bool) -> Word {
        let mut variants: Vec<String> = Vec::new();
        for language in [Language::En, Language::De, Language::Fr, Language::Es] {
            let s = stem(&folded, language);
            if !variants.contains(&s) {
                variants.push(s);
            }
        }
        if !variants.contains(&folded) {
            variants.push(folded.clone());
        }
        Word {
            folded,
            variants,
            prefix,
        }
    }
}

/// One part of a query: every part must match (unless the search is relaxed to any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// A word.
    Word(Word),
    /// Words in quotes: they must appear in this order, next to each other.
    Phrase(Vec<Word>),
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The parts, in order.
    pub clauses: Vec<Clause>,
    /// The whole query as an acronym key, to find the initiative it names exactly.
    pub acronym_key: String,
    /// Whether part of the query was ignored for its length.
    pub truncated: bool,
}

impl Query {
    /// Whether nothing searchable was typed.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// Every word of the query, in phrases or not.
    pub fn words(&self) -> impl Iterator<Item = &Word> {
        self.clauses.iter().flat_map(|c| match c {
            Clause::Word(w) => std::slice::from_ref(w),
            Clause::Phrase(ws) => ws.as_slice(),
        })
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Parses a query. Never fails: whatever cannot be understood is left out.
pub fn parse(text: &str) -> Query {
    let mut truncated = false;
    let text: &str = match text.char_indices().nth(MAX_QUERY_CHARS) {
        Some((cut, _)) => {
            truncated = true;
            &text[..cut]
        }
        None => text,
    };
    // A final word typed without a trailing space or quote may be unfinished.
    let open_end = text.chars().last().is_some_and(char::is_alphanumeric);

    // Split at quote marks: odd segments are phrases when their closing quote exists.
    let segments: Vec<&str> = text.split(is_quote).collect();
    let closed = segments.len() % 2 == 1;
    let mut clauses = Vec::new();
    let mut count = 0;
    for (n, segment) in segments.iter().enumerate() {
        let in_phrase = n % 2 == 1 && (closed || n + 1 < segments.len());
        let folded: Vec<String> = words(segment)
            .into_iter()
            .map(|w| w.folded)
            .filter(|f| is_indexed(f))
            .collect();
        if in_phrase && folded.len() > 1 {
            let room = MAX_WORDS.saturating_sub(count);
            if room < 2 {
                truncated = true;
                break;
            }
            count += folded.len().min(room);
            truncated |= folded.len() > room;
            clauses.push(Clause::Phrase(
                folded
                    .into_iter()
                    .take(room)
                    .map(|f| Word::new(f, false))
                    .collect(),
            ));
        } else {
            for f in folded {
                if count == MAX_WORDS {
                    truncated = true;
                    break;
                }
                count += 1;
                clauses.push(Clause::Word(Word::new(f, false)));
            }
        }
    }
    if open_end
        && !truncated
        && let Some(Clause::Word(w)) = clauses.last_mut()
        && w.folded.len() >= MIN_PREFIX_CHARS
    {
        w.prefix = true;
    }
    Query {
        clauses,
        acronym_key: acronym_key(text),
        truncated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(c: &Clause) -> Vec<&str> {
        match c {
            Clause::Word(w) => vec![w.folded.as_str()],
            Clause::Phrase(ws) => ws.iter().map(|w| w.folded.as_str()).collect(),
        }
    }

    #[test]
    fn words_phrases_and_prefix() {
        let q = parse("online \"child sexual abuse\" detec");
        let parts: Vec<Vec<&str>> = q.clauses.iter().map(folded).collect();
        assert_eq!(
            parts,
            [
                vec!["online"],
                vec!["child", "sexual", "abuse"],
                vec!["detec"]
            ]
        );
        assert!(matches!(&q.clauses[2], Clause::Word(w) if w.prefix));
        assert!(matches!(&q.clauses[0], Clause::Word(w) if !w.prefix));
        // A trailing space means the last word is finished.
        assert!(matches!(&parse("grooming ").clauses[0], Clause::Word(w) if !w.prefix));
    }

    #[test]
    fn variants_cover_the_languages() {
        let q = parse("exploitation");
        let Clause::Word(w) = &q.clauses[0] else {
            panic!()
        };
        assert!(w.variants.contains(&"exploit".to_owned()));
        assert!(w.variants.contains(&"exploitation".to_owned()));
    }

    #[test]
    fn unbalanced_quotes_are_plain_words() {
        let q = parse("\"grooming detection");
        assert_eq!(q.clauses.len(), 2);
        assert!(q.clauses.iter().all(|c| matches!(c, Clause::Word(_))));
    }

    #[test]
    fn hostile_and_huge_queries_parse() {
        for q in [
            "NEAR(a b)",
            "a* -b +c",
            "\"",
            "\"\"\"",
            "'; DROP TABLE initiatives; --",
            "\0\0\0",
            "col:term ^x {a b} a <-> b !c & d | e:*",
        ] {
            let parsed = parse(q);
            for w in parsed.words() {
                assert!(w.variants.iter().all(|v| crate::analyzer::is_term(v)));
            }
        }
        let long = "grooming ".repeat(2_000);
        let parsed = parse(&long);
        assert!(parsed.truncated);
        assert_eq!(parsed.clauses.len(), MAX_WORDS);
        assert!(parse("").is_empty());
        assert!(parse("the of and").is_empty());
    }

    #[test]
    fn acronym_key_of_the_whole_query() {
        assert_eq!(parse("Stop it Now! NL").acronym_key, "stop it now nl");
        assert_eq!(parse("  ARICA ").acronym_key, "arica");
    }
}
