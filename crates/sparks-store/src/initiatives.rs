//! The initiative repository: write (upsert by slug), read one or all. Listing, filtering and
//! facet counts are done by the in-memory [`crate::DirectoryIndex`], which these types
//! describe queries for.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use sparks_core::date::iso_day;
use sparks_core::{Country, Initiative, InitiativeKind, PartialDate, Pillar, Programme, Status};

use crate::db::Conn;
use crate::{Db, Result, Sql, StoreError, Tx};

/// Which initiatives a list shows. Every field narrows; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InitiativeFilter {
    /// Works in this pillar.
    pub pillar: Option<Pillar>,
    /// Funded by this programme.
    pub programme: Option<Programme>,
    /// Of this kind.
    pub kind: Option<InitiativeKind>,
    /// With the coordinator or a partner in this country.
    pub country: Option<Country>,
    /// With this status today.
    pub status: Option<Status>,
    /// Started in this year.
    pub year: Option<i32>,
    /// Tagged with this topic (exact, case-insensitive).
    pub topic: Option<String>,
    /// Free text found in the acronym, title, summary, topics or coordinator.
    pub q: Option<String>,
}

impl InitiativeFilter {
    /// Whether nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        *self == InitiativeFilter::default()
    }
}

/// Order of a list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// By acronym, A to Z.
    #[default]
    Name,
    /// Latest start first; undated last.
    Newest,
    /// Most recently added to Sparks first.
    Recent,
}

impl Sort {
    /// Every order, for the sort control.
    pub const ALL: [Sort; 3] = [Sort::Name, Sort::Newest, Sort::Recent];

    /// The URL value.
    pub fn slug(self) -> &'static str {
        match self {
            Sort::Name => "name",
            Sort::Newest => "newest",
            Sort::Recent => "recent",
        }
    }
}

/// A page request for the directory.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeQuery {
    /// What to show.
    pub filter: InitiativeFilter,
    /// In which order.
    pub sort: Sort,
    /// Page number, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

/// Lists kept as JSON in the `details` column: read whole, never filtered on.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Details {
    sources: Vec<String>,
    field_sources: BTreeMap<String, Vec<String>>,
    sparks_urls: Vec<String>,
    /// Partner organisations by name; absent from rows written before it was recorded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    partners: Vec<String>,
}

