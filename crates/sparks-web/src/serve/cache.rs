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

use std::collections::{HashMap, HashSet};
use std::convert::Infallible;
use std::future::Future;
use std::hash::BuildHasher;
use std::pin::Pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, OnceLock, RwLock};
use std::task::{Context, Poll};
use std::time::Instant;

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use time::Date;

use crate::AppState;
use crate::present::context::locale_of;
use crate::serve::encoding::{Encoding, Variants, compressible, encode_as, encode_into};
use crate::serve::ops::RequestMetrics;
use crate::serve::zero_copy::FileBacked;

/// Responses larger than this are not kept (CSV exports of large data, say).
const MAX_ENTRY_BYTES: usize = 1 << 20;
/// When the cache holds more than this, it starts again from empty: simpler than LRU, and a
/// page is cheap to render once. 8 MB holds a few hundred pages, far more than are ever hot
/// at once; a larger budget only filled with pages asked for once (24 MB did, under the
/// benchmark's every-request-different runs, and counted against the memory target).
const MAX_TOTAL_BYTES: usize = 8 << 20;
/// How many pages asked for once the cache remembers (by hash) before it starts again from
/// empty: a few hundred kilobytes at most.
const SEEN_ONCE_AT_MOST: usize = 16_384;

/// What a cached page is kept under: the URL as asked for, the language and the day.
#[derive(Debug, PartialEq, Eq)]
struct Key {
    path_and_query: Box<str>,
    locale: &'static str,
    today: Date,
}

#[derive(Debug)]
struct Entry {
    key: Key,
    version: i64,
    headers: HeaderMap,
    body: Bytes,
    /// The body compressed, per encoding, made when first asked for.
    compressed: Variants,
    /// The headers of the whole answer per encoding (identity, gzip), with those the
    /// layers outside the cache add: made once, so that [`CacheFront`] answers a hit with
    /// a copy of them and the body.
    served: [OnceLock<HeaderMap>; 2],
    /// The route pattern (for the log line) and its request metrics.
    route: Box<str>,
    metrics: Option<RequestMetrics>,
    /// The body in a file, for large bodies of kept pages (see [`crate::serve::zero_copy`]):
    /// made when the page is kept, not for pages rendered once.
    file: OnceLock<Option<FileBacked>>,
}

impl Entry {
    /// The answer's headers and body in `encoding`.
    fn served(&self, encoding: Encoding) -> (HeaderMap, Bytes) {
        if !compressible(&self.headers) {
            let headers = self.served[0].get_or_init(|| {
                let mut headers = self.headers.clone();
                crate::serve::middleware::add_security_headers(&mut headers);
                set_content_length(&mut headers, self.body.len());
                headers
            });
            return (headers.clone(), self.body.clone());
        }
        let slot = match encoding {
            Encoding::Identity => &self.served[0],
            Encoding::Gzip => &self.served[1],
        };
        let mut made = None;
        let headers = slot.get_or_init(|| {
            let mut headers = self.headers.clone();
            let body = encode_as(encoding, &mut headers, &self.body, &self.compressed);
            crate::serve::middleware::add_security_headers(&mut headers);
            set_content_length(&mut headers, body.len());
            made = Some(body);
            headers
        });
        let body = made.unwrap_or_else(|| self.compressed.get(&self.body, encoding));
        (headers.clone(), body)
    }
}

/// Sets `Content-Length`, as axum sets it on what a route answers: the cache front answers
/// before any route, and its answers must be the same, header for header.
fn set_content_length(headers: &mut HeaderMap, len: usize) {
    headers.insert(header::CONTENT_LENGTH, HeaderValue::from(len));
}

/// Cached responses of this server, found by a hash of their [`Key`] (and checked against
/// it), so that a lookup needs no owned copy of the URL.
#[derive(Debug, Default)]
pub struct PageCache {
    entries: RwLock<HashMap<u64, Arc<Entry>>>,
    bytes: AtomicUsize,
    hasher: std::hash::RandomState,
    /// The hashes of pages rendered once and not kept (see [`PageCache::put`]).
    seen_once: Mutex<HashSet<u64>>,
}

impl PageCache {
    fn hash(&self, path_and_query: &str, locale: &str, today: Date) -> u64 {
        self.hasher.hash_one((path_and_query, locale, today))
    }

    fn get(
        &self,
        path_and_query: &str,
        locale: &str,
        today: Date,
        version: i64,
    ) -> Option<Arc<Entry>> {
        let hash = self.hash(path_and_query, locale, today);
        let entries = self.entries.read().ok()?;
        entries
            .get(&hash)
            .filter(|e| {
                e.version == version
                    && *e.key.path_and_query == *path_and_query
                    && e.key.locale == locale
                    && e.key.today == today
            })
            .cloned()
    }

