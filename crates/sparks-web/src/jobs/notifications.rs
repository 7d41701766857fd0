//! Delivering notifications by email (issue #17, point 1). The mail worker of each server
//! runs [`NotificationDelivery::deliver`] before it sends queued mail: each notification not
//! yet looked at is settled from its member's choice for its kind — one mail at once, kept
//! for the daily digest, or no mail — and after midnight (UTC) each member with notifications
//! kept for the digest gets one mail listing them.
//!
//! Settling a notification and queueing its mail happen in one transaction, behind a
//! compare-and-set on the notification's delivery state (see
//! [`sparks_store::notifications::settle_tx`]): with several servers on one database, each
//! mail is queued by exactly one of them, and the outbox then sends it once and retries a
//! failed send. Mails speak the member's stored interface language and carry a one-click
//! stop for their kind (RFC 8058 `List-Unsubscribe` and `List-Unsubscribe-Post`, as the
//! newsletter's do) besides a plain link.

use base64::Engine;
use sparks_auth::random_token;
use sparks_store::jobs::stamp;
use sparks_store::notifications::{self, Delivery, Kind, Notification, Recipient, Settled};
use sparks_store::{Db, accounts, outbox};
use sparks_views::{Arg, Locale};

use crate::{Clock, WebError};

/// Notifications settled per query.
const BATCH: i64 = 100;

/// What a one-click stop link stops: one kind, or every kind mailed in the digest (the
/// digest's own link).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopTarget {
    /// Mails about this kind.
    Kind(Kind),
    /// The daily digest: every kind that goes into it.
    Digest,
}

impl StopTarget {
    /// The name in the link (`reply`, ..., or `digest`).
    pub fn as_str(self) -> &'static str {
        match self {
            StopTarget::Kind(k) => k.as_str(),
            StopTarget::Digest => "digest",
        }
    }

    /// The target a link names.
    pub fn parse(s: &str) -> Option<StopTarget> {
        if s == "digest" {
            Some(StopTarget::Digest)
        } else {
            Kind::parse(s).map(StopTarget::Kind)
        }
    }
}

/// The token of a one-click stop link: an HMAC of the account and the target under a key
/// shared by every server (in the database), so links need no stored secret and cannot be
/// guessed or moved to another member or kind.
pub(crate) async fn stop_token(
    db: &Db,
    account_id: i64,
    target: StopTarget,
) -> Result<String, WebError> {
    let key = accounts::shared_secret(db, "notifications", &random_token()).await?;
    let mac = sparks_auth::CsrfKey::new(key.into_bytes());
    // The CSRF key type is an HMAC over (time, binding); a fixed time makes it a plain MAC.
    let token = mac.token(&format!("stop:{account_id}:{}", target.as_str()), 0);
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(token))
}

/// The path (with query) of a one-click stop link.
pub(crate) async fn stop_path(
    db: &Db,
    account_id: i64,
    target: StopTarget,
) -> Result<String, WebError> {
    let token = stop_token(db, account_id, target).await?;
    Ok(format!(
        "/notifications/stop?account={account_id}&kind={}&token={token}",
        target.as_str()
    ))
}

/// The kind's name in `locale`.
pub(crate) fn kind_label(locale: Locale, kind: Kind) -> String {
    locale.t(&format!("notification-kind-{}", kind.as_str()))
}

/// What one [`NotificationDelivery::deliver`] did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeliveryReport {
    /// Mails queued, one per notification.
    pub mailed: usize,
    /// Notifications kept for the digest.
    pub kept_for_digest: usize,
    /// Notifications not mailed (preference off, unconfirmed address).
    pub skipped: usize,
    /// Digest mails queued.
    pub digests: usize,
}

/// Settles new notifications and sends due digests into the mail queue.
#[derive(Debug, Clone)]
pub struct NotificationDelivery {
    db: Db,
    clock: Clock,
    /// The site's address, for links in mails.
    link_base: String,
}

impl NotificationDelivery {
    /// Delivery on `db` at `clock`'s time, with links under `link_base` (the public URL).
    pub fn new(db: Db, clock: Clock, link_base: String) -> NotificationDelivery {
        NotificationDelivery {
            db,
            clock,
            link_base: link_base.trim_end_matches('/').to_owned(),
        }
    }

    /// Settles every notification not yet looked at, then queues the digests that are due.
    pub async fn deliver(&self) -> Result<DeliveryReport, WebError> {
        let mut report = DeliveryReport::default();
        loop {
            let pending = notifications::pending(&self.db, BATCH).await?;
            if pending.is_empty() {
                break;
            }
            for n in &pending {
                self.settle(n, &mut report).await?;
            }
        }
        // The digest goes once a day, after midnight UTC, with what waited since before then.
        let now = self.clock.now();
        let midnight = now.replace_time(time::Time::MIDNIGHT).unix_timestamp();
        for account_id in notifications::digests_due(&self.db, midnight).await? {
            if self.digest(account_id).await? {
                report.digests += 1;
            }
        }
        Ok(report)
    }

