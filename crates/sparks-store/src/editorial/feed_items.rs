//! Decisions about an untrusted feed's items and about a feed's trust: an editor approves a
//! waiting item (it becomes a news post) or rejects it like any proposal
//! ([`super::reject_submission`]); staff mark a feed trusted, so its later items publish
//! directly, or untrusted again.

use sparks_core::clock::rfc3339;
use time::OffsetDateTime;

use super::{Action, Actor, Outcome, audit, entry};
use crate::feeds::{self, FEED_ITEM_KIND, PendingItem};
use crate::moderation::{self, AuditChange, ContentKind, FEED_KIND, Submission, SubmissionStatus};
use crate::{Db, Result, StoreError, Tx, news};

/// An editor approves the waiting feed item `id`: the queue entry is decided, the item
/// published as a news post (under a free slug) and the audit entry written, together.
/// [`Outcome::AlreadyDecided`] when it is no longer pending, [`Outcome::NotFound`] when there
/// is no entry `id`; an error when it is not a feed item.
pub async fn approve_feed_item(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let refusal = "only a feed's item is approved as a feed item";
    let submission = match pending_of_kind(&mut tx, id, FEED_ITEM_KIND, refusal).await? {
        Ok(submission) => submission,
        Err(outcome) => return Ok(outcome),
    };
    let corrupt = |e: String| StoreError::Corrupt(format!("feed item {id}: {e}"));
    let payload: serde_json::Value =
        serde_json::from_str(&submission.payload).map_err(|e| corrupt(e.to_string()))?;
    let item: PendingItem =
        serde_json::from_value(payload["item"].clone()).map_err(|e| corrupt(e.to_string()))?;
    let stamp = rfc3339(now);
    let taken = item
        .draft
        .validate_with_html(item.body_html)
        .map_err(|e| corrupt(format!("{e:?}")))?;
    // A post may have taken the slug while the item waited: it gets the next free one.
    let slug = feeds::unique_slug(&mut tx, &taken.slug, &stamp).await?;
    let post = sparks_core::NewsPost { slug, ..taken };
    if !moderation::decide_in(&mut tx, id, true, None, actor.id, now.unix_timestamp()).await? {
        return Ok(Outcome::AlreadyDecided);
    }
    news::upsert_in(&mut tx, &post, &stamp).await?;
    let notice = crate::follows::news_item(&mut tx, &post).await?;
    crate::follows::announce_tx(&mut tx, &notice, now.unix_timestamp()).await?;
    feeds::published_in(&mut tx, item.feed_item, &post.slug).await?;
    let json = serde_json::to_string(&post.to_draft()).map_err(|e| corrupt(e.to_string()))?;
    let entry = AuditChange {
        after_json: Some(json),
        note: Some(format!("submission {id}")),
        ..entry(actor, Action::Approve, ContentKind::News.slug(), &post.slug)
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}

/// The pending queue entry `id` of `kind`, read in the transaction that decides it; else the
/// outcome to answer ([`Outcome::NotFound`], [`Outcome::AlreadyDecided`]), or the error
/// `refusal` when it is of another kind.
pub(super) async fn pending_of_kind(
    tx: &mut Tx,
    id: i64,
    kind: &str,
    refusal: &'static str,
) -> Result<Result<Submission, Outcome>> {
    let Some(submission) = moderation::get_on(&mut tx.conn(), id).await? else {
        return Ok(Err(Outcome::NotFound));
    };
    if submission.kind != kind {
        return Err(StoreError::Unsupported(refusal));
    }
    if submission.status != SubmissionStatus::Pending {
        return Ok(Err(Outcome::AlreadyDecided));
    }
    Ok(Ok(submission))
}

/// Staff mark feed `id` trusted (its later items publish without moderation) or untrusted
/// (they wait in the queue). Items already waiting stay there for an editor to decide.
/// [`Outcome::Unchanged`] when it is so already, [`Outcome::NotFound`] when there is no feed.
pub async fn set_feed_trusted(
    db: &Db,
    actor: &Actor,
    id: i64,
    trusted: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let Some(feed) = feeds::get_on(&mut tx, id).await? else {
        return Ok(Outcome::NotFound);
    };
    if feed.trusted == trusted {
        return Ok(Outcome::Unchanged);
    }
    feeds::set_trusted_in(&mut tx, id, trusted, &rfc3339(now)).await?;
    let state = |t: bool| serde_json::json!({ "trusted": t }).to_string();
    let entry = AuditChange {
        before_json: Some(state(feed.trusted)),
        after_json: Some(state(trusted)),
        note: Some(feed.initiative),
        ..entry(actor, Action::Update, FEED_KIND, &feed.url)
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    tracing::info!(
        security_event = "feed_trust_changed",
        feed = id,
        trusted,
        user_id = actor.id,
        "feed trust changed"
    );
    Ok(Outcome::Done)
}
