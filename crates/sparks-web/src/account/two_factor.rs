//! A second factor for members who want one (staff must have one): enrolment from the
//! account page, as staff enrol at login (the secret and recovery codes stay pending and are
//! shown again until a first code confirms them), and turning it off with the password and a
//! code. Both need the password (a borrowed session alone cannot add an attacker's
//! authenticator), and both end every other session of the account. Failed codes and
//! passwords here slow down the (account, client) pair as at login.

use axum::extract::State;
use axum::response::Response;
use sparks_store::accounts::{self, PendingTotp};
use sparks_store::sessions;
use sparks_views::{FormPage, Section};

use super::login::{
    accept_code, code_attempts, code_field, enrolment, enrolment_block, enrolment_text,
    wait_message,
};
use super::{current_password_field, link, notice, own_account_event, verify_in_background};
use crate::auth::{self, ClientIp, FormData, Member, Viewer, see_other, waiting};
use crate::present::context::PageContext;
use crate::present::forms::{Problems, form_page, form_page_response};
use crate::{AppState, WebError};

/// Where the page and its enrolment form are.
const PAGE: &str = "/account/two-factor";
/// Where the form that turns the second factor off posts.
const OFF: &str = "/account/two-factor/off";

/// The two forms of the page; both ask for the password and a code.
enum TwoFactorForm {
    /// Turning it on: the authenticator address and recovery codes of the pending
    /// enrolment, which the first code confirms.
    Enrol(Option<(String, Vec<String>)>),
    /// Turning it off, with a current or recovery code.
    Off,
}

/// The page with `form`, showing `problems`.
async fn two_factor_form(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    form: TwoFactorForm,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![current_password_field(ctx, "password"), code_field(ctx)];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let (intro, code_block, title, action) = match form {
        TwoFactorForm::Enrol(enrol) => (
            ["two-factor-intro", "code-enrol"],
            enrol.map(|e| enrolment_block(ctx, e)),
            "two-factor",
            PAGE,
        ),
        TwoFactorForm::Off => (
            ["two-factor-on", "two-factor-off-intro"],
            None,
            "two-factor-off",
            OFF,
        ),
    };
    let page = FormPage {
        intro: intro.iter().map(|k| ctx.t(k)).collect(),
        code_block,
        links: vec![link(ctx, "account-title", "/account")],
        ..form_page(ctx, Section::Account, title, action, csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// Checks the form's password, then its code (against the pending enrolment when there is
/// one), adding what is wrong to `problems`. The password comes first: a code is used up
/// once accepted, so a wrong password must not cost the code typed with it.
async fn check_password_and_code(
    state: &AppState,
    ctx: &PageContext,
    user: &accounts::User,
    pending: Option<&PendingTotp>,
    form: &FormData,
    problems: &mut Problems,
) -> Result<(), WebError> {
    if !verify_in_background(form.raw("password"), user.password_hash.clone()).await? {
        problems.add("password", ctx.t("account-password-wrong"));
    } else if !accept_code(state, user, pending, &form.get("code")).await? {
        problems.add("code", ctx.t("code-error"));
    }
    Ok(())
}

/// A short page that says where the second factor stands now.
fn done(ctx: &PageContext, paragraphs: &[&str]) -> Response {
    let paragraphs: Vec<String> = paragraphs.iter().map(|k| ctx.t(k)).collect();
    notice(
        ctx,
        "two-factor-title",
        &paragraphs,
        vec![link(ctx, "account-title", "/account")],
    )
}

/// `GET /account/two-factor`: enrolment for a member without a second factor (kept pending
/// until confirmed), the form to turn it off for a member with one, and for staff, who
/// cannot do without it, only that it is on.
pub async fn page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    if viewer.user.totp_secret.is_some() {
        if viewer.is_staff() {
            return Ok(done(&ctx, &["two-factor-on", "two-factor-staff"]));
        }
        return two_factor_form(
            &state,
            &ctx,
            &viewer,
            TwoFactorForm::Off,
            &Problems::default(),
        )
        .await;
    }
    let pending = enrolment(&state, &viewer).await?;
    let enrol = TwoFactorForm::Enrol(enrolment_text(&viewer, pending));
    two_factor_form(&state, &ctx, &viewer, enrol, &Problems::default()).await
}

/// `POST /account/two-factor`: the password and the first code from the new authenticator
/// confirm the pending enrolment; from then on login asks for a code, and every other
/// session of the account has ended.
pub async fn enrol(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    let user = accounts::by_id(state.db(), viewer.user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    if user.totp_secret.is_some() {
        return Ok(see_other(PAGE));
    }
    let Some(pending) = accounts::pending_totp(state.db(), state.secret_key(), user.id).await?
    else {
        // Nothing shown to confirm (yet, or any more): the page starts an enrolment.
        return Ok(see_other(PAGE));
    };
    let attempts = code_attempts(user.id, &ip);
    let mut problems = Problems::default();
    if let Some(seconds) = attempts.begin(&state, Some(user.id)).await? {
        problems.add("code", wait_message(&ctx, seconds));
        let enrol = enrolment_text(&viewer, Some(pending));
        let page = two_factor_form(
            &state,
            &ctx,
            &viewer,
            TwoFactorForm::Enrol(enrol),
            &problems,
        )
        .await?;
        return Ok(waiting(page, seconds));
    }
    check_password_and_code(&state, &ctx, &user, Some(&pending), &form, &mut problems).await?;
    if !problems.is_empty() {
        attempts.failed(&state).await?;
        own_account_event(
            &viewer,
            "second_factor_failed",
            "turning a second factor on was refused",
        );
        let enrol = enrolment_text(&viewer, Some(pending));
        return two_factor_form(
            &state,
            &ctx,
            &viewer,
            TwoFactorForm::Enrol(enrol),
            &problems,
        )
        .await;
    }
    attempts.succeeded(&state).await?;
    sessions::delete_others(state.db(), user.id, &viewer.session_hash).await?;
    own_account_event(&viewer, "second_factor_enrolled", "second factor turned on");
    Ok(done(&ctx, &["two-factor-enrolled"]))
}

/// `POST /account/two-factor/off`: with the password and a current code (or a recovery
/// code), a member's second factor goes, and every other session of the account ends.
/// Staff keep theirs (403).
pub async fn turn_off(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    if viewer.is_staff() {
        return Err(WebError::Forbidden);
    }
    let user = accounts::by_id(state.db(), viewer.user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    if user.totp_secret.is_none() {
        return Ok(see_other(PAGE));
    }
    let attempts = code_attempts(user.id, &ip);
    let mut problems = Problems::default();
    if let Some(seconds) = attempts.begin(&state, Some(user.id)).await? {
        problems.add("code", wait_message(&ctx, seconds));
        let page = two_factor_form(&state, &ctx, &viewer, TwoFactorForm::Off, &problems).await?;
        return Ok(waiting(page, seconds));
    }
    check_password_and_code(&state, &ctx, &user, None, &form, &mut problems).await?;
    if !problems.is_empty() {
        attempts.failed(&state).await?;
        own_account_event(
            &viewer,
            "second_factor_failed",
            "turning the second factor off was refused",
        );
        return two_factor_form(&state, &ctx, &viewer, TwoFactorForm::Off, &problems).await;
    }
    attempts.succeeded(&state).await?;
    sparks_store::second_factor::disable(state.db(), user.id).await?;
    sessions::delete_others(state.db(), user.id, &viewer.session_hash).await?;
    own_account_event(
        &viewer,
        "second_factor_disabled",
        "second factor turned off",
    );
    Ok(done(&ctx, &["two-factor-disabled"]))
}
