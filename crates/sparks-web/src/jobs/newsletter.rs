//! The newsletter's digest of what is new, sent by `sparks newsletter digest` or on a
//! schedule in `serve`; the subscription pages are in `pages/newsletter.rs`.

use base64::Engine;
use sparks_auth::random_token;
use sparks_mail::{Email, Mailer};
use sparks_store::{Db, accounts, newsletter};

use crate::WebError;

/// The unsubscribe token of a subscriber: an HMAC of their id under a key shared by every
/// server (in the database), so links need no stored secret and cannot be guessed.
pub(crate) async fn unsubscribe_token(db: &Db, id: i64) -> Result<String, WebError> {
    let key = accounts::shared_secret(db, "newsletter", &random_token()).await?;
    let csrf = sparks_auth::CsrfKey::new(key.into_bytes());
    // The CSRF key type is an HMAC over (time, binding); a fixed time makes it a plain MAC.
    let token = csrf.token(&format!("unsubscribe:{id}"), 0);
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(token))
}

/// What a digest run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestReport {
    /// New items listed.
    pub items: usize,
    /// Emails sent.
    pub recipients: usize,
}

/// Sends the digest of what was published since the last one (the last 30 days the first
/// time) to every confirmed subscriber, each with a one-click unsubscribe. Nothing is sent
/// when nothing is new.
pub async fn send_digest(
    db: &Db,
    clock: &crate::Clock,
    mailer: &Mailer,
    link_base: &str,
) -> Result<DigestReport, WebError> {
    let now = clock.now();
    let since = match newsletter::last_digest(db).await? {
        Some(s) => s,
        None => (now - time::Duration::days(30))
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default(),
    };
    let items = newsletter::new_since(db, &since, 20).await?;
    if items.is_empty() {
        return Ok(DigestReport {
            items: 0,
            recipients: 0,
        });
    }
    let section = |kind: &str| match kind {
        "initiative" => "initiatives",
        "resource" => "resources",
        "event" => "events",
        _ => "news",
    };
    let list: String = items
        .iter()
        .map(|i| {
            format!(
                "- {}\n  {link_base}/{}/{}\n",
                i.title,
                section(&i.kind),
                i.slug
            )
        })
        .collect();
    let subscribers = newsletter::confirmed(db).await?;
    if subscribers.is_empty() {
        // Kept for the first reader: a digest counts once someone got it.
        return Ok(DigestReport {
            items: items.len(),
            recipients: 0,
        });
    }
    let mut sent = 0;
    for s in &subscribers {
        let token = unsubscribe_token(db, s.id).await?;
        let unsubscribe = format!(
            "{link_base}/newsletter/unsubscribe?id={}&token={token}",
            s.id
        );
        let email = Email {
            to: s.email.clone(),
            subject: format!("Sparks: {} new", items.len()),
            body: format!(
                "New on Sparks since the last digest:\n\n{list}\nUnsubscribe with one click: {unsubscribe}\n"
            ),
            headers: vec![
                ("List-Unsubscribe".to_owned(), format!("<{unsubscribe}>")),
                (
                    "List-Unsubscribe-Post".to_owned(),
                    "List-Unsubscribe=One-Click".to_owned(),
                ),
            ],
        };
        match mailer.send(email).await {
            Ok(()) => sent += 1,
            Err(e) => tracing::error!(error = %e, subscriber = s.id, "could not send a digest"),
        }
    }
    let stamp = now
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    newsletter::record_digest(db, &stamp, items.len() as i64, sent as i64).await?;
    Ok(DigestReport {
        items: items.len(),
        recipients: sent,
    })
}

/// Runs [`send_digest`] every `interval` in `serve`; with several servers the database
/// decides which one sends each digest.
pub async fn schedule(
    db: Db,
    clock: crate::Clock,
    mailer: Mailer,
    link_base: String,
    interval: std::time::Duration,
) {
    let seconds = i64::try_from(interval.as_secs())
        .unwrap_or(i64::MAX)
        .max(60);
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        match newsletter::claim_due(&db, clock.unix(), seconds).await {
            Ok(true) => match send_digest(&db, &clock, &mailer, &link_base).await {
                Ok(r) => tracing::info!(
                    items = r.items,
                    recipients = r.recipients,
                    "newsletter digest"
                ),
                Err(e) => tracing::error!(error = %e, "newsletter digest failed"),
            },
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "could not check the newsletter schedule"),
        }
    }
}
