//! Logging in, the TOTP second factor staff must pass (with enrolment on first use) and
//! members pass when they enrolled one, and logging out (here, or on every device at once).
//! Failed passwords and codes slow down the (account, client) pair that made them, never
//! the account (see [`Attempts`]).

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use sparks_auth::{hash_token, tokens, totp};
use sparks_store::accounts::{self, PendingTotp};
use sparks_store::sessions;
use sparks_views::{Field, FieldKind, FormPage, Section};

use super::{
    current_password_field, link, notice, own_account_event, start_session, verify_in_background,
};
use crate::auth::{self, Attempts, ClientIp, FormData, Member, Viewer, limit, see_other, waiting};
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
    // A generous cap per client (spraying many accounts); the account itself is never
    // locked: failures slow down only the (account, client) pair that made them.
    limit(&state, &format!("login-ip:{ip}"), 30, 600).await?;
    let user = accounts::by_email(state.db(), &email).await?;
    let attempts = Attempts::new("login", "login_delayed", &hash_token(&email), &ip);
    let mut problems = Problems::default();
    if let Some(seconds) = attempts.begin(&state, user.as_ref().map(|u| u.id)).await? {
        problems.add("email", wait_message(&ctx, seconds));
        let page = login_form(&state, &ctx, &email, &next, &problems).await?;
        return Ok(waiting(page, seconds));
    }
    let stored = user.as_ref().map_or_else(
        || sparks_auth::password::dummy_hash().to_owned(),
        |u| u.password_hash.clone(),
    );
    let ok = verify_in_background(form.raw("password"), stored).await? && user.is_some();
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
            attempts.failed(&state).await?;
            problems.add("email", ctx.t("login-error"));
            return login_form(&state, &ctx, &email, &next, &problems).await;
        }
    };
    attempts.succeeded(&state).await?;
    if user.verified_at.is_none() {
        problems.add("email", ctx.t("login-unverified"));
        return login_form(&state, &ctx, &email, &next, &problems).await;
    }
    let old = viewer.map(|axum::Extension(v)| v);
    // Staff must pass a second factor (enrolling on first use); members who enrolled one
    // on their account page pass theirs.
    if user.role().is_staff() || user.totp_secret.is_some() {
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
    let mut fields = vec![code_field(ctx), Field::hidden("next", next)];
    problems.attach(&mut fields);
    let mut intro = vec![ctx.t(if viewer.is_staff() {
        "code-intro"
    } else {
        "code-intro-member"
    })];
    let code_block = enrol.map(|e| {
        intro.push(ctx.t("code-enrol"));
        enrolment_block(ctx, e)
    });
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let page = FormPage {
        intro,
        code_block,
        ..form_page(ctx, Section::Account, "code", "/login/code", csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// The field a TOTP or recovery code is typed in.
pub(crate) fn code_field(ctx: &PageContext) -> Field {
    hint(
        ctx,
        autocomplete(
            required(field(ctx, "code", FieldKind::Text, "")),
            "one-time-code",
        ),
        "form-hint-code",
    )
}

/// The authenticator address and recovery codes of an enrolment (see [`enrolment_text`]),
/// as the label and text of a form's code block.
pub(crate) fn enrolment_block(
    ctx: &PageContext,
    (uri, codes): (String, Vec<String>),
) -> (String, String) {
    (
        ctx.t("code-enrol-label"),
        format!(
            "{uri}\n\n{}\n{}",
            ctx.t("code-recovery-label"),
            codes.join("\n")
        ),
    )
}

/// Staff who never enrolled an authenticator (made editors on the web) enrol now, and members
/// who ask for one on their account page: a secret and recovery codes are made once and
/// shown on every visit (reloads and later logins alike) until the first code from the
/// authenticator confirms them.
pub(crate) async fn enrolment(
    state: &AppState,
    viewer: &Viewer,
) -> Result<Option<PendingTotp>, WebError> {
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
pub(crate) fn enrolment_text(
    viewer: &Viewer,
    pending: Option<PendingTotp>,
) -> Option<(String, Vec<String>)> {
    pending.map(|p| {
        let uri = totp::otpauth_uri(&p.secret, &viewer.user.email).unwrap_or_default();
        (uri, p.recovery_codes)
    })
}

/// `GET /login/code`: the second step for editors and admins, and members with a second
/// factor.
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
    ClientIp(ip): ClientIp,
    viewer: Option<axum::Extension<Viewer>>,
    form: FormData,
) -> Result<Response, WebError> {
    let Some(axum::Extension(viewer)) = viewer.filter(|v| v.stage == sessions::SECOND_FACTOR)
    else {
        return Ok(see_other("/login"));
    };
    let next = safe_next(&form.get("next"));
    let attempts = code_attempts(viewer.user.id, &ip);
    if let Some(seconds) = attempts.begin(&state, Some(viewer.user.id)).await? {
        let pending = match viewer.user.totp_secret {
            Some(_) => None,
            None => accounts::pending_totp(state.db(), state.secret_key(), viewer.user.id).await?,
        };
        let mut problems = Problems::default();
        problems.add("code", wait_message(&ctx, seconds));
        let enrol = enrolment_text(&viewer, pending);
        let page = code_form(&state, &ctx, &viewer, &next, enrol, &problems).await?;
        return Ok(waiting(page, seconds));
    }
    let typed = form.get("code");
    let user = accounts::by_id(state.db(), viewer.user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    // A secret the key cannot open is an error (logged, the login fails), never "none".
    let key = state.secret_key();
    let pending = match accounts::totp_secret(key, &user)? {
        Some(_) => None,
        None => accounts::pending_totp(state.db(), key, user.id).await?,
    };
    let accepted = accept_code(&state, &user, pending.as_ref(), &typed).await?;
    if !accepted {
        attempts.failed(&state).await?;
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
    attempts.succeeded(&state).await?;
    tracing::info!(security_event = "login", user_id = user.id, account_id = user.id, role = %user.role, "logged in with a second factor");
    start_session(&state, Some(&viewer), user.id, sessions::FULL, &next).await
}

/// Whether `typed` passes `user`'s second factor: a TOTP code of the account's secret (a code
/// works once) or an unused recovery code (used up now); or, while enrolling (`pending`), a
/// code from the new authenticator, which confirms the enrolment.
pub(crate) async fn accept_code(
    state: &AppState,
    user: &accounts::User,
    pending: Option<&PendingTotp>,
    typed: &str,
) -> Result<bool, WebError> {
    let now_s = u64::try_from(state.clock().unix()).unwrap_or_default();
    // A secret the key cannot open is an error (logged, the login fails), never "none".
    let key = state.secret_key();
    let secret = accounts::totp_secret(key, user)?;
    Ok(match (secret.as_deref(), pending) {
        (Some(secret), _) => match totp::verify(secret, typed, now_s, user.totp_last_step) {
            Some(step) => accounts::claim_totp_step(state.db(), user.id, step).await?,
            None => {
                let normal = tokens::normalise_code(typed);
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
        (None, Some(p)) => match totp::verify(&p.secret, typed, now_s, None) {
            Some(step) => {
                let hashes: Vec<String> = p.recovery_codes.iter().map(|c| hash_token(c)).collect();
                accounts::confirm_totp(state.db(), key, user.id, &p.secret, &hashes, step).await?
            }
            None => false,
        },
        (None, None) => false,
    })
}

/// The attempts of `client` at the second factor (a TOTP or recovery code) of account `id`,
/// at login and wherever else a code is asked.
pub(crate) fn code_attempts(id: i64, client: &str) -> Attempts {
    Attempts::new("code", "second_factor_delayed", &id.to_string(), client)
}

/// What a form says when its client must wait `seconds` before the next attempt.
pub(crate) fn wait_message(ctx: &PageContext, seconds: i64) -> String {
    ctx.tn("attempts-wait", u64::try_from(seconds).unwrap_or(1))
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
