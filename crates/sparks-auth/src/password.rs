//! Passwords: the policy (NIST SP 800-63B / OWASP ASVS: a length floor, long passphrases
//! welcome, no composition rules, common passwords refused) and argon2id hashing with the
//! OWASP parameters (19 MiB, 2 passes, 1 lane).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use std::collections::HashSet;
use std::sync::OnceLock;

/// Shortest password accepted.
pub const MIN_LENGTH: usize = 8;
/// Longest password accepted (in characters): long enough for any passphrase, short enough
/// that hashing stays cheap.
pub const MAX_LENGTH: usize = 256;

const COMMON: &str = include_str!("../data/common-passwords.txt");

/// Why a password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordProblem {
    /// Fewer than [`MIN_LENGTH`] characters.
    #[error("is shorter than 8 characters")]
    TooShort,
    /// More than [`MAX_LENGTH`] characters.
    #[error("is longer than 256 characters")]
    TooLong,
    /// On the list of common passwords, or the account's own email or name (see
    /// [`check_policy`]).
    #[error("is too common or too easy to guess")]
    Common,
    /// Nothing but spaces (or other whitespace).
    #[error("is only spaces")]
    Blank,
    /// The site's own name, the first guess against any account on it (see [`check_policy`]).
    #[error("is the site's name")]
    SiteName,
}

/// The site's names, as [`core`] leaves them: Sparks, and Sparks in the Dark, the site it
/// continues (and that site's address).
const SITE_NAMES: [&str; 3] = ["sparks", "sparksinthedark", "sparksinthedarknet"];

/// What is left of `text` to guess once what people add around a word is taken away: lower
/// case, only letters and digits, and no digits at either end. `Sparks2024!`, `sparks` and
/// `Sparks in the Dark` become `sparks` and `sparksinthedark`.
fn core(text: &str) -> String {
    let kept: String = text
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect();
    kept.trim_matches(char::is_numeric).to_owned()
}

/// The words of the account that a password must not be: each value whole (email, display
/// name), the email's local part, and each word of those (split at anything not a letter or
/// digit), all as [`core`] leaves them.
fn personal_words(personal: &[&str]) -> HashSet<String> {
    let mut words = HashSet::new();
    for value in personal {
        let local = value.split('@').next().unwrap_or_default();
        words.insert(core(value));
        words.insert(core(local));
        words.extend(local.split(|c: char| !c.is_alphanumeric()).map(core));
    }
    words.remove("");
    words
}

fn common() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| {
        COMMON
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    })
}

/// Checks a new password against the policy. `personal` are the values of the account or
/// the form (email, display name) that must not be the password.
///
/// Refused, in this order: whitespace only ([`PasswordProblem::Blank`]); fewer than
/// [`MIN_LENGTH`] or more than [`MAX_LENGTH`] characters; the site's name
/// ([`PasswordProblem::SiteName`]); a common password, or one of the account's own words
/// ([`PasswordProblem::Common`]). The last two compare the password as [`core`] leaves it
/// (case, spaces, punctuation and digits around it do not count), so `Sparks2024!`,
/// `sparks in the dark` and, for ana.kowalska@example.org, `Kowalska1!` are refused, while a
/// passphrase that merely contains such a word (`sparks light the dark`) is not.
pub fn check_policy(password: &str, personal: &[&str]) -> Result<(), PasswordProblem> {
    if password.trim().is_empty() {
        return Err(PasswordProblem::Blank);
    }
    let length = password.chars().count();
    if length < MIN_LENGTH {
        return Err(PasswordProblem::TooShort);
    }
    if length > MAX_LENGTH {
        return Err(PasswordProblem::TooLong);
    }
    let guess = core(password);
    if SITE_NAMES.contains(&guess.as_str()) {
        return Err(PasswordProblem::SiteName);
    }
    let lower = password.to_lowercase();
    if common().contains(lower.as_str()) || personal_words(personal).contains(&guess) {
        return Err(PasswordProblem::Common);
    }
    Ok(())
}

