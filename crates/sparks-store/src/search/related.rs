//! Related work: the documents most like a given one (or like text being submitted), each
//! with the reasons — shared topics, shared coordinator, shared countries, similar words.
//!
//! Similar text is found with the full-text index itself: the item's most distinctive terms
//! (rarest in the vocabulary) are searched for with "any of", so the ranking is the same
//! bm25 / ts_rank_cd as search. Overlaps come from the documents' facet values, which every
//! content type gives, so resources and news plug in unchanged; topics and coordinators are
//! rows of `search_facets`, an initiative's countries are read from its own tables (see
//! `super::facets`).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use sparks_search::analyzer::{acronym_key, index_terms, is_indexed, stem, words};
use sparks_search::{Combine, DocType, Language, Resolved, compile};

use super::find::{SearchFilter, TermRow, dialect, push_hits};
use super::{INITIATIVE_JOIN, SUMMARY, TITLE};
use crate::{Db, Result, Sql};

/// Why two documents are related.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Similarity {
    /// Topics both carry (lower-case).
    pub shared_topics: Vec<String>,
    /// Countries both involve (ISO codes).
    pub shared_countries: Vec<String>,
    /// The coordinator both share.
    pub same_coordinator: Option<String>,
    /// Distinctive words of the one found in the other.
    pub similar_words: Vec<String>,
    /// The acronym is the same.
    pub same_acronym: bool,
}

/// A related document.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Its type.
    pub doc_type: DocType,
    /// Its slug.
    pub slug: String,
    /// Short name, if any.
    pub acronym: Option<String>,
    /// Title.
    pub title: String,
    /// How related, from 0 upwards; comparable within one list.
    pub score: f64,
    /// Why.
    pub reasons: Similarity,
}

/// How many distinctive terms describe a document's text.
const TOP_TERMS: i64 = 12;
/// How many text neighbours are considered.
const TEXT_CANDIDATES: i64 = 30;
/// A term, topic or coordinator that more documents than this hold relates nothing: it is
/// not distinctive, and following it would score a large part of the index for every item
/// page (0.7 s and 45 MB for an initiative at 100,000 initiatives with common words). On
/// a directory of a few thousand documents no value is held by this many.
const RARE_AT_MOST: i64 = 1_000;

#[derive(sqlx::FromRow)]
struct SourceRow {
    id: i64,
    title: String,
    summary: String,
    language: String,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    id: i64,
    facet: String,
    value: String,
}

#[derive(sqlx::FromRow)]
struct DocRow {
    id: i64,
    doc_type: String,
    slug: String,
    acronym: Option<String>,
    title: String,
    terms: String,
    exact: i64,
}

#[derive(sqlx::FromRow)]
struct ScoreRow {
    id: i64,
    score: f64,
}

/// The rarest of these terms that at least `min_docs` documents hold.
async fn distinctive(db: &Db, terms: &BTreeSet<String>, min_docs: i64) -> Result<Vec<String>> {
    if terms.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new("SELECT term, docs FROM search_terms WHERE term IN ");
    sql.push_in_list(terms.iter().map(String::as_str))
        .push(" AND docs >= ")
        .push_arg(min_docs)
        .push(" AND docs <= ")
        .push_arg(RARE_AT_MOST)
        .push(" ORDER BY docs, term LIMIT ")
        .push_arg(TOP_TERMS);
    Ok(db
        .fetch_all::<TermRow>(sql)
        .await?
        .into_iter()
        .map(|r| r.term)
        .collect())
}

/// Documents whose text shares the terms, with scores scaled so the best is 1.
async fn text_neighbours(
    db: &Db,
    terms: &[String],
    acronym: &str,
    filter: &SearchFilter,
) -> Result<Vec<(i64, f64)>> {
    let parts: Vec<Resolved> = terms
        .iter()
        .map(|t| Resolved::AnyOf(vec![t.clone()]))
        .collect();
    let Some(expression) = compile::compile(&parts, Combine::Any, dialect(db.backend())) else {
        return Ok(Vec::new());
    };
    let mut sql = Sql::new("SELECT h.id, h.score FROM (");
    push_hits(&mut sql, db.backend(), &expression, &[], acronym, filter);
    sql.push(") h ORDER BY h.score DESC, h.id LIMIT ")
        .push_arg(TEXT_CANDIDATES);
    let rows = db.fetch_all::<ScoreRow>(sql).await?;
    let best = rows.iter().map(|r| r.score).fold(0.0_f64, f64::max);
    Ok(rows
        .into_iter()
        .map(|r| (r.id, if best > 0.0 { r.score / best } else { 0.0 }))
        .collect())
}

