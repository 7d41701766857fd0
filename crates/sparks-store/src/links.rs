//! Link checking's store: every external URL the site shows ([`references`]), one row per URL
//! in `links` (keyed by [`normalise`]) with what the checks found, claimed with a lease so
//! that with several servers each URL is checked by one of them, oldest checked first.
//!
//! What the states mean (decided here, documented in the README):
//! - `ok`: the last check got a success answer (2xx, also 401/403/429: the server is there and
//!   answers, it only does not let a robot in), possibly after temporary redirects.
//! - `redirected`: the answer came after a permanent redirect (301/308) to another URL; the
//!   link works but should be updated to `final_url`.
//! - `broken`: the server says the page is gone (404, 410 or another 4xx), or the URL cannot
//!   be reached at all (the name does not resolve, the connection is refused, the guard refuses
//!   its address, too many redirects): at once. A failure that may pass (5xx, a time-out, a
//!   connection reset) counts only when it happens [`TRANSIENT_FAILURES_BEFORE_BROKEN`] times
//!   in a row; before that the link keeps its previous state.
//! - `unchecked`: not checked yet.

use std::collections::{BTreeMap, HashMap};

use url::Url;

use crate::jobs::{Lease, claim_sql};
use crate::{Db, Result, Sql, events, initiatives, news, reference, resources};

/// Transient failures in a row before a link counts as broken.
pub const TRANSIENT_FAILURES_BEFORE_BROKEN: i64 = 2;

/// A link's state, as the API names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LinkState {
    /// Not checked yet.
    Unchecked,
    /// Works.
    Ok,
    /// Works after a permanent redirect to another URL.
    Redirected,
    /// Does not work.
    Broken,
}

impl LinkState {
    /// The stored and API name.
    pub fn slug(self) -> &'static str {
        match self {
            LinkState::Unchecked => "unchecked",
            LinkState::Ok => "ok",
            LinkState::Redirected => "redirected",
            LinkState::Broken => "broken",
        }
    }

    fn parse(s: &str) -> Self {
        match s {
            "ok" => LinkState::Ok,
            "redirected" => LinkState::Redirected,
            "broken" => LinkState::Broken,
            _ => LinkState::Unchecked,
        }
    }
}

/// The key a URL is stored under: parsed (so the host is lower case and a default port
/// dropped) and without its fragment, which never reaches the server. A text that is not an
/// absolute URL is kept as written (it is never fetched).
pub fn normalise(url: &str) -> String {
    match Url::parse(url.trim()) {
        Ok(mut u) => {
            u.set_fragment(None);
            u.to_string()
        }
        Err(_) => url.trim().to_owned(),
    }
}

/// Where the site shows an external URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRef {
    /// The normalised URL.
    pub url: String,
    /// The record's type: `initiative`, `resource`, `news`, `event`, `statistic`,
    /// `recommendation` or `helpline`.
    pub kind: &'static str,
    /// The record's slug.
    pub slug: String,
    /// The record's name.
    pub title: String,
    /// Which field holds it (`website`, `cordis_url`, `sources`, `url`, `source_url`, ...).
    pub field: &'static str,
}

fn push_ref(
    out: &mut Vec<LinkRef>,
    kind: &'static str,
    slug: &str,
    title: &str,
    field: &'static str,
    url: &str,
) {
    let url = normalise(url);
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return;
    }
    out.push(LinkRef {
        url,
        kind,
        slug: slug.to_owned(),
        title: title.to_owned(),
        field,
    });
}

/// Every external URL the site shows, with the record and field showing it: initiatives'
/// websites, CORDIS pages and sources (per field too), resources' links and sources, news
/// sources, events' pages and sources, figures' sources, recommendations' sources and help
/// services' websites, report forms and sources.
pub async fn references(db: &Db) -> Result<Vec<LinkRef>> {
    let mut out = Vec::new();
    let mut after = i64::MIN;
    while let Some((last, refs)) = initiative_slice_refs(db, after).await? {
        after = last;
        out.extend(refs);
    }
    other_references(db, &mut out).await?;
    Ok(out)
}

/// The references of the next slice of initiatives with ids above `after`, and the last id
/// read; `None` after the last initiative.
async fn initiative_slice_refs(db: &Db, after: i64) -> Result<Option<(i64, Vec<LinkRef>)>> {
    let slice = initiatives::link_fields_after(db, after, INITIATIVE_SLICE).await?;
    let Some(last) = slice.last() else {
        return Ok(None);
    };
    let mut refs = Vec::new();
    for i in &slice {
        initiative_refs(&mut refs, i);
    }
    Ok(Some((last.id, refs)))
}