/// An initiative's links, and no other field: what the link checker reads of every
/// initiative, a slice at a time.
#[derive(Debug, Clone)]
pub struct LinkFields {
    /// Row id, to read the next slice from.
    pub id: i64,
    /// Slug.
    pub slug: String,
    /// Acronym.
    pub acronym: String,
    /// Its website.
    pub website: Option<String>,
    /// Its CORDIS page.
    pub cordis_url: Option<String>,
    /// Its sources.
    pub sources: Vec<String>,
    /// The sources of single fields, every field's in one list.
    pub field_sources: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct LinkFieldsRow {
    id: i64,
    slug: String,
    acronym: String,
    website: Option<String>,
    cordis_url: Option<String>,
    details: String,
}

/// The links of up to `limit` initiatives with ids above `after`, in id order. Why not
/// [`all`]: at 100,000 initiatives loading them whole took 130 MB for a few seconds, on
/// every pass of the link checker.
pub async fn link_fields_after(db: &Db, after: i64, limit: i64) -> Result<Vec<LinkFields>> {
    let mut sql = Sql::new(
        "SELECT id, slug, acronym, website, cordis_url, details FROM initiatives WHERE id > ",
    );
    sql.push_arg(after)
        .push(" ORDER BY id LIMIT ")
        .push_arg(limit);
    db.fetch_all::<LinkFieldsRow>(sql)
        .await?
        .into_iter()
        .map(|r| {
            let details: Details = serde_json::from_str(&r.details)
                .map_err(|e| StoreError::Corrupt(format!("details of {}: {e}", r.slug)))?;
            Ok(LinkFields {
                id: r.id,
                slug: r.slug,
                acronym: r.acronym,
                website: r.website,
                cordis_url: r.cordis_url,
                sources: details.sources,
                field_sources: details.field_sources.into_values().flatten().collect(),
            })
        })
        .collect()
}

/// Inserts the initiative, or replaces the one with the same slug (keeping when it was first
/// added). Runs in its own transaction.
pub async fn upsert(db: &Db, initiative: &Initiative, now: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    upsert_in(&mut tx, initiative, now).await?;
    tx.commit().await
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
    slug: String,
}

/// Initiatives per statement (27 values a row: 27,000, under SQLite's 32,766 and
/// PostgreSQL's 65,535). On SQLite the placeholders are bound positionally (see
/// [`crate::sql`]), so a statement's binding time grows with its number of values, not with
/// its square. Fewer, larger statements also journal fewer pages: inside a transaction each
/// statement first copies every existing page it changes to a statement journal (a
/// temporary file past 64 KB), and rows going into a unique index at random places touch
/// many pages per statement; five statements of 200 rows journaled about twice what one of
/// 1,000 does.
const BATCH: usize = 1_000;

/// Loads of more initiatives than this get a larger SQLite page cache for their transaction.
const BULK_FROM: usize = 200;

#[derive(sqlx::FromRow)]
struct CacheSizeRow {
    cache_size: i64,
}

/// Child rows (up to four values each) per statement; see [`BATCH`].
const ROW_BATCH: usize = 2_000;

/// Initiatives whose search documents are built and indexed together: large enough that the
/// vocabulary is written rarely and the analyzer can use every core, small enough to keep a
/// bulk load's memory flat.
const GROUP: usize = 2_000;

/// [`upsert`] inside a caller's transaction. The search index is updated in the same
/// transaction.
pub async fn upsert_in(tx: &mut Tx, i: &Initiative, now: &str) -> Result<()> {
    upsert_many_in(tx, std::slice::from_ref(i), now).await
}

/// Upserts many initiatives by slug inside a caller's transaction, for bulk loads: a few
/// multi-row statements per batch of initiatives instead of a dozen statements each. When a
/// slug comes more than once, the last record wins, as if they were written one by one.
pub async fn upsert_many_in(tx: &mut Tx, initiatives: &[Initiative], now: &str) -> Result<()> {
    let mut last: HashMap<&str, usize> = HashMap::new();
    for (n, i) in initiatives.iter().enumerate() {
        last.insert(i.slug.as_str(), n);
    }
    let unique: Vec<&Initiative> = initiatives
        .iter()
        .enumerate()
        .filter(|(n, i)| last.get(i.slug.as_str()) == Some(n))
        .map(|(_, i)| i)
        .collect();
    // A bulk load on SQLite touches more pages than the default 2 MB page cache holds: the
    // cache then spills pages into the WAL mid-transaction and reads them back, which took
    // a third of an import's time. A larger cache for the load only, then back to what the
    // connection had (its own setting, not SQLite's default).
    let bulk = tx.backend() == crate::Backend::Sqlite && unique.len() > BULK_FROM;
    let cache_before = if bulk {
        let before = tx
            .fetch_one::<CacheSizeRow>(Sql::new("PRAGMA cache_size"))
            .await?;
        tx.execute(Sql::new("PRAGMA cache_size = -524288")).await?;
        Some(before.cache_size)
    } else {
        None
    };
    // How many initiatives there are before a large load on SQLite, the only backend that
    // uses the count (a single edit need not ask).
    let sqlite = tx.backend() == crate::Backend::Sqlite;
    let there = if sqlite && unique.len() >= REBUILD_FROM {
        Some(
            tx.count(Sql::new("SELECT COUNT(*) AS n FROM initiatives"))
                .await?,
        )
    } else {
        None
    };
    // Into an empty directory every row is new, and no list rows can be there to replace:
    // the foreign keys (on in every connection) keep no list row whose initiative is gone.
    // The load then skips deleting them, a lookup per row of each list table that finds
    // nothing. Only on SQLite, whose transactions take the write lock when they begin
    // (`BEGIN IMMEDIATE`), so the count holds until the commit; on PostgreSQL another
    // server could commit an initiative of the same slug, with its lists, after the count.
    let lists = if there == Some(0) {
        Lists::New
    } else {
        Lists::Replace
    };
    let rebuild = match there {
        Some(there) if bulk => set_aside_indexes(tx, unique.len(), there).await?,
        _ => Vec::new(),
    };
    // A large load into an empty directory, with no initiative in the search index either,
    // chooses its rows' ids itself and builds its statements ahead (see `load_new`).
    let new_documents_from = if bulk && lists == Lists::New {
        crate::search::first_free_id(tx, sparks_search::DocType::Initiative).await?
    } else {
        None
    };
    match new_documents_from {
        Some(first_document) => load_new(tx, &unique, first_document, now).await?,
        None => load(tx, &unique, now, lists).await?,
    }
    for index in rebuild {
        tx.execute(Sql::new(&index.sql)).await?;
    }
    if let Some(before) = cache_before {
        tx.execute(Sql::new(&format!("PRAGMA cache_size = {before}")))
            .await?;
    }
    if !unique.is_empty() {
        crate::versions::bump(tx, crate::DataKind::Initiatives).await?;
    }
    Ok(())
}

/// Writes initiatives, each new or replacing the one of its slug, and their search
/// documents, in groups of [`GROUP`].
async fn load(tx: &mut Tx, unique: &[&Initiative], now: &str, lists: Lists) -> Result<()> {
    // Each group's search documents are analyzed on another thread while the database
    // writes the group before (and then this group's initiatives): the analyzer's stemming
    // is most of a load's work outside the database, which would otherwise wait for it.
    let groups: Vec<&[&Initiative]> = unique.chunks(GROUP).collect();
    let mut next = groups.first().map(|g| analyze_ahead(g));
    let mut statistics = PlannerStatistics::for_load(tx.backend(), unique.len());
    for (n, group) in groups.iter().enumerate() {
        let current = next.take();
        next = groups.get(n + 1).map(|g| analyze_ahead(g));
        for chunk in group.chunks(BATCH) {
            upsert_chunk(tx, chunk, now, lists).await?;
        }
        if let Some(current) = current {
            crate::search::index_analyzed_in(tx, current.await?, now).await?;
        }
        statistics.loaded(tx, group.len()).await?;
    }
    Ok(())
}

/// Writes initiatives into an empty directory on SQLite, with their search documents (none
/// of which is in the index), under ids it chooses: the initiatives' from the first free
/// one, the documents' from `first_document`, each in the order of `unique`, as SQLite
/// would have given them. Nothing then waits for a `RETURNING`: each group's statements
/// (and its analysis) are built on another thread while the database runs the group
/// before. SQLite's single writer is a large load's critical path; with [`load`] it sat
/// idle while the next statement was built, about a third of the time. The rows written
/// are those [`load`] writes (a test compares them); the transaction holds the write lock
/// from its start, so the directory stays empty and the ids free until it commits.
async fn load_new(
    tx: &mut Tx,
    unique: &[&Initiative],
    first_document: i64,
    now: &str,
) -> Result<()> {
    let first_initiative = tx
        .count(Sql::new(
            "SELECT COALESCE(MAX(id), 0) + 1 AS n FROM initiatives",
        ))
        .await?;
    let groups: Vec<&[&Initiative]> = unique.chunks(GROUP).collect();
    let build = |n: usize| {
        let group: Vec<Initiative> = groups[n].iter().map(|i| (*i).clone()).collect();
        let offset = (n * GROUP) as i64;
        let now = now.to_owned();
        joined(tokio::task::spawn_blocking(move || {
            new_group(
                &group,
                first_initiative + offset,
                first_document + offset,
                &now,
            )
        }))
    };
    let mut next = (!groups.is_empty()).then(|| build(0));
    let mut held = crate::search::TermDeltas::new();
    for n in 0..groups.len() {
        let Some(current) = next.take() else { break };
        let current = current.await??;
        next = (n + 1 < groups.len()).then(|| build(n + 1));
        for statement in current.statements {
            tx.conn().execute_ready(statement).await?;
        }
        tx.note_search_changes(current.documents.ids);
        for (term, count) in current.documents.held {
            *held.entry(term).or_default() += count;
        }
    }
    crate::search::apply_term_deltas(tx, &held).await
}

/// The statements that write a group of new initiatives (see [`load_new`]).
struct NewGroup {
    /// To run in order: per [`BATCH`] initiatives, their rows and their lists; then the
    /// group's search documents. Made ready for SQLite here, off the task that runs them.
    statements: Vec<crate::db::SqliteReady>,
    documents: crate::search::NewDocuments,
}

/// Builds the statements that write `group` under the ids from `first_initiative`, and
/// their search documents under those from `first_document`.
fn new_group(
    group: &[Initiative],
    first_initiative: i64,
    first_document: i64,
    now: &str,
) -> Result<NewGroup> {
    let mut statements = Vec::new();
    let ids: Vec<i64> = (first_initiative..).take(group.len()).collect();
    for (chunk, ids) in group.chunks(BATCH).zip(ids.chunks(BATCH)) {
        let mut insert = Sql::new(&format!("INSERT INTO initiatives (id, {COLUMNS}) VALUES "));
        for (id, i) in ids.iter().zip(chunk) {
            push_values(
                &mut insert,
                std::iter::once(crate::Arg::from(*id)).chain(row_values(i, now)?),
            );
        }
        statements.push(insert);
        let rows = ListRows::of(ids.iter().copied().zip(chunk));
        statements.extend(row_inserts(PILLARS_INSERT, rows.pillars));
        statements.extend(row_inserts(COUNTRIES_INSERT, rows.countries));
        statements.extend(row_inserts(TOPICS_INSERT, rows.topics));
    }
    let docs: Vec<sparks_search::SearchDocument> = group
        .iter()
        .map(sparks_search::SearchDocument::from_initiative)
        .collect();
    let mut documents = crate::search::new_documents(&docs, first_document, now);
    statements.append(&mut documents.statements);
    Ok(NewGroup {
        statements: statements
            .into_iter()
            .map(crate::db::SqliteReady::new)
            .collect::<Result<_>>()?,
        documents,
    })
}

/// The result of a blocking task: its panic goes on, its cancellation (the runtime shutting
/// down) is an error.
async fn joined<T>(handle: tokio::task::JoinHandle<T>) -> Result<T> {
    match handle.await {
        Ok(done) => Ok(done),
        Err(e) => match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(_) => Err(StoreError::Unsupported(
                "a load's work was cancelled: the runtime is shutting down",
            )),
        },
    }
}

