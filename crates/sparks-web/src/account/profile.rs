//! The account page (profile fields, password change) and public member profiles.

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use sparks_store::accounts::{self, Profile};
use sparks_store::{moderation, profiles, sessions};
use sparks_views::{
    AccountPage, Field, FieldKind, Link, MemberPage, MySubmission, Section, render,
};

use super::{
    About, check_about, check_display_name, current_password_field, hash_in_background,
    new_password_field, own_account_event, start_session, verify_in_background,
};
use crate::auth::{self, FormData, MaybeMember, Member, Viewer, limit, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{self, Problems, field, form_response, hint, required};
use crate::{AppState, WebError};

/// Profile fields a member may show.
const PUBLIC_FIELDS: [&str; 4] = ["organisation", "country", "expertise", "pillars"];

fn profile_fields(ctx: &PageContext, user: &accounts::User, form: Option<&FormData>) -> Vec<Field> {
    let value = |name: &str, stored: &str| form.map_or_else(|| stored.to_owned(), |f| f.get(name));
    let pillars: Vec<String> = form.map_or_else(
        || {
            user.pillar_slugs()
                .iter()
                .map(|s| (*s).to_owned())
                .collect()
        },
        |f| f.all("pillars"),
    );
    let public: Vec<String> = form.map_or_else(
        || {
            PUBLIC_FIELDS
                .iter()
                .filter(|f| user.shows(f))
                .map(|f| (*f).to_owned())
                .collect()
        },
        |f| f.all("public"),
    );
    let mut pillar_field = field(ctx, "pillars", FieldKind::Checkboxes, "");
    pillar_field.choices = forms::pillar_choices(ctx, &pillars);
    let mut public_field = hint(
        ctx,
        field(ctx, "public", FieldKind::Checkboxes, ""),
        "form-hint-public",
    );
    public_field.choices = PUBLIC_FIELDS
        .iter()
        .map(|f| sparks_views::Choice {
            value: (*f).to_owned(),
            label: ctx.t(&format!("form-field-{f}")),
            selected: public.iter().any(|p| p == f),
        })
        .collect();
    vec![
        required(field(
            ctx,
            "display_name",
            FieldKind::Text,
            &value("display_name", &user.display_name),
        )),
        field(
            ctx,
            "organisation",
            FieldKind::Text,
            &value("organisation", &user.organisation),
        ),
        hint(
            ctx,
            field(
                ctx,
                "country",
                FieldKind::Text,
                &value("country", user.country.as_deref().unwrap_or("")),
            ),
            "form-hint-country",
        ),
        field(
            ctx,
            "expertise",
            FieldKind::TextArea,
            &value("expertise", &user.expertise),
        ),
        pillar_field,
        public_field,
        hint(
            ctx,
            field(
                ctx,
                "profile_public",
                FieldKind::Checkbox,
                if form.map_or(user.profile_public, |f| f.checked("profile_public")) {
                    "1"
                } else {
                    ""
                },
            ),
            "form-hint-profile-public",
        ),
    ]
}

fn password_fields(ctx: &PageContext) -> Vec<Field> {
    vec![
        current_password_field(ctx, "current_password"),
        new_password_field(ctx, "new_password"),
    ]
}

async fn account_response(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    fields: Vec<Field>,
    password_fields: Vec<Field>,
    saved: bool,
    status: StatusCode,
) -> Result<Response, WebError> {
    let submissions = moderation::by_submitter(state.db(), viewer.user.id)
        .await?
        .into_iter()
        .map(|s| MySubmission {
            kind: ctx.t(&format!("kind-name-{}", s.kind)),
            title: s.title(),
            status: ctx.t(&format!("submission-status-{}", s.status)),
            reason: s.reason,
        })
        .collect();
    let propose = sparks_store::moderation::ContentKind::ALL
        .iter()
        .map(|k| k.slug())
        .chain(["feed"])
        .map(|k| Link {
            label: ctx.t(&format!("submit-{k}-title")),
            href: ctx.link(&format!("/submit/{k}")),
        })
        .collect();
    let page = AccountPage {
        layout: ctx.layout(
            ctx.t("account-title"),
            ctx.t("account-title"),
            Section::Account,
        ),
        heading: ctx.t_args("account-heading", &[("name", &viewer.user.display_name)]),
        saved,
        fields,
        password_fields,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
        propose,
        submissions,
        // Only a profile that is shown gets a link; a private one would answer 404.
        profile_href: viewer
            .user
            .handle
            .as_deref()
            .filter(|_| viewer.user.listed())
            .map(|h| ctx.link(&format!("/members/{h}"))),
    };
    Ok(form_response(status, render(&page)))
}

#[derive(Deserialize)]
/// `?saved=1` after a successful save.
pub struct SavedQuery {
    saved: Option<String>,
}

/// `GET /account`.
pub async fn account_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let fields = profile_fields(&ctx, &viewer.user, None);
    account_response(
        &state,
        &ctx,
        &viewer,
        fields,
        password_fields(&ctx),
        q.saved.is_some(),
        StatusCode::OK,
    )
    .await
}

