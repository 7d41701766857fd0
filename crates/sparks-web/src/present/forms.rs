//! Building the forms of the community pages and checking what comes back: fields with
//! their labels in the page's language, values kept after an error, and one message per
//! field that is wrong.

use axum::extract::{FromRequestParts, Path};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use sparks_core::{Country, Pillar};
use sparks_views::{Choice, Field, FieldKind, Template};

use crate::present::context::PageContext;

/// A field labelled by the message `field-{name}`.
pub fn field(ctx: &PageContext, name: &str, kind: FieldKind, value: &str) -> Field {
    let mut f = Field::new(
        name,
        ctx.t(&format!("form-field-{}", name.replace('_', "-"))),
        kind,
    );
    f.value = value.to_owned();
    f
}

/// Marks a field required.
pub fn required(mut f: Field) -> Field {
    f.required = true;
    f
}

/// Adds a hint from the message `key`.
pub fn hint(ctx: &PageContext, mut f: Field, key: &str) -> Field {
    f.hint = Some(ctx.t(key));
    f
}

/// Sets the `autocomplete` token.
pub fn autocomplete(mut f: Field, token: &str) -> Field {
    f.autocomplete = Some(token.to_owned());
    f
}

/// The pillars as checkboxes, ticked when in `selected`.
pub fn pillar_choices(ctx: &PageContext, selected: &[String]) -> Vec<Choice> {
    Pillar::ALL
        .iter()
        .map(|p| Choice {
            value: p.slug().to_owned(),
            label: ctx.locale.pillar(*p),
            selected: selected.iter().any(|s| s == p.slug()),
        })
        .collect()
}

/// Errors found in a form, by field name.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<(String, String)>,
    /// The field that shows the terminology check's "keep this wording" checkbox, and its
    /// label.
    confirm: Option<(String, String)>,
}

impl Problems {
    /// Notes a problem with `field`.
    pub fn add(&mut self, field: &str, message: String) {
        if !self.list.iter().any(|(f, _)| f == field) {
            self.list.push((field.to_owned(), message));
        }
    }

    /// Notes discouraged wording in `field`: the message, and under the first such field a
    /// checkbox labelled `confirm` to keep the wording and send anyway.
    pub fn add_wording(&mut self, field: &str, message: String, confirm: String) {
        self.add(field, message);
        self.confirm.get_or_insert((field.to_owned(), confirm));
    }

    /// Whether every problem is about `field` (none at all counts).
    pub fn only_about(&self, field: &str) -> bool {
        self.list.iter().all(|(f, _)| f == field)
    }

    /// Whether nothing is wrong.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// Puts each message on its field (or on the first field when no field has its name).
    pub fn attach(&self, fields: &mut [Field]) {
        for (name, message) in &self.list {
            let target = fields
                .iter()
                .position(|f| &f.name == name)
                .or_else(|| fields.iter().position(|f| !f.is_hidden()));
            if let Some(i) = target
                && fields[i].error.is_none()
            {
                fields[i].error = Some(message.clone());
            }
        }
        if let Some((name, label)) = &self.confirm
            && let Some(f) = fields.iter_mut().find(|f| &f.name == name)
        {
            f.confirm = Some(label.clone());
        }
    }
}

/// Text that is required and at most `max` characters; control characters removed.
pub fn check_text(
    ctx: &PageContext,
    problems: &mut Problems,
    name: &str,
    value: &str,
    required: bool,
    max: usize,
) -> String {
    let clean = sparks_core::initiative::strip_controls(value.trim());
    if required && clean.is_empty() {
        problems.add(name, ctx.t("form-error-missing"));
    } else if clean.chars().count() > max {
        problems.add(
            name,
            ctx.t_args("form-error-too-long", &[("max", &max.to_string())]),
        );
    }
    clean
}

/// An email address: one `@`, a dotted domain, no spaces, at most 254 characters.
pub fn check_email(ctx: &PageContext, problems: &mut Problems, value: &str) -> String {
    let email = value.trim().to_lowercase();
    let valid = email.len() <= 254
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && !domain.contains('@')
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
        });
    if email.is_empty() {
        problems.add("email", ctx.t("form-error-missing"));
    } else if !valid {
        problems.add("email", ctx.t("form-error-email"));
    }
    email
}

