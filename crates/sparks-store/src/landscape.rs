//! The landscape: how many initiatives, and how much EU money, per pillar and country and per
//! programme and start year.
//!
//! The site counts them on the directory index ([`crate::DirectoryIndex::landscape`]), which
//! it keeps up to date anyway. The `GROUP BY` queries here are the database's own answer to
//! the same questions, which tests hold the index's counts equal to.

use crate::{Db, Result, Sql};

/// One cell of a matrix.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Cell {
    /// Row value: country code, or start year.
    pub row: String,
    /// Column value: pillar slug, or programme slug.
    pub col: String,
    /// Initiatives in the cell.
    pub initiatives: i64,
    /// Sum of their EU contributions in whole euros (each initiative's whole contribution, in
    /// every cell it belongs to: a pillar and country total, not a share).
    pub eu_contribution_eur: i64,
    /// How many of them have a recorded EU contribution.
    pub with_contribution: i64,
}

/// Both matrices' cells and what they leave out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Cells of [`pillar_country`], those with initiatives only.
    pub pillar_country: Vec<Cell>,
    /// Cells of [`programme_year`], those with initiatives only.
    pub programme_year: Vec<Cell>,
    /// See [`undated`].
    pub undated: i64,
    /// See [`without_country`].
    pub without_country: i64,
}

/// Initiatives per country (coordinator or partner) and pillar. An initiative listing a
/// country both as coordinator and partner counts once.
pub async fn pillar_country(db: &Db) -> Result<Vec<Cell>> {
    db.fetch_all::<Cell>(Sql::new(
        "SELECT c.country AS row, p.pillar AS col, COUNT(*) AS initiatives, \
         CAST(COALESCE(SUM(i.eu_contribution_eur), 0) AS BIGINT) AS eu_contribution_eur, \
         COUNT(i.eu_contribution_eur) AS with_contribution \
         FROM (SELECT DISTINCT initiative_id, country FROM initiative_countries) c \
         JOIN initiative_pillars p ON p.initiative_id = c.initiative_id \
         JOIN initiatives i ON i.id = c.initiative_id \
         GROUP BY c.country, p.pillar",
    ))
    .await
}

/// Initiatives per start year and programme (initiatives without a start date left out; see
/// [`undated`]).
pub async fn programme_year(db: &Db) -> Result<Vec<Cell>> {
    db.fetch_all::<Cell>(Sql::new(
        "SELECT CAST(i.start_year AS TEXT) AS row, i.programme AS col, COUNT(*) AS initiatives, \
         CAST(COALESCE(SUM(i.eu_contribution_eur), 0) AS BIGINT) AS eu_contribution_eur, \
         COUNT(i.eu_contribution_eur) AS with_contribution \
         FROM initiatives i WHERE i.start_year IS NOT NULL \
         GROUP BY i.start_year, i.programme",
    ))
    .await
}

/// How many initiatives have no start date, and so no place in the programme × year matrix.
pub async fn undated(db: &Db) -> Result<i64> {
    db.count(Sql::new(
        "SELECT COUNT(*) AS n FROM initiatives WHERE start_year IS NULL",
    ))
    .await
}

/// How many initiatives name no country at all, and so no place in the pillar × country
/// matrix.
pub async fn without_country(db: &Db) -> Result<i64> {
    db.count(Sql::new(
        "SELECT COUNT(*) AS n FROM initiatives i WHERE NOT EXISTS \
         (SELECT 1 FROM initiative_countries c WHERE c.initiative_id = i.id)",
    ))
    .await
}
