//! Second factors at rest: authenticator (TOTP) secrets, enrolments not yet confirmed, and
//! recovery codes, all under the site's [`SecretKey`] (`SPARKS_SECRET_KEY_FILE`).
//!
//! - `users.totp_secret` and both columns of `pending_totp_enrolments` hold values sealed
//!   with the key, bound to their account and column: a copy of the database alone shows
//!   no secret, and a sealed value moved to another row does not open.
//! - `recovery_codes.code_hash` holds HMAC-SHA256 under the key of the account id and the
//!   code's SHA-256 (which callers pass, as before): two accounts with the same code store
//!   different values, and without the key nobody can test guesses against a dump.
//!
//! Values from before the key existed (plaintext secrets, unkeyed code hashes) are converted
//! in place by [`upgrade`], which `sparks serve` and `sparks users` run at start; the keyed
//! form of a recovery code derives from its old hash, so existing codes keep working.
//! Until then they are still read as they are.

use sparks_auth::SecretKey;

use crate::accounts::User;
use crate::{Db, Result, Sql, StoreError, Tx};

/// The associated data of the TOTP secret of account `id`.
fn secret_context(id: i64) -> String {
    format!("users.totp_secret:{id}")
}

fn pending_secret_context(id: i64) -> String {
    format!("pending_totp_enrolments.secret:{id}")
}

fn pending_codes_context(id: i64) -> String {
    format!("pending_totp_enrolments.recovery_codes:{id}")
}

/// The stored form of a recovery code of account `id`, from its SHA-256 (`hash_token`).
fn code_value(key: &SecretKey, id: i64, code_hash: &str) -> String {
    key.keyed_hash(&format!("recovery_codes.code_hash:{id}"), code_hash)
}

/// Opens a stored value; one from before the key (not in the sealed form) is read as it is.
fn open(key: &SecretKey, context: &str, stored: &str) -> Result<String> {
    if SecretKey::is_keyed(stored) {
        Ok(key.open(context, stored)?)
    } else {
        Ok(stored.to_owned())
    }
}

/// The account's TOTP secret in the clear (it is stored sealed, see the module doc), or
/// `None` when none is enrolled. An error when the key cannot open it (the key file was
/// replaced): the caller must not take that for "no second factor".
pub fn totp_secret(key: &SecretKey, user: &User) -> Result<Option<String>> {
    user.totp_secret
        .as_deref()
        .map(|s| open(key, &secret_context(user.id), s))
        .transpose()
}

/// Enrols a TOTP secret (replacing any earlier one, and any enrolment still pending) and its
/// recovery codes (each as `hash_token` of the code; stored keyed, see the module doc).
pub async fn enrol_totp(
    db: &Db,
    key: &SecretKey,
    id: i64,
    secret: &str,
    code_hashes: &[String],
) -> Result<()> {
    let mut tx = db.begin().await?;
    let mut sql = Sql::new("UPDATE users SET totp_secret = ");
    sql.push_arg(key.seal(&secret_context(id), secret))
        .push(", totp_last_step = NULL WHERE id = ")
        .push_arg(id);
    tx.execute(sql).await?;
    let mut pending = Sql::new("DELETE FROM pending_totp_enrolments WHERE user_id = ");
    pending.push_arg(id);
    tx.execute(pending).await?;
    replace_recovery_codes_in(&mut tx, key, id, code_hashes).await?;
    tx.commit().await
}

async fn replace_recovery_codes_in(
    tx: &mut Tx,
    key: &SecretKey,
    id: i64,
    code_hashes: &[String],
) -> Result<()> {
    let mut del = Sql::new("DELETE FROM recovery_codes WHERE user_id = ");
    del.push_arg(id);
    tx.execute(del).await?;
    for hash in code_hashes {
        let mut ins = Sql::new("INSERT INTO recovery_codes (user_id, code_hash) VALUES (");
        ins.push_arg(id)
            .push(", ")
            .push_arg(code_value(key, id, hash))
            .push(")");
        tx.execute(ins).await?;
    }
    Ok(())
}

/// An authenticator enrolment shown to a staff member and not yet confirmed by a first code.
/// It is shown again, unchanged, until then: a reload or a second login must not lose the
/// secret someone may already have scanned, nor swap it for another without a word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingTotp {
    /// Base32 TOTP secret.
    pub secret: String,
    /// The recovery codes in the clear; they work only once the enrolment is confirmed.
    pub recovery_codes: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct PendingRow {
    user_id: i64,
    secret: String,
    recovery_codes: String,
}

