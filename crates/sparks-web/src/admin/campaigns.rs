//! `/admin/campaigns/new` and `/admin/campaigns/{slug}/edit`: editors write a campaign and
//! its kit in each language, save it as a draft, see its generated graphics above the form
//! (and the draft's page), then publish. `/campaigns/propose`: members write one in the same
//! form and it waits in the moderation queue. Every text of the kit goes through the
//! terminology check.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::response::Response;
use sparks_core::campaign::{Campaign, CampaignText, LANGUAGES, Problem};
use sparks_store::campaigns::{self, Saved, StoredCampaign};
use sparks_views::{Button, Field, FieldKind, Locale, Section, Template};

use crate::admin::editorial::actor;
use crate::auth::{self, FormData, Member, Staff, Viewer, see_other};
use crate::pages::campaigns::graphics;
use crate::present::context::PageContext;
use crate::present::forms::{Problems, form_page, form_page_response, pillar_choices};
use crate::present::terminology;
use crate::{AppState, WebError};

/// The per-language fields: name suffix, kind, and whether a post list.
const TEXT_FIELDS: [(&str, FieldKind); 10] = [
    ("title", FieldKind::Text),
    ("slogan", FieldKind::Text),
    ("summary", FieldKind::TextArea),
    ("messages", FieldKind::TextArea),
    ("cta_label", FieldKind::Text),
    ("short_posts", FieldKind::TextArea),
    ("long_posts", FieldKind::TextArea),
    ("email_subject", FieldKind::Text),
    ("email_body", FieldKind::TextArea),
    ("press", FieldKind::TextArea),
];

/// A line alone between two posts of the long form.
const POST_BREAK: &str = "---";

fn label(ctx: &PageContext, name: &str) -> String {
    ctx.t(&format!("campaign-field-{}", name.replace('_', "-")))
}

fn text_field(ctx: &PageContext, name: &str, kind: FieldKind, value: String) -> Field {
    let mut f = Field::new(name, label(ctx, name), kind);
    f.value = value;
    f.hint = ctx.try_t(&format!("campaign-hint-{}", name.replace('_', "-")));
    f
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| sparks_core::initiative::strip_controls(l.trim()))
        .filter(|l| !l.is_empty())
        .collect()
}

/// Posts separated by a blank line (short) or a `---` line (long, which has paragraphs).
fn posts(text: &str, long: bool) -> Vec<String> {
    let text = text.replace("\r\n", "\n");
    let parts: Vec<&str> = if long {
        text.split(&format!("\n{POST_BREAK}\n")).collect()
    } else {
        text.split("\n\n").collect()
    };
    parts
        .into_iter()
        .map(|p| sparks_core::initiative::strip_controls(p.trim()))
        .filter(|p| !p.is_empty())
        .collect()
}

fn clean(text: &str) -> String {
    sparks_core::initiative::strip_controls(text.replace("\r\n", "\n").trim())
}

fn optional(text: String) -> Option<String> {
    (!text.is_empty()).then_some(text)
}

/// The campaign a form describes.
fn from_form(form: &FormData) -> Campaign {
    let mut texts = BTreeMap::new();
    for lang in LANGUAGES {
        let get = |name: &str| form.get(&format!("{lang}_{name}"));
        if TEXT_FIELDS.iter().all(|(n, _)| get(n).trim().is_empty()) {
            continue;
        }
        texts.insert(
            lang.to_owned(),
            CampaignText {
                title: clean(&get("title")),
                slogan: clean(&get("slogan")),
                summary: clean(&get("summary")),
                messages: lines(&get("messages")),
                cta_label: clean(&get("cta_label")),
                short_posts: posts(&get("short_posts"), false),
                long_posts: posts(&get("long_posts"), true),
                email_subject: clean(&get("email_subject")),
                email_body: clean(&get("email_body")),
                press: clean(&get("press")),
            },
        );
    }
    Campaign {
        slug: clean(&form.get("slug")).to_lowercase(),
        pillars: form.all("pillars"),
        starts_on: optional(clean(&form.get("starts_on"))),
        ends_on: optional(clean(&form.get("ends_on"))),
        hashtags: form
            .get("hashtags")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        cta: clean(&form.get("cta")),
        initiatives: lines(&form.get("initiatives")),
        resources: lines(&form.get("resources")),
        events: lines(&form.get("events")),
        source_url: optional(clean(&form.get("source_url"))),
        texts,
    }
}

