//! `/submit/{kind}`: members propose initiatives, resources, events and news (and edits to
//! initiatives they are linked to); editors and admins publish directly and edit anything.
//! A Preview button shows the Markdown rendered, without JavaScript.

use axum::extract::{Path, Query, State};
use axum::response::Response;
use serde::Deserialize;
use sparks_core::{EventKind, HelplineKind, ResourceKind};
use sparks_store::accounts;
use sparks_store::editorial::{self as se, Change, Outcome, Publication};
use sparks_store::moderation::{self, ContentKind};
use sparks_views::{Button, Choice, Field, FieldKind, FormPage, Link, Section};

use crate::admin::editorial::{self, Record, Unread, actor, found};
use crate::auth::limit;
use crate::auth::{self, FormData, Member, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{Problems, field, form_page_response, hint, required};
use crate::present::terminology;
use crate::present::warnings;
use crate::{AppState, WebError};

/// The page after a proposal is sent: it waits for an editor.
pub fn thanks(ctx: &PageContext) -> Response {
    crate::present::forms::notice(
        ctx,
        Section::Account,
        "submit-thanks-title",
        vec![ctx.t("submit-thanks")],
        vec![Link {
            label: ctx.t("account-title"),
            href: ctx.link("/account"),
        }],
    )
}

/// The field a taken slug is blamed on: the one it is made from.
fn name_field(kind: ContentKind) -> &'static str {
    if kind == ContentKind::Initiative {
        "acronym"
    } else {
        "title"
    }
}

/// The send button of a proposal form: staff publish at once, members propose.
pub fn send_label(ctx: &PageContext, viewer: &Viewer) -> String {
    if viewer.is_staff() {
        ctx.t("submit-publish")
    } else {
        ctx.t("submit-send")
    }
}

/// A proposal form titled `heading` (its `<title>`, description and `<h1>`) that posts
/// `fields` to `action` (a path on the site), sent with the viewer's button. Intro, buttons
/// and the rest start empty, for the caller to set with struct update syntax.
pub fn proposal_page(
    ctx: &PageContext,
    viewer: &Viewer,
    heading: String,
    action: &str,
    csrf_token: String,
    fields: Vec<Field>,
) -> FormPage {
    FormPage {
        layout: ctx.layout(heading.clone(), heading.clone(), Section::Account),
        heading,
        intro: Vec::new(),
        code_block: None,
        action: ctx.link(action),
        csrf_token,
        fields,
        submit: send_label(ctx, viewer),
        buttons: Vec::new(),
        preview: None,
        links: Vec::new(),
    }
}

fn kind_of(slug: &str) -> Result<ContentKind, WebError> {
    ContentKind::parse(slug).ok_or(WebError::NotFound)
}

