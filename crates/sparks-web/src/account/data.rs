//! A member's rights over their data: export everything held (JSON) and erase the account.

use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sparks_store::accounts;
use sparks_store::{community, groups, moderation, newsletter};
use sparks_views::{FormPage, Section};

use super::{current_password_field, link, notice, own_account_event, verify_in_background};
use crate::auth::{self, FormData, Member, Viewer, limit};
use crate::present::context::PageContext;
use crate::present::forms::{Problems, form_page, form_page_response};
use crate::{AppState, WebError};

/// `GET /account/export`: everything held about the member, as JSON.
pub async fn export(
    State(state): State<AppState>,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    let u = &viewer.user;
    let submissions = moderation::by_submitter(state.db(), u.id).await?;
    let posts = community::posts_by(state.db(), u.id).await?;
    let linked = accounts::linked_initiatives(state.db(), u.id).await?;
    let reports = community::reports_by(state.db(), u.id).await?;
    let subscription = newsletter::by_email(state.db(), &u.email).await?;
    let memberships = groups::memberships_of(state.db(), u.id).await?;
    let group_requests = groups::requests_of(state.db(), u.id).await?;
    let notes = sparks_store::notifications::export(state.db(), u.id).await?;
    let language = sparks_store::notifications::menu_state(state.db(), u.id)
        .await?
        .language;
    let following = crate::pages::follow::export(&state, u.id).await?;
    let body = serde_json::json!({
        "account": {
            "email": u.email,
            "display_name": u.display_name,
            "organisation": u.organisation,
            "country": u.country,
            "expertise": u.expertise,
            "pillars": u.pillar_slugs(),
            "public_fields": u.public_fields.split(',').filter(|f| !f.is_empty()).collect::<Vec<_>>(),
            "profile_public": u.profile_public,
            "profile_handle": u.handle,
            "role": u.role,
            "created_at": u.created_at,
            "verified_at": u.verified_at,
            "second_factor_enrolled": u.totp_secret.is_some(),
            "linked_initiatives": linked,
            "language": language,
        },
        "submissions": submissions.iter().map(|s| serde_json::json!({
            "id": s.id, "kind": s.kind, "target_slug": s.target_slug, "status": s.status,
            "reason": s.reason, "created_at": s.created_at,
            "record": serde_json::from_str::<serde_json::Value>(&s.payload).unwrap_or(serde_json::Value::Null),
        })).collect::<Vec<_>>(),
        "posts": posts.iter().map(|p| serde_json::json!({
            "id": p.id, "thread_id": p.thread_id, "body": p.body, "created_at": p.created_at, "hidden": p.hidden,
        })).collect::<Vec<_>>(),
        "reports": reports.iter().map(|r| serde_json::json!({
            "id": r.id, "post_id": r.post_id, "reason": r.reason, "status": r.status, "created_at": r.created_at,
        })).collect::<Vec<_>>(),
        "groups": memberships.iter().map(|m| serde_json::json!({
            "group": m.slug, "name": m.name, "role": m.role, "joined_at": m.joined_at,
        })).collect::<Vec<_>>(),
        "group_requests": group_requests.iter().map(|r| serde_json::json!({
            "group": r.slug, "statement": r.statement, "status": r.status, "reason": r.reason,
            "created_at": r.created_at,
        })).collect::<Vec<_>>(),
        "following": following,
        "newsletter": subscription.map(|s| serde_json::json!({
            "email": s.email, "confirmed_at": s.confirmed_at,
        })),
        "notifications": notes.notifications.iter().map(|n| serde_json::json!({
            "id": n.id, "kind": n.kind.as_str(), "title": n.title, "link": n.link,
            "created_at": n.created_at, "read_at": n.read_at,
        })).collect::<Vec<_>>(),
        "notification_preferences": notes.preferences.iter()
            .map(|(k, d)| (k.as_str().to_owned(), serde_json::Value::from(d.as_str())))
            .collect::<serde_json::Map<_, _>>(),
        "notification_feed": notes.feed,
    });
    let mut response = (StatusCode::OK, body.to_string()).into_response();
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    h.insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("attachment; filename=\"sparks-my-data.json\""),
    );
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    Ok(response)
}

async fn delete_form(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![current_password_field(ctx, "password")];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let page = FormPage {
        intro: vec![ctx.t("delete-intro")],
        links: vec![link(ctx, "account-title", "/account")],
        ..form_page(
            ctx,
            Section::Account,
            "delete",
            "/account/delete",
            csrf,
            fields,
        )
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /account/delete`.
pub async fn delete_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    delete_form(&state, &ctx, &viewer, &Problems::default()).await
}

/// `POST /account/delete`: erases the account after the password is confirmed.
pub async fn delete(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("delete:{}", viewer.user.id), 10, 600).await?;
    if !verify_in_background(form.raw("password"), viewer.user.password_hash.clone()).await? {
        let mut problems = Problems::default();
        problems.add("password", ctx.t("account-password-wrong"));
        return delete_form(&state, &ctx, &viewer, &problems).await;
    }
    accounts::erase(state.db(), viewer.user.id).await?;
    own_account_event(&viewer, "account_erased", "an account was erased");
    let response = notice(
        &ctx,
        "delete-done-title",
        &[ctx.t("delete-done")],
        Vec::new(),
    );
    Ok(auth::without_session_cookie(&state, response))
}
