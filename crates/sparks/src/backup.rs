//! `sparks backup OUT` and `sparks restore IN` (SQLite; PostgreSQL has pg_dump/pg_restore):
//! the database file, and the media files beside it (see [`crate::backup_media`]).

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use sparks_store::Db;

use crate::backup_media;
use crate::cli::Storage;
use crate::commands::open;

/// Copies the live database to `out` (`VACUUM INTO`: consistent, writers keep going), then
/// the uploads beside it (or a note that they live in `bucket`).
pub async fn backup(storage: &Storage, out: &Path, bucket: Option<&str>) -> Result<ExitCode> {
    let db = open(storage).await?;
    sparks_store::backup::backup_sqlite(&db, out)
        .await
        .with_context(|| format!("cannot write the backup {}", out.display()))?;
    db.close().await;
    eprintln!("backed up the database to {}", out.display());
    backup_media::back_up(&storage.data_dir, out, bucket)?;
    Ok(ExitCode::SUCCESS)
}

/// Checks the backup (a SQLite file, sound, a Sparks database) and puts a copy of it in place
/// as `DATA_DIR/sparks.db`, by a rename so that a half-copied file is never the database.
pub async fn restore(storage: &Storage, input: &Path) -> Result<ExitCode> {
    if storage.database_url.is_some() {
        bail!(
            "sparks restore writes the SQLite file of a data directory; on PostgreSQL use \
             pg_restore (see the README)"
        );
    }
    let target = storage.data_dir.join("sparks.db");
    if target.exists() {
        bail!(
            "{} holds a database already: restore into a fresh data directory (or move that \
             file away first)",
            target.display()
        );
    }
    if !input.is_file() {
        bail!("{} is not a file", input.display());
    }
    // Every media entry is checked before anything is written.
    let media = backup_media::check(input)?;
    std::fs::create_dir_all(&storage.data_dir)
        .with_context(|| format!("cannot create {}", storage.data_dir.display()))?;
    let partial = storage.data_dir.join("sparks.db.restoring");
    std::fs::copy(input, &partial)
        .with_context(|| format!("cannot copy {} into place", input.display()))?;
    // The copy is checked, not the original: what is checked is what is used.
    if let Err(e) = check_backup(input, &partial).await {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::File::open(&partial)
        .and_then(|f| f.sync_all())
        .context("cannot flush the restored database to disk")?;
    // The media first, the database last: a restore cut short leaves no database, so it can
    // simply be run again.
    if let Some(files) = &media
        && let Err(e) = backup_media::restore(&storage.data_dir, files)
    {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, &target).context("cannot put the restored database in place")?;
    if let Ok(dir) = std::fs::File::open(&storage.data_dir) {
        // The rename is durable once the directory is synced; not every system allows it.
        let _ = dir.sync_all();
    }
    eprintln!("restored {} into {}", input.display(), target.display());
    Ok(ExitCode::SUCCESS)
}

/// Opens the copy of the backup and insists on a sound Sparks database.
async fn check_backup(input: &Path, copy: &Path) -> Result<()> {
    let url = format!("sqlite://{}", copy.display());
    let db = Db::connect(&url)
        .await
        .with_context(|| format!("{} is not a SQLite database", input.display()))?;
    let verdict = sparks_store::backup::integrity_check(&db)
        .await
        .with_context(|| format!("{} is not a SQLite database", input.display()))?;
    let ours = sparks_store::versions::current(&db, sparks_store::versions::DataKind::Content)
        .await
        .is_ok();
    db.close().await;
    if verdict != ["ok"] {
        bail!("{} is damaged: {}", input.display(), verdict.join("; "));
    }
    if !ours {
        bail!("{} is not a Sparks database", input.display());
    }
    Ok(())
}