    /// Whether the page of `hash` was rendered before since it was last kept; remembers it
    /// when not.
    fn seen_before(&self, hash: u64) -> bool {
        let Ok(mut seen) = self.seen_once.lock() else {
            return false;
        };
        if seen.remove(&hash) {
            return true;
        }
        if seen.len() >= SEEN_ONCE_AT_MOST {
            seen.clear();
        }
        seen.insert(hash);
        false
    }

    /// Keeps a rendered page the second time it is rendered, or at once when it replaces
    /// an older version of itself (after a write); a page asked for once only leaves its
    /// hash. Where every request differs (a crawler, the benchmark's every-request-different
    /// runs), keeping each page filled the budget again and again, each time emptying the
    /// cache of the pages asked for all the time, and the pages kept for nothing raised the
    /// server's peak memory by 8 to 11 MiB in the benchmark (BENCHMARKS.md).
    fn put(&self, entry: Arc<Entry>) {
        let hash = self.hash(&entry.key.path_and_query, entry.key.locale, entry.key.today);
        let replaces = self
            .entries
            .read()
            .is_ok_and(|entries| entries.contains_key(&hash));
        if !replaces && !self.seen_before(hash) {
            return;
        }
        let Ok(mut entries) = self.entries.write() else {
            return;
        };
        let size = entry.body.len() + entry.key.path_and_query.len();
        if self.bytes.load(Ordering::Relaxed) + size > MAX_TOTAL_BYTES {
            entries.clear();
            self.bytes.store(0, Ordering::Relaxed);
        }
        self.bytes.fetch_add(size, Ordering::Relaxed);
        entry.file.get_or_init(|| FileBacked::new(&entry.body));
        entries.insert(hash, entry);
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

/// The cached page for `request` at `version`, if there is one.
fn lookup(state: &AppState, request: &Request, version: i64) -> Option<Arc<Entry>> {
    let (locale, _) = locale_of(request.uri(), request.headers());
    let path_and_query = request.uri().path_and_query().map_or("", |p| p.as_str());
    state
        .page_cache()
        .get(path_and_query, locale.code(), state.today(), version)
}

/// The middleware that fills the cache (and answers from it when [`CacheFront`] did not,
/// which is rare: a page stored in between).
pub async fn serve_cached(State(state): State<AppState>, request: Request, next: Next) -> Response {
    if !cacheable(&request) {
        return next.run(request).await;
    }
    // Without the version we cannot know what is current: answer fresh, keep nothing.
    let Ok(version) = state.versions().await.map(|v| v.content) else {
        return next.run(request).await;
    };
    let hit = lookup(&state, &request, version);
    crate::serve::ops::record_page_cache(hit.is_some());
    if let Some(hit) = hit {
        let mut headers = hit.headers.clone();
        let body = encode_into(request.headers(), &mut headers, &hit.body, &hit.compressed);
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers;
        return response;
    }
    let (locale, _) = locale_of(request.uri(), request.headers());
    let key = Key {
        path_and_query: request
            .uri()
            .path_and_query()
            .map_or("", |p| p.as_str())
            .into(),
        locale: locale.code(),
        today: state.today(),
    };
    let route: Box<str> = request
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", MatchedPath::as_str)
        .into();
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
                key,
                version,
                headers: parts.headers.clone(),
                body: bytes,
                compressed: Variants::default(),
                served: Default::default(),
                metrics: RequestMetrics::new(Method::GET.as_str(), &route, StatusCode::OK.as_u16()),
                route,
                file: OnceLock::new(),
            });
            state.page_cache().put(Arc::clone(&entry));
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

/// Answers a request from the page cache before any other layer runs, or passes it on.
///
/// Profiling a cached page showed most of its time outside the cache itself: about ten
/// layers each boxing a future and cloning what they need, the compression layer, the
/// security headers added one by one, metrics labels allocated and looked up per request.
/// A hit needs none of that: its whole answer (headers included, per encoding) is made once
/// per page, and the request counter and log line are the same the layers would write.
/// Everything else (misses, requests the cache does not take, an over-long head) goes
/// through the whole stack as before, where [`serve_cached`] stores what it renders.
#[derive(Clone)]
pub struct CacheFrontLayer {
    state: AppState,
}

impl CacheFrontLayer {
    /// The layer for `state`'s page cache.
    pub fn new(state: AppState) -> Self {
        CacheFrontLayer { state }
    }
}

impl<S> tower::Layer<S> for CacheFrontLayer {
    type Service = CacheFront<S>;

