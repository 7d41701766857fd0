//! `sparks healthcheck` (issue #20, the container image's health check): exit code 0 when a
//! server answers `/healthz` (or `--path`) with 2xx, 1 when it answers otherwise, is not
//! there, or says nothing within the timeout. The command opens no database, so one backend
//! (SQLite) is enough for the server it asks.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::process::{Command, Output};
use std::time::{Duration, Instant};

// Shared with the reliability suite; this one starts a server and runs the binary.
#[expect(dead_code, reason = "the reliability helpers are not all used here")]
mod support;

use support::{BIN, Server, free_addr};

/// `sparks healthcheck` with `args`, with no `SPARKS_ADDR` from the environment unless given.
fn healthcheck(args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(BIN)
        .arg("healthcheck")
        .args(args)
        .env_remove("SPARKS_ADDR")
        .envs(env.iter().copied())
        .output()
        .unwrap()
}

fn said(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

#[test]
fn healthcheck_tells_a_running_server_from_a_missing_one() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), &["--no-seed"]);

    let up = healthcheck(&["--addr", &server.addr], &[]);
    assert_eq!(up.status.code(), Some(0), "{}", said(&up));
    assert!(said(&up).contains("healthy: 200"), "{}", said(&up));

    // The address comes from SPARKS_ADDR, as the container sets it, and a server on every
    // address is asked on loopback.
    let port = server.addr.rsplit(':').next().unwrap().to_owned();
    let every = format!("0.0.0.0:{port}");
    let by_env = healthcheck(&["--path", "/readyz"], &[("SPARKS_ADDR", &every)]);
    assert_eq!(by_env.status.code(), Some(0), "{}", said(&by_env));
    assert!(said(&by_env).contains("127.0.0.1"), "{}", said(&by_env));

    // A page that is not there is not health.
    let missing = healthcheck(&["--addr", &server.addr, "--path", "/no-such-page"], &[]);
    assert_eq!(missing.status.code(), Some(1), "{}", said(&missing));
    assert!(
        said(&missing).contains("unhealthy: 404"),
        "{}",
        said(&missing)
    );

    let (status, _, _) = server.stop();
    assert!(status.success());

    // Nobody listening any more.
    let gone = healthcheck(&["--addr", &format!("127.0.0.1:{port}")], &[]);
    assert_eq!(gone.status.code(), Some(1), "{}", said(&gone));
    assert!(said(&gone).contains("cannot connect"), "{}", said(&gone));
}

#[test]
fn healthcheck_gives_up_on_a_silent_listener_and_refuses_a_bad_path() {
    // Accepts connections (the kernel's backlog does) but never answers.
    let addr = free_addr();
    let listener = std::net::TcpListener::bind(&addr).unwrap();
    let started = Instant::now();
    let silent = healthcheck(&["--addr", &addr, "--timeout-secs", "1"], &[]);
    assert_eq!(silent.status.code(), Some(1), "{}", said(&silent));
    assert!(
        said(&silent).contains("no answer within 1 s"),
        "{}",
        said(&silent)
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    drop(listener);

    // A path that would break the request line is refused by the option's parser.
    let bad = healthcheck(&["--addr", &addr, "--path", "/a b"], &[]);
    assert_eq!(bad.status.code(), Some(2), "{}", said(&bad));
    assert!(said(&bad).contains("--path"), "{}", said(&bad));
}
