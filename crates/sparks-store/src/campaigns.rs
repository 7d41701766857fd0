//! Campaigns (issue #19): stored as one JSON record each, with a publication flag (drafts are
//! for staff, who preview them) and a version that grows with every save, so the graphics
//! generated from a campaign's words can be cached by it. Editors save through [`save`]:
//! decision, write and audit entry in one transaction.

use sparks_core::campaign::Campaign;
use time::OffsetDateTime;

use crate::editorial::Actor;
use crate::jobs::stamp;
use crate::moderation::{AuditChange, audit_in};
use crate::versions::{self, DataKind};
use crate::{Db, Result, Sql, StoreError as Error};

/// A stored campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCampaign {
    /// The record.
    pub campaign: Campaign,
    /// Whether visitors see it (otherwise a draft, for staff).
    pub published: bool,
    /// Grows with every save: what caches of its graphics are keyed by.
    pub version: i64,
    /// When it was last saved (RFC 3339).
    pub updated_at: String,
}

#[derive(sqlx::FromRow)]
struct Row {
    published: bool,
    record: String,
    version: i64,
    updated_at: String,
}

impl TryFrom<Row> for StoredCampaign {
    type Error = Error;

    fn try_from(r: Row) -> Result<Self> {
        Ok(StoredCampaign {
            campaign: serde_json::from_str(&r.record)
                .map_err(|e| Error::Corrupt(format!("campaign record: {e}")))?,
            published: r.published,
            version: r.version,
            updated_at: r.updated_at,
        })
    }
}

const COLUMNS: &str = "SELECT published, record, version, updated_at FROM campaigns";

/// Every campaign (drafts too when `drafts`), dated ones newest first after the undated ones
/// (a standing kit, like the site's own, leads).
pub async fn list(db: &Db, drafts: bool) -> Result<Vec<StoredCampaign>> {
    let mut sql = Sql::new(COLUMNS);
    if !drafts {
        sql.push(" WHERE published = ").push_arg(true);
    }
    let rows: Vec<Row> = db.fetch_all(sql).await?;
    let mut out = rows
        .into_iter()
        .map(StoredCampaign::try_from)
        .collect::<Result<Vec<_>>>()?;
    out.sort_by(|a, b| {
        let key = |c: &StoredCampaign| c.campaign.starts_on.clone();
        match (key(a), key(b)) {
            (None, None) => a.campaign.slug.cmp(&b.campaign.slug),
            (None, Some(_)) => std::cmp::Ordering::Less,
            (Some(_), None) => std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => y.cmp(&x),
        }
    });
    Ok(out)
}

/// One campaign by slug, drafts included (the caller decides who may see a draft).
pub async fn get(db: &Db, slug: &str) -> Result<Option<StoredCampaign>> {
    let mut sql = Sql::new(COLUMNS);
    sql.push(" WHERE slug = ").push_arg(slug);
    db.fetch_optional::<Row>(sql)
        .await?
        .map(StoredCampaign::try_from)
        .transpose()
}

/// What [`save`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// A new campaign.
    Created,
    /// An existing one changed; its new version.
    Updated(i64),
    /// Nothing saved: another campaign has this slug.
    SlugTaken,
    /// Nothing saved: the campaign being edited is gone.
    Missing,
}

