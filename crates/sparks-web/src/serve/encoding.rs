//! Compressed bodies made once and served many times: the static assets (compressed the
//! first time they are asked for, then kept for the life of the process) and the pages of
//! the page cache (compressed once per cached page and encoding). Other responses are
//! compressed per request by the compression layer (built with gzip alone, for the reason
//! below), which leaves alone any response that already says how it is encoded.

use std::sync::OnceLock;

use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, header};

/// A content encoding a body can be served in. gzip only: Brotli would save another tenth,
/// but the `brotli` crate's encoder left about 40 MB of memory behind in the process after
/// compressing one 20 KB page (measured with quality 5 and 7 and a window fitted to the
/// body), against a memory target of 200 MB for the whole server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// gzip: accepted by every client that compresses at all.
    Gzip,
    /// As is.
    Identity,
}

impl Encoding {
    /// What the request's `Accept-Encoding` accepts (a `q=0` refuses one).
    pub fn negotiate(headers: &HeaderMap) -> Encoding {
        let Some(accepted) = headers
            .get(header::ACCEPT_ENCODING)
            .and_then(|v| v.to_str().ok())
        else {
            return Encoding::Identity;
        };
        let accepts = |name: &str| {
            accepted.split(',').any(|item| {
                let mut fields = item.split(';').map(str::trim);
                let coding = fields.next().unwrap_or("");
                let refused = fields.any(|f| {
                    f.strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                        .is_some_and(|q| q <= 0.0)
                });
                coding.eq_ignore_ascii_case(name) && !refused
            })
        };
        if accepts("gzip") {
            Encoding::Gzip
        } else {
            Encoding::Identity
        }
    }

    /// The `Content-Encoding` value, if any.
    pub fn header_value(self) -> Option<HeaderValue> {
        match self {
            Encoding::Gzip => Some(HeaderValue::from_static("gzip")),
            Encoding::Identity => None,
        }
    }

    /// `body` in this encoding: done once per body, so at gzip's highest level.
    pub fn compress(self, body: &[u8]) -> Bytes {
        match self {
            Encoding::Identity => Bytes::copy_from_slice(body),
            Encoding::Gzip => {
                use std::io::Write;
                let mut encoder =
                    flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
                // Writing to a Vec cannot fail.
                let _ = encoder.write_all(body);
                Bytes::from(encoder.finish().unwrap_or_default())
            }
        }
    }
}

/// A body with its compressed forms, each made the first time it is asked for.
#[derive(Debug, Default)]
pub struct Variants {
    gzip: OnceLock<Bytes>,
}

impl Variants {
    /// `identity` in `encoding`.
    pub fn get(&self, identity: &Bytes, encoding: Encoding) -> Bytes {
        match encoding {
            Encoding::Identity => identity.clone(),
            Encoding::Gzip => self
                .gzip
                .get_or_init(|| encoding.compress(identity))
                .clone(),
        }
    }
}

/// Whether a body of this type gains from compression (text does; images are compressed
/// already).
pub fn compressible(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|t| {
            t.starts_with("text/")
                || t.starts_with("application/json")
                || t.starts_with("application/problem+json")
                || t.starts_with("application/xml")
                || t.starts_with("application/atom+xml")
                || t.starts_with("application/ld+json")
                || t.starts_with("image/svg+xml")
        })
}

/// Puts `body`, in the encoding the request accepts, into `headers` (`Content-Encoding`,
/// `Vary`) and returns it.
pub fn encode_into(
    request: &HeaderMap,
    headers: &mut HeaderMap,
    identity: &Bytes,
    variants: &Variants,
) -> Bytes {
    if !compressible(headers) {
        return identity.clone();
    }
    encode_as(Encoding::negotiate(request), headers, identity, variants)
}

/// Puts `body` in `encoding` into `headers` (`Content-Encoding`, `Vary`) and returns it;
/// for a body of a [`compressible`] type.
pub fn encode_as(
    encoding: Encoding,
    headers: &mut HeaderMap,
    identity: &Bytes,
    variants: &Variants,
) -> Bytes {
    add_vary_accept_encoding(headers);
    if let Some(value) = encoding.header_value() {
        headers.insert(header::CONTENT_ENCODING, value);
        headers.remove(header::CONTENT_LENGTH);
    }
    variants.get(identity, encoding)
}

/// Adds `Accept-Encoding` to the response's `Vary`, keeping what it already names (pages
/// vary by `Accept-Language` too).
fn add_vary_accept_encoding(headers: &mut HeaderMap) {
    let existing: Vec<String> = headers
        .get_all(header::VARY)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .map(str::to_owned)
        .collect();
    if existing
        .iter()
        .flat_map(|v| v.split(','))
        .any(|name| name.trim().eq_ignore_ascii_case("accept-encoding"))
    {
        return;
    }
    let mut names = existing;
    names.push("Accept-Encoding".to_owned());
    if let Ok(value) = HeaderValue::from_str(&names.join(", ")) {
        headers.insert(header::VARY, value);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(
            header::ACCEPT_ENCODING,
            HeaderValue::from_str(value).unwrap(),
        );
        h
    }

    #[test]
    fn vary_keeps_what_it_named() {
        let mut h = HeaderMap::new();
        add_vary_accept_encoding(&mut h);
        assert_eq!(h.get(header::VARY).unwrap(), "Accept-Encoding");
        let mut h = HeaderMap::new();
        h.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
        add_vary_accept_encoding(&mut h);
        add_vary_accept_encoding(&mut h);
        assert_eq!(
            h.get(header::VARY).unwrap(),
            "Accept-Language, Accept-Encoding"
        );
    }

    #[test]
    fn negotiation_honours_refusals() {
        assert_eq!(Encoding::negotiate(&HeaderMap::new()), Encoding::Identity);
        assert_eq!(
            Encoding::negotiate(&accept("gzip, deflate, br")),
            Encoding::Gzip
        );
        assert_eq!(Encoding::negotiate(&accept("gzip")), Encoding::Gzip);
        assert_eq!(
            Encoding::negotiate(&accept("br, gzip;q=0")),
            Encoding::Identity
        );
        assert_eq!(
            Encoding::negotiate(&accept("br;q=0.0, gzip; q=0")),
            Encoding::Identity
        );
        assert_eq!(Encoding::negotiate(&accept("identity")), Encoding::Identity);
        assert_eq!(Encoding::negotiate(&accept("GZIP;q=0.5")), Encoding::Gzip);
    }

    #[test]
    fn compressed_forms_decompress_to_the_original() {
        use std::io::Read;
        let page = "<p>Sparks</p>".repeat(500);
        let gz = Encoding::Gzip.compress(page.as_bytes());
        let mut out = String::new();
        flate2::read::GzDecoder::new(&gz[..])
            .read_to_string(&mut out)
            .unwrap();
        assert_eq!(out, page);
        assert!(gz.len() < page.len() / 10);
    }
}
