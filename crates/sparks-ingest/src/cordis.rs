//! CORDIS open-data project exports (`project.csv` with `organization.csv` beside it, or the
//! JSON export) to initiatives.
//!
//! The real CSV dialect: UTF-8 with a byte-order mark, `;` between fields, every field
//! quoted, newlines inside quoted fields, decimal commas in the money columns. Files are read
//! as streams (`organization.csv` of a full export is hundreds of megabytes): projects first,
//! then only the organisations of the projects taken.
//!
//! Only projects relevant to child sexual abuse and exploitation are taken by default: those
//! whose acronym, title, objective or topics contain one of [`DEFAULT_KEYWORDS`]
//! (case-insensitive). `--keywords` replaces the list; `--ids` takes exactly the projects
//! with those ids.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use sparks_core::InitiativeDraft;

/// The default relevance keywords, matched case-insensitively as substrings.
pub const DEFAULT_KEYWORDS: &[&str] = &[
    "child sexual abuse",
    "child sexual exploitation",
    "sexual abuse of children",
    "sexual exploitation of children",
    "sexually abused children",
    "csam",
    "csea",
    "csae",
    "child abuse material",
    "child abuse images",
    "online grooming",
    "grooming of children",
    "sextortion",
    "child trafficking",
    "trafficking in children",
    "child pornography",
    "paedophil",
    "pedophil",
    "abused children",
    "child victims of sexual",
];

/// Which projects to take.
#[derive(Debug, Clone)]
pub enum Selection {
    /// Those mentioning one of these (lower-case) keywords.
    Keywords(Vec<String>),
    /// Exactly these project ids.
    Ids(HashSet<String>),
}

impl Default for Selection {
    fn default() -> Self {
        Selection::Keywords(DEFAULT_KEYWORDS.iter().map(|k| (*k).to_owned()).collect())
    }
}

/// A project taken from the export, as an initiative draft (its `grant_id` is the CORDIS id).
#[derive(Debug, Clone)]
pub struct CordisProject {
    /// Where in the file (record number, 1 = first project).
    pub position: usize,
    /// The draft.
    pub draft: InitiativeDraft,
}

/// What reading an export found.
#[derive(Debug, Default)]
pub struct CordisRead {
    /// Projects read.
    pub read: usize,
    /// Projects relevant (or selected), to import.
    pub projects: Vec<CordisProject>,
    /// Projects left out as not relevant.
    pub skipped: usize,
    /// Records that could not be read, with the reason.
    pub rejected: Vec<String>,
}

/// Why an export cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum CordisError {
    /// The file could not be opened or read.
    #[error("cannot read {0}: {1}")]
    Io(PathBuf, std::io::Error),
    /// It is not a CORDIS project export.
    #[error("{0}")]
    Format(String),
}

type Row = HashMap<String, String>;

/// Reads the export at `path`: a `project.csv` (with `organization.csv` beside it when there),
/// a folder holding them, or a `project.json`.
pub fn read_export(path: &Path, selection: &Selection) -> Result<CordisRead, CordisError> {
    let (projects, orgs) = if path.is_dir() {
        let p = ["project.csv", "project.json"]
            .iter()
            .map(|n| path.join(n))
            .find(|p| p.is_file())
            .ok_or_else(|| {
                CordisError::Format(format!(
                    "{}: no project.csv or project.json in it",
                    path.display()
                ))
            })?;
        (p, path.join("organization.csv"))
    } else {
        let dir = path.parent().unwrap_or(Path::new("."));
        (path.to_path_buf(), dir.join("organization.csv"))
    };
    let is_json = projects
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    let mut out = CordisRead::default();
    if is_json {
        let file =
            std::fs::File::open(&projects).map_err(|e| CordisError::Io(projects.clone(), e))?;
        let rows: Vec<serde_json::Map<String, serde_json::Value>> =
            serde_json::from_reader(BufReader::new(file)).map_err(|e| {
                CordisError::Format(format!(
                    "{}: not a JSON array of projects: {e}",
                    projects.display()
                ))
            })?;
        for (n, obj) in rows.into_iter().enumerate() {
            let row: Row = obj
                .into_iter()
                .map(|(k, v)| {
                    let text = match v {
                        serde_json::Value::String(s) => s,
                        serde_json::Value::Null => String::new(),
                        other => other.to_string(),
                    };
                    (k.to_ascii_lowercase(), text)
                })
                .collect();
            take(&mut out, n + 1, &row, selection);
        }
    } else {
        each_csv_row(&projects, &["id", "acronym", "title"], |n, row| {
            take(&mut out, n, &row, selection);
        })?;
    }
    if orgs.is_file() && !out.projects.is_empty() {
        add_organisations(&orgs, &mut out.projects)?;
    }
    Ok(out)
}

