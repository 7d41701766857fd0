//! The reference sections read whole rather than paged: recommendations, statistics and
//! helplines. Each keeps the order its records were first loaded in.

use sparks_core::resource::initiative_candidates;
use sparks_core::{
    Country, Helpline, HelplineDraft, Recommendation, RecommendationDraft, Statistic,
    StatisticDraft,
};

use crate::content::{self, InitiativeRef, RecordRow, decode, encode, initiatives_of};
use crate::{Db, Result, Sql, Tx};

/// A recommendation with the initiatives it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct RecommendationEntry {
    /// The recommendation.
    pub recommendation: Recommendation,
    /// Initiatives in the directory that issued it.
    pub initiatives: Vec<InitiativeRef>,
}

/// Inserts or replaces (by slug) a recommendation; links the initiatives its issuer names.
pub async fn upsert_recommendation(tx: &mut Tx, r: &Recommendation, now: &str) -> Result<()> {
    let id = content::upsert_row(
        tx,
        "recommendations",
        vec![
            ("slug", r.slug.clone().into()),
            ("pillar", r.pillar.slug().into()),
            ("record", encode(&r.to_draft())?.into()),
        ],
        true,
        now,
    )
    .await?;
    let mut slugs = r.initiatives.clone();
    slugs.extend(initiative_candidates(&r.issuer));
    content::link_initiatives(tx, "recommendation", id, &slugs).await
}

/// Every recommendation, by pillar then in loading order.
pub async fn recommendations(db: &Db) -> Result<Vec<RecommendationEntry>> {
    let rows = db
        .fetch_all::<RecordRow>(Sql::new(
            "SELECT id, record FROM recommendations ORDER BY pillar, position",
        ))
        .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let mut links = initiatives_of(db, "recommendation", &ids).await?;
    rows.into_iter()
        .map(|row| {
            Ok(RecommendationEntry {
                recommendation: decode(&row.record, RecommendationDraft::validate)?,
                initiatives: links.remove(&row.id).unwrap_or_default(),
            })
        })
        .collect()
}

/// Inserts or replaces (by slug) a figure.
pub async fn upsert_statistic(tx: &mut Tx, s: &Statistic, now: &str) -> Result<()> {
    content::upsert_row(
        tx,
        "statistics",
        vec![
            ("slug", s.slug.clone().into()),
            ("series", s.series.clone().into()),
            ("year", s.year.map(i64::from).into()),
            ("record", encode(&s.to_draft())?.into()),
        ],
        true,
        now,
    )
    .await
    .map(|_| ())
}

/// Which figures to read.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatisticFilter {
    /// Of this series (slug).
    pub series: Option<String>,
    /// Of this year.
    pub year: Option<i32>,
}

/// The figures the filter selects, series in loading order, years ascending within a series.
pub async fn statistics(db: &Db, filter: &StatisticFilter) -> Result<Vec<Statistic>> {
    let mut sql = Sql::new("SELECT s.id, s.record FROM statistics s");
    let mut w = content::Conditions::new();
    if let Some(series) = &filter.series {
        w.and(&mut sql)
            .push("s.series = ")
            .push_arg(series.as_str());
    }
    if let Some(y) = filter.year {
        w.and(&mut sql).push("s.year = ").push_arg(i64::from(y));
    }
    sql.push(
        " ORDER BY (SELECT MIN(f.position) FROM statistics f WHERE f.series = s.series), \
         CASE WHEN s.year IS NULL THEN 1 ELSE 0 END, s.year, s.position",
    );
    db.fetch_all::<RecordRow>(sql)
        .await?
        .iter()
        .map(|r| decode(&r.record, StatisticDraft::validate))
        .collect()
}

/// Inserts or replaces (by slug) a help service, and its search document in the same
/// transaction (help services are in the one search).
pub async fn upsert_helpline(tx: &mut Tx, h: &Helpline, now: &str) -> Result<()> {
    content::upsert_row(
        tx,
        "helplines",
        vec![
            ("slug", h.slug.clone().into()),
            ("country", h.country.code().into()),
            ("kind", h.kind.slug().into()),
            ("record", encode(&h.to_draft())?.into()),
        ],
        true,
        now,
    )
    .await?;
    // A help service's record carries the day it was last checked: the review queue and
    // pages read checks from one place, so the record's date goes there too (never
    // turning a later check back).
    if let Some(day) = h.checked {
        crate::checks::stamp_in(
            tx,
            crate::moderation::ContentKind::Helpline,
            &h.slug,
            day,
            crate::checks::Checker::Import,
        )
        .await?;
    }
    crate::search::index_in(tx, &sparks_search::SearchDocument::from_helpline(h), now).await
}

/// Every help service (or those of one country), by country code then in loading order.
pub async fn helplines(db: &Db, country: Option<Country>) -> Result<Vec<Helpline>> {
    let mut sql = Sql::new("SELECT id, record FROM helplines");
    if let Some(c) = country {
        sql.push(" WHERE country = ").push_arg(c.code());
    }
    sql.push(" ORDER BY country, position");
    db.fetch_all::<RecordRow>(sql)
        .await?
        .iter()
        .map(|r| decode(&r.record, HelplineDraft::validate))
        .collect()
}

/// How many records each section of the content hub holds, for the home page.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct HubCounts {
    /// Resources.
    pub resources: i64,
    /// Events, past and upcoming.
    pub events: i64,
    /// Recommendations.
    pub recommendations: i64,
    /// Figures.
    pub statistics: i64,
    /// Countries with at least one help service.
    pub helpline_countries: i64,
}

/// Every count of [`HubCounts`], in one query.
pub async fn hub_counts(db: &Db) -> Result<HubCounts> {
    let sql = Sql::new(
        "SELECT (SELECT COUNT(*) FROM resources) AS resources, \
         (SELECT COUNT(*) FROM events) AS events, \
         (SELECT COUNT(*) FROM recommendations) AS recommendations, \
         (SELECT COUNT(*) FROM statistics) AS statistics, \
         (SELECT COUNT(DISTINCT country) FROM helplines) AS helpline_countries",
    );
    Ok(db.fetch_optional(sql).await?.unwrap_or_default())
}
