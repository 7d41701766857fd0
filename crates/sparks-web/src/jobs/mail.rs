//! Outgoing mail (issue #18, Medium 5): a request only queues a mail in the database
//! (`AppState::send_mail`, one `INSERT`) and wakes this server's [`MailWorker`], which sends
//! it. So no answer waits for the mail server, and `/reset` or `/join` take the same time
//! whether or not an account exists. With several servers on one database each mail is sent
//! by the one worker that claimed it (see [`sparks_store::outbox`]); a failed send is tried
//! again later, backing off, and after [`MAX_ATTEMPTS`] (at once when the message cannot be
//! built, say for a bad address) kept in the table as failed and logged as an error, never
//! dropped.

use std::sync::Arc;
use std::time::Duration;

use sparks_mail::{Email, MailError, Mailer};
use sparks_store::jobs::stamp;
use sparks_store::{Db, outbox};
use tokio::sync::{Notify, watch};

use crate::serve::ops;
use crate::{Clock, WebError};

/// Sends a mail gets before it is given up on (kept in the table as failed).
pub const MAX_ATTEMPTS: i64 = 10;
/// How often a worker looks for mail without being woken: mail queued by another server,
/// or a retry that has come due.
pub const POLL: Duration = Duration::from_secs(5);
/// How long a claimed mail is the claimer's: longer than an SMTP send can take (lettre
/// gives up after a minute), so a slow send is not taken over and sent twice.
const LEASE: time::Duration = time::Duration::minutes(10);
/// Mails claimed at a time.
const BATCH: i64 = 20;

/// Wakes this server's mail worker when a request has queued a mail. Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct MailSignal(Arc<Notify>);

impl MailSignal {
    /// Wakes the worker; a wake while it is busy is kept for when it next waits.
    pub fn wake(&self) {
        self.0.notify_one();
    }
}

/// What one [`MailWorker::drain`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DrainReport {
    /// Mails sent (and deleted from the queue).
    pub sent: usize,
    /// Sends that failed and will be tried again.
    pub retrying: usize,
    /// Sends that failed for the last time.
    pub failed: usize,
}

/// Sends the queued mail of one server.
#[derive(Debug, Clone)]
pub struct MailWorker {
    db: Db,
    clock: Clock,
    mailer: Mailer,
    signal: MailSignal,
    /// Who holds a lease: unique per worker, so two servers never settle each other's mail.
    id: String,
    /// Turns new notifications into queued mail before each pass, when set.
    notifications: Option<super::notifications::NotificationDelivery>,
}

/// How long after its `attempts`-th failed send a mail is tried again: 30 s, doubling, at
/// most two hours.
pub fn retry_delay(attempts: i64) -> time::Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1).clamp(0, 8)).unwrap_or(8);
    time::Duration::seconds(30 * (1_i64 << doublings)).min(time::Duration::hours(2))
}

impl MailWorker {
    /// A worker sending through `mailer`, woken by `signal` (the one in the site's
    /// [`crate::SiteConfig`]).
    pub fn new(db: Db, clock: Clock, mailer: Mailer, signal: MailSignal) -> MailWorker {
        MailWorker {
            db,
            clock,
            mailer,
            signal,
            id: format!("mail-{}", &sparks_auth::random_token()[..16]),
            notifications: None,
        }
    }

    /// This worker also delivers notifications (see [`super::notifications`]) before each
    /// pass, with links in the mails under `link_base`, the site's public address. `serve`
    /// turns it on; so woken by a request that stored a notification, the worker queues its
    /// mail and sends it in the same pass.
    pub fn delivering_notifications(mut self, link_base: String) -> MailWorker {
        self.notifications = Some(super::notifications::NotificationDelivery::new(
            self.db.clone(),
            self.clock.clone(),
            link_base,
        ));
        self
    }

    /// Sends every mail that is due now, and sets the queue gauges of `/metrics`.
    pub async fn drain(&self) -> Result<DrainReport, WebError> {
        let mut report = DrainReport::default();
        if let Some(delivery) = &self.notifications
            && let Err(e) = delivery.deliver().await
        {
            // Mail already queued still goes; the notifications wait for the next pass.
            tracing::warn!(error = %e, "notification delivery pass failed");
        }
        loop {
            let now = self.clock.now();
            let claimed =
                outbox::claim(&self.db, &self.id, &stamp(now), &stamp(now + LEASE), BATCH).await?;
            if claimed.is_empty() {
                break;
            }
            for mail in claimed {
                let (id, attempts) = (mail.id, mail.attempts);
                let email = Email {
                    to: mail.recipient,
                    subject: mail.subject,
                    body: mail.body,
                    headers: mail.headers,
                };
                match self.mailer.send(email).await {
                    Ok(()) => {
                        outbox::sent(&self.db, id, &self.id).await?;
                        report.sent += 1;
                    }
                    Err(e) => {
                        ops::record_mail_failure();
                        let now = self.clock.now();
                        let error = e.to_string();
                        // A message that cannot be built (a bad address) fails the same
                        // way every time: no point in trying again.
                        let permanent = matches!(e, MailError::Address(_) | MailError::Build(_));
                        let retry_at = (attempts < MAX_ATTEMPTS && !permanent)
                            .then(|| stamp(now + retry_delay(attempts)));
                        outbox::failed(
                            &self.db,
                            id,
                            &self.id,
                            &error,
                            retry_at.as_deref(),
                            &stamp(now),
                        )
                        .await?;
                        if let Some(at) = retry_at {
                            tracing::warn!(mail_id = id, attempts, retry_at = %at, error = %error,
                                "could not send an email; it stays queued");
                            report.retrying += 1;
                        } else {
                            tracing::error!(mail_id = id, attempts, error = %error,
                                "could not send an email; giving up, kept in mail_outbox as failed");
                            report.failed += 1;
                        }
                    }
                }
            }
        }
        let depth = outbox::depth(&self.db).await?;
        ops::record_mail_queue(depth.waiting, depth.failed);
        Ok(report)
    }

    /// Drains the queue when woken and every [`POLL`], until `stop` turns true.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            if let Err(e) = self.drain().await {
                tracing::warn!(error = %e, "mail queue pass failed");
            }
            tokio::select! {
                () = self.signal.0.notified() => {}
                () = tokio::time::sleep(POLL) => {}
                _ = stop.changed() => break,
            }
        }
        tracing::info!("mail worker stopped");
    }

    /// Starts [`MailWorker::run`] as a task.
    pub fn spawn(self, stop: watch::Receiver<bool>) -> tokio::task::JoinHandle<()> {
        tokio::spawn(self.run(stop))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_back_off_to_a_cap() {
        assert_eq!(retry_delay(1), time::Duration::seconds(30));
        assert_eq!(retry_delay(2), time::Duration::seconds(60));
        assert_eq!(retry_delay(5), time::Duration::minutes(8));
        assert_eq!(retry_delay(MAX_ATTEMPTS), time::Duration::hours(2));
        assert_eq!(retry_delay(i64::MAX), time::Duration::hours(2));
    }
}
