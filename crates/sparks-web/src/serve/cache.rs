//! The page cache: whole responses of anonymous GET requests, kept per URL, language and
//! day, and served again while the content version in the database has not moved.
//!
//! Correct with several servers: every request learns the current content version before
//! answering (see [`crate::serve::fresh`]: on SQLite a file read while nothing has changed, else a
//! small query), and every write bumps it in its own transaction, so no server serves a page
//! older than the last committed write. A response is only stored
//! when it is a plain 200 that says nothing against caching, and never for requests that
//! carry credentials (cookies, authorization), which get their own pages.
//!
//! Pages are kept as rendered and compressed here, once per page and encoding, rather than
//! by the compression layer on every request.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use time::Date;

use crate::AppState;
use crate::present::context::PageContext;
use crate::serve::encoding::{Variants, encode_into};

/// Responses larger than this are not kept (CSV exports of large data, say).
const MAX_ENTRY_BYTES: usize = 1 << 20;
/// When the cache holds more than this, it starts again from empty: simpler than LRU, and a
/// page is cheap to render once. 8 MB holds a few hundred pages, far more than are ever hot
/// at once; a larger budget only filled with pages asked for once (24 MB did, under the
/// benchmark's every-request-different runs, and counted against the memory target).
const MAX_TOTAL_BYTES: usize = 8 << 20;

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Key {
    path_and_query: String,
    locale: &'static str,
    today: Date,
}

#[derive(Debug)]
struct Entry {
    version: i64,
    headers: HeaderMap,
    body: Bytes,
    /// The body compressed, per encoding, made when first asked for.
    compressed: Variants,
}

/// Cached responses of this server.
#[derive(Debug, Default)]
pub struct PageCache {
    entries: RwLock<HashMap<Key, Arc<Entry>>>,
    bytes: AtomicUsize,
}

impl PageCache {
    fn get(&self, key: &Key, version: i64) -> Option<Arc<Entry>> {
        let entries = self.entries.read().ok()?;
        entries.get(key).filter(|e| e.version == version).cloned()
    }

    fn put(&self, key: Key, entry: Arc<Entry>) {
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        let size = entry.body.len() + key.path_and_query.len();
        if self.bytes.load(Ordering::Relaxed) + size > MAX_TOTAL_BYTES {
            entries.clear();
            self.bytes.store(0, Ordering::Relaxed);
        }
        self.bytes.fetch_add(size, Ordering::Relaxed);
        entries.insert(key, entry);
    }
}

/// Whether a request may be answered from, and stored in, the cache.
fn cacheable(request: &Request) -> bool {
    let path = request.uri().path();
    request.method() == Method::GET
        && !request.headers().contains_key(header::COOKIE)
        && !request.headers().contains_key(header::AUTHORIZATION)
        && !matches!(path, "/healthz" | "/readyz" | "/metrics")
        && !path.starts_with("/static/")
}

/// Whether a response may be kept.
fn storable(response: &Response) -> bool {
    let forbids = response
        .headers()
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    response.status() == StatusCode::OK
        && !forbids
        && !response.headers().contains_key(header::SET_COOKIE)
}

/// The middleware.
pub async fn serve_cached(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !cacheable(&request) {
        return next.run(request).await;
    }
    // Without the version we cannot know what is current: answer fresh, keep nothing.
    let Ok(version) = state.versions().await.map(|v| v.content) else {
        return next.run(request).await;
    };
    let ctx = PageContext::for_site(request.uri(), request.headers(), &state);
    let key = Key {
        path_and_query: request
            .uri()
            .path_and_query()
            .map_or_else(String::new, ToString::to_string),
        locale: ctx.locale.code(),
        today: state.today(),
    };
    let cache = state.page_cache();
    let hit = cache.get(&key, version);
    crate::serve::ops::record_page_cache(hit.is_some());
    if let Some(hit) = hit {
        let mut headers = hit.headers.clone();
        let body = encode_into(request.headers(), &mut headers, &hit.body, &hit.compressed);
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers;
        return response;
    }
    let request_headers = request.headers().clone();
    let response = next.run(request).await;
    // Only bodies of known, modest size: pages are rendered whole, so they know theirs.
    let small = HttpBody::size_hint(response.body())
        .exact()
        .is_some_and(|n| usize::try_from(n).is_ok_and(|n| n <= MAX_ENTRY_BYTES));
    if !storable(&response) || !small {
        return response;
    }
    let (parts, body) = response.into_parts();
    match axum::body::to_bytes(body, MAX_ENTRY_BYTES).await {
        Ok(bytes) => {
            let entry = Arc::new(Entry {
                version,
                headers: parts.headers.clone(),
                body: bytes,
                compressed: Variants::default(),
            });
            cache.put(key, Arc::clone(&entry));
            let mut parts = parts;
            let body = encode_into(
                &request_headers,
                &mut parts.headers,
                &entry.body,
                &entry.compressed,
            );
            Response::from_parts(parts, Body::from(body))
        }
        Err(e) => {
            tracing::error!(error = %e, "could not read a response body for the page cache");
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            response
        }
    }
}
