//! Typo tolerance: the indexed terms a query word may have been meant as.
//!
//! Used only for words none of whose forms is in the index. The store fetches candidate terms
//! from the vocabulary (same first letter and similar length; on PostgreSQL also `pg_trgm`
//! similarity), and this module keeps those within the allowed edit distance (optimal string
//! alignment: a swap of two neighbouring letters counts as one typo).

use crate::query::Word;

/// How many of the closest terms a misspelt word expands to.
pub const MAX_EXPANSIONS: usize = 3;

/// How many typos a word may contain and still match: none below 5 letters (short words and
/// acronyms are matched exactly), one up to 7, two from 8.
pub fn max_typos(word: &str) -> usize {
    match word.chars().count() {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    }
}

/// The shortest and longest terms worth comparing with a word.
pub fn length_window(word: &Word) -> (usize, usize) {
    let allowed = max_typos(&word.folded);
    let shortest = word
        .variants
        .iter()
        .map(String::len)
        .min()
        .unwrap_or(word.folded.len());
    (
        shortest.saturating_sub(allowed).max(1),
        word.folded.len() + allowed,
    )
}

/// The candidates within reach of the word, at the smallest distance found, commonest first,
/// at most [`MAX_EXPANSIONS`]: a term one typo away wins over all those two away, so a long
/// word does not also reach unrelated short stems. Terms under 4 letters are never
/// corrections. `candidates` are `(term, number of documents)`.
pub fn corrections<'a>(
    word: &Word,
    candidates: impl IntoIterator<Item = (&'a str, i64)>,
) -> Vec<String> {
    let allowed = max_typos(&word.folded);
    if allowed == 0 {
        return Vec::new();
    }
    let mut found: Vec<(usize, i64, &str)> = candidates
        .into_iter()
        .filter_map(|(term, docs)| {
            let distance = word
                .variants
                .iter()
                .map(|v| strsim::osa_distance(v, term))
                .min()?;
            (distance <= allowed && term.len() >= 4).then_some((distance, -docs, term))
        })
        .collect();
    found.sort();
    found.dedup_by(|a, b| a.2 == b.2);
    let closest = found.first().map_or(0, |f| f.0);
    found
        .into_iter()
        .take_while(|f| f.0 == closest)
        .take(MAX_EXPANSIONS)
        .map(|(_, _, t)| t.to_owned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::{Clause, parse};

    fn word(text: &str) -> Word {
        match parse(&format!("{text} ")).clauses.remove(0) {
            Clause::Word(w) => w,
            Clause::Phrase(_) => panic!("a word"),
        }
    }

    #[test]
    fn misspellings_find_their_terms() {
        let vocabulary = [("groom", 9), ("blockchain", 1), ("broom", 1), ("grace", 2)];
        assert_eq!(corrections(&word("gromming"), vocabulary), ["groom"]);
        assert_eq!(corrections(&word("blokchain"), vocabulary), ["blockchain"]);
        assert_eq!(corrections(&word("bolckchain"), vocabulary), ["blockchain"]);
        assert_eq!(corrections(&word("grroming"), vocabulary), ["groom"]);
        // Short words and acronyms must match exactly.
        assert!(corrections(&word("grac"), vocabulary).is_empty());
    }

    #[test]
    fn typo_budget_grows_with_length() {
        assert_eq!(max_typos("iwf"), 0);
        assert_eq!(max_typos("abuse"), 1);
        assert_eq!(max_typos("grooming"), 2);
    }
}
