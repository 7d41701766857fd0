//! Credentials for Sparks, free of any web or database code: password policy and hashing
//! (argon2id), TOTP second factor (RFC 6238) and recovery codes, random tokens for sessions
//! and one-time links (stored only as hashes), and CSRF tokens bound to a session.

pub mod csrf;
pub mod password;
pub mod tokens;
pub mod totp;

pub use csrf::CsrfKey;
pub use password::{PasswordProblem, check_policy, hash_password, verify_password};
pub use tokens::{hash_token, random_token};
