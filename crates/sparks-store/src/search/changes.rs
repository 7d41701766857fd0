//! Which search documents a write changed, logged per content version in `search_changes`,
//! so that a server holding the in-memory search table (see [`super::SearchIndex`]) at an
//! older version applies just those documents instead of reloading every one.
//!
//! Every function that writes or removes search documents notes their ids on the
//! transaction; [`log_changes`] writes them, labelled with the transaction's content
//! version, just before it commits. The version bump takes a row lock held to the commit
//! (PostgreSQL) or runs under the database's one writer (SQLite), so versions commit in
//! order and the rows of every version up to one a reader sees are visible with it.

use std::collections::BTreeSet;

use crate::{Result, Sql, Tx};

/// More changed documents than this in one transaction are logged as "reload" (id 0): an
/// import of thousands is cheaper to reload than to apply one by one.
pub(crate) const LISTED_AT_MOST: usize = 1_000;

/// How many versions of the log are kept; a server further behind reloads.
pub(crate) const KEPT_VERSIONS: i64 = 10_000;

/// The id that stands for "too many to list".
pub(crate) const EVERYTHING: i64 = 0;

/// The search documents one transaction changed.
#[derive(Debug, Default)]
pub(crate) struct Changed {
    ids: BTreeSet<i64>,
    everything: bool,
}

impl Changed {
    /// Notes documents written or removed.
    pub(crate) fn note(&mut self, ids: impl IntoIterator<Item = i64>) {
        if self.everything {
            return;
        }
        self.ids.extend(ids);
        if self.ids.len() > LISTED_AT_MOST {
            self.note_all();
        }
    }

    /// Notes a change too large to list.
    pub(crate) fn note_all(&mut self) {
        self.everything = true;
        self.ids.clear();
    }
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    version: i64,
}

/// Writes what `changed` lists under the transaction's content version, and forgets log
/// rows too old to matter. Nothing when nothing was noted. A transaction that changed search
/// documents without bumping a version (`bumped`: a rebuild of the index) bumps the content
/// version here: its rows need a version of their own, and every cached search is stale.
pub(crate) async fn log_changes(tx: &mut Tx, changed: Changed, bumped: bool) -> Result<()> {
    if changed.ids.is_empty() && !changed.everything {
        return Ok(());
    }
    if !bumped {
        crate::versions::bump(tx, crate::versions::DataKind::Content).await?;
    }
    let version = tx
        .fetch_one::<VersionRow>(Sql::new(
            "SELECT version FROM data_versions WHERE name = 'content'",
        ))
        .await?
        .version;
    let ids: Vec<i64> = if changed.everything {
        vec![EVERYTHING]
    } else {
        changed.ids.into_iter().collect()
    };
    let mut ins = Sql::new("INSERT INTO search_changes (version, document_id) VALUES ");
    for (n, id) in ids.into_iter().enumerate() {
        ins.push_row(n == 0, [version, id]);
    }
    ins.push(" ON CONFLICT DO NOTHING");
    tx.execute(ins).await?;
    let mut prune = Sql::new("DELETE FROM search_changes WHERE version < ");
    prune.push_arg(version - KEPT_VERSIONS);
    tx.execute(prune).await?;
    Ok(())
}

#[derive(sqlx::FromRow)]
struct ChangeRow {
    document_id: i64,
}

/// The search documents written or removed after content version `from` up to `to`,
/// ascending; `None` when the log cannot say (too far behind, or a change too large to
/// list): then whatever was built at `from` must be loaded anew.
pub(crate) async fn changed_documents(
    db: &crate::Db,
    from: i64,
    to: i64,
) -> Result<Option<Vec<i64>>> {
    if to <= from {
        return Ok(Some(Vec::new()));
    }
    if to - from > KEPT_VERSIONS {
        return Ok(None);
    }
    let mut sql = Sql::new("SELECT DISTINCT document_id FROM search_changes WHERE version > ");
    sql.push_arg(from)
        .push(" AND version <= ")
        .push_arg(to)
        .push(" ORDER BY document_id");
    let changed: Vec<i64> = db
        .fetch_all::<ChangeRow>(sql)
        .await?
        .into_iter()
        .map(|r| r.document_id)
        .collect();
    if changed.first() == Some(&EVERYTHING) || changed.len() > LISTED_AT_MOST {
        return Ok(None);
    }
    Ok(Some(changed))
}
