//! Online backups of a SQLite database, and its integrity check.
//!
//! `VACUUM INTO` writes a consistent copy from one read transaction: writers go on while it
//! runs (WAL), and the copy holds exactly the data committed when it started, compacted. On
//! PostgreSQL, `pg_dump`/`pg_restore` do this job better than we could (see the README).

use std::path::Path;

use crate::{Db, Result, StoreError};

/// Writes a consistent copy of the SQLite database to `out`, which must not exist yet.
pub async fn backup_sqlite(db: &Db, out: &Path) -> Result<()> {
    let Db::Sqlite(pool, _) = db else {
        return Err(StoreError::Unsupported(
            "sparks backup copies SQLite databases; on PostgreSQL use pg_dump (see the README)",
        ));
    };
    if out.exists() {
        return Err(StoreError::Unsupported(
            "the backup file exists already; choose a new name",
        ));
    }
    let target = out.to_str().ok_or(StoreError::Unsupported(
        "the backup path must be valid UTF-8",
    ))?;
    sqlx::query("VACUUM INTO ?1")
        .bind(target)
        .execute(pool)
        .await?;
    Ok(())
}

/// `PRAGMA integrity_check` on SQLite: `["ok"]` when the file is sound, otherwise what is
/// wrong. PostgreSQL keeps its own integrity; it answers `["ok"]`.
pub async fn integrity_check(db: &Db) -> Result<Vec<String>> {
    match db {
        Db::Sqlite(pool, _) => {
            let rows: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check")
                .fetch_all(pool)
                .await?;
            Ok(rows.into_iter().map(|r| r.0).collect())
        }
        Db::Postgres(..) => Ok(vec!["ok".to_owned()]),
    }
}

#[cfg(test)]
mod tests {
    #[tokio::test]
    async fn a_backup_is_a_sound_copy_and_never_overwrites() {
        let t = crate::testing::sqlite().await;
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let out = dir.path().join("copy.db");
        super::backup_sqlite(&t.db, &out)
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let copy = crate::Db::connect(&format!("sqlite://{}", out.display()))
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            super::integrity_check(&copy).await.ok(),
            Some(vec!["ok".to_owned()])
        );
        assert!(super::backup_sqlite(&t.db, &out).await.is_err());
    }
}
