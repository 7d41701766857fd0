//! Decisions about feeds, discussions and accounts.

use sparks_core::clock::rfc3339;
use time::OffsetDateTime;

use super::feed_items::pending_of_kind;
use super::{Action, Actor, Outcome, audit, entry};
use crate::accounts::{self, Role};
use crate::media::{self, MediaUpload};
use crate::moderation::{self, AuditChange, FEED_KIND};
use crate::{Db, Result, StoreError, community, feeds, sessions};

/// An editor approves feed proposal `id`: the proposal is decided and the feed registered
/// (untrusted: its items wait for moderation) with its fetch job, together.
/// [`Outcome::AlreadyDecided`] when it is no longer pending, [`Outcome::NotFound`] when there
/// is no proposal `id`, [`Outcome::Exists`] when another initiative has the URL (the proposal
/// stays pending; nothing moves); an error when it is not a feed proposal.
pub async fn approve_feed(db: &Db, actor: &Actor, id: i64, now: OffsetDateTime) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let refusal = "only a feed proposal is approved as a feed";
    let submission = match pending_of_kind(&mut tx, id, FEED_KIND, refusal).await? {
        Ok(submission) => submission,
        Err(outcome) => return Ok(outcome),
    };
    let value: serde_json::Value = serde_json::from_str(&submission.payload)
        .map_err(|e| StoreError::Corrupt(format!("feed proposal {id}: {e}")))?;
    let field = |name: &str| {
        value
            .get(name)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let (initiative, url) = (field("initiative"), field("url"));
    if !moderation::decide_in(&mut tx, id, true, None, actor.id, now.unix_timestamp()).await? {
        return Ok(Outcome::AlreadyDecided);
    }
    match feeds::add_in(&mut tx, &initiative, &url, false, &rfc3339(now)).await {
        Err(StoreError::FeedTaken(_)) => return Ok(Outcome::Exists),
        added => added?,
    };
    let entry = AuditChange {
        note: Some(format!("submission {id}")),
        ..entry(actor, Action::Approve, FEED_KIND, &url)
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}

/// Staff add a feed directly (trusted: its items publish without moderation), or trust the
/// one the initiative has at this URL already. Returns the feed's id;
/// [`StoreError::FeedTaken`] when another initiative has the URL.
pub async fn add_feed(
    db: &Db,
    actor: &Actor,
    initiative: &str,
    url: &str,
    now: OffsetDateTime,
) -> Result<i64> {
    let mut tx = db.begin().await?;
    let id = feeds::add_in(&mut tx, initiative, url, true, &rfc3339(now)).await?;
    let entry = AuditChange {
        note: Some(initiative.to_owned()),
        ..entry(actor, Action::Create, FEED_KIND, url)
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// Staff hide a post (or show it again); a hidden opening post takes its public thread out
/// of search. [`Outcome::NotFound`] when there is no such post.
pub async fn hide_post(
    db: &Db,
    actor: &Actor,
    post_id: i64,
    hidden: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    if !community::set_post_hidden_in(&mut tx, post_id, hidden, now.unix_timestamp()).await? {
        return Ok(Outcome::NotFound);
    }
    let action = if hidden { Action::Hide } else { Action::Show };
    audit(
        &mut tx,
        &entry(actor, action, "post", &post_id.to_string()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}

/// Staff resolve report `id`: its post is hidden (`hide`) or kept.
/// [`Outcome::AlreadyDecided`] when the report is not open (or does not exist).
pub async fn resolve_report(
    db: &Db,
    actor: &Actor,
    id: i64,
    hide: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let unix = now.unix_timestamp();
    let mut tx = db.begin().await?;
    let Some(post_id) = community::resolve_report_in(&mut tx, id, actor.id, unix).await? else {
        return Ok(Outcome::AlreadyDecided);
    };
    if hide {
        community::set_post_hidden_in(&mut tx, post_id, true, unix).await?;
    }
    let action = if hide { Action::Hide } else { Action::Keep };
    let entry = AuditChange {
        note: Some(format!("report {id}")),
        ..entry(actor, action, "post", &post_id.to_string())
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    tracing::info!(
        security_event = "report_resolved",
        report = id,
        hidden = hide,
        user_id = actor.id,
        "report resolved"
    );
    Ok(Outcome::Done)
}

/// An admin changes an account's role; its sessions end, so new staff log in again with a
/// second factor. [`Outcome::Unchanged`] when it has that role already,
/// [`Outcome::NotFound`] when there is no such account.
pub async fn set_role(
    db: &Db,
    actor: &Actor,
    user_id: i64,
    role: Role,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let Some(stored) = accounts::role_in(&mut tx, user_id).await? else {
        return Ok(Outcome::NotFound);
    };
    // An unreadable stored role counts as a member's, as everywhere else.
    if Role::parse(&stored).unwrap_or(Role::Member) == role {
        return Ok(Outcome::Unchanged);
    }
    accounts::set_role_in(&mut tx, user_id, role).await?;
    sessions::delete_for_user_in(&mut tx, user_id).await?;
    let entry = AuditChange {
        before_json: Some(stored),
        after_json: Some(role.slug().to_owned()),
        ..entry(actor, Action::Role, "user", &user_id.to_string())
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await?;
    tracing::info!(
        security_event = "role_changed",
        account_id = user_id,
        role = role.slug(),
        user_id = actor.id,
        "role changed"
    );
    Ok(Outcome::Done)
}

/// An admin links a member to an initiative (they may then propose edits to it). The caller
/// checks that both exist.
pub async fn link_initiative(
    db: &Db,
    actor: &Actor,
    user_id: i64,
    slug: &str,
    now: OffsetDateTime,
) -> Result<()> {
    let mut tx = db.begin().await?;
    accounts::link_initiative_in(&mut tx, user_id, slug).await?;
    let entry = AuditChange {
        note: Some(slug.to_owned()),
        ..entry(actor, Action::Link, "user", &user_id.to_string())
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await
}

/// Staff record an uploaded graphic (already stored) for the media pack.
pub async fn record_upload(
    db: &Db,
    actor: &Actor,
    upload: &MediaUpload,
    now: OffsetDateTime,
) -> Result<()> {
    let mut tx = db.begin().await?;
    media::add_in(&mut tx, upload, actor.id).await?;
    let entry = AuditChange {
        note: Some(upload.label.clone()),
        ..entry(actor, Action::Upload, "media", &upload.name)
    };
    audit(&mut tx, &entry, now).await?;
    tx.commit().await
}