/// How many initiatives' links are read at a time. The server's link checker reads them all
/// at the start of every pass; at 5,000 a slice, the first pass at 100,000 initiatives
/// raised the server's peak memory by 14 MiB within half a second (the rows, their fields
/// and the statements of a slice at once); at 1,000 by about 1 MiB, with no more time.
const INITIATIVE_SLICE: i64 = 1_000;

fn initiative_refs(out: &mut Vec<LinkRef>, i: &initiatives::LinkFields) {
    let (slug, title) = (i.slug.as_str(), i.acronym.as_str());
    if let Some(u) = &i.website {
        push_ref(out, "initiative", slug, title, "website", u);
    }
    if let Some(u) = &i.cordis_url {
        push_ref(out, "initiative", slug, title, "cordis_url", u);
    }
    for u in &i.sources {
        push_ref(out, "initiative", slug, title, "sources", u);
    }
    for u in &i.field_sources {
        push_ref(out, "initiative", slug, title, "field_sources", u);
    }
}

/// Adds a row (unchecked, due at once) for every URL a record refers to that the links
/// table lacks; returns how many were added. Reads the initiatives a slice at a time and
/// never the whole links table, so that a pass costs the same memory at 100 initiatives as
/// at 100,000. URLs no record shows any more keep their rows (a record may show them again).
pub async fn sync_references(db: &Db, now: &str) -> Result<usize> {
    let mut added = 0;
    let mut after = i64::MIN;
    while let Some((last, refs)) = initiative_slice_refs(db, after).await? {
        after = last;
        added += sync(db, refs.iter().map(|r| r.url.as_str()), now).await?;
    }
    let mut refs = Vec::new();
    other_references(db, &mut refs).await?;
    added += sync(db, refs.iter().map(|r| r.url.as_str()), now).await?;
    Ok(added)
}

/// The references of every record other than initiatives (a few thousand at most).
async fn other_references(db: &Db, out: &mut Vec<LinkRef>) -> Result<()> {
    for r in resources::all(db).await? {
        if let Some(u) = &r.url {
            push_ref(out, "resource", &r.slug, &r.title, "url", u.as_str());
        }
        if let Some(u) = &r.source_url {
            push_ref(out, "resource", &r.slug, &r.title, "source_url", u.as_str());
        }
    }
    for p in news::all(db).await? {
        if let Some(u) = &p.source_url {
            push_ref(out, "news", &p.slug, &p.title, "source_url", u.as_str());
        }
    }
    for e in events::all(db).await? {
        if let Some(u) = &e.url {
            push_ref(out, "event", &e.slug, &e.title, "url", u.as_str());
        }
        if let Some(u) = &e.source_url {
            push_ref(out, "event", &e.slug, &e.title, "source_url", u.as_str());
        }
    }
    for s in reference::statistics(db, &crate::StatisticFilter::default()).await? {
        let (slug, title) = (s.slug.as_str(), s.figure.as_str());
        push_ref(
            out,
            "statistic",
            slug,
            title,
            "source_url",
            s.source_url.as_str(),
        );
        if let Some(u) = &s.primary_source {
            push_ref(out, "statistic", slug, title, "primary_source", u.as_str());
        }
        for u in &s.also_cited_at {
            push_ref(out, "statistic", slug, title, "also_cited_at", u.as_str());
        }
    }
    for r in reference::recommendations(db).await? {
        let r = r.recommendation;
        if let Some(u) = &r.source_url {
            push_ref(
                out,
                "recommendation",
                &r.slug,
                &r.title,
                "source_url",
                u.as_str(),
            );
        }
    }
    for h in reference::helplines(db, None).await? {
        let (slug, title) = (h.slug.as_str(), h.name.as_str());
        if let Some(u) = &h.website {
            push_ref(out, "helpline", slug, title, "website", u.as_str());
        }
        if let Some(u) = &h.report_url {
            push_ref(out, "helpline", slug, title, "report_url", u.as_str());
        }
        push_ref(
            out,
            "helpline",
            slug,
            title,
            "source_url",
            h.source_url.as_str(),
        );
    }
    Ok(())
}

