//! The safe fetcher for feeds. Every hop (the first URL and each redirect) is checked before
//! any connection: http(s) only, and unless private fetching is allowed, no local names and no
//! address that is not public ([`crate::guard`]). A host name is resolved once, every address
//! it resolves to is checked, and the connection goes only to those addresses, so a DNS
//! answer that changes between check and connect (rebinding) cannot steer it elsewhere.
//!
//! Resolving and connecting sit behind two small traits so that tests can inject a resolver
//! and a transport that fails the test if it is ever called.

use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::sync::Arc;
use std::time::Duration;

use url::{Host, Url};

use crate::guard;

/// A boxed future, for the object-safe traits below.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Turns a host name into addresses.
pub trait Resolve: Send + Sync {
    /// The addresses of `host` (port `port`).
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, std::io::Result<Vec<SocketAddr>>>;
}

/// One HTTP GET to addresses already checked.
pub trait Transport: Send + Sync {
    /// Sends `req` and reads the answer within the policy's limits.
    fn get<'a>(
        &'a self,
        req: Request,
        policy: &'a Policy,
    ) -> BoxFuture<'a, Result<Answer, FetchError>>;
}

/// Limits of one fetch.
#[derive(Debug, Clone)]
pub struct Policy {
    /// Allow loopback and private addresses (`SPARKS_ALLOW_PRIVATE_FETCH=1`: tests, intranets).
    pub allow_private: bool,
    /// Connecting may take this long.
    pub connect_timeout: Duration,
    /// The whole fetch, body included, may take this long.
    pub total_timeout: Duration,
    /// Most bytes of body read, counted after decompression.
    pub max_body: usize,
    /// Most redirects followed.
    pub max_redirects: usize,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            allow_private: false,
            connect_timeout: Duration::from_secs(10),
            total_timeout: Duration::from_secs(30),
            max_body: 5 * 1024 * 1024,
            max_redirects: 5,
        }
    }
}

impl Policy {
    /// The defaults, with `SPARKS_ALLOW_PRIVATE_FETCH=1` read from the environment.
    pub fn from_env() -> Self {
        Policy {
            allow_private: std::env::var("SPARKS_ALLOW_PRIVATE_FETCH").is_ok_and(|v| v == "1"),
            ..Policy::default()
        }
    }
}

/// How a request asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Method {
    /// A GET whose body is read (within the size cap).
    #[default]
    Get,
    /// A HEAD: headers only.
    Head,
    /// A GET whose body is not read (the link checker only needs the status).
    Probe,
}

/// A request to send.
#[derive(Debug, Clone)]
pub struct Request {
    /// GET or HEAD.
    pub method: Method,
    /// What to ask for.
    pub url: Url,
    /// The checked addresses to connect to (nothing else).
    pub addrs: Vec<SocketAddr>,
    /// `If-None-Match`.
    pub etag: Option<String>,
    /// `If-Modified-Since`.
    pub last_modified: Option<String>,
}

/// An HTTP answer, its body already read within the limits.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    /// Status code.
    pub status: u16,
    /// `Location`.
    pub location: Option<String>,
    /// `ETag`.
    pub etag: Option<String>,
    /// `Last-Modified`.
    pub last_modified: Option<String>,
    /// `Content-Type`.
    pub content_type: Option<String>,
    /// The body (decompressed).
    pub body: Vec<u8>,
}

