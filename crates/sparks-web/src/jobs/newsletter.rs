//! The newsletter's digest of what is new, queued by `sparks newsletter digest` or on a
//! schedule in `serve` and sent by the mail queue; the subscription pages are in `pages/newsletter.rs`.

use base64::Engine;
use sparks_auth::random_token;
use sparks_store::jobs::stamp;
use sparks_store::outbox::NewMail;
use sparks_store::{Db, accounts, newsletter};

use crate::WebError;

/// The token of a subscriber's secret link for `purpose` (`unsubscribe`, `manage`): an HMAC
/// of their id under a key shared by every server (in the database), so links need no
/// stored secret and cannot be guessed, and one kind of link does not open the other.
async fn link_token(db: &Db, purpose: &str, id: i64) -> Result<String, WebError> {
    let key = accounts::shared_secret(db, "newsletter", &random_token()).await?;
    let csrf = sparks_auth::CsrfKey::new(key.into_bytes());
    // The CSRF key type is an HMAC over (time, binding); a fixed time makes it a plain MAC.
    let token = csrf.token(&format!("{purpose}:{id}"), 0);
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(token))
}

/// The unsubscribe token of a subscriber (see [`link_token`]).
pub(crate) async fn unsubscribe_token(db: &Db, id: i64) -> Result<String, WebError> {
    link_token(db, "unsubscribe", id).await
}

/// The token of a subscriber's link to the page where they choose pillars and topics.
pub(crate) async fn manage_token(db: &Db, id: i64) -> Result<String, WebError> {
    link_token(db, "manage", id).await
}

/// What a digest run did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DigestReport {
    /// New items found (each subscriber gets those matching their choices).
    pub items: usize,
    /// Emails queued: subscribers with at least one matching item.
    pub recipients: usize,
}

fn section(kind: &str) -> &'static str {
    match kind {
        "initiative" => "initiatives",
        "resource" => "resources",
        "event" => "events",
        _ => "news",
    }
}

/// Queues the digest of what was published since the last one (the last 30 days the first
/// time) for every confirmed subscriber: the items matching their pillars and topics (all
/// when they chose none), a link to change that choice, and a one-click unsubscribe (RFC
/// 8058 headers, kept through the queue). The mail queue sends them, each once whichever
/// server's worker claims it, and retries a failed send. Nothing is queued when nothing is
/// new; a subscriber whom no new item concerns gets no mail.
pub async fn send_digest(
    db: &Db,
    clock: &crate::Clock,
    link_base: &str,
) -> Result<DigestReport, WebError> {
    let now = clock.now();
    let since = match newsletter::last_digest(db).await? {
        Some(s) => s,
        None => stamp(now - time::Duration::days(30)),
    };
    let items = newsletter::new_since(db, &since, 20).await?;
    if items.is_empty() {
        return Ok(DigestReport {
            items: 0,
            recipients: 0,
        });
    }
    let subscribers = newsletter::confirmed(db).await?;
    if subscribers.is_empty() {
        // Kept for the first reader: a digest counts once someone got it.
        return Ok(DigestReport {
            items: items.len(),
            recipients: 0,
        });
    }
    let choices = newsletter::all_choices(db).await?;
    let mut mails = Vec::new();
    for s in &subscribers {
        let chosen = choices.get(&s.id).cloned().unwrap_or_default();
        let matching: Vec<_> = items.iter().filter(|i| chosen.wants(i)).collect();
        if matching.is_empty() {
            continue;
        }
        let count = matching.len();
        let list: String = matching
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
        let unsubscribe = format!(
            "{link_base}/newsletter/unsubscribe?id={}&token={}",
            s.id,
            unsubscribe_token(db, s.id).await?
        );
        let manage = format!(
            "{link_base}/newsletter/manage?id={}&token={}",
            s.id,
            manage_token(db, s.id).await?
        );
        mails.push(NewMail {
            recipient: s.email.clone(),
            subject: format!("Sparks: {count} new"),
            body: format!(
                "New on Sparks since the last digest:\n\n{list}\n\
                 Choose the pillars and topics you get: {manage}\n\
                 Unsubscribe with one click: {unsubscribe}\n"
            ),
            headers: vec![
                ("List-Unsubscribe".to_owned(), format!("<{unsubscribe}>")),
                (
                    "List-Unsubscribe-Post".to_owned(),
                    "List-Unsubscribe=One-Click".to_owned(),
                ),
            ],
        });
    }
    newsletter::queue_digest(db, &mails, &stamp(now), items.len() as i64).await?;
    Ok(DigestReport {
        items: items.len(),
        recipients: mails.len(),
    })
}

/// Queues the digest when it is due: the database lets exactly one caller per due time
/// through ([`newsletter::claim_due`]), so with several servers calling this each digest
/// is queued once. `None` when it was not due (or another server took it).
pub async fn run_due(
    db: &Db,
    clock: &crate::Clock,
    link_base: &str,
    interval_seconds: i64,
) -> Result<Option<DigestReport>, WebError> {
    if !newsletter::claim_due(db, clock.unix(), interval_seconds).await? {
        return Ok(None);
    }
    send_digest(db, clock, link_base).await.map(Some)
}

/// Runs [`send_digest`] every `interval` in `serve`; with several servers the database
/// decides which one sends each digest.
pub async fn schedule(
    db: Db,
    clock: crate::Clock,
    signal: crate::MailSignal,
    link_base: String,
    interval: std::time::Duration,
) {
    let seconds = i64::try_from(interval.as_secs())
        .unwrap_or(i64::MAX)
        .max(60);
    let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        tick.tick().await;
        match run_due(&db, &clock, &link_base, seconds).await {
            Ok(Some(r)) => {
                tracing::info!(
                    items = r.items,
                    recipients = r.recipients,
                    "newsletter digest queued"
                );
                signal.wake();
            }
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, "newsletter digest failed"),
        }
    }
}
