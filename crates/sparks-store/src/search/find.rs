//! Searching: resolve the query against the vocabulary, run it on the backend's full-text
//! index, count facets, cut snippets.

use std::collections::{BTreeSet, HashMap, HashSet};

use sparks_core::{Country, FacetCount, Pillar, Programme};
use sparks_search::query::{Clause, Word};
use sparks_search::{
    Combine, Dialect, DocType, Facet, Language, Marked, Query, Resolved, compile, snippet, typo,
};

use super::index::{DocSet, SearchIndex};
use super::rank::{self, Ranked};
use super::{INITIATIVE_JOIN, SUMMARY, TITLE};
use crate::{Backend, Db, Result, Sql};

/// Which documents a search may return. Every field narrows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchFilter {
    /// Of this type.
    pub doc_type: Option<DocType>,
    /// In this pillar.
    pub pillar: Option<Pillar>,
    /// Funded by this programme.
    pub programme: Option<Programme>,
    /// Involving this country.
    pub country: Option<Country>,
    /// Of this year.
    pub year: Option<i32>,
}

/// A search to run.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// What was typed.
    pub q: String,
    /// Narrowing.
    pub filter: SearchFilter,
    /// Page, from 1.
    pub page: u32,
    /// Hits per page.
    pub per_page: u32,
}

/// One result.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// Its type.
    pub doc_type: DocType,
    /// Its slug.
    pub slug: String,
    /// Short name, if any.
    pub acronym: Option<String>,
    /// Title.
    pub title: String,
    /// Title with the matched words marked.
    pub title_marked: Marked,
    /// An excerpt of its text with the matched words marked.
    pub snippet: Marked,
    /// Relevance: higher is better; comparable within one result list only.
    pub score: f64,
    /// Whether the query is exactly its acronym.
    pub exact_acronym: bool,
}

/// Counts per facet value among all hits (not just this page).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFacets {
    /// By content type.
    pub types: Vec<FacetCount>,
    /// By pillar.
    pub pillars: Vec<FacetCount>,
    /// By programme.
    pub programmes: Vec<FacetCount>,
    /// By country.
    pub countries: Vec<FacetCount>,
    /// By year, newest first.
    pub years: Vec<FacetCount>,
}

/// A page of results and what the search made of the query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SearchResults {
    /// The hits on this page, best first.
    pub hits: Vec<SearchHit>,
    /// How many documents match at least one part of the query.
    pub total: u64,
    /// How many of them match every part (they come first).
    pub total_complete: u64,
    /// This page.
    pub page: u32,
    /// Hits per page.
    pub per_page: u32,
    /// Counts per facet value.
    pub facets: SearchFacets,
    /// No document has every word: all hits have only some.
    pub relaxed: bool,
    /// Query words found nowhere in the index (left out of the search).
    pub unmatched: Vec<String>,
    /// Query words not in the index that were read as these indexed terms instead.
    pub corrected: Vec<(String, Vec<String>)>,
    /// Part of a very long query was ignored.
    pub truncated: bool,
}

/// The query resolved to index terms.
#[derive(Debug, Default)]
pub(super) struct Plan {
    pub parts: Vec<Resolved>,
    /// How telling each part is: 1 + 1000 × ln(1 + documents / documents with the part).
    pub weights: Vec<i64>,
    pub terms: HashSet<String>,
    pub unmatched: Vec<String>,
    pub corrected: Vec<(String, Vec<String>)>,
}

#[derive(sqlx::FromRow)]
pub(super) struct TermRow {
    pub term: String,
    pub docs: i64,
}

/// How many prefix expansions of the last word are searched, the commonest first.
const PREFIX_EXPANSIONS: i64 = 20;

async fn known_terms(db: &Db, candidates: &BTreeSet<&str>) -> Result<HashMap<String, i64>> {
    if candidates.is_empty() {
        return Ok(HashMap::new());
    }
    let mut sql = Sql::new("SELECT term, docs FROM search_terms WHERE term IN ");
    sql.push_in_list(candidates.iter().copied());
    term_docs(db, sql).await
}

