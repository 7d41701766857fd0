//! Joining, logging in (with the TOTP step for staff), logging out, password reset, the
//! account page, data export and erasure, and public member profiles.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sparks_auth::{hash_token, random_token, tokens, totp};
use sparks_mail::Email;
use sparks_store::accounts::{self, NewUser, Profile, Role};
use sparks_store::{community, moderation, rate_limits, sessions};
use sparks_views::{
    AccountPage, Field, FieldKind, FormPage, Link, MemberPage, MySubmission, Section, render,
};

use crate::auth::{self, ClientIp, FormData, MaybeMember, Member, Viewer, limit, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, autocomplete, field, form_response, hint, required, status_for,
};
use crate::{AppState, WebError};

/// How long an email confirmation link works.
const VERIFY_TTL: i64 = 48 * 60 * 60;
/// How long a password reset link works.
const RESET_TTL: i64 = 60 * 60;
/// Profile fields a member may show.
const PUBLIC_FIELDS: [&str; 4] = ["organisation", "country", "expertise", "pillars"];

fn notice(ctx: &PageContext, heading: &str, paragraphs: &[String], links: Vec<Link>) -> Response {
    forms::notice(ctx, Section::Account, heading, paragraphs.to_vec(), links)
}

fn link(ctx: &PageContext, key: &str, href: &str) -> Link {
    Link {
        label: ctx.t(key),
        href: ctx.link(href),
    }
}

async fn hash_in_background(password: String) -> Result<String, WebError> {
    tokio::task::spawn_blocking(move || sparks_auth::hash_password(&password))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
        .map_err(WebError::Internal)
}

async fn verify_in_background(password: String, hash: String) -> Result<bool, WebError> {
    tokio::task::spawn_blocking(move || sparks_auth::verify_password(&password, &hash))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))
}

// ---------------------------------------------------------------- join

fn join_form(ctx: &PageContext, csrf: String, form: &FormData, problems: &Problems) -> Response {
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
        hint(
            ctx,
            autocomplete(
                required(field(ctx, "password", FieldKind::Password, "")),
                "new-password",
            ),
            "form-hint-password",
        ),
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
    let page = FormPage {
        layout: ctx.layout(ctx.t("join-title"), ctx.t("join-intro"), Section::Account),
        heading: ctx.t("join-title"),
        intro: vec![ctx.t("join-intro"), ctx.t("join-privacy")],
        code_block: None,
        action: ctx.link("/join"),
        csrf_token: csrf,
        fields,
        submit: ctx.t("join-submit"),
        buttons: Vec::new(),
        preview: None,
        links: vec![link(ctx, "login-title", "/login")],
    };
    form_response(status_for(problems), render(&page))
}