/// Adds a row (unchecked, due at once) for every URL of `urls` not known yet; returns how many
/// were added.
async fn sync(db: &Db, urls: impl IntoIterator<Item = &str>, now: &str) -> Result<usize> {
    let mut fresh: Vec<&str> = urls.into_iter().collect();
    fresh.sort_unstable();
    fresh.dedup();
    let mut added = 0;
    let mut tx = db.begin().await?;
    for chunk in fresh.chunks(SYNC_BATCH) {
        // A URL never checked is due at the dawn of time: before any checked one.
        let mut sql = Sql::new("INSERT INTO links (url, due_at, created_at) VALUES ");
        for (n, url) in chunk.iter().enumerate() {
            sql.push(if n == 0 { "(" } else { ", (" })
                .push_arg(*url)
                .push(", '0000', ")
                .push_arg(now)
                .push(")");
        }
        sql.push(" ON CONFLICT (url) DO NOTHING");
        added += tx.execute(sql).await?;
    }
    tx.commit().await?;
    Ok(usize::try_from(added).unwrap_or(usize::MAX))
}

/// URLs per `INSERT` (two arguments each, under SQLite's and PostgreSQL's limits).
const SYNC_BATCH: usize = 500;

/// A link claimed for checking.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Claimed {
    /// Row id.
    pub id: i64,
    /// The URL.
    pub url: String,
}

/// Claims up to `limit` links due at `now` (oldest checked first; never checked before all)
/// for `worker` until `lease_until`. A link another server holds is skipped.
pub async fn claim(
    db: &Db,
    worker: &str,
    now: &str,
    lease_until: &str,
    limit: i64,
) -> Result<Vec<Claimed>> {
    let lease = Lease {
        worker,
        now,
        until: lease_until,
        limit,
    };
    let sql = claim_sql(db, "links", "due_at", &lease, "id, url", |sql| {
        sql.push("1 = 1");
    });
    let mut claimed: Vec<Claimed> = db.fetch_all(sql).await?;
    claimed.sort_by_key(|c| c.id);
    Ok(claimed)
}

/// Makes every link due now (for `sparks links check --once`), except those another worker
/// holds: due when it was last checked, so that the oldest checked still go first.
pub async fn make_all_due(db: &Db, now: &str) -> Result<()> {
    let mut sql = Sql::new("UPDATE links SET due_at = COALESCE(last_checked, '0000')");
    sql.push(" WHERE due_at > ")
        .push_arg(now)
        .push(" AND (locked_until IS NULL OR locked_until < ")
        .push_arg(now)
        .push(")");
    db.execute(sql).await?;
    Ok(())
}

/// What one check of a link found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A working answer: its status, and where redirects ended when they ended elsewhere
    /// (`permanent`: at least one was 301/308).
    Reached {
        /// The final answer's status.
        status: u16,
        /// Where redirects ended, if not at the URL itself.
        final_url: Option<String>,
        /// Whether a redirect on the way was permanent.
        permanent: bool,
    },
    /// A failure that says the link is broken (404, 410, DNS, refused, ...).
    Gone {
        /// The status, if an answer came.
        status: Option<u16>,
        /// Why, in plain words.
        error: String,
    },
    /// A failure that may pass (5xx, time-out): broken only after several in a row.
    Transient {
        /// The status, if an answer came.
        status: Option<u16>,
        /// Why, in plain words.
        error: String,
    },
}

#[derive(sqlx::FromRow)]
struct Prior {
    state: String,
    failures: i64,
    broken_since: Option<String>,
}

