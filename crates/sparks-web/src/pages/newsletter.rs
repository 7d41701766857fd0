//! The newsletter: `/newsletter` with double opt-in and one-click unsubscribe (RFC 8058). The
//! digest it sends is in `jobs/newsletter.rs`.

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use sparks_auth::{hash_token, random_token};
use sparks_mail::Email;
use sparks_store::{Db, newsletter};
use sparks_views::{Choice, Field, FieldKind, FormPage, Link, Section};

use crate::auth::limit;
use crate::auth::{self, ClientIp, FormData};
use crate::jobs::newsletter::{manage_token, unsubscribe_token};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, autocomplete, field, form_page, form_page_response, required,
};
use crate::{AppState, WebError};

/// How long a confirmation link works.
pub(crate) const CONFIRM_TTL: i64 = 48 * 60 * 60;

/// How many topics a subscriber chooses from: the most used ones (there are hundreds).
const TOPICS_OFFERED: i64 = 30;

/// The topics offered: the most used, and any the subscriber chose before that no longer is.
async fn offered_topics(db: &Db, chosen: &[String]) -> Result<Vec<String>, WebError> {
    let mut topics = newsletter::popular_topics(db, TOPICS_OFFERED).await?;
    for t in chosen {
        if !topics.contains(t) {
            topics.push(t.clone());
        }
    }
    Ok(topics)
}

/// The choices ticked in `form`: known pillars, and topics among those `offered`.
fn read_choices(form: &FormData, offered: &[String]) -> newsletter::Choices {
    let mut choices = newsletter::Choices::default();
    for p in form.all("pillars") {
        if let Ok(pillar) = p.parse::<sparks_core::Pillar>() {
            let slug = pillar.slug().to_owned();
            if !choices.pillars.contains(&slug) {
                choices.pillars.push(slug);
            }
        }
    }
    for t in form.all("topics") {
        let t = t.trim().to_lowercase();
        if offered.contains(&t) && !choices.topics.contains(&t) {
            choices.topics.push(t);
        }
    }
    choices
}

/// The pillar and topic checkboxes, ticked as `choices` says.
fn choice_fields(
    ctx: &PageContext,
    choices: &newsletter::Choices,
    offered: &[String],
) -> Vec<Field> {
    let mut pillars = field(ctx, "pillars", FieldKind::Checkboxes, "");
    pillars.label = ctx.t("newsletter-pillars");
    pillars.hint = Some(ctx.t("newsletter-choices-hint"));
    pillars.choices = forms::pillar_choices(ctx, &choices.pillars);
    let mut topics = field(ctx, "topics", FieldKind::Checkboxes, "");
    topics.label = ctx.t("newsletter-topics");
    topics.choices = offered
        .iter()
        .map(|t| Choice {
            value: t.clone(),
            label: t.clone(),
            selected: choices.topics.contains(t),
        })
        .collect();
    vec![pillars, topics]
}

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

fn form(
    ctx: &PageContext,
    csrf: String,
    email: &str,
    choices: &newsletter::Choices,
    offered: &[String],
    problems: &Problems,
) -> Response {
    let mut fields = vec![autocomplete(
        required(field(ctx, "email", FieldKind::Email, email)),
        "email",
    )];
    fields.extend(choice_fields(ctx, choices, offered));
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
        &newsletter::Choices::default(),
        &offered_topics(state.db(), &[]).await?,
        &Problems::default(),
    ))
}

/// `POST /newsletter`: `email`, and any `pillars` and `topics` → a confirmation email;
/// nothing else is sent before the link is used. The answer is the same whether or not the
/// address was subscribed; a confirmed subscriber's choices change only through their own
/// link, never through this form.
pub async fn subscribe(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    form_data: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("newsletter:{ip}"), 10, 3600).await?;
    let mut problems = Problems::default();
    let email = forms::check_email(&ctx, &mut problems, &form_data.get("email"));
    let offered = offered_topics(state.db(), &[]).await?;
    let choices = read_choices(&form_data, &offered);
    if !problems.is_empty() {
        return Ok(form(
            &ctx,
            auth::csrf_token(&state, None).await?,
            &email,
            &choices,
            &offered,
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
    if let Some(id) = newsletter::sign_up(
        state.db(),
        &email,
        &hash_token(&token),
        state.clock().unix() + CONFIRM_TTL,
        state.clock().unix(),
    )
    .await?
    {
        newsletter::set_choices(state.db(), id, &choices).await?;
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

/// Whether `token` is subscriber `id`'s link to their choices; `None` for a malformed id.
async fn manage_subscriber(db: &Db, id: &str, token: &str) -> Result<i64, WebError> {
    let id: i64 = id.trim().parse().map_err(|_| WebError::NotFound)?;
    let expected = manage_token(db, id).await?;
    if !subtle_eq(expected.as_bytes(), token.as_bytes()) {
        return Err(WebError::Forbidden);
    }
    Ok(id)
}

/// The page where a subscriber changes what their digest holds.
async fn manage_form(
    state: &AppState,
    ctx: &PageContext,
    id: i64,
    token: &str,
) -> Result<Response, WebError> {
    let choices = newsletter::choices(state.db(), id).await?;
    let offered = offered_topics(state.db(), &choices.topics).await?;
    let mut fields = vec![
        Field::hidden("id", &id.to_string()),
        Field::hidden("token", token),
    ];
    fields.extend(choice_fields(ctx, &choices, &offered));
    let mut page = form_page(
        ctx,
        Section::Other,
        "newsletter-manage",
        "/newsletter/manage",
        auth::csrf_token(state, None).await?,
        fields,
    );
    page.intro = vec![ctx.t("newsletter-manage-intro")];
    page.links = vec![Link {
        label: ctx.t("newsletter-unsubscribe-title"),
        href: format!(
            "/newsletter/unsubscribe?id={id}&token={}",
            unsubscribe_token(state.db(), id).await?
        ),
    }];
    Ok(form_page_response(&page, &Problems::default()))
}

/// `GET /newsletter/manage?id=&token=`, the secret link in every digest: the subscriber's
/// pillars and topics, to change. 403 for a forged link.
pub async fn manage_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<UnsubscribeQuery>,
) -> Result<Response, WebError> {
    let token = q.token.unwrap_or_default();
    let id = manage_subscriber(state.db(), q.id.as_deref().unwrap_or(""), &token).await?;
    manage_form(&state, &ctx, id, &token).await
}

/// `POST /newsletter/manage`: `id`, `token` (of the link), `pillars` and `topics` (any
/// number; none means everything).
pub async fn manage(
    State(state): State<AppState>,
    ctx: PageContext,
    form_data: FormData,
) -> Result<Response, WebError> {
    let id = manage_subscriber(state.db(), &form_data.get("id"), &form_data.get("token")).await?;
    let current = newsletter::choices(state.db(), id).await?;
    let offered = offered_topics(state.db(), &current.topics).await?;
    newsletter::set_choices(state.db(), id, &read_choices(&form_data, &offered)).await?;
    Ok(notice(
        &ctx,
        "newsletter-manage-saved-title",
        "newsletter-manage-saved",
    ))
}