    fn layer(&self, inner: S) -> CacheFront<S> {
        CacheFront {
            state: self.state.clone(),
            inner: Arc::new(inner),
        }
    }
}

/// The service of [`CacheFrontLayer`]. The stack behind it is kept once and cloned only for
/// a miss: cloning it clones every layer in it (a boxed service each), which profiling
/// showed as a visible share of a hit when done per request.
#[derive(Clone)]
pub struct CacheFront<S> {
    state: AppState,
    inner: Arc<S>,
}

impl<S> tower::Service<Request> for CacheFront<S>
where
    S: tower::Service<Request, Response = Response, Error = Infallible>
        + Clone
        + Send
        + Sync
        + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Pin<Box<dyn Future<Output = Result<Response, Infallible>> + Send>>;

    fn poll_ready(&mut self, _cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        // Always ready: a miss makes its own copy of the stack ready (`oneshot`).
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let state = self.state.clone();
        let inner = Arc::clone(&self.inner);
        Box::pin(async move {
            match answer_hit(&state, request).await {
                Ok(response) => Ok(response),
                Err(request) => {
                    use tower::ServiceExt;
                    S::clone(&inner).oneshot(request).await
                }
            }
        })
    }
}

/// The cached answer to `request`, with everything the layers outside the cache would
/// have added, its metrics recorded and its line logged; the request back when it must go
/// through. (The request is held by value: a body is not `Sync`, so a reference to it
/// across the version read would make the future unsendable.)
async fn answer_hit(state: &AppState, request: Request) -> Result<Response, Request> {
    if !cacheable(&request) || crate::serve::hardening::head_refusal(&request).is_some() {
        return Err(request);
    }
    let started = Instant::now();
    let Ok(version) = state.versions().await.map(|v| v.content) else {
        return Err(request);
    };
    let Some(entry) = lookup(state, &request, version) else {
        return Err(request);
    };
    crate::serve::ops::record_page_cache(true);
    let (mut headers, body) = entry.served(Encoding::negotiate(request.headers()));
    if state.tls_policy().over_tls(&request) {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static(crate::serve::hardening::HSTS_VALUE),
        );
    }
    let mut response = Response::new(Body::from(body));
    *response.headers_mut() = headers;
    let elapsed = started.elapsed();
    if let Some(metrics) = &entry.metrics {
        metrics.record(elapsed);
    }
    crate::serve::request_log::log_request(&crate::serve::request_log::RequestLine {
        method: "GET",
        path: request.uri().path(),
        route: &entry.route,
        status: 200,
        elapsed,
    });
    Ok(response)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::December, 7).unwrap()
    }

    fn page(path: &str, version: i64) -> Arc<Entry> {
        Arc::new(Entry {
            key: Key {
                path_and_query: path.into(),
                locale: "en",
                today: today(),
            },
            version,
            headers: HeaderMap::new(),
            body: Bytes::from(vec![b'x'; 1_000]),
            compressed: Variants::default(),
            served: Default::default(),
            route: "/".into(),
            metrics: None,
            file: OnceLock::new(),
        })
    }

    #[test]
    fn a_page_is_kept_the_second_time_it_is_rendered_and_at_once_after_a_write() {
        let cache = PageCache::default();
        cache.put(page("/initiatives", 1));
        assert!(cache.get("/initiatives", "en", today(), 1).is_none());
        cache.put(page("/initiatives", 1));
        assert!(cache.get("/initiatives", "en", today(), 1).is_some());
        // After a write the page is rendered again, and its new version replaces the old.
        cache.put(page("/initiatives", 2));
        assert!(cache.get("/initiatives", "en", today(), 2).is_some());
        assert!(cache.get("/initiatives", "en", today(), 1).is_none());
    }

    #[test]
    fn pages_asked_for_once_take_no_room() {
        let cache = PageCache::default();
        cache.put(page("/", 1));
        cache.put(page("/", 1));
        let kept = cache.bytes.load(Ordering::Relaxed);
        // More one-off pages than the budget and the remembered hashes hold together.
        for n in 0..(SEEN_ONCE_AT_MOST + MAX_TOTAL_BYTES / 1_000) {
            cache.put(page(&format!("/search?q={n}"), 1));
        }
        assert_eq!(cache.bytes.load(Ordering::Relaxed), kept);
        assert!(cache.get("/", "en", today(), 1).is_some());
        assert!(cache.seen_once.lock().unwrap().len() <= SEEN_ONCE_AT_MOST);
    }
}
