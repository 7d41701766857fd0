//! `sparks import ...` for every content type, and seeding
//! the bundled content on first start.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sparks_ingest::{BundledContent, ContentReport, RecordError};
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
            let report = sparks_ingest::parse_resources(&read(&file)?)?;
            load(storage, &file, "resources", report, |tx, r, now| {
                Box::pin(resources::upsert_in(tx, r, now))
            })
            .await
        }
        ImportCommand::News { file } => {
            let report = sparks_ingest::parse_news(&read(&file)?)?;
            load(storage, &file, "news posts", report, |tx, p, now| {
                Box::pin(news::upsert_in(tx, p, now))
            })
            .await
        }
        ImportCommand::Events { file } => {
            let report = sparks_ingest::parse_events(&read(&file)?)?;
            load(storage, &file, "events", report, |tx, e, now| {
                Box::pin(events::upsert_in(tx, e, now))
            })
            .await
        }
        ImportCommand::Recommendations { file } => {
            let report = sparks_ingest::parse_recommendations(&read(&file)?)?;
            load(storage, &file, "recommendations", report, |tx, r, now| {
                Box::pin(reference::upsert_recommendation(tx, r, now))
            })
            .await
        }
        ImportCommand::Statistics { file } => {
            let report = sparks_ingest::parse_statistics(&read(&file)?)?;
            load(storage, &file, "statistics", report, |tx, s, now| {
                Box::pin(reference::upsert_statistic(tx, s, now))
            })
            .await
        }
        ImportCommand::Helplines { file } => {
            let report = sparks_ingest::parse_helplines(&read(&file)?)?;
            load(storage, &file, "helplines", report, |tx, h, now| {
                Box::pin(reference::upsert_helpline(tx, h, now))
            })
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

async fn load<T>(
    storage: &Storage,
    file: &Path,
    what: &str,
    report: ContentReport<T>,
    upsert: for<'a> fn(&'a mut Tx, &'a T, &'a str) -> Upsert<'a>,
) -> Result<ExitCode> {
    let db = open(storage).await?;
    let now = storage.clock.rfc3339();
    let mut tx = db.begin().await?;
    for item in &report.items {
        upsert(&mut tx, item, &now).await?;
    }
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
