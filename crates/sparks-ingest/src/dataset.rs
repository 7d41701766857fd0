//! The initiatives dataset format: an array of objects with the fields of
//! `data/initiatives.json`. Export writes the same format (with `slug` added and countries as
//! codes), so an export re-imports to the same state.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sparks_core::{FieldError, Initiative, InitiativeDraft};

use crate::IngestError;

/// One record of the dataset, as it is written in the file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct DatasetRecord {
    /// Slug to keep; absent in the bundled dataset, where it comes from the acronym.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub full_name: String,
    /// Kind (`project`, `network`, `non-EU initiative`, ...).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Funding as found.
    pub funding_programme: Option<String>,
    /// Grant agreement number.
    pub grant_id: Option<String>,
    /// `YYYY[-MM[-DD]]`.
    pub start_date: Option<String>,
    /// `YYYY[-MM[-DD]]`.
    pub end_date: Option<String>,
    /// Coordinating organisation.
    pub coordinator: Option<String>,
    /// Country name or code.
    pub coordinator_country: Option<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub keywords: Vec<String>,
    /// Website.
    pub website: Option<String>,
    /// CORDIS page.
    pub cordis_url: Option<String>,
    /// Description.
    pub description: String,
    /// Shown on the former site.
    pub featured_on_sparks: bool,
    /// Pages on the former site.
    pub sparks_urls: Vec<String>,
    /// Sources per field: one URL or a list.
    pub field_sources: BTreeMap<String, OneOrMany>,
    /// Notes.
    pub notes: Option<String>,
    /// All sources.
    pub sources: Vec<String>,
    /// Whole euros.
    pub eu_contribution_eur: Option<i64>,
    /// Country names or codes.
    pub partner_countries: Vec<String>,
}

/// A field source is written as one URL or a list of them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single URL.
    One(String),
    /// Several URLs.
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

impl DatasetRecord {
    /// The unchecked draft this record describes.
    pub fn into_draft(self) -> InitiativeDraft {
        InitiativeDraft {
            slug: self.slug,
            acronym: self.acronym,
            title: self.full_name,
            summary: self.description,
            kind: self.kind,
            funding_programme: self.funding_programme,
            grant_id: self.grant_id,
            start_date: self.start_date,
            end_date: self.end_date,
            coordinator: self.coordinator,
            coordinator_country: self.coordinator_country,
            partner_countries: self.partner_countries,
            pillars: self.pillars,
            topics: self.keywords,
            website: self.website,
            cordis_url: self.cordis_url,
            eu_contribution_eur: self.eu_contribution_eur,
            sources: self.sources,
            field_sources: self
                .field_sources
                .into_iter()
                .map(|(k, v)| (k, v.into_vec()))
                .collect(),
            notes: self.notes,
            featured: self.featured_on_sparks,
            sparks_urls: self.sparks_urls,
        }
    }

    /// The record that re-imports to `initiative`.
    pub fn from_initiative(i: &Initiative) -> DatasetRecord {
        let urls = |v: &[url::Url]| v.iter().map(|u| u.to_string()).collect();
        DatasetRecord {
            slug: Some(i.slug.clone()),
            acronym: i.acronym.clone(),
            full_name: i.title.clone(),
            kind: Some(i.kind.dataset_name().to_owned()),
            funding_programme: i.programme_original.clone(),
            grant_id: i.grant_id.clone(),
            start_date: i.start_date.map(|d| d.to_string()),
            end_date: i.end_date.map(|d| d.to_string()),
            coordinator: i.coordinator.clone(),
            coordinator_country: i.coordinator_country.map(|c| c.code().to_owned()),
            pillars: i.pillars.iter().map(|p| p.slug().to_owned()).collect(),
            keywords: i.topics.clone(),
            website: i.website.as_ref().map(|u| u.to_string()),
            cordis_url: i.cordis_url.as_ref().map(|u| u.to_string()),
            description: i.summary.clone(),
            featured_on_sparks: i.featured,
            sparks_urls: urls(&i.sparks_urls),
            field_sources: i
                .field_sources
                .iter()
                .map(|(k, v)| (k.clone(), OneOrMany::Many(v.clone())))
                .collect(),
            notes: i.notes.clone(),
            sources: urls(&i.sources),
            eu_contribution_eur: i.eu_contribution_eur,
            partner_countries: i
                .partner_countries
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
        }
    }
}

/// A record that could not be imported, with where it is and why.
#[derive(Debug, Clone, PartialEq)]
pub struct RecordError {
    /// Position in the array, from 1.
    pub position: usize,
    /// The acronym, when the record has one, to help find it.
    pub acronym: Option<String>,
    /// Every problem with it.
    pub problems: Vec<FieldError>,
}

impl std::fmt::Display for RecordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "record {}", self.position)?;
        if let Some(a) = &self.acronym {
            write!(f, " ({a})")?;
        }
        let problems: Vec<String> = self.problems.iter().map(ToString::to_string).collect();
        write!(f, ": {}", problems.join("; "))
    }
}

