//! What a search needs besides the text index, held in memory: every document's type, slug,
//! acronym and counted facet values, and the matches of recently searched query parts.
//!
//! Why: at 100,000 documents a broad query matches half of them. Counting their facets in
//! SQL joins every hit to its facet rows (a quarter of a second), and scoring every hit with
//! `bm25()` or `ts_rank_cd()` costs tens of milliseconds per query part. Here the facets of
//! every hit are counted in one pass over compact arrays, and each query part's matches and
//! text scores come from the database once and are kept: a document's score for a query is
//! the sum of its scores for the query's parts (as FTS5's `bm25()` itself computes it), so a
//! query that reuses known words costs no full-text work at all.
//!
//! The database stays the source of truth. An index remembers the content version it was
//! loaded at (see [`crate::versions`]); its holder checks the version per request and loads
//! a new one after any write, through any server, so nothing kept here outlives a write.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::acronyms::Acronyms;
pub(super) use super::postings::{Posting, Postings};
pub(super) use crate::bitset::{DocSet, contains, count_common, empty_set, insert, remove};
use crate::{Backend, Db, Result, Sql, StoreError};
use sparks_search::DocType;

/// The facets a search counts, in the order their value ids are grouped.
pub(super) const COUNTED_FACETS: [&str; 4] = ["pillar", "programme", "country", "year"];

/// How many bytes of kept matches one index holds before it lets go of every part the
/// warm-up did not keep: a broad word at 100,000 documents keeps about 150 KB (see
/// [`Postings`]), so this holds the common words of a day's queries; it is less than a
/// tenth of the server's memory target.
const POSTINGS_BUDGET_BYTES: usize = 12 << 20;

/// How many bytes of kept matches the warm-up fills at most: the rest of the budget is for
/// the parts searches ask for after it. At 100,000 synthetic initiatives every term held by
/// one document in fifty takes about 9 MB.
const WARM_BUDGET_BYTES: usize = 10 << 20;

/// How many documents written since a kept part was fetched it may lag behind before it is
/// let go (see [`Kept::stale`]).
const STALE_AT_MOST: usize = 1_000;

/// Terms in fewer documents than one in this many are not warmed: their first query is
/// cheap (at 100,000 documents, under 2,000 matches).
const WARM_RARER_THAN: usize = 50;

/// How many terms are warmed at most.
const WARM_TERMS_AT_MOST: i64 = 200;

/// One fetch of a query part's matches, shared by the searches that wait for it.
type Fetch = tokio::sync::OnceCell<Arc<Postings>>;

/// A query part's kept matches.
#[derive(Debug, Clone)]
struct Kept {
    list: Arc<Postings>,
    /// Documents written since the list was fetched (database ids, ascending): their
    /// matches are asked for again on the list's next use. Marking instead of asking at
    /// once keeps a write's cost off the first request after it: that request would
    /// otherwise pay one query for every kept part (a hundred and more once warm), while a
    /// part asked for pays one small query, and only for itself.
    stale: Vec<i64>,
    /// Kept by the warm-up: not let go to make room for others.
    warm: bool,
}

/// Matches of query parts already asked for at this version.
#[derive(Debug, Default, Clone)]
struct PostingCache {
    parts: HashMap<String, Kept>,
    bytes: usize,
}

impl PostingCache {
    /// Marks every kept part as out of date for the documents `ids` (see [`Kept::stale`]).
    /// A part not asked for through many writes is let go rather than its list of written
    /// documents kept growing: its next use fetches it whole.
    fn mark_stale(&mut self, ids: &[i64]) {
        for kept in self.parts.values_mut() {
            kept.stale.extend_from_slice(ids);
            kept.stale.sort_unstable();
            kept.stale.dedup();
        }
        if self
            .parts
            .values()
            .any(|kept| kept.stale.len() > STALE_AT_MOST)
        {
            self.retain(|kept| kept.stale.len() <= STALE_AT_MOST);
        }
    }

