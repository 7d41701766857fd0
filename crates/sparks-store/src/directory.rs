//! The directory index: everything the directory filters, sorts and counts by, for every
//! initiative, held in memory and computed in Rust.
//!
//! Why: facet counts are `GROUP BY`s over every matching row, and `OFFSET` pagination walks
//! every skipped row; in SQL both grow with the data (a second per page at 10,000
//! initiatives). Here one pass over compact entries filters, counts every facet and pages,
//! in about a millisecond at 100,000, on SQLite and PostgreSQL alike.
//!
//! The database stays the source of truth. An index remembers the data version it was
//! loaded at (see [`crate::versions`]); whoever holds one checks the version per request and
//! reloads after any write, through any server.

use std::collections::HashMap;

use sparks_core::{
    Country, DeclaredStatus, FacetCount, Facets, InitiativeKind, InitiativeSummary, Page,
    PartialDate, Pillar, Programme, Status,
};
use time::Date;

use crate::bitset::{DocSet, contains, empty_set, insert, intersection, remove};
use crate::initiatives::{InitiativeFilter, InitiativeQuery, Sort};
use crate::landscape::{Cell, Counts};
use crate::versions;
use crate::{Db, Result, Sql, StoreError};

/// How many initiatives are read per query when loading.
const LOAD_SLICE: i64 = 5_000;

/// More initiatives written since an index's version than this, and it is loaded anew
/// rather than brought up to date (each costs a few queries).
const APPLIED_AT_MOST: usize = 64;

/// How many topics the topic facet lists at most: there are hundreds of rare ones.
const TOPIC_FACET_LIMIT: usize = 25;

/// One initiative as the directory needs it.
#[derive(Debug, Clone)]
struct Entry {
    id: i64,
    /// The texts, in one allocation: see [`EntryText`].
    text: EntryText,
    programme: Programme,
    kind: InitiativeKind,
    start_date: Option<PartialDate>,
    end_date: Option<PartialDate>,
    start_bound: Option<Date>,
    end_bound: Option<Date>,
    /// A status a source states, when editors recorded one.
    declared: Option<DeclaredStatus>,
    /// The EU contribution in whole euros, when recorded: the landscape sums it.
    eu_contribution_eur: Option<i64>,
    topics: Box<[u32]>,
    /// The facts below as small numbers, for counting in arrays instead of hash maps (and
    /// for memory: at 100,000 initiatives every byte per entry is 100 KB).
    pillar_bits: u8,
    programme_at: u8,
    kind_at: u8,
    /// Coordinator first, then partners in their order, each country once.
    country_ids: Box<[u16]>,
}

/// An entry's texts in one string, `slug acronym title summary rest`, with where each ends.
///
/// The text filter matches the stored search text, which is the lower-cased
/// `acronym title summary topics coordinator`. When the `acronym title summary` part is ASCII
/// and lower-cases to the search text's beginning (true of nearly every record), the rest of
/// the search text is kept after it and the filter matches the whole of `acronym..` without
/// regard to ASCII case: exactly the same answers, without keeping the summary twice (once
/// as written, once lower-cased), which was a third of the index at 100,000 initiatives.
/// Otherwise the whole search text follows the summary, in the same string (one allocation
/// and no pointer per entry for the rare case).
#[derive(Debug, Clone)]
struct EntryText {
    all: Box<str>,
    slug_end: u32,
    acronym_end: u32,
    title_end: u32,
    summary_end: u32,
    /// Whether the search text is `all[slug_end..]` folded to lower case; otherwise it is
    /// `all[summary_end..]` as stored.
    folded: bool,
}

impl EntryText {
    fn new(slug: &str, acronym: &str, title: &str, summary: &str, search_text: &str) -> Self {
        let shown = [acronym, title, summary].join(" ");
        let folded = shown.is_ascii()
            && search_text.len() >= shown.len()
            && search_text.as_bytes()[..shown.len()] == *shown.to_ascii_lowercase().as_bytes();
        let rest = if folded {
            &search_text[shown.len()..]
        } else {
            search_text
        };
        let mut all = String::with_capacity(slug.len() + shown.len() + rest.len());
        let mark = |all: &String| u32::try_from(all.len()).unwrap_or(u32::MAX);
        all.push_str(slug);
        let slug_end = mark(&all);
        all.push_str(acronym);
        let acronym_end = mark(&all);
        all.push(' ');
        all.push_str(title);
        let title_end = mark(&all);
        all.push(' ');
        all.push_str(summary);
        let summary_end = mark(&all);
        all.push_str(rest);
        EntryText {
            all: all.into_boxed_str(),
            slug_end,
            acronym_end,
            title_end,
            summary_end,
            folded,
        }
    }

    fn part(&self, from: u32, to: u32) -> &str {
        self.all.get(from as usize..to as usize).unwrap_or_default()
    }

    fn slug(&self) -> &str {
        self.part(0, self.slug_end)
    }

    fn acronym(&self) -> &str {
        self.part(self.slug_end, self.acronym_end)
    }

    fn title(&self) -> &str {
        self.part(self.acronym_end + 1, self.title_end)
    }

