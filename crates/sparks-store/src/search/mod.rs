//! The search index in the database: writing documents (in the caller's transaction),
//! rebuilding, searching with facets, and related work.
//!
//! The analyzer and the query syntax live in `sparks-search`; this module holds the SQL. On
//! SQLite the terms go into an FTS5 table ranked by `bm25()`; on PostgreSQL into a weighted
//! `tsvector` ranked by `ts_rank_cd()`. Both share `search_terms`, the vocabulary behind typo
//! tolerance and prefix expansion.

mod acronyms;
mod changes;
mod facets;
mod find;
mod index;
mod postings;
mod rank;
mod related;
mod write;

use sparks_search::{DocType, SearchDocument};

use crate::{Backend, Db, Result, Sql, Tx, initiatives};

pub(crate) use changes::{Changed, changed_documents, log_changes};
pub use find::{
    SearchFacets, SearchFilter, SearchHit, SearchRequest, SearchResults, search, search_in,
};
pub use index::SearchIndex;
pub use related::{Related, Similarity, related, similar_to_text};
pub use write::index_many_in;
pub(crate) use write::{
    Analyzed, NewDocuments, TermDeltas, apply_term_deltas, first_free_id, index_analyzed_in,
    new_documents,
};

/// Joins a search document `d` to its initiative `i` (no row for other content), after
/// `FROM search_documents d`. An initiative's document copies neither its title and summary
/// (migration 0036; read them as [`TITLE`] and [`SUMMARY`]) nor its counted facets
/// (migration 0035; see `facets::DERIVED_COLUMNS`): they are read from the initiative.
pub(crate) const INITIATIVE_JOIN: &str =
    " LEFT JOIN initiatives i ON d.doc_type = 'initiative' AND i.slug = d.slug";

/// A document's title, with [`INITIATIVE_JOIN`]. Other content keeps its text in its document.
pub(crate) const TITLE: &str = "COALESCE(i.title, d.title)";

/// A document's summary, with [`INITIATIVE_JOIN`].
pub(crate) const SUMMARY: &str = "COALESCE(i.summary, d.summary)";

/// Adds or replaces a document in the index, inside the caller's transaction, so that the
/// index never disagrees with the content it describes.
pub async fn index_in(tx: &mut Tx, doc: &SearchDocument, now: &str) -> Result<()> {
    index_many_in(tx, std::slice::from_ref(doc), now).await
}

#[derive(sqlx::FromRow)]
struct OldDocRow {
    id: i64,
    terms: String,
}

/// Removes a document from the index (when its item is deleted), in the caller's transaction.
pub async fn remove_in(tx: &mut Tx, doc_type: DocType, slug: &str) -> Result<()> {
    let mut old = Sql::new("SELECT id, terms FROM search_documents WHERE doc_type = ");
    old.push_arg(doc_type.slug())
        .push(" AND slug = ")
        .push_arg(slug);
    let Some(old) = tx.fetch_optional::<OldDocRow>(old).await? else {
        return Ok(());
    };
    write::forget_terms(tx, &old.terms).await?;
    tx.note_search_changes([old.id]);
    if tx.backend() == Backend::Sqlite {
        let mut del = Sql::new("DELETE FROM search_fts WHERE rowid = ");
        del.push_arg(old.id);
        tx.execute(del).await?;
    }
    let mut del = Sql::new("DELETE FROM search_documents WHERE id = ");
    del.push_arg(old.id);
    tx.execute(del).await?;
    Ok(())
}

/// Rebuilds the whole index from the content tables, in one transaction (searches see the
/// old index until it commits). Returns the number of documents indexed.
pub async fn reindex(db: &Db, now: &str) -> Result<usize> {
    let all = initiatives::all(db).await?;
    let mut tx = db.begin().await?;
    tx.note_search_rebuilt();
    for table in ["search_facets", "search_documents", "search_terms"] {
        tx.execute(Sql::new(&format!("DELETE FROM {table}")))
            .await?;
    }
    if tx.backend() == Backend::Sqlite {
        // FTS5's own command: the table keeps no text (migration 0031), and a plain
        // `DELETE` of every row finds none to delete.
        tx.execute(Sql::new(
            "INSERT INTO search_fts (search_fts) VALUES ('delete-all')",
        ))
        .await?;
    }
    let mut docs: Vec<SearchDocument> = all.iter().map(SearchDocument::from_initiative).collect();
    let resources = crate::resources::all(db).await?;
    docs.extend(resources.iter().map(SearchDocument::from_resource));
    let posts = crate::news::all(db).await?;
    docs.extend(posts.iter().map(SearchDocument::from_news));
    let events = crate::events::all(db).await?;
    docs.extend(events.iter().map(SearchDocument::from_event));
    let helplines = crate::reference::helplines(db, None).await?;
    docs.extend(helplines.iter().map(SearchDocument::from_helpline));
    let threads = crate::community::search_documents(db).await?;
    let thread_count = threads.len();
    docs.extend(threads);
    index_many_in(&mut tx, &docs, now).await?;
    tx.commit().await?;
    Ok(all.len() + resources.len() + posts.len() + events.len() + helplines.len() + thread_count)
}

/// Rebuilds the index when it does not hold every indexed record: after upgrading a
/// database that was filled before the index (or a content type's indexing) existed. Returns whether it rebuilt.
pub async fn ensure_indexed(db: &Db, now: &str) -> Result<bool> {
    let items = db
        .count(Sql::new(
            "SELECT (SELECT COUNT(*) FROM initiatives) + (SELECT COUNT(*) FROM resources) \
             + (SELECT COUNT(*) FROM news) + (SELECT COUNT(*) FROM events) \
             + (SELECT COUNT(*) FROM helplines) AS n",
        ))
        .await?;
    let indexed = db
        .count(Sql::new("SELECT COUNT(*) AS n FROM search_documents"))
        .await?;
    if items == indexed {
        return Ok(false);
    }
    reindex(db, now).await?;
    Ok(true)
}