/// `GET /join`.
pub async fn join_page(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let csrf = auth::csrf_token(&state, None).await?;
    Ok(join_form(
        &ctx,
        csrf,
        &FormData::default(),
        &Problems::default(),
    ))
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
    let display_name = forms::check_text(
        &ctx,
        &mut problems,
        "display_name",
        &form.get("display_name"),
        true,
        80,
    );
    let password = form.raw("password");
    forms::check_password(
        &ctx,
        &mut problems,
        "password",
        &password,
        &[&email, &display_name],
    );
    let organisation = forms::check_text(
        &ctx,
        &mut problems,
        "organisation",
        &form.get("organisation"),
        false,
        200,
    );
    let country = forms::check_country(&ctx, &mut problems, &form.get("country"));
    let expertise = forms::check_text(
        &ctx,
        &mut problems,
        "expertise",
        &form.get("expertise"),
        false,
        2000,
    );
    if !problems.is_empty() {
        let csrf = auth::csrf_token(&state, None).await?;
        return Ok(join_form(&ctx, csrf, &form, &problems));
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

#[derive(Deserialize)]
/// The token of a one-time link.
pub struct TokenQuery {
    token: Option<String>,
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
        layout: ctx.layout(
            ctx.t("verify-title"),
            ctx.t("verify-title"),
            Section::Account,
        ),
        heading: ctx.t("verify-title"),
        intro: vec![ctx.t("verify-intro")],
        code_block: None,
        action: ctx.link("/verify"),
        csrf_token: auth::csrf_token(&state, None).await?,
        fields,
        submit: ctx.t("verify-submit"),
        buttons: Vec::new(),
        preview: None,
        links: Vec::new(),
    };
    Ok(form_response(StatusCode::OK, render(&page)))
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

// ---------------------------------------------------------------- login

#[derive(Deserialize)]
/// Where to go after logging in.
pub struct NextQuery {
    next: Option<String>,
}

/// Only paths on this site: never `//host` or a scheme.
fn safe_next(next: &str) -> String {
    if next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.contains("://")
    {
        next.to_owned()
    } else {
        "/account".to_owned()
    }
}

fn login_form(
    ctx: &PageContext,
    csrf: String,
    email: &str,
    next: &str,
    problems: &Problems,
) -> Response {
    let mut fields = vec![
        autocomplete(
            required(field(ctx, "email", FieldKind::Email, email)),
            "username",
        ),
        autocomplete(
            required(field(ctx, "password", FieldKind::Password, "")),
            "current-password",
        ),
        Field::hidden("next", next),
    ];
    problems.attach(&mut fields);
    let page = FormPage {
        layout: ctx.layout(ctx.t("login-title"), ctx.t("login-title"), Section::Account),
        heading: ctx.t("login-title"),
        intro: Vec::new(),
        code_block: None,
        action: ctx.link("/login"),
        csrf_token: csrf,
        fields,
        submit: ctx.t("login-submit"),
        buttons: Vec::new(),
        preview: None,
        links: vec![
            link(ctx, "reset-title", "/reset"),
            link(ctx, "join-title", "/join"),
        ],
    };
    form_response(status_for(problems), render(&page))
}

/// `GET /login`.
pub async fn login_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<NextQuery>,
) -> Result<Response, WebError> {
    let csrf = auth::csrf_token(&state, None).await?;
    Ok(login_form(
        &ctx,
        csrf,
        "",
        &safe_next(q.next.as_deref().unwrap_or("")),
        &Problems::default(),
    ))
}

/// Starts a session at `stage` and sets its cookie on a 303 to `location`; any session the
/// request came with ends (a new id at every login).
async fn start_session(
    state: &AppState,
    old: Option<&Viewer>,
    user_id: i64,
    stage: &str,
    location: &str,
) -> Result<Response, WebError> {
    if let Some(v) = old {
        sessions::delete(state.db(), &v.session_hash).await?;
    }
    let token = random_token();
    sessions::create(
        state.db(),
        &hash_token(&token),
        user_id,
        stage,
        state.clock().unix(),
    )
    .await?;
    let mut response = see_other(location);
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::session_cookie_header(&token, state.secure_cookies()),
    );
    Ok(response)
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
    limit(&state, &format!("login-ip:{ip}"), 30, 600).await?;
    limit(&state, &format!("login:{}", hash_token(&email)), 10, 600).await?;
    let user = accounts::by_email(state.db(), &email).await?;
    let stored = user.as_ref().map_or_else(
        || sparks_auth::password::dummy_hash().to_owned(),
        |u| u.password_hash.clone(),
    );
    let ok = verify_in_background(form.raw("password"), stored).await? && user.is_some();
    let mut problems = Problems::default();
    let user = match user {
        Some(u) if ok => u,
        _ => {
            tracing::warn!(security_event = "login_failed", "a login failed");
            problems.add("email", ctx.t("login-error"));
            let csrf = auth::csrf_token(&state, None).await?;
            return Ok(login_form(&ctx, csrf, &email, &next, &problems));
        }
    };
    if user.verified_at.is_none() {
        problems.add("email", ctx.t("login-unverified"));
        let csrf = auth::csrf_token(&state, None).await?;
        return Ok(login_form(&ctx, csrf, &email, &next, &problems));
    }
    let old = viewer.map(|axum::Extension(v)| v);
    if user.role().is_staff() {
        tracing::info!(
            security_event = "login_password_ok",
            user_id = user.id,
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
    rate_limits::clear(state.db(), &format!("login:{}", hash_token(&email))).await?;
    tracing::info!(security_event = "login", user_id = user.id, "logged in");
    start_session(&state, old.as_ref(), user.id, sessions::FULL, &next).await
}

fn code_form(
    ctx: &PageContext,
    csrf: String,
    next: &str,
    enrol: Option<(String, Vec<String>)>,
    problems: &Problems,
) -> Response {
    let mut fields = vec![
        hint(
            ctx,
            autocomplete(
                required(field(ctx, "code", FieldKind::Text, "")),
                "one-time-code",
            ),
            "form-hint-code",
        ),
        Field::hidden("next", next),
    ];
    problems.attach(&mut fields);
    let mut intro = vec![ctx.t("code-intro")];
    let code_block = enrol.map(|(uri, codes)| {
        intro.push(ctx.t("code-enrol"));
        (
            ctx.t("code-enrol-label"),
            format!(
                "{uri}\n\n{}\n{}",
                ctx.t("code-recovery-label"),
                codes.join("\n")
            ),
        )
    });
    let page = FormPage {
        layout: ctx.layout(ctx.t("code-title"), ctx.t("code-title"), Section::Account),
        heading: ctx.t("code-title"),
        intro,
        code_block,
        action: ctx.link("/login/code"),
        csrf_token: csrf,
        fields,
        submit: ctx.t("code-submit"),
        buttons: Vec::new(),
        preview: None,
        links: Vec::new(),
    };
    form_response(status_for(problems), render(&page))
}

/// Staff who never enrolled an authenticator (made editors on the web) enrol now: a secret
/// and recovery codes are made and shown until the first code is accepted.
async fn enrolment(
    state: &AppState,
    viewer: &Viewer,
) -> Result<Option<(String, Vec<String>)>, WebError> {
    if viewer.user.totp_secret.is_some() {
        return Ok(None);
    }
    let secret = totp::new_secret();
    let codes = tokens::recovery_codes();
    let hashes: Vec<String> = codes.iter().map(|c| hash_token(c)).collect();
    accounts::enrol_totp(state.db(), viewer.user.id, &secret, &hashes).await?;
    let uri = totp::otpauth_uri(&secret, &viewer.user.email).unwrap_or_default();
    Ok(Some((uri, codes)))
}

/// `GET /login/code`: the second step for editors and admins.
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
    let csrf = auth::csrf_token(&state, Some(&viewer)).await?;
    Ok(code_form(
        &ctx,
        csrf,
        &safe_next(q.next.as_deref().unwrap_or("")),
        enrol,
        &Problems::default(),
    ))
}

/// `POST /login/code`: a TOTP code (or a recovery code) finishes the login.
pub async fn code(
    State(state): State<AppState>,
    ctx: PageContext,
    viewer: Option<axum::Extension<Viewer>>,
    form: FormData,
) -> Result<Response, WebError> {
    let Some(axum::Extension(viewer)) = viewer.filter(|v| v.stage == sessions::SECOND_FACTOR)
    else {
        return Ok(see_other("/login"));
    };
    limit(&state, &format!("code:{}", viewer.user.id), 10, 600).await?;
    let next = safe_next(&form.get("next"));
    let typed = form.get("code");
    let user = accounts::by_id(state.db(), viewer.user.id)
        .await?
        .ok_or(WebError::Forbidden)?;
    let now_s = u64::try_from(state.clock().unix()).unwrap_or_default();
    let accepted = match user.totp_secret.as_deref() {
        Some(secret) => match totp::verify(secret, &typed, now_s, user.totp_last_step) {
            Some(step) => accounts::claim_totp_step(state.db(), user.id, step).await?,
            None => {
                let normal = tokens::normalise_code(&typed);
                normal.len() == 14
                    && accounts::use_recovery_code(
                        state.db(),
                        user.id,
                        &hash_token(&normal),
                        state.clock().unix(),
                    )
                    .await?
            }
        },
        None => false,
    };
    if !accepted {
        tracing::warn!(
            security_event = "second_factor_failed",
            user_id = user.id,
            "a second-factor code was refused"
        );
        let mut problems = Problems::default();
        problems.add("code", ctx.t("code-error"));
        let csrf = auth::csrf_token(&state, Some(&viewer)).await?;
        return Ok(code_form(&ctx, csrf, &next, None, &problems));
    }
    tracing::info!(security_event = "login", user_id = user.id, role = %user.role, "logged in with a second factor");
    start_session(&state, Some(&viewer), user.id, sessions::FULL, &next).await
}

/// `POST /logout`.
pub async fn logout(
    State(state): State<AppState>,
    viewer: Option<axum::Extension<Viewer>>,
) -> Result<Response, WebError> {
    if let Some(axum::Extension(v)) = viewer {
        sessions::delete(state.db(), &v.session_hash).await?;
        tracing::info!(security_event = "logout", user_id = v.user.id, "logged out");
    }
    let mut response = see_other("/");
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::clear_cookie_header(state.secure_cookies()),
    );
    Ok(response)
}