/// Calls `f` with each record of a CSV file as a map from lower-case header to value; a
/// record that cannot be read is passed as an empty map. `;` or `,` separated (whichever the
/// header line uses more), a byte-order mark skipped, invalid UTF-8 read lossily.
pub fn each_csv_row(
    path: &Path,
    required: &[&str],
    mut f: impl FnMut(usize, Row),
) -> Result<(), CordisError> {
    let io = |e| CordisError::Io(path.to_path_buf(), e);
    let file = std::fs::File::open(path).map_err(io)?;
    let mut reader = BufReader::new(file);
    let mut first = Vec::new();
    reader.read_until(b'\n', &mut first).map_err(io)?;
    let first_text = String::from_utf8_lossy(&first);
    let delimiter = if first_text.matches(';').count() >= first_text.matches(',').count() {
        b';'
    } else {
        b','
    };
    let stream = std::io::Cursor::new(first).chain(reader);
    let mut csv = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(stream);
    let headers: Vec<String> = csv
        .byte_headers()
        .map_err(|e| CordisError::Format(format!("{}: {e}", path.display())))?
        .iter()
        .map(|h| {
            String::from_utf8_lossy(h)
                .trim_start_matches('\u{feff}')
                .trim()
                .to_ascii_lowercase()
        })
        .collect();
    for r in required {
        if !headers.iter().any(|h| h == r) {
            return Err(CordisError::Format(format!(
                "{}: not a CORDIS export: no {r:?} column (found {})",
                path.display(),
                headers.join(", ")
            )));
        }
    }
    let mut record = csv::ByteRecord::new();
    let mut n = 0;
    loop {
        n += 1;
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {
                let row = headers
                    .iter()
                    .cloned()
                    .zip(
                        record
                            .iter()
                            .map(|v| String::from_utf8_lossy(v).into_owned()),
                    )
                    .collect();
                f(n, row);
            }
            Err(_) => f(n, Row::new()),
        }
    }
    Ok(())
}

fn field<'a>(row: &'a Row, name: &str) -> &'a str {
    row.get(name).map_or("", |v| v.trim())
}

fn relevant(row: &Row, selection: &Selection) -> bool {
    match selection {
        Selection::Ids(ids) => ids.contains(field(row, "id")),
        Selection::Keywords(words) => {
            let text = ["acronym", "title", "objective", "topics", "keywords"]
                .iter()
                .map(|f| field(row, f))
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            words.iter().any(|w| text.contains(w.as_str()))
        }
    }
}

fn take(out: &mut CordisRead, position: usize, row: &Row, selection: &Selection) {
    if row.is_empty() {
        out.read += 1;
        out.rejected
            .push(format!("record {position}: not a readable CSV record"));
        return;
    }
    out.read += 1;
    if !relevant(row, selection) {
        out.skipped += 1;
        return;
    }
    let id = field(row, "id");
    if id.is_empty() {
        out.rejected
            .push(format!("record {position}: no project id"));
        return;
    }
    let money = |name: &str| -> Result<Option<i64>, String> {
        let v = field(row, name);
        if v.is_empty() {
            return Ok(None);
        }
        parse_euros(v).map(Some).ok_or_else(|| {
            format!("record {position} (project {id}): {name} {v:?} is not an amount")
        })
    };
    let eu = match money("ecmaxcontribution") {
        Ok(v) => v,
        Err(e) => {
            out.rejected.push(e);
            return;
        }
    };
    let text = format!(
        "{} {} {}",
        field(row, "title"),
        field(row, "objective"),
        field(row, "topics")
    )
    .to_lowercase();
    let draft = InitiativeDraft {
        acronym: field(row, "acronym").to_owned(),
        title: field(row, "title").to_owned(),
        summary: field(row, "objective").to_owned(),
        kind: Some("project".to_owned()),
        funding_programme: Some(programme(
            field(row, "frameworkprogramme"),
            field(row, "legalbasis"),
        )),
        grant_id: Some(id.to_owned()),
        start_date: Some(field(row, "startdate").to_owned()).filter(|s| !s.is_empty()),
        end_date: Some(field(row, "enddate").to_owned()).filter(|s| !s.is_empty()),
        pillars: pillars(&text),
        topics: Vec::new(),
        cordis_url: Some(format!("https://cordis.europa.eu/project/id/{id}")),
        eu_contribution_eur: eu,
        sources: vec![format!("https://cordis.europa.eu/project/id/{id}")],
        field_sources: BTreeMap::new(),
        ..InitiativeDraft::default()
    };
    out.projects.push(CordisProject { position, draft });
}