    /// Keeps only the parts for which `keep` holds.
    fn retain(&mut self, keep: impl Fn(&Kept) -> bool) {
        self.parts.retain(|_, kept| keep(kept));
        self.bytes = self
            .parts
            .iter()
            .map(|(part, kept)| kept.list.bytes() + part.len())
            .sum();
    }

    /// Keeps `list` for `part` if the budget allows, letting go of every list the warm-up
    /// did not keep when it must.
    fn keep(&mut self, part: &str, list: &Arc<Postings>, warm: bool) {
        let size = list.bytes() + part.len();
        if let Some(old) = self.parts.remove(part) {
            self.bytes -= old.list.bytes() + part.len();
        }
        if self.bytes + size > POSTINGS_BUDGET_BYTES {
            self.retain(|kept| kept.warm);
        }
        if self.bytes + size <= POSTINGS_BUDGET_BYTES {
            self.bytes += size;
            self.parts.insert(
                part.to_owned(),
                Kept {
                    list: Arc::clone(list),
                    stale: Vec::new(),
                    warm,
                },
            );
        }
    }
}

/// The in-memory side of search, at one content version.
#[derive(Debug)]
pub struct SearchIndex {
    version: i64,
    /// Database ids, ascending: a document's position here is its number in every
    /// [`DocSet`] and posting.
    ids: Vec<i64>,
    /// Each document's place in slug order, to break ties between equal scores the same
    /// way every time without comparing strings.
    pub(super) slug_rank: Vec<u32>,
    /// The documents of each type, by position in `DocType::ALL`: counting a facet over
    /// tens of thousands of hits is then a few thousand word operations.
    pub(super) type_docs: Vec<DocSet>,
    /// Every counted (facet, value), by id.
    pub(super) values: Vec<(&'static str, String)>,
    /// The documents with each counted value, by id.
    pub(super) value_docs: Vec<DocSet>,
    value_lookup: HashMap<(String, String), u16>,
    /// Documents by folded acronym, for exact acronym matches.
    acronyms: Acronyms,
    postings: Mutex<PostingCache>,
    /// Fetches in flight, by query part. Searches that arrive together for the same cold
    /// word wait for the first one's fetch and share its answer, instead of each asking the
    /// full-text index again and holding its rows at the same time (eight bm25 queries of up
    /// to 100,000 rows each at 100,000 initiatives). Different words are fetched side by side.
    in_flight: Mutex<HashMap<String, Arc<Fetch>>>,
}

#[derive(sqlx::FromRow)]
struct RankRow {
    n: i64,
}

#[derive(sqlx::FromRow)]
struct DocRow {
    id: i64,
    doc_type: String,
    slug: String,
    acronym_key: String,
    /// Its counted facet values in `search_facets` as `facet=value` lines (none when it
    /// has none).
    facets: Option<String>,
    /// An initiative's counted facet values, from its own tables.
    #[sqlx(flatten)]
    derived: super::facets::FacetColumns,
}

impl DocRow {
    /// Its counted facet values, wherever they are kept.
    fn counted(&self) -> impl Iterator<Item = (&str, String)> + '_ {
        self.facets
            .as_deref()
            .unwrap_or("")
            .lines()
            .filter_map(|line| line.split_once('='))
            .map(|(facet, value)| (facet, value.to_owned()))
            .chain(self.derived.pairs())
    }
}

/// One row per document, its facet values joined: a sixth of the rows of one per value.
/// (The initiatives' own tables hold their counted facets: see [`super::facets`].)
fn doc_select() -> Sql {
    let mut sql = Sql::new(
        "SELECT d.id, d.doc_type, d.slug, d.acronym_key, \
         (SELECT string_agg(f.facet || '=' || f.value, '\n') FROM search_facets f \
          WHERE f.document_id = d.id \
          AND f.facet IN ('pillar', 'programme', 'country', 'year')) AS facets, ",
    );
    sql.push(super::facets::DERIVED_COLUMNS)
        .push(" FROM search_documents d")
        .push(super::INITIATIVE_JOIN);
    sql
}