// ---------------------------------------------------------------- password reset

fn reset_form(ctx: &PageContext, csrf: String, email: &str, problems: &Problems) -> Response {
    let mut fields = vec![autocomplete(
        required(field(ctx, "email", FieldKind::Email, email)),
        "email",
    )];
    problems.attach(&mut fields);
    let page = FormPage {
        layout: ctx.layout(ctx.t("reset-title"), ctx.t("reset-intro"), Section::Account),
        heading: ctx.t("reset-title"),
        intro: vec![ctx.t("reset-intro")],
        code_block: None,
        action: ctx.link("/reset"),
        csrf_token: csrf,
        fields,
        submit: ctx.t("reset-submit"),
        buttons: Vec::new(),
        preview: None,
        links: Vec::new(),
    };
    form_response(status_for(problems), render(&page))
}

/// `GET /reset`.
pub async fn reset_page(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let csrf = auth::csrf_token(&state, None).await?;
    Ok(reset_form(&ctx, csrf, "", &Problems::default()))
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
        let csrf = auth::csrf_token(&state, None).await?;
        return Ok(reset_form(&ctx, csrf, &email, &problems));
    }
    limit(&state, &format!("reset:{}", hash_token(&email)), 3, 3600).await?;
    if let Some(user) = accounts::by_email(state.db(), &email).await? {
        let token = random_token();
        accounts::add_token(
            state.db(),
            user.id,
            "reset",
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

fn new_password_form(
    ctx: &PageContext,
    csrf: String,
    token: &str,
    problems: &Problems,
) -> Response {
    let mut fields = vec![
        hint(
            ctx,
            autocomplete(
                required(field(ctx, "password", FieldKind::Password, "")),
                "new-password",
            ),
            "form-hint-password",
        ),
        Field::hidden("token", token),
    ];
    problems.attach(&mut fields);
    let page = FormPage {
        layout: ctx.layout(
            ctx.t("reset-new-title"),
            ctx.t("reset-new-title"),
            Section::Account,
        ),
        heading: ctx.t("reset-new-title"),
        intro: Vec::new(),
        code_block: None,
        action: ctx.link("/reset/new"),
        csrf_token: csrf,
        fields,
        submit: ctx.t("reset-new-submit"),
        buttons: Vec::new(),
        preview: None,
        links: Vec::new(),
    };
    form_response(status_for(problems), render(&page))
}

/// `GET /reset/new?token=`.
pub async fn new_password_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<TokenQuery>,
) -> Result<Response, WebError> {
    let csrf = auth::csrf_token(&state, None).await?;
    Ok(new_password_form(
        &ctx,
        csrf,
        &q.token.unwrap_or_default(),
        &Problems::default(),
    ))
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
        let csrf = auth::csrf_token(&state, None).await?;
        return Ok(new_password_form(&ctx, csrf, &token, &problems));
    }
    let Some(id) = accounts::consume_token(
        state.db(),
        "reset",
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
        "password reset"
    );
    Ok(notice(
        &ctx,
        "reset-done-title",
        &[ctx.t("reset-done")],
        vec![link(&ctx, "login-title", "/login")],
    ))
}

