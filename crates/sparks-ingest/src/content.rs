//! The content hub's import files: arrays of records in the format of the bundled
//! `data/{resources,news,events,recommendations,statistics,helplines}.json`. As with
//! initiatives, every record is checked, the good ones are kept and each bad one is reported
//! with its position and reason.

use serde::de::DeserializeOwned;
use sparks_core::{
    Event, EventDraft, FieldError, Helpline, HelplineDraft, NewsDraft, NewsPost, Recommendation,
    RecommendationDraft, Resource, ResourceDraft, Statistic, StatisticDraft,
};

use crate::{IngestError, RecordError};

/// The bundled resources.
pub const BUNDLED_RESOURCES: &str = include_str!("../../../data/resources.json");
/// The bundled news posts.
pub const BUNDLED_NEWS: &str = include_str!("../../../data/news.json");
/// The bundled events.
pub const BUNDLED_EVENTS: &str = include_str!("../../../data/events.json");
/// The bundled recommendations.
pub const BUNDLED_RECOMMENDATIONS: &str = include_str!("../../../data/recommendations.json");
/// The bundled statistics.
pub const BUNDLED_STATISTICS: &str = include_str!("../../../data/statistics.json");
/// The bundled helplines.
pub const BUNDLED_HELPLINES: &str = include_str!("../../../data/helplines.json");

/// The outcome of parsing one content file: the good records and the bad ones.
#[derive(Debug)]
pub struct ContentReport<T> {
    /// Records that passed every rule, in file order.
    pub items: Vec<T>,
    /// Records that did not.
    pub errors: Vec<RecordError>,
}

/// Every bundled content type, parsed: what `sparks serve` loads on first start (and the
/// tests seed their sites with).
#[derive(Debug, Default)]
pub struct BundledContent {
    /// Resources.
    pub resources: Vec<Resource>,
    /// News posts.
    pub news: Vec<NewsPost>,
    /// Events.
    pub events: Vec<Event>,
    /// Recommendations.
    pub recommendations: Vec<Recommendation>,
    /// Statistics.
    pub statistics: Vec<Statistic>,
    /// Helplines.
    pub helplines: Vec<Helpline>,
    /// Bundled records that failed their rules, with their content type (the test suite
    /// keeps this empty; a server logs and skips them).
    pub skipped: Vec<(&'static str, RecordError)>,
}

impl BundledContent {
    /// Parses every bundled file; a file that does not parse at all is an error naming its
    /// content type.
    pub fn parse() -> Result<BundledContent, (&'static str, IngestError)> {
        let mut skipped = Vec::new();
        Ok(BundledContent {
            resources: take(
                "resources",
                parse_resources(BUNDLED_RESOURCES),
                &mut skipped,
            )?,
            news: take("news", parse_news(BUNDLED_NEWS), &mut skipped)?,
            events: take("events", parse_events(BUNDLED_EVENTS), &mut skipped)?,
            recommendations: take(
                "recommendations",
                parse_recommendations(BUNDLED_RECOMMENDATIONS),
                &mut skipped,
            )?,
            statistics: take(
                "statistics",
                parse_statistics(BUNDLED_STATISTICS),
                &mut skipped,
            )?,
            helplines: take(
                "helplines",
                parse_helplines(BUNDLED_HELPLINES),
                &mut skipped,
            )?,
            skipped,
        })
    }

    /// The records as the store seeds them.
    pub fn seed(&self) -> sparks_store::seed::ContentSeed<'_> {
        sparks_store::seed::ContentSeed {
            resources: &self.resources,
            news: &self.news,
            events: &self.events,
            recommendations: &self.recommendations,
            statistics: &self.statistics,
            helplines: &self.helplines,
        }
    }
}

