//! The HTTP server loop: hyper's HTTP/1 connections under limits that keep slow and idle
//! clients from holding the server (an outside test held 300 idle connections open until the
//! server, at 256 files, answered no one):
//!
//! - a request's headers must arrive within the header timeout, which also runs while a
//!   kept-alive connection waits for its next request, so an idle or half-sent connection is
//!   closed;
//! - at most `max_connections` are served at once, a number below the process's file limit,
//!   which is raised to its hard maximum at start; further clients wait in the listen queue
//!   until a connection closes, instead of the server failing to open its own files;
//! - on shutdown the listener closes at once and requests in flight finish.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// Files kept free for the database, logs, uploads and the feed fetcher when the connection
/// cap is derived from the file limit.
const FILES_KEPT_FREE: u64 = 128;

/// The most connections served at once when nothing else is configured, however high the
/// file limit.
const DEFAULT_MAX_CONNECTIONS: u64 = 10_000;

/// How long requests in flight may take to finish after a shutdown signal.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(30);

/// The limits a server applies to its connections.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// How long a request's headers may take, and a connection may stay idle between requests.
    pub header_timeout: Duration,
    /// The most connections served at once.
    pub max_connections: usize,
}

impl ConnectionLimits {
    /// The limits for `header_timeout` seconds and `max_connections` (default: derived from
    /// the file limit after [`raise_file_limit`]).
    pub fn new(header_timeout: u64, max_connections: Option<u64>, file_limit: u64) -> Self {
        let derived = file_limit
            .saturating_sub(FILES_KEPT_FREE)
            .clamp(16, DEFAULT_MAX_CONNECTIONS);
        ConnectionLimits {
            header_timeout: Duration::from_secs(header_timeout),
            max_connections: usize::try_from(max_connections.unwrap_or(derived))
                .unwrap_or(usize::MAX),
        }
    }
}

/// Raises the process's soft limit on open files to its hard limit and returns the limit in
/// force (the operating system may grant less than asked).
pub fn raise_file_limit() -> u64 {
    match rlimit::increase_nofile_limit(u64::MAX) {
        Ok(limit) => limit,
        Err(e) => {
            tracing::warn!(error = %e, "could not raise the open-file limit");
            rlimit::getrlimit(rlimit::Resource::NOFILE).map_or(256, |(soft, _)| soft)
        }
    }
}

/// Serves `app` on `listener` until `shutdown` resolves, then lets requests in flight finish
/// (for at most [`SHUTDOWN_GRACE`]). Handlers see the client's address as
/// `ConnectInfo<SocketAddr>`, as with `axum::serve`.
pub async fn serve(
    listener: TcpListener,
    app: sparks_web::App,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()>,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(limits.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot,
            () = &mut shutdown => break,
        };
        let Ok(slot) = slot else { break };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of files or a connection reset before it was accepted: wait a
                    // moment rather than spin, and keep serving.
                    tracing::warn!(error = %e, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        // Answers go out as soon as they are written, as nginx's `tcp_nodelay` does: a
        // response's last segment would otherwise wait for the client's acknowledgement.
        if let Err(e) = stream.set_nodelay(true) {
            tracing::debug!(error = %e, %peer, "could not set TCP_NODELAY");
        }
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            app.clone().oneshot(request.map(axum::body::Body::new))
        });
        // Kept page bodies go out from their files (see `sparks_web::zero_copy`).
        let stream = sparks_web::zero_copy::ZeroCopyStream::new(stream);
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                // Timeouts and clients that went away are routine; nothing to report.
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
            drop(slot);
        });
    }
    drop(listener);
    if tokio::time::timeout(SHUTDOWN_GRACE, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("requests still in flight were cut off at shutdown");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_connection_cap_stays_below_the_file_limit() {
        assert_eq!(ConnectionLimits::new(20, None, 256).max_connections, 128);
        assert_eq!(
            ConnectionLimits::new(20, None, 1_048_576).max_connections,
            10_000
        );
        assert_eq!(ConnectionLimits::new(20, None, 100).max_connections, 16);
        assert_eq!(ConnectionLimits::new(20, Some(7), 256).max_connections, 7);
        assert_eq!(
            ConnectionLimits::new(20, None, 256).header_timeout,
            Duration::from_secs(20)
        );
    }
}
