//! `sparks users add`: accounts made by the operator (the first admin, editors).

use std::io::{BufRead, Write};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use sparks_auth::{hash_token, tokens, totp};
use sparks_store::accounts::{self, NewUser, Role};

use crate::cli::Storage;

/// Reads the password from `SPARKS_PASSWORD`, else from the terminal (one line).
fn password() -> Result<String> {
    if let Ok(p) = std::env::var("SPARKS_PASSWORD") {
        return Ok(p);
    }
    eprint!("Password: ");
    std::io::stderr().flush().ok();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("cannot read the password")?;
    Ok(line.trim_end_matches(['\r', '\n']).to_owned())
}

/// Creates a confirmed account; for staff, enrols TOTP and prints how to set it up.
pub async fn add(
    storage: &Storage,
    email: &str,
    role: &str,
    name: Option<&str>,
) -> Result<ExitCode> {
    let Some(role) = Role::parse(role) else {
        bail!("--role must be member, editor or admin, not {role:?}");
    };
    let email = email.trim().to_lowercase();
    if !email.contains('@') || email.contains(char::is_whitespace) {
        bail!("--email {email:?} is not an email address");
    }
    let display_name = name
        .map(str::to_owned)
        .unwrap_or_else(|| email.split('@').next().unwrap_or("member").to_owned());
    let password = password()?;
    if let Err(problem) = sparks_auth::check_policy(&password, &[&email, &display_name]) {
        bail!("the password {problem}");
    }
    let hash = sparks_auth::hash_password(&password).map_err(|e| anyhow::anyhow!(e))?;
    let db = crate::commands::open(storage).await?;
    let key = crate::keys::load(storage)?;
    crate::keys::upgrade(&db, &key).await?;
    let now = storage.clock.unix();
    let Some(id) = accounts::create(
        &db,
        &NewUser {
            email: email.clone(),
            display_name,
            password_hash: hash,
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role,
            verified: true,
        },
        now,
    )
    .await?
    else {
        bail!("an account with the email {email} exists already");
    };
    let mut out = std::io::stdout().lock();
    writeln!(out, "Created {} account {email} (id {id}).", role.slug())?;
    if role.is_staff() {
        let secret = totp::new_secret();
        let codes = tokens::recovery_codes();
        let hashes: Vec<String> = codes.iter().map(|c| hash_token(c)).collect();
        accounts::enrol_totp(&db, &key, id, &secret, &hashes).await?;
        let uri = totp::otpauth_uri(&secret, &email).unwrap_or_default();
        writeln!(
            out,
            "Second factor: add this to an authenticator app (it asks for the code after the password):"
        )?;
        writeln!(out, "{uri}")?;
        writeln!(out, "Recovery codes (each works once; keep them safe):")?;
        for c in codes {
            writeln!(out, "  {c}")?;
        }
    }
    db.close().await;
    Ok(ExitCode::SUCCESS)
}
