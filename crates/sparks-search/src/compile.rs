//! A resolved query written in each database's full-text syntax.
//!
//! The store resolves every query word to concrete index terms (exact stems, prefix and typo
//! expansions found in the vocabulary); this module only joins those terms with operators.
//! Every term is checked with [`is_term`] (lower-case ASCII letters and digits) and anything
//! else is dropped, so no user text can reach the expression.

use crate::analyzer::is_term;

/// A query part with its index terms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// Any of these terms.
    AnyOf(Vec<String>),
    /// These terms in this order, adjacent.
    Phrase(Vec<String>),
}

/// How the parts combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Combine {
    /// Every part must match.
    All,
    /// Any part may match (the relaxed retry when nothing matches every part).
    Any,
}

/// The full-text syntax to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    /// SQLite FTS5 `MATCH` expression: terms quoted, `AND`/`OR`, phrases in quotes.
    Fts5,
    /// PostgreSQL `to_tsquery('simple', ...)` text: `&`, `|`, phrases with `<->`.
    TsQuery,
}

/// Writes the query in the dialect; `None` when no part has a usable term (then nothing can
/// match, and the store does not ask the database).
pub fn compile(parts: &[Resolved], combine: Combine, dialect: Dialect) -> Option<String> {
    let (and, or, follow) = match dialect {
        Dialect::Fts5 => (" AND ", " OR ", " "),
        Dialect::TsQuery => (" & ", " | ", " <-> "),
    };
    let quote = |t: &str| match dialect {
        Dialect::Fts5 => format!("\"{t}\""),
        Dialect::TsQuery => t.to_owned(),
    };
    let written: Vec<String> = parts
        .iter()
        .filter_map(|part| match part {
            Resolved::AnyOf(terms) => {
                let terms: Vec<String> = terms
                    .iter()
                    .filter(|t| is_term(t))
                    .map(|t| quote(t))
                    .collect();
                (!terms.is_empty()).then(|| format!("({})", terms.join(or)))
            }
            Resolved::Phrase(terms) => {
                if terms.is_empty() || !terms.iter().all(|t| is_term(t)) {
                    return None;
                }
                Some(match dialect {
                    Dialect::Fts5 => format!("\"{}\"", terms.join(follow)),
                    Dialect::TsQuery => format!("({})", terms.join(follow)),
                })
            }
        })
        .collect();
    if written.is_empty() {
        return None;
    }
    Some(written.join(match combine {
        Combine::All => and,
        Combine::Any => or,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts() -> Vec<Resolved> {
        vec![
            Resolved::AnyOf(vec!["groom".into(), "grooming".into()]),
            Resolved::Phrase(vec!["child".into(), "sexual".into(), "abus".into()]),
        ]
    }

    #[test]
    fn fts5() {
        assert_eq!(
            compile(&parts(), Combine::All, Dialect::Fts5).unwrap(),
            "(\"groom\" OR \"grooming\") AND \"child sexual abus\""
        );
        assert_eq!(
            compile(&parts(), Combine::Any, Dialect::Fts5).unwrap(),
            "(\"groom\" OR \"grooming\") OR \"child sexual abus\""
        );
    }

    #[test]
    fn tsquery() {
        assert_eq!(
            compile(&parts(), Combine::All, Dialect::TsQuery).unwrap(),
            "(groom | grooming) & (child <-> sexual <-> abus)"
        );
    }

    #[test]
    fn anything_but_terms_is_dropped() {
        let bad = vec![
            Resolved::AnyOf(vec!["a\"b".into(), "NEAR(".into(), "x:*".into()]),
            Resolved::Phrase(vec!["ok".into(), "'".into()]),
        ];
        assert_eq!(compile(&bad, Combine::All, Dialect::Fts5), None);
        assert_eq!(compile(&[], Combine::All, Dialect::TsQuery), None);
    }
}
