//! Staff decisions about whole threads: hide, lock, pin, move. Each writes the change, keeps the thread's search entry in line and writes
//! the audit entry in one transaction.

use time::OffsetDateTime;

use super::{Action, Actor, Outcome, audit, entry};
use crate::community::{self, ThreadFlag};
use crate::moderation::AuditChange;
use crate::{Db, Result};

/// Staff lock a thread (or unlock it): no more replies. [`Outcome::NotFound`] when there is
/// no such thread. The same as [`flag_thread`] with [`ThreadFlag::Locked`].
pub async fn lock_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    locked: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    flag_thread(db, actor, thread_id, ThreadFlag::Locked, locked, now).await
}

/// Staff set or clear one of a thread's flags: hide it (its title and posts are gone from
/// every public place, search included), lock it (no more replies) or pin it (listed first
/// in its space). [`Outcome::NotFound`] when there is no such thread.
pub async fn flag_thread(
    db: &Db,
    actor: &Actor,
    thread_id: i64,
    flag: ThreadFlag,
    on: bool,
    now: OffsetDateTime,
) -> Result<Outcome> {
    let action = match (flag, on) {
        (ThreadFlag::Hidden, true) => Action::Hide,
        (ThreadFlag::Hidden, false) => Action::Show,
        (ThreadFlag::Locked, true) => Action::Lock,
        (ThreadFlag::Locked, false) => Action::Unlock,
        (ThreadFlag::Pinned, true) => Action::Pin,
        (ThreadFlag::Pinned, false) => Action::Unpin,
    };
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
