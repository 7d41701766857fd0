//! Slow and idle clients cannot hold the server: connections that send nothing, half a
//! request, or nothing after their last response are closed after the header timeout; the
//! server serves a capped number of connections at once, below its file limit (which it
//! raises at start), so others are still served — driven through the real binary.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

#[expect(
    dead_code,
    reason = "the shared test helpers; this suite needs only the server"
)]
mod support;

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use support::Server;

/// Seconds the test server gives a request's headers (the default is 20).
const HEADER_TIMEOUT: u64 = 2;
/// Connections the test server serves at once.
const MAX_CONNECTIONS: usize = 30;

/// Opens a connection that then stays idle in one of three ways: sends nothing, sends half a
/// request, or sends a whole request and nothing after it.
fn idle_connection(addr: &str, how: usize) -> TcpStream {
    let mut stream = TcpStream::connect(addr).unwrap();
    match how % 3 {
        0 => {}
        1 => stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ")
            .unwrap(),
        _ => stream
            .write_all(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            .unwrap(),
    }
    stream
}

/// A GET that gives up after `limit`: the status, or 0 when no answer came in time (a
/// server that lets idle clients hold every connection never answers).
fn get_within(addr: &str, path: &str, limit: Duration) -> u16 {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(limit)).unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return 0;
    }
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    std::str::from_utf8(response.get(9..12).unwrap_or_default())
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Whether the server closes the connection (end of stream or reset) before `deadline`;
/// what it answered before closing is read and dropped.
fn closed_by(stream: &mut TcpStream, deadline: Instant) -> bool {
    let mut buffer = [0_u8; 4096];
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return false;
        }
        stream.set_read_timeout(Some(left)).unwrap();
        match stream.read(&mut buffer) {
            Ok(0) => return true,
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::ConnectionReset => return true,
            Err(_) => return false,
        }
    }
}

#[test]
fn idle_and_half_sent_connections_are_closed_and_others_are_still_served() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(
        data.path(),
        &[
            "--header-timeout",
            &HEADER_TIMEOUT.to_string(),
            "--max-connections",
            &MAX_CONNECTIONS.to_string(),
        ],
    );
    // Twice as many idle connections as the server serves at once: the rest wait in the
    // listen queue until the first ones are closed.
    let started = Instant::now();
    let mut idle: Vec<TcpStream> = (0..2 * MAX_CONNECTIONS)
        .map(|n| idle_connection(&server.addr, n))
        .collect();
    // Another client is still served: at worst it waits for the idle ones to time out.
    let status = get_within(
        &server.addr,
        "/healthz",
        Duration::from_secs(3 * HEADER_TIMEOUT + 5),
    );
    assert_eq!(
        status,
        200,
        "a client behind the idle ones is served (after {:?})",
        started.elapsed()
    );
    // Every idle connection is closed: the first ones after the timeout, the queued ones a
    // timeout after they were taken in.
    let deadline = started + Duration::from_secs(2 * HEADER_TIMEOUT + 10);
    for (n, stream) in idle.iter_mut().enumerate() {
        assert!(
            closed_by(stream, deadline),
            "idle connection {n} (kind {}) still open after {:?}",
            n % 3,
            started.elapsed()
        );
    }
    assert!(server.get("/healthz").0 == 200, "still serving afterwards");
    let (exit, log, _) = server.stop();
    assert!(exit.success(), "{log}");
}

#[test]
fn the_server_raises_its_file_limit_to_the_hard_limit() {
    let data = tempfile::tempdir().unwrap();
    let server = Server::start(data.path(), &[]);
    let limits = std::fs::read_to_string(format!("/proc/{}/limits", server.pid())).unwrap();
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .unwrap();
    let fields: Vec<&str> = line.split_whitespace().collect();
    // "Max open files  <soft>  <hard>  files"
    assert_eq!(
        fields[3], fields[4],
        "soft limit raised to the hard one: {line}"
    );
    let (exit, log, _) = server.stop();
    assert!(exit.success(), "{log}");
}
