//! Issue #18, Medium 5: mail goes through a queue in the database. `/reset` and `/join`
//! answer at once, the same for a known and an unknown address, even while the mail server
//! stalls; the worker then sends the mail; two servers on one database send each mail once;
//! a failed send stays queued, is retried, and after the last attempt is kept as failed.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::connect_info::MockConnectInfo;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use sparks_store::accounts::Role;
use sparks_store::{Sql, db_test, outbox};
use tower::ServiceExt;

use crate::common::App;
use crate::common::browser::{ORIGIN, Site, Visitor, location, site_with_mailer};
use crate::common::log::capture;

/// How long the stalling mail server holds a connection before closing it.
const STALL: Duration = Duration::from_secs(10);
/// An answer that waited for the mail server would take [`STALL`]; one that did not, far
/// less than this.
const PROMPT: Duration = Duration::from_secs(2);

/// An SMTP server that accepts connections and never says a word, until dropped (at the
/// latest after [`STALL`]): a sender waits on it as on a hung relay.
struct StallingSmtp {
    url: String,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl StallingSmtp {
    fn start() -> StallingSmtp {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let url = format!("smtp://{}", listener.local_addr().unwrap());
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::spawn(move || {
            let start = Instant::now();
            let mut held = Vec::new();
            while !flag.load(Ordering::SeqCst) && start.elapsed() < STALL {
                if let Ok((conn, _)) = listener.accept() {
                    held.push(conn);
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            // Dropping the connections closes them: a waiting sender gets its error now.
        });
        StallingSmtp {
            url,
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for StallingSmtp {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Fills in `path`'s form and says how long the answer took.
async fn timed(
    v: &mut Visitor,
    path: &str,
    fields: &[(&str, &str)],
) -> (crate::common::Reply, Duration) {
    let start = Instant::now();
    let r = v.fill(path, fields).await;
    (r, start.elapsed())
}

fn join_fields(email: &str) -> Vec<(&str, &str)> {
    vec![
        ("email", email),
        ("display_name", "Someone New"),
        ("password", "a long enough passphrase"),
        ("organisation", ""),
        ("country", ""),
        ("expertise", ""),
    ]
}

db_test!(reset_and_join_answer_at_once_while_the_mail_server_stalls);
async fn reset_and_join_answer_at_once_while_the_mail_server_stalls(app: App) {
    let smtp = StallingSmtp::start();
    let mailer = sparks_mail::Mailer::smtp(&smtp.url, "Sparks <noreply@sparks.invalid>").unwrap();
    let site = site_with_mailer(app, tempfile::tempdir().unwrap(), mailer);
    let b = site.backend;
    site.account("known@example.org", Role::Member).await;
    let mut v = site.visitor();

    let (known, took_known) = timed(&mut v, "/reset", &[("email", "known@example.org")]).await;
    let (unknown, took_unknown) = timed(&mut v, "/reset", &[("email", "nobody@example.org")]).await;
    assert_eq!(known.status, StatusCode::OK, "{b}: {}", known.body);
    assert!(
        took_known < PROMPT && took_unknown < PROMPT,
        "{b}: /reset waited for the mail server: {took_known:?} (known), {took_unknown:?} (unknown)"
    );
    assert_eq!(
        known.body.replace(char::is_numeric, ""),
        unknown.body.replace(char::is_numeric, ""),
        "{b}: the same answer either way"
    );

    let (known, took_known) = timed(&mut v, "/join", &join_fields("known@example.org")).await;
    let (new, took_new) = timed(&mut v, "/join", &join_fields("new@example.org")).await;
    assert!(
        took_known < PROMPT && took_new < PROMPT,
        "{b}: /join waited for the mail server: {took_known:?} (existing), {took_new:?} (new)"
    );
    assert_eq!(known.status, StatusCode::SEE_OTHER, "{b}: {}", known.body);
    assert_eq!(
        (known.status, location(&known)),
        (new.status, location(&new)),
        "{b}: the same answer either way"
    );
    // Three mails wait (reset, "you have an account", verify); none for the unknown address.
    let depth = outbox::depth(&site.db).await.unwrap();
    assert_eq!(depth.waiting, 3, "{b}");
    drop(smtp);
}

db_test!(queued_mail_arrives_in_the_outbox_soon_after_the_answer);
async fn queued_mail_arrives_in_the_outbox_soon_after_the_answer(site: Site) {
    let b = site.backend;
    site.account("r@example.org", Role::Member).await;
    let mut v = site.visitor();
    let r = v.fill("/reset", &[("email", "r@example.org")]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let mails = site.wait_for_emails_to("r@example.org", 1).await;
    assert!(
        mails[0].contains(&format!("{ORIGIN}/reset/new?token=")),
        "{b}: {}",
        mails[0]
    );
    let r = v.fill("/join", &join_fields("r@example.org")).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mails = site.wait_for_emails_to("r@example.org", 2).await;
    assert!(mails[1].contains(&format!("{ORIGIN}/reset")), "{b}");
    v.fill("/reset", &[("email", "nobody@example.org")]).await;
    site.mail_delivered().await;
    assert!(site.sent_emails_to("nobody@example.org").is_empty(), "{b}");
    assert_eq!(site.sent_emails().len(), 2, "{b}");
    // A sent mail's row is gone: it held an address.
    let rows = site
        .db
        .count(Sql::new("SELECT COUNT(*) AS n FROM mail_outbox"))
        .await
        .unwrap();
    assert_eq!(rows, 0, "{b}");
}

db_test!(
    two_servers_on_one_database_send_each_queued_mail_once,
    flavor = "multi_thread",
    worker_threads = 2
);
async fn two_servers_on_one_database_send_each_queued_mail_once(site: Site) {
    let b = site.backend;
    // A second server on the same database, with its own mail worker and outbox folder.
    let other = site.second_server();
    let now = sparks_store::jobs::stamp(site.clock.now());
    let mut expected: Vec<String> = (0..60).map(|n| format!("m{n}@example.org")).collect();
    for to in &expected {
        outbox::enqueue(&site.db, to, "Hello", "body", &[], &now)
            .await
            .unwrap();
    }
    // Both servers wake at once, and one request on the second queues one more.
    site.mail_signal.wake();
    other.mail_signal.wake();
    site.account("r@example.org", Role::Member).await;
    let mut v = other.visitor();
    let r = v.fill("/reset", &[("email", "r@example.org")]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    expected.push("r@example.org".to_owned());
    site.mail_delivered().await;

    let mut sent: HashMap<String, usize> = HashMap::new();
    let mut count = |mails: Vec<String>| {
        for m in mails {
            let to = m
                .lines()
                .find_map(|l| l.strip_prefix("To: "))
                .unwrap()
                .trim()
                .to_owned();
            *sent.entry(to).or_default() += 1;
        }
    };
    count(site.sent_emails());
    count(crate::common::browser::emails_in(other.outbox.path()));
    let twice: Vec<_> = sent.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "{b}: sent more than once: {twice:?}");
    let mut got: Vec<String> = sent.into_keys().collect();
    got.sort();
    expected.sort();
    assert_eq!(got, expected, "{b}: every mail sent");
}

/// Turns the site's outbox folder into a file, so writing a mail there fails; `heal` turns
/// it back.
fn break_outbox(site: &Site) {
    std::fs::remove_dir_all(site.outbox.path()).unwrap();
    std::fs::write(site.outbox.path(), b"not a folder").unwrap();
}

fn heal_outbox(site: &Site) {
    std::fs::remove_file(site.outbox.path()).unwrap();
    std::fs::create_dir(site.outbox.path()).unwrap();
}

/// Waits until the worker has settled `attempts` tries of the one queued mail (failed
/// ones), and gives back whether it is marked failed.
async fn settled_attempts(site: &Site, attempts: i64) -> bool {
    let start = Instant::now();
    loop {
        let mut sql = Sql::new(
            "SELECT COUNT(*) AS n FROM mail_outbox WHERE locked_by IS NULL \
             AND last_error IS NOT NULL AND attempts = ",
        );
        sql.push_arg(attempts);
        if site.db.count(sql).await.unwrap() == 1 {
            let failed = site
                .db
                .count(Sql::new(
                    "SELECT COUNT(*) AS n FROM mail_outbox WHERE failed_at IS NOT NULL",
                ))
                .await
                .unwrap();
            return failed == 1;
        }
        assert!(
            start.elapsed() < crate::common::browser::MAIL_DEADLINE,
            "{}: attempt {attempts} never settled",
            site.backend
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

db_test!(a_failed_send_stays_queued_and_is_delivered_on_a_later_try);
async fn a_failed_send_stays_queued_and_is_delivered_on_a_later_try(site: Site) {
    let b = site.backend;
    site.account("r@example.org", Role::Member).await;
    break_outbox(&site);
    let r = site
        .visitor()
        .fill("/reset", &[("email", "r@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(!settled_attempts(&site, 1).await, "{b}: not given up yet");
    // Not due again before its back-off, even when the worker looks.
    site.mail_signal.wake();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(outbox::depth(&site.db).await.unwrap().waiting, 1, "{b}");

    heal_outbox(&site);
    site.clock.advance(time::Duration::seconds(31));
    site.mail_signal.wake();
    let mails = site.wait_for_emails_to("r@example.org", 1).await;
    assert!(mails[0].contains("/reset/new?token="), "{b}");
    site.mail_delivered().await;
    assert_eq!(
        outbox::depth(&site.db).await.unwrap(),
        outbox::Depth::default(),
        "{b}"
    );
}

db_test!(a_mail_that_keeps_failing_is_kept_as_failed_and_logged);
async fn a_mail_that_keeps_failing_is_kept_as_failed_and_logged(site: Site) {
    let b = site.backend;
    let (log, _capture) = capture();
    site.account("r@example.org", Role::Member).await;
    break_outbox(&site);
    site.visitor()
        .fill("/reset", &[("email", "r@example.org")])
        .await;
    for attempt in 1..sparks_web::mail::MAX_ATTEMPTS {
        assert!(!settled_attempts(&site, attempt).await, "{b}: {attempt}");
        site.clock.advance(time::Duration::hours(3));
        site.mail_signal.wake();
    }
    assert!(
        settled_attempts(&site, sparks_web::mail::MAX_ATTEMPTS).await,
        "{b}: marked failed after the last attempt"
    );
    // Kept, not retried any more, and said loudly.
    site.clock.advance(time::Duration::days(1));
    site.mail_signal.wake();
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        outbox::depth(&site.db).await.unwrap(),
        outbox::Depth {
            waiting: 0,
            failed: 1
        },
        "{b}"
    );
    let text = log.text();
    assert!(
        text.contains("\"level\":\"ERROR\"") && text.contains("giving up"),
        "{b}: {text}"
    );
    // Operators see it in /metrics too (one recorder per process: names, not values).
    let metrics = site
        .visitor()
        .router
        .layer(MockConnectInfo(
            "127.0.0.1:40000".parse::<SocketAddr>().unwrap(),
        ))
        .oneshot(Request::get("/metrics").body(Body::empty()).unwrap())
        .await
        .unwrap();
    let body = metrics.into_body().collect().await.unwrap().to_bytes();
    let body = String::from_utf8_lossy(&body);
    for name in [
        "mail_send_failures_total",
        "mail_queue_depth",
        "mail_queue_failed",
    ] {
        assert!(body.contains(name), "{b}: {name} in {body}");
    }
}

db_test!(a_mail_that_cannot_be_built_is_failed_at_once);
async fn a_mail_that_cannot_be_built_is_failed_at_once(site: Site) {
    let now = sparks_store::jobs::stamp(site.clock.now());
    outbox::enqueue(&site.db, "not an address", "Hello", "body", &[], &now)
        .await
        .unwrap();
    site.mail_signal.wake();
    assert!(
        settled_attempts(&site, 1).await,
        "{}: no retry of what can never be sent",
        site.backend
    );
}
