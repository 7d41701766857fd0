//! The site's secret key (`SPARKS_SECRET_KEY_FILE`): 32 random bytes that seal second-factor
//! secrets at rest and key the stored form of recovery codes, so a copy of the database alone
//! neither reveals an authenticator secret nor lets anyone test recovery codes offline.
//!
//! Sealed values are `v1:` and the base64 of a random 24-byte nonce followed by the
//! XChaCha20-Poly1305 ciphertext. The associated data names the row and column a value
//! belongs to (the caller's `context`), so a sealed value copied into another account's row
//! does not open. Keyed hashes are `v1:` and hex HMAC-SHA256 over the context and the data.

use std::fmt;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use hmac::{Hmac, Mac};
use sha2::Sha256;

/// The prefix of every value this key sealed or hashed (the version of the stored form).
const PREFIX: &str = "v1:";
const NONCE_LEN: usize = 24;

/// The site's secret key. Cheap to clone; its bytes are never printed.
#[derive(Clone)]
pub struct SecretKey(Arc<[u8; 32]>);

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretKey(..)")
    }
}

/// Why a key file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    /// The file could not be read or created.
    #[error("secret key file {path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file holds something other than 32 bytes in hex or base64.
    #[error(
        "secret key file {path}: expected 32 random bytes written as 64 hex digits or as \
         base64 (make one with `openssl rand -hex 32`)"
    )]
    Malformed {
        /// The file.
        path: String,
    },
}

/// A stored value this key cannot open: it was sealed with another key (the key file was
/// replaced), belongs to another row, or was damaged.
#[derive(Debug, thiserror::Error)]
#[error(
    "a sealed {context} cannot be opened with this secret key: the key file \
     (SPARKS_SECRET_KEY_FILE) is not the one it was sealed with, or the value was changed; \
     restore the original key file (rotating the key is not supported)"
)]
pub struct OpenError {
    /// What was being opened (the caller's context).
    pub context: String,
}

impl SecretKey {
    /// A key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> SecretKey {
        SecretKey(Arc::new(bytes))
    }

    /// A fresh random key.
    pub fn generate() -> SecretKey {
        let mut bytes = [0u8; 32];
        rand::fill(&mut bytes);
        SecretKey::from_bytes(bytes)
    }

    /// Parses the text of a key file: 64 hex digits, or base64 of 32 bytes (surrounding
    /// whitespace ignored).
    pub fn parse(text: &str) -> Option<SecretKey> {
        let text = text.trim();
        let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
            (0..32)
                .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16).ok())
                .collect::<Option<Vec<u8>>>()?
        } else {
            STANDARD.decode(text).ok()?
        };
        Some(SecretKey::from_bytes(bytes.try_into().ok()?))
    }

    /// The key in `path`; when there is no such file, a fresh key is written there first
    /// (readable by its owner only). The file appears whole or not at all, and an existing
    /// one is never overwritten: of two processes starting at once, both use the key of
    /// whichever linked its file first.
    pub fn load_or_create(path: &Path) -> Result<SecretKey, KeyFileError> {
        let io = |source| KeyFileError::Io {
            path: path.display().to_string(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => {
                return SecretKey::parse(&text).ok_or_else(|| KeyFileError::Malformed {
                    path: path.display().to_string(),
                });
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(io(e)),
        }
        let key = SecretKey::generate();
        let dir = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => dir,
            _ => Path::new("."),
        };
        std::fs::create_dir_all(dir).map_err(io)?;
        let mut tmp = tempfile_in(dir).map_err(io)?;
        let hex: String = key.0.iter().map(|b| format!("{b:02x}")).collect();
        tmp.1.write_all(format!("{hex}\n").as_bytes()).map_err(io)?;
        tmp.1.sync_all().map_err(io)?;
        // A hard link creates the name atomically and fails when it exists.
        let linked = std::fs::hard_link(&tmp.0, path);
        let _ = std::fs::remove_file(&tmp.0);
        match linked {
            Ok(()) => Ok(key),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                SecretKey::load_or_create(path)
            }
            Err(e) => Err(io(e)),
        }
    }

    /// `plaintext` sealed for `context` (which row and column it belongs to).
    pub fn seal(&self, context: &str, plaintext: &str) -> String {
        let mut nonce = [0u8; NONCE_LEN];
        rand::fill(&mut nonce);
        let payload = Payload {
            msg: plaintext.as_bytes(),
            aad: context.as_bytes(),
        };
        // Encryption into a Vec fails only for messages beyond 256 GiB.
        let ct = self
            .cipher()
            .encrypt(XNonce::from_slice(&nonce), payload)
            .unwrap_or_default();
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&ct);
        format!("{PREFIX}{}", STANDARD.encode(bytes))
    }

    /// The plaintext of a value [`SecretKey::seal`] made for `context`.
    pub fn open(&self, context: &str, stored: &str) -> Result<String, OpenError> {
        let error = || OpenError {
            context: context.to_owned(),
        };
        let bytes = stored
            .strip_prefix(PREFIX)
            .and_then(|b| STANDARD.decode(b).ok())
            .filter(|b| b.len() > NONCE_LEN)
            .ok_or_else(error)?;
        let (nonce, ct) = bytes.split_at(NONCE_LEN);
        let payload = Payload {
            msg: ct,
            aad: context.as_bytes(),
        };
        let plain = self
            .cipher()
            .decrypt(XNonce::from_slice(nonce), payload)
            .map_err(|_| error())?;
        String::from_utf8(plain).map_err(|_| error())
    }

    /// Whether `stored` is in the form this module writes (sealed or keyed), rather than
    /// a value from before the key existed.
    pub fn is_keyed(stored: &str) -> bool {
        stored.starts_with(PREFIX)
    }

    /// The keyed hash of `data` for `context`: without the key it cannot be computed, so
    /// guesses cannot be checked against a stolen database.
    pub fn keyed_hash(&self, context: &str, data: &str) -> String {
        let mut mac = self.mac();
        mac.update(context.as_bytes());
        mac.update(&[0]);
        mac.update(data.as_bytes());
        let digest = mac.finalize().into_bytes();
        let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
        format!("{PREFIX}{hex}")
    }

    fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.as_ref().into())
    }

    fn mac(&self) -> Hmac<Sha256> {
        // HMAC accepts keys of any length.
        <Hmac<Sha256> as Mac>::new_from_slice(self.0.as_ref())
            .unwrap_or_else(|_| unreachable!("HMAC takes a 32-byte key"))
    }
}

