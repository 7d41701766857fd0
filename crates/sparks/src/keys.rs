//! The site's secret key (`SPARKS_SECRET_KEY_FILE`) for the commands that touch accounts.

use anyhow::{Context, Result};
use sparks_auth::SecretKey;
use sparks_store::{Db, second_factor};

use crate::cli::Storage;

/// The key in the configured file (default `DATA_DIR/secret.key`, created when missing).
/// A file that cannot be read or holds no key is an error: the command stops there, before
/// it reads or writes any account.
pub fn load(storage: &Storage) -> Result<SecretKey> {
    let path = storage
        .secret_key_file
        .clone()
        .unwrap_or_else(|| storage.data_dir.join("secret.key"));
    SecretKey::load_or_create(&path).context("SPARKS_SECRET_KEY_FILE / --secret-key-file")
}

/// Checks `key` against the database and seals second factors stored before the key
/// existed. A key other than the one the database's second factors were sealed with does
/// not stop the command (members still log in), but every staff login will fail until the
/// original file is back: that is logged as an error now, and at each such login.
pub async fn upgrade(db: &Db, key: &SecretKey) -> Result<()> {
    let upgrade = second_factor::upgrade(db, key)
        .await
        .context("cannot check the secret key against the database")?;
    if !upgrade.key_matches {
        tracing::error!(
            "SPARKS_SECRET_KEY_FILE holds another key than the one this database's second \
             factors were sealed with: staff cannot finish logging in until the original key \
             file is restored (changing the key is not supported)"
        );
    } else if upgrade.converted > 0 {
        tracing::info!(
            values = upgrade.converted,
            "sealed second-factor secrets and recovery codes stored before the secret key"
        );
    }
    Ok(())
}