/// On PostgreSQL, the planner's statistics of the tables a large load writes, renewed as
/// they grow. Why: a load's lookups (a batch's former search terms by slug, the link rows
/// it replaces by id) are planned from statistics taken when the tables were small or
/// empty; the planner then scans every row written so far for each batch, and a load of
/// 100,000 spent most of its 140 s in those scans (715 records/s). `ANALYZE` inside the
/// load's transaction samples its own new rows too, so each time the load has doubled the
/// tables the plans use their indexes again. SQLite plans these lookups by their keys
/// without statistics.
struct PlannerStatistics {
    /// Rows loaded so far, and the count at which to analyze next (`None`: never).
    loaded: usize,
    next: Option<usize>,
}

impl PlannerStatistics {
    fn for_load(backend: crate::Backend, size: usize) -> Self {
        let large = backend == crate::Backend::Postgres && size >= REBUILD_FROM;
        PlannerStatistics {
            loaded: 0,
            next: large.then_some(GROUP),
        }
    }

    async fn loaded(&mut self, tx: &mut Tx, rows: usize) -> Result<()> {
        self.loaded += rows;
        let Some(next) = self.next else {
            return Ok(());
        };
        if self.loaded >= next {
            tx.execute(Sql::new(
                "ANALYZE initiatives, initiative_pillars, initiative_countries, \
                 initiative_topics, search_documents, search_facets, search_terms",
            ))
            .await?;
            self.next = Some(self.loaded.saturating_mul(2));
        }
        Ok(())
    }
}

