//! Turning a member's second factor off. Kept apart from [`crate::accounts`], which enrols
//! and checks it: this only forgets everything of it, whatever form it is stored in there.

use crate::{Db, Result, Sql};

/// Turns the second factor of account `id` off: its TOTP secret, its recovery codes and any
/// enrolment still pending go. Whether the account may do without one is the caller's
/// decision (staff may not).
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
