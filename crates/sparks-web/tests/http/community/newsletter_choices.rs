//! Issue #17, point 6: a newsletter subscriber chooses pillars and topics, when subscribing
//! and later through the secret link in each digest; the digest then lists only matching
//! items (nothing chosen: everything). The digest goes through the mail queue: with two
//! servers each digest is queued once, a failed send is retried, and the one-click
//! unsubscribe headers (RFC 8058) survive the queue. Three subscribers.

use axum::http::{Method, StatusCode};
use sparks_store::{Sql, db_test, newsletter, outbox};

use crate::common::browser::{ORIGIN, Site, link_in};

/// An initiative in `pillar` about `topic`, published at `at` behind the server's back (as
/// an import or another server would).
async fn publish(site: &Site, acronym: &str, pillar: &str, topic: &str, at: &str) {
    let draft = sparks_core::InitiativeDraft {
        acronym: acronym.into(),
        title: format!("{acronym} project"),
        summary: format!("What {acronym} does."),
        pillars: vec![pillar.into()],
        topics: vec![topic.into()],
        ..Default::default()
    };
    let initiative = draft.validate().unwrap();
    sparks_store::initiatives::upsert(&site.db, &initiative, at)
        .await
        .unwrap();
}

fn stamp(site: &Site, hours: i64) -> String {
    sparks_store::jobs::stamp(site.clock.now() + time::Duration::hours(hours))
}

/// Subscribes `email` with `fields` (pillars, topics) and confirms through the emailed link.
async fn subscribe(site: &Site, email: &str, fields: &[(&str, &str)]) {
    let b = site.backend;
    let mut v = site.visitor();
    let mut all = vec![("email", email)];
    all.extend_from_slice(fields);
    let r = v.fill("/newsletter", &all).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    let path = site.link_to(email, "/newsletter/confirm?token=").await;
    let token = path.split("token=").nth(1).unwrap().to_owned();
    let r = v
        .submit(&path, "/newsletter/confirm", &[("token", &token)])
        .await;
    assert!(
        r.text().contains("Subscription confirmed"),
        "{b}: {}",
        r.body
    );
}

/// The digests `email` got so far (the confirmation mail left out).
async fn digests(site: &Site, email: &str) -> Vec<String> {
    site.emails_to(email)
        .await
        .into_iter()
        .filter(|m| m.contains("New on Sparks"))
        .collect()
}

/// The acronyms a digest lists, sorted (items published at one time come in any order).
fn listed(digest: &str) -> Vec<String> {
    let mut acronyms: Vec<String> = digest
        .lines()
        .filter_map(|l| l.strip_prefix("- "))
        .map(|l| l.split(' ').next().unwrap().to_owned())
        .collect();
    acronyms.sort();
    acronyms
}

