//! The editorial workflow: every decision an editor or admin takes — publishing, restoring
//! and unpublishing content, approving and rejecting proposals, adding feeds, hiding posts,
//! resolving reports, hiding, locking, pinning and moving threads, changing roles — as one
//! function that reads the state it decides on, writes the change and writes its audit entry
//! in ONE transaction. So the audit log never names a change that did not happen nor misses
//! one that did, and two editors deciding the same thing at once cannot both win.
//!
//! The functions take domain records that already passed validation (see [`Publishable`]),
//! the [`Actor`], and `now` (from the caller's clock). Turning a form or a stored payload into
//! a record stays with the caller.

mod campaigns;
mod checks;
mod community;
pub(crate) mod content;
mod feed_items;
mod threads;
mod uptake;

pub use campaigns::{CAMPAIGN_KIND, CampaignProposal, approve_campaign, propose_campaign};
pub use checks::mark_checked;
pub use community::{
    add_feed, approve_feed, hide_post, link_initiative, record_upload, resolve_report, set_role,
};
pub use content::{
    Change, Publication, Publishable, approve_submission, publish, reject_submission, restore,
    unpublish,
};
pub use feed_items::{approve_feed_item, set_feed_trusted};
pub use threads::{flag_thread, lock_thread, move_thread};
pub use uptake::{
    UPTAKE_KIND, UptakeApproval, UptakeProposal, approve_uptake, link_recommendation,
    propose_uptake, record_uptake,
};

use time::OffsetDateTime;

use crate::moderation::{self, AuditChange};
use crate::{Result, Tx};

/// Who takes a decision, as the audit log names them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// Their account id.
    pub id: i64,
    /// Their display name at the time.
    pub name: String,
}

/// What an audit entry says was done. Kept as text in the database ([`Action::as_str`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Staff published a new item.
    Create,
    /// Staff changed a published item.
    Update,
    /// An editor approved a proposed item (or feed).
    Approve,
    /// An editor approved a proposed edit of a published item.
    ApproveEdit,
    /// An editor turned a proposal down.
    Reject,
    /// Staff published an earlier version again.
    Restore,
    /// Staff took an item off the site.
    Unpublish,
    /// Staff hid a post.
    Hide,
    /// Staff showed a hidden post again.
    Show,
    /// Staff kept a reported post.
    Keep,
    /// An admin changed an account's role.
    Role,
    /// Staff locked a thread.
    Lock,
    /// Staff unlocked a thread.
    Unlock,
    /// An admin linked a member to an initiative.
    Link,
    /// Staff uploaded a graphic.
    Upload,
    /// Staff pinned a thread to the top of its space.
    Pin,
    /// Staff unpinned a thread.
    Unpin,
    /// Staff moved a thread to another space.
    Move,
    /// Staff confirmed a record's facts against its sources ("still correct").
    Check,
    /// Staff recorded where an addressee stands with a recommendation.
    Uptake,
}

impl Action {
    /// Every action.
    pub const ALL: [Action; 20] = [
        Action::Create,
        Action::Update,
        Action::Approve,
        Action::ApproveEdit,
        Action::Reject,
        Action::Restore,
        Action::Unpublish,
        Action::Hide,
        Action::Show,
        Action::Keep,
        Action::Role,
        Action::Lock,
        Action::Unlock,
        Action::Link,
        Action::Upload,
        Action::Pin,
        Action::Unpin,
        Action::Move,
        Action::Check,
        Action::Uptake,
    ];

    /// The name in the audit log.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Create => "create",
            Action::Update => "update",
            Action::Approve => "approve",
            Action::ApproveEdit => "approve-edit",
            Action::Reject => "reject",
            Action::Restore => "restore",
            Action::Unpublish => "unpublish",
            Action::Hide => "hide",
            Action::Show => "show",
            Action::Keep => "keep",
            Action::Role => "role",
            Action::Lock => "lock",
            Action::Unlock => "unlock",
            Action::Link => "link",
            Action::Upload => "upload",
            Action::Pin => "pin",
            Action::Unpin => "unpin",
            Action::Move => "move",
            Action::Check => "check",
            Action::Uptake => "uptake",
        }
    }

    /// Reads the name in the audit log.
    pub fn parse(text: &str) -> Option<Action> {
        Action::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

impl std::fmt::Display for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a decision ended. Whenever it is not [`Outcome::Done`], nothing was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[must_use]
pub enum Outcome {
    /// The change and its audit entry are committed.
    Done,
    /// Another editor decided first: the proposal is no longer pending, or the report no
    /// longer open.
    AlreadyDecided,
    /// It is already so (the account has that role).
    Unchanged,
    /// There is no such item, proposal, post, thread or account.
    NotFound,
    /// A new item's slug is taken by a published one, or a feed's URL by another initiative.
    Exists,
}

/// An audit entry by `actor` with nothing before, after or noted; callers add what they have.
fn entry(actor: &Actor, action: Action, kind: &str, target: &str) -> AuditChange {
    AuditChange {
        actor_id: Some(actor.id),
        actor_name: actor.name.clone(),
        action: action.as_str().to_owned(),
        kind: kind.to_owned(),
        target: target.to_owned(),
        before_json: None,
        after_json: None,
        note: None,
    }
}

/// Writes `entry` inside the transaction of the change it describes.
async fn audit(tx: &mut Tx, entry: &AuditChange, now: OffsetDateTime) -> Result<()> {
    moderation::audit_in(tx, entry, now.unix_timestamp()).await
}
