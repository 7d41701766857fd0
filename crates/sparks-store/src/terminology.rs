//! The terminology check's data (issue #16, point 7): the list of discouraged terms admins
//! keep, seeded once from the bundled file, and the texts published with such a term after
//! their author chose to keep it, for staff to review. Matching itself is
//! [`sparks_core::terminology::find`].

use sparks_core::terminology::Term;
use time::OffsetDateTime;

use crate::jobs::stamp;
use crate::{Db, Result, Sql};

/// A stored term with its id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredTerm {
    /// Row id (for removing it).
    pub id: i64,
    /// The term.
    pub term: Term,
}

#[derive(sqlx::FromRow)]
struct TermRow {
    id: i64,
    lang: String,
    term: String,
    preferred: String,
    reason: String,
}

impl From<TermRow> for StoredTerm {
    fn from(r: TermRow) -> Self {
        StoredTerm {
            id: r.id,
            term: Term {
                lang: r.lang,
                term: r.term,
                preferred: r.preferred,
                reason: r.reason,
            },
        }
    }
}

const MARKER: &str = "seed.terminology";

/// Loads `terms` unless an earlier start did (marker `seed.terminology`): admins' removals
/// are never undone by a restart. Returns how many were loaded now.
pub async fn seed_once(db: &Db, terms: &[Term], now: OffsetDateTime) -> Result<usize> {
    let Some(mut tx) = crate::seed::begin_once(db, MARKER).await? else {
        return Ok(0);
    };
    for t in terms {
        tx.execute(insert_sql(t, now)).await?;
    }
    crate::seed::mark_done(&mut tx, MARKER, &stamp(now)).await?;
    tx.commit().await?;
    Ok(terms.len())
}

fn insert_sql(t: &Term, now: OffsetDateTime) -> Sql {
    let mut sql =
        Sql::new("INSERT INTO terminology (lang, term, preferred, reason, created_at) VALUES (");
    sql.push_arg(t.lang.as_str())
        .push(", ")
        .push_arg(t.term.trim())
        .push(", ")
        .push_arg(t.preferred.trim())
        .push(", ")
        .push_arg(t.reason.trim())
        .push(", ")
        .push_arg(stamp(now))
        .push(") ON CONFLICT (lang, term) DO NOTHING");
    sql
}

/// Every term, by language then term.
pub async fn list(db: &Db) -> Result<Vec<StoredTerm>> {
    let rows: Vec<TermRow> = db
        .fetch_all(Sql::new(
            "SELECT id, lang, term, preferred, reason FROM terminology ORDER BY lang, lower(term)",
        ))
        .await?;
    Ok(rows.into_iter().map(StoredTerm::from).collect())
}

/// Adds a term (already validated); `false` when the language has it already.
pub async fn add(db: &Db, term: &Term, now: OffsetDateTime) -> Result<bool> {
    Ok(db.execute(insert_sql(term, now)).await? > 0)
}

/// Removes a term; `false` when there was none with that id.
pub async fn remove(db: &Db, id: i64) -> Result<bool> {
    let mut sql = Sql::new("DELETE FROM terminology WHERE id = ");
    sql.push_arg(id);
    Ok(db.execute(sql).await? > 0)
}

/// A text kept with a discouraged term.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct Flag {
    /// Row id.
    pub id: i64,
    /// What it is, in words (e.g. "reply", "resource proposal").
    pub what: String,
    /// Where it is: a path on the site.
    pub link: String,
    /// The terms found, as written, joined by `; `.
    pub terms: String,
    /// When (RFC 3339).
    pub created_at: String,
}

/// Notes that the text at `link` was kept with `terms` by `account_id`.
pub async fn flag(
    db: &Db,
    what: &str,
    link: &str,
    terms: &[String],
    account_id: i64,
    now: OffsetDateTime,
) -> Result<()> {
    let mut sql =
        Sql::new("INSERT INTO wording_flags (what, link, terms, account_id, created_at) VALUES (");
    sql.push_arg(what)
        .push(", ")
        .push_arg(link)
        .push(", ")
        .push_arg(terms.join("; "))
        .push(", ")
        .push_arg(account_id)
        .push(", ")
        .push_arg(stamp(now))
        .push(")");
    db.execute(sql).await.map(|_| ())
}

/// The flags no staff member has marked reviewed, newest first.
pub async fn open_flags(db: &Db, limit: i64) -> Result<Vec<Flag>> {
    let mut sql = Sql::new(
        "SELECT id, what, link, terms, created_at FROM wording_flags \
         WHERE reviewed_at IS NULL ORDER BY created_at DESC, id DESC LIMIT ",
    );
    sql.push_arg(limit);
    db.fetch_all(sql).await
}

/// Marks a flag reviewed; `false` when there is no open flag with that id.
pub async fn review(db: &Db, id: i64, now: OffsetDateTime) -> Result<bool> {
    let mut sql = Sql::new("UPDATE wording_flags SET reviewed_at = ");
    sql.push_arg(stamp(now))
        .push(" WHERE reviewed_at IS NULL AND id = ")
        .push_arg(id);
    Ok(db.execute(sql).await? > 0)
}