/// The good records of one bundled file; its bad ones go to `skipped`.
fn take<T>(
    what: &'static str,
    report: Result<ContentReport<T>, IngestError>,
    skipped: &mut Vec<(&'static str, RecordError)>,
) -> Result<Vec<T>, (&'static str, IngestError)> {
    let report = report.map_err(|e| (what, e))?;
    skipped.extend(report.errors.into_iter().map(|e| (what, e)));
    Ok(report.items)
}

/// How one content type reads: its draft, how to validate it, and how to name a record in
/// error messages.
struct Kind<D, T> {
    /// The field that names a record (`title`, `name`, `figure`).
    label_field: &'static str,
    validate: fn(D) -> Result<T, Vec<FieldError>>,
    slug_given: fn(&D) -> bool,
    slug_of: fn(&mut T) -> &mut String,
}

/// Parses and checks a file. A slug made from a title that an earlier record of the same file
/// already has gets `-2`, `-3`, ... so that two different records with the same title both
/// load; an explicit slug given twice means the later record wins, as an upsert would.
fn parse<D: DeserializeOwned, T>(
    json: &str,
    kind: &Kind<D, T>,
) -> Result<ContentReport<T>, IngestError> {
    let values: Vec<serde_json::Value> = serde_json::from_str(json.trim_start_matches('\u{feff}'))
        .map_err(IngestError::NotAnArray)?;
    let mut report = ContentReport {
        items: Vec::new(),
        errors: Vec::new(),
    };
    let mut taken: Vec<String> = Vec::new();
    for (index, value) in values.into_iter().enumerate() {
        let position = index + 1;
        let label = value
            .get(kind.label_field)
            .and_then(|a| a.as_str())
            .filter(|s| !s.trim().is_empty())
            .map(short_label);
        let draft: D = match serde_json::from_value(value) {
            Ok(d) => d,
            Err(e) => {
                report.errors.push(RecordError {
                    position,
                    acronym: label,
                    problems: vec![FieldError::new(
                        "record",
                        format!("has the wrong shape: {e}"),
                    )],
                });
                continue;
            }
        };
        let given = (kind.slug_given)(&draft);
        match (kind.validate)(draft) {
            Ok(mut item) => {
                let slug = (kind.slug_of)(&mut item);
                if !given {
                    *slug = sparks_core::slug::unique_slug(slug, |s| taken.iter().any(|t| t == s));
                }
                taken.push(slug.clone());
                report.items.push(item);
            }
            Err(problems) => report.errors.push(RecordError {
                position,
                acronym: label,
                problems,
            }),
        }
    }
    Ok(report)
}

/// A record's name for messages, cut short.
fn short_label(s: &str) -> String {
    if s.chars().count() <= 60 {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(60).collect::<String>())
    }
}

/// Parses a resources file.
pub fn parse_resources(json: &str) -> Result<ContentReport<Resource>, IngestError> {
    parse(
        json,
        &Kind {
            label_field: "title",
            validate: ResourceDraft::validate,
            slug_given: |d: &ResourceDraft| d.slug.is_some(),
            slug_of: |r: &mut Resource| &mut r.slug,
        },
    )
}

/// Parses a news file.
pub fn parse_news(json: &str) -> Result<ContentReport<NewsPost>, IngestError> {
    parse(
        json,
        &Kind {
            label_field: "title",
            validate: NewsDraft::validate,
            slug_given: |d: &NewsDraft| d.slug.is_some(),
            slug_of: |r: &mut NewsPost| &mut r.slug,
        },
    )
}

/// Parses an events file.
pub fn parse_events(json: &str) -> Result<ContentReport<Event>, IngestError> {
    parse(
        json,
        &Kind {
            label_field: "title",
            validate: EventDraft::validate,
            slug_given: |d: &EventDraft| d.slug.is_some(),
            slug_of: |r: &mut Event| &mut r.slug,
        },
    )
}

/// Parses a recommendations file.
pub fn parse_recommendations(json: &str) -> Result<ContentReport<Recommendation>, IngestError> {
    parse(
        json,
        &Kind {
            label_field: "title",
            validate: RecommendationDraft::validate,
            slug_given: |d: &RecommendationDraft| d.slug.is_some(),
            slug_of: |r: &mut Recommendation| &mut r.slug,
        },
    )
}