/// `1234567,89` or `1234567.89` (or with thousands separators) to whole euros.
pub fn parse_euros(v: &str) -> Option<i64> {
    let v: String = v
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '€')
        .collect();
    let normalised = match (v.rfind(','), v.rfind('.')) {
        // The last separator is the decimal one; the other groups thousands.
        (Some(c), Some(d)) if c > d => v.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => v.replace(',', ""),
        (Some(_), None) => v.replace(',', "."),
        _ => v,
    };
    let f: f64 = normalised.parse().ok()?;
    (f.is_finite() && (0.0..1e15).contains(&f)).then(|| f.round() as i64)
}

fn programme(framework: &str, legal_basis: &str) -> String {
    match framework.to_ascii_uppercase().as_str() {
        "H2020" => "Horizon 2020".to_owned(),
        "HORIZON" | "HE" => "Horizon Europe".to_owned(),
        "FP7" => "FP7".to_owned(),
        "" if !legal_basis.is_empty() => legal_basis.to_owned(),
        "" => "Horizon Europe".to_owned(),
        other => other.to_owned(),
    }
}

/// Pillars from the project's words: detection and investigation, support to victims,
/// prevention; prevention when nothing says otherwise (an editor can correct it).
fn pillars(text: &str) -> Vec<String> {
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    let mut p = Vec::new();
    if has(&["prevent", "awareness", "education", "safeguard"]) {
        p.push("prevention".to_owned());
    }
    if has(&[
        "law enforcement",
        "police",
        "investigat",
        "detect",
        "forensic",
        "prosecut",
    ]) {
        p.push("detection-investigation".to_owned());
    }
    if has(&["victim", "survivor", "therap", "support service"]) {
        p.push("victim-support".to_owned());
    }
    if p.is_empty() {
        p.push("prevention".to_owned());
    }
    p
}

/// Country codes as CORDIS writes them, to ISO 3166 (`EL` is Greece, `UK` the United Kingdom).
fn iso_country(code: &str) -> String {
    match code.trim().to_ascii_uppercase().as_str() {
        "EL" => "GR".to_owned(),
        "UK" => "GB".to_owned(),
        other => other.to_owned(),
    }
}

