//! Figures on the scale of child sexual abuse and the response to it, each with its
//! publisher, year and source. Values are kept as the source words them; a number is read
//! from them where that is safe, so that series can be charted.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::FieldError;
use crate::initiative::{parse_url, parse_urls};
use crate::vocab;

/// How exact a number read from a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    /// The source gives the exact count.
    Exact,
    /// The source rounds (`36.2 million`).
    Rounded,
    /// The source gives a lower bound (`more than 18 million`).
    AtLeast,
}

/// A value or a year as data files write it: a number or text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum NumberOrText {
    /// A whole number.
    Number(i64),
    /// Text as the source gives it.
    Text(String),
}

/// `true`, `false`, or a word such as `indirect`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum FlagOrText {
    /// Yes or no.
    Flag(bool),
    /// A qualified answer.
    Text(String),
}

/// A validated figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Statistic {
    /// URL slug.
    pub slug: String,
    /// What is counted; figures with the same wording form a series.
    pub figure: String,
    /// Slug of the series (from the figure's wording).
    pub series: String,
    /// The value as the source words it.
    pub value: String,
    /// The number read from the value, when it is a count.
    pub number: Option<i64>,
    /// How exact `number` is.
    pub precision: Precision,
    /// The year it refers to, when it is one year.
    pub year: Option<i32>,
    /// The period as the source gives it (`2020`, `2020-2022`), when known.
    pub period: Option<String>,
    /// Who published it.
    pub publisher: String,
    /// Where it was read.
    pub source_url: Url,
    /// The original publication, when the source cites one.
    pub primary_source: Option<Url>,
    /// Other pages citing it.
    pub also_cited_at: Vec<Url>,
    /// Caveats (counting changes, rounding, secondary sources).
    pub note: Option<String>,
    /// Whether the former Sparks site cited it (`true`, `false`, `indirect`).
    pub cited_on_sparks: String,
}

/// A figure as written in an import file (the format of `data/statistics.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StatisticDraft {
    /// Slug to keep; when absent it comes from the figure and year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// What is counted; required.
    pub figure: String,
    /// Number or text; required.
    pub value: Option<NumberOrText>,
    /// A year (number) or a period (text).
    pub year: Option<NumberOrText>,
    /// Publisher; required.
    pub publisher: String,
    /// Source; required.
    pub source_url: String,
    /// Whether the former site cited it.
    pub cited_on_sparks: Option<FlagOrText>,
    /// Other pages citing it.
    pub also_cited_at: Vec<String>,
    /// The original publication.
    pub primary_source: Option<String>,
    /// Caveats.
    pub note: Option<String>,
}

impl StatisticDraft {
    /// Checks every rule; returns the figure or every problem found.
    pub fn validate(self) -> Result<Statistic, Vec<FieldError>> {
        let mut errors = Vec::new();
        let figure = vocab::required_line("figure", &self.figure, &mut errors);
        let publisher = vocab::required_line("publisher", &self.publisher, &mut errors);
        let (value, number, precision) = match &self.value {
            None => {
                errors.push(FieldError::new("value", "is missing"));
                (String::new(), None, Precision::Exact)
            }
            Some(NumberOrText::Number(n)) => (n.to_string(), Some(*n), Precision::Exact),
            Some(NumberOrText::Text(t)) => {
                let t = vocab::required_line("value", t, &mut errors);
                let (n, p) =
                    read_number(&t).map_or((None, Precision::Exact), |(n, p)| (Some(n), p));
                (t, n, p)
            }
        };
        let (year, period) = match &self.year {
            None => (None, None),
            Some(NumberOrText::Number(y)) => match i32::try_from(*y) {
                Ok(y) if (1900..=2200).contains(&y) => (Some(y), Some(y.to_string())),
                _ => {
                    errors.push(FieldError::new("year", "must be between 1900 and 2200"));
                    (None, None)
                }
            },
            Some(NumberOrText::Text(t)) => {
                let t = crate::initiative::clean(t);
                match t.parse::<i32>() {
                    Ok(y) if (1900..=2200).contains(&y) => (Some(y), Some(t)),
                    _ => (None, (!t.is_empty()).then_some(t)),
                }
            }
        };
        let source_url = if self.source_url.trim().is_empty() {
            errors.push(FieldError::new("source_url", "is missing"));
            None
        } else {
            parse_url("source_url", Some(&self.source_url), &mut errors)
        };
        let primary_source = parse_url(
            "primary_source",
            self.primary_source.as_deref(),
            &mut errors,
        );
        let also_cited_at = parse_urls("also_cited_at", &self.also_cited_at, &mut errors);
        let slug_base = format!("{figure} {}", period.as_deref().unwrap_or(""));
        let slug = vocab::slug_for(self.slug.as_deref(), &slug_base, &mut errors);
        let cited_on_sparks = match self.cited_on_sparks {
            None => "false".to_owned(),
            Some(FlagOrText::Flag(b)) => b.to_string(),
            Some(FlagOrText::Text(t)) => crate::initiative::clean(&t),
        };
        let (Some(source_url), true) = (source_url, errors.is_empty()) else {
            return Err(errors);
        };
        Ok(Statistic {
            slug,
            series: vocab::derived_slug(&figure),
            figure,
            value,
            number,
            precision,
            year,
            period,
            publisher,
            source_url,
            primary_source,
            also_cited_at,
            note: self
                .note
                .map(|n| crate::initiative::clean(&n))
                .filter(|n| !n.is_empty()),
            cited_on_sparks,
        })
    }
}

