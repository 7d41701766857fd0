//! Logging in, the TOTP second factor staff must pass (with enrolment on first use), and
//! logging out (here, or on every device at once).

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use sparks_auth::{hash_token, tokens, totp};
use sparks_store::accounts::{self, PendingTotp};
use sparks_store::{rate_limits, sessions};
use sparks_views::{Field, FieldKind, FormPage, Section};

use super::{
    current_password_field, link, notice, own_account_event, start_session, verify_in_background,
};
use crate::auth::{self, ClientIp, FormData, Member, Viewer, limit, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{
    Problems, autocomplete, field, form_page, form_page_response, hint, required,
};
use crate::{AppState, WebError};

#[derive(Deserialize)]
/// Where to go after logging in.
pub struct NextQuery {
    next: Option<String>,
}

/// Where a login ends when `next` is missing or leads off the site.
const AFTER_LOGIN: &str = "/account";

/// A stand-in origin to resolve `next` against: only whether the result stays on it matters.
const PLACEHOLDER_ORIGIN: &str = "http://sparks.invalid/";

/// Only paths on this site. A browser reads `Location` with the WHATWG URL parser, which drops
/// tabs and newlines anywhere, trims leading and trailing control characters and spaces, and
/// takes `\` for `/`, so `/\t/evil.example` is `//evil.example` to it. `next` is therefore
/// parsed the same way (the `url` crate implements that standard) against a placeholder
/// origin; it is kept only when it stays on that origin, and what goes back is the
/// normalised path and query, never the raw input.
fn safe_next(next: &str) -> String {
    let Ok(base) = url::Url::parse(PLACEHOLDER_ORIGIN) else {
        return AFTER_LOGIN.to_owned();
    };
    let Ok(resolved) = base.join(next) else {
        return AFTER_LOGIN.to_owned();
    };
    let path = resolved.path();
    // Dot segments can leave `//host` (`/.//evil.example`): a path there is another site.
    if resolved.origin() != base.origin() || next.trim().is_empty() || path.starts_with("//") {
        return AFTER_LOGIN.to_owned();
    }
    match resolved.query() {
        Some(query) => format!("{path}?{query}"),
        None => path.to_owned(),
    }
}

async fn login_form(
    state: &AppState,
    ctx: &PageContext,
    email: &str,
    next: &str,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![
        autocomplete(
            required(field(ctx, "email", FieldKind::Email, email)),
            "username",
        ),
        current_password_field(ctx, "password"),
        Field::hidden("next", next),
    ];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, None).await?;
    let page = FormPage {
        links: vec![
            link(ctx, "reset-title", "/reset"),
            link(ctx, "join-title", "/join"),
        ],
        ..form_page(ctx, Section::Account, "login", "/login", csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /login`.
pub async fn login_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<NextQuery>,
) -> Result<Response, WebError> {
    login_form(
        &state,
        &ctx,
        "",
        &safe_next(q.next.as_deref().unwrap_or("")),
        &Problems::default(),
    )
    .await
}

/// `POST /login`.
pub async fn login(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    viewer: Option<axum::Extension<Viewer>>,
    form: FormData,
) -> Result<Response, WebError> {
    let email = form.get("email").to_lowercase();
    let next = safe_next(&form.get("next"));
    limit(&state, &format!("login-ip:{ip}"), 30, 600).await?;
    limit(&state, &format!("login:{}", hash_token(&email)), 10, 600).await?;
    let user = accounts::by_email(state.db(), &email).await?;
    let stored = user.as_ref().map_or_else(
        || sparks_auth::password::dummy_hash().to_owned(),
        |u| u.password_hash.clone(),
    );
    let ok = verify_in_background(form.raw("password"), stored).await? && user.is_some();
    let mut problems = Problems::default();
    let user = match user {
        Some(u) if ok => u,
        _ => {
            // The account the attempt was on, when the address has one; the client is in
            // the request span. Never the password.
            tracing::warn!(
                security_event = "login_failed",
                account_id = user.as_ref().map(|u| u.id),
                "a login failed"
            );
            problems.add("email", ctx.t("login-error"));
            return login_form(&state, &ctx, &email, &next, &problems).await;
        }
    };
    if user.verified_at.is_none() {
        problems.add("email", ctx.t("login-unverified"));
        return login_form(&state, &ctx, &email, &next, &problems).await;
    }
    let old = viewer.map(|axum::Extension(v)| v);
    if user.role().is_staff() {
        tracing::info!(
            security_event = "login_password_ok",
            user_id = user.id,
            account_id = user.id,
            "password accepted, second factor awaited"
        );
        let location = format!(
            "/login/code?next={}",
            url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
        );
        return start_session(
            &state,
            old.as_ref(),
            user.id,
            sessions::SECOND_FACTOR,
            &location,
        )
        .await;
    }
    rate_limits::clear(state.db(), &format!("login:{}", hash_token(&email))).await?;
    tracing::info!(
        security_event = "login",
        user_id = user.id,
        account_id = user.id,
        "logged in"
    );
    start_session(&state, old.as_ref(), user.id, sessions::FULL, &next).await
}

async fn code_form(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    next: &str,
    enrol: Option<(String, Vec<String>)>,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![
        hint(
            ctx,
            autocomplete(
                required(field(ctx, "code", FieldKind::Text, "")),
                "one-time-code",
            ),
            "form-hint-code",
        ),
        Field::hidden("next", next),
    ];
    problems.attach(&mut fields);
    let mut intro = vec![ctx.t("code-intro")];
    let code_block = enrol.map(|(uri, codes)| {
        intro.push(ctx.t("code-enrol"));
        (
            ctx.t("code-enrol-label"),
            format!(
                "{uri}\n\n{}\n{}",
                ctx.t("code-recovery-label"),
                codes.join("\n")
            ),
        )
    });
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let page = FormPage {
        intro,
        code_block,
        ..form_page(ctx, Section::Account, "code", "/login/code", csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// Staff who never enrolled an authenticator (made editors on the web) enrol now: a secret
/// and recovery codes are made once and shown on every visit (reloads and later logins
/// alike) until the first code from the authenticator confirms them.
async fn enrolment(state: &AppState, viewer: &Viewer) -> Result<Option<PendingTotp>, WebError> {
    if viewer.user.totp_secret.is_some() {
        return Ok(None);
    }
    let fresh = PendingTotp {
        secret: totp::new_secret(),
        recovery_codes: tokens::recovery_codes(),
    };
    let pending = accounts::start_totp_enrolment(
        state.db(),
        state.secret_key(),
        viewer.user.id,
        &fresh,
        state.clock().unix(),
    )
    .await?;
    Ok(Some(pending))
}

/// The authenticator address and the recovery codes of `pending`, as the code form shows them.
fn enrolment_text(viewer: &Viewer, pending: Option<PendingTotp>) -> Option<(String, Vec<String>)> {
    pending.map(|p| {
        let uri = totp::otpauth_uri(&p.secret, &viewer.user.email).unwrap_or_default();
        (uri, p.recovery_codes)
    })
}

/// `GET /login/code`: the second step for editors and admins.
pub async fn code_page(
    State(state): State<AppState>,
    ctx: PageContext,
    viewer: Option<axum::Extension<Viewer>>,
    Query(q): Query<NextQuery>,
) -> Result<Response, WebError> {
    let Some(axum::Extension(viewer)) = viewer.filter(|v| v.stage == sessions::SECOND_FACTOR)
    else {
        return Ok(see_other("/login"));
    };
    let enrol = enrolment(&state, &viewer).await?;
    code_form(
        &state,
        &ctx,
        &viewer,
        &safe_next(q.next.as_deref().unwrap_or("")),
        enrolment_text(&viewer, enrol),
        &Problems::default(),
    )
    .await
}

/// `POST /login/code`: a TOTP code (or a recovery code) finishes the login.
pub async fn code(
    State(state): State<AppState>,
    ctx: PageContext,
    viewer: Option<axum::Extension<Viewer>>,
    form: FormData,
) -> Result<Response, WebError> {
    let Some(axum::Extension(viewer)) = viewer.filter(|v| v.stage == sessions::SECOND_FACTOR)
    else {
        return Ok(see_other("/login"));
    };
    limit(&state, &format!("code:{}", viewer.user.id), 10, 600).await?;
    let next = safe_next(&form.get("next"));
    let typed = form.get("code");
    let user = accounts::by_id(state.db(), viewer.user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    let now_s = u64::try_from(state.clock().unix()).unwrap_or_default();
    // A secret the key cannot open is an error (logged, the login fails), never "none".
    let key = state.secret_key();
    let secret = accounts::totp_secret(key, &user)?;
    let pending = match secret {
        Some(_) => None,
        None => accounts::pending_totp(state.db(), key, user.id).await?,
    };
    let accepted = match (secret.as_deref(), &pending) {
        (Some(secret), _) => match totp::verify(secret, &typed, now_s, user.totp_last_step) {
            Some(step) => accounts::claim_totp_step(state.db(), user.id, step).await?,
            None => {
                let normal = tokens::normalise_code(&typed);
                normal.len() == 14
                    && accounts::use_recovery_code(
                        state.db(),
                        key,
                        user.id,
                        &hash_token(&normal),
                        state.clock().unix(),
                    )
                    .await?
            }
        },
        // Enrolling: only a code from the new authenticator confirms it (the recovery codes
        // are not valid yet), and the code counts as used.
        (None, Some(p)) => match totp::verify(&p.secret, &typed, now_s, None) {
            Some(step) => {
                let hashes: Vec<String> = p.recovery_codes.iter().map(|c| hash_token(c)).collect();
                accounts::confirm_totp(state.db(), key, user.id, &p.secret, &hashes, step).await?
            }
            None => false,
        },
        (None, None) => false,
    };
    if !accepted {
        tracing::warn!(
            security_event = "second_factor_failed",
            user_id = user.id,
            account_id = user.id,
            "a second-factor code was refused"
        );
        let mut problems = Problems::default();
        problems.add("code", ctx.t("code-error"));
        // A pending enrolment stays on the page until a code confirms it.
        let enrol = enrolment_text(&viewer, pending);
        return code_form(&state, &ctx, &viewer, &next, enrol, &problems).await;
    }
    tracing::info!(security_event = "login", user_id = user.id, account_id = user.id, role = %user.role, "logged in with a second factor");
    start_session(&state, Some(&viewer), user.id, sessions::FULL, &next).await
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
) -> Result<Response, WebError> {
    if let Some(axum::Extension(v)) = viewer {
        sessions::delete(state.db(), &v.session_hash).await?;
        own_account_event(&v, "logout", "logged out");
    }
    Ok(auth::without_session_cookie(&state, see_other("/")))
}

/// `POST /account/logout-everywhere`: ends every session of the account, on every device and
/// this one too, so a shared or borrowed device left after a quick exit is logged out from
/// wherever the member is now.
pub async fn logout_everywhere(
    State(state): State<AppState>,
    mut ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    sessions::delete_for_user(state.db(), viewer.user.id).await?;
    own_account_event(
        &viewer,
        "logged_out_everywhere",
        "every session of an account ended",
    );
    // The page is seen logged out: no account menu with a log-out button for a dead session.
    ctx.account = None;
    let page = notice(
        &ctx,
        "logout-everywhere-done-title",
        &[ctx.t("logout-everywhere-done")],
        vec![link(&ctx, "nav-login", "/login")],
    );
    Ok(auth::without_session_cookie(&state, page))
}
