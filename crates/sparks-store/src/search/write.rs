//! Writing documents into the index, many at a time: one multi-row statement per table and
//! batch instead of one statement per row, so that a bulk import of 100,000 items costs a
//! few thousand statements rather than millions. A single write goes the same way with a
//! batch of one.

use std::collections::{BTreeSet, HashMap};

use sparks_search::{AnalyzedDocument, DocType, SearchDocument};

use crate::{Arg, Backend, Result, Sql, Tx};

/// Documents per statement (a row of `search_documents` binds 9 values, 13 on PostgreSQL).
/// On SQLite the placeholders are bound positionally (see [`crate::sql`]), so a bigger
/// statement costs no more per row, and it journals fewer pages (see the initiatives'
/// `BATCH`); PostgreSQL allows 65,535 values a statement.
const DOC_BATCH: usize = 1_000;

/// Facet and vocabulary rows (three values each) per statement; see [`DOC_BATCH`].
const ROW_BATCH: usize = 2_000;

/// Documents analyzed at a time, on every core when there are enough of them: the analyzer
/// (folding, stemming) is most of a bulk load's CPU time outside the database.
const ANALYZE_GROUP: usize = 2_000;

/// How many documents each term gains or loses.
pub(crate) type TermDeltas = HashMap<String, i64>;

#[derive(sqlx::FromRow)]
struct OldDocRow {
    doc_type: String,
    slug: String,
    terms: String,
}

#[derive(sqlx::FromRow)]
struct NewIdRow {
    id: i64,
    doc_type: String,
    slug: String,
}

/// Adds or replaces documents, inside the caller's transaction, so that the index never
/// disagrees with the content it describes. A (type, slug) may appear only once in `docs`.
pub async fn index_many_in(tx: &mut Tx, docs: &[SearchDocument], now: &str) -> Result<()> {
    // How many documents each term gains or loses, summed over the whole call, so that the
    // vocabulary is written once per term rather than once per document.
    let mut deltas = TermDeltas::new();
    for group in docs.chunks(ANALYZE_GROUP) {
        let analyzed = analyze(group);
        let held = count_held(&analyzed);
        if deltas.is_empty() {
            deltas = held;
        } else {
            for (term, n) in held {
                *deltas.entry(term).or_default() += n;
            }
        }
        write_analyzed(tx, group, &analyzed, now, &mut deltas).await?;
    }
    apply_term_deltas(tx, &deltas).await
}

/// Documents analyzed ahead of their writing, for a bulk load that analyzes the next group
/// of documents on another thread while the database writes the current one.
pub(crate) struct Analyzed {
    docs: Vec<SearchDocument>,
    analyzed: Vec<AnalyzedDocument>,
    /// How many of the documents hold each term.
    held: TermDeltas,
}

impl Analyzed {
    /// Analyzes on the calling thread alone (the caller's other cores are busy writing).
    pub(crate) fn new(docs: Vec<SearchDocument>) -> Analyzed {
        let analyzed: Vec<AnalyzedDocument> = docs.iter().map(SearchDocument::analyze).collect();
        let held = count_held(&analyzed);
        Analyzed {
            docs,
            analyzed,
            held,
        }
    }
}

/// [`index_many_in`] for documents already analyzed: the same statements, in the same order.
pub(crate) async fn index_analyzed_in(tx: &mut Tx, group: Analyzed, now: &str) -> Result<()> {
    let Analyzed {
        docs,
        analyzed,
        held: mut deltas,
    } = group;
    write_analyzed(tx, &docs, &analyzed, now, &mut deltas).await?;
    apply_term_deltas(tx, &deltas).await
}

