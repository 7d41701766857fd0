//! Credentials for Sparks, free of any web or database code: password policy and hashing
//! (argon2id), TOTP second factor (RFC 6238) and recovery codes, random tokens for sessions
//! and one-time links (stored only as hashes), CSRF tokens bound to a session, and the site's
//! secret key that seals second-factor secrets at rest.

pub mod csrf;
pub mod password;
pub mod secret_key;
pub mod tokens;
pub mod totp;

pub use csrf::CsrfKey;
pub use password::{PasswordProblem, check_policy, hash_password, verify_password};
pub use secret_key::{KeyFileError, OpenError, SecretKey};
pub use tokens::{hash_token, random_token};
