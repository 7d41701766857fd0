//! The address guard against a canary: a server on loopback that counts every connection
//! made to it. The real transport is asked to fetch it through every IPv6 spelling that can
//! carry an IPv4 address (mapped, translated, compatible, NAT64, 6to4, Teredo), written in
//! the URL or given by DNS; each must be refused before connecting, and the canary must
//! count nothing. With private fetching allowed (what `SPARKS_ALLOW_PRIVATE_FETCH=1` sets)
//! the same URL reaches it, which shows the canary would have counted.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use sparks_ingest::fetch::{BoxFuture, FetchError, Fetched, Fetcher, Policy, Resolve};
use sparks_ingest::http::ReqwestTransport;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const RSS: &str =
    "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Canary</title></channel></rss>";

/// Starts the canary on 127.0.0.1; gives its port and the count of connections it accepted.
async fn canary() -> (u16, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let reply = format!(
                    "HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{RSS}",
                    RSS.len()
                );
                let _ = sock.write_all(reply.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    (port, hits)
}

/// A resolver whose every name resolves to the one address in the name's first label
/// (`mapped.example` → `::ffff:127.0.0.1`), as a hostile DNS server could answer.
struct Hostile;
impl Resolve for Hostile {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, std::io::Result<Vec<SocketAddr>>> {
        let ip = match host {
            "mapped.example" => "::ffff:127.0.0.1",
            "translated.example" => "::ffff:0:127.0.0.1",
            "nat64.example" => "64:ff9b::127.0.0.1",
            _ => "2002:7f00:1::1",
        };
        let found = vec![SocketAddr::new(ip.parse().unwrap(), port)];
        Box::pin(async move { Ok(found) })
    }
}

fn fetcher(allow_private: bool) -> Fetcher {
    Fetcher::with(
        Policy {
            allow_private,
            connect_timeout: Duration::from_secs(1),
            total_timeout: Duration::from_secs(2),
            max_body: 64 * 1024,
            max_redirects: 3,
        },
        Arc::new(Hostile),
        Arc::new(ReqwestTransport),
    )
}

#[tokio::test]
async fn no_ipv6_spelling_of_loopback_reaches_the_canary() {
    let (port, hits) = canary().await;
    let guarded = fetcher(false);
    for host in [
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[::ffff:0:127.0.0.1]",
        "[::ffff:0:7f00:1]",
        "[::127.0.0.1]",
        "[64:ff9b::127.0.0.1]",
        "[64:ff9b:1::7f00:1]",
        "[2002:7f00:1::1]",
        "[2001:0:4136:e378:8000:63bf:80ff:fffe]",
        "[4000::7f00:1]",
        "mapped.example",
        "translated.example",
        "nat64.example",
        "sixtofour.example",
    ] {
        let url = format!("http://{host}:{port}/feed");
        let e = guarded.fetch(&url, None, None).await.unwrap_err();
        assert!(matches!(e, FetchError::Refused(_)), "{url}: {e}");
    }
    assert_eq!(hits.load(Ordering::SeqCst), 0, "the canary was reached");

    // The canary answers when private fetching is allowed: the count above means something.
    let open = fetcher(true);
    let got = open
        .fetch(
            &format!("http://[::ffff:127.0.0.1]:{port}/feed"),
            None,
            None,
        )
        .await;
    assert!(matches!(got, Ok(Fetched::Document { .. })), "{got:?}");
    assert_eq!(hits.load(Ordering::SeqCst), 1);
}