/// Parses a statistics file.
pub fn parse_statistics(json: &str) -> Result<ContentReport<Statistic>, IngestError> {
    parse(
        json,
        &Kind {
            label_field: "figure",
            validate: StatisticDraft::validate,
            slug_given: |d: &StatisticDraft| d.slug.is_some(),
            slug_of: |r: &mut Statistic| &mut r.slug,
        },
    )
}

/// Parses a helplines file.
pub fn parse_helplines(json: &str) -> Result<ContentReport<Helpline>, IngestError> {
    parse(
        json,
        &Kind {
            label_field: "name",
            validate: HelplineDraft::validate,
            slug_given: |d: &HelplineDraft| d.slug.is_some(),
            slug_of: |r: &mut Helpline| &mut r.slug,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean<T>(what: &str, report: Result<ContentReport<T>, IngestError>, n: usize) -> Vec<T> {
        let report = report.unwrap();
        let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{what}: {errors:#?}");
        assert_eq!(report.items.len(), n, "{what}");
        report.items
    }

    #[test]
    fn every_bundled_file_is_valid_throughout() {
        let resources = clean("resources", parse_resources(BUNDLED_RESOURCES), 62);
        let mut slugs: Vec<&str> = resources.iter().map(|r| r.slug.as_str()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 62);
        clean("news", parse_news(BUNDLED_NEWS), 3);
        let events = clean("events", parse_events(BUNDLED_EVENTS), 42);
        let prague = events
            .iter()
            .find(|e| e.slug == "sparks-in-the-dark-conference-united-for-child-safety-2024")
            .unwrap();
        assert_eq!(prague.timezone.as_deref(), Some("Europe/Prague"));
        assert!(events.iter().any(|e| e.slug
            == "international-workshop-on-prevention-and-investigation-strategies-to-fight-2024"));
        clean(
            "recommendations",
            parse_recommendations(BUNDLED_RECOMMENDATIONS),
            37,
        );
        let stats = clean("statistics", parse_statistics(BUNDLED_STATISTICS), 37);
        let ncmec = stats
            .iter()
            .filter(|s| s.series == "ncmec-cybertipline-reports-received" && s.number.is_some())
            .count();
        assert!(ncmec >= 5, "{ncmec}");
        clean("helplines", parse_helplines(BUNDLED_HELPLINES), 97);
    }

    #[test]
    fn bad_records_are_reported_with_position_and_good_ones_kept() {
        let json = r#"[
            {"title": "Good", "type": "report"},
            {"title": "Good", "type": "report"},
            {"title": "", "type": "poster"},
            {"title": "Shape", "type": "report", "pillars": "prevention"},
            7
        ]"#;
        let report = parse_resources(json).unwrap();
        let slugs: Vec<&str> = report.items.iter().map(|r| r.slug.as_str()).collect();
        assert_eq!(slugs, ["good", "good-2"]);
        let lines: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 3, "{lines:#?}");
        assert!(lines[0].starts_with("record 3") && lines[0].contains("title: is missing"));
        assert!(lines[1].starts_with("record 4 (Shape)") && lines[1].contains("wrong shape"));
        assert!(lines[2].starts_with("record 5"));
        assert!(parse_events("{}").is_err());
    }

    #[test]
    fn statistics_csv_has_a_header_and_neutralised_cells() {
        let report = crate::parse_statistics(crate::BUNDLED_STATISTICS).unwrap();
        let mut out = Vec::new();
        sparks_core::formats::write_statistics_csv(&report.items, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut rows = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(rows.headers().unwrap().len(), 10);
        let values: Vec<String> = rows.records().map(|r| r.unwrap()[4].to_owned()).collect();
        assert_eq!(values.len(), 37);
        assert!(values.iter().any(|v| v == "'+70% in three years"));
        assert!(values.iter().all(|v| !v.starts_with(['=', '+', '-', '@'])));
    }
}
