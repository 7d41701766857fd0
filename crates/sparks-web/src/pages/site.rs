//! The site's own pages: `/contact` (a form that mails the operators, never showing their
//! address), `/privacy` (what is stored, why and for how long, read from this site's real
//! settings and the code's durations) and `/accessibility` (the statement in the EU model
//! form).

use axum::extract::State;
use axum::response::Response;
use sparks_mail::Email;
use sparks_store::accounts::{self, Role};
use sparks_views::{DataRecord, NoticeLine, NoticeSection, Section, SiteNoticePage, render};
use time::Date;

use crate::auth::{self, ClientIp, FormData, limit};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, autocomplete, field, form_page, form_page_response, hint, required,
};
use crate::serve::middleware::html;
use crate::{AppState, WebError};

/// The day the accessibility checks (the browser suite: axe-core WCAG 2.1 A/AA, keyboard
/// order, 320 px reflow, skip link and quick exit) were last reviewed against the site; the
/// statement shows it as "last checked". Change it when the checks are reviewed again.
pub const ACCESSIBILITY_LAST_CHECKED: Date = time::macros::date!(2026 - 12 - 05);

/// Longest subject of a contact message, in characters.
const SUBJECT_MAX: usize = 200;
/// Longest contact message, in characters.
const MESSAGE_MAX: usize = 5000;
/// Contact messages one client may send per hour.
const CONTACT_PER_HOUR: i64 = 5;

/// What the contact form was filled with.
#[derive(Default)]
struct ContactForm {
    name: String,
    email: String,
    subject: String,
    message: String,
}

fn contact_form(
    ctx: &PageContext,
    csrf: String,
    values: &ContactForm,
    problems: &Problems,
) -> Response {
    let mut fields = vec![
        autocomplete(
            required(field(
                ctx,
                "name",
                sparks_views::FieldKind::Text,
                &values.name,
            )),
            "name",
        ),
        autocomplete(
            hint(
                ctx,
                required(field(
                    ctx,
                    "email",
                    sparks_views::FieldKind::Email,
                    &values.email,
                )),
                "contact-email-hint",
            ),
            "email",
        ),
        required(field(
            ctx,
            "subject",
            sparks_views::FieldKind::Text,
            &values.subject,
        )),
        required(field(
            ctx,
            "message",
            sparks_views::FieldKind::TextArea,
            &values.message,
        )),
    ];
    problems.attach(&mut fields);
    let mut page = form_page(ctx, Section::Other, "contact", "/contact", csrf, fields);
    page.layout.description = ctx.t("contact-intro");
    page.intro = vec![ctx.t("contact-intro"), ctx.t("contact-help-first")];
    page.links = vec![
        sparks_views::Link {
            label: ctx.t("footer-helplines"),
            href: ctx.link("/help"),
        },
        sparks_views::Link {
            label: ctx.t("contact-privacy-link"),
            href: ctx.link("/privacy"),
        },
    ];
    form_page_response(&page, problems)
}

/// `GET /contact`.
pub async fn contact_page(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    Ok(contact_form(
        &ctx,
        auth::csrf_token(&state, None).await?,
        &ContactForm::default(),
        &Problems::default(),
    ))
}

/// Where contact messages go: `SPARKS_CONTACT_EMAIL`, else every admin's address.
async fn recipients(state: &AppState) -> Result<Vec<String>, WebError> {
    if let Some(to) = state
        .config()
        .contact_email
        .as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
    {
        return Ok(vec![to.to_owned()]);
    }
    Ok(accounts::list(state.db())
        .await?
        .into_iter()
        .filter(|u| u.role() == Role::Admin)
        .map(|u| u.email)
        .collect())
}

