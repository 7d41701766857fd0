//! `sparks feeds ...` and the feed scheduler that runs inside `sparks serve`.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use sparks_ingest::feed_run::{self, RunOptions};
use sparks_ingest::fetch::{Fetcher, Policy};
use sparks_store::{Db, feeds, initiatives};
use tokio::sync::watch;

use crate::cli::{FeedsCommand, Storage};
use crate::commands::open;

/// Runs `sparks feeds ...`.
pub async fn run(storage: &Storage, what: FeedsCommand) -> Result<ExitCode> {
    let db = open(storage).await?;
    let code = match what {
        FeedsCommand::Add { initiative, url } => add(&db, storage, &initiative, &url).await?,
        FeedsCommand::Run { once: _ } => {
            feed_run::make_all_due(&db, &storage.clock).await?;
            let opts = RunOptions {
                clock: storage.clock.clone(),
                ..RunOptions::default()
            };
            let report = feed_run::run_due(&db, &Fetcher::new(Policy::from_env()), &opts)
                .await
                .context("the feed pass failed")?;
            eprintln!(
                "fetched {} feeds ({} new items), {} not modified, {} failed",
                report.fetched, report.items, report.not_modified, report.failed
            );
            if report.failed == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            }
        }
        FeedsCommand::List => {
            for f in feeds::health(&db).await? {
                println!(
                    "{}\t{}\t{}\t{}\titems={}\t{}",
                    f.initiative,
                    f.url,
                    f.status,
                    f.last_fetch.as_deref().unwrap_or("never"),
                    f.item_count,
                    f.error.as_deref().unwrap_or("")
                );
            }
            ExitCode::SUCCESS
        }
    };
    db.close().await;
    Ok(code)
}

async fn add(db: &Db, storage: &Storage, initiative: &str, url: &str) -> Result<ExitCode> {
    let url = match feed_run::parse_feed_url(url) {
        Ok(u) => u,
        Err(e) => {
            eprintln!("error: {e}");
            return Ok(ExitCode::FAILURE);
        }
    };
    if initiatives::get(db, initiative).await?.is_none() {
        eprintln!("error: there is no initiative with the slug {initiative:?}");
        return Ok(ExitCode::FAILURE);
    }
    let now = sparks_store::jobs::stamp(storage.clock.now());
    let id = feeds::add(db, initiative, url.as_str(), true, &now).await?;
    eprintln!("added feed {id} for {initiative}: {url} (trusted; fetched on the next pass)");
    Ok(ExitCode::SUCCESS)
}

/// Starts the scheduler: every `tick` it fetches the feeds that are due (each feed every
/// `interval`, later after errors), until `stop` turns true. A pass cut short by shutdown
/// leaves its lease to run out, and another server (or the next start) takes the feed over.
pub fn spawn_scheduler(
    db: Db,
    clock: sparks_core::Clock,
    interval: Duration,
    mut stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    let tick = interval.min(Duration::from_secs(60));
    tokio::spawn(async move {
        let fetcher = Fetcher::new(Policy::from_env());
        let opts = RunOptions {
            interval,
            clock,
            ..RunOptions::default()
        };
        loop {
            tokio::select! {
                r = feed_run::run_due(&db, &fetcher, &opts) => match r {
                    Ok(report) if report != feed_run::RunReport::default() => {
                        tracing::info!(
                            feeds.fetched = report.fetched,
                            feeds.failed = report.failed,
                            items.added = report.items,
                            "feed pass done"
                        );
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "feed pass failed"),
                },
                _ = stop.changed() => break,
            }
            tokio::select! {
                () = tokio::time::sleep(tick) => {}
                _ = stop.changed() => break,
            }
        }
        tracing::info!("feed scheduler stopped");
    })
}