/// A new file with a random name in `dir`, created with mode 0600 (on Unix).
fn tempfile_in(dir: &Path) -> std::io::Result<(std::path::PathBuf, std::fs::File)> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let path = dir.join(format!(".secret.key.{}.tmp", crate::random_token()));
    let file = options.open(&path)?;
    Ok((path, file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_context() {
        let key = SecretKey::generate();
        let sealed = key.seal("users.totp_secret:1", "JBSWY3DPEHPK3PXP");
        assert!(SecretKey::is_keyed(&sealed));
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_ne!(sealed, key.seal("users.totp_secret:1", "JBSWY3DPEHPK3PXP"));
        assert_eq!(
            key.open("users.totp_secret:1", &sealed).unwrap(),
            "JBSWY3DPEHPK3PXP"
        );
        assert!(key.open("users.totp_secret:2", &sealed).is_err());
        assert!(
            SecretKey::generate()
                .open("users.totp_secret:1", &sealed)
                .is_err()
        );
        assert!(key.open("users.totp_secret:1", "JBSWY3DPEHPK3PXP").is_err());
        assert!(key.open("users.totp_secret:1", "v1:AAAA").is_err());
    }

    #[test]
    fn keyed_hashes_depend_on_key_and_context() {
        let key = SecretKey::generate();
        let a = key.keyed_hash("recovery_codes:1", "code");
        assert_eq!(a, key.keyed_hash("recovery_codes:1", "code"));
        assert_ne!(a, key.keyed_hash("recovery_codes:2", "code"));
        assert_ne!(
            a,
            SecretKey::generate().keyed_hash("recovery_codes:1", "code")
        );
    }

    #[test]
    fn key_files_parse_as_hex_or_base64_only() {
        let hex = "00".repeat(31) + "ff";
        assert!(SecretKey::parse(&format!("{hex}\n")).is_some());
        assert!(SecretKey::parse(&STANDARD.encode([7u8; 32])).is_some());
        assert!(SecretKey::parse(&"00".repeat(16)).is_none());
        assert!(SecretKey::parse(&STANDARD.encode([7u8; 31])).is_none());
        assert!(SecretKey::parse("").is_none());
        assert!(SecretKey::parse(&"zz".repeat(32)).is_none());
    }

    #[test]
    fn a_missing_key_file_is_created_once_and_kept() {
        let dir = std::env::temp_dir().join(format!("sparks-key-{}", crate::random_token()));
        let path = dir.join("secret.key");
        let first = SecretKey::load_or_create(&path).unwrap();
        let again = SecretKey::load_or_create(&path).unwrap();
        assert_eq!(first.0, again.0);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        assert_eq!(
            std::fs::read_dir(&dir).unwrap().count(),
            1,
            "no temporary file left"
        );
        std::fs::write(&path, "short").unwrap();
        let err = SecretKey::load_or_create(&path).unwrap_err();
        assert!(matches!(err, KeyFileError::Malformed { .. }), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