    fn summary(&self) -> &str {
        self.part(self.title_end + 1, self.summary_end)
    }

    /// Whether the search text contains `needle` (lower-cased, as the search text is).
    fn contains(&self, needle: &TextNeedle) -> bool {
        if !self.folded {
            let text = self
                .all
                .get(self.summary_end as usize..)
                .unwrap_or_default();
            return needle.exact.find(text.as_bytes()).is_some();
        }
        let folded = self.all.get(self.slug_end as usize..).unwrap_or_default();
        match &needle.ascii_folded {
            Some(matcher) => matcher.is_match(folded),
            None => needle
                .exact
                .find(folded.to_ascii_lowercase().as_bytes())
                .is_some(),
        }
    }
}

/// A text filter's lower-cased query, ready to match either form of [`EntryText`].
struct TextNeedle {
    exact: memchr::memmem::Finder<'static>,
    /// `None` only if the automaton could not be built (a needle beyond its limits): the
    /// text is then folded per entry, slower but the same answers.
    ascii_folded: Option<aho_corasick::AhoCorasick>,
}

impl TextNeedle {
    fn new(lowered: &str) -> TextNeedle {
        TextNeedle {
            exact: memchr::memmem::Finder::new(lowered.as_bytes()).into_owned(),
            ascii_folded: aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build([lowered])
                .ok(),
        }
    }
}

/// A country code as a number below 676 (`AA` = 0), to count countries in an array.
fn country_id(c: Country) -> u16 {
    let b = c.code().as_bytes();
    let letter =
        |i: usize| u16::from(b.get(i).copied().unwrap_or(b'A').saturating_sub(b'A')).min(25);
    letter(0) * 26 + letter(1)
}

/// The country a [`country_id`] stands for.
fn country_of(id: u16) -> Option<Country> {
    let letter = |n: u16| char::from(b'A' + u8::try_from(n).unwrap_or(0));
    let code: String = [letter(id / 26), letter(id % 26)].into_iter().collect();
    Country::from_code(&code).ok()
}

fn position_of<T: PartialEq>(all: &[T], value: &T) -> u8 {
    u8::try_from(all.iter().position(|x| x == value).unwrap_or(0)).unwrap_or(0)
}

impl Entry {
    /// An entry without its links (pillars, countries, topics), which come from other
    /// tables.
    fn from_row(r: Row) -> Result<Entry> {
        let parse_date = |v: Option<String>| -> Result<Option<PartialDate>> {
            v.map(|s| s.parse().map_err(|e| corrupt("date", e)))
                .transpose()
        };
        let start_date = parse_date(r.start_date)?;
        let end_date = parse_date(r.end_date)?;
        let programme: Programme = r.programme.parse().map_err(|e| corrupt("programme", e))?;
        let kind: InitiativeKind = r.kind.parse().map_err(|e| corrupt("kind", e))?;
        Ok(Entry {
            id: r.id,
            programme,
            kind,
            start_bound: start_date.map(PartialDate::first_day),
            end_bound: end_date.map(PartialDate::last_day),
            declared: r
                .declared_status
                .as_deref()
                .map(str::parse)
                .transpose()
                .map_err(|e| corrupt("declared_status", e))?,
            eu_contribution_eur: r.eu_contribution_eur,
            start_date,
            end_date,
            text: EntryText::new(
                &r.slug,
                &r.acronym,
                &r.title,
                &r.summary,
                &r.search_text.to_lowercase(),
            ),
            topics: Box::default(),
            pillar_bits: 0,
            programme_at: position_of(&Programme::ALL, &programme),
            kind_at: position_of(&InitiativeKind::ALL, &kind),
            country_ids: Box::default(),
        })
    }

    /// [`Status::derive`] on the precomputed bounds.
    fn status(&self, today: Date) -> Status {
        Status::from_bounds(self.start_bound, self.end_bound, self.declared, today)
    }

    fn summary(&self, today: Date) -> InitiativeSummary {
        InitiativeSummary {
            slug: self.text.slug().to_owned(),
            acronym: self.text.acronym().to_owned(),
            title: self.text.title().to_owned(),
            summary: self.text.summary().to_owned(),
            programme: self.programme,
            start_date: self.start_date,
            end_date: self.end_date,
            status: self.status(today),
            pillars: Pillar::ALL
                .iter()
                .enumerate()
                .filter(|(bit, _)| self.pillar_bits & (1 << bit) != 0)
                .map(|(_, p)| *p)
                .collect(),
            countries: self
                .country_ids
                .iter()
                .filter_map(|c| country_of(*c))
                .collect(),
        }
    }
}