fn value_of(values: &[(&'static str, Vec<String>)], name: &str) -> String {
    values
        .iter()
        .find(|(n, _)| *n == name)
        .and_then(|(_, v)| v.first().cloned())
        .unwrap_or_default()
}

fn values_of(values: &[(&'static str, Vec<String>)], name: &str) -> Vec<String> {
    values
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.clone())
        .unwrap_or_default()
}

fn select(ctx: &PageContext, name: &str, value: &str, options: Vec<(String, String)>) -> Field {
    let mut f = field(ctx, name, FieldKind::Select, value);
    f.choices = std::iter::once((String::new(), ctx.t("form-choose")))
        .chain(options)
        .map(|(v, label)| Choice {
            selected: v == value,
            value: v,
            label,
        })
        .collect();
    f
}

/// The required `type` choice of a record's form, its options named `{prefix}-{slug}`.
fn type_select(
    ctx: &PageContext,
    values: &[(&'static str, Vec<String>)],
    slugs: impl Iterator<Item = &'static str>,
    prefix: &str,
) -> Field {
    let options = slugs
        .map(|s| (s.to_owned(), ctx.t(&format!("{prefix}-{s}"))))
        .collect();
    required(select(ctx, "type", &value_of(values, "type"), options))
}

/// The fields of a record's form.
fn record_fields(ctx: &PageContext, record: &Record) -> Vec<Field> {
    let v = record.values();
    let text = |name: &str| field(ctx, name, FieldKind::Text, &value_of(&v, name));
    let url = |name: &str| field(ctx, name, FieldKind::Url, &value_of(&v, name));
    let pillars = || {
        let mut f = field(ctx, "pillars", FieldKind::Checkboxes, "");
        f.choices = crate::present::forms::pillar_choices(ctx, &values_of(&v, "pillars"));
        f
    };
    let markdown = |name: &str| {
        hint(
            ctx,
            field(ctx, name, FieldKind::TextArea, &value_of(&v, name)),
            "form-hint-markdown",
        )
    };
    // A one-per-line text area (lists: partners' countries, topics, sources).
    let lines = |name: &str, hint_key: &str| {
        hint(
            ctx,
            field(ctx, name, FieldKind::TextArea, &value_of(&v, name)),
            hint_key,
        )
    };
    let plain = |name: &str| field(ctx, name, FieldKind::TextArea, &value_of(&v, name));
    match record.kind() {
        ContentKind::Initiative => vec![
            required(text("acronym")),
            required(text("title")),
            markdown("summary"),
            required(select(
                ctx,
                "type",
                &value_of(&v, "type"),
                sparks_core::InitiativeKind::ALL
                    .iter()
                    .map(|k| (k.slug().to_owned(), ctx.locale.kind(*k)))
                    .collect(),
            )),
            pillars(),
            hint(ctx, text("programme"), "form-hint-programme"),
            text("grant_id"),
            hint(ctx, text("start_date"), "form-hint-partial-date"),
            hint(ctx, text("end_date"), "form-hint-partial-date"),
            text("coordinator"),
            hint(ctx, text("coordinator_country"), "form-hint-country"),
            lines("partners", "form-hint-lines-partners"),
            lines("partner_countries", "form-hint-lines-countries"),
            hint(ctx, text("eu_contribution_eur"), "form-hint-euros"),
            url("website"),
            url("cordis_url"),
            lines("topics", "form-hint-lines"),
            lines("sources", "form-hint-lines-urls"),
            lines("field_sources", "form-hint-field-sources"),
            hint(ctx, plain("notes"), "form-hint-plain"),
            lines("sparks_urls", "form-hint-lines-urls"),
        ]
        .into_iter()
        .chain(crate::present::status_form::status_fields(
            ctx,
            &value_of(&v, "status"),
            &value_of(&v, "status_source"),
        ))
        .collect(),
        ContentKind::Resource => vec![
            required(text("title")),
            type_select(
                ctx,
                &v,
                ResourceKind::ALL.iter().map(|k| k.slug()),
                "resource-type",
            ),
            markdown("summary"),
            url("url"),
            hint(ctx, text("published"), "form-hint-partial-date"),
            pillars(),
            hint(ctx, text("language"), "form-hint-language"),
            hint(ctx, text("initiative"), "form-hint-initiative"),
            hint(ctx, text("initiatives"), "form-hint-initiatives"),
            lines("topics", "form-hint-lines"),
            {
                let mut f = field(ctx, "audience", FieldKind::Checkboxes, "");
                let chosen = values_of(&v, "audience");
                f.choices = sparks_core::Audience::ALL
                    .iter()
                    .map(|a| Choice {
                        value: a.slug().to_owned(),
                        label: ctx.t(&format!("audience-{}", a.slug())),
                        selected: chosen.iter().any(|c| c == a.slug()),
                    })
                    .collect();
                f
            },
            url("source_url"),
            warnings::select(ctx, &value_of(&v, "content_warning")),
        ],
        ContentKind::Event => vec![
            required(text("title")),
            type_select(
                ctx,
                &v,
                EventKind::ALL.iter().map(|k| k.slug()),
                "event-type",
            ),
            required(hint(ctx, text("start"), "form-hint-datetime")),
            hint(ctx, text("end"), "form-hint-datetime"),
            hint(ctx, text("timezone"), "form-hint-timezone"),
            text("city"),
            hint(ctx, text("country"), "form-hint-country"),
            field(ctx, "online", FieldKind::Checkbox, &value_of(&v, "online")),
            url("url"),
            markdown("summary"),
            lines("organisers", "form-hint-lines"),
            url("source_url"),
            warnings::select(ctx, &value_of(&v, "content_warning")),
        ],
        ContentKind::News => vec![
            required(text("title")),
            text("summary"),
            required(markdown("body")),
            required(hint(ctx, text("published"), "form-hint-date")),
            hint(ctx, text("initiative"), "form-hint-initiative"),
            url("source_url"),
            hint(ctx, text("language"), "form-hint-language"),
            warnings::select(ctx, &value_of(&v, "content_warning")),
        ],
        ContentKind::Recommendation => vec![
            required(text("title")),
            required(sparks_views::Field {
                label: ctx.t("form-field-rec-pillar"),
                ..select(
                    ctx,
                    "pillar",
                    &value_of(&v, "pillar"),
                    sparks_core::Pillar::ALL
                        .iter()
                        .map(|p| (p.slug().to_owned(), ctx.locale.pillar(*p)))
                        .collect(),
                )
            }),
            required(markdown("text")),
            required(text("issuer")),
            text("year"),
            text("addressee"),
            hint(ctx, text("initiatives"), "form-hint-initiatives"),
            url("source_url"),
        ],
        ContentKind::Statistic => vec![
            required(text("figure")),
            required(hint(ctx, text("value"), "form-hint-stat-value")),
            hint(ctx, text("year"), "form-hint-stat-year"),
            required(text("publisher")),
            required(url("source_url")),
            url("primary_source"),
            lines("also_cited_at", "form-hint-lines-urls"),
            text("note"),
        ],
        ContentKind::Helpline => vec![
            required(text("name")),
            type_select(
                ctx,
                &v,
                HelplineKind::ALL.iter().map(|k| k.slug()),
                "helpline-kind",
            ),
            required(hint(ctx, text("country"), "form-hint-country-code")),
            text("organisation"),
            text("phone"),
            url("website"),
            url("report_url"),
            text("hours"),
            hint(ctx, text("languages"), "form-hint-languages"),
            select(
                ctx,
                "chat",
                &value_of(&v, "chat"),
                vec![
                    ("yes".to_owned(), ctx.t("form-yes")),
                    ("no".to_owned(), ctx.t("form-no")),
                ],
            ),
            required(url("source_url")),
            text("notes"),
            hint(ctx, text("checked"), "form-hint-date"),
        ],
    }
}

/// Notes what of the form could not be read, on its fields, in the page's language; every
/// bad line of a list is named in its field's one message.
fn unread_problems(ctx: &PageContext, unread: &[Unread], problems: &mut Problems) {
    let mut by_field: Vec<(&str, Vec<String>)> = Vec::new();
    for u in unread {
        let args: Vec<(&str, &str)> = u.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let message = ctx.t_args(u.key, &args);
        match by_field.iter_mut().find(|(f, _)| *f == u.field) {
            Some((_, messages)) => messages.push(message),
            None => by_field.push((u.field, vec![message])),
        }
    }
    for (field, messages) in by_field {
        problems.add(field, messages.join(" "));
    }
}

#[derive(Deserialize)]
/// `?slug=` to edit a published record.
pub struct EditQuery {
    slug: Option<String>,
}

/// Whether the viewer may change the published record `slug`: staff always; members only
/// initiatives they are linked to (as a proposal).
async fn may_edit(
    state: &AppState,
    viewer: &Viewer,
    kind: ContentKind,
    slug: &str,
) -> Result<bool, WebError> {
    if viewer.is_staff() {
        return Ok(true);
    }
    Ok(kind == ContentKind::Initiative
        && accounts::linked_initiatives(state.db(), viewer.user.id)
            .await?
            .iter()
            .any(|s| s == slug))
}

/// What a submit form is about: the record as it stands, the slug of the published record
/// it edits (none for a new one), and what of the form could not be put on the record.
struct Draft {
    record: Record,
    target: Option<String>,
    unread: Vec<Unread>,
}

impl Draft {
    /// The draft a form starts from: the published record at `target` (403 unless the viewer
    /// may edit it, 404 when there is none), or an empty one of `kind`.
    async fn load(
        state: &AppState,
        viewer: &Viewer,
        kind: ContentKind,
        target: Option<String>,
    ) -> Result<Draft, WebError> {
        let record = match target.as_deref() {
            Some(slug) => {
                if !may_edit(state, viewer, kind, slug).await? {
                    return Err(WebError::Forbidden);
                }
                editorial::current(state.db(), kind, slug)
                    .await?
                    .ok_or(WebError::NotFound)?
            }
            None => Record::empty(kind),
        };
        Ok(Draft {
            record,
            target,
            unread: Vec::new(),
        })
    }
}

/// The form of a draft, with its Markdown rendered below when `preview`; 422 when it shows
/// `problems`.
async fn submit_form(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    draft: &Draft,
    problems: &Problems,
    preview: bool,
) -> Result<Response, WebError> {
    let (record, target) = (&draft.record, draft.target.as_deref());
    let kind = record.kind();
    let mut fields = record_fields(ctx, record);
    // A number that is not one is shown again as typed.
    for u in &draft.unread {
        if let (Some(typed), Some(f)) = (&u.typed, fields.iter_mut().find(|f| f.name == u.field)) {
            f.value.clone_from(typed);
        }
    }
    if let Some(t) = target {
        fields.push(Field::hidden("target", t));
    }
    problems.attach(&mut fields);
    let heading = match target {
        Some(t) => ctx.t_args("submit-edit-title", &[("title", t)]),
        None => ctx.t(&format!("submit-{}-title", kind.slug())),
    };
    let mut intro = vec![if viewer.is_staff() {
        ctx.t("submit-intro-staff")
    } else {
        ctx.t("submit-intro-member")
    }];
    if kind == ContentKind::Initiative && target.is_none() {
        intro.push(ctx.t("submit-check-existing"));
    }
    let markdown = record.markdown();
    let mut buttons = Vec::new();
    if markdown.is_some() {
        buttons.push(Button {
            name: "action".into(),
            value: "preview".into(),
            label: ctx.t("form-preview"),
        });
    }
    if viewer.is_staff() && target.is_some() {
        buttons.push(Button {
            name: "action".into(),
            value: "unpublish".into(),
            label: ctx.t("submit-unpublish"),
        });
    }
    let mut links = Vec::new();
    if kind == ContentKind::Initiative && target.is_none() {
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        let v = record.values();
        q.append_pair("acronym", &value_of(&v, "acronym"));
        q.append_pair("title", &value_of(&v, "title"));
        links.push(Link {
            label: ctx.t("submit-similar"),
            href: ctx.link(&format!("/initiatives/similar?{}", q.finish())),
        });
    }
    let action = format!("/submit/{}", kind.slug());
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let page = FormPage {
        intro,
        buttons,
        preview: markdown
            .filter(|_| preview)
            .map(sparks_core::markdown::to_safe_html),
        links,
        ..proposal_page(ctx, viewer, heading, &action, csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /submit/{kind}` (and `?slug=` to edit).
pub async fn submit_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path(kind): Path<String>,
    Query(q): Query<EditQuery>,
) -> Result<Response, WebError> {
    let kind = kind_of(&kind)?;
    let target = q.slug.filter(|s| !s.is_empty());
    let draft = Draft::load(&state, &viewer, kind, target).await?;
    submit_form(&state, &ctx, &viewer, &draft, &Problems::default(), false).await
}

/// Publishes a draft (staff) or proposes it (members) when it is valid and its slug free;
/// otherwise notes why in `problems` and gives `None`, for the form to come back.
async fn send(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    draft: &Draft,
    form: &FormData,
    problems: &mut Problems,
) -> Result<Option<Response>, WebError> {
    let (record, target) = (&draft.record, draft.target.as_deref());
    let kind = record.kind();
    let values = record.values();
    let texts: Vec<(&str, &str)> = values
        .iter()
        .flat_map(|(name, vs)| vs.iter().map(|v| (*name, v.as_str())))
        .collect();
    // The form's own reading comes first: it names the line at fault.
    unread_problems(ctx, &draft.unread, problems);
    let kept = terminology::check(state, ctx, problems, form, &texts).await?;
    let validated = record.validate();
    if let Err(errors) = &validated {
        for e in errors {
            problems.add(&e.field, e.message.clone());
        }
    }
    // A new initiative enters the directory with where its facts come from.
    if let (Some(r), None) = (record.initiative_sources(), target)
        && r.iter().all(|s| s.trim().is_empty())
    {
        problems.add("sources", ctx.t("form-error-source-needed"));
    }
    let valid = match validated {
        Ok(valid) if problems.is_empty() => valid,
        _ => return Ok(None),
    };
    let now = state.clock().now();
    if viewer.is_staff() {
        let change = if target.is_some() {
            Change::Update
        } else {
            Change::Create
        };
        let json = record.to_json();
        let item = Publication {
            record: &valid,
            json: &json,
        };
        let outcome = se::publish(state.db(), &actor(viewer), item, change, now).await?;
        if outcome == Outcome::Done && change == Change::Create {
            crate::pages::follow::announce_searches(state, &valid, vec![viewer.user.id]).await?;
        }
        if outcome != Outcome::Exists {
            let href = kind.href(valid.slug());
            kept.note(state, kind.slug(), &href, viewer.user.id).await?;
            return Ok(Some(see_other(&href)));
        }
        problems.add(name_field(kind), ctx.t("submit-exists"));
    } else if target.is_none() && editorial::exists(state.db(), kind, valid.slug()).await? {
        problems.add(name_field(kind), ctx.t("submit-exists"));
    } else {
        limit(state, &format!("submit:{}", viewer.user.id), 20, 3600).await?;
        // A member's proposal never carries the editors' research notes of the record it
        // edits: the proposal is the member's data (their export shows it).
        moderation::submit(
            state.db(),
            kind,
            target,
            &record.without_editor_notes().to_json(),
            viewer.user.id,
            now.unix_timestamp(),
        )
        .await?;
        let what = format!("{} proposal", kind.slug());
        kept.note(state, &what, "/admin/moderation", viewer.user.id)
            .await?;
        let title = moderation::payload_title(&record.to_json());
        crate::notify::waiting(state, &title, "/admin/moderation", viewer.user.id).await;
        return Ok(Some(thanks(ctx)));
    }
    Ok(None)
}

/// `POST /submit/{kind}`: preview, propose (members), publish or unpublish (staff).
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path(kind): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let kind = kind_of(&kind)?;
    let target = Some(form.get("target")).filter(|t| !t.is_empty());
    let mut draft = Draft::load(&state, &viewer, kind, target).await?;
    let action = form.get("action");
    if action == "unpublish" {
        let (Some(slug), true) = (&draft.target, viewer.is_staff()) else {
            return Err(WebError::Forbidden);
        };
        let now = state.clock().now();
        found(se::unpublish(state.db(), &actor(&viewer), kind, slug, now).await?)?;
        return Ok(see_other(kind.section()));
    }
    draft.unread = draft.record.apply(&form);
    draft.record.set_slug(draft.target.clone());
    // A preview shows the form again as it is; otherwise it comes back only with problems.
    let preview = action == "preview";
    let mut problems = Problems::default();
    if preview {
        unread_problems(&ctx, &draft.unread, &mut problems);
    }
    if !preview
        && let Some(sent) = send(&state, &ctx, &viewer, &draft, &form, &mut problems).await?
    {
        return Ok(sent);
    }
    submit_form(&state, &ctx, &viewer, &draft, &problems, preview).await
}