impl PendingRow {
    fn open(&self, key: &SecretKey) -> Result<PendingTotp> {
        let codes = open(
            key,
            &pending_codes_context(self.user_id),
            &self.recovery_codes,
        )?;
        Ok(PendingTotp {
            secret: open(key, &pending_secret_context(self.user_id), &self.secret)?,
            recovery_codes: codes.lines().map(str::to_owned).collect(),
        })
    }
}

fn select_pending(id: i64) -> Sql {
    let mut sql = Sql::new(
        "SELECT user_id, secret, recovery_codes FROM pending_totp_enrolments WHERE user_id = ",
    );
    sql.push_arg(id);
    sql
}

/// The account's pending enrolment, if there is one.
pub async fn pending_totp(db: &Db, key: &SecretKey, id: i64) -> Result<Option<PendingTotp>> {
    db.fetch_optional::<PendingRow>(select_pending(id))
        .await?
        .map(|r| r.open(key))
        .transpose()
}

/// The account's pending enrolment: the one already shown, or `fresh` when there is none
/// (the first request to store one wins, on any server).
pub async fn start_totp_enrolment(
    db: &Db,
    key: &SecretKey,
    id: i64,
    fresh: &PendingTotp,
    now: i64,
) -> Result<PendingTotp> {
    let mut ins = Sql::new(
        "INSERT INTO pending_totp_enrolments (user_id, secret, recovery_codes, created_at) VALUES (",
    );
    ins.push_arg(id)
        .push(", ")
        .push_arg(key.seal(&pending_secret_context(id), &fresh.secret))
        .push(", ")
        .push_arg(key.seal(&pending_codes_context(id), &fresh.recovery_codes.join("\n")))
        .push(", ")
        .push_arg(now)
        .push(") ON CONFLICT (user_id) DO NOTHING");
    db.execute(ins).await?;
    Ok(pending_totp(db, key, id)
        .await?
        .unwrap_or_else(|| fresh.clone()))
}

/// Confirms the pending enrolment of `secret` with the first code accepted (of `step`): the
/// secret becomes the account's, the recovery codes (hashed by the caller) become valid and
/// the clear copy goes. `false` when that enrolment is no longer pending or the account
/// enrolled otherwise meanwhile.
pub async fn confirm_totp(
    db: &Db,
    key: &SecretKey,
    id: i64,
    secret: &str,
    code_hashes: &[String],
    step: i64,
) -> Result<bool> {
    let mut tx = db.begin().await?;
    let Some(row) = tx.fetch_optional::<PendingRow>(select_pending(id)).await? else {
        return Ok(false);
    };
    if row.open(key)?.secret != secret {
        return Ok(false);
    }
    // Sealed values differ at every sealing, so the row is matched by its stored value:
    // of two servers confirming at once, one deletes it and the other finds nothing.
    let mut pending = Sql::new("DELETE FROM pending_totp_enrolments WHERE user_id = ");
    pending
        .push_arg(id)
        .push(" AND secret = ")
        .push_arg(row.secret.as_str());
    if tx.execute(pending).await? != 1 {
        return Ok(false);
    }
    let mut sql = Sql::new("UPDATE users SET totp_secret = ");
    sql.push_arg(key.seal(&secret_context(id), secret))
        .push(", totp_last_step = ")
        .push_arg(step)
        .push(" WHERE totp_secret IS NULL AND id = ")
        .push_arg(id);
    if tx.execute(sql).await? != 1 {
        return Ok(false);
    }
    replace_recovery_codes_in(&mut tx, key, id, code_hashes).await?;
    tx.commit().await?;
    Ok(true)
}

/// Records that the TOTP code of `step` was used; `false` when that step (or a later one)
/// was already used, through this server or another: a code works once.
pub async fn claim_totp_step(db: &Db, id: i64, step: i64) -> Result<bool> {
    let mut sql = Sql::new("UPDATE users SET totp_last_step = ");
    sql.push_arg(step)
        .push(" WHERE id = ")
        .push_arg(id)
        .push(" AND (totp_last_step IS NULL OR totp_last_step < ")
        .push_arg(step)
        .push(")");
    Ok(db.execute(sql).await? == 1)
}