/// The most used topic, as the sign-up form offers it.
async fn popular_topic(site: &Site) -> String {
    let form = site.visitor().get("/newsletter").await;
    form.body
        .split("name=\"topics\" value=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned()
}

db_test!(subscribers_get_only_the_pillars_and_topics_they_chose);
async fn subscribers_get_only_the_pillars_and_topics_they_chose(site: Site) {
    let b = site.backend;
    let topic = popular_topic(&site).await;
    // The form offers the pillars and topics, with labels.
    let form = site.visitor().get("/newsletter").await;
    assert!(form.body.contains("value=\"victim-support\""), "{b}");
    assert!(form.body.contains("<legend>Topics</legend>"), "{b}");

    subscribe(
        &site,
        "prevention@example.org",
        &[("pillars", "prevention")],
    )
    .await;
    subscribe(&site, "everything@example.org", &[]).await;
    subscribe(&site, "later@example.org", &[("pillars", "not-a-pillar")]).await;
    // Signing up again does not change a confirmed subscriber's choices (anyone can type
    // an address), and sends nothing.
    let r = site
        .visitor()
        .fill(
            "/newsletter",
            &[
                ("email", "prevention@example.org"),
                ("pillars", "victim-support"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let id = newsletter::by_email(&site.db, "prevention@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    assert_eq!(
        newsletter::choices(&site.db, id).await.unwrap().pillars,
        vec!["prevention".to_owned()],
        "{b}"
    );

    // What the seed holds went out before; two new initiatives since.
    newsletter::record_digest(&site.db, &stamp(&site, 0), 0, 0)
        .await
        .unwrap();
    publish(
        &site,
        "OTTERNET",
        "prevention",
        "otter care",
        &stamp(&site, 1),
    )
    .await;
    publish(
        &site,
        "BADGERAID",
        "victim-support",
        "badger care",
        &stamp(&site, 1),
    )
    .await;
    site.clock.advance(time::Duration::hours(2));
    let report = sparks_web::newsletter::send_digest(&site.db, &site.clock, ORIGIN)
        .await
        .unwrap();
    assert_eq!((report.items, report.recipients), (2, 3), "{b}");

    let got = digests(&site, "prevention@example.org").await;
    assert_eq!(got.len(), 1, "{b}");
    assert_eq!(listed(&got[0]), vec!["OTTERNET"], "{b}: {}", got[0]);
    assert!(got[0].contains("Subject: Sparks: 1 new"), "{b}");
    let got = digests(&site, "everything@example.org").await;
    assert_eq!(listed(&got[0]), vec!["BADGERAID", "OTTERNET"], "{b}");
    let later = digests(&site, "later@example.org").await;
    assert_eq!(
        listed(&later[0]),
        vec!["BADGERAID", "OTTERNET"],
        "{b}: a bad pillar is no choice"
    );
    // Through the queue, with the one-click unsubscribe headers.
    assert!(
        later[0].contains("List-Unsubscribe: <https://sparks.example/newsletter/unsubscribe?id="),
        "{b}: {}",
        later[0]
    );
    assert!(
        later[0].contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{b}"
    );

    // The third subscriber follows the link in the digest and picks one topic.
    let manage = link_in(&later[0], &format!("{ORIGIN}/newsletter/manage?id="));
    let manage = manage.trim_start_matches(ORIGIN).to_owned();
    let mut v = site.visitor();
    let page = v.get(&manage).await;
    assert_eq!(page.status, StatusCode::OK, "{b}: {}", page.body);
    assert!(page.body.contains(&format!("value=\"{topic}\"")), "{b}");
    let query: Vec<(String, String)> =
        url::form_urlencoded::parse(manage.split_once('?').unwrap().1.as_bytes())
            .into_owned()
            .collect();
    let value = |name: &str| query.iter().find(|(k, _)| k == name).unwrap().1.clone();
    let (sid, token) = (value("id"), value("token"));
    // A forged link changes nothing; the manage link is no unsubscribe link.
    let forged = format!("/newsletter/manage?id={sid}&token=x{token}");
    assert_eq!(v.get(&forged).await.status, StatusCode::FORBIDDEN, "{b}");
    let r = v
        .submit(
            &manage,
            "/newsletter/manage",
            &[
                ("id", &sid),
                ("token", &format!("x{token}")),
                ("topics", &topic),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    let r = v
        .send(
            Method::POST,
            &format!("/newsletter/unsubscribe?id={sid}&token={token}"),
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    let r = v
        .submit(
            &manage,
            "/newsletter/manage",
            &[("id", &sid), ("token", &token), ("topics", &topic)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(r.text().contains("Choices saved"), "{b}");
    let page = v.get(&manage).await;
    assert!(
        page.body.contains(&format!("value=\"{topic}\" checked")),
        "{b}: the page shows the choice"
    );

    // Two more initiatives: one about that topic, one in the prevention pillar.
    publish(
        &site,
        "HAWKEYE",
        "detection-investigation",
        &topic,
        &stamp(&site, 1),
    )
    .await;
    publish(
        &site,
        "OWLWATCH",
        "prevention",
        "owl care",
        &stamp(&site, 1),
    )
    .await;
    site.clock.advance(time::Duration::hours(2));
    let report = sparks_web::newsletter::send_digest(&site.db, &site.clock, ORIGIN)
        .await
        .unwrap();
    assert_eq!((report.items, report.recipients), (2, 3), "{b}");
    let got = digests(&site, "later@example.org").await;
    assert_eq!(got.len(), 2, "{b}");
    assert_eq!(listed(&got[1]), vec!["HAWKEYE"], "{b}: {}", got[1]);
    let got = digests(&site, "prevention@example.org").await;
    assert_eq!(listed(&got[1]), vec!["OWLWATCH"], "{b}");
    let got = digests(&site, "everything@example.org").await;
    assert_eq!(listed(&got[1]), vec!["HAWKEYE", "OWLWATCH"], "{b}");

    // Unsubscribing takes the choices with it.
    let unsub = link_in(&got[1], &format!("{ORIGIN}/newsletter/unsubscribe?id="));
    let r = v
        .send(
            Method::POST,
            unsub.trim_start_matches(ORIGIN).trim_end_matches('>'),
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let left = site
        .db
        .count(Sql::new("SELECT COUNT(*) AS n FROM newsletter_choices"))
        .await
        .unwrap();
    assert_eq!(left, 2, "{b}: the two others' choices stay");
}

fn break_outbox(site: &Site) {
    std::fs::remove_dir_all(site.outbox.path()).unwrap();
    std::fs::write(site.outbox.path(), b"not a folder").unwrap();
}

fn heal_outbox(site: &Site) {
    std::fs::remove_file(site.outbox.path()).unwrap();
    std::fs::create_dir(site.outbox.path()).unwrap();
}

db_test!(
    two_servers_queue_each_digest_once_and_a_failed_send_is_retried,
    flavor = "multi_thread",
    worker_threads = 2
);
async fn two_servers_queue_each_digest_once_and_a_failed_send_is_retried(site: Site) {
    let b = site.backend;
    subscribe(&site, "reader@example.org", &[]).await;
    subscribe(&site, "second@example.org", &[("pillars", "prevention")]).await;
    newsletter::record_digest(&site.db, &stamp(&site, 0), 0, 0)
        .await
        .unwrap();
    publish(
        &site,
        "OTTERNET",
        "prevention",
        "otter care",
        &stamp(&site, 1),
    )
    .await;
    site.clock.advance(time::Duration::hours(2));
    // The first look only schedules; when the digest is due, two servers look at once.
    let run = || sparks_web::newsletter::run_due(&site.db, &site.clock, ORIGIN, 3600);
    assert_eq!(run().await.unwrap(), None, "{b}");
    site.clock.advance(time::Duration::hours(1));
    break_outbox(&site);
    let (one, two) = tokio::join!(run(), run());
    let ran: Vec<_> = [one.unwrap(), two.unwrap()].into_iter().flatten().collect();
    assert_eq!(ran.len(), 1, "{b}: one server queues the digest");
    assert_eq!(ran[0].recipients, 2, "{b}");
    site.mail_signal.wake();
    // The send fails: the mails stay queued with their error, not lost.
    let start = std::time::Instant::now();
    loop {
        let failed = site
            .db
            .count(Sql::new(
                "SELECT COUNT(*) AS n FROM mail_outbox WHERE last_error IS NOT NULL \
                 AND locked_by IS NULL AND failed_at IS NULL",
            ))
            .await
            .unwrap();
        if failed == 2 {
            break;
        }
        assert!(
            start.elapsed() < crate::common::browser::MAIL_DEADLINE,
            "{b}: the failed sends never settled"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(outbox::depth(&site.db).await.unwrap().waiting, 2, "{b}");
    // Later the mail server is back: the worker's retry delivers each digest once.
    heal_outbox(&site);
    site.clock.advance(time::Duration::seconds(31));
    site.mail_signal.wake();
    site.mail_delivered().await;
    for to in ["reader@example.org", "second@example.org"] {
        let got = site.sent_emails_to(to);
        assert_eq!(
            got.len(),
            1,
            "{b}: {to} once (the confirmation went before the break)"
        );
        assert!(got[0].contains("OTTERNET"), "{b}");
        assert!(
            got[0].contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
            "{b}"
        );
    }
    // Not due again at once, whichever server looks.
    assert_eq!(run().await.unwrap(), None, "{b}");
}
