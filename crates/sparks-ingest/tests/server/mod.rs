//! A tiny HTTP/1.1 server on loopback for fetcher tests: each reply chosen by a closure from
//! the request head (lower-cased, the method kept upper-case), with bodies that can be slow
//! or endless.

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// How the body is sent.
pub enum Body {
    /// All at once, with a Content-Length.
    Bytes(Vec<u8>),
    /// Headers, then nothing for a minute.
    Slow,
    /// Bytes forever, without a length.
    Endless,
}

/// A reply.
pub struct Reply {
    status: u16,
    headers: Vec<(String, String)>,
    body: Body,
}

impl Reply {
    pub fn ok(body: &str) -> Reply {
        Reply {
            status: 200,
            headers: Vec::new(),
            body: Body::Bytes(body.as_bytes().to_vec()),
        }
    }
    pub fn status(status: u16) -> Reply {
        Reply {
            status,
            headers: Vec::new(),
            body: Body::Bytes(Vec::new()),
        }
    }
    pub fn header(mut self, name: &str, value: &str) -> Reply {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }
    pub fn body(mut self, body: Body) -> Reply {
        self.body = body;
        self
    }
}

/// A running server.
pub struct Server {
    addr: std::net::SocketAddr,
}

impl Server {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

pub async fn serve(handler: impl Fn(&str) -> Reply + Send + Sync + 'static) -> Server {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let handler = Arc::new(handler);
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            let handler = handler.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let req = String::from_utf8_lossy(&head).to_lowercase();
                let req = req.replacen("get ", "GET ", 1);
                let reply = handler(&req);
                let mut out = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", reply.status);
                for (n, v) in &reply.headers {
                    out.push_str(&format!("{n}: {v}\r\n"));
                }
                match reply.body {
                    Body::Bytes(b) => {
                        out.push_str(&format!("Content-Length: {}\r\n\r\n", b.len()));
                        let _ = sock.write_all(out.as_bytes()).await;
                        let _ = sock.write_all(&b).await;
                    }
                    Body::Slow => {
                        out.push_str("Content-Length: 10\r\n\r\n");
                        let _ = sock.write_all(out.as_bytes()).await;
                        tokio::time::sleep(Duration::from_secs(60)).await;
                    }
                    Body::Endless => {
                        out.push_str("\r\n");
                        let _ = sock.write_all(out.as_bytes()).await;
                        let chunk = vec![b'<'; 16 * 1024];
                        while sock.write_all(&chunk).await.is_ok() {}
                    }
                }
                let _ = sock.shutdown().await;
            });
        }
    });
    Server { addr }
}
