//! Staff confirming that a record is still correct.

use time::OffsetDateTime;

use super::{Action, Actor, Outcome, audit, entry};
use crate::checks::{self, Checker};
use crate::moderation::ContentKind;
use crate::{Db, Result};

/// Staff confirm that the published record `kind`/`slug` still matches its sources: stamps
/// today (from `now`) and the staff member, with an audit entry, in one transaction.
/// [`Outcome::NotFound`] when no such record is published (or its kind is not checked).
pub async fn mark_checked(
    db: &Db,
    actor: &Actor,
    kind: ContentKind,
    slug: &str,
    now: OffsetDateTime,
) -> Result<Outcome> {
    if !checks::CHECKED_KINDS.contains(&kind) || !checks::exists(db, kind, slug).await? {
        return Ok(Outcome::NotFound);
    }
    let day = now.date();
    let mut tx = db.begin().await?;
    checks::stamp_in(
        &mut tx,
        kind,
        slug,
        day,
        Checker::Staff(actor.id, &actor.name),
    )
    .await?;
    let note = format!("checked on {}", sparks_core::date::iso_day(day));
    let change = crate::moderation::AuditChange {
        note: Some(note),
        ..entry(actor, Action::Check, kind.slug(), slug)
    };
    audit(&mut tx, &change, now).await?;
    tx.commit().await?;
    Ok(Outcome::Done)
}