/// How many documents are read per query when loading.
const LOAD_SLICE: i64 = 5_000;

#[derive(sqlx::FromRow)]
struct PostingRow {
    id: i64,
    score: f64,
}

impl SearchIndex {
    /// Reads every document's facts. The version is read first, so data written meanwhile
    /// can only make the index newer than its label, never older: the next check reloads it.
    pub async fn load(db: &Db) -> Result<SearchIndex> {
        let version = crate::versions::current(db, crate::versions::DataKind::Content).await?;
        Self::load_at(db, version).await
    }

    /// This index brought to the database's current content version by applying the
    /// documents written since its own (see [`super::changes`]): their types, facet values,
    /// acronyms; their matches in every kept query part are marked out of date, to be asked
    /// for on the part's next use (see [`Kept::stale`]). `None` when that is not
    /// possible or not worth it (a removed document, a large import, a log gap, a new id
    /// below the highest known): the caller then loads a new index.
    ///
    /// The kept matches of documents not written keep the text scores they had: with
    /// FTS5's `bm25()` a write shifts every document's score for a word by a tiny amount
    /// (the word's document count and the average length move), and scores only order hits
    /// that match the same query words, so until the next full load the order of such ties
    /// may differ from a fresh index's in rare cases.
    pub async fn advance(&self, db: &Db) -> Result<Option<SearchIndex>> {
        let version = crate::versions::current(db, crate::versions::DataKind::Content).await?;
        if version <= self.version {
            return Ok(Some(self.relabelled(self.version)));
        }
        let Some(changed) = super::changes::changed_documents(db, self.version, version).await?
        else {
            return Ok(None);
        };
        let mut next = self.relabelled(version);
        if changed.is_empty() {
            return Ok(Some(next));
        }
        let mut rows = Vec::with_capacity(changed.len());
        for chunk in changed.chunks(500) {
            let mut sql = doc_select();
            sql.push(" WHERE d.id IN ")
                .push_in_list(chunk.iter().copied())
                .push(" ORDER BY d.id");
            rows.extend(db.fetch_all::<DocRow>(sql).await?);
        }
        if rows.len() != changed.len() {
            // A document was removed: positions would shift. Rare (a deleted post or event).
            return Ok(None);
        }
        // Their acronyms may have changed: out of the acronym lists, in one pass.
        let held: std::collections::HashSet<u32> = changed
            .iter()
            .filter_map(|id| next.ids.binary_search(id).ok())
            .map(|at| at as u32)
            .collect();
        if !held.is_empty() {
            next.acronyms.remove(|d| held.contains(&d));
        }
        for row in rows {
            if next.apply_row(db, row).await?.is_none() {
                return Ok(None);
            }
        }
        next.mark_stale(&changed);
        Ok(Some(next))
    }

    /// A copy of this index labelled `version`, with the same kept matches.
    fn relabelled(&self, version: i64) -> SearchIndex {
        SearchIndex {
            version,
            ids: self.ids.clone(),
            slug_rank: self.slug_rank.clone(),
            type_docs: self.type_docs.clone(),
            values: self.values.clone(),
            value_docs: self.value_docs.clone(),
            value_lookup: self.value_lookup.clone(),
            acronyms: self.acronyms.clone(),
            postings: Mutex::new(self.lock_postings().clone()),
            in_flight: Mutex::new(HashMap::new()),
        }
    }

