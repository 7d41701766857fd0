//! Issue #18, Medium 5, through the real binary: `sparks serve` runs the mail worker, so a
//! mail a request queued lands in `DATA_DIR/outbox/` moments after the answer, and the
//! worker stops with the server.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

#[expect(dead_code, reason = "the shared test helpers; this suite uses a few")]
mod support;

use std::time::{Duration, Instant};

use support::{Server, csrf_token};

#[test]
fn serve_sends_the_mail_a_request_queued() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &["--no-seed"]);
    let (_, page) = server.get("/newsletter");
    let token = csrf_token(&page).unwrap();
    let token: String = url::form_urlencoded::byte_serialize(token.as_bytes()).collect();
    let status = server.post_form(
        "/newsletter",
        &format!("email=reader%40example.org&csrf_token={token}"),
        None,
    );
    assert_eq!(status, 200);
    let outbox = dir.path().join("outbox");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mail = loop {
        let found = std::fs::read_dir(&outbox).ok().and_then(|entries| {
            entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "eml"))
                .map(|e| std::fs::read_to_string(e.path()).unwrap())
                .find(|m| m.contains("To: reader@example.org"))
        });
        if let Some(mail) = found {
            break mail;
        }
        assert!(Instant::now() < deadline, "no mail in {}", outbox.display());
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(mail.contains("/newsletter/confirm?token="), "{mail}");
    let (exit, log, _) = server.stop();
    assert!(exit.success(), "{log}");
    assert!(log.contains("mail worker stopped"), "{log}");
}
