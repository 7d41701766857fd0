//! `sparks export --type TYPE` for the content hub's records, and `--type all`.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use serde::Serialize;
use sparks_ingest::export_records::{write_records_csv, write_records_json};
use sparks_store::{Db, StatisticFilter, events, news, reference, resources};

use crate::cli::{ExportArgs, ExportFormat, ExportType, Storage};
use crate::commands::open;

const EACH: [ExportType; 7] = [
    ExportType::Initiatives,
    ExportType::Resources,
    ExportType::News,
    ExportType::Events,
    ExportType::Recommendations,
    ExportType::Statistics,
    ExportType::Helplines,
];

fn name(kind: ExportType) -> &'static str {
    match kind {
        ExportType::Initiatives => "initiatives",
        ExportType::Resources => "resources",
        ExportType::News => "news",
        ExportType::Events => "events",
        ExportType::Recommendations => "recommendations",
        ExportType::Statistics => "statistics",
        ExportType::Helplines => "helplines",
        ExportType::All => "all",
    }
}

fn encode<T: Serialize>(drafts: &[T], format: ExportFormat) -> Result<(Vec<u8>, usize)> {
    let mut buffer = Vec::new();
    match format {
        ExportFormat::Json => write_records_json(drafts, &mut buffer)?,
        ExportFormat::Csv => write_records_csv(drafts, &mut buffer)?,
    }
    Ok((buffer, drafts.len()))
}

/// The records of one type in a format, and how many.
async fn render(db: &Db, kind: ExportType, format: ExportFormat) -> Result<(Vec<u8>, usize)> {
    match kind {
        ExportType::Initiatives | ExportType::All => {
            let all = sparks_store::initiatives::all(db).await?;
            let mut buffer = Vec::new();
            match format {
                ExportFormat::Json => sparks_ingest::write_json(&all, &mut buffer)?,
                ExportFormat::Csv => sparks_ingest::write_csv(&all, &mut buffer)?,
            }
            Ok((buffer, all.len()))
        }
        ExportType::Resources => {
            let d: Vec<_> = resources::all(db)
                .await?
                .iter()
                .map(|r| r.to_draft())
                .collect();
            encode(&d, format)
        }
        ExportType::News => {
            let d: Vec<_> = news::all(db).await?.iter().map(|p| p.to_draft()).collect();
            encode(&d, format)
        }
        ExportType::Events => {
            let d: Vec<_> = events::all(db)
                .await?
                .iter()
                .map(|e| e.to_draft())
                .collect();
            encode(&d, format)
        }
        ExportType::Recommendations => {
            let d: Vec<_> = reference::recommendations(db)
                .await?
                .iter()
                .map(|r| r.recommendation.to_draft())
                .collect();
            encode(&d, format)
        }
        ExportType::Statistics => {
            let d: Vec<_> = reference::statistics(db, &StatisticFilter::default())
                .await?
                .iter()
                .map(|s| s.to_draft())
                .collect();
            encode(&d, format)
        }
        ExportType::Helplines => {
            let d: Vec<_> = reference::helplines(db, None)
                .await?
                .iter()
                .map(|h| h.to_public_draft())
                .collect();
            encode(&d, format)
        }
    }
}

/// Writes one type to OUT (`-` for standard output), or with `--type all` every type into the
/// directory OUT.
pub async fn export_records(storage: &Storage, args: ExportArgs) -> Result<ExitCode> {
    let db = open(storage).await?;
    let ext = match args.format {
        ExportFormat::Json => "json",
        ExportFormat::Csv => "csv",
    };
    let result = async {
        if args.kind == ExportType::All {
            std::fs::create_dir_all(&args.out)
                .with_context(|| format!("cannot create the directory {}", args.out.display()))?;
            for kind in EACH {
                let (bytes, n) = render(&db, kind, args.format).await?;
                let path = args.out.join(format!("{}.{ext}", name(kind)));
                write(&path, &bytes)?;
                eprintln!("exported {n} {} to {}", name(kind), path.display());
            }
        } else {
            let (bytes, n) = render(&db, args.kind, args.format).await?;
            if args.out.as_os_str() == "-" {
                std::io::stdout().write_all(&bytes)?;
            } else {
                write(&args.out, &bytes)?;
                eprintln!("exported {n} {} to {}", name(args.kind), args.out.display());
            }
        }
        Ok::<_, anyhow::Error>(())
    }
    .await;
    db.close().await;
    result?;
    Ok(ExitCode::SUCCESS)
}

fn write(path: &Path, bytes: &[u8]) -> Result<()> {
    std::fs::write(path, bytes).with_context(|| format!("cannot write {}", path.display()))
}