/// A group's search documents, analyzed on a blocking thread unless there are only a few
/// (a single edit should not wait for a thread).
fn analyze_ahead(
    group: &[&Initiative],
) -> impl std::future::Future<Output = Result<crate::search::Analyzed>> + use<> {
    let docs: Vec<sparks_search::SearchDocument> = group
        .iter()
        .map(|i| sparks_search::SearchDocument::from_initiative(i))
        .collect();
    let task = if docs.len() < ANALYZE_AHEAD_FROM {
        Err(crate::search::Analyzed::new(docs))
    } else {
        Ok(tokio::task::spawn_blocking(move || {
            crate::search::Analyzed::new(docs)
        }))
    };
    async move {
        match task {
            Err(ready) => Ok(ready),
            Ok(handle) => joined(handle).await,
        }
    }
}

/// Groups smaller than this are analyzed where they are written.
const ANALYZE_AHEAD_FROM: usize = 64;

/// The tables a bulk load writes, whose secondary indexes it may set aside.
const LOADED_TABLES: &str = "'initiatives', 'initiative_pillars', 'initiative_countries', \
     'initiative_topics', 'search_documents', 'search_facets'";

/// Loads at least this large (and at least as large as what is there) rebuild the indexes.
const REBUILD_FROM: usize = 1_000;

#[derive(sqlx::FromRow)]
struct IndexRow {
    name: String,
    sql: String,
}