// ---------------------------------------------------------------- account

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
    ]
}

fn password_fields(ctx: &PageContext) -> Vec<Field> {
    vec![
        autocomplete(
            required(field(ctx, "current_password", FieldKind::Password, "")),
            "current-password",
        ),
        hint(
            ctx,
            autocomplete(
                required(field(ctx, "new_password", FieldKind::Password, "")),
                "new-password",
            ),
            "form-hint-password",
        ),
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
            title: crate::pages::submit::payload_title(&s.payload),
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
        profile_href: ctx.link(&format!("/members/{}", viewer.user.id)),
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
    let mut problems = Problems::default();
    let display_name = forms::check_text(
        &ctx,
        &mut problems,
        "display_name",
        &form.get("display_name"),
        true,
        80,
    );
    let organisation = forms::check_text(
        &ctx,
        &mut problems,
        "organisation",
        &form.get("organisation"),
        false,
        200,
    );
    let country = forms::check_country(&ctx, &mut problems, &form.get("country"));
    let expertise = forms::check_text(
        &ctx,
        &mut problems,
        "expertise",
        &form.get("expertise"),
        false,
        2000,
    );
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
    accounts::update_profile(
        state.db(),
        viewer.user.id,
        &Profile {
            display_name,
            organisation,
            country,
            expertise,
            pillars,
            public_fields: public,
        },
    )
    .await?;
    Ok(see_other("/account?saved=1"))
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
    tracing::info!(
        security_event = "password_changed",
        user_id = viewer.user.id,
        "password changed; sessions revoked"
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

/// `GET /account/export`: everything held about the member, as JSON.
pub async fn export(
    State(state): State<AppState>,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    let u = &viewer.user;
    let submissions = moderation::by_submitter(state.db(), u.id).await?;
    let posts = community::posts_by(state.db(), u.id).await?;
    let linked = accounts::linked_initiatives(state.db(), u.id).await?;
    let body = serde_json::json!({
        "account": {
            "email": u.email,
            "display_name": u.display_name,
            "organisation": u.organisation,
            "country": u.country,
            "expertise": u.expertise,
            "pillars": u.pillar_slugs(),
            "public_fields": u.public_fields.split(',').filter(|f| !f.is_empty()).collect::<Vec<_>>(),
            "role": u.role,
            "created_at": u.created_at,
            "verified_at": u.verified_at,
            "second_factor_enrolled": u.totp_secret.is_some(),
            "linked_initiatives": linked,
        },
        "submissions": submissions.iter().map(|s| serde_json::json!({
            "id": s.id, "kind": s.kind, "target_slug": s.target_slug, "status": s.status,
            "reason": s.reason, "created_at": s.created_at,
            "record": serde_json::from_str::<serde_json::Value>(&s.payload).unwrap_or(serde_json::Value::Null),
        })).collect::<Vec<_>>(),
        "posts": posts.iter().map(|p| serde_json::json!({
            "id": p.id, "thread_id": p.thread_id, "body": p.body, "created_at": p.created_at, "hidden": p.hidden,
        })).collect::<Vec<_>>(),
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

fn delete_form(ctx: &PageContext, csrf: String, problems: &Problems) -> Response {
    let mut fields = vec![autocomplete(
        required(field(ctx, "password", FieldKind::Password, "")),
        "current-password",
    )];
    problems.attach(&mut fields);
    let page = FormPage {
        layout: ctx.layout(
            ctx.t("delete-title"),
            ctx.t("delete-title"),
            Section::Account,
        ),
        heading: ctx.t("delete-title"),
        intro: vec![ctx.t("delete-intro")],
        code_block: None,
        action: ctx.link("/account/delete"),
        csrf_token: csrf,
        fields,
        submit: ctx.t("delete-submit"),
        buttons: Vec::new(),
        preview: None,
        links: vec![link(ctx, "account-title", "/account")],
    };
    form_response(status_for(problems), render(&page))
}

/// `GET /account/delete`.
pub async fn delete_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    let csrf = auth::csrf_token(&state, Some(&viewer)).await?;
    Ok(delete_form(&ctx, csrf, &Problems::default()))
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
        let csrf = auth::csrf_token(&state, Some(&viewer)).await?;
        return Ok(delete_form(&ctx, csrf, &problems));
    }
    accounts::erase(state.db(), viewer.user.id).await?;
    tracing::info!(
        security_event = "account_erased",
        user_id = viewer.user.id,
        "an account was erased"
    );
    let mut response = notice(
        &ctx,
        "delete-done-title",
        &[ctx.t("delete-done")],
        Vec::new(),
    );
    response.headers_mut().insert(
        header::SET_COOKIE,
        auth::clear_cookie_header(state.secure_cookies()),
    );
    Ok(response)
}

/// `GET /members/{id}`: what the member chose to show. Never the email address.
pub async fn member_profile(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(_viewer): MaybeMember,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
    let user = accounts::by_id(state.db(), id)
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
