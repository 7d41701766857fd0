//! `sparks links check --once` and the link checker that runs inside `sparks serve`.

use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result};
use sparks_ingest::fetch::{Fetcher, Policy};
use sparks_ingest::link_check::{self, CheckOptions};
use sparks_store::Db;
use sparks_store::links;
use tokio::sync::watch;

use crate::cli::{LinksCommand, Storage};
use crate::commands::open;

/// Runs `sparks links ...`.
pub async fn run(storage: &Storage, what: LinksCommand) -> Result<ExitCode> {
    let LinksCommand::Check(args) = what;
    let db = open(storage).await?;
    let policy = Policy {
        connect_timeout: Duration::from_secs(args.timeout_secs.clamp(1, 10)),
        total_timeout: Duration::from_secs(args.timeout_secs.max(1)),
        ..link_check::policy_from_env()
    };
    let opts = CheckOptions {
        cap: args.limit,
        spacing: Duration::from_millis(args.spacing_ms),
        clock: storage.clock.clone(),
        everything: args.once,
        ..CheckOptions::default()
    };
    let report = link_check::run(&db, &Fetcher::new(policy), &opts)
        .await
        .context("the link check failed")?;
    // The broken ones only: every link at 100,000 initiatives is 200,000 rows.
    let broken = links::broken(&db).await?;
    for l in &broken {
        println!(
            "broken\t{}\t{}",
            l.url,
            l.error.as_deref().unwrap_or_default()
        );
    }
    eprintln!(
        "checked {} links: {} ok, {} redirected, {} broken, {} failing (not yet broken); {} broken in all",
        report.checked,
        report.ok,
        report.redirected,
        report.broken,
        report.failing,
        broken.len()
    );
    db.close().await;
    Ok(if broken.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Starts the link checker: every few minutes it checks a small batch of the links that are
/// due (each link every `interval`), until `stop` turns true. With several servers, each link
/// is claimed by one of them (a lease in the database); a pass cut short by shutdown leaves
/// its leases to run out.
pub fn spawn_scheduler(
    db: Db,
    clock: sparks_core::Clock,
    interval: Duration,
    mut stop: watch::Receiver<bool>,
) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let fetcher = Fetcher::new(link_check::policy_from_env());
        let opts = CheckOptions {
            interval,
            cap: 50,
            clock,
            ..CheckOptions::default()
        };
        loop {
            // The first pass waits too: a server that starts and stops at once (a test, a
            // restart loop) sends no request.
            tokio::select! {
                () = tokio::time::sleep(Duration::from_secs(300)) => {}
                _ = stop.changed() => break,
            }
            tokio::select! {
                r = link_check::run(&db, &fetcher, &opts) => match r {
                    Ok(report) if report.checked > 0 => tracing::info!(
                        links.checked = report.checked,
                        links.broken = report.broken,
                        links.redirected = report.redirected,
                        "link check pass done"
                    ),
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %e, "link check pass failed"),
                },
                _ = stop.changed() => break,
            }
        }
        tracing::info!("link checker stopped");
    })
}
