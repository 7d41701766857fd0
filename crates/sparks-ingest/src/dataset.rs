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
    /// Per initiative in `initiatives`, the record's `checked_at` as the file gives it.
    pub checked_at: Vec<Option<String>>,
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
        // A bad record is reported exactly as the careful path below reports it.
        return match validate_all(records) {
            Some(report) => Ok(report),
            None => parse_record_by_record(json),
        };
    }
    parse_record_by_record(json)
}

/// Files at least this large are checked on several threads, at most this many.
const PARALLEL_FROM: usize = 2_000;
const MAX_THREADS: usize = 8;

/// Checks every record, in slices on every core for a large file (checking is about half
/// the time of reading a large file, and each record is checked on its own); `None` as
/// soon as one is bad.
fn validate_all(mut records: Vec<DatasetRecord>) -> Option<ImportReport> {
    let threads = if records.len() >= PARALLEL_FROM {
        std::thread::available_parallelism()
            .map_or(1, std::num::NonZero::get)
            .min(MAX_THREADS)
    } else {
        1
    };
    let per_thread = records.len().div_ceil(threads).max(1);
    let mut slices = Vec::with_capacity(threads);
    while records.len() > per_thread {
        slices.push(records.split_off(records.len() - per_thread));
    }
    slices.push(records);
    slices.reverse(); // back in file order
    let checked: Vec<Option<ImportReport>> = std::thread::scope(|scope| {
        let mut slices = slices.into_iter();
        let first = slices.next().unwrap_or_default();
        let others: Vec<_> = slices
            .map(|slice| scope.spawn(move || validate_slice(slice)))
            .collect();
        let mut checked = vec![validate_slice(first)];
        for other in others {
            checked.push(
                other
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        checked
    });
    let mut report = ImportReport::default();
    for slice in checked {
        let slice = slice?;
        report.initiatives.extend(slice.initiatives);
        report.checked_at.extend(slice.checked_at);
    }
    Some(report)
}

/// [`validate_all`] for one slice.
fn validate_slice(records: Vec<DatasetRecord>) -> Option<ImportReport> {
    let mut report = ImportReport {
        initiatives: Vec::with_capacity(records.len()),
        errors: Vec::new(),
        checked_at: Vec::with_capacity(records.len()),
    };
    for mut record in records {
        report.checked_at.push(record.checked_at.take());
        report
            .initiatives
            .push(record.into_draft().validate().ok()?);
    }
    Some(report)
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
        let mut record: DatasetRecord = match serde_json::from_value(value) {
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
        let checked_at = record.checked_at.take();
        match record.into_draft().validate() {
            Ok(initiative) => {
                report.initiatives.push(initiative);
                report.checked_at.push(checked_at);
            }
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

    /// A synthetic file of `n` records as JSON values, with a `checked_at` on every third
    /// record: a date and a number in turn (a number is no date, but no error either).
    fn large_file(n: usize) -> Vec<serde_json::Value> {
        crate::synth::initiatives(n, 11)
            .iter()
            .enumerate()
            .map(|(index, record)| {
                let mut value = serde_json::to_value(record).unwrap();
                match index % 6 {
                    0 => {
                        value["checked_at"] =
                            serde_json::json!(format!("2026-01-{:02}", 1 + index % 28))
                    }
                    3 => value["checked_at"] = serde_json::json!(20_260_101),
                    _ => {}
                }
                value
            })
            .collect()
    }

    fn expected_checked_at(index: usize) -> Option<String> {
        index
            .is_multiple_of(6)
            .then(|| format!("2026-01-{:02}", 1 + index % 28))
    }

    #[test]
    fn a_large_file_checked_on_several_threads_keeps_file_order_and_checked_dates() {
        let n = PARALLEL_FROM + 1_001; // slices of unequal length
        let values = large_file(n);
        let report = parse_initiatives(&serde_json::to_string(&values).unwrap()).unwrap();
        assert!(report.errors.is_empty(), "{:?}", report.errors.first());
        let acronyms: Vec<&str> = report
            .initiatives
            .iter()
            .map(|i| i.acronym.as_str())
            .collect();
        let expected: Vec<&str> = values
            .iter()
            .map(|v| v["acronym"].as_str().unwrap())
            .collect();
        assert_eq!(acronyms, expected);
        let expected: Vec<Option<String>> = (0..n).map(expected_checked_at).collect();
        assert_eq!(report.checked_at, expected);
    }

    #[test]
    fn a_bad_record_late_in_a_large_file_is_reported_and_the_dates_stay_with_their_records() {
        let mut values = large_file(PARALLEL_FROM + 500);
        let bad = PARALLEL_FROM + 400; // in the last slice
        values[bad]["pillars"] = serde_json::json!(["protection"]);
        let report = parse_initiatives(&serde_json::to_string(&values).unwrap()).unwrap();
        assert_eq!(report.errors.len(), 1);
        assert_eq!(report.errors[0].position, bad + 1);
        assert_eq!(report.initiatives.len(), values.len() - 1);
        let expected: Vec<Option<String>> = (0..values.len())
            .filter(|&index| index != bad)
            .map(expected_checked_at)
            .collect();
        assert_eq!(report.checked_at, expected);
    }
}