/// The form's values for a campaign.
fn to_form(c: &Campaign) -> FormData {
    let mut pairs = vec![
        ("slug".to_owned(), c.slug.clone()),
        (
            "starts_on".to_owned(),
            c.starts_on.clone().unwrap_or_default(),
        ),
        ("ends_on".to_owned(), c.ends_on.clone().unwrap_or_default()),
        ("hashtags".to_owned(), c.hashtag_line()),
        ("cta".to_owned(), c.cta.clone()),
        ("initiatives".to_owned(), c.initiatives.join("\n")),
        ("resources".to_owned(), c.resources.join("\n")),
        ("events".to_owned(), c.events.join("\n")),
        (
            "source_url".to_owned(),
            c.source_url.clone().unwrap_or_default(),
        ),
    ];
    pairs.extend(c.pillars.iter().map(|p| ("pillars".to_owned(), p.clone())));
    for (lang, t) in &c.texts {
        let mut put = |name: &str, value: String| pairs.push((format!("{lang}_{name}"), value));
        put("title", t.title.clone());
        put("slogan", t.slogan.clone());
        put("summary", t.summary.clone());
        put("messages", t.messages.join("\n"));
        put("cta_label", t.cta_label.clone());
        put("short_posts", t.short_posts.join("\n\n"));
        put(
            "long_posts",
            t.long_posts.join(&format!("\n{POST_BREAK}\n")),
        );
        put("email_subject", t.email_subject.clone());
        put("email_body", t.email_body.clone());
        put("press", t.press.clone());
    }
    FormData(pairs)
}

fn fields(ctx: &PageContext, form: &FormData) -> Vec<Field> {
    let mut out = Vec::new();
    let mut slug = text_field(ctx, "slug", FieldKind::Text, form.get("slug"));
    slug.required = true;
    out.push(slug);
    let mut pillars = text_field(ctx, "pillars", FieldKind::Checkboxes, String::new());
    pillars.choices = pillar_choices(ctx, &form.all("pillars"));
    out.push(pillars);
    for (name, kind) in [
        ("starts_on", FieldKind::Date),
        ("ends_on", FieldKind::Date),
        ("hashtags", FieldKind::Text),
        ("cta", FieldKind::Text),
        ("source_url", FieldKind::Url),
        ("initiatives", FieldKind::TextArea),
        ("resources", FieldKind::TextArea),
        ("events", FieldKind::TextArea),
    ] {
        out.push(text_field(ctx, name, kind, form.get(name)));
    }
    out[5].required = true; // cta
    for lang in LANGUAGES {
        let language = Locale::from_code(lang).map_or(lang, |l| l.native_name());
        for (name, kind) in TEXT_FIELDS {
            let full = format!("{lang}_{name}");
            let mut f = text_field(ctx, name, kind, form.get(&full));
            f.name = full;
            f.label = format!("{language}: {}", f.label);
            out.push(f);
        }
    }
    out
}

/// The form field a rule of [`Campaign::problems`] is about, and the message to show.
fn problem_field(ctx: &PageContext, p: &Problem) -> (String, String) {
    let parts: Vec<&str> = p.field.split('.').collect();
    match parts.as_slice() {
        ["texts", lang, "short_posts"] => (
            format!("{lang}_short_posts"),
            ctx.t("campaign-error-short-post"),
        ),
        ["texts", lang, name] => (format!("{lang}_{name}"), ctx.t("form-error-missing")),
        ["texts"] => ("en_title".to_owned(), ctx.t("campaign-error-language")),
        [name] => {
            let key = match *name {
                "slug" => "campaign-error-slug",
                "starts_on" | "ends_on" => "campaign-error-date",
                "hashtags" => "campaign-error-hashtags",
                "cta" => "campaign-error-cta",
                "source_url" => "campaign-error-source",
                _ => "form-error-missing",
            };
            ((*name).to_owned(), ctx.t(key))
        }
        _ => ("slug".to_owned(), ctx.t("form-error-missing")),
    }
}