/// `POST /account`: saves the profile.
pub async fn save_account(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    let profile = match check_profile(&ctx, &form) {
        Ok(profile) => profile,
        Err(problems) => {
            let mut fields = profile_fields(&ctx, &viewer.user, Some(&form));
            problems.attach(&mut fields);
            return account_response(
                &state,
                &ctx,
                &viewer,
                fields,
                password_fields(&ctx),
                false,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        }
    };
    accounts::update_profile(state.db(), viewer.user.id, &profile).await?;
    Ok(see_other("/account?saved=1"))
}

/// The profile the account form sends, or what is wrong with it.
fn check_profile(ctx: &PageContext, form: &FormData) -> Result<Profile, Problems> {
    let mut problems = Problems::default();
    let display_name = check_display_name(ctx, &mut problems, form);
    let About {
        organisation,
        country,
        expertise,
    } = check_about(ctx, &mut problems, form);
    let pillars: Vec<String> = form
        .all("pillars")
        .into_iter()
        .filter(|p| p.parse::<sparks_core::Pillar>().is_ok())
        .collect();
    let public: Vec<String> = form
        .all("public")
        .into_iter()
        .filter(|p| PUBLIC_FIELDS.contains(&p.as_str()))
        .collect();
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Profile {
        display_name,
        organisation,
        country,
        expertise,
        pillars,
        public_fields: public,
        profile_public: form.checked("profile_public"),
    })
}

/// `POST /account/password`: checks the current password, sets the new one, ends every
/// session (this one too) and starts a fresh one.
pub async fn change_password(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("password:{}", viewer.user.id), 10, 600).await?;
    let mut problems = Problems::default();
    let new = form.raw("new_password");
    if !verify_in_background(
        form.raw("current_password"),
        viewer.user.password_hash.clone(),
    )
    .await?
    {
        problems.add("current_password", ctx.t("account-password-wrong"));
    }
    forms::check_password(
        &ctx,
        &mut problems,
        "new_password",
        &new,
        &[&viewer.user.email, &viewer.user.display_name],
    );
    if !problems.is_empty() {
        let mut pw = password_fields(&ctx);
        problems.attach(&mut pw);
        let fields = profile_fields(&ctx, &viewer.user, None);
        return account_response(
            &state,
            &ctx,
            &viewer,
            fields,
            pw,
            false,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let hash = hash_in_background(new).await?;
    accounts::set_password(state.db(), viewer.user.id, &hash).await?;
    own_account_event(
        &viewer,
        "password_changed",
        "password changed; sessions revoked",
    );
    start_session(
        &state,
        None,
        viewer.user.id,
        sessions::FULL,
        "/account?saved=1",
    )
    .await
}

/// `GET /members/{handle}`: what the member chose to show, when they chose to have a public
/// profile at all and confirmed their address. Never the email address. A private,
/// unconfirmed or unknown profile, and the old numeric URLs, are the same 404.
pub async fn member_profile(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(_viewer): MaybeMember,
    Path(handle): Path<String>,
) -> Result<Response, WebError> {
    // Handles are 20 characters; anything much longer is not worth a query.
    if handle.len() > 64 {
        return Err(WebError::NotFound);
    }
    let user = profiles::listed_by_handle(state.db(), &handle)
        .await?
        .ok_or(WebError::NotFound)?;
    let mut facts = Vec::new();
    if user.shows("organisation") && !user.organisation.is_empty() {
        facts.push((ctx.t("form-field-organisation"), user.organisation.clone()));
    }
    if user.shows("country")
        && let Some(c) = user
            .country
            .as_deref()
            .and_then(|c| sparks_core::Country::from_code(c).ok())
    {
        facts.push((ctx.t("form-field-country"), ctx.locale.country(c)));
    }
    if user.shows("expertise") && !user.expertise.is_empty() {
        facts.push((ctx.t("form-field-expertise"), user.expertise.clone()));
    }
    if user.shows("pillars") && !user.pillars.is_empty() {
        let names: Vec<String> = user
            .pillar_slugs()
            .iter()
            .filter_map(|p| p.parse().ok())
            .map(|p| ctx.locale.pillar(p))
            .collect();
        facts.push((ctx.t("form-field-pillars"), names.join(", ")));
    }
    let page = MemberPage {
        layout: ctx.layout(
            user.display_name.clone(),
            ctx.t("member-description"),
            Section::Community,
        ),
        name: user.display_name,
        facts,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}