/// `POST /contact`: `name`, `email`, `subject`, `message` → one mail to the operators
/// (queued like every mail), with the sender as `Reply-To`. Rate-limited per client.
pub async fn contact(
    State(state): State<AppState>,
    ctx: PageContext,
    ClientIp(ip): ClientIp,
    form_data: FormData,
) -> Result<Response, WebError> {
    limit(&state, &format!("contact:{ip}"), CONTACT_PER_HOUR, 3600).await?;
    let mut problems = Problems::default();
    // Name and subject are one line each (they go into a mail's subject and header-like
    // lines): any run of whitespace, line breaks included, becomes one space.
    let one_line = |s: String| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let values = ContactForm {
        name: one_line(forms::check_text(
            &ctx,
            &mut problems,
            "name",
            &form_data.get("name"),
            true,
            200,
        )),
        email: forms::check_email(&ctx, &mut problems, &form_data.get("email")),
        subject: one_line(forms::check_text(
            &ctx,
            &mut problems,
            "subject",
            &form_data.get("subject"),
            true,
            SUBJECT_MAX,
        )),
        message: forms::check_text(
            &ctx,
            &mut problems,
            "message",
            &form_data.get("message"),
            true,
            MESSAGE_MAX,
        ),
    };
    if !problems.is_empty() {
        return Ok(contact_form(
            &ctx,
            auth::csrf_token(&state, None).await?,
            &values,
            &problems,
        ));
    }
    let to = recipients(&state).await?;
    if to.is_empty() {
        tracing::warn!("a contact message has no recipient: set SPARKS_CONTACT_EMAIL");
    }
    // The operators read it in English, the language of the site's configuration; the
    // sender's words are kept as written. The subject holds no line break (made one line
    // above) and the address passed check_email, so neither can add a header.
    let subject = format!("[{}] {}", state.site_name(), values.subject);
    let body = format!(
        "A message from the contact form of {site} ({lang}).\n\nFrom: {name} <{email}>\nSubject: {subject}\n\n{message}\n",
        site = state.site_name(),
        lang = ctx.locale.code(),
        name = values.name,
        email = values.email,
        subject = values.subject,
        message = values.message,
    );
    for address in to {
        state
            .send_mail(Email {
                to: address,
                subject: subject.clone(),
                body: body.clone(),
                headers: vec![("Reply-To".to_owned(), values.email.clone())],
            })
            .await;
    }
    Ok(forms::notice(
        &ctx,
        Section::Other,
        "contact-sent-title",
        vec![ctx.t("contact-sent")],
        vec![sparks_views::Link {
            label: ctx.t("contact-back-home"),
            href: ctx.link("/"),
        }],
    ))
}

/// A duration in the page's language: whole hours when it is some, else minutes.
fn duration(ctx: &PageContext, seconds: i64) -> String {
    let seconds = u64::try_from(seconds).unwrap_or(0);
    if seconds >= 3600 && seconds % 3600 == 0 {
        ctx.tn("duration-hours", seconds / 3600)
    } else {
        ctx.tn("duration-minutes", seconds / 60)
    }
}

fn record(ctx: &PageContext, key: &str, how_long: String) -> DataRecord {
    DataRecord {
        what: ctx.t(&format!("privacy-{key}-what")),
        why: ctx.t(&format!("privacy-{key}-why")),
        how_long,
    }
}

