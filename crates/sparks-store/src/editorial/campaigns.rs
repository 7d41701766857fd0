//! Members propose campaigns: a proposal waits in the moderation queue (kind
//! [`CAMPAIGN_KIND`]) and an editor's approval publishes it, as for the other content types.

use serde::{Deserialize, Serialize};
use sparks_core::campaign::Campaign;
use time::OffsetDateTime;

use super::feed_items::pending_of_kind;
use super::{Action, Actor, Outcome, audit, entry};
use crate::jobs::stamp;
use crate::moderation::{self, AuditChange};
use crate::versions::{self, DataKind};
use crate::{Db, Result, Sql, StoreError};

/// The kind name of campaign proposals in the moderation queue.
pub const CAMPAIGN_KIND: &str = "campaign";

/// A member's campaign as it waits in the queue.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CampaignProposal {
    /// Its title, for the queue (`title` is what the queue lists proposals by).
    pub title: String,
    /// The campaign and its kit, as the member wrote them (checked when proposed).
    pub campaign: Campaign,
}

/// A member proposes `campaign`; returns the proposal's id. `title` names it in the queue.
pub async fn propose_campaign(
    db: &Db,
    campaign: &Campaign,
    title: &str,
    submitter_id: i64,
    now: OffsetDateTime,
) -> Result<i64> {
    let proposal = CampaignProposal {
        title: title.to_owned(),
        campaign: campaign.clone(),
    };
    let payload = serde_json::to_string(&proposal)
        .map_err(|e| StoreError::Corrupt(format!("campaign proposal: {e}")))?;
    moderation::submit_raw(
        db,
        CAMPAIGN_KIND,
        Some(&campaign.slug),
        &payload,
        submitter_id,
        now.unix_timestamp(),
    )
    .await
}

/// An editor approves the campaign proposal `id`: it is decided, the campaign published and
/// the audit entry written, together. [`Outcome::Exists`] (nothing written) when its slug was
/// taken since it was proposed.
pub async fn approve_campaign(
    db: &Db,
    actor: &Actor,
    id: i64,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let refusal = "only a campaign proposal is approved as one";
    let submission = match pending_of_kind(&mut tx, id, CAMPAIGN_KIND, refusal).await? {
        Ok(submission) => submission,
        Err(outcome) => return Ok(outcome),
    };
    let proposal: CampaignProposal = serde_json::from_str(&submission.payload)
        .map_err(|e| StoreError::Corrupt(format!("campaign proposal {id}: {e}")))?;
    let campaign = &proposal.campaign;
    let mut taken = Sql::new("SELECT COUNT(*) AS n FROM campaigns WHERE slug = ");
    taken.push_arg(campaign.slug.as_str());
    if tx.count(taken).await? > 0 {
        return Ok(Outcome::Exists);
    }
    if !moderation::decide_in(&mut tx, id, true, None, actor.id, now.unix_timestamp()).await? {
        return Ok(Outcome::AlreadyDecided);
    }
    let record = serde_json::to_string(campaign)
        .map_err(|e| StoreError::Corrupt(format!("campaign: {e}")))?;
    tx.execute(crate::campaigns::insert_sql(
        campaign,
        &record,
        true,
        &stamp(now),
    ))
    .await?;
    let change = AuditChange {
        after_json: Some(record),
        note: Some(format!("submission {id}")),
        ..entry(actor, Action::Approve, "campaign", &campaign.slug)
    };
    audit(&mut tx, &change, now).await?;
    versions::bump(&mut tx, DataKind::Content).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}