/// The terms a vocabulary query selects, each with how many documents hold it.
async fn term_docs<C: FromIterator<(String, i64)>>(db: &Db, sql: Sql) -> Result<C> {
    Ok(db
        .fetch_all::<TermRow>(sql)
        .await?
        .into_iter()
        .map(|r| (r.term, r.docs))
        .collect())
}

async fn prefix_terms(db: &Db, prefix: &str) -> Result<Vec<(String, i64)>> {
    let mut sql = Sql::new("SELECT term, docs FROM search_terms WHERE term >= ");
    // '~' sorts after every letter and digit, bytewise on both backends.
    sql.push_arg(prefix)
        .push(" AND term < ")
        .push_arg(format!("{prefix}~"))
        .push(" ORDER BY docs DESC, term LIMIT ")
        .push_arg(PREFIX_EXPANSIONS);
    term_docs(db, sql).await
}

/// Indexed terms that may be what a misspelt word meant. Candidates share its first letter
/// and have a similar length (a range scan of the vocabulary's primary key); PostgreSQL adds
/// the terms `pg_trgm` finds similar, which also catches a wrong first letter.
async fn typo_terms(db: &Db, word: &Word) -> Result<Vec<(String, i64)>> {
    if typo::max_typos(&word.folded) == 0 {
        return Ok(Vec::new());
    }
    let (shortest, longest) = typo::length_window(word);
    let first = &word.folded[..1];
    let mut sql = Sql::new("SELECT term, docs FROM search_terms WHERE term >= ");
    sql.push_arg(first)
        .push(" AND term < ")
        .push_arg(format!("{first}~"))
        .push(" AND len BETWEEN ")
        .push_arg(shortest as i64)
        .push(" AND ")
        .push_arg(longest as i64);
    if db.backend() == Backend::Postgres {
        sql.push(" UNION SELECT term, docs FROM search_terms WHERE term OPERATOR(public.%) ")
            .push_arg(word.folded.as_str());
    }
    let rows = db.fetch_all::<TermRow>(sql).await?;
    let docs: HashMap<&str, i64> = rows.iter().map(|r| (r.term.as_str(), r.docs)).collect();
    Ok(
        typo::corrections(word, rows.iter().map(|r| (r.term.as_str(), r.docs)))
            .into_iter()
            .map(|t| {
                let n = docs.get(t.as_str()).copied().unwrap_or(1);
                (t, n)
            })
            .collect(),
    )
}

