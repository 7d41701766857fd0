//! Staff recording where an addressee stands with a recommendation.

use sparks_core::date::iso_day;
use sparks_core::{UptakeDraft, UptakeUpdate};
use time::OffsetDateTime;

use super::feed_items::pending_of_kind;
use super::{Action, Actor, Outcome, audit, entry};
use crate::moderation::{self, AuditChange};
use crate::versions::{self, DataKind};
use crate::{Db, Result, Sql, StoreError, Tx, uptake};

/// The kind name of uptake proposals in the moderation queue.
pub const UPTAKE_KIND: &str = "uptake";

/// The update as the audit log keeps it.
fn audit_json(u: &UptakeUpdate) -> String {
    serde_json::json!({
        "addressee": u.addressee.kind.slug(),
        "country": u.addressee.country.map(|c| c.code()),
        "status": u.status.slug(),
        "date": iso_day(u.date),
        "note": u.note,
        "source_url": u.source_url.as_ref().map(ToString::to_string),
    })
    .to_string()
}

/// Writes `update` for recommendation `slug` in `tx`: the current row for its addressee
/// (created when the addressee is new to the recommendation) and a history entry.
async fn write_in(
    tx: &mut Tx,
    actor: &Actor,
    slug: &str,
    update: &UptakeUpdate,
    at: i64,
) -> Result<()> {
    let day = iso_day(update.date);
    let source = update.source_url.as_ref().map(ToString::to_string);
    let a = &update.addressee;
    let mut sql = Sql::new(
        "INSERT INTO recommendation_uptake (recommendation, addressee, country, status, \
         status_date, note, source_url, recorded_by_name, recorded_at) VALUES (",
    );
    sql.push_arg(slug)
        .push(", ")
        .push_arg(a.kind.slug())
        .push(", ")
        .push_arg(a.country_code())
        .push(", ")
        .push_arg(update.status.slug())
        .push(", ")
        .push_arg(day.as_str())
        .push(", ")
        .push_arg(update.note.as_str())
        .push(", ")
        .push_arg(source.clone())
        .push(", ")
        .push_arg(actor.name.as_str())
        .push(", ")
        .push_arg(at)
        .push(
            ") ON CONFLICT (recommendation, addressee, country) DO UPDATE SET \
             status = excluded.status, status_date = excluded.status_date, \
             note = excluded.note, source_url = excluded.source_url, \
             recorded_by_name = excluded.recorded_by_name, recorded_at = excluded.recorded_at",
        );
    tx.execute(sql).await?;
    tx.execute(Sql::insert(
        "recommendation_uptake_history",
        [
            ("recommendation", slug.into()),
            ("addressee", a.kind.slug().into()),
            ("country", a.country_code().into()),
            ("status", update.status.slug().into()),
            ("status_date", day.as_str().into()),
            ("note", update.note.as_str().into()),
            ("source_url", source.into()),
            ("recorded_by", Some(actor.id).into()),
            ("recorded_by_name", actor.name.as_str().into()),
            ("recorded_at", at.into()),
        ],
    ))
    .await?;
    versions::bump(tx, DataKind::Content).await
}

/// Staff record `update` for recommendation `slug`: the current row and the history entry
/// are written and the audit entry too, in one transaction. [`Outcome::NotFound`] when no
/// such recommendation is published.
pub async fn record_uptake(
    db: &Db,
    actor: &Actor,
    slug: &str,
    update: &UptakeUpdate,
    now: OffsetDateTime,
) -> Result<Outcome> {
    if !uptake::exists(db, slug).await? {
        return Ok(Outcome::NotFound);
    }
    let mut tx = db.begin().await?;
    write_in(&mut tx, actor, slug, update, now.unix_timestamp()).await?;
    let change = AuditChange {
        after_json: Some(audit_json(update)),
        note: Some(format!(
            "uptake {} {}",
            update.addressee.key(),
            update.status.slug()
        )),
        ..entry(actor, Action::Uptake, "recommendation", slug)
    };
    audit(&mut tx, &change, now).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}

/// What a member's proposed uptake update holds in the moderation queue.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct UptakeProposal {
    /// The recommendation's slug.
    pub recommendation: String,
    /// Its title, for the queue (`title` is what the queue lists proposals by).
    pub title: String,
    /// The update as the member filled it in.
    #[serde(flatten)]
    pub draft: UptakeDraft,
}