/// On SQLite, for a load (of at least [`REBUILD_FROM`], which the caller checks) at least
/// as large as the directory it goes into (`there` initiatives): drops the secondary indexes
/// of the tables it writes (their `CREATE INDEX` statements are returned, to run again at
/// the end of the load). Inserting 100,000 rows key by key into a dozen
/// indexes cost more than half of a large import's database time; building an index once
/// from a sort costs a fraction of that. Only indexes with a statement of their own go:
/// primary keys and `UNIQUE` constraints stay, and the load's own lookups use nothing else.
/// All in the load's transaction, so other connections never see the indexes missing, and
/// a load killed half-way leaves them as they were.
async fn set_aside_indexes(tx: &mut Tx, loading: usize, there: i64) -> Result<Vec<IndexRow>> {
    if usize::try_from(there).unwrap_or(usize::MAX) > loading {
        return Ok(Vec::new());
    }
    let indexes: Vec<IndexRow> = tx
        .fetch_all(Sql::new(&format!(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL \
             AND tbl_name IN ({LOADED_TABLES}) ORDER BY name"
        )))
        .await?;
    for index in &indexes {
        tx.execute(Sql::new(&format!(
            "DROP INDEX \"{}\"",
            index.name.replace('"', "\"\"")
        )))
        .await?;
    }
    Ok(indexes)
}

/// One initiative's row of values for an `INSERT INTO initiatives` statement, in the
/// column order of [`COLUMNS`].
fn row_values(i: &Initiative, now: &str) -> Result<[crate::Arg; 26]> {
    let details = Details {
        sources: i.sources.iter().map(ToString::to_string).collect(),
        field_sources: i.field_sources.clone(),
        sparks_urls: i.sparks_urls.iter().map(ToString::to_string).collect(),
        partners: i.partners.clone(),
    };
    let details =
        serde_json::to_string(&details).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let values: [crate::Arg; 26] = [
        i.slug.clone().into(),
        i.acronym.clone().into(),
        i.title.clone().into(),
        i.summary.clone().into(),
        i.kind.slug().into(),
        i.programme.slug().into(),
        i.programme_original.clone().into(),
        i.grant_id.clone().into(),
        i.start_date.map(|d| d.to_string()).into(),
        i.end_date.map(|d| d.to_string()).into(),
        i.start_date.map(|d| iso_day(d.first_day())).into(),
        i.end_date.map(|d| iso_day(d.last_day())).into(),
        i.start_date.map(|d| i64::from(d.year())).into(),
        i.coordinator.clone().into(),
        i.coordinator_country.map(|c| c.code().to_owned()).into(),
        i.website.as_ref().map(ToString::to_string).into(),
        i.cordis_url.as_ref().map(ToString::to_string).into(),
        i.eu_contribution_eur.into(),
        i.notes.clone().into(),
        i.featured.into(),
        details.into(),
        sort_key(&i.acronym).into(),
        now.into(),
        now.into(),
        i.status_claim
            .as_ref()
            .map(|c| c.status.slug().to_owned())
            .into(),
        i.status_claim.as_ref().map(|c| c.source.to_string()).into(),
    ];
    Ok(values)
}

/// Appends `(p1, p2, ...)` to a multi-row `VALUES` list, with a comma before all but the
/// first row.
fn push_values(sql: &mut Sql, values: impl IntoIterator<Item = crate::Arg>) {
    sql.push_row(sql.args.is_empty(), values);
}

/// Inserts many rows of one child table, `N` values per row, in statements of [`ROW_BATCH`].
async fn insert_rows<const N: usize>(
    tx: &mut Tx,
    head: &str,
    rows: Vec<[crate::Arg; N]>,
) -> Result<()> {
    // On PostgreSQL one COPY: the rows were just deleted, so none can conflict.
    if tx.backend() == crate::Backend::Postgres {
        let target = head
            .trim_start_matches("INSERT INTO ")
            .trim_end()
            .trim_end_matches("VALUES")
            .trim_end();
        tx.copy_in(target, rows).await?;
        return Ok(());
    }
    for ins in row_inserts(head, rows) {
        tx.execute(ins).await?;
    }
    Ok(())
}

/// Multi-row `INSERT`s of [`ROW_BATCH`] rows each, for SQLite.
fn row_inserts<const N: usize>(head: &str, rows: Vec<[crate::Arg; N]>) -> Vec<Sql> {
    let mut inserts = Vec::new();
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut ins = Sql::new(head);
        for row in rows.by_ref().take(ROW_BATCH) {
            push_values(&mut ins, row);
        }
        inserts.push(ins);
    }
    inserts
}

