//! Accounts: joining, logging in (with the TOTP step for staff, and members who enrolled one),
//! logging out, password reset, the account page, the second factor, data export and
//! erasure, and public member profiles. The helpers here are shared by the pages in the
//! files below.

pub(crate) mod data;
pub(crate) mod join;
pub(crate) mod login;
pub(crate) mod profile;
pub(crate) mod reset;
pub(crate) mod two_factor;

use axum::http::header;
use axum::response::Response;
use serde::Deserialize;
use sparks_auth::{hash_token, random_token};
use sparks_store::sessions;
use sparks_views::{Field, FieldKind, Link, Section};

use crate::auth::{self, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{self, autocomplete, field, hint, required};
use crate::{AppState, WebError};

fn notice(ctx: &PageContext, heading: &str, paragraphs: &[String], links: Vec<Link>) -> Response {
    forms::notice(ctx, Section::Account, heading, paragraphs.to_vec(), links)
}

fn link(ctx: &PageContext, key: &str, href: &str) -> Link {
    Link {
        label: ctx.t(key),
        href: ctx.link(href),
    }
}

async fn hash_in_background(password: String) -> Result<String, WebError> {
    tokio::task::spawn_blocking(move || sparks_auth::hash_password(&password))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
        .map_err(WebError::Internal)
}

async fn verify_in_background(password: String, hash: String) -> Result<bool, WebError> {
    tokio::task::spawn_blocking(move || sparks_auth::verify_password(&password, &hash))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))
}

/// The field of the password the member has now (`name`), for a password manager to fill.
fn current_password_field(ctx: &PageContext, name: &str) -> Field {
    autocomplete(
        required(field(ctx, name, FieldKind::Password, "")),
        "current-password",
    )
}

/// The field of a new password (`name`): the policy as its hint, and the token that lets a
/// password manager offer a strong one.
fn new_password_field(ctx: &PageContext, name: &str) -> Field {
    hint(
        ctx,
        autocomplete(
            required(field(ctx, name, FieldKind::Password, "")),
            "new-password",
        ),
        "form-hint-password",
    )
}

/// Checks the name shown on a member's posts and profile: asked by the join form and the
/// account page alike.
fn check_display_name(
    ctx: &PageContext,
    problems: &mut forms::Problems,
    form: &auth::FormData,
) -> String {
    forms::check_text(
        ctx,
        problems,
        "display_name",
        &form.get("display_name"),
        true,
        80,
    )
}

/// What members say about their work: asked by the join form and the account page alike,
/// and checked the same way in both.
struct About {
    organisation: String,
    country: Option<String>,
    expertise: String,
}

/// Checks the "about your work" fields of `form`, adding any problem to `problems`.
fn check_about(ctx: &PageContext, problems: &mut forms::Problems, form: &auth::FormData) -> About {
    About {
        organisation: forms::check_text(
            ctx,
            problems,
            "organisation",
            &form.get("organisation"),
            false,
            200,
        ),
        country: forms::check_country(ctx, problems, &form.get("country")),
        expertise: forms::check_text(
            ctx,
            problems,
            "expertise",
            &form.get("expertise"),
            false,
            2000,
        ),
    }
}

/// Logs the security event `event` that members cause on their own account (they are both
/// the actor and the account concerned).
fn own_account_event(viewer: &Viewer, event: &'static str, message: &str) {
    tracing::info!(
        security_event = event,
        user_id = viewer.user.id,
        account_id = viewer.user.id,
        "{message}"
    );
}

#[derive(Deserialize)]
/// The token of a one-time link.
pub struct TokenQuery {
    token: Option<String>,
}

/// Starts a session at `stage` and sets its cookie on a 303 to `location`; any session the
/// request came with ends (a new id at every login).
async fn start_session(
    state: &AppState,
    old: Option<&Viewer>,
    user_id: i64,
    stage: &str,
    location: &str,
) -> Result<Response, WebError> {
    if let Some(v) = old {
        sessions::delete(state.db(), &v.session_hash).await?;
    }
    let token = random_token();
    sessions::create(
        state.db(),
        &hash_token(&token),
        user_id,
        stage,
        state.clock().unix(),
    )
    .await?;
    let mut response = see_other(location);
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::session_cookie_header(&token, state.secure_cookies()),
    );
    Ok(response)
}