fn argon2() -> Argon2<'static> {
    // OWASP Password Storage Cheat Sheet: argon2id, m=19 MiB, t=2, p=1.
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`).
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    rand::fill(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

/// Whether `password` matches the stored PHC string. A malformed hash never matches.
pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|parsed| {
        argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok()
    })
}

/// A hash of a random password, to verify against when the account does not exist, so a
/// login takes as long for an unknown email as for a known one.
pub fn dummy_hash() -> &'static str {
    static HASH: OnceLock<String> = OnceLock::new();
    HASH.get_or_init(|| hash_password(&crate::tokens::random_token()).unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_rules_without_composition_rules() {
        assert_eq!(check_policy("short1!", &[]), Err(PasswordProblem::TooShort));
        assert_eq!(check_policy("lower case words only", &[]), Ok(()));
        let sixty_four = "a sixty-four character passphrase is accepted without any fuss!!";
        assert_eq!(sixty_four.chars().count(), 64);
        assert_eq!(check_policy(sixty_four, &[]), Ok(()));
        assert_eq!(
            check_policy(&"x".repeat(257), &[]),
            Err(PasswordProblem::TooLong)
        );
        // Characters, not bytes: eight letters with diacritics are enough.
        assert_eq!(check_policy("żółwiąść", &[]), Ok(()));
    }

    #[test]
    fn common_and_personal_passwords_are_refused() {
        for p in ["password", "12345678", "Password", "iloveyou", "qwertyuiop"] {
            assert_eq!(check_policy(p, &[]), Err(PasswordProblem::Common), "{p}");
        }
        assert_eq!(
            check_policy("ana.kowalska", &["ana.kowalska@example.org"]),
            Err(PasswordProblem::Common)
        );
        assert_eq!(
            check_policy("Ana Kowalska", &["x@y.z", "ana kowalska"]),
            Err(PasswordProblem::Common)
        );
    }

    #[test]
    fn the_sites_name_field_words_and_blank_passwords_are_refused() {
        for p in [
            "sparks",
            "Sparks2024!",
            "SPARKS!!!!",
            "1sparks23",
            "Sparks in the Dark",
            "SparksInTheDark.",
            "sparksinthedark.net",
            "SparksInTheDark2026",
        ] {
            let got = check_policy(p, &[]);
            let want = if p.chars().count() < MIN_LENGTH {
                PasswordProblem::TooShort
            } else {
                PasswordProblem::SiteName
            };
            assert_eq!(got, Err(want), "{p}");
        }
        let ana = ["ana.kowalska@example.org", "Ana Kowalska"];
        for p in [
            "Kowalska1!",
            "kowalska2026",
            "ana.kowalska!",
            "AnaKowalska",
            "ana kowalska 1",
            "ana.kowalska@example.org",
        ] {
            assert_eq!(check_policy(p, &ana), Err(PasswordProblem::Common), "{p}");
        }
        for p in [
            "        ",
            " \t\n       ",
            "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}",
        ] {
            assert_eq!(check_policy(p, &ana), Err(PasswordProblem::Blank), "{p:?}");
        }
        // Containing a name is not being it.
        for p in [
            "sparks light the dark",
            "kowalska keeps bees",
            "sparks and ana",
        ] {
            assert_eq!(check_policy(p, &ana), Ok(()), "{p}");
        }
    }

    #[test]
    fn hashes_are_argon2id_salted_and_verify() {
        let a = hash_password("correct horse battery").unwrap();
        let b = hash_password("correct horse battery").unwrap();
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{a}");
        assert_ne!(a, b, "salted");
        assert!(verify_password("correct horse battery", &a));
        assert!(!verify_password("correct horse battery!", &a));
        assert!(!verify_password("anything", "not a hash"));
    }
}