    /// Puts a written document's facts in place (or after the last document, for a new
    /// one), its old acronym already taken out. Its position, or `None` when it cannot be
    /// placed (a new id below the highest).
    async fn apply_row(&mut self, db: &Db, row: DocRow) -> Result<Option<u32>> {
        let Some(doc_type) = DocType::ALL.iter().position(|t| t.slug() == row.doc_type) else {
            return Ok(None);
        };
        let position = match self.ids.binary_search(&row.id) {
            Ok(at) => at,
            Err(at) if at == self.ids.len() => {
                // Its place in slug order among the documents this index holds.
                let mut sql = Sql::new("SELECT COUNT(*) AS n FROM search_documents WHERE slug ");
                sql.push(if db.backend() == crate::Backend::Postgres {
                    "COLLATE \"C\" < "
                } else {
                    "< "
                })
                .push_arg(row.slug.as_str())
                .push(" AND id < ")
                .push_arg(row.id);
                let rank = db.fetch_one::<RankRow>(sql).await?.n;
                let rank = u32::try_from(rank).unwrap_or(u32::MAX);
                for r in &mut self.slug_rank {
                    if *r >= rank {
                        *r += 1;
                    }
                }
                self.slug_rank.push(rank);
                self.ids.push(row.id);
                let len = self.ids.len();
                for set in self.type_docs.iter_mut().chain(self.value_docs.iter_mut()) {
                    set.resize(len.div_ceil(64), 0);
                }
                at
            }
            Err(_) => return Ok(None),
        };
        let position = u32::try_from(position)
            .map_err(|_| StoreError::Corrupt("too many search documents".to_owned()))?;
        for set in self.type_docs.iter_mut().chain(self.value_docs.iter_mut()) {
            remove(set, position);
        }
        insert(&mut self.type_docs[doc_type], position);
        let capacity = self.ids.len();
        for (facet, value) in row.counted() {
            let id = self.value_id(facet.to_owned(), value, capacity)?;
            insert(&mut self.value_docs[usize::from(id)], position);
        }
        if !row.acronym_key.is_empty() {
            self.acronyms.insert(&row.acronym_key, position);
        }
        Ok(Some(position))
    }

    /// Marks every kept query part's matches as out of date for the documents `ids`: see
    /// [`Kept::stale`].
    fn mark_stale(&mut self, ids: &[i64]) {
        self.postings
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .mark_stale(ids);
    }

    /// `list` with the matches of the documents `stale` (database ids) asked for again:
    /// their old matches out, their matches now in.
    async fn refreshed(
        &self,
        db: &Db,
        part: &str,
        list: &Postings,
        stale: &[i64],
    ) -> Result<Postings> {
        let mut fresh = Vec::new();
        for chunk in stale.chunks(500) {
            let mut sql = posting_sql(db.backend(), part);
            sql.push(match db.backend() {
                Backend::Sqlite => " AND rowid IN ",
                Backend::Postgres => " WHERE s.id IN ",
            })
            .push_in_list(chunk.iter().copied());
            fresh.extend(self.positioned(db.fetch_all::<PostingRow>(sql).await?));
        }
        let changed: std::collections::HashSet<u32> = stale
            .iter()
            .filter_map(|id| self.ids.binary_search(id).ok())
            .map(|at| at as u32)
            .collect();
        let mut postings: Vec<Posting> = list
            .iter()
            .filter(|p| !changed.contains(&p.doc))
            .chain(fresh)
            .collect();
        postings.sort_unstable_by_key(|p| p.doc);
        Ok(Postings::encode(&postings))
    }