/// What a fetch got.
#[derive(Debug, Clone)]
pub enum Fetched {
    /// `304 Not Modified`: nothing changed since the validators we sent.
    NotModified,
    /// A document.
    Document {
        /// The URL it finally came from (after redirects): relative links resolve against it.
        url: Url,
        /// The answer.
        answer: Box<Answer>,
    },
}

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// Not an absolute http(s) URL.
    #[error("not a fetchable URL: {0}")]
    BadUrl(String),
    /// The address is not public.
    #[error("refused: {0} is not a public address (set SPARKS_ALLOW_PRIVATE_FETCH=1 to allow)")]
    Refused(String),
    /// The name did not resolve.
    #[error("cannot resolve {0}")]
    Resolve(String),
    /// A limit on time was reached.
    #[error("timed out after {0:?}")]
    Timeout(Duration),
    /// The body is larger than allowed.
    #[error("body larger than {0} bytes")]
    TooLarge(usize),
    /// Too many redirects (or a loop).
    #[error("more than {0} redirects")]
    TooManyRedirects(usize),
    /// A status that is not success.
    #[error("HTTP status {0}")]
    Status(u16),
    /// No connection could be made (refused, unreachable).
    #[error("cannot connect: {0}")]
    Connect(String),
    /// The connection or the protocol failed.
    #[error("HTTP error: {0}")]
    Http(String),
}

/// The fetcher: a policy, a resolver and a transport.
#[derive(Clone)]
pub struct Fetcher {
    policy: Policy,
    resolver: Arc<dyn Resolve>,
    transport: Arc<dyn Transport>,
}

impl Fetcher {
    /// The real thing: system DNS and reqwest over rustls.
    pub fn new(policy: Policy) -> Self {
        Fetcher::with(
            policy,
            Arc::new(SystemResolver),
            Arc::new(crate::http::ReqwestTransport),
        )
    }

