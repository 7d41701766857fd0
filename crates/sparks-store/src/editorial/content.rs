//! Publishing, restoring and unpublishing content, and deciding proposals of it.

use serde::Serialize;
use serde::de::DeserializeOwned;
use sparks_core::clock::rfc3339;
use sparks_core::{
    DatasetRecord, Event, EventDraft, Helpline, HelplineDraft, Initiative, NewsDraft, NewsPost,
    Recommendation, RecommendationDraft, Resource, ResourceDraft, Statistic, StatisticDraft,
};
use time::OffsetDateTime;

use super::{Action, Actor, Outcome, audit, entry};
use crate::follows::{self, Item, Target};
use crate::moderation::{self, AuditChange, ContentKind, SubmissionStatus};
use crate::{Db, Result, Tx, events, initiatives, news, reference, resources};

/// A content record that passed the domain rules, ready to publish.
#[derive(Debug, Clone, PartialEq)]
pub enum Publishable {
    /// An initiative.
    Initiative(Initiative),
    /// A resource.
    Resource(Resource),
    /// An event.
    Event(Event),
    /// A news post.
    News(NewsPost),
    /// A key recommendation.
    Recommendation(Recommendation),
    /// A figure.
    Statistic(Statistic),
    /// A help service.
    Helpline(Helpline),
}

impl Publishable {
    /// Its kind.
    pub fn kind(&self) -> ContentKind {
        match self {
            Publishable::Initiative(_) => ContentKind::Initiative,
            Publishable::Resource(_) => ContentKind::Resource,
            Publishable::Event(_) => ContentKind::Event,
            Publishable::News(_) => ContentKind::News,
            Publishable::Recommendation(_) => ContentKind::Recommendation,
            Publishable::Statistic(_) => ContentKind::Statistic,
            Publishable::Helpline(_) => ContentKind::Helpline,
        }
    }

    /// Its slug.
    pub fn slug(&self) -> &str {
        match self {
            Publishable::Initiative(i) => &i.slug,
            Publishable::Resource(r) => &r.slug,
            Publishable::Event(e) => &e.slug,
            Publishable::News(n) => &n.slug,
            Publishable::Recommendation(r) => &r.slug,
            Publishable::Statistic(s) => &s.slug,
            Publishable::Helpline(h) => &h.slug,
        }
    }

    /// Inserts or replaces it (by slug) in the transaction.
    pub(crate) async fn upsert_in(&self, tx: &mut Tx, now: &str) -> Result<()> {
        match self {
            Publishable::Initiative(i) => initiatives::upsert_in(tx, i, now).await,
            Publishable::Resource(r) => resources::upsert_in(tx, r, now).await,
            Publishable::Event(e) => events::upsert_in(tx, e, now).await,
            Publishable::News(n) => news::upsert_in(tx, n, now).await,
            Publishable::Recommendation(r) => reference::upsert_recommendation(tx, r, now).await,
            Publishable::Statistic(s) => reference::upsert_statistic(tx, s, now).await,
            Publishable::Helpline(h) => reference::upsert_helpline(tx, h, now).await,
        }
    }
}

/// A record to publish and its import format as JSON, which the audit log keeps (as the
/// "after" of this change) so that the version can be shown and restored later.
#[derive(Debug, Clone, Copy)]
pub struct Publication<'a> {
    /// The checked record.
    pub record: &'a Publishable,
    /// The record as the form or proposal had it, in its import format (JSON).
    pub json: &'a str,
}

/// Whether staff publish a new item or change a published one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// A new item: refused ([`Outcome::Exists`]) when its slug is taken.
    Create,
    /// A change to the published item with the record's slug.
    Update,
}

/// The published item of `kind` with `slug` in its import format (JSON), read inside the
/// transaction that changes it; `None` when there is none. Initiatives keep theirs in
/// columns and are written in the dataset's format; stored records go through their draft
/// type and back, as the forms read them, so one that no longer parses counts as absent.
async fn current_json(tx: &mut Tx, kind: ContentKind, slug: &str) -> Result<Option<String>> {
    if kind == ContentKind::Initiative {
        let initiative = initiatives::get_on(&mut tx.conn(), slug).await?;
        return Ok(initiative
            .and_then(|i| serde_json::to_string(&DatasetRecord::from_initiative(&i)).ok()));
    }
    let stored = moderation::stored_record_on(&mut tx.conn(), kind, slug).await?;
    Ok(stored.and_then(|json| normalise(kind, &json)))
}

