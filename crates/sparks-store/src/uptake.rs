//! Uptake of the key recommendations (issue #19, section 2): the current status per
//! (recommendation, addressee) and the append-only history of every update. Writing goes
//! through [`crate::editorial::record_uptake`], which keeps the audit entry in the same
//! transaction.
//!
//! Every reader of "where does uptake stand" (the recommendation's page, the tracker, the
//! CSV, the API) goes through [`board`], so their figures cannot disagree.

use std::collections::HashMap;

use sparks_core::{Addressee, AddresseeKind, Country, Recommendation, UptakeStatus};
use time::Date;

use crate::checks::parse_day;
use crate::{Db, Result, Sql, StoreError};

/// Where one addressee stands with one recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Uptake {
    /// Whom it is about.
    pub addressee: Addressee,
    /// The status.
    pub status: UptakeStatus,
    /// When that was so; `None` for the implicit `unknown` nobody recorded.
    pub date: Option<Date>,
    /// Short note.
    pub note: String,
    /// Where the evidence is.
    pub source_url: Option<String>,
    /// Who recorded it (their name then); `None` when nobody did.
    pub recorded_by: Option<String>,
    /// When it was recorded (Unix seconds); `None` when nobody did.
    pub recorded_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct UptakeRow {
    recommendation: String,
    addressee: String,
    country: String,
    status: String,
    status_date: String,
    note: String,
    source_url: Option<String>,
    recorded_by_name: String,
    recorded_at: i64,
}

impl UptakeRow {
    fn into_uptake(self) -> Result<(String, Uptake)> {
        let corrupt = |what: &str, v: &str| StoreError::Corrupt(format!("uptake {what} {v:?}"));
        let kind: AddresseeKind = self
            .addressee
            .parse()
            .map_err(|_| corrupt("addressee", &self.addressee))?;
        let country = match self.country.as_str() {
            "" => None,
            c => Some(Country::from_code(c).map_err(|_| corrupt("country", c))?),
        };
        let status = self
            .status
            .parse()
            .map_err(|_| corrupt("status", &self.status))?;
        Ok((
            self.recommendation,
            Uptake {
                addressee: Addressee { kind, country },
                status,
                date: Some(parse_day(&self.status_date)?),
                note: self.note,
                source_url: self.source_url,
                recorded_by: Some(self.recorded_by_name),
                recorded_at: Some(self.recorded_at),
            },
        ))
    }
}

const COLUMNS: &str = "recommendation, addressee, country, status, status_date, note, \
                       source_url, recorded_by_name, recorded_at";

/// The addressee a recommendation's own `addressee` field names, if it names a known one.
pub fn implicit_addressee(r: &Recommendation) -> Option<Addressee> {
    r.addressee
        .as_deref()
        .and_then(AddresseeKind::from_data)
        .map(Addressee::of)
}

/// Current uptake of each recommendation given (by slug): every recorded row, plus the
/// recommendation's own addressee as `unknown` when nothing was recorded for it. Within a
/// recommendation, by addressee kind then country.
pub async fn board(db: &Db, recs: &[&Recommendation]) -> Result<HashMap<String, Vec<Uptake>>> {
    let mut found: HashMap<String, Vec<Uptake>> = HashMap::new();
    let slugs: Vec<String> = recs.iter().map(|r| r.slug.clone()).collect();
    for chunk in slugs.chunks(500) {
        let mut sql = Sql::new(&format!(
            "SELECT {COLUMNS} FROM recommendation_uptake WHERE recommendation IN "
        ));
        sql.push_in_list(chunk.iter().cloned());
        for row in db.fetch_all::<UptakeRow>(sql).await? {
            let (slug, u) = row.into_uptake()?;
            found.entry(slug).or_default().push(u);
        }
    }
    for r in recs {
        let list = found.entry(r.slug.clone()).or_default();
        if let Some(a) = implicit_addressee(r)
            && !list.iter().any(|u| u.addressee == a)
        {
            list.push(Uptake {
                addressee: a,
                status: UptakeStatus::Unknown,
                date: None,
                note: String::new(),
                source_url: None,
                recorded_by: None,
                recorded_at: None,
            });
        }
        list.sort_by_key(|u| u.addressee.sort_key());
    }
    Ok(found)
}

/// Every update recorded for one recommendation, newest first.
pub async fn history(db: &Db, slug: &str) -> Result<Vec<Uptake>> {
    let mut sql = Sql::new(&format!(
        "SELECT {COLUMNS} FROM recommendation_uptake_history WHERE recommendation = "
    ));
    sql.push_arg(slug).push(" ORDER BY id DESC");
    db.fetch_all::<UptakeRow>(sql)
        .await?
        .into_iter()
        .map(|r| r.into_uptake().map(|(_, u)| u))
        .collect()
}

/// Whether a recommendation with this slug is published.
pub async fn exists(db: &Db, slug: &str) -> Result<bool> {
    let mut sql = Sql::new("SELECT COUNT(*) AS n FROM recommendations WHERE slug = ");
    sql.push_arg(slug);
    Ok(db.count(sql).await? > 0)
}

/// An initiative or a resource linked to a recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecLink {
    /// How it relates.
    pub relation: sparks_core::Relation,
    /// `initiative` or `resource`.
    pub kind: String,
    /// Its slug.
    pub slug: String,
}

#[derive(sqlx::FromRow)]
struct LinkRow {
    recommendation: String,
    relation: String,
    kind: String,
    target: String,
}

fn link_of(row: LinkRow) -> Result<(String, RecLink)> {
    let relation = row
        .relation
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("recommendation link {:?}", row.relation)))?;
    Ok((
        row.recommendation,
        RecLink {
            relation,
            kind: row.kind,
            slug: row.target,
        },
    ))
}

/// The initiatives and resources an editor linked to recommendation `slug`.
pub async fn links_of(db: &Db, slug: &str) -> Result<Vec<RecLink>> {
    let mut sql = Sql::new(
        "SELECT recommendation, relation, kind, target FROM recommendation_links \
         WHERE recommendation = ",
    );
    sql.push_arg(slug).push(" ORDER BY relation, kind, target");
    db.fetch_all::<LinkRow>(sql)
        .await?
        .into_iter()
        .map(|r| link_of(r).map(|(_, l)| l))
        .collect()
}

/// The recommendations an initiative or resource (`kind`, `slug`) is linked to, as
/// (recommendation slug, how).
pub async fn linked_to(
    db: &Db,
    kind: &str,
    slug: &str,
) -> Result<Vec<(String, sparks_core::Relation)>> {
    let mut sql = Sql::new(
        "SELECT recommendation, relation, kind, target FROM recommendation_links WHERE kind = ",
    );
    sql.push_arg(kind)
        .push(" AND target = ")
        .push_arg(slug)
        .push(" ORDER BY relation, recommendation");
    db.fetch_all::<LinkRow>(sql)
        .await?
        .into_iter()
        .map(|r| link_of(r).map(|(rec, l)| (rec, l.relation)))
        .collect()
}

/// Whether the initiative or resource (`kind`, `slug`) exists.
pub async fn target_exists(db: &Db, kind: &str, slug: &str) -> Result<bool> {
    let table = match kind {
        "initiative" => "initiatives",
        "resource" => "resources",
        _ => return Ok(false),
    };
    let mut sql = Sql::new(&format!("SELECT COUNT(*) AS n FROM {table} WHERE slug = "));
    sql.push_arg(slug);
    Ok(db.count(sql).await? > 0)
}
