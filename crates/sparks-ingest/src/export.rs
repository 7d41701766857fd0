//! Export: JSON in the dataset format, CSV for spreadsheets.

use std::io::Write;

use sparks_core::Initiative;

use crate::{DatasetRecord, IngestError};

/// Writes the initiatives as a dataset file that `sparks import initiatives` reads back.
pub fn write_json(initiatives: &[Initiative], out: impl Write) -> Result<(), IngestError> {
    let records: Vec<DatasetRecord> = initiatives
        .iter()
        .map(DatasetRecord::from_initiative)
        .collect();
    serde_json::to_writer_pretty(out, &records).map_err(IngestError::Json)
}

/// Writes one row per initiative. Lists are joined with `; `. Cells that a spreadsheet would
/// take for a formula are neutralised (see [`neutralise_formula`]).
pub fn write_csv(initiatives: &[Initiative], out: impl Write) -> Result<(), IngestError> {
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
    figures: &[sparks_core::Statistic],
    out: impl Write,
) -> Result<(), IngestError> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use sparks_core::InitiativeDraft;

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
    fn statistics_csv_has_a_header_and_neutralised_cells() {
        let report = crate::parse_statistics(crate::BUNDLED_STATISTICS).unwrap();
        let mut out = Vec::new();
        write_statistics_csv(&report.items, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut rows = csv::Reader::from_reader(text.as_bytes());
        assert_eq!(rows.headers().unwrap().len(), 10);
        let values: Vec<String> = rows.records().map(|r| r.unwrap()[4].to_owned()).collect();
        assert_eq!(values.len(), 37);
        assert!(values.iter().any(|v| v == "'+70% in three years"));
        assert!(values.iter().all(|v| !v.starts_with(['=', '+', '-', '@'])));
    }
}
