//! `sparks import cordis PATH`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use sparks_ingest::cordis::{self, Selection};

use crate::cli::Storage;
use crate::commands::open;

/// Reads the export, saves the relevant projects in one transaction and reports the counts;
/// exits non-zero when any project was rejected.
pub async fn import(
    storage: &Storage,
    path: &Path,
    keywords: Option<Vec<String>>,
    ids: Option<Vec<String>>,
) -> Result<ExitCode> {
    let selection = match (keywords, ids) {
        (_, Some(ids)) => Selection::Ids(ids.into_iter().map(|i| i.trim().to_owned()).collect()),
        (Some(words), None) => Selection::Keywords(
            words
                .into_iter()
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect(),
        ),
        (None, None) => Selection::default(),
    };
    let path_owned = path.to_path_buf();
    // Reading is blocking IO over possibly large files: off the async threads.
    let read = tokio::task::spawn_blocking(move || cordis::read_export(&path_owned, &selection))
        .await
        .context("the reader stopped")??;
    let taken = read.projects.len();
    let db = open(storage).await?;
    let saved = cordis::save(&db, read.projects, &storage.clock.rfc3339())
        .await
        .context("cannot save the projects")?;
    db.close().await;
    for r in read.rejected.iter().chain(&saved.rejected) {
        eprintln!("{}: rejected {r}", path.display());
    }
    let rejected = read.rejected.len() + saved.rejected.len();
    eprintln!(
        "read {}, taken {taken} ({} new, {} merged), skipped {} as not relevant, rejected {rejected}",
        read.read, saved.created, saved.merged, read.skipped
    );
    Ok(if rejected == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