/// `GET /privacy`: generated from the settings this server runs with.
pub async fn privacy(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let config = state.config();
    let t = |k: &str| ctx.t(k);
    let args = |k: &str, a: &[(&'static str, &str)]| ctx.t_args(k, a);
    let session = args(
        "privacy-session-how-long",
        &[
            ("idle", &duration(&ctx, auth::IDLE_TIMEOUT_SECONDS)),
            ("staff", &duration(&ctx, auth::STAFF_IDLE_TIMEOUT_SECONDS)),
            ("absolute", &duration(&ctx, auth::ABSOLUTE_TIMEOUT_SECONDS)),
        ],
    );
    let tokens = args(
        "privacy-tokens-how-long",
        &[
            ("join", &duration(&ctx, crate::account::join::VERIFY_TTL)),
            ("reset", &duration(&ctx, crate::account::reset::RESET_TTL)),
            (
                "newsletter",
                &duration(&ctx, crate::pages::newsletter::CONFIRM_TTL),
            ),
        ],
    );
    let digest = if config.digest_interval_hours == 0 {
        t("privacy-newsletter-digest-manual")
    } else {
        let every = duration(
            &ctx,
            i64::try_from(config.digest_interval_hours.saturating_mul(3600)).unwrap_or(i64::MAX),
        );
        args("privacy-newsletter-digest-every", &[("every", &every)])
    };
    let smtp = config
        .mailer
        .as_ref()
        .is_some_and(|m| m.outbox_dir().is_none());
    let delivery = t(if smtp {
        "privacy-mail-smtp"
    } else {
        "privacy-mail-outbox"
    });
    let uploads_where = t(if config.uploads_in_bucket {
        "privacy-uploads-bucket"
    } else {
        "privacy-uploads-local"
    });
    let attempts = crate::jobs::mail::MAX_ATTEMPTS.to_string();
    let records = vec![
        record(&ctx, "visitors", t("privacy-visitors-how-long")),
        record(&ctx, "logs", t("privacy-logs-how-long")),
        record(&ctx, "account", t("privacy-account-how-long")),
        record(&ctx, "session", session),
        record(&ctx, "tokens", tokens),
        record(&ctx, "posts", t("privacy-posts-how-long")),
        record(&ctx, "notifications", t("privacy-notifications-how-long")),
        DataRecord {
            why: format!("{} {digest}", t("privacy-newsletter-why")),
            ..record(&ctx, "newsletter", t("privacy-newsletter-how-long"))
        },
        record(
            &ctx,
            "contact",
            format!("{} {delivery}", t("privacy-contact-how-long")),
        ),
        record(
            &ctx,
            "mail",
            args("privacy-mail-how-long", &[("attempts", &attempts)]),
        ),
        DataRecord {
            what: format!("{} {uploads_where}", t("privacy-uploads-what")),
            ..record(&ctx, "uploads", t("privacy-uploads-how-long"))
        },
        record(&ctx, "audit", t("privacy-audit-how-long")),
        record(&ctx, "backups", t("privacy-backups-how-long")),
    ];
    let link =
        |text: &str, label: &str, href: &str| NoticeLine::linked(t(text), t(label), ctx.link(href));
    let sections = vec![
        NoticeSection {
            id: "privacy-data",
            heading: t("privacy-data-heading"),
            paragraphs: Vec::new(),
            items: Vec::new(),
            records,
        },
        NoticeSection {
            id: "privacy-rights",
            heading: t("privacy-rights-heading"),
            paragraphs: vec![NoticeLine::text(t("privacy-rights-intro"))],
            items: vec![
                link(
                    "privacy-right-access",
                    "privacy-right-access-link",
                    "/account/export",
                ),
                link(
                    "privacy-right-rectify",
                    "privacy-right-rectify-link",
                    "/account",
                ),
                link(
                    "privacy-right-erase",
                    "privacy-right-erase-link",
                    "/account/delete",
                ),
                link(
                    "privacy-right-unsubscribe",
                    "privacy-right-unsubscribe-link",
                    "/newsletter",
                ),
                link(
                    "privacy-right-notifications",
                    "privacy-right-notifications-link",
                    "/notifications",
                ),
                link(
                    "privacy-right-other",
                    "privacy-right-other-link",
                    "/contact",
                ),
                NoticeLine::text(t("privacy-right-complain")),
            ],
            records: Vec::new(),
        },
    ];
    Ok(html(render(&SiteNoticePage {
        layout: ctx.layout(t("privacy-title"), t("privacy-description"), Section::Other),
        heading: t("privacy-title"),
        lead: vec![t("privacy-lead"), t("privacy-no-tracking")],
        sections,
        why_label: t("privacy-why"),
        how_long_label: t("privacy-how-long"),
    })))
}

/// `GET /accessibility`: the accessibility statement, in the structure of the EU model
/// (Commission Implementing Decision (EU) 2018/1523).
pub async fn accessibility(
    State(state): State<AppState>,
    ctx: PageContext,
) -> Result<Response, WebError> {
    let t = |k: &str| ctx.t(k);
    let text = |k: &str| NoticeLine::text(ctx.t(k));
    let checked = ctx.locale.date(sparks_core::PartialDate::from_date(
        ACCESSIBILITY_LAST_CHECKED,
    ));
    let address = state.link_base();
    let section =
        |id: &'static str, paragraphs: Vec<NoticeLine>, items: Vec<NoticeLine>| NoticeSection {
            id,
            heading: t(&format!("{id}-heading")),
            paragraphs,
            items,
            records: Vec::new(),
        };
    let sections = vec![
        section("a11y-status", vec![text("a11y-status-partial")], Vec::new()),
        section(
            "a11y-gaps",
            vec![text("a11y-gaps-intro")],
            vec![
                text("a11y-gap-charts"),
                text("a11y-gap-languages"),
                text("a11y-gap-member-texts"),
                text("a11y-gap-linked"),
                text("a11y-gap-audit"),
            ],
        ),
        section(
            "a11y-preparation",
            vec![
                NoticeLine::text(ctx.t_args("a11y-preparation-date", &[("date", &checked)])),
                text("a11y-preparation-method"),
            ],
            Vec::new(),
        ),
        section(
            "a11y-feedback",
            vec![NoticeLine::linked(
                t("a11y-feedback-text"),
                t("a11y-feedback-link"),
                ctx.link("/contact"),
            )],
            Vec::new(),
        ),
        section(
            "a11y-enforcement",
            vec![NoticeLine::linked(
                t("a11y-enforcement-text"),
                t("a11y-enforcement-link"),
                "https://digital-strategy.ec.europa.eu/en/policies/web-accessibility".to_owned(),
            )],
            Vec::new(),
        ),
    ];
    Ok(html(render(&SiteNoticePage {
        layout: ctx.layout(t("a11y-title"), t("a11y-description"), Section::Other),
        heading: t("a11y-title"),
        lead: vec![ctx.t_args("a11y-lead", &[("address", &address)])],
        sections,
        why_label: String::new(),
        how_long_label: String::new(),
    })))
}
