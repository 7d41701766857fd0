//! The initiatives dataset format: an array of objects with the fields of
//! `data/initiatives.json`. Export writes the same format (with `slug` added and countries as
//! codes), so an export re-imports to the same state. The record type itself is
//! [`sparks_core::dataset::DatasetRecord`]; this module reads whole files.

use sparks_core::dataset::DatasetRecord;
use sparks_core::{FieldError, Initiative};

use crate::IngestError;

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
        assert_eq!(report.initiatives.len(), 186);
        let mut slugs: Vec<&str> = report.initiatives.iter().map(|i| i.slug.as_str()).collect();
        slugs.sort_unstable();
        slugs.dedup();
        assert_eq!(slugs.len(), 186, "slugs must be unique");
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