/// Readable words of a text for its terms: the first word that stems to each.
fn surface_words(text: &str, language: Language) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for w in words(text) {
        if is_indexed(&w.folded) {
            map.entry(stem(&w.folded, language))
                .or_insert_with(|| text[w.start..w.end].to_lowercase());
        }
    }
    map
}

/// The documents that share a topic or the coordinator with document `source`, and which:
/// each overlap is looked up in full when it is a rare value (the count of each stops at one
/// past the bound, so a common one costs no more than that). Every table alias names the
/// two facets, so that SQLite can use `search_facets_value`, an index of those two only
/// (migration 0034).
fn overlaps(source: i64) -> Sql {
    let mut sql = Sql::new(
        "SELECT o.document_id AS id, o.facet, o.value FROM search_facets f JOIN search_facets o \
         ON o.facet = f.facet AND o.value = f.value AND o.document_id <> f.document_id \
         AND o.facet IN ('topic', 'coordinator') WHERE f.document_id = ",
    );
    sql.push_arg(source)
        .push(
            " AND f.facet IN ('topic', 'coordinator') AND (SELECT COUNT(*) FROM \
             (SELECT 1 FROM search_facets c WHERE c.facet = f.facet AND c.value = f.value \
             AND c.facet IN ('topic', 'coordinator') LIMIT ",
        )
        .push_arg(RARE_AT_MOST + 1)
        .push(") held) <= ")
        .push_arg(RARE_AT_MOST);
    sql
}

/// The documents most related to the one of this type and slug; `None` when it is not
/// indexed.
pub async fn related(
    db: &Db,
    doc_type: DocType,
    slug: &str,
    limit: usize,
) -> Result<Option<Vec<Related>>> {
    let mut sql = Sql::new(&format!(
        "SELECT d.id, {TITLE} AS title, {SUMMARY} AS summary, d.language \
         FROM search_documents d{INITIATIVE_JOIN} WHERE d.doc_type = "
    ));
    sql.push_arg(doc_type.slug())
        .push(" AND d.slug = ")
        .push_arg(slug);
    let Some(source) = db.fetch_optional::<SourceRow>(sql).await? else {
        return Ok(None);
    };
    let language = Language::from_code(&source.language).unwrap_or(Language::En);

    let own = super::facets::of_document(db, source.id).await?;
    let topics: Vec<&str> = own
        .iter()
        .filter(|(facet, _)| facet == "topic")
        .map(|(_, value)| value.as_str())
        .collect();
    let countries: Vec<&str> = own
        .iter()
        .filter(|(facet, _)| facet == "country")
        .map(|(_, value)| value.as_str())
        .collect();

    let text = format!("{} {} {}", source.title, source.summary, topics.join(" "));
    let terms: BTreeSet<String> = index_terms(&text, language).into_iter().collect();
    // At least two documents: this one and another, or the term cannot relate anything.
    let top = distinctive(db, &terms, 2).await?;
    let mut scores: BTreeMap<i64, (f64, Similarity)> = BTreeMap::new();
    for (id, s) in text_neighbours(db, &top, "", &SearchFilter::default()).await? {
        if id != source.id {
            scores.entry(id).or_default().0 += 0.5 * s;
        }
    }

    for r in db.fetch_all::<ValueRow>(overlaps(source.id)).await? {
        let entry = scores.entry(r.id).or_default();
        if r.facet == "topic" {
            if entry.1.shared_topics.len() < 3 {
                entry.0 += 0.3;
            }
            entry.1.shared_topics.push(r.value);
        } else {
            entry.0 += 0.4;
            entry.1.same_coordinator = Some(r.value);
        }
    }
    // Countries are shared by many documents: only weigh them among the candidates found.
    if !scores.is_empty() && !countries.is_empty() {
        let shared = super::facets::countries_among(db, scores.keys().copied(), &countries).await?;
        for (id, country) in shared {
            if let Some(entry) = scores.get_mut(&id) {
                if entry.1.shared_countries.len() < 4 {
                    entry.0 += 0.05;
                }
                entry.1.shared_countries.push(country);
            }
        }
    }
    scores.remove(&source.id);
    let words = surface_words(&text, language);
    finish(db, scores, &top, &words, "", limit).await.map(Some)
}