/// Resolves every query word to the index terms it stands for.
pub(super) async fn plan(db: &Db, query: &Query, documents: usize) -> Result<Plan> {
    let candidates: BTreeSet<&str> = query
        .words()
        .flat_map(|w| w.variants.iter().map(String::as_str))
        .collect();
    let mut docs = known_terms(db, &candidates).await?;
    let mut plan = Plan::default();
    for clause in &query.clauses {
        match clause {
            Clause::Word(word) => {
                let mut terms: Vec<String> = word
                    .variants
                    .iter()
                    .filter(|v| docs.contains_key(*v))
                    .cloned()
                    .collect();
                if word.prefix {
                    for (t, n) in prefix_terms(db, &word.folded).await? {
                        if !terms.contains(&t) {
                            terms.push(t.clone());
                        }
                        docs.insert(t, n);
                    }
                }
                if terms.is_empty() {
                    for (t, n) in typo_terms(db, word).await? {
                        terms.push(t.clone());
                        docs.insert(t, n);
                    }
                    if !terms.is_empty() {
                        plan.corrected.push((word.folded.clone(), terms.clone()));
                    }
                }
                if terms.is_empty() {
                    plan.unmatched.push(word.folded.clone());
                } else {
                    let n = terms.iter().filter_map(|t| docs.get(t)).copied().max();
                    plan.weights.push(n.unwrap_or(1));
                    plan.terms.extend(terms.iter().cloned());
                    plan.parts.push(Resolved::AnyOf(terms));
                }
            }
            Clause::Phrase(words) => {
                let mut terms = Vec::new();
                for word in words {
                    let known = word
                        .variants
                        .iter()
                        .find(|v| docs.contains_key(*v))
                        .cloned();
                    let term = match known {
                        Some(t) => Some(t),
                        None => typo_terms(db, word)
                            .await?
                            .into_iter()
                            .next()
                            .map(|(t, n)| {
                                docs.insert(t.clone(), n);
                                t
                            }),
                    };
                    match term {
                        Some(t) => terms.push(t),
                        None => {
                            plan.unmatched.push(word.folded.clone());
                            terms.clear();
                            break;
                        }
                    }
                }
                if !terms.is_empty() {
                    let n = terms.iter().filter_map(|t| docs.get(t)).copied().min();
                    plan.weights.push(n.unwrap_or(1));
                    plan.terms.extend(terms.iter().cloned());
                    plan.parts.push(Resolved::Phrase(terms));
                }
            }
        }
    }
    // Until now `weights` held document counts; turn them into inverse document frequencies.
    let total = documents.max(1) as f64;
    for w in &mut plan.weights {
        *w = 1 + (1000.0 * (1.0 + total / (*w).max(1) as f64).ln()).round() as i64;
    }
    Ok(plan)
}

/// Appends the subquery of matching documents (`id`, `doc_type`, `slug`, `acronym`, `title`,
/// `summary`, `language`, `exact`, `matched`, `score`): those matching `any` (the query with
/// its parts joined by "or"). `matched` sums the weights of the `parts` (each compiled alone,
/// with its weight) that a document contains: documents with more, and rarer, of the words
/// come first, the same on both backends, whose text scores then order the ties.
pub(super) fn push_hits(
    sql: &mut Sql,
    backend: Backend,
    any: &str,
    parts: &[(String, i64)],
    acronym_key: &str,
    filter: &SearchFilter,
) {
    let key = sql.arg(acronym_key);
    let exact = format!(
        "CAST(CASE WHEN d.acronym_key = {key} AND d.acronym_key <> '' THEN 1 ELSE 0 END AS BIGINT)"
    );
    let mut matched: Vec<String> = Vec::new();
    for (part, weight) in parts {
        let p = sql.arg(part.as_str());
        matched.push(match backend {
            Backend::Sqlite => format!(
                "CASE WHEN d.id IN (SELECT rowid FROM search_fts WHERE search_fts MATCH {p}) \
                 THEN {weight} ELSE 0 END"
            ),
            Backend::Postgres => {
                format!("CASE WHEN d.tsv @@ to_tsquery('simple', {p}) THEN {weight} ELSE 0 END")
            }
        });
    }
    let complete = if matched.is_empty() {
        "CAST(0 AS BIGINT)".to_owned()
    } else {
        format!("CAST({} AS BIGINT)", matched.join(" + "))
    };
    let m = sql.arg(any);
    let score = match backend {
        // bm25 weights per column: acronym, title, topics, body. bm25() is lower for better
        // matches, hence the minus.
        Backend::Sqlite => "-bm25(search_fts, 10.0, 5.0, 2.5, 1.0)".to_owned(),
        // Weights for D, C, B, A: body is C, topics B, acronym and title A.
        Backend::Postgres => format!(
            "CAST(ts_rank_cd('{{0.05, 0.2, 0.5, 1.0}}', d.tsv, to_tsquery('simple', {m})) AS DOUBLE PRECISION)"
        ),
    };
    let select = format!(
        "SELECT d.id, d.doc_type, d.slug, d.acronym, d.language, \
         {exact} AS exact, {complete} AS matched, {score} AS score"
    );
    match backend {
        Backend::Sqlite => sql.push(&format!(
            "{select} FROM search_fts JOIN search_documents d ON d.id = search_fts.rowid \
             WHERE search_fts MATCH {m}"
        )),
        Backend::Postgres => sql.push(&format!(
            "{select} FROM search_documents d WHERE d.tsv @@ to_tsquery('simple', {m})"
        )),
    };
    if let Some(t) = filter.doc_type {
        sql.push(" AND d.doc_type = ").push_arg(t.slug());
    }
    let facet_values: [(Facet, Option<String>); 4] = [
        (Facet::Pillar, filter.pillar.map(|p| p.slug().to_owned())),
        (
            Facet::Programme,
            filter.programme.map(|p| p.slug().to_owned()),
        ),
        (Facet::Country, filter.country.map(|c| c.code().to_owned())),
        (Facet::Year, filter.year.map(|y| y.to_string())),
    ];
    for (facet, value) in facet_values {
        if let Some(v) = value {
            super::facets::push_has_value(sql, facet, &v);
        }
    }
}