/// The whole directory in memory, at one data version.
#[derive(Debug)]
pub struct DirectoryIndex {
    version: i64,
    /// The content version read with `version`: where [`DirectoryIndex::advance`] reads the
    /// change log from (see [`crate::search::SearchIndex::advance`]; an initiative's every
    /// write rewrites its search document, which the log lists).
    content_version: i64,
    entries: Vec<Entry>,
    /// Entry positions in each sort order, as `u32` like the sets' (half the memory of
    /// `usize`: 1.2 MB for the three at 100,000 initiatives).
    by_name: Vec<u32>,
    by_newest: Vec<u32>,
    by_recent: Vec<u32>,
    /// Lower-case topics; entries refer to them by position.
    topics: Vec<String>,
    topic_ids: HashMap<String, u32>,
    /// The entries in each pillar (by position in `Pillar::ALL`) and each country (by
    /// [`country_id`]): a pillar or country filter then touches only the entries it keeps,
    /// not all 100,000 in the order of the page.
    pillar_sets: Vec<DocSet>,
    country_sets: HashMap<u16, DocSet>,
    /// Facet counts already computed at this version: the same filters come back often
    /// (every unfiltered directory page, the home page, each pillar page).
    facet_memo: std::sync::Mutex<HashMap<(String, Date), Facets>>,
}

/// How many filters' facet counts one index remembers.
const FACET_MEMO_SIZE: usize = 512;

/// The columns of a [`Row`]. The free-text filter's text is put together here from the
/// fields it is made of ([`sparks_core::Initiative::search_text`] before folding: acronym,
/// title, summary, topics in their order, coordinator) rather than stored beside them: a
/// stored copy was a tenth of the database that every import wrote (issue #20).
const ROW_COLUMNS: &str = "id, slug, acronym, title, summary, programme, kind, start_date, \
     end_date, declared_status, eu_contribution_eur, created_at, \
     acronym || ' ' || title || ' ' || summary || COALESCE((SELECT ' ' || string_agg(t.topic, ' ' \
     ORDER BY t.position) FROM initiative_topics t WHERE t.initiative_id = initiatives.id), '') \
     || COALESCE(' ' || coordinator, '') AS search_text";

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    slug: String,
    acronym: String,
    title: String,
    summary: String,
    programme: String,
    kind: String,
    start_date: Option<String>,
    end_date: Option<String>,
    declared_status: Option<String>,
    eu_contribution_eur: Option<i64>,
    created_at: String,
    /// As the filter matches it, but not yet folded to lower case.
    search_text: String,
}

/// A changed search document: its type, and the initiative it stands for (if any).
#[derive(sqlx::FromRow)]
struct ChangedDocRow {
    doc_type: String,
    initiative_id: Option<i64>,
}

/// An initiative's values in one link table, joined.
#[derive(sqlx::FromRow)]
struct LinkRow {
    initiative_id: i64,
    value: String,
}

fn corrupt(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(format!("{what}: {e}"))
}

impl DirectoryIndex {
    /// Reads every initiative. The version is read first, so data written meanwhile can only
    /// make the index newer than its label, never older: the next check reloads it.
    pub async fn load(db: &Db) -> Result<DirectoryIndex> {
        let versions = versions::snapshot(db).await?;
        let mut index = DirectoryIndex {
            version: versions.initiatives,
            content_version: versions.content,
            entries: Vec::new(),
            by_name: Vec::new(),
            by_newest: Vec::new(),
            by_recent: Vec::new(),
            topics: Vec::new(),
            topic_ids: HashMap::new(),
            pillar_sets: Vec::new(),
            country_sets: HashMap::new(),
            facet_memo: std::sync::Mutex::new(HashMap::new()),
        };
        // Sized once: growing by doubling would hold the old and new arrays at once, and
        // leave up to half of the last one unused.
        let count = usize::try_from(crate::initiatives::count(db).await?).unwrap_or(0);
        index.entries.reserve_exact(count);
        let mut created: Vec<String> = Vec::with_capacity(count);
        // Read in slices of initiatives, so that the rows in flight (the link tables have
        // several per initiative) never outweigh the index itself.
        let mut after = i64::MIN;
        loop {
            let mut sql = Sql::new(&format!(
                "SELECT {ROW_COLUMNS} FROM initiatives WHERE id > "
            ));
            sql.push_arg(after)
                .push(" ORDER BY id LIMIT ")
                .push_arg(LOAD_SLICE);
            let rows = db.fetch_all::<Row>(sql).await?;
            let (Some(first), Some(last)) = (rows.first(), rows.last()) else {
                break;
            };
            let (from, to) = (first.id, last.id);
            let slice_start = index.entries.len();
            for r in rows {
                created.push(r.created_at.clone());
                index.entries.push(Entry::from_row(r)?);
            }
            index.load_links(db, from, to, slice_start).await?;
            after = to;
        }
        index.entries.shrink_to_fit();
        index.sort_orders(&created);
        index.build_sets();
        Ok(index)
    }

