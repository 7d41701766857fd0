//! The search index in the database: writing documents (in the caller's transaction),
//! rebuilding, searching with facets, and related work.
//!
//! The analyzer and the query syntax live in `sparks-search`; this module holds the SQL. On
//! SQLite the terms go into an FTS5 table ranked by `bm25()`; on PostgreSQL into a weighted
//! `tsvector` ranked by `ts_rank_cd()`. Both share `search_terms`, the vocabulary behind typo
//! tolerance and prefix expansion.

mod find;
mod related;

use std::collections::BTreeSet;

use sparks_search::{DocType, SearchDocument};

use crate::{Backend, Db, Result, Sql, Tx, initiatives};

pub use find::{SearchFacets, SearchFilter, SearchHit, SearchRequest, SearchResults, search};
pub use related::{Related, Similarity, related, similar_to_text};

/// Terms per statement when updating the vocabulary (SQLite allows 32,766 parameters).
const TERM_BATCH: usize = 500;

#[derive(sqlx::FromRow)]
struct OldDocRow {
    id: i64,
    terms: String,
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// Adds or replaces a document in the index, inside the caller's transaction, so that the
/// index never disagrees with the content it describes.
pub async fn index_in(tx: &mut Tx, doc: &SearchDocument, now: &str) -> Result<()> {
    let analyzed = doc.analyze();
    let mut old = Sql::new("SELECT id, terms FROM search_documents WHERE doc_type = ");
    old.push_arg(doc.doc_type.slug())
        .push(" AND slug = ")
        .push_arg(doc.slug.as_str());
    let old = tx.fetch_optional::<OldDocRow>(old).await?;
    let old_terms: BTreeSet<String> = old
        .as_ref()
        .map(|o| {
            o.terms
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let new_terms: BTreeSet<String> = analyzed.terms.iter().cloned().collect();

    let backend = tx.backend();
    let mut upsert = Sql::new(
        "INSERT INTO search_documents (doc_type, slug, language, acronym, title, summary, \
         acronym_key, terms, updated_at",
    );
    upsert.push(if backend == Backend::Postgres {
        ", tsv) VALUES ("
    } else {
        ") VALUES ("
    });
    let values: Vec<crate::Arg> = vec![
        doc.doc_type.slug().into(),
        doc.slug.clone().into(),
        doc.language.code().into(),
        doc.acronym.clone().into(),
        doc.title.clone().into(),
        doc.summary.clone().into(),
        analyzed.acronym_key.clone().into(),
        analyzed.terms.join(" ").into(),
        now.into(),
    ];
    let placeholders: Vec<String> = values.into_iter().map(|v| upsert.arg(v)).collect();
    upsert.push(&placeholders.join(", "));
    if backend == Backend::Postgres {
        let a = upsert.arg(analyzed.acronym.as_str());
        let t = upsert.arg(analyzed.title.as_str());
        let k = upsert.arg(analyzed.topics.as_str());
        let b = upsert.arg(analyzed.body.as_str());
        upsert.push(&format!(
            ", setweight(to_tsvector('simple', {a}), 'A') || setweight(to_tsvector('simple', {t}), 'A') \
             || setweight(to_tsvector('simple', {k}), 'B') || setweight(to_tsvector('simple', {b}), 'C')"
        ));
    }
    upsert.push(
        ") ON CONFLICT (doc_type, slug) DO UPDATE SET language = excluded.language, \
         acronym = excluded.acronym, title = excluded.title, summary = excluded.summary, \
         acronym_key = excluded.acronym_key, terms = excluded.terms, updated_at = excluded.updated_at",
    );
    if backend == Backend::Postgres {
        upsert.push(", tsv = excluded.tsv");
    }
    upsert.push(" RETURNING id");
    let IdRow { id } = tx.fetch_one(upsert).await?;

    if backend == Backend::Sqlite {
        let mut del = Sql::new("DELETE FROM search_fts WHERE rowid = ");
        del.push_arg(id);
        tx.execute(del).await?;
        let mut ins =
            Sql::new("INSERT INTO search_fts (rowid, acronym, title, topics, body) VALUES (");
        ins.push_arg(id)
            .push(", ")
            .push_arg(analyzed.acronym.as_str())
            .push(", ")
            .push_arg(analyzed.title.as_str())
            .push(", ")
            .push_arg(analyzed.topics.as_str())
            .push(", ")
            .push_arg(analyzed.body.as_str())
            .push(")");
        tx.execute(ins).await?;
    }

    let mut del = Sql::new("DELETE FROM search_facets WHERE document_id = ");
    del.push_arg(id);
    tx.execute(del).await?;
    for chunk in doc.facets.chunks(TERM_BATCH) {
        let mut ins = Sql::new("INSERT INTO search_facets (document_id, facet, value) VALUES ");
        for (n, (facet, value)) in chunk.iter().enumerate() {
            ins.push(if n == 0 { "(" } else { ", (" })
                .push_arg(id)
                .push(", ")
                .push_arg(facet.slug())
                .push(", ")
                .push_arg(value.as_str())
                .push(")");
        }
        ins.push(" ON CONFLICT DO NOTHING");
        tx.execute(ins).await?;
    }

    let added: Vec<&String> = new_terms.difference(&old_terms).collect();
    let removed: Vec<&String> = old_terms.difference(&new_terms).collect();
    add_terms(tx, &added).await?;
    remove_terms(tx, &removed).await
}

/// Counts a document in for each term. Terms arrive sorted, so concurrent writers on
/// PostgreSQL lock vocabulary rows in the same order and cannot deadlock.
async fn add_terms(tx: &mut Tx, terms: &[&String]) -> Result<()> {
    for chunk in terms.chunks(TERM_BATCH) {
        let mut ins = Sql::new("INSERT INTO search_terms (term, len, docs) VALUES ");
        for (n, term) in chunk.iter().enumerate() {
            ins.push(if n == 0 { "(" } else { ", (" })
                .push_arg(term.as_str())
                .push(", ")
                .push_arg(term.len() as i64)
                .push(", 1)");
        }
        ins.push(" ON CONFLICT (term) DO UPDATE SET docs = search_terms.docs + 1");
        tx.execute(ins).await?;
    }
    Ok(())
}

/// Counts a document out of each term, forgetting terms no document holds any more.
async fn remove_terms(tx: &mut Tx, terms: &[&String]) -> Result<()> {
    for chunk in terms.chunks(TERM_BATCH) {
        let mut dec = Sql::new("UPDATE search_terms SET docs = docs - 1 WHERE term IN ");
        dec.push_in_list(chunk.iter().map(|t| t.as_str()));
        tx.execute(dec).await?;
        let mut del = Sql::new("DELETE FROM search_terms WHERE docs <= 0 AND term IN ");
        del.push_in_list(chunk.iter().map(|t| t.as_str()));
        tx.execute(del).await?;
    }
    Ok(())
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
    let terms: Vec<String> = old.terms.split(' ').map(str::to_owned).collect();
    remove_terms(
        tx,
        &terms.iter().filter(|t| !t.is_empty()).collect::<Vec<_>>(),
    )
    .await?;
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
pub async fn reindex(db: &Db) -> Result<usize> {
    let all = initiatives::all(db).await?;
    let now = time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let mut tx = db.begin().await?;
    for table in ["search_facets", "search_documents", "search_terms"] {
        tx.execute(Sql::new(&format!("DELETE FROM {table}")))
            .await?;
    }
    if tx.backend() == Backend::Sqlite {
        tx.execute(Sql::new("DELETE FROM search_fts")).await?;
    }
    for i in &all {
        index_in(&mut tx, &SearchDocument::from_initiative(i), &now).await?;
    }
    let resources = crate::resources::all(db).await?;
    for r in &resources {
        index_in(&mut tx, &SearchDocument::from_resource(r), &now).await?;
    }
    let posts = crate::news::all(db).await?;
    for p in &posts {
        index_in(&mut tx, &SearchDocument::from_news(p), &now).await?;
    }
    let events = crate::events::all(db).await?;
    for e in &events {
        index_in(&mut tx, &SearchDocument::from_event(e), &now).await?;
    }
    tx.commit().await?;
    Ok(all.len() + resources.len() + posts.len() + events.len())
}

#[derive(sqlx::FromRow)]
struct CountRow {
    n: i64,
}

/// Rebuilds the index when it does not hold every indexed record: after upgrading a
/// database that was filled before the index (or a content type's indexing) existed. Returns whether it rebuilt.
pub async fn ensure_indexed(db: &Db) -> Result<bool> {
    let count = |text: &str| {
        let sql = Sql::new(text);
        async move {
            Ok::<i64, crate::StoreError>(
                db.fetch_optional::<CountRow>(sql).await?.map_or(0, |r| r.n),
            )
        }
    };
    let items = count(
        "SELECT (SELECT COUNT(*) FROM initiatives) + (SELECT COUNT(*) FROM resources) \
         + (SELECT COUNT(*) FROM news) + (SELECT COUNT(*) FROM events) AS n",
    )
    .await?;
    let indexed = count("SELECT COUNT(*) AS n FROM search_documents").await?;
    if items == indexed {
        return Ok(false);
    }
    reindex(db).await?;
    Ok(true)
}
