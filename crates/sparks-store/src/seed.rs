//! Loading the bundled dataset on first start, exactly once.

use sparks_core::Initiative;

use crate::{Backend, Result, Sql, initiatives};

/// The `meta` key recording that the bundled initiatives were loaded.
const SEEDED_KEY: &str = "seed.initiatives";

/// What [`seed_initiatives_once`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeedOutcome {
    /// The dataset was loaded now, this many records.
    Loaded(usize),
    /// It had been loaded before; nothing was touched.
    AlreadySeeded,
}

#[derive(sqlx::FromRow)]
struct MetaRow {
    #[expect(dead_code, reason = "only presence matters")]
    value: String,
}

/// Loads the initiatives unless a previous start already did. Once seeded, the data belongs
/// to the editors: restarting never reloads (and so never undoes their edits) or duplicates.
/// On PostgreSQL a transaction-scoped advisory lock makes servers starting together take
/// turns, and the second one finds the marker.
pub async fn seed_initiatives_once(
    db: &crate::Db,
    initiatives: &[Initiative],
    now: &str,
) -> Result<SeedOutcome> {
    let mut tx = db.begin().await?;
    if tx.backend() == Backend::Postgres {
        tx.execute(Sql::new("SELECT pg_advisory_xact_lock(727172)"))
            .await?;
    }
    let mut check = Sql::new("SELECT value FROM meta WHERE key = ");
    check.push_arg(SEEDED_KEY);
    if tx.fetch_optional::<MetaRow>(check).await?.is_some() {
        return Ok(SeedOutcome::AlreadySeeded);
    }
    for initiative in initiatives {
        initiatives::upsert_in(&mut tx, initiative, now).await?;
    }
    let mut mark = Sql::new("INSERT INTO meta (key, value) VALUES (");
    mark.push_arg(SEEDED_KEY).push(", ").push_arg(now).push(")");
    tx.execute(mark).await?;
    tx.commit().await?;
    Ok(SeedOutcome::Loaded(initiatives.len()))
}