/// Whether the initiatives a load writes may have list rows (pillars, countries, topics)
/// to replace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lists {
    /// Some may exist already: delete them before writing the new ones.
    Replace,
    /// Every initiative is new: there are none.
    New,
}

async fn upsert_chunk(tx: &mut Tx, chunk: &[&Initiative], now: &str, lists: Lists) -> Result<()> {
    let mut sql = Sql::new(&format!("INSERT INTO initiatives ({COLUMNS}) VALUES "));
    for i in chunk {
        push_values(&mut sql, row_values(i, now)?);
    }
    sql.push(
        " ON CONFLICT (slug) DO UPDATE SET acronym = excluded.acronym, title = excluded.title, \
         summary = excluded.summary, kind = excluded.kind, programme = excluded.programme, \
         programme_original = excluded.programme_original, grant_id = excluded.grant_id, \
         start_date = excluded.start_date, end_date = excluded.end_date, \
         start_bound = excluded.start_bound, end_bound = excluded.end_bound, \
         start_year = excluded.start_year, coordinator = excluded.coordinator, \
         coordinator_country = excluded.coordinator_country, website = excluded.website, \
         cordis_url = excluded.cordis_url, eu_contribution_eur = excluded.eu_contribution_eur, \
         notes = excluded.notes, featured = excluded.featured, details = excluded.details, \
         sort_key = excluded.sort_key, \
         updated_at = excluded.updated_at, declared_status = excluded.declared_status, \
         declared_status_source = excluded.declared_status_source RETURNING id, slug",
    );
    let ids: HashMap<String, i64> = tx
        .fetch_all::<IdRow>(sql)
        .await?
        .into_iter()
        .map(|r| (r.slug, r.id))
        .collect();
    // In the order of `chunk`, which RETURNING does not promise to keep.
    let ids: Vec<i64> = chunk
        .iter()
        .map(|i| {
            ids.get(&i.slug)
                .copied()
                .ok_or_else(|| StoreError::Corrupt(format!("no row written for {}", i.slug)))
        })
        .collect::<Result<_>>()?;

    let replaced = match lists {
        Lists::Replace => &[
            "initiative_pillars",
            "initiative_countries",
            "initiative_topics",
        ][..],
        Lists::New => &[],
    };
    for table in replaced {
        let mut del = Sql::new(&format!("DELETE FROM {table} WHERE initiative_id IN "));
        del.push_in_list(ids.iter().copied());
        tx.execute(del).await?;
    }
    let rows = ListRows::of(ids.iter().copied().zip(chunk.iter().copied()));
    insert_rows(tx, PILLARS_INSERT, rows.pillars).await?;
    insert_rows(tx, COUNTRIES_INSERT, rows.countries).await?;
    insert_rows(tx, TOPICS_INSERT, rows.topics).await
}

/// The columns of an initiative's row, in the order of [`row_values`].
const COLUMNS: &str = "slug, acronym, title, summary, kind, programme, programme_original, \
     grant_id, start_date, end_date, start_bound, end_bound, start_year, coordinator, \
     coordinator_country, website, cordis_url, eu_contribution_eur, notes, featured, details, \
     sort_key, created_at, updated_at, declared_status, declared_status_source";

const PILLARS_INSERT: &str = "INSERT INTO initiative_pillars (initiative_id, pillar) VALUES ";
const COUNTRIES_INSERT: &str =
    "INSERT INTO initiative_countries (initiative_id, country, role, position) VALUES ";
const TOPICS_INSERT: &str =
    "INSERT INTO initiative_topics (initiative_id, position, topic) VALUES ";

/// The rows of initiatives' lists: pillars, countries (the coordinator's first), topics.
struct ListRows {
    pillars: Vec<[crate::Arg; 2]>,
    countries: Vec<[crate::Arg; 4]>,
    topics: Vec<[crate::Arg; 3]>,
}

impl ListRows {
    /// The list rows of initiatives given with their ids.
    fn of<'a>(initiatives: impl Iterator<Item = (i64, &'a Initiative)>) -> ListRows {
        let mut rows = ListRows {
            pillars: Vec::new(),
            countries: Vec::new(),
            topics: Vec::new(),
        };
        for (id, i) in initiatives {
            for p in &i.pillars {
                rows.pillars.push([id.into(), p.slug().into()]);
            }
            let all = i
                .coordinator_country
                .iter()
                .map(|c| (c, "coordinator"))
                .chain(i.partner_countries.iter().map(|c| (c, "partner")));
            for (position, (country, role)) in all.enumerate() {
                rows.countries.push([
                    id.into(),
                    country.code().into(),
                    role.into(),
                    (position as i64).into(),
                ]);
            }
            for (position, topic) in i.topics.iter().enumerate() {
                rows.topics
                    .push([id.into(), (position as i64).into(), topic.as_str().into()]);
            }
        }
        rows
    }
}