/// Longest single-line text and longest text block.
const LINE_MAX: usize = 300;
const BLOCK_MAX: usize = 6000;

async fn check(
    state: &AppState,
    ctx: &PageContext,
    c: &Campaign,
    problems: &mut Problems,
) -> Result<(), WebError> {
    for p in c.problems() {
        let (field, message) = problem_field(ctx, &p);
        problems.add(&field, message);
    }
    for (lang, t) in &c.texts {
        for (name, value) in [
            ("title", &t.title),
            ("slogan", &t.slogan),
            ("cta_label", &t.cta_label),
            ("email_subject", &t.email_subject),
        ] {
            if value.chars().count() > LINE_MAX {
                let max = LINE_MAX.to_string();
                problems.add(
                    &format!("{lang}_{name}"),
                    ctx.t_args("form-error-too-long", &[("max", &max)]),
                );
            }
        }
        for (name, value) in [
            ("summary", &t.summary),
            ("email_body", &t.email_body),
            ("press", &t.press),
        ] {
            if value.chars().count() > BLOCK_MAX {
                let max = BLOCK_MAX.to_string();
                problems.add(
                    &format!("{lang}_{name}"),
                    ctx.t_args("form-error-too-long", &[("max", &max)]),
                );
            }
        }
    }
    let db = state.db();
    for slug in &c.initiatives {
        if sparks_store::initiatives::get(db, slug).await?.is_none() {
            problems.add(
                "initiatives",
                ctx.t_args("campaign-error-unknown", &[("slug", slug)]),
            );
        }
    }
    for slug in &c.resources {
        if sparks_store::resources::get(db, slug).await?.is_none() {
            problems.add(
                "resources",
                ctx.t_args("campaign-error-unknown", &[("slug", slug)]),
            );
        }
    }
    for slug in &c.events {
        if sparks_store::events::get(db, slug).await?.is_none() {
            problems.add(
                "events",
                ctx.t_args("campaign-error-unknown", &[("slug", slug)]),
            );
        }
    }
    Ok(())
}

/// The form page; with a saved campaign, its graphics above the form.
async fn form_response(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    form: &FormData,
    saved: Option<&StoredCampaign>,
    problems: &Problems,
) -> Result<Response, WebError> {
    let staff = viewer.is_staff();
    let action = match saved {
        Some(s) => format!("/admin/campaigns/{}/edit", s.campaign.slug),
        None if staff => "/admin/campaigns/new".to_owned(),
        None => PROPOSE.to_owned(),
    };
    let mut fields = fields(ctx, form);
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let (section, heading) = if staff {
        (Section::Admin, "campaign-form")
    } else {
        (Section::News, "campaign-propose")
    };
    let mut page = form_page(ctx, section, heading, &action, csrf, fields);
    if staff {
        page.buttons.push(Button {
            name: "publish".into(),
            value: "1".into(),
            label: ctx.t("campaign-publish"),
        });
        page.intro.push(ctx.t("campaign-form-intro"));
    } else {
        page.intro.push(ctx.t("campaign-propose-intro"));
    }
    if let Some(s) = saved {
        page.intro.push(ctx.t(if s.published {
            "campaign-status-published"
        } else {
            "campaign-status-draft"
        }));
        let preview = sparks_views::CampaignPreview {
            graphics: s
                .campaign
                .texts
                .keys()
                .map(|lang| {
                    let name = Locale::from_code(lang)
                        .map_or_else(|| lang.clone(), |l| l.native_name().to_owned());
                    (name, graphics(ctx, s, lang))
                })
                .collect(),
            page_href: ctx.link(&format!("/campaigns/{}", s.campaign.slug)),
            page_label: ctx.t("campaign-see-page"),
        };
        page.preview = Some(preview.render().unwrap_or_default());
    }
    Ok(form_page_response(&page, problems))
}

/// The empty form: the editors' for staff, the proposal form for members.
async fn blank_form(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
) -> Result<Response, WebError> {
    let (form, problems) = (FormData::default(), Problems::default());
    form_response(state, ctx, viewer, &form, None, &problems).await
}