    async fn settle(&self, n: &Notification, report: &mut DeliveryReport) -> Result<(), WebError> {
        let recipient = notifications::recipient(&self.db, n.account_id).await?;
        let choice = notifications::preference(&self.db, n.account_id, n.kind).await?;
        let to = match (&recipient, choice) {
            (Some(r), Delivery::Immediate) if r.verified => Settled::Mailed,
            (Some(r), Delivery::Digest) if r.verified => Settled::Digest,
            _ => Settled::Skipped,
        };
        // The mail is written before the transaction: making the stop link may write the
        // shared key, which on SQLite would wait for this very transaction's lock.
        let mail = match (to, &recipient) {
            (Settled::Mailed, Some(r)) => Some(self.immediate_mail(n, r).await?),
            _ => None,
        };
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        if !notifications::settle_tx(&mut tx, n.id, to, now.unix_timestamp()).await? {
            // Another server settled it first (and queued its mail, if any).
            return Ok(());
        }
        if let (Some((subject, body, headers)), Some(r)) = (mail, &recipient) {
            let mail = outbox::NewMail {
                recipient: r.email.clone(),
                subject,
                body,
                headers,
            };
            outbox::enqueue_in(&mut tx, &mail, &stamp(now)).await?;
        }
        tx.commit().await?;
        match to {
            Settled::Mailed => report.mailed += 1,
            Settled::Digest => report.kept_for_digest += 1,
            Settled::Skipped => report.skipped += 1,
        }
        Ok(())
    }

    /// The subject, body and headers of the mail telling `r` of `n` at once.
    async fn immediate_mail(
        &self,
        n: &Notification,
        r: &Recipient,
    ) -> Result<(String, String, Vec<(String, String)>), WebError> {
        let locale = locale_of(r);
        let kind = kind_label(locale, n.kind);
        let link = format!("{}{}", self.link_base, n.link);
        let subject = locale.t_args(
            "notification-email-subject",
            &[("kind", text(&kind)), ("title", text(&one_line(&n.title)))],
        );
        let body = locale.t_args(
            "notification-email-body",
            &[
                ("kind", text(&kind)),
                ("title", text(&n.title)),
                ("link", text(&link)),
            ],
        );
        let target = StopTarget::Kind(n.kind);
        let (body, headers) = self.with_stop(locale, r.id, target, body).await?;
        Ok((subject, body, headers))
    }

    /// Queues the digest of one member; `false` when another server took it first.
    async fn digest(&self, account_id: i64) -> Result<bool, WebError> {
        let Some(r) = notifications::recipient(&self.db, account_id).await? else {
            return Ok(false);
        };
        let locale = locale_of(&r);
        let stop = self.with_stop(locale, r.id, StopTarget::Digest, String::new());
        let (footer, headers) = stop.await?;
        let now = self.clock.now();
        let mut tx = self.db.begin().await?;
        let taken =
            notifications::take_digest_tx(&mut tx, account_id, now.unix_timestamp()).await?;
        if taken.is_empty() {
            return Ok(false);
        }
        let count = taken.len() as u64;
        let subject = locale.t_args(
            "notification-email-digest-subject",
            &[
                ("count", Arg::Count(count)),
                ("n", text(&locale.number(count))),
            ],
        );
        let mut body = locale.t("notification-email-digest-intro");
        body.push_str("\n\n");
        for n in &taken {
            body.push_str(&format!(
                "- {}: {}\n  {}{}\n",
                kind_label(locale, n.kind),
                one_line(&n.title),
                self.link_base,
                n.link
            ));
        }
        body.push_str(&footer);
        if r.verified {
            let mail = outbox::NewMail {
                recipient: r.email.clone(),
                subject,
                body,
                headers,
            };
            outbox::enqueue_in(&mut tx, &mail, &stamp(now)).await?;
        }
        tx.commit().await?;
        Ok(r.verified)
    }

    /// `body` with the stop and settings links under it, and the RFC 8058 headers.
    async fn with_stop(
        &self,
        locale: Locale,
        account_id: i64,
        target: StopTarget,
        body: String,
    ) -> Result<(String, Vec<(String, String)>), WebError> {
        let stop = format!(
            "{}{}",
            self.link_base,
            stop_path(&self.db, account_id, target).await?
        );
        let settings = format!("{}/notifications#email", self.link_base);
        let body = format!(
            "{body}\n\n{}\n{}\n",
            locale.t_args("notification-email-stop", &[("stop", text(&stop))]),
            locale.t_args(
                "notification-email-settings",
                &[("settings", text(&settings))]
            ),
        );
        let headers = vec![
            ("List-Unsubscribe".to_owned(), format!("<{stop}>")),
            (
                "List-Unsubscribe-Post".to_owned(),
                "List-Unsubscribe=One-Click".to_owned(),
            ),
        ];
        Ok((body, headers))
    }
}

fn locale_of(r: &Recipient) -> Locale {
    r.language
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or(Locale::En)
}

fn text(s: &str) -> Arg {
    Arg::Text(s.to_owned())
}

/// A title as one line of a subject or list: no line breaks, at most 150 characters.
fn one_line(s: &str) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut out: String = flat.chars().take(150).collect();
    if flat.chars().count() > 150 {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_targets_round_trip_and_titles_stay_on_one_line() {
        for k in Kind::ALL {
            assert_eq!(
                StopTarget::parse(StopTarget::Kind(k).as_str()),
                Some(StopTarget::Kind(k))
            );
        }
        assert_eq!(StopTarget::parse("digest"), Some(StopTarget::Digest));
        assert_eq!(StopTarget::parse("x"), None);
        assert_eq!(one_line("a\r\nb"), "a  b");
        assert_eq!(one_line(&"x".repeat(200)).chars().count(), 151);
    }
}
