//! `sparks healthcheck`: asks a server on this machine whether it is up, for container health
//! checks and service monitors that have no `curl` (the container image holds nothing but
//! the binary and its libraries).
//!
//! One plain HTTP/1.1 GET over a TCP connection, bounded by a timeout: the command needs no
//! HTTP client crate, opens no database and writes no file, so it is cheap to run every few
//! seconds beside a busy server.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::cli::HealthcheckArgs;

/// The most of the answer read: the status line is all that counts.
const MAX_HEAD: usize = 4096;

/// Runs `sparks healthcheck`: exit code 0 when the server answers the path with a 2xx status
/// within the timeout, 1 otherwise (with the reason on stderr).
pub async fn run(args: &HealthcheckArgs) -> Result<ExitCode> {
    let target = loopback_for(args.addr);
    let limit = Duration::from_secs(args.timeout_secs);
    let outcome = tokio::time::timeout(limit, status_of(target, &args.path))
        .await
        .unwrap_or_else(|_| Err(anyhow::anyhow!("no answer within {} s", limit.as_secs())));
    match outcome {
        Ok(status) if (200..300).contains(&status) => {
            println!("healthy: {status} from http://{target}{}", args.path);
            Ok(ExitCode::SUCCESS)
        }
        Ok(status) => {
            eprintln!("unhealthy: {status} from http://{target}{}", args.path);
            Ok(ExitCode::FAILURE)
        }
        Err(e) => {
            eprintln!("unhealthy: http://{target}{}: {e:#}", args.path);
            Ok(ExitCode::FAILURE)
        }
    }
}

/// Where to connect for a server listening on `addr`: a server bound to every address
/// (`0.0.0.0`, `::`, what a container listens on) is asked on the loopback address of the
/// same family; any other address as it is.
pub fn loopback_for(addr: SocketAddr) -> SocketAddr {
    let ip = match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => IpAddr::V4(Ipv4Addr::LOCALHOST),
        IpAddr::V6(ip) if ip.is_unspecified() => IpAddr::V6(Ipv6Addr::LOCALHOST),
        ip => ip,
    };
    SocketAddr::new(ip, addr.port())
}

/// Sends `GET path` to `target` and returns the status code of the answer.
async fn status_of(target: SocketAddr, path: &str) -> Result<u16> {
    let mut stream = tokio::net::TcpStream::connect(target)
        .await
        .context("cannot connect")?;
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {target}\r\nUser-Agent: sparks-healthcheck\r\nConnection: close\r\n\r\n"
    );
    stream
        .write_all(request.as_bytes())
        .await
        .context("cannot send the request")?;
    let mut head = Vec::with_capacity(256);
    let mut buf = [0u8; 512];
    while !head.contains(&b'\n') && head.len() < MAX_HEAD {
        let n = stream
            .read(&mut buf)
            .await
            .context("cannot read the answer")?;
        if n == 0 {
            break;
        }
        head.extend_from_slice(&buf[..n]);
    }
    parse_status(&head)
}

/// The status code of an HTTP/1.x status line (`HTTP/1.1 200 OK`).
fn parse_status(head: &[u8]) -> Result<u16> {
    let line = head.split(|b| *b == b'\n').next().unwrap_or_default();
    let line = String::from_utf8_lossy(line);
    let mut parts = line.split_whitespace();
    match (parts.next(), parts.next().map(str::parse::<u16>)) {
        (Some(version), Some(Ok(status))) if version.starts_with("HTTP/1.") => Ok(status),
        _ => bail!("not an HTTP answer: {:?}", line.trim_end()),
    }
}

/// Checks the `--path` option: an absolute path without spaces or control characters, so that
/// it cannot break the request line.
pub fn parse_path(text: &str) -> Result<String, String> {
    if !text.starts_with('/') {
        return Err("the path must start with '/'".to_owned());
    }
    if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("the path may not hold spaces or control characters".to_owned());
    }
    Ok(text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_server_on_every_address_is_asked_on_loopback() {
        let cases = [
            ("0.0.0.0:8080", "127.0.0.1:8080"),
            ("[::]:9000", "[::1]:9000"),
            ("127.0.0.1:81", "127.0.0.1:81"),
            ("192.0.2.7:8080", "192.0.2.7:8080"),
        ];
        for (given, asked) in cases {
            let given: SocketAddr = given.parse().unwrap_or_else(|e| panic!("{given}: {e}"));
            assert_eq!(loopback_for(given).to_string(), asked);
        }
    }

    #[test]
    fn status_lines_are_read_and_others_refused() {
        assert_eq!(parse_status(b"HTTP/1.1 200 OK\r\n").ok(), Some(200));
        assert_eq!(
            parse_status(b"HTTP/1.0 503 Service Unavailable\r\nx").ok(),
            Some(503)
        );
        assert!(parse_status(b"").is_err());
        assert!(parse_status(b"SSH-2.0-OpenSSH\r\n").is_err());
        assert!(parse_status(b"HTTP/1.1 abc\r\n").is_err());
    }

    #[test]
    fn a_path_that_would_break_the_request_line_is_refused() {
        assert!(parse_path("/healthz").is_ok());
        assert!(parse_path("/readyz?x=1").is_ok());
        assert!(parse_path("healthz").is_err());
        assert!(parse_path("/a b").is_err());
        assert!(parse_path("/a\r\nHost: x").is_err());
    }
}
