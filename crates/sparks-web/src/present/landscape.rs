//! The landscape matrices, shaped for the page, the CSV and the API from the cells the
//! directory index counts: every row and column present, gaps included.

use std::collections::{BTreeSet, HashMap};

use sparks_core::{Country, Pillar, Programme};
use sparks_store::{DirectoryIndex, landscape};
use sparks_views::{Locale, with_lang};

/// The EU member states: always rows of the country matrix, so that a member state with no
/// initiative shows as a gap instead of being missing.
const EU_MEMBERS: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

/// A row or column: its value and its label.
#[derive(Debug, Clone)]
pub struct Axis {
    /// Value in URLs and the API.
    pub value: String,
    /// Label in the page's language.
    pub label: String,
}

/// A cell.
#[derive(Debug, Clone, Default)]
pub struct MatrixCell {
    /// Initiatives; 0 is a gap.
    pub initiatives: i64,
    /// Sum of their EU contributions.
    pub eu_contribution_eur: i64,
    /// How many have a recorded contribution.
    pub with_contribution: i64,
    /// The directory filtered to this cell.
    pub href: String,
}

/// A matrix: rows × columns of cells.
#[derive(Debug, Clone)]
pub struct Matrix {
    /// What the rows are.
    pub rows_are: &'static str,
    /// What the columns are.
    pub columns_are: &'static str,
    /// Rows.
    pub rows: Vec<Axis>,
    /// Columns.
    pub columns: Vec<Axis>,
    /// `cells[row][column]`.
    pub cells: Vec<Vec<MatrixCell>>,
}

impl Matrix {
    /// The largest count, for the colour scale.
    pub fn max(&self) -> i64 {
        self.cells
            .iter()
            .flatten()
            .map(|c| c.initiatives)
            .max()
            .unwrap_or(0)
    }
}

/// Both matrices and what they leave out.
#[derive(Debug, Clone)]
pub struct Landscape {
    /// Countries × pillars.
    pub pillar_country: Matrix,
    /// Start years × programmes.
    pub programme_year: Matrix,
    /// Initiatives without a start date.
    pub undated: i64,
    /// Initiatives naming no country.
    pub without_country: i64,
}

fn fill(
    rows: Vec<Axis>,
    columns: Vec<Axis>,
    cells: &[landscape::Cell],
    href: impl Fn(&str, &str) -> String,
    rows_are: &'static str,
    columns_are: &'static str,
) -> Matrix {
    let by_key: HashMap<(&str, &str), &landscape::Cell> = cells
        .iter()
        .map(|c| ((c.row.as_str(), c.col.as_str()), c))
        .collect();
    let grid = rows
        .iter()
        .map(|r| {
            columns
                .iter()
                .map(|c| {
                    let found = by_key.get(&(r.value.as_str(), c.value.as_str()));
                    MatrixCell {
                        initiatives: found.map_or(0, |f| f.initiatives),
                        eu_contribution_eur: found.map_or(0, |f| f.eu_contribution_eur),
                        with_contribution: found.map_or(0, |f| f.with_contribution),
                        href: href(&r.value, &c.value),
                    }
                })
                .collect()
        })
        .collect();
    Matrix {
        rows_are,
        columns_are,
        rows,
        columns,
        cells: grid,
    }
}

/// Both matrices, counted on the directory index; links keep `lang` when the URL chose it.
pub fn load(index: &DirectoryIndex, locale: Locale, lang: Option<Locale>) -> Landscape {
    let counts = index.landscape();
    let pc = counts.pillar_country;
    let mut codes: BTreeSet<&str> = EU_MEMBERS.into_iter().collect();
    codes.extend(pc.iter().map(|c| c.row.as_str()));
    let mut countries: Vec<Axis> = codes
        .into_iter()
        .filter_map(|code| Country::from_code(code).ok())
        .map(|c| Axis {
            value: c.code().to_owned(),
            label: locale.country(c),
        })
        .collect();
    countries.sort_by(|a, b| a.label.cmp(&b.label));
    let pillars: Vec<Axis> = Pillar::ALL
        .iter()
        .map(|p| Axis {
            value: p.slug().to_owned(),
            label: locale.pillar(*p),
        })
        .collect();
    let pillar_country = fill(
        countries,
        pillars,
        &pc,
        |country, pillar| {
            with_lang(
                &format!("/initiatives?pillar={pillar}&country={country}"),
                lang,
            )
        },
        "country",
        "pillar",
    );

    let py = counts.programme_year;
    let years: Vec<i32> = py.iter().filter_map(|c| c.row.parse().ok()).collect();
    let rows: Vec<Axis> = match (years.iter().min(), years.iter().max()) {
        // Every year in the range, so that years without any start show as gaps.
        (Some(first), Some(last)) => (*first..=*last)
            .rev()
            .map(|y| Axis {
                value: y.to_string(),
                label: y.to_string(),
            })
            .collect(),
        _ => Vec::new(),
    };
    let programmes: Vec<Axis> = Programme::ALL
        .iter()
        .filter(|p| py.iter().any(|c| c.col == p.slug()))
        .map(|p| Axis {
            value: p.slug().to_owned(),
            label: locale.programme(*p),
        })
        .collect();
    let programme_year = fill(
        rows,
        programmes,
        &py,
        |year, programme| {
            with_lang(
                &format!("/initiatives?programme={programme}&year={year}"),
                lang,
            )
        },
        "year",
        "programme",
    );
    Landscape {
        pillar_country,
        programme_year,
        undated: counts.undated,
        without_country: counts.without_country,
    }
}

/// A cell a spreadsheet would run as a formula (`= + - @`, tab, carriage return) gets a
/// leading apostrophe.
fn neutralise(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{cell}")
    } else {
        cell.to_owned()
    }
}

/// Both matrices as CSV, one line per cell, gaps included.
pub fn csv(l: &Landscape) -> String {
    let mut out = String::from(
        "matrix,row_dimension,row,row_label,column_dimension,column,column_label,initiatives,eu_contribution_eur,with_contribution\r\n",
    );
    for (name, m) in [
        ("pillar_country", &l.pillar_country),
        ("programme_year", &l.programme_year),
    ] {
        for (row, cells) in m.rows.iter().zip(&m.cells) {
            for (col, c) in m.columns.iter().zip(cells) {
                let fields = [
                    name.to_owned(),
                    m.rows_are.to_owned(),
                    row.value.clone(),
                    row.label.clone(),
                    m.columns_are.to_owned(),
                    col.value.clone(),
                    col.label.clone(),
                    c.initiatives.to_string(),
                    c.eu_contribution_eur.to_string(),
                    c.with_contribution.to_string(),
                ];
                let line: Vec<String> = fields
                    .iter()
                    .map(|f| {
                        let f = neutralise(f);
                        if f.contains([',', '"', '\n', '\r']) {
                            format!("\"{}\"", f.replace('"', "\"\""))
                        } else {
                            f
                        }
                    })
                    .collect();
                out.push_str(&line.join(","));
                out.push_str("\r\n");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(neutralise("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(neutralise("-1"), "'-1");
        assert_eq!(neutralise("Poland"), "Poland");
    }
}