/// The outcome of parsing a dataset file: the good records and the bad ones.
#[derive(Debug, Default)]
pub struct ImportReport {
    /// Records that passed every rule, in file order.
    pub initiatives: Vec<Initiative>,
    /// Records that did not.
    pub errors: Vec<RecordError>,
}

/// Parses and checks a dataset file. Only a file that is not a JSON array at all is an error;
/// a record of the wrong shape or with bad values is reported and the rest still load. Two
/// records with the same slug: the later one wins, as an upsert would make it.
pub fn parse_initiatives(json: &str) -> Result<ImportReport, IngestError> {
    let json = json.trim_start_matches('\u{feff}');
    // The common case, a file where every record is good, straight into the records: no
    // `serde_json::Value` tree per record, which cost a quarter of a large import's time and
    // most of its memory.
    if let Ok(records) = serde_json::from_str::<Vec<DatasetRecord>>(json) {
        let mut report = ImportReport::default();
        for record in records {
            match record.into_draft().validate() {
                Ok(initiative) => report.initiatives.push(initiative),
                // Report every bad record exactly as the careful path below does.
                Err(_) => return parse_record_by_record(json),
            }
        }
        return Ok(report);
    }
    parse_record_by_record(json)
}

/// Parses each record on its own, so that one of the wrong shape is reported (with its
/// acronym, when it has one) and the others still load.
fn parse_record_by_record(json: &str) -> Result<ImportReport, IngestError> {
    let values: Vec<serde_json::Value> =
        serde_json::from_str(json).map_err(IngestError::NotAnArray)?;
    let mut report = ImportReport::default();
    for (index, value) in values.into_iter().enumerate() {
        let position = index + 1;
        let acronym = value
            .get("acronym")
            .and_then(|a| a.as_str())
            .map(str::to_owned);
        let record: DatasetRecord = match serde_json::from_value(value) {
            Ok(r) => r,
            Err(e) => {
                report.errors.push(RecordError {
                    position,
                    acronym,
                    problems: vec![FieldError {
                        field: "record".into(),
                        message: format!("has the wrong shape: {e}"),
                    }],
                });
                continue;
            }
        };
        match record.into_draft().validate() {
            Ok(initiative) => report.initiatives.push(initiative),
            Err(problems) => report.errors.push(RecordError {
                position,
                acronym,
                problems,
            }),
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_dataset_is_valid_throughout() {
        let report = parse_initiatives(crate::BUNDLED_INITIATIVES).unwrap();
        let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        assert!(errors.is_empty(), "{errors:#?}");
        assert_eq!(report.initiatives.len(), 126);
        let mut slugs: Vec<&str> = report.initiatives.iter().map(|i| i.slug.as_str()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 126, "slugs must be unique");
        let arica = report
            .initiatives
            .iter()
            .find(|i| i.slug == "arica")
            .unwrap();
        assert!(arica.sources.len() >= 4);
    }

    #[test]
    fn bad_records_are_reported_with_position_and_reason_and_good_ones_kept() {
        let json = r#"[
            {"acronym": "GOOD", "full_name": "Good", "pillars": ["prevention"]},
            {"full_name": "No acronym", "pillars": ["prevention"]},
            {"acronym": "BADP", "full_name": "x", "pillars": ["protection"]},
            {"acronym": "DATES", "full_name": "x", "pillars": ["prevention"], "start_date": "2024", "end_date": "2023"},
            {"acronym": "URL", "full_name": "x", "pillars": ["prevention"], "website": "ftp//nope"},
            {"acronym": "SHAPE", "full_name": "x", "pillars": "prevention"},
            42
        ]"#;
        let report = parse_initiatives(json).unwrap();
        assert_eq!(report.initiatives.len(), 1);
        let lines: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 6, "{lines:#?}");
        assert!(lines[0].starts_with("record 2") && lines[0].contains("acronym: is missing"));
        assert!(lines[1].starts_with("record 3 (BADP)") && lines[1].contains("unknown pillar"));
        assert!(lines[2].contains("end_date") && lines[2].contains("before the start"));
        assert!(lines[3].contains("website"));
        assert!(lines[4].contains("wrong shape"));
        assert!(lines[5].starts_with("record 7"));
    }

    #[test]
    fn not_an_array_is_an_error() {
        assert!(parse_initiatives("{}").is_err());
        assert!(parse_initiatives("[1,").is_err());
    }

    #[test]
    fn export_records_reimport_to_the_same_initiatives() {
        let report = parse_initiatives(crate::BUNDLED_INITIATIVES).unwrap();
        let records: Vec<DatasetRecord> = report
            .initiatives
            .iter()
            .map(DatasetRecord::from_initiative)
            .collect();
        let json = serde_json::to_string(&records).unwrap();
        let again = parse_initiatives(&json).unwrap();
        assert!(again.errors.is_empty());
        assert_eq!(again.initiatives, report.initiatives);
    }
}
