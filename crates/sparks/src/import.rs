//! `sparks import ...` for every content type, and seeding
//! the bundled content on first start.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sparks_ingest::{BundledContent, ContentReport, RecordError};
use sparks_store::checks::{self, Checker};
use sparks_store::moderation::ContentKind;
use sparks_store::seed::seed_content_once;
use sparks_store::{Db, Tx, events, news, reference, resources};

use crate::cli::{ImportCommand, Storage};
use crate::commands::open;

/// Loads the bundled content types that this database has not received yet. A bundled record
/// that fails its rules is logged and skipped (the test suite keeps the bundle clean).
pub async fn seed_content(db: &Db, clock: &sparks_core::Clock) -> Result<()> {
    let bundle = BundledContent::parse()
        .map_err(|(what, e)| anyhow::anyhow!("the bundled {what} do not parse: {e}"))?;
    for (what, e) in &bundle.skipped {
        tracing::warn!(error = %e, content.kind = what, "bundled record skipped");
    }
    for (kind, count) in seed_content_once(db, &bundle.seed(), &clock.rfc3339()).await? {
        tracing::info!(content.kind = kind, count, "loaded bundled content");
    }
    let terms = sparks_core::terminology::bundled();
    let count = sparks_store::terminology::seed_once(db, &terms, clock.now()).await?;
    if count > 0 {
        tracing::info!(count, "loaded the bundled terminology list");
    }
    let campaigns = sparks_core::campaign::bundled();
    let count = sparks_store::campaigns::seed_once(db, &campaigns, clock.now()).await?;
    if count > 0 {
        tracing::info!(count, "loaded the bundled campaigns");
    }
    Ok(())
}

/// Brings a site seeded from an older bundled dataset up to this release's: new records
/// added, facts the bundle changed updated where no editor changed them (see
/// `sparks_store::bundle_upgrade`).
pub async fn upgrade_bundled(
    db: &Db,
    initiatives: &[sparks_core::Initiative],
    clock: &sparks_core::Clock,
) -> Result<()> {
    let bundle = BundledContent::parse()
        .map_err(|(what, e)| anyhow::anyhow!("the bundled {what} do not parse: {e}"))?;
    let done = sparks_store::bundle_upgrade::upgrade_bundled(
        db,
        initiatives,
        &bundle.seed(),
        &clock.rfc3339(),
    )
    .await?;
    for k in done {
        tracing::info!(
            content.kind = k.kind,
            added = k.added,
            updated = k.updated,
            kept_editors_values = k.kept,
            "brought the bundled data up to date"
        );
    }
    Ok(())
}

/// Runs one content import: parse, report bad records on stderr, upsert the good ones in one
/// transaction, exit non-zero when any record was rejected.
pub async fn import_content(storage: &Storage, command: ImportCommand) -> Result<ExitCode> {
    match command {
        ImportCommand::Cordis {
            path,
            keywords,
            ids,
        } => crate::cordis::import(storage, &path, keywords, ids).await,
        ImportCommand::Initiatives { file } => {
            crate::commands::import_initiatives(storage, &file).await
        }
        ImportCommand::Resources { file } => {
            let text = read(&file)?;
            let report = sparks_ingest::parse_resources(&text)?;
            let checked = Checked {
                kind: ContentKind::Resource,
                dates: checked_dates(&text, &report.errors),
                slug: |x: &sparks_core::Resource| &x.slug,
            };
            load(
                storage,
                &file,
                "resources",
                report,
                Some(checked),
                |tx, r, now| Box::pin(resources::upsert_in(tx, r, now)),
            )
            .await
        }
        ImportCommand::News { file } => {
            let report = sparks_ingest::parse_news(&read(&file)?)?;
            load(storage, &file, "news posts", report, None, |tx, p, now| {
                Box::pin(news::upsert_in(tx, p, now))
            })
            .await
        }
        ImportCommand::Events { file } => {
            let report = sparks_ingest::parse_events(&read(&file)?)?;
            load(storage, &file, "events", report, None, |tx, e, now| {
                Box::pin(events::upsert_in(tx, e, now))
            })
            .await
        }
        ImportCommand::Recommendations { file } => {
            let text = read(&file)?;
            let report = sparks_ingest::parse_recommendations(&text)?;
            let checked = Checked {
                kind: ContentKind::Recommendation,
                dates: checked_dates(&text, &report.errors),
                slug: |x: &sparks_core::Recommendation| &x.slug,
            };
            load(
                storage,
                &file,
                "recommendations",
                report,
                Some(checked),
                |tx, r, now| Box::pin(reference::upsert_recommendation(tx, r, now)),
            )
            .await
        }
        ImportCommand::Statistics { file } => {
            let text = read(&file)?;
            let report = sparks_ingest::parse_statistics(&text)?;
            let checked = Checked {
                kind: ContentKind::Statistic,
                dates: checked_dates(&text, &report.errors),
                slug: |x: &sparks_core::Statistic| &x.slug,
            };
            load(
                storage,
                &file,
                "statistics",
                report,
                Some(checked),
                |tx, s, now| Box::pin(reference::upsert_statistic(tx, s, now)),
            )
            .await
        }
        ImportCommand::Helplines { file } => {
            let text = read(&file)?;
            let report = sparks_ingest::parse_helplines(&text)?;
            let checked = Checked {
                kind: ContentKind::Helpline,
                dates: checked_dates(&text, &report.errors),
                slug: |x: &sparks_core::Helpline| &x.slug,
            };
            load(
                storage,
                &file,
                "helplines",
                report,
                Some(checked),
                |tx, h, now| Box::pin(reference::upsert_helpline(tx, h, now)),
            )
            .await
        }
    }
}