#[derive(sqlx::FromRow)]
pub(super) struct HitRow {
    pub doc_type: String,
    pub slug: String,
    pub acronym: Option<String>,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub exact: i64,
    pub score: f64,
}

#[derive(sqlx::FromRow)]
struct FacetRow {
    facet: String,
    value: String,
    n: i64,
}

/// An exact acronym match outranks any text score.
const EXACT_ACRONYM_BOOST: f64 = 1_000.0;

/// The compiled query parts whose matches make up `part`: on SQLite a part of several
/// terms is made of its terms' matches, each kept on its own (one-term parts are what the
/// warm-up keeps, and a term is shared by every word that expands to it), and the scores
/// add up exactly as FTS5's `bm25()` adds them for the terms joined with `OR`. PostgreSQL's
/// `ts_rank_cd()` does not add up that way, so there a part is asked for whole. `None` when
/// no term is usable.
fn part_keys(part: &Resolved, dialect: Dialect) -> Option<Vec<String>> {
    match part {
        Resolved::AnyOf(terms) if dialect == Dialect::Fts5 && terms.len() > 1 => {
            let keys: Vec<String> = terms
                .iter()
                .filter_map(|t| super::index::term_part(t, dialect))
                .collect();
            (!keys.is_empty()).then_some(keys)
        }
        _ => compile::compile(std::slice::from_ref(part), Combine::All, dialect).map(|c| vec![c]),
    }
}

pub(super) fn dialect(backend: Backend) -> Dialect {
    match backend {
        Backend::Sqlite => Dialect::Fts5,
        Backend::Postgres => Dialect::TsQuery,
    }
}

/// Runs a search. Never fails on what was typed: an empty or unusable query gives no hits.
///
/// Loads the in-memory side of the index first: fine for a single search (tools, tests),
/// wasteful for a server, which keeps a [`SearchIndex`] per content version and calls
/// [`search_in`].
pub async fn search(db: &Db, request: &SearchRequest) -> Result<SearchResults> {
    let index = SearchIndex::load(db).await?;
    search_in(db, &index, request).await
}