/// `GET /admin/campaigns/new` (staff).
pub async fn new_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    blank_form(&state, &ctx, &viewer).await
}

/// `GET /admin/campaigns/{slug}/edit` (staff).
pub async fn edit_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let saved = campaigns::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    let form = to_form(&saved.campaign);
    form_response(
        &state,
        &ctx,
        &viewer,
        &form,
        Some(&saved),
        &Problems::default(),
    )
    .await
}

/// Where members propose a campaign.
const PROPOSE: &str = "/campaigns/propose";

/// `GET /campaigns/propose` (members; staff are sent to the editors' form).
pub async fn propose_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    if viewer.is_staff() {
        return Ok(see_other(&ctx.link("/admin/campaigns/new")));
    }
    blank_form(&state, &ctx, &viewer).await
}

/// `POST /campaigns/propose` (members): the campaign waits in the moderation queue.
pub async fn propose(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, &form, None).await
}

/// `POST /admin/campaigns/new` (staff).
pub async fn create(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    form: FormData,
) -> Result<Response, WebError> {
    save(&state, &ctx, &viewer, &form, None).await
}

/// `POST /admin/campaigns/{slug}/edit` (staff).
pub async fn update(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let saved = campaigns::get(state.db(), &slug)
        .await?
        .ok_or(WebError::NotFound)?;
    save(&state, &ctx, &viewer, &form, Some(&saved)).await
}

async fn save(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    form: &FormData,
    saved: Option<&StoredCampaign>,
) -> Result<Response, WebError> {
    let campaign = from_form(form);
    let mut problems = Problems::default();
    check(state, ctx, &campaign, &mut problems).await?;
    let texts: Vec<(String, &str)> = campaign
        .all_texts()
        .into_iter()
        .map(|(field, _, text)| {
            // `texts.de.messages` is the form's `de_messages`.
            (
                field.trim_start_matches("texts.").replacen('.', "_", 1),
                text,
            )
        })
        .collect();
    let texts: Vec<(&str, &str)> = texts.iter().map(|(f, t)| (f.as_str(), *t)).collect();
    let kept = terminology::check(state, ctx, &mut problems, form, &texts).await?;
    if !problems.is_empty() {
        return form_response(state, ctx, viewer, form, saved, &problems).await;
    }
    if !viewer.is_staff() {
        // A slug in use would only be refused when an editor approves: say so now.
        if campaigns::get(state.db(), &campaign.slug).await?.is_some() {
            problems.add("slug", ctx.t("campaign-error-slug-taken"));
            return form_response(state, ctx, viewer, form, saved, &problems).await;
        }
        let title = campaign
            .text_for(ctx.locale.code())
            .map(|(_, t)| t.title.clone())
            .unwrap_or_else(|| campaign.slug.clone());
        let now = state.clock().now();
        let db = state.db();
        sparks_store::editorial::propose_campaign(db, &campaign, &title, viewer.user.id, now)
            .await?;
        kept.note(state, &title, "/admin/moderation", viewer.user.id)
            .await?;
        crate::notify::waiting(state, &title, "/admin/moderation", viewer.user.id).await;
        return Ok(crate::pages::submit::thanks(ctx));
    }
    let publish = form.checked("publish");
    let outcome = campaigns::save(
        state.db(),
        &campaign,
        saved.map(|s| s.campaign.slug.as_str()),
        publish,
        &actor(viewer),
        state.clock().now(),
    )
    .await?;
    match outcome {
        Saved::SlugTaken => {
            problems.add("slug", ctx.t("campaign-error-slug-taken"));
            form_response(state, ctx, viewer, form, saved, &problems).await
        }
        Saved::Missing => Err(WebError::NotFound),
        Saved::Created | Saved::Updated(_) => {
            let page = format!("/campaigns/{}", campaign.slug);
            kept.note(state, &campaign.slug, &page, viewer.user.id)
                .await?;
            Ok(see_other(
                &ctx.link(&format!("/admin/campaigns/{}/edit", campaign.slug)),
            ))
        }
    }
}
