//! TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps), the second factor of editors and
//! admins. A code is accepted one step early or late (clock drift), and never twice: the
//! caller stores the step of the last code used and passes it back.

use totp_rs::{Algorithm, Secret, TOTP};

const ISSUER: &str = "Sparks";

fn totp(secret_base32: &str, account: &str) -> Option<TOTP> {
    let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
    TOTP::new(
        Algorithm::SHA1,
        6,
        1,
        30,
        bytes,
        Some(ISSUER.to_owned()),
        account.to_owned(),
    )
    .ok()
}

/// A new random secret (160 bits), base32-encoded as authenticator apps expect.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::fill(&mut bytes);
    Secret::Raw(bytes.to_vec()).to_encoded().to_string()
}

/// The `otpauth://totp/...` URI to enrol an authenticator (as text or a QR code).
pub fn otpauth_uri(secret_base32: &str, account: &str) -> Option<String> {
    totp(secret_base32, account).map(|t| t.get_url())
}

/// The code for a moment (for tests and the CLI).
pub fn code_at(secret_base32: &str, unix_seconds: u64) -> Option<String> {
    totp(secret_base32, "x").map(|t| t.generate(unix_seconds))
}

/// Checks `code` at `unix_seconds`: the step it belongs to when it is valid and later than
/// `last_step` (a code is used once), else `None`.
pub fn verify(
    secret_base32: &str,
    code: &str,
    unix_seconds: u64,
    last_step: Option<i64>,
) -> Option<i64> {
    let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret_base32, "x")?;
    let now_step = i64::try_from(unix_seconds / 30).ok()?;
    [now_step - 1, now_step, now_step + 1]
        .into_iter()
        .filter(|step| last_step.is_none_or(|last| *step > last))
        .find(|step| {
            u64::try_from(*step).is_ok_and(|s| {
                let expected = t.generate(s * 30);
                subtle::ConstantTimeEq::ct_eq(expected.as_bytes(), code.as_bytes()).into()
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_sha1_vector() {
        // RFC 6238 appendix B: secret "12345678901234567890", T=59 → 94287082 (8 digits);
        // the 6-digit code is its last six digits.
        let secret = Secret::Raw(b"12345678901234567890".to_vec())
            .to_encoded()
            .to_string();
        assert_eq!(code_at(&secret, 59).unwrap(), "287082");
        assert_eq!(code_at(&secret, 1_111_111_109).unwrap(), "081804");
    }

    #[test]
    fn codes_verify_within_one_step_and_only_once() {
        let secret = new_secret();
        let now = 1_800_000_000;
        let code = code_at(&secret, now).unwrap();
        let step = verify(&secret, &code, now, None).unwrap();
        assert_eq!(step, (now / 30) as i64);
        assert_eq!(verify(&secret, &code, now + 30, None), Some(step));
        assert_eq!(verify(&secret, &code, now + 90, None), None, "too late");
        assert_eq!(verify(&secret, &code, now, Some(step)), None, "replayed");
        assert_eq!(verify(&secret, "12345", now, None), None);
        assert_eq!(verify(&secret, "abcdef", now, None), None);
        let uri = otpauth_uri(&secret, "ed@example.org").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Sparks:ed%40example.org?secret="),
            "{uri}"
        );
    }
}
