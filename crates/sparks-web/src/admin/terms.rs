//! `/admin/terms`: the terminology check's list (admins add and remove terms; editors read
//! it) and the texts that were kept with a listed term, for staff to review (issue #16,
//! point 7).

use axum::extract::State;
use axum::response::Response;
use sparks_core::terminology::{LANGUAGES, Term, TermError};
use sparks_store::terminology as store;
use sparks_views::{Choice, FieldKind, FlagRow, Locale, TermRow, TermsAdminPage};

use crate::auth::{self, Admin, FormData, Staff, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{PathId, Problems, field, form_page_response, hint, required};
use crate::{AppState, WebError};

const PAGE: &str = "/admin/terms";

fn language_name(code: &str) -> String {
    Locale::from_code(code).map_or_else(|| code.to_owned(), |l| l.native_name().to_owned())
}

/// The add form, with what was typed.
fn term_fields(ctx: &PageContext, form: &FormData) -> Vec<sparks_views::Field> {
    let lang_value = form.get("lang");
    let mut lang = required(field(ctx, "lang", FieldKind::Select, &lang_value));
    lang.choices = LANGUAGES
        .iter()
        .map(|code| Choice {
            value: (*code).to_owned(),
            label: language_name(code),
            selected: lang_value == *code,
        })
        .collect();
    vec![
        required(hint(
            ctx,
            field(ctx, "term", FieldKind::Text, &form.get("term")),
            "form-hint-term",
        )),
        lang,
        required(field(
            ctx,
            "preferred",
            FieldKind::Text,
            &form.get("preferred"),
        )),
        field(ctx, "reason", FieldKind::Text, &form.get("reason")),
    ]
}

async fn terms_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    form: &FormData,
    problems: &Problems,
) -> Result<Response, WebError> {
    let admin = viewer.role() == sparks_store::accounts::Role::Admin;
    let flags = store::open_flags(state.db(), 200)
        .await?
        .into_iter()
        .map(|f| FlagRow {
            what: f.what,
            href: ctx.link(&f.link),
            terms: f.terms,
            when: f.created_at,
            review_action: ctx.link(&format!("{PAGE}/flags/{}/reviewed", f.id)),
        })
        .collect();
    let terms = store::list(state.db())
        .await?
        .into_iter()
        .map(|t| TermRow {
            lang: language_name(&t.term.lang),
            term: t.term.term,
            preferred: t.term.preferred,
            reason: t.term.reason,
            remove_action: ctx.link(&format!("{PAGE}/{}/remove", t.id)),
        })
        .collect();
    let mut fields = if admin {
        term_fields(ctx, form)
    } else {
        Vec::new()
    };
    problems.attach(&mut fields);
    let heading = ctx.t("terms-heading");
    let page = TermsAdminPage {
        layout: ctx.layout(heading.clone(), heading, sparks_views::Section::Admin),
        flags,
        terms,
        fields,
        add_action: ctx.link(PAGE),
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
        admin,
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /admin/terms` (staff).
pub async fn page(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    terms_page(
        &state,
        &ctx,
        &viewer,
        &FormData::default(),
        &Problems::default(),
    )
    .await
}

/// `POST /admin/terms` (admins): `term`, `lang`, `preferred`, `reason`.
pub async fn add(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
    form: FormData,
) -> Result<Response, WebError> {
    let clean = |name: &str| sparks_core::initiative::strip_controls(form.get(name).trim());
    let term = Term {
        lang: form.get("lang"),
        term: clean("term"),
        preferred: clean("preferred"),
        reason: clean("reason"),
    };
    let mut problems = Problems::default();
    match term.validate() {
        Ok(()) => {
            if !store::add(state.db(), &term, state.clock().now()).await? {
                problems.add("term", ctx.t("terms-error-exists"));
            }
        }
        Err(e) => {
            let (name, key) = match e {
                TermError::Language => ("lang", "form-error-missing"),
                TermError::Empty => ("term", "terms-error-term"),
                TermError::Preferred => ("preferred", "form-error-missing"),
                TermError::TooLong => ("term", "terms-error-long"),
            };
            problems.add(name, ctx.t(key));
        }
    }
    if !problems.is_empty() {
        return terms_page(&state, &ctx, &viewer, &form, &problems).await;
    }
    Ok(see_other(PAGE))
}

/// `POST /admin/terms/{id}/remove` (admins).
pub async fn remove(
    State(state): State<AppState>,
    Admin(_viewer): Admin,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    if !store::remove(state.db(), id).await? {
        return Err(WebError::NotFound);
    }
    Ok(see_other(PAGE))
}

/// `POST /admin/terms/flags/{id}/reviewed` (staff): a kept text was looked at.
pub async fn reviewed(
    State(state): State<AppState>,
    Staff(_viewer): Staff,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    if !store::review(state.db(), id, state.clock().now()).await? {
        return Err(WebError::NotFound);
    }
    Ok(see_other(PAGE))
}
