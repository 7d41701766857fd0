//! Where processed uploads are kept: a small trait, a local-directory implementation for one
//! machine, and (in `s3.rs`) an S3-compatible bucket that several servers share.

use std::io::Write;
use std::path::PathBuf;

/// Errors of an object store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The name is not one this store made.
    #[error("not a stored file name")]
    BadName,
    /// Reading or writing failed.
    #[error("object store: {0}")]
    Io(#[from] std::io::Error),
    /// No randomness available for a name.
    #[error("no random source: {0}")]
    Random(String),
}

/// Keeps uploaded files by name. Names are made by this crate (random, with an extension);
/// a store refuses any other name, so nothing a user typed becomes a path.
pub trait ObjectStore: Send + Sync + std::fmt::Debug {
    /// Stores `bytes` under `name` (durably, before it returns).
    fn put(&self, name: &str, bytes: &[u8]) -> Result<(), StoreError>;
    /// The file under `name`, or `None`.
    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError>;
}

/// Files in one local directory, outside the web root (by default `DATA_DIR/uploads`).
#[derive(Debug, Clone)]
pub struct LocalDir {
    root: PathBuf,
}

impl LocalDir {
    /// A store in `root` (created on first write).
    pub fn new(root: impl Into<PathBuf>) -> LocalDir {
        LocalDir { root: root.into() }
    }
}

impl ObjectStore for LocalDir {
    fn put(&self, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
        if !is_stored_name(name) {
            return Err(StoreError::BadName);
        }
        std::fs::create_dir_all(&self.root)?;
        // Written under a temporary name and renamed: a reader never sees half a file.
        let partial = self.root.join(format!(".{name}.partial"));
        let mut file = std::fs::File::create(&partial)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&partial, self.root.join(name))?;
        Ok(())
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        if !is_stored_name(name) {
            return Ok(None);
        }
        match std::fs::read(self.root.join(name)) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.into()),
        }
    }
}

/// Whether `name` is one this crate makes: 32 lower-case hex digits, `.png` or `.jpg`.
pub fn is_stored_name(name: &str) -> bool {
    let Some((stem, ext)) = name.split_once('.') else {
        return false;
    };
    stem.len() == 32
        && stem
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        && content_type_of(ext).is_some()
}

/// The content type for a stored file's extension.
pub fn content_type_of(extension: &str) -> Option<&'static str> {
    match extension {
        "png" => Some("image/png"),
        "jpg" => Some("image/jpeg"),
        _ => None,
    }
}

/// 128 random bits in hex, with the extension.
pub(crate) fn random_name(extension: &str) -> Result<String, StoreError> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Random(e.to_string()))?;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    Ok(format!("{hex}.{extension}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_we_make_are_accepted() {
        let name = random_name("png").unwrap_or_default();
        assert!(is_stored_name(&name), "{name}");
        for bad in [
            "../../etc/passwd",
            "0123456789abcdef0123456789abcdef.svg",
            "0123456789abcdef0123456789abcdef.png/..",
            "0123456789ABCDEF0123456789ABCDEF.png",
            ".0123456789abcdef0123456789abcde.png",
            "x.png",
        ] {
            assert!(!is_stored_name(bad), "{bad}");
        }
    }
}
