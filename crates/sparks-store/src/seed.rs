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
    initiatives::upsert_many_in(&mut tx, initiatives, now).await?;
    let mut mark = Sql::new("INSERT INTO meta (key, value) VALUES (");
    mark.push_arg(SEEDED_KEY).push(", ").push_arg(now).push(")");
    tx.execute(mark).await?;
    tx.commit().await?;
    Ok(SeedOutcome::Loaded(initiatives.len()))
}

/// Opens the transaction of a one-time load, or None when the `marker` in `meta` says an
/// earlier start did it. On PostgreSQL servers starting together take turns (the content
/// seed's advisory lock), and the second finds the marker.
pub(crate) async fn begin_once(db: &crate::Db, marker: &str) -> Result<Option<crate::Tx>> {
    let mut tx = db.begin().await?;
    if tx.backend() == Backend::Postgres {
        tx.execute(Sql::new("SELECT pg_advisory_xact_lock(727173)"))
            .await?;
    }
    let mut check = Sql::new("SELECT COUNT(*) AS n FROM meta WHERE key = ");
    check.push_arg(marker);
    Ok((tx.count(check).await? == 0).then_some(tx))
}

/// Sets the `marker` of a one-time load, in its transaction.
pub(crate) async fn mark_done(tx: &mut crate::Tx, marker: &str, at: &str) -> Result<()> {
    let mut mark = Sql::new("INSERT INTO meta (key, value) VALUES (");
    mark.push_arg(marker).push(", ").push_arg(at).push(")");
    tx.execute(mark).await.map(|_| ())
}

/// The bundled content hub records, parsed by the caller.
#[derive(Debug, Default)]
pub struct ContentSeed<'a> {
    /// Resources.
    pub resources: &'a [sparks_core::Resource],
    /// News posts.
    pub news: &'a [sparks_core::NewsPost],
    /// Events.
    pub events: &'a [sparks_core::Event],
    /// Recommendations.
    pub recommendations: &'a [sparks_core::Recommendation],
    /// Statistics.
    pub statistics: &'a [sparks_core::Statistic],
    /// Helplines.
    pub helplines: &'a [sparks_core::Helpline],
}

/// The content types of [`ContentSeed`], by their table's name, in the order they are loaded.
pub const CONTENT_TYPES: [&str; 6] = [
    "resources",
    "news",
    "events",
    "recommendations",
    "statistics",
    "helplines",
];

/// Loads each bundled content type unless an earlier start did, each with its own `meta`
/// marker: an installation that predates a content type still receives it, and editors'
/// changes to a seeded type are never undone. Run after [`seed_initiatives_once`], so that
/// resources and recommendations find the initiatives they name. Returns what was loaded now.
pub async fn seed_content_once(
    db: &crate::Db,
    seed: &ContentSeed<'_>,
    now: &str,
) -> Result<Vec<(&'static str, usize)>> {
    let mut tx = db.begin().await?;
    if tx.backend() == Backend::Postgres {
        tx.execute(Sql::new("SELECT pg_advisory_xact_lock(727173)"))
            .await?;
    }
    let mut loaded = Vec::new();
    for kind in CONTENT_TYPES {
        let key = format!("seed.{kind}");
        let mut check = Sql::new("SELECT value FROM meta WHERE key = ");
        check.push_arg(key.as_str());
        if tx.fetch_optional::<MetaRow>(check).await?.is_some() {
            continue;
        }
        let n = match kind {
            "resources" => {
                for r in seed.resources {
                    crate::resources::upsert_in(&mut tx, r, now).await?;
                }
                seed.resources.len()
            }
            "news" => {
                for p in seed.news {
                    crate::news::upsert_in(&mut tx, p, now).await?;
                }
                seed.news.len()
            }
            "events" => {
                for e in seed.events {
                    crate::events::upsert_in(&mut tx, e, now).await?;
                }
                seed.events.len()
            }
            "recommendations" => {
                for r in seed.recommendations {
                    crate::reference::upsert_recommendation(&mut tx, r, now).await?;
                }
                seed.recommendations.len()
            }
            "statistics" => {
                for s in seed.statistics {
                    crate::reference::upsert_statistic(&mut tx, s, now).await?;
                }
                seed.statistics.len()
            }
            _ => {
                for h in seed.helplines {
                    crate::reference::upsert_helpline(&mut tx, h, now).await?;
                }
                seed.helplines.len()
            }
        };
        let mut mark = Sql::new("INSERT INTO meta (key, value) VALUES (");
        mark.push_arg(key).push(", ").push_arg(now).push(")");
        tx.execute(mark).await?;
        loaded.push((kind, n));
    }
    tx.commit().await?;
    Ok(loaded)
}
