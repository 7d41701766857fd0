//! Data versions: a counter per kind of data, bumped in the same transaction as each write.
//! A server's caches remember the version they were built at and compare it with the
//! current one per request, learnt without a query while nothing has changed (see
//! [`crate::changes`]), so a write through any server is seen by every server at once.

use crate::{Db, Result, Sql, Tx};

/// What a version counts changes of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DataKind {
    /// The initiative directory.
    Initiatives,
    /// Anything shown on pages (initiatives included): what a page cache depends on.
    Content,
}

impl DataKind {
    fn name(self) -> &'static str {
        match self {
            DataKind::Initiatives => "initiatives",
            DataKind::Content => "content",
        }
    }
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    version: i64,
}

/// Marks `kind` changed (and with it all content), inside the writing transaction.
pub async fn bump(tx: &mut Tx, kind: DataKind) -> Result<()> {
    let mut sql = Sql::new("UPDATE data_versions SET version = version + 1 WHERE name IN (");
    sql.push_arg(kind.name())
        .push(", ")
        .push_arg(DataKind::Content.name())
        .push(")");
    tx.execute(sql).await?;
    if tx.backend() == crate::Backend::Postgres {
        // Sent at commit (never for a rolled-back write) to every server listening: see
        // `crate::changes`. Notifications with the same payload in one transaction are
        // sent once.
        let mut notify = Sql::new("SELECT pg_notify(");
        notify
            .push_arg(crate::changes::VERSION_CHANNEL)
            .push(", '')");
        tx.execute(notify).await?;
    }
    tx.mark_versions_changed();
    Ok(())
}

/// The current version of `kind`.
pub async fn current(db: &Db, kind: DataKind) -> Result<i64> {
    let mut sql = Sql::new("SELECT version FROM data_versions WHERE name = ");
    sql.push_arg(kind.name());
    Ok(db
        .fetch_optional::<VersionRow>(sql)
        .await?
        .map_or(0, |r| r.version))
}

/// Every kind's version, read at one moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// The version of [`DataKind::Initiatives`].
    pub initiatives: i64,
    /// The version of [`DataKind::Content`].
    pub content: i64,
}

#[derive(sqlx::FromRow)]
struct NamedVersionRow {
    name: String,
    version: i64,
}

/// Every kind's current version, in one query.
pub async fn snapshot(db: &Db) -> Result<Snapshot> {
    let rows = db
        .fetch_all::<NamedVersionRow>(Sql::new("SELECT name, version FROM data_versions"))
        .await?;
    let of = |kind: DataKind| {
        rows.iter()
            .find(|r| r.name == kind.name())
            .map_or(0, |r| r.version)
    };
    Ok(Snapshot {
        initiatives: of(DataKind::Initiatives),
        content: of(DataKind::Content),
    })
}