fn normalise(kind: ContentKind, json: &str) -> Option<String> {
    fn via<D: DeserializeOwned + Serialize>(json: &str) -> Option<String> {
        let draft: D = serde_json::from_str(json).ok()?;
        serde_json::to_string(&draft).ok()
    }
    match kind {
        ContentKind::Initiative => None,
        ContentKind::Resource => via::<ResourceDraft>(json),
        ContentKind::Event => via::<EventDraft>(json),
        ContentKind::News => via::<NewsDraft>(json),
        ContentKind::Recommendation => via::<RecommendationDraft>(json),
        ContentKind::Statistic => via::<StatisticDraft>(json),
        ContentKind::Helpline => via::<HelplineDraft>(json),
    }
}

/// Upserts the record and writes its audit entry, in the caller's transaction.
async fn write(
    tx: &mut Tx,
    actor: &Actor,
    item: Publication<'_>,
    before: Option<String>,
    (action, note): (Action, Option<String>),
    now: OffsetDateTime,
) -> Result<()> {
    let kind = item.record.kind();
    item.record.upsert_in(tx, &rfc3339(now)).await?;
    let entry = AuditChange {
        before_json: before,
        after_json: Some(item.json.to_owned()),
        note,
        ..entry(actor, action, kind.slug(), item.record.slug())
    };
    audit(tx, &entry, now).await
}

fn log_published(actor: &Actor, record: &Publishable, action: Action) {
    tracing::info!(
        security_event = "content_published",
        kind = record.kind().slug(),
        slug = record.slug(),
        action = action.as_str(),
        user_id = actor.id,
        "content changed"
    );
}

/// Staff publish a record: a new item ([`Change::Create`], refused with [`Outcome::Exists`]
/// when the slug is taken) or a change to the one with its slug ([`Change::Update`]).
pub async fn publish(
    db: &Db,
    actor: &Actor,
    item: Publication<'_>,
    change: Change,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let record = item.record;
    let mut tx = db.begin().await?;
    let before = current_json(&mut tx, record.kind(), record.slug()).await?;
    let action = match change {
        Change::Create if before.is_some() => return Ok(Outcome::Exists),
        Change::Create => Action::Create,
        Change::Update => Action::Update,
    };
    write(&mut tx, actor, item, before, (action, None), now).await?;
    if action == Action::Create {
        announce(&mut tx, record, vec![actor.id], now).await?;
    }
    tx.commit().await?;
    log_published(actor, record, action);
    Ok(Outcome::Done)
}

/// Tells the followers of what a NEW record is about (changes and restored versions are not
/// news), in the transaction that publishes it.
async fn announce(
    tx: &mut Tx,
    record: &Publishable,
    authors: Vec<i64>,
    now: OffsetDateTime,
) -> Result<()> {
    let Some(mut item) = record.follow_item(authors) else {
        return Ok(());
    };
    if let Publishable::News(n) = record {
        item.subjects = follows::news_item(tx, n).await?.subjects;
    }
    follows::announce_tx(tx, &item, now.unix_timestamp()).await?;
    Ok(())
}

impl Publishable {
    /// How followers are told about this record when it is new, by `authors`; `None` for
    /// reference records (recommendations, figures, help services), which no one follows.
    /// A news post's subjects here are only its initiative: [`announce`] adds what that
    /// initiative is about.
    pub fn follow_item(&self, authors: Vec<i64>) -> Option<Item> {
        let (what, title, path, subjects) = match self {
            Publishable::Initiative(i) => (
                "Initiative",
                format!("{} – {}", i.acronym, i.title),
                "initiatives",
                follows::initiative_subjects(i),
            ),
            Publishable::News(n) => (
                "News",
                n.title.clone(),
                "news",
                n.initiative
                    .iter()
                    .map(|s| Target::Initiative(s.clone()))
                    .collect(),
            ),
            Publishable::Event(e) => (
                "Event",
                e.title.clone(),
                "events",
                e.country.iter().map(|c| Target::Country(*c)).collect(),
            ),
            Publishable::Resource(r) => {
                let mut subjects: Vec<Target> = r
                    .initiatives
                    .iter()
                    .map(|s| Target::Initiative(s.clone()))
                    .collect();
                subjects.extend(r.pillars.iter().map(|p| Target::Pillar(*p)));
                subjects.extend(r.topics.iter().map(|t| Target::topic(t)));
                ("Resource", r.title.clone(), "resources", subjects)
            }
            Publishable::Recommendation(_)
            | Publishable::Statistic(_)
            | Publishable::Helpline(_) => return None,
        };
        Some(Item {
            key: format!("{}:{}", self.kind().slug(), self.slug()),
            what: what.to_owned(),
            title,
            link: format!("/{path}/{}", self.slug()),
            authors,
            subjects,
        })
    }
}