    /// Adds pillars, countries and topics to the entries from `slice_start` on, which hold
    /// the initiatives with ids `from..=to`, in id order.
    async fn load_links(&mut self, db: &Db, from: i64, to: i64, slice_start: usize) -> Result<()> {
        // One row per initiative and table, its values joined in their order: a tenth of
        // the rows (and of their per-row cost) of one row per value.
        let links = |select: &str| {
            let mut sql = Sql::new(select);
            sql.push(" WHERE initiative_id >= ")
                .push_arg(from)
                .push(" AND initiative_id <= ")
                .push_arg(to)
                .push(" GROUP BY initiative_id");
            db.fetch_all::<LinkRow>(sql)
        };
        let pillars =
            links("SELECT initiative_id, string_agg(pillar, ',') AS value FROM initiative_pillars")
                .await?;
        // Coordinator first, then partners in their order.
        let countries = links(
            "SELECT initiative_id, string_agg(country, ',' ORDER BY \
             CASE WHEN role = 'coordinator' THEN 0 ELSE 1 END, position) AS value \
             FROM initiative_countries",
        )
        .await?;
        let topics = links(
            "SELECT initiative_id, string_agg(topic, '\n' ORDER BY position) AS value \
             FROM initiative_topics",
        )
        .await?;
        let slice = slice_start..self.entries.len();
        let position = |entries: &[Entry], id: i64| {
            entries[slice.clone()]
                .binary_search_by_key(&id, |e| e.id)
                .ok()
                .map(|at| slice.start + at)
        };
        for p in pillars {
            if let Some(at) = position(&self.entries, p.initiative_id) {
                for value in p.value.split(',') {
                    let pillar: Pillar = value.parse().map_err(|e| corrupt("pillar", e))?;
                    self.entries[at].pillar_bits |= 1 << position_of(&Pillar::ALL, &pillar);
                }
            }
        }
        for c in countries {
            if let Some(at) = position(&self.entries, c.initiative_id) {
                let mut list = Vec::new();
                for code in c.value.split(',') {
                    let country = Country::from_code(code).map_err(|e| corrupt("country", e))?;
                    let id = country_id(country);
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
                self.entries[at].country_ids = list.into_boxed_slice();
            }
        }
        for t in topics {
            if let Some(at) = position(&self.entries, t.initiative_id) {
                let mut list = Vec::new();
                for topic in t.value.split('\n') {
                    let id = self.topic_id(topic.to_lowercase());
                    if !list.contains(&id) {
                        list.push(id);
                    }
                }
                self.entries[at].topics = list.into_boxed_slice();
            }
        }
        Ok(())
    }

    /// Brings this index to the database's current version in place, by reading again just
    /// the initiatives written since (their search documents are in the change log): an
    /// edit or an addition costs a few queries instead of reading 100,000 rows. `false`
    /// when that is not possible (a removal, a large import, a log gap, a new id below the
    /// highest): the caller then loads a new index. Nothing is changed until every row
    /// needed has been read, so a failed read leaves the index as it was.
    pub async fn advance(&mut self, db: &Db) -> Result<bool> {
        let now = versions::snapshot(db).await?;
        let Some(changed) =
            crate::search::changed_documents(db, self.content_version, now.content).await?
        else {
            return Ok(false);
        };
        let ids = if changed.is_empty() {
            Vec::new()
        } else {
            let mut sql =
                Sql::new("SELECT d.doc_type, i.id AS initiative_id FROM search_documents d");
            sql.push(crate::search::INITIATIVE_JOIN)
                .push(" WHERE d.id IN ");
            sql.push_in_list(changed.iter().copied());
            let rows = db.fetch_all::<ChangedDocRow>(sql).await?;
            if rows.len() != changed.len()
                || rows
                    .iter()
                    .any(|r| r.doc_type == "initiative" && r.initiative_id.is_none())
            {
                // A document was removed (perhaps an initiative's): positions would shift.
                return Ok(false);
            }
            let mut ids: Vec<i64> = rows.iter().filter_map(|r| r.initiative_id).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        if ids.len() > APPLIED_AT_MOST {
            return Ok(false);
        }
        // Read everything first.
        let mut fresh = DirectoryIndex {
            version: now.initiatives,
            content_version: now.content,
            entries: Vec::with_capacity(ids.len()),
            by_name: Vec::new(),
            by_newest: Vec::new(),
            by_recent: Vec::new(),
            topics: std::mem::take(&mut self.topics),
            topic_ids: std::mem::take(&mut self.topic_ids),
            pillar_sets: Vec::new(),
            country_sets: HashMap::new(),
            facet_memo: std::sync::Mutex::new(HashMap::new()),
        };
        let last = self.entries.last().map_or(i64::MIN, |e| e.id);
        let read = fresh.read_entries(db, &ids, last).await;
        // The topics (perhaps with new ones) go back whatever happened.
        self.topics = std::mem::take(&mut fresh.topics);
        self.topic_ids = std::mem::take(&mut fresh.topic_ids);
        let recent_positions = read?;
        let mut places = Vec::with_capacity(fresh.entries.len());
        for e in &fresh.entries {
            match self.entries.binary_search_by_key(&e.id, |x| x.id) {
                Ok(at) => places.push(Some(at)),
                Err(_) if e.id > last => places.push(None),
                Err(_) => return Ok(false),
            }
        }
        // Then change the index, with nothing left to fail.
        for ((entry, place), recent_at) in
            fresh.entries.into_iter().zip(places).zip(recent_positions)
        {
            self.put(entry, place, recent_at);
        }
        self.version = now.initiatives;
        self.content_version = now.content;
        if let Ok(mut memo) = self.facet_memo.lock() {
            memo.clear();
        }
        Ok(true)
    }

    /// Reads the initiatives `ids` (ascending) with their links into `self.entries`, and
    /// gives for each one newer than `last` its place in newest-added order among the
    /// initiatives with lower ids (0 for the others, which keep their place).
    async fn read_entries(&mut self, db: &Db, ids: &[i64], last: i64) -> Result<Vec<usize>> {
        let mut places = Vec::with_capacity(ids.len());
        if ids.is_empty() {
            return Ok(places);
        }
        let mut sql = Sql::new(&format!(
            "SELECT {ROW_COLUMNS} FROM initiatives WHERE id IN "
        ));
        sql.push_in_list(ids.iter().copied()).push(" ORDER BY id");
        for r in db.fetch_all::<Row>(sql).await? {
            let place = if r.id > last {
                // Newer first, then higher ids first: those before it among lower ids.
                let mut count = Sql::new("SELECT COUNT(*) AS n FROM initiatives WHERE id < ");
                count
                    .push_arg(r.id)
                    .push(" AND created_at > ")
                    .push_arg(r.created_at.as_str());
                usize::try_from(db.count(count).await?).unwrap_or(usize::MAX)
            } else {
                0
            };
            places.push(place);
            let id = r.id;
            let slice_start = self.entries.len();
            self.entries.push(Entry::from_row(r)?);
            self.load_links(db, id, id, slice_start).await?;
        }
        Ok(places)
    }

    /// Puts `entry` at `place` (replacing the entry there) or after the last one, in every
    /// order and set; `recent_at` is its place in newest-added order (for a new entry).
    fn put(&mut self, entry: Entry, place: Option<usize>, recent_at: usize) {
        let at = match place {
            Some(at) => {
                self.by_name.retain(|&x| x as usize != at);
                self.by_newest.retain(|&x| x as usize != at);
                for set in self
                    .pillar_sets
                    .iter_mut()
                    .chain(self.country_sets.values_mut())
                {
                    remove(set, at as u32);
                }
                self.entries[at] = entry;
                at
            }
            None => {
                self.entries.push(entry);
                let at = self.entries.len() - 1;
                let words = self.entries.len().div_ceil(64);
                for set in self
                    .pillar_sets
                    .iter_mut()
                    .chain(self.country_sets.values_mut())
                {
                    set.resize(words, 0);
                }
                self.by_recent
                    .insert(recent_at.min(self.by_recent.len()), at as u32);
                at
            }
        };
        let entries = &self.entries;
        let e = &entries[at];
        let key = crate::initiatives::sort_key(e.text.acronym());
        let by_name = |x: &u32| {
            let o = &entries[*x as usize];
            crate::initiatives::sort_key(o.text.acronym())
                .cmp(&key)
                .then(o.id.cmp(&e.id))
        };
        let name_at = self.by_name.partition_point(|x| by_name(x).is_lt());
        let newest_at = self.by_newest.partition_point(|x| {
            let o = &entries[*x as usize];
            match (o.start_bound, e.start_bound) {
                (Some(a), Some(b)) => b.cmp(&a),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
            .then_with(|| by_name(x))
            .is_lt()
        });
        self.by_name.insert(name_at, at as u32);
        self.by_newest.insert(newest_at, at as u32);
        let len = self.entries.len();
        let e = &self.entries[at];
        for (bit, set) in self.pillar_sets.iter_mut().enumerate() {
            if e.pillar_bits & (1 << bit) != 0 {
                insert(set, at as u32);
            }
        }
        for c in &e.country_ids {
            insert(
                self.country_sets
                    .entry(*c)
                    .or_insert_with(|| empty_set(len)),
                at as u32,
            );
        }
    }

    fn build_sets(&mut self) {
        let len = self.entries.len();
        self.pillar_sets = vec![empty_set(len); Pillar::ALL.len()];
        for (at, e) in self.entries.iter().enumerate() {
            let at = at as u32;
            for (bit, set) in self.pillar_sets.iter_mut().enumerate() {
                if e.pillar_bits & (1 << bit) != 0 {
                    insert(set, at);
                }
            }
            for c in &e.country_ids {
                insert(
                    self.country_sets
                        .entry(*c)
                        .or_insert_with(|| empty_set(len)),
                    at,
                );
            }
        }
    }

    fn topic_id(&mut self, topic: String) -> u32 {
        if let Some(&id) = self.topic_ids.get(&topic) {
            return id;
        }
        let id = u32::try_from(self.topics.len()).unwrap_or(u32::MAX);
        self.topics.push(topic.clone());
        self.topic_ids.insert(topic, id);
        id
    }

    /// `created` holds each entry's creation time, by position.
    fn sort_orders(&mut self, created: &[String]) {
        let entries = &self.entries;
        let keys: Vec<String> = entries
            .iter()
            .map(|e| crate::initiatives::sort_key(e.text.acronym()))
            .collect();
        let positions = 0..u32::try_from(entries.len()).unwrap_or(u32::MAX);
        let mut by_name: Vec<u32> = positions.clone().collect();
        by_name.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            keys[a]
                .cmp(&keys[b])
                .then(entries[a].id.cmp(&entries[b].id))
        });
        let mut by_newest = by_name.clone();
        // Latest start first; undated last; ties in name order (the sort is stable).
        by_newest.sort_by(|&a, &b| {
            match (
                entries[a as usize].start_bound,
                entries[b as usize].start_bound,
            ) {
                (Some(x), Some(y)) => y.cmp(&x),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            }
        });
        let mut by_recent: Vec<u32> = positions.collect();
        by_recent.sort_by(|&a, &b| {
            let (a, b) = (a as usize, b as usize);
            created[b]
                .cmp(&created[a])
                .then(entries[b].id.cmp(&entries[a].id))
        });
        self.by_name = by_name;
        self.by_newest = by_newest;
        self.by_recent = by_recent;
    }

    /// The data version this index was loaded at.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// How many initiatives there are.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the directory is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// One page of the directory.
    pub fn list(&self, query: &InitiativeQuery, today: Date) -> Page<InitiativeSummary> {
        let order = match query.sort {
            Sort::Name => &self.by_name,
            Sort::Newest => &self.by_newest,
            Sort::Recent => &self.by_recent,
        };
        let per_page = query.per_page.max(1);
        let page = query.page.max(1);
        let skip = usize::try_from(u64::from(page - 1) * u64::from(per_page)).unwrap_or(usize::MAX);
        let take = usize::try_from(per_page).unwrap_or(usize::MAX);
        let matcher = Matcher::new(self, &query.filter, today);
        let mut total = 0_u64;
        let mut items = Vec::new();
        for &at in order {
            if matcher.allowed.as_ref().is_some_and(|a| !contains(a, at)) {
                continue;
            }
            let e = &self.entries[at as usize];
            if !matcher.matches(e) {
                continue;
            }
            let n = usize::try_from(total).unwrap_or(usize::MAX);
            if n >= skip && items.len() < take {
                items.push(e.summary(today));
            }
            total += 1;
        }
        Page {
            items,
            total,
            page,
            per_page,
        }
    }

    /// Counts per value of every facet, among the initiatives the filter selects.
    pub fn facets(&self, filter: &InitiativeFilter, today: Date) -> Facets {
        let key = (format!("{filter:?}"), today);
        if let Some(hit) = self
            .facet_memo
            .lock()
            .ok()
            .and_then(|m| m.get(&key).cloned())
        {
            return hit;
        }
        let facets = self.count_facets(filter, today);
        if let Ok(mut memo) = self.facet_memo.lock() {
            if memo.len() >= FACET_MEMO_SIZE {
                memo.clear();
            }
            memo.insert(key, facets.clone());
        }
        facets
    }

    fn count_facets(&self, filter: &InitiativeFilter, today: Date) -> Facets {
        let matcher = Matcher::new(self, filter, today);
        let mut pillars = [0_u64; Pillar::ALL.len()];
        let mut programmes = [0_u64; Programme::ALL.len()];
        let mut kinds = [0_u64; InitiativeKind::ALL.len()];
        let mut statuses = [0_u64; Status::ALL.len()];
        let mut countries = vec![0_u64; 26 * 26];
        let mut years: HashMap<i32, u64> = HashMap::new();
        let mut topics = vec![0_u64; self.topics.len()];
        for (_, e) in self.entries.iter().enumerate().filter(|(at, e)| {
            matcher
                .allowed
                .as_ref()
                .is_none_or(|a| contains(a, *at as u32))
                && matcher.matches(e)
        }) {
            for (bit, n) in pillars.iter_mut().enumerate() {
                if e.pillar_bits & (1 << bit) != 0 {
                    *n += 1;
                }
            }
            programmes[usize::from(e.programme_at)] += 1;
            kinds[usize::from(e.kind_at)] += 1;
            let status = e.status(today);
            statuses[usize::from(position_of(&Status::ALL, &status))] += 1;
            for &c in &e.country_ids {
                countries[usize::from(c)] += 1;
            }
            if let Some(d) = e.start_date {
                *years.entry(d.year()).or_default() += 1;
            }
            for &t in &e.topics {
                if let Some(n) = topics.get_mut(t as usize) {
                    *n += 1;
                }
            }
        }
        let counted = |values: Vec<(String, String, u64)>| -> Vec<FacetCount> {
            values
                .into_iter()
                .filter(|(_, _, n)| *n > 0)
                .map(|(value, label, count)| FacetCount {
                    value,
                    label,
                    count,
                })
                .collect()
        };
        let mut country_counts: Vec<FacetCount> = countries
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .filter_map(|(id, n)| {
                let letter = |n: usize| char::from(b'A' + u8::try_from(n).unwrap_or(0));
                let code: String = [letter(id / 26), letter(id % 26)].into_iter().collect();
                let c = Country::from_code(&code).ok()?;
                Some(FacetCount {
                    value: c.code().to_owned(),
                    label: c.name().to_owned(),
                    count: *n,
                })
            })
            .collect();
        country_counts.sort_by(|a, b| a.label.cmp(&b.label));
        let mut year_counts: Vec<(i32, u64)> = years.into_iter().collect();
        year_counts.sort_by_key(|(year, _)| std::cmp::Reverse(*year));
        let mut topic_counts: Vec<(usize, u64)> = topics
            .into_iter()
            .enumerate()
            .filter(|(_, n)| *n > 0)
            .collect();
        topic_counts.sort_by(|a, b| {
            b.1.cmp(&a.1)
                .then_with(|| self.topics[a.0].cmp(&self.topics[b.0]))
        });
        Facets {
            pillars: counted(
                Pillar::ALL
                    .iter()
                    .zip(pillars)
                    .map(|(p, n)| (p.slug().into(), p.label().into(), n))
                    .collect(),
            ),
            programmes: counted(
                Programme::ALL
                    .iter()
                    .zip(programmes)
                    .map(|(p, n)| (p.slug().into(), p.label().into(), n))
                    .collect(),
            ),
            kinds: counted(
                InitiativeKind::ALL
                    .iter()
                    .zip(kinds)
                    .map(|(k, n)| (k.slug().into(), k.label().into(), n))
                    .collect(),
            ),
            countries: country_counts,
            statuses: counted(
                Status::ALL
                    .iter()
                    .zip(statuses)
                    .map(|(s, n)| (s.slug().into(), s.label().into(), n))
                    .collect(),
            ),
            years: counted(
                year_counts
                    .into_iter()
                    .map(|(y, n)| (y.to_string(), y.to_string(), n))
                    .collect(),
            ),
            topics: topic_counts
                .into_iter()
                .take(TOPIC_FACET_LIMIT)
                .map(|(t, count)| FacetCount {
                    value: self.topics[t].clone(),
                    label: self.topics[t].clone(),
                    count,
                })
                .collect(),
        }
    }

    /// The landscape's counts, from the entries: the same figures as the `GROUP BY`s in
    /// [`crate::landscape`] (a test holds them equal), without a query. Why: those read
    /// every initiative and its links, seconds at 100,000 on a busy machine, after every
    /// start and every write; this pass takes a few milliseconds on an index the directory
    /// keeps up to date anyway.
    pub fn landscape(&self) -> Counts {
        /// One cell's running totals.
        #[derive(Default, Clone, Copy)]
        struct Sum {
            initiatives: i64,
            eu_contribution_eur: i64,
            with_contribution: i64,
        }
        impl Sum {
            fn add(&mut self, e: &Entry) {
                self.initiatives += 1;
                if let Some(eur) = e.eu_contribution_eur {
                    self.eu_contribution_eur = self.eu_contribution_eur.saturating_add(eur);
                    self.with_contribution += 1;
                }
            }
            fn cell(self, row: String, col: String) -> Cell {
                Cell {
                    row,
                    col,
                    initiatives: self.initiatives,
                    eu_contribution_eur: self.eu_contribution_eur,
                    with_contribution: self.with_contribution,
                }
            }
        }
        let pillars = Pillar::ALL.len();
        let mut by_country: HashMap<u16, Vec<Sum>> = HashMap::new();
        let mut by_year: std::collections::BTreeMap<(i32, u8), Sum> = Default::default();
        let mut counts = Counts::default();
        for e in &self.entries {
            if e.country_ids.is_empty() {
                counts.without_country += 1;
            }
            if e.pillar_bits != 0 {
                for country in &e.country_ids {
                    let sums = by_country
                        .entry(*country)
                        .or_insert_with(|| vec![Sum::default(); pillars]);
                    for (bit, sum) in sums.iter_mut().enumerate() {
                        if e.pillar_bits & (1 << bit) != 0 {
                            sum.add(e);
                        }
                    }
                }
            }
            match e.start_date {
                Some(start) => by_year
                    .entry((start.year(), e.programme_at))
                    .or_default()
                    .add(e),
                None => counts.undated += 1,
            }
        }
        for (country, sums) in by_country {
            let Some(code) = country_of(country) else {
                continue;
            };
            for (pillar, sum) in Pillar::ALL.iter().zip(sums) {
                if sum.initiatives > 0 {
                    counts
                        .pillar_country
                        .push(sum.cell(code.code().to_owned(), pillar.slug().to_owned()));
                }
            }
        }
        for ((year, programme_at), sum) in by_year {
            if let Some(programme) = Programme::ALL.get(usize::from(programme_at)) {
                counts
                    .programme_year
                    .push(sum.cell(year.to_string(), programme.slug().to_owned()));
            }
        }
        counts
    }

    /// The most recently added initiatives.
    pub fn latest(&self, limit: usize, today: Date) -> Vec<InitiativeSummary> {
        self.by_recent
            .iter()
            .take(limit)
            .map(|&at| self.entries[at as usize].summary(today))
            .collect()
    }
}

/// A filter prepared for matching many entries.
struct Matcher<'a> {
    filter: &'a InitiativeFilter,
    today: Date,
    /// `Some(None)`: a topic was asked for that no initiative has, so nothing matches.
    topic: Option<Option<u32>>,
    pillar_bit: Option<u8>,
    country: Option<u16>,
    /// Substring searchers: the text filter reads every entry's text.
    text: Option<TextNeedle>,
    /// The entries the pillar and country asked for allow, when either is asked for.
    allowed: Option<DocSet>,
}