/// A country given as an ISO code or English name; empty is allowed.
pub fn check_country(ctx: &PageContext, problems: &mut Problems, value: &str) -> Option<String> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    match Country::from_name_or_code(value) {
        Ok(c) => Some(c.code().to_owned()),
        Err(_) => {
            problems.add("country", ctx.t("form-error-country"));
            None
        }
    }
}

/// A new password against the policy, with the reason in the page's language.
pub fn check_password(
    ctx: &PageContext,
    problems: &mut Problems,
    name: &str,
    password: &str,
    personal: &[&str],
) {
    use sparks_auth::PasswordProblem;
    if let Err(problem) = sparks_auth::check_policy(password, personal) {
        let key = match problem {
            PasswordProblem::TooShort => "form-error-password-short",
            PasswordProblem::TooLong => "form-error-password-long",
            PasswordProblem::Common => "form-error-password-common",
            PasswordProblem::Blank => "form-error-password-blank",
            PasswordProblem::SiteName => "form-error-password-site",
        };
        problems.add(name, ctx.t(key));
    }
}

/// A rendered page that holds a form: never cached (its CSRF token is the visitor's), and
/// 422 when it shows errors.
pub fn form_response(status: StatusCode, html: String) -> Response {
    let mut response = (status, Html(html)).into_response();
    let h = response.headers_mut();
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(header::VARY, HeaderValue::from_static("Accept-Language"));
    response
}

/// 200 for a fresh form, 422 for one with errors.
pub fn status_for(problems: &Problems) -> StatusCode {
    if problems.is_empty() {
        StatusCode::OK
    } else {
        StatusCode::UNPROCESSABLE_ENTITY
    }
}

/// The unix time as a date and time in the page's language (UTC).
pub fn when(ctx: &PageContext, unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| {
            let date = ctx
                .locale
                .date(sparks_core::PartialDate::from_date(t.date()));
            format!("{date} {:02}:{:02} UTC", t.hour(), t.minute())
        })
        .unwrap_or_default()
}

/// An id from a path segment; anything else is a page that does not exist.
pub fn parse_id(id: &str) -> Result<i64, crate::WebError> {
    id.parse().map_err(|_| crate::WebError::NotFound)
}

/// The id in a route's one path segment (`/…/{id}`), parsed as [`parse_id`] does: anything
/// but a number is a page that does not exist.
#[derive(Debug, Clone, Copy)]
pub struct PathId(pub i64);

impl<S: Send + Sync> FromRequestParts<S> for PathId {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let Path(id) = Path::<String>::from_request_parts(parts, state)
            .await
            .map_err(IntoResponse::into_response)?;
        parse_id(&id)
            .map(PathId)
            .map_err(IntoResponse::into_response)
    }
}

/// A page that just tells something (check your email, thank you), titled by the message
/// `heading`; never cached, like the forms it answers.
pub fn notice(
    ctx: &PageContext,
    section: sparks_views::Section,
    heading: &str,
    paragraphs: Vec<String>,
    links: Vec<sparks_views::Link>,
) -> Response {
    let page = sparks_views::NoticePage {
        layout: ctx.layout(ctx.t(heading), ctx.t(heading), section),
        heading: ctx.t(heading),
        paragraphs,
        links,
    };
    form_response(StatusCode::OK, sparks_views::render(&page))
}

/// A plain form page for the form named `form`: the message `{form}-title` is its `<title>`,
/// description and `<h1>`, `{form}-submit` its button; it posts `fields` to `action` (a path
/// on the site). Intro, links and the rest start empty, for the caller to set with struct
/// update syntax.
pub fn form_page(
    ctx: &PageContext,
    section: sparks_views::Section,
    form: &str,
    action: &str,
    csrf_token: String,
    fields: Vec<Field>,
) -> sparks_views::FormPage {
    let title = ctx.t(&format!("{form}-title"));
    sparks_views::FormPage {
        layout: ctx.layout(title.clone(), title.clone(), section),
        heading: title,
        intro: Vec::new(),
        code_block: None,
        action: ctx.link(action),
        csrf_token,
        fields,
        submit: ctx.t(&format!("{form}-submit")),
        buttons: Vec::new(),
        preview: None,
        links: Vec::new(),
    }
}

/// Renders a page that holds a form (a [`sparks_views::FormPage`] or any other): 200 when
/// fresh, 422 when it shows `problems`, never cached.
pub fn form_page_response(page: &impl Template, problems: &Problems) -> Response {
    form_response(status_for(problems), sparks_views::render(page))
}