/// Records what checking link `id` found at `now`, due again at `next_due`, and releases the
/// lease. A worker that lost its lease changes nothing. Returns the new state.
pub async fn record(
    db: &Db,
    id: i64,
    worker: &str,
    outcome: &Outcome,
    now: &str,
    next_due: &str,
) -> Result<Option<LinkState>> {
    let mut q = Sql::new("SELECT state, failures, broken_since FROM links WHERE id = ");
    q.push_arg(id);
    let Some(prior) = db.fetch_optional::<Prior>(q).await? else {
        return Ok(None);
    };
    let before = LinkState::parse(&prior.state);
    let (state, status, final_url, error, failures, success) = match outcome {
        Outcome::Reached {
            status,
            final_url,
            permanent,
        } => {
            let state = if *permanent && final_url.is_some() {
                LinkState::Redirected
            } else {
                LinkState::Ok
            };
            (state, Some(*status), final_url.clone(), None, 0, true)
        }
        Outcome::Gone { status, error } => (
            LinkState::Broken,
            *status,
            None,
            Some(error.clone()),
            prior.failures + 1,
            false,
        ),
        Outcome::Transient { status, error } => {
            let failures = prior.failures + 1;
            let state = if failures >= TRANSIENT_FAILURES_BEFORE_BROKEN {
                LinkState::Broken
            } else {
                before
            };
            (state, *status, None, Some(error.clone()), failures, false)
        }
    };
    let broken_since = match (state, before) {
        (LinkState::Broken, LinkState::Broken) => prior.broken_since.unwrap_or(now.to_owned()),
        (LinkState::Broken, _) => now.to_owned(),
        _ => String::new(),
    };
    let mut sql = Sql::new("UPDATE links SET state = ");
    sql.push_arg(state.slug())
        .push(", status_code = ")
        .push_arg(status.map(i64::from))
        .push(", final_url = ")
        .push_arg(final_url)
        .push(", error = ")
        .push_arg(error)
        .push(", failures = ")
        .push_arg(failures)
        .push(", last_checked = ")
        .push_arg(now);
    if success {
        sql.push(", last_success = ").push_arg(now);
    }
    sql.push(", broken_since = ")
        .push_arg((!broken_since.is_empty()).then_some(broken_since))
        .push(", due_at = ")
        .push_arg(next_due)
        .push(", locked_by = NULL, locked_until = NULL, attempts = 0 WHERE id = ")
        .push_arg(id)
        .push(" AND locked_by = ")
        .push_arg(worker);
    if db.execute(sql).await? == 1 {
        Ok(Some(state))
    } else {
        Ok(None)
    }
}

/// What is known of one link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The normalised URL.
    pub url: String,
    /// Its state.
    pub state: LinkState,
    /// The last status code.
    pub status_code: Option<i64>,
    /// Where redirects ended.
    pub final_url: Option<String>,
    /// Why the last check failed.
    pub error: Option<String>,
    /// Failures in a row.
    pub failures: i64,
    /// When it was last checked (RFC 3339 UTC).
    pub last_checked: Option<String>,
    /// When it last worked.
    pub last_success: Option<String>,
    /// When it turned broken.
    pub broken_since: Option<String>,
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    url: String,
    state: String,
    status_code: Option<i64>,
    final_url: Option<String>,
    error: Option<String>,
    failures: i64,
    last_checked: Option<String>,
    last_success: Option<String>,
    broken_since: Option<String>,
}

impl From<LinkRow> for Link {
    fn from(r: LinkRow) -> Self {
        Link {
            state: LinkState::parse(&r.state),
            url: r.url,
            status_code: r.status_code,
            final_url: r.final_url,
            error: r.error,
            failures: r.failures,
            last_checked: r.last_checked,
            last_success: r.last_success,
            broken_since: r.broken_since,
        }
    }
}

const COLUMNS: &str = "url, state, status_code, final_url, error, failures, last_checked, \
                       last_success, broken_since";

/// What is known of the given URLs (as written: they are normalised here), by the URL as
/// given. A URL without a row is absent (its state is `unchecked`).
pub async fn lookup<'a>(
    db: &Db,
    urls: impl IntoIterator<Item = &'a str>,
) -> Result<HashMap<String, Link>> {
    let wanted: BTreeMap<String, Vec<&str>> = urls.into_iter().fold(BTreeMap::new(), |mut m, u| {
        m.entry(normalise(u)).or_default().push(u);
        m
    });
    if wanted.is_empty() {
        return Ok(HashMap::new());
    }
    let mut sql = Sql::new(&format!("SELECT {COLUMNS} FROM links WHERE url IN "));
    sql.push_in_list(wanted.keys().map(String::as_str));
    let rows: Vec<LinkRow> = db.fetch_all(sql).await?;
    let mut out = HashMap::new();
    for row in rows {
        let link = Link::from(row);
        for given in wanted.get(&link.url).into_iter().flatten() {
            out.insert((*given).to_owned(), link.clone());
        }
    }
    Ok(out)
}

/// Every link the checks found broken, newest broken first.
pub async fn broken(db: &Db) -> Result<Vec<Link>> {
    let sql = Sql::new(&format!(
        "SELECT {COLUMNS} FROM links WHERE state = 'broken' ORDER BY broken_since DESC, url"
    ));
    let rows: Vec<LinkRow> = db.fetch_all(sql).await?;
    Ok(rows.into_iter().map(Link::from).collect())
}

/// Every link with its state, for `sparks links list`-like reports and tests.
pub async fn all(db: &Db) -> Result<Vec<Link>> {
    let sql = Sql::new(&format!("SELECT {COLUMNS} FROM links ORDER BY url"));
    let rows: Vec<LinkRow> = db.fetch_all(sql).await?;
    Ok(rows.into_iter().map(Link::from).collect())
}