/// A member proposes an uptake update: it waits in the moderation queue (kind
/// [`UPTAKE_KIND`]). Returns the proposal's id.
pub async fn propose_uptake(
    db: &Db,
    proposal: &UptakeProposal,
    submitter_id: i64,
    now: OffsetDateTime,
) -> Result<i64> {
    let payload = serde_json::to_string(proposal)
        .map_err(|e| StoreError::Corrupt(format!("uptake proposal: {e}")))?;
    moderation::submit_raw(
        db,
        UPTAKE_KIND,
        Some(&proposal.recommendation),
        &payload,
        submitter_id,
        now.unix_timestamp(),
    )
    .await
}

/// How approving an uptake proposal ended.
#[derive(Debug, Clone, PartialEq)]
pub enum UptakeApproval {
    /// Decided (or not: see the outcome).
    Decided(Outcome),
    /// The proposal no longer passes the rules (a date that is now in the future cannot
    /// happen; a recommendation removed since can): nothing was written.
    Invalid(Vec<sparks_core::FieldError>),
}

/// An editor approves the uptake proposal `id`: it is decided, the update recorded (with the
/// member's evidence, under the editor's name) and the audit entry written, together.
pub async fn approve_uptake(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: OffsetDateTime,
) -> Result<UptakeApproval> {
    let mut tx = db.begin().await?;
    let refusal = "only an uptake proposal is approved as one";
    let submission = match pending_of_kind(&mut tx, id, UPTAKE_KIND, refusal).await? {
        Ok(submission) => submission,
        Err(outcome) => return Ok(UptakeApproval::Decided(outcome)),
    };
    let proposal: UptakeProposal = serde_json::from_str(&submission.payload)
        .map_err(|e| StoreError::Corrupt(format!("uptake proposal {id}: {e}")))?;
    let update = match proposal.draft.validate(now.date()) {
        Ok(u) => u,
        Err(errors) => return Ok(UptakeApproval::Invalid(errors)),
    };
    let mut exists = Sql::new("SELECT COUNT(*) AS n FROM recommendations WHERE slug = ");
    exists.push_arg(proposal.recommendation.as_str());
    if tx.count(exists).await? == 0 {
        return Ok(UptakeApproval::Decided(Outcome::NotFound));
    }
    let at = now.unix_timestamp();
    if !moderation::decide_in(&mut tx, id, true, None, actor.id, at).await? {
        return Ok(UptakeApproval::Decided(Outcome::AlreadyDecided));
    }
    write_in(&mut tx, actor, &proposal.recommendation, &update, at).await?;
    let change = AuditChange {
        after_json: Some(audit_json(&update)),
        note: Some(format!("submission {id}")),
        ..entry(
            actor,
            Action::Approve,
            "recommendation",
            &proposal.recommendation,
        )
    };
    audit(&mut tx, &change, now).await?;
    tx.commit().await?;
    Ok(UptakeApproval::Decided(Outcome::Done))
}

/// Staff link (`add`) or unlink an initiative or resource (`kind` = `initiative` or
/// `resource`, `target` its slug) to recommendation `slug` as `relation`, with an audit
/// entry, in one transaction. [`Outcome::NotFound`] when the recommendation or the target
/// does not exist, [`Outcome::Unchanged`] when it is already so.
pub async fn link_recommendation(
    db: &Db,
    actor: &Actor,
    slug: &str,
    link: &uptake::RecLink,
    add: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    if !uptake::exists(db, slug).await?
        || (add && !uptake::target_exists(db, &link.kind, &link.slug).await?)
    {
        return Ok(Outcome::NotFound);
    }
    let mut tx = db.begin().await?;
    let changed = if add {
        let mut sql = Sql::new(
            "INSERT INTO recommendation_links (recommendation, relation, kind, target) VALUES (",
        );
        sql.push_arg(slug)
            .push(", ")
            .push_arg(link.relation.slug())
            .push(", ")
            .push_arg(link.kind.as_str())
            .push(", ")
            .push_arg(link.slug.as_str())
            .push(") ON CONFLICT DO NOTHING");
        tx.execute(sql).await?
    } else {
        let mut sql = Sql::new("DELETE FROM recommendation_links WHERE recommendation = ");
        sql.push_arg(slug)
            .push(" AND relation = ")
            .push_arg(link.relation.slug())
            .push(" AND kind = ")
            .push_arg(link.kind.as_str())
            .push(" AND target = ")
            .push_arg(link.slug.as_str());
        tx.execute(sql).await?
    };
    if changed == 0 {
        return Ok(Outcome::Unchanged);
    }
    let what = if add { "link" } else { "unlink" };
    let change = AuditChange {
        note: Some(format!(
            "{what} {} {} {}",
            link.relation.slug(),
            link.kind,
            link.slug
        )),
        ..entry(actor, Action::Link, "recommendation", slug)
    };
    audit(&mut tx, &change, now).await?;
    versions::bump(&mut tx, DataKind::Content).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}
