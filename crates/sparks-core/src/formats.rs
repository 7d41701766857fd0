//! Pure file formats for export: JSON in the dataset format, CSV for spreadsheets (one row
//! per initiative, per figure, or per record of any content type). Only `std::io::Write`: the
//! command line writes files with these, the web layer writes downloads.

use std::collections::BTreeSet;
use std::io::Write;

use serde::Serialize;

use crate::Initiative;
use crate::dataset::DatasetRecord;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum FormatError {
    /// Writing failed.
    #[error("could not write: {0}")]
    Write(#[from] std::io::Error),
    /// CSV writing failed.
    #[error("could not write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// JSON writing failed.
    #[error("could not write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Writes the initiatives as a dataset file that `sparks import initiatives` reads back.
pub fn write_json(initiatives: &[Initiative], out: impl Write) -> Result<(), FormatError> {
    let records: Vec<DatasetRecord> = initiatives
        .iter()
        .map(DatasetRecord::from_initiative)
        .collect();
    serde_json::to_writer_pretty(out, &records).map_err(FormatError::Json)
}

/// Writes one row per initiative. Lists are joined with `; `. Cells that a spreadsheet would
/// take for a formula are neutralised (see [`neutralise_formula`]).
pub fn write_csv(initiatives: &[Initiative], out: impl Write) -> Result<(), FormatError> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "slug",
        "acronym",
        "title",
        "kind",
        "programme",
        "funding_programme",
        "grant_id",
        "start_date",
        "end_date",
        "coordinator",
        "coordinator_country",
        "partner_countries",
        "pillars",
        "topics",
        "website",
        "cordis_url",
        "eu_contribution_eur",
        "summary",
        "sources",
    ])?;
    for i in initiatives {
        let join = |items: Vec<String>| items.join("; ");
        let row = [
            i.slug.clone(),
            i.acronym.clone(),
            i.title.clone(),
            i.kind.slug().to_owned(),
            i.programme.slug().to_owned(),
            i.programme_original.clone().unwrap_or_default(),
            i.grant_id.clone().unwrap_or_default(),
            i.start_date.map(|d| d.to_string()).unwrap_or_default(),
            i.end_date.map(|d| d.to_string()).unwrap_or_default(),
            i.coordinator.clone().unwrap_or_default(),
            i.coordinator_country
                .map(|c| c.code().to_owned())
                .unwrap_or_default(),
            join(
                i.partner_countries
                    .iter()
                    .map(|c| c.code().to_owned())
                    .collect(),
            ),
            join(i.pillars.iter().map(|p| p.slug().to_owned()).collect()),
            join(i.topics.clone()),
            i.website
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
            i.cordis_url
                .as_ref()
                .map(|u| u.to_string())
                .unwrap_or_default(),
            i.eu_contribution_eur
                .map(|n| n.to_string())
                .unwrap_or_default(),
            i.summary.clone(),
            join(i.sources.iter().map(|u| u.to_string()).collect()),
        ];
        w.write_record(row.iter().map(|cell| neutralise_formula(cell)))?;
    }
    w.flush()?;
    Ok(())
}

/// A cell starting with `=`, `+`, `-`, `@`, tab or carriage return is run as a formula by
/// spreadsheet programs (CSV injection); a leading `'` makes it plain text. OWASP's advice.
pub fn neutralise_formula(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_owned(),
    }
}

/// Writes figures as CSV (one row per figure), with the same formula neutralising as
/// [`write_csv`]: values like `+70% in three years` would otherwise run as formulas.
pub fn write_statistics_csv(
    figures: &[crate::Statistic],
    out: impl Write,
) -> Result<(), FormatError> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "series",
        "figure",
        "year",
        "period",
        "value",
        "number",
        "publisher",
        "source_url",
        "primary_source",
        "note",
    ])?;
    for s in figures {
        let row = [
            s.series.clone(),
            s.figure.clone(),
            s.year.map(|y| y.to_string()).unwrap_or_default(),
            s.period.clone().unwrap_or_default(),
            s.value.clone(),
            s.number.map(|n| n.to_string()).unwrap_or_default(),
            s.publisher.clone(),
            s.source_url.to_string(),
            s.primary_source
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            s.note.clone().unwrap_or_default(),
        ];
        w.write_record(row.iter().map(|cell| neutralise_formula(cell)))?;
    }
    w.flush()?;
    Ok(())
}

/// Writes the records (their import drafts) as a JSON array.
pub fn write_records_json<T: Serialize>(drafts: &[T], out: impl Write) -> Result<(), FormatError> {
    serde_json::to_writer_pretty(out, drafts).map_err(FormatError::Json)
}

fn cell(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Array(items) => items.iter().map(cell).collect::<Vec<_>>().join("; "),
        other => other.to_string(),
    }
}

/// Writes the records (their import drafts) as CSV: a header of every field any record has,
/// in name order, lists joined with `; `, formula-like cells neutralised.
pub fn write_records_csv<T: Serialize>(drafts: &[T], out: impl Write) -> Result<(), FormatError> {
    let values: Vec<serde_json::Map<String, serde_json::Value>> = drafts
        .iter()
        .map(|d| match serde_json::to_value(d) {
            Ok(serde_json::Value::Object(m)) => Ok(m),
            Ok(_) => Ok(serde_json::Map::new()),
            Err(e) => Err(FormatError::Json(e)),
        })
        .collect::<Result<_, _>>()?;
    let columns: BTreeSet<&String> = values.iter().flat_map(|m| m.keys()).collect();
    let mut w = csv::Writer::from_writer(out);
    w.write_record(columns.iter().map(|c| c.as_str()))?;
    for m in &values {
        w.write_record(
            columns
                .iter()
                .map(|c| neutralise_formula(&m.get(*c).map(cell).unwrap_or_default())),
        )?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::InitiativeDraft;

    #[test]
    fn formulas_are_neutralised() {
        assert_eq!(
            neutralise_formula("=HYPERLINK(\"x\")"),
            "'=HYPERLINK(\"x\")"
        );
        assert_eq!(neutralise_formula("+1"), "'+1");
        assert_eq!(neutralise_formula("-1"), "'-1");
        assert_eq!(neutralise_formula("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise_formula("ARICA"), "ARICA");
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_initiative_with_formulas_neutralised() {
        let i = InitiativeDraft {
            acronym: "=cmd".into(),
            title: "A, \"quoted\" title".into(),
            summary: "line one\nline two".into(),
            pillars: vec!["prevention".into()],
            ..InitiativeDraft::default()
        }
        .validate()
        .unwrap();
        let mut out = Vec::new();
        write_csv(&[i], &mut out).unwrap();
        let mut reader = csv::Reader::from_reader(out.as_slice());
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        assert_eq!(rows.len(), 1);
        assert_eq!(&rows[0][1], "'=cmd");
        assert_eq!(&rows[0][2], "A, \"quoted\" title");
        assert_eq!(&rows[0][17], "line one\nline two");
    }

    #[test]
    fn csv_has_every_field_and_neutralises_formulas() {
        let drafts = vec![
            serde_json::json!({"title": "=1+1", "tags": ["a", "b"]}),
            serde_json::json!({"title": "B", "year": 2024}),
        ];
        let mut out = Vec::new();
        write_records_csv(&drafts, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text, "tags,title,year\na; b,'=1+1,\n,B,2024\n");
    }
}
