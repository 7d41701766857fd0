//! Protocol-level errors from a real `sparks serve`, sent by a raw TCP client: an over-long
//! URI, oversized headers and malformed request lines. Each answer either carries every
//! security header (the ones Sparks refuses itself, as pages) or is a bare status line with
//! no body at all (the ones hyper refuses before there is a request), never a body without
//! the headers.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;

#[expect(
    dead_code,
    reason = "the shared test helpers; this suite needs only the server"
)]
mod support;

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
    let server = support::Server::start(dir.path(), &[]);
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
