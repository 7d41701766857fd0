//! `/admin/users` (admins only): accounts, their roles and the initiatives they are linked to.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::accounts::{self, Role};
use sparks_store::editorial as se;
use sparks_store::initiatives;
use sparks_views::{Choice, UserRow, UsersPage, render};

use super::editorial::{actor, found};
use crate::auth::{self, Admin, FormData, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{PathId, form_response};
use crate::{AppState, WebError};

/// Where every change returns to.
const USERS: &str = "/admin/users";

/// `GET /admin/users` (admins).
pub async fn users(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
) -> Result<Response, WebError> {
    let mut users = Vec::new();
    for u in accounts::list(state.db()).await? {
        users.push(UserRow {
            id: u.id,
            name: u.display_name.clone(),
            initiatives: accounts::linked_initiatives(state.db(), u.id).await?,
            roles: Role::ALL
                .iter()
                .map(|r| Choice {
                    value: r.slug().into(),
                    label: ctx.t(&format!("role-{}", r.slug())),
                    selected: *r == u.role(),
                })
                .collect(),
            verified: u.verified_at.is_some(),
            totp: u.totp_secret.is_some(),
        });
    }
    let page = UsersPage {
        layout: super::layout(&ctx, "users-heading"),
        users,
        csrf_token: auth::csrf_token(&state, Some(&viewer)).await?,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}

/// `POST /admin/users/{id}`: `role`. A changed role ends the account's sessions, so new
/// staff log in again with a second factor.
pub async fn set_role(
    State(state): State<AppState>,
    Admin(viewer): Admin,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let role = Role::parse(&form.get("role")).ok_or_else(|| WebError::BadParameter {
        name: "role".into(),
        message: "must be member, editor or admin".into(),
    })?;
    found(se::set_role(state.db(), &actor(&viewer), id, role, state.clock().now()).await?)?;
    Ok(see_other(USERS))
}

/// `POST /admin/users/{id}/initiatives`: `initiative` (a slug); the member may then
/// propose edits to it.
pub async fn link_initiative(
    State(state): State<AppState>,
    Admin(viewer): Admin,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    accounts::by_id(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    let slug = form.get("initiative");
    if initiatives::get(state.db(), &slug).await?.is_none() {
        return Err(WebError::BadParameter {
            name: "initiative".into(),
            message: "no initiative has this slug".into(),
        });
    }
    se::link_initiative(state.db(), &actor(&viewer), id, &slug, state.clock().now()).await?;
    Ok(see_other(USERS))
}
