//! The real transport: reqwest over rustls, one client per request pinned to the checked
//! addresses (`resolve_to_addrs`), redirects off (the fetcher follows and re-checks them),
//! the body read chunk by chunk after decompression and cut at the cap.

use crate::fetch::{Answer, BoxFuture, FetchError, Method, Policy, Request, Transport};

/// Sends requests with reqwest.
pub struct ReqwestTransport;

/// A resolver that answers nothing: names resolve only through the checked overrides.
struct NoLookup;

impl reqwest::dns::Resolve for NoLookup {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let name = name.as_str().to_owned();
        Box::pin(async move {
            Err::<reqwest::dns::Addrs, _>(
                format!("{name} was not checked by the fetch guard").into(),
            )
        })
    }
}

/// What we accept: feeds only (never images or other media).
const ACCEPT: &str = "application/atom+xml, application/rss+xml, application/feed+json, \
                      application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";

fn header(resp: &reqwest::Response, name: reqwest::header::HeaderName) -> Option<String> {
    resp.headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

fn http_error(e: &reqwest::Error) -> FetchError {
    if e.is_timeout() {
        FetchError::Http(format!("timed out: {e}"))
    } else if e.is_connect() {
        // The source chain says why (e.g. "Connection refused"); the top error does not.
        let mut why = e.to_string();
        let mut source = std::error::Error::source(e);
        while let Some(s) = source {
            why = s.to_string();
            source = s.source();
        }
        FetchError::Connect(why)
    } else {
        FetchError::Http(e.to_string())
    }
}

impl Transport for ReqwestTransport {
    fn get<'a>(
        &'a self,
        req: Request,
        policy: &'a Policy,
    ) -> BoxFuture<'a, Result<Answer, FetchError>> {
        Box::pin(async move {
            let mut builder = reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .connect_timeout(policy.connect_timeout)
                .timeout(policy.total_timeout)
                .no_proxy()
                .user_agent(if req.method == Method::Get {
                    concat!("Sparks/", env!("CARGO_PKG_VERSION"), " (feed reader)")
                } else {
                    concat!("Sparks/", env!("CARGO_PKG_VERSION"), " (link checker)")
                });
            // Connect only to the addresses the guard checked: the name maps to them, and any
            // other lookup fails (no second DNS answer can steer the connection elsewhere).
            builder = builder.dns_resolver(std::sync::Arc::new(NoLookup));
            if let Some(domain) = req.url.domain() {
                builder = builder.resolve_to_addrs(domain, &req.addrs);
                let bare = domain.trim_end_matches('.');
                if bare != domain {
                    builder = builder.resolve_to_addrs(bare, &req.addrs);
                }
            }
            let client = builder
                .build()
                .map_err(|e| FetchError::Http(e.to_string()))?;
            let mut get = match req.method {
                Method::Head => client.head(req.url.clone()),
                Method::Get | Method::Probe => client.get(req.url.clone()),
            };
            // A feed asks for feeds; the link checker for whatever the page is.
            get = get.header(
                reqwest::header::ACCEPT,
                if req.method == Method::Get {
                    ACCEPT
                } else {
                    "*/*"
                },
            );
            if let Some(e) = &req.etag {
                get = get.header(reqwest::header::IF_NONE_MATCH, e);
            }
            if let Some(m) = &req.last_modified {
                get = get.header(reqwest::header::IF_MODIFIED_SINCE, m);
            }
            let mut resp = get.send().await.map_err(|e| http_error(&e))?;
            let mut answer = Answer {
                status: resp.status().as_u16(),
                location: header(&resp, reqwest::header::LOCATION),
                etag: header(&resp, reqwest::header::ETAG),
                last_modified: header(&resp, reqwest::header::LAST_MODIFIED),
                content_type: header(&resp, reqwest::header::CONTENT_TYPE),
                body: Vec::new(),
            };
            if !resp.status().is_success() || req.method != Method::Get {
                return Ok(answer);
            }
            if resp
                .content_length()
                .is_some_and(|n| n > policy.max_body as u64)
            {
                return Err(FetchError::TooLarge(policy.max_body));
            }
            while let Some(chunk) = resp.chunk().await.map_err(|e| http_error(&e))? {
                if answer.body.len() + chunk.len() > policy.max_body {
                    return Err(FetchError::TooLarge(policy.max_body));
                }
                answer.body.extend_from_slice(&chunk);
            }
            Ok(answer)
        })
    }
}