/// The key the directory sorts by: the acronym folded to lower-case ASCII, so that both
/// backends order alike.
pub(crate) fn sort_key(acronym: &str) -> String {
    let folded = sparks_core::slug::slugify(acronym);
    if folded.is_empty() {
        acronym.to_lowercase()
    } else {
        folded
    }
}

#[derive(sqlx::FromRow)]
struct InitiativeRow {
    id: i64,
    slug: String,
    acronym: String,
    title: String,
    summary: String,
    kind: String,
    programme: String,
    programme_original: Option<String>,
    grant_id: Option<String>,
    start_date: Option<String>,
    end_date: Option<String>,
    coordinator: Option<String>,
    website: Option<String>,
    cordis_url: Option<String>,
    eu_contribution_eur: Option<i64>,
    notes: Option<String>,
    featured: bool,
    details: String,
    declared_status: Option<String>,
    declared_status_source: Option<String>,
}

#[derive(sqlx::FromRow)]
struct CountryRow {
    initiative_id: i64,
    country: String,
    role: String,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    initiative_id: i64,
    value: String,
}

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

fn parse_date(v: Option<String>) -> Result<Option<PartialDate>> {
    v.map(|s| s.parse().map_err(|e| corrupt("date", e)))
        .transpose()
}

fn parse_url(v: Option<String>) -> Result<Option<url::Url>> {
    v.map(|s| url::Url::parse(&s).map_err(|e| corrupt("url", e)))
        .transpose()
}

/// The initiative with this slug, if there is one.
pub async fn get(db: &Db, slug: &str) -> Result<Option<Initiative>> {
    get_on(&mut db.lease().await?.conn(), slug).await
}

/// The initiative with this slug, read on `conn` (inside a transaction, say).
pub(crate) async fn get_on(conn: &mut Conn<'_>, slug: &str) -> Result<Option<Initiative>> {
    let mut sql = Sql::new(
        "SELECT id, slug, acronym, title, summary, kind, programme, programme_original, grant_id, \
         start_date, end_date, coordinator, website, cordis_url, eu_contribution_eur, notes, \
         featured, details, declared_status, declared_status_source FROM initiatives WHERE slug = ",
    );
    sql.push_arg(slug);
    let Some(row) = conn.fetch_optional::<InitiativeRow>(sql).await? else {
        return Ok(None);
    };
    let mut all = hydrate(conn, vec![row]).await?;
    Ok(all.pop())
}

/// Every initiative, by slug: for export.
pub async fn all(db: &Db) -> Result<Vec<Initiative>> {
    let sql = Sql::new(
        "SELECT id, slug, acronym, title, summary, kind, programme, programme_original, grant_id, \
         start_date, end_date, coordinator, website, cordis_url, eu_contribution_eur, notes, \
         featured, details, declared_status, declared_status_source FROM initiatives ORDER BY slug",
    );
    let mut lease = db.lease().await?;
    let mut conn = lease.conn();
    let rows = conn.fetch_all::<InitiativeRow>(sql).await?;
    hydrate(&mut conn, rows).await
}

/// Turns rows into full initiatives, a slice at a time: each slice's lists come in one query
/// per table, with its ids as arguments, and SQLite takes at most 32,766 arguments in a
/// statement (PostgreSQL 65,535). Without slices every caller of [`all`] failed beyond that.
async fn hydrate(conn: &mut Conn<'_>, rows: Vec<InitiativeRow>) -> Result<Vec<Initiative>> {
    let mut out = Vec::with_capacity(rows.len());
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let slice: Vec<InitiativeRow> = rows.by_ref().take(HYDRATE_SLICE).collect();
        out.extend(hydrate_slice(conn, slice).await?);
    }
    Ok(out)
}

/// How many initiatives [`hydrate`] completes per query.
const HYDRATE_SLICE: usize = 10_000;