/// Fills coordinator and countries from `organization.csv`, streaming it once.
fn add_organisations(path: &Path, projects: &mut [CordisProject]) -> Result<(), CordisError> {
    let index: HashMap<String, usize> = projects
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.draft.grant_id.clone().map(|g| (g, i)))
        .collect();
    let mut partners: HashMap<usize, Vec<(i64, String)>> = HashMap::new();
    each_csv_row(path, &["projectid", "name", "country"], |_, row| {
        let Some(&i) = index.get(field(&row, "projectid")) else {
            return;
        };
        let d = &mut projects[i].draft;
        let country = iso_country(field(&row, "country"));
        if field(&row, "role").eq_ignore_ascii_case("coordinator") {
            d.coordinator = Some(field(&row, "name").to_owned()).filter(|n| !n.is_empty());
            d.coordinator_country = Some(country).filter(|c| !c.is_empty());
        } else if !country.is_empty() {
            let order = field(&row, "order").parse().unwrap_or(i64::MAX);
            partners.entry(i).or_default().push((order, country));
        }
    })?;
    for (i, mut list) in partners {
        list.sort();
        let d = &mut projects[i].draft;
        for (_, c) in list {
            if Some(&c) != d.coordinator_country.as_ref() && !d.partner_countries.contains(&c) {
                d.partner_countries.push(c);
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn euros_in_every_spelling() {
        assert_eq!(parse_euros("1234567,89"), Some(1_234_568));
        assert_eq!(parse_euros("1234567.4"), Some(1_234_567));
        assert_eq!(parse_euros("1.234.567,00"), Some(1_234_567));
        assert_eq!(parse_euros("1,234,567.00"), Some(1_234_567));
        assert_eq!(parse_euros("abc"), None);
        assert_eq!(parse_euros("-5"), None);
    }
}

/// What saving the taken projects did.
#[derive(Debug, Default)]
pub struct CordisSaved {
    /// New initiatives.
    pub created: usize,
    /// Existing initiatives (same grant id) completed with the export's facts.
    pub merged: usize,
    /// Projects that fail the initiative rules, with the reasons.
    pub rejected: Vec<String>,
}

/// Fills the gaps of an existing initiative from the export: what editors wrote stays.
fn merge(existing: InitiativeDraft, new: InitiativeDraft) -> InitiativeDraft {
    let or = |a: Option<String>, b: Option<String>| a.filter(|s| !s.trim().is_empty()).or(b);
    InitiativeDraft {
        summary: if existing.summary.trim().is_empty() {
            new.summary
        } else {
            existing.summary.clone()
        },
        funding_programme: or(existing.funding_programme.clone(), new.funding_programme),
        start_date: or(existing.start_date.clone(), new.start_date),
        end_date: or(existing.end_date.clone(), new.end_date),
        coordinator: or(existing.coordinator.clone(), new.coordinator),
        coordinator_country: or(
            existing.coordinator_country.clone(),
            new.coordinator_country,
        ),
        partner_countries: if existing.partner_countries.is_empty() {
            new.partner_countries
        } else {
            existing.partner_countries.clone()
        },
        cordis_url: or(existing.cordis_url.clone(), new.cordis_url),
        eu_contribution_eur: existing.eu_contribution_eur.or(new.eu_contribution_eur),
        sources: {
            let mut s = existing.sources.clone();
            s.extend(
                new.sources
                    .into_iter()
                    .filter(|u| !existing.sources.contains(u)),
            );
            s
        },
        ..existing
    }
}

/// Saves the projects in one transaction: a project whose grant id an initiative already has
/// is merged into it, any other becomes a new initiative (its slug from the acronym, made
/// unique). A project that fails the rules is reported and the rest are kept.
pub async fn save(
    db: &sparks_store::Db,
    projects: Vec<CordisProject>,
    now: &str,
) -> Result<CordisSaved, sparks_store::StoreError> {
    let mut saved = CordisSaved::default();
    let mut tx = db.begin().await?;
    let mut written: HashMap<String, InitiativeDraft> = HashMap::new();
    for p in projects {
        let grant = p.draft.grant_id.clone().unwrap_or_default();
        let existing = match written.get(&grant) {
            Some(d) => Some(d.clone()),
            None => match sparks_store::cordis::slug_for_grant(&mut tx, &grant).await? {
                Some(slug) => sparks_store::initiatives::get(db, &slug)
                    .await?
                    .map(|i| crate::DatasetRecord::from_initiative(&i).into_draft()),
                None => None,
            },
        };
        let merged = existing.is_some();
        let draft = match existing {
            Some(e) => merge(e, p.draft),
            None => {
                let base = sparks_core::slug::slugify(&p.draft.acronym);
                let mut slug = base.clone();
                let mut n = 1;
                while !base.is_empty() && sparks_store::cordis::slug_taken(&mut tx, &slug).await? {
                    n += 1;
                    slug = format!("{base}-{n}");
                }
                InitiativeDraft {
                    slug: Some(slug).filter(|s| !s.is_empty()),
                    ..p.draft
                }
            }
        };
        match draft.clone().validate() {
            Ok(initiative) => {
                sparks_store::initiatives::upsert_in(&mut tx, &initiative, now).await?;
                written.insert(grant, draft);
                if merged {
                    saved.merged += 1;
                } else {
                    saved.created += 1;
                }
            }
            Err(errors) => {
                let reasons: Vec<String> = errors.iter().map(ToString::to_string).collect();
                saved.rejected.push(format!(
                    "record {} (project {grant}): {}",
                    p.position,
                    reasons.join("; ")
                ));
            }
        }
    }
    tx.commit().await?;
    Ok(saved)
}