/// Writes analyzed documents in statements of [`DOC_BATCH`]; `deltas` already counts every
/// term they hold, and is given back what replaced documents held before.
async fn write_analyzed(
    tx: &mut Tx,
    docs: &[SearchDocument],
    analyzed: &[AnalyzedDocument],
    now: &str,
    deltas: &mut TermDeltas,
) -> Result<()> {
    for (docs, analyzed) in docs.chunks(DOC_BATCH).zip(analyzed.chunks(DOC_BATCH)) {
        count_out_replaced(tx, docs, deltas).await?;
        let ids = upsert_documents(tx, docs, analyzed, now).await?;
        tx.note_search_changes(ids.iter().copied());
        if tx.backend() == Backend::Sqlite {
            write_fts(tx, &ids, analyzed).await?;
        }
        write_facets(tx, &ids, docs).await?;
    }
    Ok(())
}

/// How many of the documents hold each term (each document's terms are distinct). Counting
/// every term in, and a replaced document's former terms out, sums to the same change per
/// term as comparing each document with what it replaces; this half can be counted ahead,
/// away from the database.
fn count_held(analyzed: &[AnalyzedDocument]) -> TermDeltas {
    let mut held = TermDeltas::new();
    for a in analyzed {
        for t in &a.terms {
            count_term(&mut held, t, 1);
        }
    }
    held
}