/// Runs a search against the database's full-text index, with facets, ranking and paging
/// done on `index` (which must be at the database's current content version for the
/// results to be current). Never fails on what was typed.
pub async fn search_in(
    db: &Db,
    index: &SearchIndex,
    request: &SearchRequest,
) -> Result<SearchResults> {
    let query = sparks_search::query::parse(&request.q);
    let per_page = request.per_page.max(1);
    let page = request.page.max(1);
    let mut results = SearchResults {
        page,
        per_page,
        truncated: query.truncated,
        ..SearchResults::default()
    };
    if query.is_empty() {
        return Ok(results);
    }
    let plan = plan(db, &query, index.len()).await?;
    results.unmatched = plan.unmatched.clone();
    results.corrected = plan.corrected.clone();
    let dialect = dialect(db.backend());

    // Each part alone, with its weight. A single part weighs nothing: every hit has it all.
    let single = plan.parts.len() <= 1;
    let parts: Vec<(Vec<String>, i64)> = plan
        .parts
        .iter()
        .zip(&plan.weights)
        .filter_map(|(part, w)| part_keys(part, dialect).map(|k| (k, if single { 0 } else { *w })))
        .collect();
    if parts.is_empty() {
        return Ok(results);
    }

    let Some(allowed) = allowed(index, &request.filter) else {
        // A filter value no document has: nothing can match.
        return Ok(results);
    };
    let mut lists = Vec::with_capacity(parts.len());
    for (keys, weight) in &parts {
        lists.push((index.part_lists(db, keys).await?, *weight));
    }
    let lists: Vec<(&[_], i64)> = lists.iter().map(|(l, w)| (&l[..], *w)).collect();

    // Documents with every part come first; those with only some follow, so that a query
    // with one rare or misread word still lists the documents with the others. A
    // document's text score is the sum of its scores for each part.
    let from = (page as usize - 1).saturating_mul(per_page as usize);
    let keep = from.saturating_add(per_page as usize).min(MAX_RANKED);
    let tally = rank::tally(
        index,
        &lists,
        &index.with_acronym(&query.acronym_key),
        allowed.as_ref(),
        keep,
    );
    results.total = tally.total;
    results.total_complete = tally.complete;
    results.relaxed = results.total > 0 && results.total_complete == 0;
    let mut facet_rows: Vec<FacetRow> = DocType::ALL
        .iter()
        .zip(&tally.types)
        .filter(|(_, n)| **n > 0)
        .map(|(t, n)| FacetRow {
            facet: "type".to_owned(),
            value: t.slug().to_owned(),
            n: i64::try_from(*n).unwrap_or(i64::MAX),
        })
        .collect();
    facet_rows.extend(
        index
            .values
            .iter()
            .zip(&tally.values)
            .filter(|(_, n)| **n > 0)
            .map(|((facet, value), n)| FacetRow {
                facet: (*facet).to_owned(),
                value: value.clone(),
                n: i64::try_from(*n).unwrap_or(i64::MAX),
            }),
    );
    results.facets = facets(&facet_rows);
    let Some(shown) = tally.best.get(from..).filter(|s| !s.is_empty()) else {
        return Ok(results);
    };
    let mut rows = page_rows(db, index, shown).await?;
    let terms = plan.terms;
    results.hits = shown
        .iter()
        .filter_map(|c| {
            let row = rows.remove(&index.id_of(c.doc))?;
            hit(
                HitRow {
                    doc_type: row.doc_type,
                    slug: row.slug,
                    acronym: row.acronym,
                    title: row.title,
                    summary: row.summary,
                    language: row.language,
                    exact: i64::from(c.exact),
                    score: c.score,
                },
                &terms,
            )
        })
        .collect();
    Ok(results)
}

/// How deep results can be paged: further pages are empty (nobody reads hit 10,000; a
/// request for it should not cost a sort of that size).
const MAX_RANKED: usize = 10_000;

/// The documents a filter lets through: `Some(None)` when it asks for nothing, `None` when
/// it asks for a value no document has.
fn allowed(index: &SearchIndex, filter: &SearchFilter) -> Option<Option<DocSet>> {
    let asked: [(&str, Option<String>); 4] = [
        ("pillar", filter.pillar.map(|p| p.slug().to_owned())),
        ("programme", filter.programme.map(|p| p.slug().to_owned())),
        ("country", filter.country.map(|c| c.code().to_owned())),
        ("year", filter.year.map(|y| y.to_string())),
    ];
    let mut sets: Vec<&DocSet> = Vec::new();
    if let Some(t) = filter.doc_type {
        let at = DocType::ALL.iter().position(|x| *x == t)?;
        sets.push(&index.type_docs[at]);
    }
    for (facet, value) in asked {
        if let Some(v) = value {
            sets.push(&index.value_docs[usize::from(index.lookup(facet, &v)?)]);
        }
    }
    Some(crate::bitset::intersection(&sets))
}