impl<'a> Matcher<'a> {
    fn new(index: &DirectoryIndex, filter: &'a InitiativeFilter, today: Date) -> Self {
        let topic = filter
            .topic
            .as_ref()
            .map(|t| index.topic_ids.get(&t.to_lowercase()).copied());
        // The same normalisation as the stored search text: lower case, no NUL.
        let text = filter
            .q
            .as_deref()
            .map(|q| q.trim().to_lowercase().replace('\0', ""))
            .filter(|q| !q.is_empty())
            .map(|q| TextNeedle::new(&q));
        let pillar_bit = filter.pillar.map(|p| 1 << position_of(&Pillar::ALL, &p));
        let country = filter.country.map(country_id);
        let empty = empty_set(index.entries.len());
        let sets: Vec<&DocSet> = filter
            .pillar
            .map(|p| &index.pillar_sets[usize::from(position_of(&Pillar::ALL, &p))])
            .into_iter()
            .chain(country.map(|c| index.country_sets.get(&c).unwrap_or(&empty)))
            .collect();
        let allowed = intersection(&sets);
        Matcher {
            allowed,
            filter,
            today,
            topic,
            pillar_bit,
            country,
            text,
        }
    }

    fn matches(&self, e: &Entry) -> bool {
        let f = self.filter;
        self.pillar_bit.is_none_or(|bit| e.pillar_bits & bit != 0)
            && f.programme.is_none_or(|p| e.programme == p)
            && f.kind.is_none_or(|k| e.kind == k)
            && self.country.is_none_or(|c| e.country_ids.contains(&c))
            && f.year
                .is_none_or(|y| e.start_date.is_some_and(|d| d.year() == y))
            && f.status.is_none_or(|s| e.status(self.today) == s)
            && self
                .topic
                .is_none_or(|t| t.is_some_and(|t| e.topics.contains(&t)))
            && self.text.as_ref().is_none_or(|q| e.text.contains(q))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text filter's answer as the search text alone gives it.
    fn naive(search_text: &str, q: &str) -> bool {
        search_text.contains(&q.trim().to_lowercase())
    }

    #[test]
    fn an_entry_stays_small() {
        // Every byte of an entry is 100 KB of the server's memory at 100,000 initiatives
        // (issue #20 holds the server under 150 MiB there): its texts are one allocation,
        // its lists boxed slices, and its rare whole search text inside the same string.
        assert!(
            std::mem::size_of::<Entry>() <= 128,
            "an entry takes {} bytes",
            std::mem::size_of::<Entry>()
        );
    }

    #[test]
    fn entry_texts_give_back_each_part_and_fold_only_when_the_answers_stay_the_same() {
        let records = [
            (
                "kein-tater-werden",
                "KTW",
                "Kein Täter werden",
                "Therapy offered in Germany.",
            ),
            (
                "shieldnet-0",
                "SHIELDNET-0",
                "Cross-border Training",
                "Works with POLICE.",
            ),
            ("empty", "", "", ""),
            ("kelvin", "K1", "Kelvin", "A KELVIN sign: \u{212A}."),
            ("kelvin-ascii", "K2", "Kelvin scale", "Plain ASCII."),
        ];
        let queries = [
            "täter",
            "TÄTER",
            "police",
            "POLICE",
            "training works",
            "works with police hot",
            "hotlines",
            "germany. topic",
            "\u{212A}elvin",
            "kelvin",
            "-0 cross",
            "k",
            "İ",
            " ",
            "organisation 4728",
        ];
        for (slug, acronym, title, summary) in records {
            let mut initiative_text = [acronym, title, summary].join(" ");
            initiative_text.push_str(" hotlines topic synthetic organisation 4728");
            let search_text = initiative_text.to_lowercase();
            let text = EntryText::new(slug, acronym, title, summary, &search_text);
            assert_eq!(text.slug(), slug);
            assert_eq!(text.acronym(), acronym);
            assert_eq!(text.title(), title);
            assert_eq!(text.summary(), summary);
            assert_eq!(
                text.folded,
                [acronym, title, summary].join(" ").is_ascii(),
                "{slug}: folded only when ASCII"
            );
            for q in queries {
                let lowered = q.trim().to_lowercase();
                assert_eq!(
                    text.contains(&TextNeedle::new(&lowered)),
                    naive(&search_text, q),
                    "{slug} / {q:?}"
                );
            }
        }
    }

    #[test]
    fn a_search_text_that_does_not_begin_with_the_shown_text_is_kept_whole() {
        // Rows written by an older version, or by hand: the stored search text is the truth.
        let text = EntryText::new("s", "A", "Title", "Summary", "something else");
        assert!(!text.folded);
        assert!(text.contains(&TextNeedle::new("else")));
        assert!(!text.contains(&TextNeedle::new("title")));
    }
}