/// Analyzes documents, split over the machine's cores when there are many (a bulk load or
/// a rebuild); a few are analyzed right here.
fn analyze(docs: &[SearchDocument]) -> Vec<AnalyzedDocument> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    if docs.len() < 64 || threads < 2 {
        return docs.iter().map(SearchDocument::analyze).collect();
    }
    let per_thread = docs.len().div_ceil(threads.min(8));
    std::thread::scope(|scope| {
        let parts: Vec<_> = docs
            .chunks(per_thread)
            .map(|part| {
                scope.spawn(move || part.iter().map(SearchDocument::analyze).collect::<Vec<_>>())
            })
            .collect();
        let mut all = Vec::with_capacity(docs.len());
        for part in parts {
            match part.join() {
                Ok(analyzed) => all.extend(analyzed),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    })
}

/// Adds one to a term's count of documents (`delta` 1) or takes one off (-1), allocating the
/// term only the first time it is seen.
fn count_term(deltas: &mut TermDeltas, term: &str, delta: i64) {
    match deltas.get_mut(term) {
        Some(d) => *d += delta,
        None => {
            deltas.insert(term.to_owned(), delta);
        }
    }
}

/// Counts out of `deltas` the terms that documents about to be replaced held before, so
/// that a term they no longer hold loses them.
async fn count_out_replaced(
    tx: &mut Tx,
    docs: &[SearchDocument],
    deltas: &mut TermDeltas,
) -> Result<()> {
    // The terms each document held before, to count it out of those it no longer has.
    let mut old: HashMap<(String, String), String> = HashMap::new();
    let types: BTreeSet<&str> = docs.iter().map(|d| d.doc_type.slug()).collect();
    for doc_type in types {
        let mut sql =
            Sql::new("SELECT doc_type, slug, terms FROM search_documents WHERE doc_type = ");
        sql.push_arg(doc_type).push(" AND slug IN ").push_in_list(
            docs.iter()
                .filter(|d| d.doc_type.slug() == doc_type)
                .map(|d| d.slug.as_str()),
        );
        for row in tx.fetch_all::<OldDocRow>(sql).await? {
            old.insert((row.doc_type, row.slug), row.terms);
        }
    }
    // Every term the documents hold now is counted in already (see `count_held`); what a
    // replaced document held is counted out here.
    if !old.is_empty() {
        for doc in docs {
            if let Some(before) = old.get(&(doc.doc_type.slug().to_owned(), doc.slug.clone())) {
                let before: BTreeSet<&str> = before.split(' ').filter(|t| !t.is_empty()).collect();
                for t in before {
                    count_term(deltas, t, -1);
                }
            }
        }
    }
    Ok(())
}

/// Documents new to the index as the statements that add them, for a load into an empty
/// directory on SQLite (see `initiatives::load_new`). Their ids are chosen by the caller,
/// from `first_id` in the order of `docs`, so that nothing waits for a `RETURNING` and the
/// statements can be built on another thread while the database runs the ones before.
pub(crate) struct NewDocuments {
    /// To run in order: per [`DOC_BATCH`], the documents, their full-text rows, their facets.
    pub(crate) statements: Vec<Sql>,
    /// The documents' ids, in the order of `docs`.
    pub(crate) ids: Vec<i64>,
    /// How many of the documents hold each term (all of them are new, so that is the
    /// vocabulary's whole change).
    pub(crate) held: TermDeltas,
}

/// Analyzes documents that are not in the index yet and builds the statements that add them
/// under the ids from `first_id` (see [`NewDocuments`]). The rows are those
/// [`index_many_in`] writes for the same documents; the caller makes sure none of them
/// exists and no id from `first_id` on is taken.
pub(crate) fn new_documents(docs: &[SearchDocument], first_id: i64, now: &str) -> NewDocuments {
    let analyzed: Vec<AnalyzedDocument> = docs.iter().map(SearchDocument::analyze).collect();
    let held = count_held(&analyzed);
    let ids: Vec<i64> = (first_id..).take(docs.len()).collect();
    let mut statements = Vec::new();
    for ((docs, analyzed), ids) in docs
        .chunks(DOC_BATCH)
        .zip(analyzed.chunks(DOC_BATCH))
        .zip(ids.chunks(DOC_BATCH))
    {
        let mut ins = Sql::new(
            "INSERT INTO search_documents (id, doc_type, slug, language, acronym, title, \
             summary, acronym_key, terms, updated_at) VALUES ",
        );
        for (n, ((doc, a), id)) in docs.iter().zip(analyzed).zip(ids).enumerate() {
            ins.push(if n == 0 { "(" } else { ", (" })
                .push_arg(*id)
                .push(", ");
            push_document_values(&mut ins, doc, a, now);
            ins.push(")");
        }
        statements.push(ins);
        statements.push(fts_insert(ids, analyzed));
        statements.extend(facet_inserts(ids, docs));
    }
    NewDocuments {
        statements,
        ids,
        held,
    }
}

/// The first id no search document has, nor any row of the full-text table: where the
/// documents of a load into an empty directory start (see [`new_documents`]). `None` when
/// the index holds documents of `doc_type` already, which such a load would have to replace.
/// SQLite only (PostgreSQL has no `search_fts`).
pub(crate) async fn first_free_id(
    tx: &mut Tx,
    doc_type: sparks_search::DocType,
) -> Result<Option<i64>> {
    let mut there = Sql::new("SELECT COUNT(*) AS n FROM search_documents WHERE doc_type = ");
    there.push_arg(doc_type.slug());
    if tx.count(there).await? > 0 {
        return Ok(None);
    }
    let first = tx
        .count(Sql::new(
            "SELECT MAX((SELECT COALESCE(MAX(id), 0) FROM search_documents), \
             (SELECT COALESCE(MAX(rowid), 0) FROM search_fts)) + 1 AS n",
        ))
        .await?;
    Ok(Some(first))
}

/// Adds or replaces the documents' rows and gives back their ids, in the order of `docs`.
async fn upsert_documents(
    tx: &mut Tx,
    docs: &[SearchDocument],
    analyzed: &[AnalyzedDocument],
    now: &str,
) -> Result<Vec<i64>> {
    let backend = tx.backend();
    let mut upsert = Sql::new(
        "INSERT INTO search_documents (doc_type, slug, language, acronym, title, summary, \
         acronym_key, terms, updated_at",
    );
    upsert.push(if backend == Backend::Postgres {
        ", tsv) VALUES "
    } else {
        ") VALUES "
    });
    for (n, (doc, a)) in docs.iter().zip(analyzed).enumerate() {
        upsert.push(if n == 0 { "(" } else { ", (" });
        push_document_values(&mut upsert, doc, a, now);
        if backend == Backend::Postgres {
            let w = upsert.arg(a.acronym.as_str());
            let t = upsert.arg(a.title.as_str());
            let k = upsert.arg(a.topics.as_str());
            let b = upsert.arg(a.body.as_str());
            upsert.push(&format!(
                ", setweight(to_tsvector('simple', {w}), 'A') || setweight(to_tsvector('simple', {t}), 'A') \
                 || setweight(to_tsvector('simple', {k}), 'B') || setweight(to_tsvector('simple', {b}), 'C')"
            ));
        }
        upsert.push(")");
    }
    upsert.push(
        " ON CONFLICT (doc_type, slug) DO UPDATE SET language = excluded.language, \
         acronym = excluded.acronym, title = excluded.title, summary = excluded.summary, \
         acronym_key = excluded.acronym_key, terms = excluded.terms, updated_at = excluded.updated_at",
    );
    if backend == Backend::Postgres {
        upsert.push(", tsv = excluded.tsv");
    }
    upsert.push(" RETURNING id, doc_type, slug");
    let ids: HashMap<(String, String), i64> = tx
        .fetch_all::<NewIdRow>(upsert)
        .await?
        .into_iter()
        .map(|r| ((r.doc_type, r.slug), r.id))
        .collect();
    // In the order of `docs`, which RETURNING does not promise to keep.
    docs.iter()
        .map(|d| {
            ids.get(&(d.doc_type.slug().to_owned(), d.slug.clone()))
                .copied()
                .ok_or_else(|| crate::StoreError::Corrupt(format!("no index row for {}", d.slug)))
        })
        .collect()
}

/// Replaces the documents' rows in SQLite's full-text table (PostgreSQL keeps a `tsv`
/// column in the document row instead).
async fn write_fts(tx: &mut Tx, ids: &[i64], analyzed: &[AnalyzedDocument]) -> Result<()> {
    let mut del = Sql::new("DELETE FROM search_fts WHERE rowid IN ");
    del.push_in_list(ids.iter().copied());
    tx.execute(del).await?;
    tx.execute(fts_insert(ids, analyzed)).await?;
    Ok(())
}

/// The values of a document's row, after `(`, in the column order of the `INSERT`s below
/// (`doc_type` to `updated_at`). An initiative's title and summary are left empty: its own
/// row holds them (see [`super::INITIATIVE_JOIN`]).
fn push_document_values(sql: &mut Sql, doc: &SearchDocument, a: &AnalyzedDocument, now: &str) {
    let (title, summary) = if doc.doc_type == DocType::Initiative {
        ("", "")
    } else {
        (doc.title.as_str(), doc.summary.as_str())
    };
    let values: [Arg; 9] = [
        doc.doc_type.slug().into(),
        doc.slug.clone().into(),
        doc.language.code().into(),
        doc.acronym.clone().into(),
        title.into(),
        summary.into(),
        a.acronym_key.clone().into(),
        a.terms.join(" ").into(),
        now.into(),
    ];
    for (k, v) in values.into_iter().enumerate() {
        if k > 0 {
            sql.push(", ");
        }
        sql.push_arg(v);
    }
}

/// The `INSERT` of the documents' rows into SQLite's full-text table.
fn fts_insert(ids: &[i64], analyzed: &[AnalyzedDocument]) -> Sql {
    let mut ins = Sql::new("INSERT INTO search_fts (rowid, acronym, title, topics, body) VALUES ");
    for (n, (id, a)) in ids.iter().zip(analyzed).enumerate() {
        ins.push_row(
            n == 0,
            [
                Arg::from(*id),
                Arg::from(a.acronym.as_str()),
                Arg::from(a.title.as_str()),
                Arg::from(a.topics.as_str()),
                Arg::from(a.body.as_str()),
            ],
        );
    }
    ins
}

/// The `INSERT`s of the documents' facet rows on SQLite, [`ROW_BATCH`] rows each.
fn facet_inserts(ids: &[i64], docs: &[SearchDocument]) -> Vec<Sql> {
    let rows: Vec<(i64, &str, &str)> = facet_rows(ids, docs).collect();
    rows.chunks(ROW_BATCH)
        .map(|chunk| {
            let mut ins = Sql::new("INSERT INTO search_facets (document_id, facet, value) VALUES ");
            for (n, (id, facet, value)) in chunk.iter().enumerate() {
                ins.push_row(
                    n == 0,
                    [Arg::from(*id), Arg::from(*facet), Arg::from(*value)],
                );
            }
            ins.push(" ON CONFLICT DO NOTHING");
            ins
        })
        .collect()
}

/// Each document's rows of `search_facets`: (its id, facet, value). An initiative's
/// pillars, countries, programme and year are not among them (see [`super::facets`]).
fn facet_rows<'a>(
    ids: &'a [i64],
    docs: &'a [SearchDocument],
) -> impl Iterator<Item = (i64, &'a str, &'a str)> + 'a {
    ids.iter().zip(docs).flat_map(|(id, d)| {
        d.facets
            .iter()
            .filter(|(facet, _)| super::facets::is_stored(d.doc_type, *facet))
            .map(move |(facet, value)| (*id, facet.slug(), value.as_str()))
    })
}

