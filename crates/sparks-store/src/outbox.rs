//! Outgoing mail waiting to be sent (issue #18, Medium 5). A request only queues a mail
//! ([`enqueue`]: one `INSERT`); a worker in each server claims due mails with a lease, as
//! [`crate::jobs::claim`] does (`FOR UPDATE SKIP LOCKED` on PostgreSQL; SQLite runs one
//! write at a time), so with several servers on one database each mail is sent by one of
//! them. A sent mail's row is deleted ([`sent`]): it holds an address. A failed send is due
//! again later, or after the last attempt kept and marked failed ([`failed`]).
//!
//! Times are stamps as [`crate::jobs::stamp`] writes them (RFC 3339 UTC, whole seconds).

use crate::jobs::{Lease, claim_sql};
use crate::{Db, Result, Sql, StoreError, Tx};

/// A mail a worker holds the lease of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedMail {
    /// Row id.
    pub id: i64,
    /// Recipient address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Extra headers, as (name, value).
    pub headers: Vec<(String, String)>,
    /// Sends tried so far, this one included.
    pub attempts: i64,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    recipient: String,
    subject: String,
    body: String,
    headers: String,
    attempts: i64,
}

impl TryFrom<Row> for QueuedMail {
    type Error = StoreError;

    fn try_from(r: Row) -> Result<Self> {
        let headers = serde_json::from_str(&r.headers)
            .map_err(|e| StoreError::Corrupt(format!("mail {} headers: {e}", r.id)))?;
        Ok(QueuedMail {
            id: r.id,
            recipient: r.recipient,
            subject: r.subject,
            body: r.body,
            headers,
            attempts: r.attempts,
        })
    }
}

/// A mail to queue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// Recipient address.
    pub recipient: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
    /// Extra headers, as (name, value) (`List-Unsubscribe`, ...).
    pub headers: Vec<(String, String)>,
}

fn insert_sql(
    recipient: &str,
    subject: &str,
    body: &str,
    headers: &[(String, String)],
    now: &str,
) -> Result<Sql> {
    let headers = serde_json::to_string(headers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Sql::insert(
        "mail_outbox",
        [
            ("recipient", recipient.into()),
            ("subject", subject.into()),
            ("body", body.into()),
            ("headers", headers.into()),
            ("created_at", now.into()),
            ("next_attempt_at", now.into()),
        ],
    ))
}

/// Queues a mail, due at once (`now`); returns its id.
pub async fn enqueue(
    db: &Db,
    recipient: &str,
    subject: &str,
    body: &str,
    headers: &[(String, String)],
    now: &str,
) -> Result<i64> {
    db.insert_id(insert_sql(recipient, subject, body, headers, now)?)
        .await
}

/// Queues `mail` inside the caller's transaction, due at once (`now`), so it is queued
/// exactly when the caller's other writes are.
pub async fn enqueue_in(tx: &mut Tx, mail: &NewMail, now: &str) -> Result<i64> {
    tx.insert_id(insert_sql(
        &mail.recipient,
        &mail.subject,
        &mail.body,
        &mail.headers,
        now,
    )?)
    .await
}

/// Claims up to `limit` mails due at `now` that are neither leased nor failed, for `worker`
/// until `lease_until`; each claim counts as an attempt.
pub async fn claim(
    db: &Db,
    worker: &str,
    now: &str,
    lease_until: &str,
    limit: i64,
) -> Result<Vec<QueuedMail>> {
    let lease = Lease {
        worker,
        now,
        until: lease_until,
        limit,
    };
    let returning = "id, recipient, subject, body, headers, attempts";
    let sql = claim_sql(
        db,
        "mail_outbox",
        "next_attempt_at",
        &lease,
        returning,
        |sql| {
            sql.push("failed_at IS NULL");
        },
    );
    let mut mails = db
        .fetch_all::<Row>(sql)
        .await?
        .into_iter()
        .map(QueuedMail::try_from)
        .collect::<Result<Vec<_>>>()?;
    // RETURNING gives no order; oldest first.
    mails.sort_by_key(|m| m.id);
    Ok(mails)
}

/// Deletes a mail its worker has sent. A worker that lost its lease changes nothing.
pub async fn sent(db: &Db, id: i64, worker: &str) -> Result<bool> {
    let mut sql = Sql::new("DELETE FROM mail_outbox WHERE id = ");
    sql.push_arg(id).push(" AND locked_by = ").push_arg(worker);
    Ok(db.execute(sql).await? == 1)
}

/// Records a failed send by `worker`: due again at `retry_at`, or with `None` (the last
/// attempt) kept and marked failed at `now`, never claimed again.
pub async fn failed(
    db: &Db,
    id: i64,
    worker: &str,
    error: &str,
    retry_at: Option<&str>,
    now: &str,
) -> Result<bool> {
    let mut sql =
        Sql::new("UPDATE mail_outbox SET locked_by = NULL, locked_until = NULL, last_error = ");
    sql.push_arg(error);
    match retry_at {
        Some(at) => sql.push(", next_attempt_at = ").push_arg(at),
        None => sql.push(", failed_at = ").push_arg(now),
    };
    sql.push(" WHERE id = ")
        .push_arg(id)
        .push(" AND locked_by = ")
        .push_arg(worker);
    Ok(db.execute(sql).await? == 1)
}

/// How many mails wait (due or not, leased or not), and how many were given up on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct Depth {
    /// Mails still to be sent.
    pub waiting: i64,
    /// Mails whose last attempt failed.
    pub failed: i64,
}

/// The queue's [`Depth`].
pub async fn depth(db: &Db) -> Result<Depth> {
    db.fetch_one::<Depth>(Sql::new(
        "SELECT COALESCE(SUM(CASE WHEN failed_at IS NULL THEN 1 ELSE 0 END), 0) AS waiting, \
         COALESCE(SUM(CASE WHEN failed_at IS NULL THEN 0 ELSE 1 END), 0) AS failed \
         FROM mail_outbox",
    ))
    .await
}

/// Deletes the mail queued to account `user_id`'s address, waiting or failed (part of
/// erasing the account, before its row goes): it holds the address and often a link.
pub(crate) async fn delete_queued_to_user(tx: &mut Tx, user_id: i64) -> Result<()> {
    let mut sql = Sql::new(
        "DELETE FROM mail_outbox WHERE lower(recipient) = \
         (SELECT lower(email) FROM users WHERE id = ",
    );
    sql.push_arg(user_id).push(")");
    tx.execute(sql).await?;
    Ok(())
}