    /// With a resolver and transport of the caller's (tests).
    pub fn with(policy: Policy, resolver: Arc<dyn Resolve>, transport: Arc<dyn Transport>) -> Self {
        Fetcher {
            policy,
            resolver,
            transport,
        }
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The addresses `url` may be fetched from, or why it may not: checked before any
    /// connection.
    pub async fn check(&self, url: &Url) -> Result<Vec<SocketAddr>, FetchError> {
        if !matches!(url.scheme(), "http" | "https") {
            return Err(FetchError::BadUrl(format!(
                "scheme {:?} is not http(s)",
                url.scheme()
            )));
        }
        let port = url
            .port_or_known_default()
            .ok_or_else(|| FetchError::BadUrl(url.to_string()))?;
        let allow = self.policy.allow_private;
        let addrs = match url.host() {
            None => return Err(FetchError::BadUrl(format!("{url} has no host"))),
            Some(Host::Ipv4(ip)) => vec![SocketAddr::new(IpAddr::V4(ip), port)],
            Some(Host::Ipv6(ip)) => vec![SocketAddr::new(IpAddr::V6(ip), port)],
            Some(Host::Domain(name)) => {
                if !allow && guard::is_local_name(name) {
                    return Err(FetchError::Refused(name.to_owned()));
                }
                let found = self
                    .resolver
                    .resolve(name.trim_end_matches('.'), port)
                    .await
                    .map_err(|e| FetchError::Resolve(format!("{name}: {e}")))?;
                if found.is_empty() {
                    return Err(FetchError::Resolve(name.to_owned()));
                }
                found
            }
        };
        if !allow {
            // Any non-public answer refuses the whole name: a name that mixes public and
            // private addresses is a rebinding attempt or a misconfiguration.
            if let Some(bad) = addrs.iter().find(|a| !guard::is_public(a.ip())) {
                return Err(FetchError::Refused(bad.ip().to_string()));
            }
        }
        Ok(addrs)
    }

    /// Fetches `url` with a conditional GET, following redirects (each re-checked) up to the
    /// limit. Only this one document is fetched: never images, enclosures or linked pages.
    pub async fn fetch(
        &self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<Fetched, FetchError> {
        let total = self.policy.total_timeout;
        tokio::time::timeout(total, self.follow(url, etag, last_modified))
            .await
            .map_err(|_| FetchError::Timeout(total))?
    }

    async fn follow(
        &self,
        url: &str,
        etag: Option<&str>,
        last_modified: Option<&str>,
    ) -> Result<Fetched, FetchError> {
        let mut url = Url::parse(url).map_err(|e| FetchError::BadUrl(format!("{url}: {e}")))?;
        for _ in 0..=self.policy.max_redirects {
            let addrs = self.check(&url).await?;
            let req = Request {
                method: Method::Get,
                url: url.clone(),
                addrs,
                etag: etag.map(str::to_owned),
                last_modified: last_modified.map(str::to_owned),
            };
            let answer = self.transport.get(req, &self.policy).await?;
            match answer.status {
                304 => return Ok(Fetched::NotModified),
                200..=299 => {
                    return Ok(Fetched::Document {
                        url,
                        answer: Box::new(answer),
                    });
                }
                301 | 302 | 303 | 307 | 308 => url = redirect_target(&url, &answer)?,
                s => return Err(FetchError::Status(s)),
            }
        }
        Err(FetchError::TooManyRedirects(self.policy.max_redirects))
    }
}

/// Where a redirect from `url` leads (its `Location`, relative to `url`).
fn redirect_target(url: &Url, answer: &Answer) -> Result<Url, FetchError> {
    let to = answer
        .location
        .as_deref()
        .ok_or(FetchError::Status(answer.status))?;
    url.join(to)
        .map_err(|e| FetchError::BadUrl(format!("redirect to {to}: {e}")))
}

/// The system's resolver (getaddrinfo on a blocking thread, through tokio).
pub struct SystemResolver;

impl Resolve for SystemResolver {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, std::io::Result<Vec<SocketAddr>>> {
        Box::pin(async move { Ok(tokio::net::lookup_host((host, port)).await?.collect()) })
    }
}

/// What checking a link found: the final answer's status and URL, and whether a redirect on
/// the way was permanent (301 or 308).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The final answer's status (never a redirect).
    pub status: u16,
    /// The URL that answered.
    pub url: Url,
    /// Whether a redirect on the way was permanent.
    pub permanent: bool,
}

impl Fetcher {
    /// Checks that `url` answers, for the link checker: a HEAD, and a GET (body not read) when
    /// HEAD is refused (405, 501) or fails; redirects followed, every hop's address checked
    /// first. An answer that is not a redirect (a 404 too) is returned, not an error.
    pub async fn check_link(&self, url: &str) -> Result<Checked, FetchError> {
        let total = self.policy.total_timeout;
        let url = Url::parse(url).map_err(|e| FetchError::BadUrl(format!("{url}: {e}")))?;
        let head = tokio::time::timeout(total, self.follow_link(url.clone(), Method::Head)).await;
        match head {
            Ok(Ok(c)) if !matches!(c.status, 400 | 403 | 404 | 405 | 501) => Ok(c),
            // Refused by the guard or a bad URL: a GET would be refused alike.
            Ok(Err(e @ (FetchError::Refused(_) | FetchError::BadUrl(_)))) => Err(e),
            // Some servers answer HEAD wrongly (405, 501, or even 404/403) or not at all;
            // a GET is what a visitor's browser sends, so it decides.
            _ => tokio::time::timeout(total, self.follow_link(url, Method::Probe))
                .await
                .map_err(|_| FetchError::Timeout(total))?,
        }
    }

    async fn follow_link(&self, mut url: Url, method: Method) -> Result<Checked, FetchError> {
        let mut permanent = false;
        for _ in 0..=self.policy.max_redirects {
            let addrs = self.check(&url).await?;
            let req = Request {
                method,
                url: url.clone(),
                addrs,
                etag: None,
                last_modified: None,
            };
            let answer = self.transport.get(req, &self.policy).await?;
            match answer.status {
                301 | 302 | 303 | 307 | 308 => {
                    permanent |= matches!(answer.status, 301 | 308);
                    url = redirect_target(&url, &answer)?;
                }
                status => {
                    return Ok(Checked {
                        status,
                        url,
                        permanent,
                    });
                }
            }
        }
        Err(FetchError::TooManyRedirects(self.policy.max_redirects))
    }
}