/// Replaces the documents' facet rows, in statements of [`ROW_BATCH`].
async fn write_facets(tx: &mut Tx, ids: &[i64], docs: &[SearchDocument]) -> Result<()> {
    let mut del = Sql::new("DELETE FROM search_facets WHERE document_id IN ");
    del.push_in_list(ids.iter().copied());
    tx.execute(del).await?;
    if tx.backend() == crate::Backend::Postgres {
        let rows: Vec<(i64, &str, &str)> = facet_rows(ids, docs).collect();
        // One COPY; a value given twice for a document is kept once, as the `ON CONFLICT DO
        // NOTHING` of SQLite's inserts keeps it (the rows were just deleted, so no other can
        // conflict).
        let mut seen = std::collections::HashSet::new();
        let unique = rows
            .iter()
            .filter(|row| seen.insert(**row))
            .map(|(id, facet, value)| {
                [
                    crate::Arg::from(*id),
                    crate::Arg::from(*facet),
                    crate::Arg::from(*value),
                ]
            });
        tx.copy_in("search_facets (document_id, facet, value)", unique)
            .await?;
        return Ok(());
    }
    for ins in facet_inserts(ids, docs) {
        tx.execute(ins).await?;
    }
    Ok(())
}

/// Adds each term's change in document count to the vocabulary and forgets terms no document
/// holds any more. Terms go in sorted order, so concurrent writers on PostgreSQL lock
/// vocabulary rows in the same order and cannot deadlock.
pub(crate) async fn apply_term_deltas(tx: &mut Tx, deltas: &TermDeltas) -> Result<()> {
    let mut changed: Vec<(&String, i64)> = deltas
        .iter()
        .filter(|(_, d)| **d != 0)
        .map(|(t, d)| (t, *d))
        .collect();
    changed.sort_unstable();
    for chunk in changed.chunks(ROW_BATCH) {
        let mut ins = Sql::new("INSERT INTO search_terms (term, len, docs) VALUES ");
        for (n, (term, delta)) in chunk.iter().enumerate() {
            ins.push_row(
                n == 0,
                [
                    Arg::from(term.as_str()),
                    Arg::from(term.len() as i64),
                    Arg::from(*delta),
                ],
            );
        }
        ins.push(" ON CONFLICT (term) DO UPDATE SET docs = search_terms.docs + excluded.docs");
        tx.execute(ins).await?;
    }
    let lost: Vec<&str> = changed
        .iter()
        .filter(|(_, d)| *d < 0)
        .map(|(t, _)| t.as_str())
        .collect();
    for chunk in lost.chunks(ROW_BATCH) {
        let mut del = Sql::new("DELETE FROM search_terms WHERE docs <= 0 AND term IN ");
        del.push_in_list(chunk.iter().copied());
        tx.execute(del).await?;
    }
    Ok(())
}

/// Counts a document's terms out of the vocabulary (when it is removed).
pub(super) async fn forget_terms(tx: &mut Tx, terms: &str) -> Result<()> {
    let deltas: TermDeltas = terms
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| (t.to_owned(), -1))
        .collect();
    apply_term_deltas(tx, &deltas).await
}