/// Turns rows into full initiatives, loading their lists in one query per table.
async fn hydrate_slice(conn: &mut Conn<'_>, rows: Vec<InitiativeRow>) -> Result<Vec<Initiative>> {
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let pillars = pillars_of(conn, &ids).await?;
    let countries = countries_of(conn, &ids).await?;
    let mut topics: HashMap<i64, Vec<String>> = HashMap::new();
    let mut sql = Sql::new(
        "SELECT initiative_id, topic AS value FROM initiative_topics WHERE initiative_id IN ",
    );
    sql.push_in_list(ids.iter().copied())
        .push(" ORDER BY initiative_id, position");
    for r in conn.fetch_all::<ValueRow>(sql).await? {
        topics.entry(r.initiative_id).or_default().push(r.value);
    }

    rows.into_iter()
        .map(|row| {
            let details: Details =
                serde_json::from_str(&row.details).map_err(|e| corrupt("details", e))?;
            let urls = |v: Vec<String>| -> Result<Vec<url::Url>> {
                v.iter()
                    .map(|s| url::Url::parse(s).map_err(|e| corrupt("url", e)))
                    .collect()
            };
            let (coordinator_country, partner_countries) =
                countries.get(&row.id).cloned().unwrap_or_default();
            Ok(Initiative {
                kind: row.kind.parse().map_err(|e| corrupt("kind", e))?,
                programme: row.programme.parse().map_err(|e| corrupt("programme", e))?,
                start_date: parse_date(row.start_date)?,
                end_date: parse_date(row.end_date)?,
                website: parse_url(row.website)?,
                cordis_url: parse_url(row.cordis_url)?,
                sources: urls(details.sources)?,
                sparks_urls: urls(details.sparks_urls)?,
                field_sources: details.field_sources,
                partners: details.partners,
                pillars: pillars.get(&row.id).cloned().unwrap_or_default(),
                topics: topics.remove(&row.id).unwrap_or_default(),
                coordinator_country,
                partner_countries,
                slug: row.slug,
                acronym: row.acronym,
                title: row.title,
                summary: row.summary,
                programme_original: row.programme_original,
                grant_id: row.grant_id,
                coordinator: row.coordinator,
                eu_contribution_eur: row.eu_contribution_eur,
                notes: row.notes,
                featured: row.featured,
                status_claim: match (row.declared_status, row.declared_status_source) {
                    (Some(status), Some(source)) => Some(Box::new(sparks_core::StatusClaim {
                        status: status.parse().map_err(|e| corrupt("declared_status", e))?,
                        source: url::Url::parse(&source)
                            .map_err(|e| corrupt("declared_status_source", e))?,
                    })),
                    _ => None,
                },
            })
        })
        .collect()
}

async fn pillars_of(conn: &mut Conn<'_>, ids: &[i64]) -> Result<HashMap<i64, Vec<Pillar>>> {
    let mut sql = Sql::new(
        "SELECT initiative_id, pillar AS value FROM initiative_pillars WHERE initiative_id IN ",
    );
    sql.push_in_list(ids.iter().copied());
    let mut map: HashMap<i64, Vec<Pillar>> = HashMap::new();
    for r in conn.fetch_all::<ValueRow>(sql).await? {
        map.entry(r.initiative_id)
            .or_default()
            .push(r.value.parse().map_err(|e| corrupt("pillar", e))?);
    }
    for pillars in map.values_mut() {
        pillars.sort();
    }
    Ok(map)
}

/// Coordinator country and partner countries per initiative, in their recorded order.
async fn countries_of(
    conn: &mut Conn<'_>,
    ids: &[i64],
) -> Result<HashMap<i64, (Option<Country>, Vec<Country>)>> {
    let mut sql = Sql::new(
        "SELECT initiative_id, country, role FROM initiative_countries WHERE initiative_id IN ",
    );
    sql.push_in_list(ids.iter().copied())
        .push(" ORDER BY initiative_id, position");
    let mut map: HashMap<i64, (Option<Country>, Vec<Country>)> = HashMap::new();
    for r in conn.fetch_all::<CountryRow>(sql).await? {
        let country = Country::from_code(&r.country).map_err(|e| corrupt("country", e))?;
        let entry = map.entry(r.initiative_id).or_default();
        if r.role == "coordinator" {
            entry.0 = Some(country);
        } else {
            entry.1.push(country);
        }
    }
    Ok(map)
}

/// How many initiatives there are in all.
pub async fn count(db: &Db) -> Result<u64> {
    let n = db
        .count(Sql::new("SELECT COUNT(*) AS n FROM initiatives"))
        .await?;
    Ok(u64::try_from(n).unwrap_or(0))
}
