//! The media files (uploads) of a backup: `sparks backup OUT` copies DATA_DIR/uploads into the
//! directory `OUT.uploads` beside the database copy, or, when uploads live in an S3 bucket,
//! writes `OUT.media.txt` saying that they are not included; `sparks restore IN` checks every
//! entry of `IN.uploads` before it copies any of them into DATA_DIR/uploads.
//!
//! Only regular files under names the upload store makes ([`is_stored_name`]: random hex and
//! `.png`/`.jpg`) are copied: a backup directory holding a symbolic link, a subdirectory or any
//! other name (a path that would reach outside DATA_DIR/uploads, say) is refused whole.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use sparks_uploads::{LocalDir, ObjectStore, is_stored_name};

/// `OUT` + `suffix`, beside it: `backup.db` gives `backup.db.uploads`.
fn beside(out: &Path, suffix: &str) -> PathBuf {
    let mut name: OsString = out.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Where a backup's media files are.
pub fn uploads_of(backup: &Path) -> PathBuf {
    beside(backup, ".uploads")
}

/// Where a backup says that its media are not in it.
pub fn note_of(backup: &Path) -> PathBuf {
    beside(backup, ".media.txt")
}

/// Backs the media up beside `out` (after the database copy, so every file it lists, stored
/// before its row was written, is there): the local uploads directory, or a note when they
/// live in `bucket`.
pub fn back_up(data_dir: &Path, out: &Path, bucket: Option<&str>) -> Result<()> {
    if let Some(bucket) = bucket.map(str::trim).filter(|b| !b.is_empty()) {
        let note = format!(
            "The media files (uploads) of this site live in the S3 bucket {bucket:?} and are NOT \
             in this backup. Back the bucket up with its provider's tools; a site restored from \
             {} serves them only while the bucket still holds them.\n",
            out.display()
        );
        let path = note_of(out);
        std::fs::write(&path, &note).with_context(|| format!("cannot write {}", path.display()))?;
        eprint!("note: {note}");
        return Ok(());
    }
    let target = uploads_of(out);
    std::fs::create_dir(&target)
        .with_context(|| format!("cannot create {} (it must not exist)", target.display()))?;
    let source = data_dir.join("uploads");
    let mut copied = 0;
    if source.is_dir() {
        for entry in std::fs::read_dir(&source)
            .with_context(|| format!("cannot read {}", source.display()))?
        {
            let entry = entry?;
            let name = entry.file_name();
            // Half-written files (`.NAME.partial`), links and strangers are not uploads.
            let Some(name) = name.to_str().filter(|n| is_stored_name(n)) else {
                continue;
            };
            if !entry.file_type()?.is_file() {
                continue;
            }
            std::fs::copy(entry.path(), target.join(name))
                .with_context(|| format!("cannot copy {}", entry.path().display()))?;
            copied += 1;
        }
    }
    eprintln!(
        "backed up {copied} media file(s) from {} to {}",
        source.display(),
        target.display()
    );
    Ok(())
}

/// The media files of backup `input`, each checked: `None` when it has no uploads directory
/// (a backup from before they were included, or of a site whose uploads live in a bucket; what
/// is known is said on stderr).
pub fn check(input: &Path) -> Result<Option<Vec<(String, PathBuf)>>> {
    let dir = uploads_of(input);
    let Ok(meta) = std::fs::symlink_metadata(&dir) else {
        match std::fs::read_to_string(note_of(input)) {
            Ok(note) => eprint!("note: {note}"),
            Err(_) => eprintln!(
                "warning: {} has no media files beside it ({} is missing: a backup from before \
                 `sparks backup` included them?). Media the site lists will answer 404 until \
                 their files are put in DATA_DIR/uploads.",
                input.display(),
                dir.display()
            ),
        }
        return Ok(None);
    };
    if !meta.is_dir() {
        bail!("{} is not a directory; refusing to restore", dir.display());
    }
    let mut files = Vec::new();
    for entry in
        std::fs::read_dir(&dir).with_context(|| format!("cannot read {}", dir.display()))?
    {
        let entry = entry?;
        let name = entry.file_name();
        let shown = name.to_string_lossy().into_owned();
        let Some(name) = name.to_str().filter(|n| is_stored_name(n)) else {
            bail!(
                "{}: {shown:?} is not the name of an uploaded file; refusing to restore",
                dir.display()
            );
        };
        // `file_type` does not follow links: a link to anywhere is refused, not read.
        if !entry.file_type()?.is_file() {
            bail!(
                "{}: {shown:?} is not a regular file (a link or a directory); refusing to restore",
                dir.display()
            );
        }
        files.push((name.to_owned(), entry.path()));
    }
    Ok(Some(files))
}

/// Copies the checked `files` into DATA_DIR/uploads (each written whole, then renamed).
pub fn restore(data_dir: &Path, files: &[(String, PathBuf)]) -> Result<()> {
    let store = LocalDir::new(data_dir.join("uploads"));
    for (name, path) in files {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
        store
            .put(name, &bytes)
            .with_context(|| format!("cannot restore the media file {name}"))?;
    }
    eprintln!(
        "restored {} media file(s) into {}",
        files.len(),
        data_dir.join("uploads").display()
    );
    Ok(())
}
