//! The newsletter: `/newsletter` with double opt-in and one-click unsubscribe (RFC 8058). The
//! digest it sends is in `jobs/newsletter.rs`.

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use sparks_auth::{hash_token, random_token};
use sparks_mail::Email;
use sparks_store::{Db, newsletter};
use sparks_views::{Field, FieldKind, FormPage, Section};

use crate::auth::limit;
use crate::auth::{self, ClientIp, FormData};
use crate::jobs::newsletter::unsubscribe_token;
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, autocomplete, field, form_page, form_page_response, required,
};
use crate::{AppState, WebError};

/// How long a confirmation link works.
const CONFIRM_TTL: i64 = 48 * 60 * 60;

async fn unsubscribe_valid(db: &Db, id: i64, token: &str) -> Result<bool, WebError> {
    let expected = unsubscribe_token(db, id).await?;
    Ok(subtle_eq(expected.as_bytes(), token.as_bytes()))
}

/// Whether two secrets are equal, in a time that does not tell where they differ.
pub(crate) fn subtle_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn notice(ctx: &PageContext, heading: &str, text: &str) -> Response {
    forms::notice(ctx, Section::Other, heading, vec![ctx.t(text)], Vec::new())
}

fn form(ctx: &PageContext, csrf: String, email: &str, problems: &Problems) -> Response {
    let mut fields = vec![autocomplete(
        required(field(ctx, "email", FieldKind::Email, email)),
        "email",
    )];
    problems.attach(&mut fields);
    let page = FormPage {
        layout: ctx.layout(
            ctx.t("newsletter-title"),
            ctx.t("newsletter-intro"),
            Section::Other,
        ),
        intro: vec![ctx.t("newsletter-intro"), ctx.t("newsletter-privacy")],
        ..form_page(
            ctx,
            Section::Other,
            "newsletter",
            "/newsletter",
            csrf,
            fields,
        )
    };
    form_page_response(&page, problems)
}

/// `GET /newsletter`.
pub async fn page(State(state): State<AppState>, ctx: PageContext) -> Result<Response, WebError> {
    Ok(form(
        &ctx,
        auth::csrf_token(&state, None).await?,
        "",
        &Problems::default(),
    ))
}

/// `POST /newsletter`: `email` → a confirmation email; nothing else is sent before the link
/// is used. The answer is the same whether or not the address was subscribed.
pub async fn subscribe(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    form_data: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("newsletter:{ip}"), 10, 3600).await?;
    let mut problems = Problems::default();
    let email = forms::check_email(&ctx, &mut problems, &form_data.get("email"));
    if !problems.is_empty() {
        return Ok(form(
            &ctx,
            auth::csrf_token(&state, None).await?,
            &email,
            &problems,
        ));
    }
    limit(
        &state,
        &format!("newsletter:{}", hash_token(&email)),
        3,
        3600,
    )
    .await?;
    let token = random_token();
    if newsletter::sign_up(
        state.db(),
        &email,
        &hash_token(&token),
        state.clock().unix() + CONFIRM_TTL,
        state.clock().unix(),
    )
    .await?
    .is_some()
    {
        let link = format!("{}/newsletter/confirm?token={token}", state.link_base());
        state
            .send_mail(Email {
                to: email,
                subject: ctx.t("email-newsletter-confirm-subject"),
                body: ctx.t_args("email-newsletter-confirm-body", &[("link", &link)]),
                headers: Vec::new(),
            })
            .await;
    }
    Ok(notice(&ctx, "newsletter-sent-title", "newsletter-sent"))
}

#[derive(Deserialize)]
/// `?token=`.
pub struct TokenQuery {
    token: Option<String>,
}

/// `GET /newsletter/confirm?token=`: a button (a link scanner does not subscribe anyone).
pub async fn confirm_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let page = form_page(
        &ctx,
        Section::Other,
        "newsletter-confirm",
        "/newsletter/confirm",
        auth::csrf_token(&state, None).await?,
        vec![Field::hidden("token", &q.token.unwrap_or_default())],
    );
    Ok(form_page_response(&page, &Problems::default()))
}

/// `POST /newsletter/confirm`.
pub async fn confirm(
    State(state): State<AppState>,
    ctx: PageContext,
    form_data: FormData,
) -> Result<Response, WebError> {
    if newsletter::confirm(
        state.db(),
        &hash_token(&form_data.get("token")),
        state.clock().unix(),
    )
    .await?
    {
        Ok(notice(
            &ctx,
            "newsletter-confirmed-title",
            "newsletter-confirmed",
        ))
    } else {
        Ok(notice(&ctx, "link-invalid-title", "link-invalid"))
    }
}

#[derive(Deserialize)]
/// `?id=&token=` of an unsubscribe link.
pub struct UnsubscribeQuery {
    id: Option<String>,
    token: Option<String>,
}

/// `GET /newsletter/unsubscribe?id=&token=`: a button.
pub async fn unsubscribe_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<UnsubscribeQuery>,
) -> Result<Response, WebError> {
    let page = FormPage {
        // The unsubscribe link's own query, as it came (form_page would add the language).
        action: format!(
            "/newsletter/unsubscribe?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("id", q.id.as_deref().unwrap_or(""))
                .append_pair("token", q.token.as_deref().unwrap_or(""))
                .finish()
        ),
        ..form_page(
            &ctx,
            Section::Other,
            "newsletter-unsubscribe",
            "/newsletter/unsubscribe",
            auth::csrf_token(&state, None).await?,
            Vec::new(),
        )
    };
    Ok(form_page_response(&page, &Problems::default()))
}

/// `POST /newsletter/unsubscribe?id=&token=`: one click, from the page or from the mail
/// client (RFC 8058 `List-Unsubscribe=One-Click`, which carries no CSRF token: the signed
/// link is the proof).
pub async fn unsubscribe(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<UnsubscribeQuery>,
) -> Result<Response, WebError> {
    let id: i64 =
        q.id.as_deref()
            .unwrap_or("")
            .parse()
            .map_err(|_| WebError::NotFound)?;
    if !unsubscribe_valid(state.db(), id, q.token.as_deref().unwrap_or("")).await? {
        return Err(WebError::Forbidden);
    }
    newsletter::remove(state.db(), id).await?;
    Ok(notice(
        &ctx,
        "newsletter-unsubscribed-title",
        "newsletter-unsubscribed",
    ))
}
