//! The CORDIS import: the real CSV dialect (BOM, `;`, every field quoted, newlines in fields,
//! decimal commas), the organisations beside it, relevance, merging by grant id on every
//! backend, and the CSV corpora through the same reader without a panic.

#![expect(
    clippy::unwrap_used,
    reason = "bodies for db_test! are plain functions, not #[test]s: a panic is a failed test"
)]

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use sparks_ingest::cordis::{Selection, each_csv_row, read_export, save};
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing::TestDb;
use sparks_store::{db_test, initiatives};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/cordis")
}

const NOW: &str = "2026-11-29T10:00:00Z";

#[test]
fn the_real_dialect_is_read() {
    let r = read_export(&fixtures(), &Selection::default()).unwrap();
    assert_eq!(r.read, 5);
    assert_eq!(r.skipped, 1, "the wind farm is not about CSAE");
    assert_eq!(r.rejected.len(), 1, "{:?}", r.rejected);
    assert!(
        r.rejected[0].contains("ecmaxcontribution"),
        "{:?}",
        r.rejected
    );
    let safe = r
        .projects
        .iter()
        .find(|p| p.draft.acronym == "SAFEKIDS")
        .unwrap();
    let d = &safe.draft;
    assert_eq!(d.eu_contribution_eur, Some(2_000_000));
    assert_eq!(d.title, "Safer childhoods: preventing \"online grooming\"");
    assert!(
        d.summary
            .contains("children.\nSecond line; with a semicolon."),
        "{}",
        d.summary
    );
    assert_eq!(
        d.coordinator.as_deref(),
        Some("Fundacja Dajemy Dzieciom Siłę")
    );
    assert_eq!(d.coordinator_country.as_deref(), Some("PL"));
    assert_eq!(d.partner_countries, vec!["GR".to_owned(), "GB".to_owned()]);
    assert_eq!(d.funding_programme.as_deref(), Some("Horizon Europe"));
    assert_eq!(d.grant_id.as_deref(), Some("101999001"));
    assert!(d.pillars.contains(&"prevention".to_owned()));
}

#[test]
fn ids_and_keywords_override_relevance_and_json_reads_too() {
    let ids: HashSet<String> = ["101999002".to_owned()].into();
    let r = read_export(&fixtures().join("project.csv"), &Selection::Ids(ids)).unwrap();
    assert_eq!(r.projects.len(), 1);
    assert_eq!(r.projects[0].draft.acronym, "WINDFARM");
    assert_eq!(r.projects[0].draft.coordinator.as_deref(), Some("Wind Co"));
    let r = read_export(
        &fixtures().join("project.csv"),
        &Selection::Keywords(vec!["turbine".into()]),
    )
    .unwrap();
    assert_eq!(r.projects.len(), 1);
    let j = read_export(&fixtures().join("project.json"), &Selection::default()).unwrap();
    assert_eq!((j.read, j.projects.len(), j.skipped), (3, 2, 1));
}

db_test!(projects_are_merged_by_grant_id_never_duplicated);
async fn projects_are_merged_by_grant_id_never_duplicated(t: TestDb) {
    let db = &t.db;
    let bundled = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES).unwrap();
    seed_initiatives_once(db, &bundled.initiatives, NOW)
        .await
        .unwrap();
    let before = initiatives::all(db).await.unwrap().len();
    let r = read_export(&fixtures(), &Selection::default()).unwrap();
    let saved = save(db, r.projects, NOW).await.unwrap();
    assert_eq!((saved.created, saved.merged), (1, 1), "{}", t.name);
    assert_eq!(saved.rejected.len(), 1, "{:?}", saved.rejected);
    assert!(
        saved.rejected[0].contains("acronym"),
        "{:?}",
        saved.rejected
    );
    let bridge = initiatives::get(db, "bridge").await.unwrap().unwrap();
    assert_eq!(
        bridge.coordinator.as_deref(),
        Some("Bridge Coordinator Org")
    );
    assert_eq!(bridge.eu_contribution_eur, Some(1_249_875));
    let kids = initiatives::get(db, "safekids").await.unwrap().unwrap();
    assert_eq!(kids.grant_id.as_deref(), Some("101999001"));
    assert_eq!(initiatives::all(db).await.unwrap().len(), before + 1);

    // Again: everything merges, nothing doubles.
    let r = read_export(&fixtures(), &Selection::default()).unwrap();
    let again = save(db, r.projects, NOW).await.unwrap();
    assert_eq!((again.created, again.merged), (0, 2), "{}", t.name);
    assert_eq!(initiatives::all(db).await.unwrap().len(), before + 1);
}

#[test]
fn the_csv_corpora_go_through_the_reader_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/csv");
    if !root.is_dir() {
        println!("skipped: the CSV corpora ({}) are absent", root.display());
        return;
    }
    let mut files = Vec::new();
    for sub in ["csv-spectrum/csvs", "rvl-torture"] {
        for e in std::fs::read_dir(root.join(sub)).unwrap().flatten() {
            if e.path().extension().is_some_and(|x| x == "csv") {
                files.push(e.path());
            }
        }
    }
    assert!(files.len() > 90, "{} files", files.len());
    for f in files {
        let mut rows = 0;
        let _ = each_csv_row(&f, &[], |_, _| rows += 1);
        // As a CORDIS export each is refused or read, never a panic.
        let _ = read_export(&f, &Selection::default());
    }
}