#[derive(sqlx::FromRow)]
struct PageRow {
    id: i64,
    doc_type: String,
    slug: String,
    acronym: Option<String>,
    title: String,
    summary: String,
    language: String,
}

/// The text of the hits shown on this page, by id.
async fn page_rows(
    db: &Db,
    index: &SearchIndex,
    shown: &[Ranked],
) -> Result<HashMap<i64, PageRow>> {
    let mut sql = Sql::new(&format!(
        "SELECT d.id, d.doc_type, d.slug, d.acronym, {TITLE} AS title, {SUMMARY} AS summary, \
         d.language FROM search_documents d{INITIATIVE_JOIN} WHERE d.id IN "
    ));
    sql.push_in_list(shown.iter().map(|c| index.id_of(c.doc)));
    Ok(db
        .fetch_all::<PageRow>(sql)
        .await?
        .into_iter()
        .map(|r| (r.id, r))
        .collect())
}

/// Turns a row into a hit with marked title and snippet (rows of unknown types, written by a
/// newer version of Sparks, are skipped).
pub(super) fn hit(r: HitRow, terms: &HashSet<String>) -> Option<SearchHit> {
    let doc_type: DocType = r.doc_type.parse().ok()?;
    let language = Language::from_code(&r.language).unwrap_or(Language::En);
    let matches = |t: &str| terms.contains(t);
    Some(SearchHit {
        doc_type,
        title_marked: snippet::mark(&r.title, language, &matches),
        snippet: snippet::snippet(&r.summary, language, &matches, SNIPPET_CHARS),
        score: if r.exact == 1 {
            r.score + EXACT_ACRONYM_BOOST
        } else {
            r.score
        },
        exact_acronym: r.exact == 1,
        slug: r.slug,
        acronym: r.acronym,
        title: r.title,
    })
}

/// About how long a snippet is.
const SNIPPET_CHARS: usize = 240;

fn facets(rows: &[FacetRow]) -> SearchFacets {
    let count = |facet: &str, value: &str| {
        rows.iter()
            .find(|r| r.facet == facet && r.value == value)
            .map(|r| u64::try_from(r.n).unwrap_or(0))
    };
    let fc = |value: &str, label: &str, count: u64| FacetCount {
        value: value.to_owned(),
        label: label.to_owned(),
        count,
    };
    let mut countries: Vec<FacetCount> = rows
        .iter()
        .filter(|r| r.facet == "country")
        .filter_map(|r| {
            let c = Country::from_code(&r.value).ok()?;
            Some(fc(c.code(), c.name(), u64::try_from(r.n).unwrap_or(0)))
        })
        .collect();
    countries.sort_by(|a, b| b.count.cmp(&a.count).then(a.label.cmp(&b.label)));
    let mut years: Vec<FacetCount> = rows
        .iter()
        .filter(|r| r.facet == "year")
        .map(|r| fc(&r.value, &r.value, u64::try_from(r.n).unwrap_or(0)))
        .collect();
    years.sort_by(|a, b| b.value.cmp(&a.value));
    SearchFacets {
        types: DocType::ALL
            .iter()
            .filter_map(|t| Some(fc(t.slug(), t.label(), count("type", t.slug())?)))
            .collect(),
        pillars: Pillar::ALL
            .iter()
            .filter_map(|p| Some(fc(p.slug(), p.label(), count("pillar", p.slug())?)))
            .collect(),
        programmes: Programme::ALL
            .iter()
            .filter_map(|p| Some(fc(p.slug(), p.label(), count("programme", p.slug())?)))
            .collect(),
        countries,
        years,
    }
}
