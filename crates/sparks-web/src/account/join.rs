//! Joining: the form, the confirmation email and `/verify`, which activates the account.

use axum::extract::{Query, State};
use axum::response::Response;
use sparks_auth::{hash_token, random_token};
use sparks_mail::Email;
use sparks_store::accounts::{self, NewUser, Role};
use sparks_views::{Field, FieldKind, FormPage, Section};

use super::{
    About, TokenQuery, check_about, check_display_name, hash_in_background, link,
    new_password_field, notice,
};
use crate::auth::{self, ClientIp, FormData, limit, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, autocomplete, field, form_page, form_page_response, hint, required,
};
use crate::{AppState, WebError};

/// How long an email confirmation link works.
pub(crate) const VERIFY_TTL: i64 = 48 * 60 * 60;

async fn join_form(
    state: &AppState,
    ctx: &PageContext,
    form: &FormData,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![
        autocomplete(
            required(field(ctx, "email", FieldKind::Email, &form.get("email"))),
            "email",
        ),
        hint(
            ctx,
            autocomplete(
                required(field(
                    ctx,
                    "display_name",
                    FieldKind::Text,
                    &form.get("display_name"),
                )),
                "nickname",
            ),
            "form-hint-display-name",
        ),
        new_password_field(ctx, "password"),
        autocomplete(
            field(
                ctx,
                "organisation",
                FieldKind::Text,
                &form.get("organisation"),
            ),
            "organization",
        ),
        hint(
            ctx,
            field(ctx, "country", FieldKind::Text, &form.get("country")),
            "form-hint-country",
        ),
        hint(
            ctx,
            field(
                ctx,
                "expertise",
                FieldKind::TextArea,
                &form.get("expertise"),
            ),
            "form-hint-expertise",
        ),
    ];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, None).await?;
    let page = FormPage {
        layout: ctx.layout(ctx.t("join-title"), ctx.t("join-intro"), Section::Account),
        intro: vec![ctx.t("join-intro"), ctx.t("join-privacy")],
        links: vec![link(ctx, "login-title", "/login")],
        ..form_page(ctx, Section::Account, "join", "/join", csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /join`.
pub async fn join_page(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    join_form(&state, &ctx, &FormData::default(), &Problems::default()).await
}

/// `POST /join`: an unverified account and a confirmation email. When the address already
/// has an account, its owner is told by email instead, and the page says the same as for a
/// new one, so the form does not reveal who has an account.
pub async fn join(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    form: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("join:{ip}"), 10, 3600).await?;
    let mut problems = Problems::default();
    let email = forms::check_email(&ctx, &mut problems, &form.get("email"));
    let display_name = check_display_name(&ctx, &mut problems, &form);
    let password = form.raw("password");
    forms::check_password(
        &ctx,
        &mut problems,
        "password",
        &password,
        &[&email, &display_name],
    );
    let About {
        organisation,
        country,
        expertise,
    } = check_about(&ctx, &mut problems, &form);
    if !problems.is_empty() {
        return join_form(&state, &ctx, &form, &problems).await;
    }
    // Per address too, so the form cannot be used to flood someone's inbox.
    limit(
        &state,
        &format!("join-email:{}", hash_token(&email)),
        3,
        3600,
    )
    .await?;
    let password_hash = hash_in_background(password).await?;
    let created = accounts::create(
        state.db(),
        &NewUser {
            email: email.clone(),
            display_name,
            password_hash,
            organisation,
            country,
            expertise,
            role: Role::Member,
            verified: false,
        },
        state.clock().unix(),
    )
    .await?;
    match created {
        Some(id) => {
            let token = random_token();
            accounts::add_token(
                state.db(),
                id,
                "verify",
                &hash_token(&token),
                state.clock().unix() + VERIFY_TTL,
            )
            .await?;
            let link = format!("{}/verify?token={token}", state.link_base());
            state
                .send_mail(Email {
                    to: email,
                    subject: ctx.t("email-verify-subject"),
                    body: ctx.t_args("email-verify-body", &[("link", &link)]),
                    headers: Vec::new(),
                })
                .await;
        }
        None => {
            state
                .send_mail(Email {
                    to: email,
                    subject: ctx.t("email-exists-subject"),
                    body: ctx.t_args(
                        "email-exists-body",
                        &[("link", &format!("{}/reset", state.link_base()))],
                    ),
                    headers: Vec::new(),
                })
                .await;
        }
    }
    Ok(see_other("/join/sent"))
}

/// `GET /join/sent`.
pub async fn join_sent(ctx: PageContext) -> Response {
    notice(&ctx, "join-sent-title", &[ctx.t("join-sent")], Vec::new())
}

/// `GET /verify?token=`: a button that confirms (a link scanner that opens the link does
/// not use it up).
pub async fn verify_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let fields = vec![Field::hidden("token", &q.token.unwrap_or_default())];
    let page = FormPage {
        intro: vec![ctx.t("verify-intro")],
        ..form_page(
            &ctx,
            Section::Account,
            "verify",
            "/verify",
            auth::csrf_token(&state, None).await?,
            fields,
        )
    };
    Ok(form_page_response(&page, &Problems::default()))
}

/// `POST /verify`.
pub async fn verify(
    State(state): State<AppState>,
    ctx: PageContext,
    form: FormData,
) -> Result<Response, WebError> {
    let hash = hash_token(&form.get("token"));
    match accounts::consume_token(state.db(), "verify", &hash, state.clock().unix()).await? {
        Some(id) => {
            accounts::mark_verified(state.db(), id, state.clock().unix()).await?;
            Ok(notice(
                &ctx,
                "verify-done-title",
                &[ctx.t("verify-done")],
                vec![link(&ctx, "login-title", "/login")],
            ))
        }
        None => Ok(notice(
            &ctx,
            "link-invalid-title",
            &[ctx.t("link-invalid")],
            vec![link(&ctx, "join-title", "/join")],
        )),
    }
}
