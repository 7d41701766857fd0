//! Events: write (upsert by slug), read one, list upcoming or past.

use sparks_core::date::iso_day;
use sparks_core::{Country, Event, EventDraft, EventKind, Page};
use time::Date;

use crate::content::{self, Conditions, RecordRow, decode, encode};
use crate::{Db, Result, Sql, Tx};

/// Upcoming or past, relative to today.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Not finished yet; soonest first.
    Upcoming,
    /// Finished; most recent first.
    Past,
}

/// Which events a list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    /// Upcoming or past; `None` means all, most recent first.
    pub when: Option<When>,
    /// Of this type.
    pub kind: Option<EventKind>,
    /// Held in this country.
    pub country: Option<Country>,
    /// Held online.
    pub online: Option<bool>,
    /// Free text in the title, summary, city or organisers.
    pub q: Option<String>,
}

/// Inserts or replaces (by slug) an event, in a caller's transaction.
pub async fn upsert_in(tx: &mut Tx, e: &Event, now: &str) -> Result<()> {
    content::upsert_row(
        tx,
        "events",
        vec![
            ("slug", e.slug.clone().into()),
            ("kind", e.kind.slug().into()),
            ("start_day", iso_day(e.start.date()).into()),
            ("end_day", iso_day(e.last_day()).into()),
            ("country", e.country.map(|c| c.code().to_owned()).into()),
            ("online", e.online.into()),
            ("search_text", e.search_text().into()),
            ("record", encode(&e.to_draft())?.into()),
        ],
        false,
        now,
    )
    .await?;
    crate::search::index_in(tx, &sparks_search::SearchDocument::from_event(e), now).await
}

fn push_where(sql: &mut Sql, f: &EventFilter, today: &str) {
    let mut w = Conditions::new();
    match f.when {
        Some(When::Upcoming) => {
            w.and(sql).push("e.end_day >= ").push_arg(today);
        }
        Some(When::Past) => {
            w.and(sql).push("e.end_day < ").push_arg(today);
        }
        None => {}
    }
    if let Some(k) = f.kind {
        w.and(sql).push("e.kind = ").push_arg(k.slug());
    }
    if let Some(c) = f.country {
        w.and(sql).push("e.country = ").push_arg(c.code());
    }
    if let Some(o) = f.online {
        w.and(sql).push("e.online = ").push_arg(o);
    }
    w.text(sql, "e", f.q.as_deref());
}

/// One page of events.
pub async fn list(
    db: &Db,
    filter: &EventFilter,
    today: Date,
    page: u32,
    per_page: u32,
) -> Result<Page<Event>> {
    let today = iso_day(today);
    let order = match filter.when {
        Some(When::Upcoming) => "e.start_day, e.id",
        _ => "e.start_day DESC, e.id DESC",
    };
    content::fetch_page::<RecordRow>(
        db,
        "events e",
        "e.id, e.record",
        |sql| push_where(sql, filter, &today),
        order,
        page,
        per_page,
    )
    .await?
    .try_map(|r| decode(&r.record, EventDraft::validate))
}

/// The event with this slug.
pub async fn get(db: &Db, slug: &str) -> Result<Option<Event>> {
    let mut sql = Sql::new("SELECT id, record FROM events WHERE slug = ");
    sql.push_arg(slug);
    db.fetch_optional::<RecordRow>(sql)
        .await?
        .map(|r| decode(&r.record, EventDraft::validate))
        .transpose()
}

/// Every event, earliest first: for the calendar feed.
pub async fn all(db: &Db) -> Result<Vec<Event>> {
    db.fetch_all::<RecordRow>(Sql::new(
        "SELECT id, record FROM events ORDER BY start_day, id",
    ))
    .await?
    .iter()
    .map(|r| decode(&r.record, EventDraft::validate))
    .collect()
}