fn read(file: &Path) -> Result<String> {
    std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))
}

/// A boxed upsert future, so one loader serves every content type.
type Upsert<'a> =
    std::pin::Pin<Box<dyn std::future::Future<Output = sparks_store::Result<()>> + Send + 'a>>;

/// The `checked_at` dates a file gives its records, and how to name them (issue #16).
pub(crate) struct Checked<T> {
    /// Their kind.
    pub kind: ContentKind,
    /// Per imported record, in the order of the report's items.
    pub dates: Vec<Option<time::Date>>,
    /// A record's slug.
    pub slug: fn(&T) -> &str,
}

/// The `checked_at` (`YYYY-MM-DD`) of every record of `text` that was not rejected, in file
/// order (which is the order of the report's items). A missing or malformed date is `None`:
/// it only means "not checked", so it never rejects the record.
pub(crate) fn checked_dates(text: &str, errors: &[RecordError]) -> Vec<Option<time::Date>> {
    /// Only the one field: a large file is not read into a tree of values again.
    #[derive(serde::Deserialize)]
    struct Only {
        checked_at: Option<String>,
    }
    let text = text.trim_start_matches('\u{feff}');
    let dates: Vec<Option<String>> = match serde_json::from_str::<Vec<Only>>(text) {
        Ok(all) => all.into_iter().map(|o| o.checked_at).collect(),
        // Some record is not an object, or its date not text: read record by record.
        Err(_) => serde_json::from_str::<Vec<serde_json::Value>>(text)
            .unwrap_or_default()
            .iter()
            .map(|v| {
                v.get("checked_at")
                    .and_then(|d| d.as_str())
                    .map(str::to_owned)
            })
            .collect(),
    };
    let rejected: std::collections::HashSet<usize> = errors.iter().map(|e| e.position).collect();
    checked_days(
        dates
            .into_iter()
            .enumerate()
            .filter(|(index, _)| !rejected.contains(&(index + 1)))
            .map(|(_, d)| d),
    )
}

/// The days of `checked_at` values as a file gives them: `None` for a missing or malformed
/// one, which only means "not checked".
pub(crate) fn checked_days(
    dates: impl IntoIterator<Item = Option<String>>,
) -> Vec<Option<time::Date>> {
    dates
        .into_iter()
        .map(|d| {
            d.and_then(|d| d.parse::<sparks_core::PartialDate>().ok())
                .filter(|d| d.day().is_some())
                .map(sparks_core::PartialDate::first_day)
        })
        .collect()
}

/// Stamps the imported records' dates, never turning a later check back.
pub(crate) async fn stamp_checked<T>(
    tx: &mut Tx,
    items: &[T],
    checked: Option<Checked<T>>,
) -> Result<()> {
    let Some(checked) = checked else {
        return Ok(());
    };
    for (item, day) in items.iter().zip(checked.dates) {
        if let Some(day) = day {
            checks::stamp_in(tx, checked.kind, (checked.slug)(item), day, Checker::Import).await?;
        }
    }
    Ok(())
}

async fn load<T>(
    storage: &Storage,
    file: &Path,
    what: &str,
    report: ContentReport<T>,
    checked: Option<Checked<T>>,
    upsert: for<'a> fn(&'a mut Tx, &'a T, &'a str) -> Upsert<'a>,
) -> Result<ExitCode> {
    let db = open(storage).await?;
    let now = storage.clock.rfc3339();
    let mut tx = db.begin().await?;
    for item in &report.items {
        upsert(&mut tx, item, &now).await?;
    }
    stamp_checked(&mut tx, &report.items, checked).await?;
    tx.commit().await?;
    db.close().await;
    report_errors(file, &report.errors);
    eprintln!(
        "imported {} {what}, rejected {}",
        report.items.len(),
        report.errors.len()
    );
    Ok(if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

fn report_errors(file: &Path, errors: &[RecordError]) {
    for e in errors {
        eprintln!("{}: {e}", file.display());
    }
}
