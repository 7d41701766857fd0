//! CSRF tokens: `ISSUED.MAC`, where MAC is HMAC-SHA256 over the issue time and what the
//! token is bound to (a session, or `anonymous` for the forms of visitors without one). The
//! key is shared by every server through the database, so a form rendered by one server is
//! accepted by another. Tokens expire; together with the Origin check this stops cross-site
//! form posts.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How long a form stays valid: long enough to write a thoughtful post.
pub const MAX_AGE_SECONDS: i64 = 4 * 60 * 60;

/// The site's CSRF key.
#[derive(Clone)]
pub struct CsrfKey(Vec<u8>);

impl std::fmt::Debug for CsrfKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("CsrfKey(..)")
    }
}

impl CsrfKey {
    /// A key from stored bytes.
    pub fn new(bytes: Vec<u8>) -> CsrfKey {
        CsrfKey(bytes)
    }

    fn mac(&self, issued: i64, binding: &str) -> Option<Hmac<Sha256>> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).ok()?;
        mac.update(issued.to_string().as_bytes());
        mac.update(b"|");
        mac.update(binding.as_bytes());
        Some(mac)
    }

    /// A token for a form rendered at `now` (unix seconds) for `binding`.
    pub fn token(&self, binding: &str, now: i64) -> String {
        let tag = self
            .mac(now, binding)
            .map(|m| URL_SAFE_NO_PAD.encode(m.finalize().into_bytes()))
            .unwrap_or_default();
        format!("{now}.{tag}")
    }

    /// Whether `token` was made by this key for `binding` within [`MAX_AGE_SECONDS`].
    pub fn verify(&self, token: &str, binding: &str, now: i64) -> bool {
        let Some((issued, tag)) = token.split_once('.') else {
            return false;
        };
        let Ok(issued) = issued.parse::<i64>() else {
            return false;
        };
        if issued > now + 60 || now - issued > MAX_AGE_SECONDS {
            return false;
        }
        let Ok(tag) = URL_SAFE_NO_PAD.decode(tag) else {
            return false;
        };
        self.mac(issued, binding)
            .is_some_and(|m| m.verify_slice(&tag).is_ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_for_their_binding_and_time_only() {
        let key = CsrfKey::new(vec![7; 32]);
        let t = key.token("session-a", 1_000_000);
        assert!(key.verify(&t, "session-a", 1_000_100));
        assert!(!key.verify(&t, "session-b", 1_000_100));
        assert!(!key.verify(&t, "session-a", 1_000_000 + MAX_AGE_SECONDS + 1));
        assert!(!CsrfKey::new(vec![8; 32]).verify(&t, "session-a", 1_000_100));
        assert!(!key.verify("", "session-a", 1_000_100));
        assert!(!key.verify("1000000.", "session-a", 1_000_100));
        assert!(!key.verify("x.y", "session-a", 1_000_100));
    }
}