/// Staff publish an earlier version of a record again (one the audit log kept).
pub async fn restore(
    db: &Db,
    actor: &Actor,
    item: Publication<'_>,
    now: OffsetDateTime,
) -> Result<()> {
    let record = item.record;
    let mut tx = db.begin().await?;
    let before = current_json(&mut tx, record.kind(), record.slug()).await?;
    write(&mut tx, actor, item, before, (Action::Restore, None), now).await?;
    tx.commit().await?;
    log_published(actor, record, Action::Restore);
    Ok(())
}

/// Takes an item off the site, keeping its record in the audit log; [`Outcome::NotFound`]
/// when nothing of `kind` has this slug.
pub async fn unpublish(
    db: &Db,
    actor: &Actor,
    kind: ContentKind,
    slug: &str,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let Some(before) = current_json(&mut tx, kind, slug).await? else {
        return Ok(Outcome::NotFound);
    };
    moderation::unpublish_in(&mut tx, kind, slug).await?;
    let entry = AuditChange {
        before_json: Some(before),
        ..entry(actor, Action::Unpublish, kind.slug(), slug)
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    tracing::info!(
        security_event = "content_unpublished",
        kind = kind.slug(),
        slug,
        user_id = actor.id,
        "content unpublished"
    );
    Ok(Outcome::Done)
}

/// An editor approves proposal `id`, publishing `item` (the proposal's record, checked by
/// the caller; for a proposed edit its slug is the target's). [`Outcome::AlreadyDecided`]
/// when the proposal is no longer pending, [`Outcome::Exists`] when a new item's slug is
/// taken (the proposal stays pending), [`Outcome::NotFound`] when there is no proposal `id`.
pub async fn approve_submission(
    db: &Db,
    actor: &Actor,
    id: i64,
    item: Publication<'_>,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let record = item.record;
    let mut tx = db.begin().await?;
    let Some(submission) = moderation::get_on(&mut tx.conn(), id).await? else {
        return Ok(Outcome::NotFound);
    };
    if submission.status != SubmissionStatus::Pending {
        return Ok(Outcome::AlreadyDecided);
    }
    let before = current_json(&mut tx, record.kind(), record.slug()).await?;
    let action = match (&submission.target_slug, &before) {
        (Some(_), _) => Action::ApproveEdit,
        (None, Some(_)) => return Ok(Outcome::Exists),
        (None, None) => Action::Approve,
    };
    if !moderation::decide_in(&mut tx, id, true, None, actor.id, now.unix_timestamp()).await? {
        return Ok(Outcome::AlreadyDecided);
    }
    let note = Some(format!("submission {id}"));
    // Proposals never carry editors' notes (members do not see them): an approved edit of a
    // help service keeps the notes it had.
    let kept;
    let item = match (record, before.as_deref()) {
        (Publishable::Helpline(h), Some(json)) if h.editor_notes.is_none() => {
            let old: Option<HelplineDraft> = serde_json::from_str(json).ok();
            match old.and_then(|d| d.editor_notes) {
                Some(notes) => {
                    kept = Publishable::Helpline(Helpline {
                        editor_notes: Some(notes),
                        ..h.clone()
                    });
                    Publication {
                        record: &kept,
                        json: item.json,
                    }
                }
                None => item,
            }
        }
        _ => item,
    };
    write(&mut tx, actor, item, before, (action, note), now).await?;
    if action == Action::Approve {
        let authors = std::iter::once(actor.id)
            .chain(submission.submitter_id)
            .collect();
        announce(&mut tx, record, authors, now).await?;
    }
    tx.commit().await?;
    log_published(actor, record, action);
    Ok(Outcome::Done)
}

/// An editor turns proposal `id` (of any kind, feeds too) down with `reason`.
/// [`Outcome::AlreadyDecided`] when it is no longer pending, [`Outcome::NotFound`] when
/// there is no proposal `id`.
pub async fn reject_submission(
    db: &Db,
    actor: &Actor,
    id: i64,
    reason: &str,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let Some(submission) = moderation::get_on(&mut tx.conn(), id).await? else {
        return Ok(Outcome::NotFound);
    };
    if submission.status != SubmissionStatus::Pending
        || !moderation::decide_in(
            &mut tx,
            id,
            false,
            Some(reason),
            actor.id,
            now.unix_timestamp(),
        )
        .await?
    {
        return Ok(Outcome::AlreadyDecided);
    }
    let entry = AuditChange {
        note: Some(reason.to_owned()),
        ..entry(actor, Action::Reject, &submission.kind, &submission.title())
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    tracing::info!(
        security_event = "submission_rejected",
        submission = id,
        user_id = actor.id,
        "submission rejected"
    );
    Ok(Outcome::Done)
}
