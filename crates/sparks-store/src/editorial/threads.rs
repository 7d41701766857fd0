//! Staff decisions about whole threads: hide, lock, pin, move. Each writes the change, keeps the thread's search entry in line and writes
//! the audit entry in one transaction.

use time::OffsetDateTime;

use super::{Action, Actor, Outcome, audit, entry};
use crate::community::{self, ThreadFlag};
use crate::moderation::AuditChange;
use crate::{Db, Result};

/// Staff hide a whole thread (or show it again): hidden, its title and posts are gone from
/// every public place, search included. [`Outcome::NotFound`] when there is no such thread.
pub async fn hide_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    hidden: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let action = if hidden { Action::Hide } else { Action::Show };
    set_flag(
        db,
        actor,
        thread_id,
        ThreadFlag::Hidden,
        hidden,
        action,
        now,
    )
    .await
}

/// Staff lock a thread (or unlock it): no more replies. [`Outcome::NotFound`] when there is
/// no such thread.
pub async fn lock_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    locked: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let action = if locked { Action::Lock } else { Action::Unlock };
    set_flag(
        db,
        actor,
        thread_id,
        ThreadFlag::Locked,
        locked,
        action,
        now,
    )
    .await
}

/// Staff pin a thread to the top of its space (or unpin it). [`Outcome::NotFound`] when
/// there is no such thread.
pub async fn pin_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    pinned: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let action = if pinned { Action::Pin } else { Action::Unpin };
    set_flag(
        db,
        actor,
        thread_id,
        ThreadFlag::Pinned,
        pinned,
        action,
        now,
    )
    .await
}

async fn set_flag(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    flag: ThreadFlag,
    on: bool,
    action: Action,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    let unix = now.unix_timestamp();
    if !community::set_thread_flag_in(&mut tx, thread_id, flag, on, unix).await? {
        return Ok(Outcome::NotFound);
    }
    audit(
        &mut tx,
        &entry(actor, action, "thread", &thread_id.to_string()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}

/// Staff move a thread to `space` (the caller checked it exists); the audit entry names the
/// new space. [`Outcome::NotFound`] when there is no such thread.
pub async fn move_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    space: &str,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let mut tx = db.begin().await?;
    if !community::move_thread_in(&mut tx, thread_id, space, now.unix_timestamp()).await? {
        return Ok(Outcome::NotFound);
    }
    let change = AuditChange {
        note: Some(space.to_owned()),
        ..entry(actor, Action::Move, "thread", &thread_id.to_string())
    };
    audit(&mut tx, &change, now).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}