/// Uses up a recovery code, given as `hash_token` of the code; `false` when it is unknown
/// or used. (A code stored before the key, not yet upgraded, is matched by that hash.)
pub async fn use_recovery_code(
    db: &Db,
    key: &SecretKey,
    id: i64,
    code_hash: &str,
    now: i64,
) -> Result<bool> {
    let mut sql = Sql::new("UPDATE recovery_codes SET used_at = ");
    sql.push_arg(now)
        .push(" WHERE used_at IS NULL AND user_id = ")
        .push_arg(id)
        .push(" AND code_hash IN (")
        .push_arg(code_value(key, id, code_hash))
        .push(", ")
        .push_arg(code_hash)
        .push(")");
    Ok(db.execute(sql).await? == 1)
}

/// Every column that holds a second factor: (table, its account column, column). The
/// associated data of a sealed value is `TABLE.COLUMN:ACCOUNT`.
const COLUMNS: [(&str, &str, &str); 4] = [
    ("users", "id", "totp_secret"),
    ("pending_totp_enrolments", "user_id", "secret"),
    ("pending_totp_enrolments", "user_id", "recovery_codes"),
    ("recovery_codes", "user_id", "code_hash"),
];

/// What [`upgrade`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Upgrade {
    /// Whether the key is the one this database's second factors were sealed with (the
    /// first key used with it is recorded). When it is not, nothing was converted.
    pub key_matches: bool,
    /// How many values from before the key were sealed or keyed now.
    pub converted: u64,
}

/// Checks `key` against the database and converts the values stored before the key existed
/// (see the module doc). Run at start; safe to run again, and on several servers at once.
pub async fn upgrade(db: &Db, key: &SecretKey) -> Result<Upgrade> {
    let check = key.keyed_hash("secret-key-check", "sparks");
    let recorded = crate::accounts::shared_secret(db, "secret-key-check", &check).await?;
    if recorded != check {
        return Ok(Upgrade {
            key_matches: false,
            converted: 0,
        });
    }
    let mut converted = 0;
    for (table, id_column, column) in COLUMNS {
        let rows = db
            .fetch_all::<IdValue>(Sql::new(&format!(
                "SELECT {id_column} AS id, {column} AS value FROM {table} \
                 WHERE {column} NOT LIKE 'v1:%'"
            )))
            .await?;
        for row in rows {
            let new = if table == "recovery_codes" {
                code_value(key, row.id, &row.value)
            } else {
                key.seal(&format!("{table}.{column}:{}", row.id), &row.value)
            };
            converted += replace(db, table, column, id_column, &row, &new).await?;
        }
    }
    Ok(Upgrade {
        key_matches: true,
        converted,
    })
}

#[derive(sqlx::FromRow)]
struct IdValue {
    id: i64,
    value: String,
}

/// Replaces `row.value` in `column` by `new`, unless another server did first.
async fn replace(
    db: &Db,
    table: &str,
    column: &str,
    id_column: &str,
    row: &IdValue,
    new: &str,
) -> Result<u64> {
    let mut sql = Sql::new(&format!("UPDATE {table} SET {column} = "));
    sql.push_arg(new)
        .push(&format!(" WHERE {id_column} = "))
        .push_arg(row.id)
        .push(&format!(" AND {column} = "))
        .push_arg(row.value.as_str());
    db.execute(sql).await
}

impl From<sparks_auth::OpenError> for StoreError {
    fn from(e: sparks_auth::OpenError) -> Self {
        StoreError::SecretKey(e.to_string())
    }
}

/// Turns the second factor of account `id` off: its TOTP secret, its recovery codes and any
/// enrolment still pending go, whatever form they are stored in. Whether the account may do
/// without one is the caller's decision (staff may not).
pub async fn disable(db: &Db, id: i64) -> Result<()> {
    let mut tx = db.begin().await?;
    let mut secret =
        Sql::new("UPDATE users SET totp_secret = NULL, totp_last_step = NULL WHERE id = ");
    secret.push_arg(id);
    tx.execute(secret).await?;
    for table in ["recovery_codes", "pending_totp_enrolments"] {
        let mut sql = Sql::new(&format!("DELETE FROM {table} WHERE user_id = "));
        sql.push_arg(id);
        tx.execute(sql).await?;
    }
    tx.commit().await
}
