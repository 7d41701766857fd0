//! Password reset: the request form, the emailed link and the new password.

use axum::extract::{Query, State};
use axum::response::Response;
use sparks_auth::{hash_token, random_token};
use sparks_mail::Email;
use sparks_store::accounts;
use sparks_views::{Field, FieldKind, FormPage, Section};

use super::{TokenQuery, hash_in_background, link, new_password_field, notice};
use crate::auth::{self, ClientIp, FormData, limit};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, autocomplete, field, form_page, form_page_response, required,
};
use crate::{AppState, WebError};

/// How long a password reset link works.
pub(crate) const RESET_TTL: i64 = 60 * 60;

async fn reset_form(
    state: &AppState,
    ctx: &PageContext,
    email: &str,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![autocomplete(
        required(field(ctx, "email", FieldKind::Email, email)),
        "email",
    )];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, None).await?;
    let page = FormPage {
        layout: ctx.layout(ctx.t("reset-title"), ctx.t("reset-intro"), Section::Account),
        intro: vec![ctx.t("reset-intro")],
        ..form_page(ctx, Section::Account, "reset", "/reset", csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /reset`.
pub async fn reset_page(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    reset_form(&state, &ctx, "", &Problems::default()).await
}

/// `POST /reset`: a link by email when the account exists; the same answer either way.
pub async fn reset(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    form: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("reset-ip:{ip}"), 10, 3600).await?;
    let mut problems = Problems::default();
    let email = forms::check_email(&ctx, &mut problems, &form.get("email"));
    if !problems.is_empty() {
        return reset_form(&state, &ctx, &email, &problems).await;
    }
    limit(&state, &format!("reset:{}", hash_token(&email)), 3, 3600).await?;
    if let Some(user) = accounts::by_email(state.db(), &email).await? {
        let token = random_token();
        accounts::add_token(
            state.db(),
            user.id,
            accounts::RESET,
            &hash_token(&token),
            state.clock().unix() + RESET_TTL,
        )
        .await?;
        let link = format!("{}/reset/new?token={token}", state.link_base());
        state
            .send_mail(Email {
                to: user.email,
                subject: ctx.t("email-reset-subject"),
                body: ctx.t_args("email-reset-body", &[("link", &link)]),
                headers: Vec::new(),
            })
            .await;
    }
    Ok(notice(
        &ctx,
        "reset-sent-title",
        &[ctx.t("reset-sent")],
        Vec::new(),
    ))
}

async fn new_password_form(
    state: &AppState,
    ctx: &PageContext,
    token: &str,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![
        new_password_field(ctx, "password"),
        Field::hidden("token", token),
    ];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, None).await?;
    let page = form_page(
        ctx,
        Section::Account,
        "reset-new",
        "/reset/new",
        csrf,
        fields,
    );
    Ok(form_page_response(&page, problems))
}

/// `GET /reset/new?token=`.
pub async fn new_password_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    new_password_form(
        &state,
        &ctx,
        &q.token.unwrap_or_default(),
        &Problems::default(),
    )
    .await
}

/// `POST /reset/new`: sets the password and ends every session of the account.
pub async fn new_password(
    State(state): State<AppState>,
    ctx: PageContext,
    form: FormData,
) -> Result<Response, WebError> {
    let token = form.get("token");
    let password = form.raw("password");
    let mut problems = Problems::default();
    forms::check_password(&ctx, &mut problems, "password", &password, &[]);
    if !problems.is_empty() {
        return new_password_form(&state, &ctx, &token, &problems).await;
    }
    let Some(id) = accounts::consume_token(
        state.db(),
        accounts::RESET,
        &hash_token(&token),
        state.clock().unix(),
    )
    .await?
    else {
        return Ok(notice(
            &ctx,
            "link-invalid-title",
            &[ctx.t("link-invalid")],
            vec![link(&ctx, "reset-title", "/reset")],
        ));
    };
    let user = accounts::by_id(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    let mut problems = Problems::default();
    forms::check_password(
        &ctx,
        &mut problems,
        "password",
        &password,
        &[&user.email, &user.display_name],
    );
    if !problems.is_empty() {
        // The link is used up; a fresh one is a click away.
        return Ok(notice(
            &ctx,
            "reset-new-title",
            &[ctx.t("form-error-password-common"), ctx.t("link-invalid")],
            vec![link(&ctx, "reset-title", "/reset")],
        ));
    }
    let hash = hash_in_background(password).await?;
    accounts::set_password(state.db(), id, &hash).await?;
    // A reset also proves the address.
    accounts::mark_verified(state.db(), id, state.clock().unix()).await?;
    tracing::info!(
        security_event = "password_reset",
        user_id = id,
        account_id = id,
        "password reset"
    );
    Ok(notice(
        &ctx,
        "reset-done-title",
        &[ctx.t("reset-done")],
        vec![link(&ctx, "login-title", "/login")],
    ))
}