/// The existing initiatives closest to text being written (a new initiative's acronym, title
/// and summary): "does this exist already?".
pub async fn similar_to_text(
    db: &Db,
    acronym: &str,
    title: &str,
    summary: &str,
    limit: usize,
) -> Result<Vec<Related>> {
    let language = Language::En;
    let text = format!("{acronym} {title} {summary}");
    let terms: BTreeSet<String> = index_terms(&text, language).into_iter().collect();
    let top = distinctive(db, &terms, 1).await?;
    let key = acronym_key(acronym);
    let filter = SearchFilter {
        doc_type: Some(DocType::Initiative),
        ..SearchFilter::default()
    };
    let mut scores: BTreeMap<i64, (f64, Similarity)> = BTreeMap::new();
    for (id, s) in text_neighbours(db, &top, &key, &filter).await? {
        scores.entry(id).or_default().0 += s;
    }
    if !key.is_empty() {
        let mut sql = Sql::new(
            "SELECT id, CAST(0 AS DOUBLE PRECISION) AS score FROM search_documents WHERE acronym_key = ",
        );
        sql.push_arg(key.as_str())
            .push(" AND doc_type = 'initiative'");
        for r in db.fetch_all::<ScoreRow>(sql).await? {
            scores.entry(r.id).or_default();
        }
    }
    let words = surface_words(&text, language);
    finish(db, scores, &top, &words, &key, limit).await
}

/// Loads the candidates, adds the similar words and exact acronym, and keeps the best.
async fn finish(
    db: &Db,
    mut scores: BTreeMap<i64, (f64, Similarity)>,
    top: &[String],
    words: &HashMap<String, String>,
    acronym: &str,
    limit: usize,
) -> Result<Vec<Related>> {
    if scores.is_empty() {
        return Ok(Vec::new());
    }
    let mut sql = Sql::new(&format!(
        "SELECT d.id, d.doc_type, d.slug, d.acronym, {TITLE} AS title, d.terms, \
         CAST(CASE WHEN d.acronym_key = "
    ));
    sql.push_arg(acronym)
        .push(&format!(
            " AND d.acronym_key <> '' THEN 1 ELSE 0 END AS BIGINT) AS exact \
             FROM search_documents d{INITIATIVE_JOIN} WHERE d.id IN "
        ))
        .push_in_list(scores.keys().copied());
    let mut out = Vec::new();
    for row in db.fetch_all::<DocRow>(sql).await? {
        let Ok(doc_type) = row.doc_type.parse::<DocType>() else {
            continue;
        };
        let Some((mut score, mut reasons)) = scores.remove(&row.id) else {
            continue;
        };
        let theirs: BTreeSet<&str> = row.terms.split(' ').collect();
        reasons.similar_words = top
            .iter()
            .filter(|t| theirs.contains(t.as_str()))
            .map(|t| words.get(t).cloned().unwrap_or_else(|| t.clone()))
            .collect();
        if row.exact == 1 {
            reasons.same_acronym = true;
            score += 1.0;
        }
        reasons.shared_topics.sort();
        reasons.shared_countries.sort();
        out.push(Related {
            doc_type,
            slug: row.slug,
            acronym: row.acronym,
            title: row.title,
            score: (score * 1000.0).round() / 1000.0,
            reasons,
        });
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.slug.cmp(&b.slug)));
    out.retain(|r| r.score > 0.0);
    out.truncate(limit);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(sqlx::FromRow)]
    struct PlanRow {
        detail: String,
    }

    /// The overlap lookups go through the index of topics and coordinators: without it
    /// (a query that does not name the two facets), SQLite scans every facet row, 381,000
    /// at 100,000 initiatives, for each page's related work.
    #[tokio::test]
    async fn overlaps_are_looked_up_in_the_index_of_topics_and_coordinators() {
        let t = crate::testing::sqlite().await;
        let query = overlaps(1);
        let mut explain = Sql::new("EXPLAIN QUERY PLAN ");
        explain.push(&query.text);
        explain.args = query.args;
        let plan: Vec<String> =
            t.db.fetch_all::<PlanRow>(explain)
                .await
                .unwrap_or_else(|e| panic!("{e}"))
                .into_iter()
                .map(|r| r.detail)
                .collect();
        for alias in ["o", "c"] {
            assert!(
                plan.iter()
                    .any(|d| d.starts_with(&format!("SEARCH {alias} "))
                        && d.contains("search_facets_value")),
                "{alias} is not looked up in search_facets_value: {plan:#?}"
            );
        }
        assert!(
            !plan
                .iter()
                .any(|d| d.starts_with("SCAN ") && !d.contains("held")),
            "{plan:#?}"
        );
    }
}
