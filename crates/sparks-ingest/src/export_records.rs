//! Export of the content hub's records (resources, news, events, recommendations,
//! statistics, helplines): JSON in each type's import format (so `sparks import TYPE` reads it
//! back), and CSV with one column per field of that format.

use std::collections::BTreeSet;
use std::io::Write;

use serde::Serialize;

use crate::IngestError;
use crate::export::neutralise_formula;

/// Writes the records (their import drafts) as a JSON array.
pub fn write_records_json<T: Serialize>(drafts: &[T], out: impl Write) -> Result<(), IngestError> {
    serde_json::to_writer_pretty(out, drafts).map_err(IngestError::Json)
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
pub fn write_records_csv<T: Serialize>(drafts: &[T], out: impl Write) -> Result<(), IngestError> {
    let values: Vec<serde_json::Map<String, serde_json::Value>> = drafts
        .iter()
        .map(|d| match serde_json::to_value(d) {
            Ok(serde_json::Value::Object(m)) => Ok(m),
            Ok(_) => Ok(serde_json::Map::new()),
            Err(e) => Err(IngestError::Json(e)),
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
