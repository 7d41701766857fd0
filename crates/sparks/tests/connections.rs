//! The server at the level of connections, driven through the real binary with raw TCP
//! clients:
//!
//! - slow and idle clients cannot hold it: connections that send nothing, half a request, or
//!   nothing after their last response are closed after the header timeout; it serves a
//!   capped number of connections at once, below its file limit (which it raises at start),
//!   so others are still served;
//! - protocol-level errors (an over-long URI, oversized headers, malformed request lines)
//!   either carry every security header (the ones Sparks refuses itself, as pages) or are a
//!   bare status line with no body at all (the ones hyper refuses before there is a
//!   request), never a body without the headers.

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

/// Sends `request` raw and reads the answer until the server closes or goes quiet.
fn raw(addr: &str, request: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    // The server may answer and close before it has read everything: a reset then is fine.
    let _ = s.write_all(request);
    let mut out = Vec::new();
    let mut buf = [0u8; 8192];
    while let Ok(n) = s.read(&mut buf) {
        if n == 0 {
            break;
        }
        out.extend_from_slice(&buf[..n]);
        if complete(&out) {
            break;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether `out` holds a whole response with a `content-length`.
fn complete(out: &[u8]) -> bool {
    let text = String::from_utf8_lossy(out);
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return false;
    };
    header(head, "content-length")
        .and_then(|v| v.parse::<usize>().ok())
        .is_some_and(|n| body.len() >= n)
}

fn header<'a>(head: &'a str, name: &str) -> Option<&'a str> {
    head.lines().skip(1).find_map(|l| {
        let (n, v) = l.split_once(':')?;
        n.trim().eq_ignore_ascii_case(name).then(|| v.trim())
    })
}

fn status(response: &str) -> u16 {
    response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0)
}

/// Checks the promise for one answer: `want` as status, no `Server` header, and either no
/// body or every security header. Returns whether it had a body.
fn check(what: &str, response: &str, want: u16) -> bool {
    assert_eq!(status(response), want, "{what}: {response:.400}");
    let (head, body) = response.split_once("\r\n\r\n").unwrap();
    assert!(header(head, "server").is_none(), "{what}: {head}");
    if body.is_empty() {
        assert_eq!(header(head, "content-length"), Some("0"), "{what}: {head}");
        return false;
    }
    let csp = header(head, "content-security-policy").unwrap_or_default();
    for part in [
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ] {
        assert!(csp.contains(part), "{what}: no {part} in {head}");
    }
    assert_eq!(
        header(head, "x-content-type-options"),
        Some("nosniff"),
        "{what}: {head}"
    );
    assert!(header(head, "referrer-policy").is_some(), "{what}: {head}");
    true
}

#[test]
fn protocol_errors_carry_the_security_headers_or_no_body() {
    let dir = tempfile::tempdir().unwrap();
    let server = Server::start(dir.path(), &[]);
    let addr = server.addr.clone();
    let get = |target: &str, headers: &str| {
        raw(
            &addr,
            format!("GET {target} HTTP/1.1\r\nHost: sparks.example\r\n{headers}Connection: close\r\n\r\n")
                .as_bytes(),
        )
    };

    // Over Sparks' own caps (16 KiB of URI, 32 KiB of headers): refused as pages.
    let long = "a".repeat(20 * 1024);
    let r = get(&format!("/{long}"), "");
    assert!(check("a 20 KiB URI", &r, 414), "a page");
    let r = get(&format!("/api/v1/initiatives?q={long}"), "");
    assert!(check("a 20 KiB API URI", &r, 414));
    assert!(header(&r, "content-type").is_some_and(|t| t.contains("problem+json")));
    let r = get("/", &format!("X-Big: {}\r\n", "b".repeat(40 * 1024)));
    assert!(check("a 40 KiB header", &r, 431), "a page");
    let many: String = (0..90)
        .map(|i| format!("X-H{i}: {}\r\n", "c".repeat(400)))
        .collect();
    let r = get("/", &many);
    assert!(check("90 headers of 400 bytes", &r, 431), "a page");

    // Over hyper's caps, or not HTTP: a status line and no body.
    let r = get(&format!("/{}", "a".repeat(70 * 1024)), "");
    assert!(!check("a 70 KiB URI", &r, 414), "no body");
    let r = get("/", &format!("X-Huge: {}\r\n", "d".repeat(600 * 1024)));
    assert!(!check("a 600 KiB header", &r, 431), "no body");
    let many: String = (0..150).map(|i| format!("X-N{i}: v\r\n")).collect();
    let r = get("/", &many);
    assert!(!check("150 headers", &r, 431), "no body");
    for (what, line) in [
        ("garbage", "GARBAGE\r\n\r\n"),
        ("no version", "GET /\r\n\r\n"),
        (
            "a space in the target",
            "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
        ),
        ("a control byte", "GET /\u{1} HTTP/1.1\r\nHost: x\r\n\r\n"),
        ("a bad header line", "GET / HTTP/1.1\r\nHost x\r\n\r\n"),
    ] {
        let r = raw(&addr, line.as_bytes());
        check(what, &r, 400);
    }

    // The server still answers normally afterwards.
    let r = get("/", "");
    assert!(check("the home page", &r, 200));
}
