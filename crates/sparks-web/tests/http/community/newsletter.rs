//! The newsletter: double opt-in, the digest, and one-click unsubscribe.

use axum::http::{Method, StatusCode};
use sparks_store::db_test;

use crate::common::browser::{ORIGIN, Site, link_in, token_in};

/// Runs the digest as the scheduled job does: into the mail queue, which the site's worker
/// sends into its outbox.
async fn send_digest(site: &Site) -> sparks_web::newsletter::DigestReport {
    sparks_web::newsletter::send_digest(&site.db, &site.clock, ORIGIN)
        .await
        .unwrap()
}

db_test!(newsletter_double_opt_in_digest_and_one_click_unsubscribe);
async fn newsletter_double_opt_in_digest_and_one_click_unsubscribe(site: Site) {
    let b = site.backend;
    let mut v = site.visitor();
    let r = v
        .fill("/newsletter", &[("email", "reader@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert_eq!(
        site.emails_to("reader@example.org").await.len(),
        1,
        "{b}: only the confirmation"
    );
    // Nothing is sent before the link is used.
    let report = send_digest(&site).await;
    assert_eq!(report.recipients, 0, "{b}");
    let path = site
        .link_to("reader@example.org", "/newsletter/confirm?token=")
        .await;
    let r = v
        .submit(&path, "/newsletter/confirm", &[("token", token_in(&path))])
        .await;
    assert!(
        r.text().contains("Subscription confirmed"),
        "{b}: {}",
        r.body
    );
    let report = send_digest(&site).await;
    assert_eq!(report.recipients, 1, "{b}");
    assert!(report.items > 0, "{b}");
    let digest = site.emails_to("reader@example.org").await.pop().unwrap();
    assert!(
        digest.contains("List-Unsubscribe: <https://sparks.example/newsletter/unsubscribe?id="),
        "{b}: {digest}"
    );
    assert!(
        digest.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{b}"
    );
    // Nothing new since: the next run sends nothing.
    let again = send_digest(&site).await;
    assert_eq!(again.recipients, 0, "{b}");
    // One click, as a mail client does it: no CSRF token, the signed link is the proof.
    let unsub = link_in(&digest, "https://sparks.example/newsletter/unsubscribe?id=");
    let unsub = unsub
        .trim_start_matches("https://sparks.example")
        .trim_end_matches('>')
        .to_owned();
    let forged = format!("{}x", unsub);
    let r = v
        .send(
            Method::POST,
            &forged,
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: forged link");
    let r = v
        .send(
            Method::POST,
            &unsub,
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        sparks_store::newsletter::confirmed(&site.db)
            .await
            .unwrap()
            .is_empty(),
        "{b}"
    );
    // With several servers, each due digest is claimed once.
    let now = site.clock.unix();
    assert!(
        !sparks_store::newsletter::claim_due(&site.db, now, 3600)
            .await
            .unwrap(),
        "{b}: first run only schedules"
    );
    assert!(
        sparks_store::newsletter::claim_due(&site.db, now + 3600, 3600)
            .await
            .unwrap(),
        "{b}"
    );
    assert!(
        !sparks_store::newsletter::claim_due(&site.db, now + 3600, 3600)
            .await
            .unwrap(),
        "{b}: once"
    );
}