    /// Rows of matches as postings, leaving out documents this index does not hold (written
    /// after it was loaded: the next request, at the new version, gets an index that does).
    fn positioned(&self, rows: Vec<PostingRow>) -> impl Iterator<Item = Posting> + '_ {
        rows.into_iter().filter_map(|r| {
            let doc = self.ids.binary_search(&r.id).ok()?;
            Some(Posting {
                doc: doc as u32,
                score: r.score as f32,
            })
        })
    }

    async fn load_at(db: &Db, version: i64) -> Result<SearchIndex> {
        let capacity = db
            .count(Sql::new("SELECT COUNT(*) AS n FROM search_documents"))
            .await
            .map(|n| usize::try_from(n).unwrap_or(0))?;
        let mut index = SearchIndex {
            version,
            ids: Vec::with_capacity(capacity),
            slug_rank: Vec::new(),
            type_docs: vec![empty_set(capacity); DocType::ALL.len()],
            values: Vec::new(),
            value_docs: Vec::new(),
            value_lookup: HashMap::new(),
            acronyms: Acronyms::default(),
            postings: Mutex::new(PostingCache::default()),
            in_flight: Mutex::new(HashMap::new()),
        };
        let mut slugs: Vec<String> = Vec::with_capacity(capacity);
        let mut acronyms: Vec<(String, u32)> = Vec::new();
        // Documents written after the count are left to the next load (the index is then
        // labelled with an older version than theirs, so it is replaced at once).
        let mut after = i64::MIN;
        while index.ids.len() < capacity {
            // One row per document, its facet values joined: a sixth of the rows of one per
            // value, and rows are what loading costs. In slices, so that the rows in flight
            // stay a small part of the index (all at once, they outweighed it).
            let mut sql = doc_select();
            sql.push(" WHERE d.id > ")
                .push_arg(after)
                .push(" ORDER BY d.id LIMIT ")
                .push_arg(LOAD_SLICE);
            let rows = db.fetch_all::<DocRow>(sql).await?;
            let Some(last) = rows.last() else {
                break;
            };
            after = last.id;
            index.add_rows(rows, capacity, &mut slugs, &mut acronyms)?;
        }
        index.acronyms = Acronyms::from_pairs(acronyms);
        let mut by_slug: Vec<u32> = (0..slugs.len() as u32).collect();
        by_slug.sort_unstable_by(|a, b| slugs[*a as usize].cmp(&slugs[*b as usize]));
        index.slug_rank = vec![0; slugs.len()];
        for (rank, doc) in by_slug.into_iter().enumerate() {
            index.slug_rank[doc as usize] = rank as u32;
        }
        Ok(index)
    }

    /// Adds one slice of documents, in id order after those already in.
    fn add_rows(
        &mut self,
        rows: Vec<DocRow>,
        capacity: usize,
        slugs: &mut Vec<String>,
        acronyms: &mut Vec<(String, u32)>,
    ) -> Result<()> {
        let index = self;
        for row in rows {
            // Rows of types written by a newer version of Sparks are left out.
            let Some(doc_type) = DocType::ALL.iter().position(|t| t.slug() == row.doc_type) else {
                continue;
            };
            let position = u32::try_from(index.ids.len())
                .map_err(|_| StoreError::Corrupt("too many search documents".to_owned()))?;
            insert(&mut index.type_docs[doc_type], position);
            for (facet, value) in row.counted() {
                let id = index.value_id(facet.to_owned(), value, capacity)?;
                insert(&mut index.value_docs[usize::from(id)], position);
            }
            if !row.acronym_key.is_empty() {
                acronyms.push((row.acronym_key, position));
            }
            index.ids.push(row.id);
            slugs.push(row.slug);
        }
        Ok(())
    }

    /// The id of a counted value, given one (with an empty set of documents able to hold
    /// `capacity`) when new.
    fn value_id(&mut self, facet: String, value: String, capacity: usize) -> Result<u16> {
        let key = (facet, value);
        if let Some(id) = self.value_lookup.get(&key) {
            return Ok(*id);
        }
        let facet = COUNTED_FACETS
            .iter()
            .find(|f| **f == key.0)
            .copied()
            .ok_or_else(|| StoreError::Corrupt(format!("unexpected facet {}", key.0)))?;
        let id = u16::try_from(self.values.len())
            .map_err(|_| StoreError::Corrupt("too many facet values".to_owned()))?;
        self.values.push((facet, key.1.clone()));
        self.value_docs.push(empty_set(capacity));
        self.value_lookup.insert(key, id);
        Ok(id)
    }

    /// The content version this index was loaded at.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// How many documents are searchable.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether nothing is searchable.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The id of a counted facet value, if any document has it.
    pub(super) fn lookup(&self, facet: &str, value: &str) -> Option<u16> {
        self.value_lookup
            .get(&(facet.to_owned(), value.to_owned()))
            .copied()
    }

    /// Documents whose folded acronym is `key`.
    pub(super) fn with_acronym(&self, key: &str) -> Vec<u32> {
        self.acronyms.docs(key)
    }

    /// The database id of the document at `doc`.
    pub(super) fn id_of(&self, doc: u32) -> i64 {
        self.ids[doc as usize]
    }

    /// The documents matching one compiled query part, each with its text score: kept from
    /// an earlier search at this version, or asked of the database.
    pub(super) async fn postings(&self, db: &Db, part: &str) -> Result<Arc<Postings>> {
        if let Some(kept) = self.lock_postings().parts.get(part)
            && kept.stale.is_empty()
        {
            return Ok(Arc::clone(&kept.list));
        }
        let cell = Arc::clone(
            self.in_flight
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .entry(part.to_owned())
                .or_default(),
        );
        let fetched = cell
            .get_or_try_init(|| self.fetch_postings(db, part))
            .await
            .map(Arc::clone);
        // Done (kept, or failed and to be asked again): later searches do not wait on it.
        self.in_flight
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .remove(part);
        fetched
    }

    /// The kept matches of each of `keys` (compiled query parts), which together make up
    /// one part of a query (their scores summed, see `rank::tally`). On SQLite a part of several terms
    /// is the sum of its terms' matches, which is exactly its score with the terms joined
    /// with `OR` (FTS5's `bm25()` adds up each phrase's share), so a word that resolves to
    /// several terms is made of the terms' kept matches (see `find::part_keys`).
    pub(super) async fn part_lists(&self, db: &Db, keys: &[String]) -> Result<Vec<Arc<Postings>>> {
        let mut lists = Vec::with_capacity(keys.len());
        for key in keys {
            lists.push(self.postings(db, key).await?);
        }
        Ok(lists)
    }

    /// Asks the database for a query part's matches (only for the documents written since
    /// when kept but stale), and keeps them within the budget.
    async fn fetch_postings(&self, db: &Db, part: &str) -> Result<Arc<Postings>> {
        let kept = self.lock_postings().parts.get(part).cloned();
        let (list, warm) = match kept {
            Some(kept) if kept.stale.is_empty() => return Ok(kept.list),
            Some(kept) => (
                self.refreshed(db, part, &kept.list, &kept.stale).await?,
                kept.warm,
            ),
            None => {
                let rows = db
                    .fetch_all::<PostingRow>(posting_sql(db.backend(), part))
                    .await?;
                let mut postings: Vec<Posting> = self.positioned(rows).collect();
                postings.sort_unstable_by_key(|p| p.doc);
                (Postings::encode(&postings), false)
            }
        };
        let list = Arc::new(list);
        self.lock_postings().keep(part, &list, warm);
        Ok(list)
    }

    /// Fetches and keeps the matches of the commonest vocabulary terms, each as the query
    /// part a one-term word compiles to, so that the first searches for broad words after
    /// a start cost no full-text query: a word's cost grows with its matches, and words
    /// rarer than those warmed are cheap cold (on SQLite a word of several terms is made of
    /// its terms' matches, see [`SearchIndex::part_lists`]). Stops at [`WARM_BUDGET_BYTES`]
    /// (so that searches after it still have room), at [`WARM_TERMS_AT_MOST`] terms, or at
    /// terms in fewer than one document in [`WARM_RARER_THAN`]. What it keeps is not let go
    /// for other parts. Returns how many terms were warmed.
    pub async fn warm(&self, db: &Db) -> Result<usize> {
        let floor = i64::try_from(self.ids.len() / WARM_RARER_THAN).unwrap_or(i64::MAX);
        let mut sql = Sql::new("SELECT term, docs FROM search_terms WHERE docs >= ");
        sql.push_arg(floor.max(1))
            .push(" ORDER BY docs DESC, term LIMIT ")
            .push_arg(WARM_TERMS_AT_MOST);
        let terms = db.fetch_all::<super::find::TermRow>(sql).await?;
        let dialect = super::find::dialect(db.backend());
        let parts: Vec<String> = terms
            .iter()
            .filter_map(|t| term_part(&t.term, dialect))
            .collect();
        // Two at a time, commonest first: each fetch is one database connection's work (on
        // SQLite its own thread), and a server warming up serves nobody yet.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let full = std::sync::atomic::AtomicBool::new(false);
        let warm_in_turn = || async {
            let mut warmed = 0;
            while !full.load(std::sync::atomic::Ordering::SeqCst) {
                let at = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(part) = parts.get(at) else {
                    break;
                };
                self.postings(db, part).await?;
                let mut cache = self.lock_postings();
                if let Some(kept) = cache.parts.get_mut(part) {
                    kept.warm = true;
                }
                warmed += 1;
                if cache.bytes >= WARM_BUDGET_BYTES {
                    full.store(true, std::sync::atomic::Ordering::SeqCst);
                }
            }
            Ok::<usize, StoreError>(warmed)
        };
        let (a, b) = tokio::join!(warm_in_turn(), warm_in_turn());
        Ok(a? + b?)
    }

    fn lock_postings(&self) -> std::sync::MutexGuard<'_, PostingCache> {
        // A panic while holding the lock leaves nothing half-written that matters: the
        // cache is only ever added to whole or cleared.
        self.postings
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// The documents matching a compiled query part with their text scores. SQLite: FTS5's
/// `bm25()` with weights per column (acronym, title, topics, body), negated so that higher
/// is better; PostgreSQL: `ts_rank_cd()` with weights for D, C, B, A (body is C, topics B,
/// acronym and title A).
fn posting_sql(backend: Backend, part: &str) -> Sql {
    match backend {
        Backend::Sqlite => {
            let mut sql = Sql::new(
                "SELECT rowid AS id, -bm25(search_fts, 10.0, 5.0, 2.5, 1.0) AS score \
                 FROM search_fts WHERE search_fts MATCH ",
            );
            sql.push_arg(part);
            sql
        }
        Backend::Postgres => {
            let mut sql = Sql::new(
                "SELECT id, score FROM (SELECT d.id, CAST(ts_rank_cd('{0.05, 0.2, 0.5, 1.0}', d.tsv, q) AS DOUBLE PRECISION) AS score FROM search_documents d, to_tsquery('simple', ",
            );
            sql.push_arg(part).push(") q WHERE d.tsv @@ q) s");
            sql
        }
    }
}