/// Creates or replaces a campaign (by `previous_slug` when renaming, else by its slug) and
/// writes the audit entry, in one transaction. The caller has checked
/// [`Campaign::problems`].
pub async fn save(
    db: &Db,
    campaign: &Campaign,
    previous_slug: Option<&str>,
    published: bool,
    actor: &Actor,
    now: OffsetDateTime,
) -> Result<Saved> {
    let record =
        serde_json::to_string(campaign).map_err(|e| Error::Corrupt(format!("campaign: {e}")))?;
    let at = stamp(now);
    let mut tx = db.begin().await?;
    let target = previous_slug.unwrap_or(&campaign.slug);
    let mut find =
        Sql::new("SELECT published, record, version, updated_at FROM campaigns WHERE slug = ");
    find.push_arg(target);
    let before: Option<Row> = tx.fetch_optional(find).await?;
    if target != campaign.slug {
        let mut taken = Sql::new("SELECT COUNT(*) AS n FROM campaigns WHERE slug = ");
        taken.push_arg(campaign.slug.as_str());
        if tx.count(taken).await? > 0 {
            return Ok(Saved::SlugTaken);
        }
    }
    let (outcome, before_json, action) = match &before {
        Some(row) => {
            let mut sql = Sql::new("UPDATE campaigns SET slug = ");
            sql.push_arg(campaign.slug.as_str())
                .push(", published = ")
                .push_arg(published)
                .push(", starts_on = ")
                .push_arg(campaign.starts_on.clone())
                .push(", record = ")
                .push_arg(record.as_str())
                .push(", version = version + 1, updated_at = ")
                .push_arg(at.as_str())
                .push(" WHERE slug = ")
                .push_arg(target);
            tx.execute(sql).await?;
            (
                Saved::Updated(row.version + 1),
                Some(row.record.clone()),
                "update",
            )
        }
        None => {
            if previous_slug.is_some() {
                return Ok(Saved::Missing);
            }
            let mut taken = Sql::new("SELECT COUNT(*) AS n FROM campaigns WHERE slug = ");
            taken.push_arg(campaign.slug.as_str());
            if tx.count(taken).await? > 0 {
                return Ok(Saved::SlugTaken);
            }
            tx.execute(insert_sql(campaign, &record, published, &at))
                .await?;
            (Saved::Created, None, "create")
        }
    };
    audit_in(
        &mut tx,
        &AuditChange {
            actor_id: Some(actor.id),
            actor_name: actor.name.clone(),
            action: action.to_owned(),
            kind: "campaign".to_owned(),
            target: campaign.slug.clone(),
            before_json,
            after_json: Some(record),
            note: Some(if published { "published" } else { "draft" }.to_owned()),
        },
        now.unix_timestamp(),
    )
    .await?;
    versions::bump(&mut tx, DataKind::Content).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// The row of a new campaign (also used when an editor approves a member's proposal).
pub(crate) fn insert_sql(c: &Campaign, record: &str, published: bool, at: &str) -> Sql {
    Sql::insert(
        "campaigns",
        [
            ("slug", c.slug.as_str().into()),
            ("published", published.into()),
            ("starts_on", c.starts_on.clone().into()),
            ("record", record.into()),
            ("created_at", at.into()),
            ("updated_at", at.into()),
        ],
    )
}

const MARKER: &str = "seed.campaigns";

/// Loads the bundled campaigns, published, unless an earlier start did (marker
/// `seed.campaigns`): a site that predates campaigns receives them on its next start, and
/// editors' changes are never undone. A bundled slug an editor already used is left alone.
/// Returns how many were loaded now.
pub async fn seed_once(db: &Db, campaigns: &[Campaign], now: OffsetDateTime) -> Result<usize> {
    let Some(mut tx) = crate::seed::begin_once(db, MARKER).await? else {
        return Ok(0);
    };
    let at = stamp(now);
    let mut loaded = 0;
    for c in campaigns {
        let mut taken = Sql::new("SELECT COUNT(*) AS n FROM campaigns WHERE slug = ");
        taken.push_arg(c.slug.as_str());
        if tx.count(taken).await? > 0 {
            continue;
        }
        let record =
            serde_json::to_string(c).map_err(|e| Error::Corrupt(format!("campaign: {e}")))?;
        tx.execute(insert_sql(c, &record, true, &at)).await?;
        loaded += 1;
    }
    crate::seed::mark_done(&mut tx, MARKER, &at).await?;
    versions::bump(&mut tx, DataKind::Content).await?;
    tx.commit().await?;
    Ok(loaded)
}