impl Statistic {
    /// The draft that validates back to this figure.
    pub fn to_draft(&self) -> StatisticDraft {
        StatisticDraft {
            slug: Some(self.slug.clone()),
            figure: self.figure.clone(),
            value: Some(match (self.number, self.precision) {
                (Some(n), Precision::Exact) if n.to_string() == self.value => {
                    NumberOrText::Number(n)
                }
                _ => NumberOrText::Text(self.value.clone()),
            }),
            year: self.period.clone().map(|p| match self.year {
                Some(y) if y.to_string() == p => NumberOrText::Number(i64::from(y)),
                _ => NumberOrText::Text(p),
            }),
            publisher: self.publisher.clone(),
            source_url: self.source_url.to_string(),
            cited_on_sparks: Some(match self.cited_on_sparks.as_str() {
                "true" => FlagOrText::Flag(true),
                "false" => FlagOrText::Flag(false),
                other => FlagOrText::Text(other.to_owned()),
            }),
            also_cited_at: self.also_cited_at.iter().map(ToString::to_string).collect(),
            primary_source: self.primary_source.as_ref().map(ToString::to_string),
            note: self.note.clone(),
        }
    }
}

/// Reads a count from text when the text is one (`36.2 million`, `more than 250,000`,
/// `20.5 million (over 20 million, ...)`); percentages, ratios and ranges give `None`, as
/// they cannot share an axis with counts.
pub fn read_number(text: &str) -> Option<(i64, Precision)> {
    let lower = text.trim().to_lowercase();
    let (rest, bound) = ["more than ", "over "]
        .iter()
        .find_map(|p| lower.strip_prefix(p).map(|r| (r, true)))
        .unwrap_or((lower.as_str(), false));
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let digits = rest[..end].replace(',', "");
    if digits.is_empty() {
        return None;
    }
    let mut tail = rest[end..].trim_start();
    let mut scale = 1.0;
    let mut rounded = digits.contains('.');
    for (word, factor) in [("million", 1e6), ("billion", 1e9)] {
        if let Some(t) = tail.strip_prefix(word) {
            tail = t;
            scale = factor;
            rounded = true;
        }
    }
    // Anything after the number other than a parenthesised remark changes its meaning.
    let tail = tail.trim_start();
    if !(tail.is_empty() || tail.starts_with('(')) {
        return None;
    }
    let value: f64 = digits.parse().ok()?;
    let n = (value * scale).round();
    if !(0.0..9.0e15).contains(&n) {
        return None;
    }
    #[expect(clippy::cast_possible_truncation, reason = "bounded just above")]
    let n = n as i64;
    let precision = if bound {
        Precision::AtLeast
    } else if rounded {
        Precision::Rounded
    } else {
        Precision::Exact
    };
    Some((n, precision))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_only_from_counts() {
        assert_eq!(
            read_number("36.2 million"),
            Some((36_200_000, Precision::Rounded))
        );
        assert_eq!(
            read_number("20.5 million (over 20 million, ~63 million files)"),
            Some((20_500_000, Precision::Rounded))
        );
        assert_eq!(
            read_number("more than 18 million"),
            Some((18_000_000, Precision::AtLeast))
        );
        assert_eq!(
            read_number("more than 250,000"),
            Some((250_000, Precision::AtLeast))
        );
        for no in [
            "82%",
            "1 in 5",
            "70-85%",
            "nearly 5,000; clearance rate 44%",
            "+70% in three years",
            "50% / 62%",
        ] {
            assert_eq!(read_number(no), None, "{no}");
        }
    }

    #[test]
    fn figures_validate_and_round_trip() {
        let s: StatisticDraft = serde_json::from_str(
            r#"{"figure":"NCMEC CyberTipline reports received","value":"36.2 million","year":2023,
                "publisher":"NCMEC","source_url":"https://example.org/","cited_on_sparks":"indirect","note":null}"#,
        )
        .unwrap();
        let s = s.validate().unwrap();
        assert_eq!(s.slug, "ncmec-cybertipline-reports-received-2023");
        assert_eq!(s.series, "ncmec-cybertipline-reports-received");
        assert_eq!((s.number, s.year), (Some(36_200_000), Some(2023)));
        assert_eq!(s.to_draft().validate().unwrap(), s);
        let e = StatisticDraft::default().validate().unwrap_err();
        crate::vocab::assert_reported(&e, &["figure", "publisher", "value", "source_url"]);
    }
}