/// The query part a one-term word compiles to: the key its matches are kept under.
pub(super) fn term_part(term: &str, dialect: sparks_search::compile::Dialect) -> Option<String> {
    sparks_search::compile::compile(
        &[sparks_search::Resolved::AnyOf(vec![term.to_owned()])],
        sparks_search::Combine::All,
        dialect,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(docs: u32) -> Arc<Postings> {
        let postings: Vec<Posting> = (0..docs).map(|doc| Posting { doc, score: 1.0 }).collect();
        Arc::new(Postings::encode(&postings))
    }

    #[test]
    fn parts_lagging_too_many_writes_are_let_go_and_their_bytes_with_them() {
        let mut cache = PostingCache::default();
        cache.keep("\"often\"", &list(100), true);
        cache.keep("\"rare\"", &list(10), false);
        let ids: Vec<i64> = (0..STALE_AT_MOST as i64).collect();
        cache.mark_stale(&ids);
        cache.mark_stale(&ids[..5]);
        assert_eq!(
            cache.parts.len(),
            2,
            "as many as allowed, the same ones twice"
        );
        assert_eq!(cache.parts["\"rare\""].stale.len(), STALE_AT_MOST);
        if let Some(kept) = cache.parts.get_mut("\"rare\"") {
            kept.stale.clear();
        }
        cache.mark_stale(&[-1]);
        assert!(
            !cache.parts.contains_key("\"often\""),
            "one more, and it is let go"
        );
        assert_eq!(cache.parts["\"rare\""].stale, [-1]);
        assert_eq!(cache.bytes, list(10).bytes() + "\"rare\"".len());
    }
}
