//! The admin area: the moderation queue (submissions and reported posts), users and roles
//! (admins only), and the audit log with restore.

pub(crate) mod editorial;
pub(crate) mod media;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sparks_mail::Email;
use sparks_store::accounts::{self, Role};
use sparks_store::community;
use sparks_store::moderation::{self, ContentKind, NewAuditEntry};
use sparks_views::{
    AdminPage, AuditItem, AuditPage, Choice, Link, ModerationPage, PendingItem, ReportItem,
    Section, UserRow, UsersPage, render,
};

use crate::auth::{self, Admin, FormData, Staff, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{form_response, when};
use crate::{AppState, WebError};
use editorial::{Actor, Record};

use crate::present::forms::parse_id;

fn actor(v: &Viewer) -> Actor {
    Actor {
        id: v.user.id,
        name: v.user.display_name.clone(),
    }
}

/// `GET /admin`.
pub async fn admin_home(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    let pending = moderation::pending(state.db()).await?.len() as u64;
    let reports = community::open_reports(state.db()).await?.len() as u64;
    let mut sections = vec![(
        Link {
            label: ctx.t("moderation-heading"),
            href: ctx.link("/admin/moderation"),
        },
        ctx.tn("admin-waiting", pending + reports),
    )];
    sections.push((
        Link {
            label: ctx.t("media-admin-heading"),
            href: ctx.link("/admin/media"),
        },
        String::new(),
    ));
    sections.push((
        Link {
            label: ctx.t("feeds-heading"),
            href: ctx.link("/admin/feeds"),
        },
        String::new(),
    ));
    sections.push((
        Link {
            label: ctx.t("audit-heading"),
            href: ctx.link("/admin/audit"),
        },
        String::new(),
    ));
    if viewer.role() == Role::Admin {
        sections.push((
            Link {
                label: ctx.t("users-heading"),
                href: ctx.link("/admin/users"),
            },
            String::new(),
        ));
    }
    let create = ContentKind::ALL
        .iter()
        .map(|k| Link {
            label: ctx.t(&format!("submit-{}-title", k.slug())),
            href: ctx.link(&format!("/submit/{}", k.slug())),
        })
        .collect();
    let page = AdminPage {
        layout: ctx.layout(
            ctx.t("admin-heading"),
            ctx.t("admin-heading"),
            Section::Admin,
        ),
        sections,
        create,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}

async fn moderation_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    error: Option<(i64, String)>,
) -> Result<Response, WebError> {
    let mut pending = Vec::new();
    for s in moderation::pending(state.db()).await? {
        let submitter = match s.submitter_id {
            Some(id) => accounts::by_id(state.db(), id)
                .await?
                .map(|u| u.display_name),
            None => None,
        }
        .unwrap_or_else(|| ctx.t("community-former-member"));
        let kind = ContentKind::parse(&s.kind);
        let fields = kind
            .and_then(|k| Record::from_json(k, &s.payload).ok())
            .map(|r| {
                r.values()
                    .into_iter()
                    .map(|(name, v)| {
                        (
                            ctx.t(&format!("form-field-{}", name.replace('_', "-"))),
                            v.join(", "),
                        )
                    })
                    .filter(|(_, v)| !v.is_empty())
                    .collect()
            })
            .unwrap_or_else(|| {
                // Proposals outside the content types (feeds): their fields as stored.
                serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&s.payload)
                    .map(|m| {
                        m.into_iter()
                            .map(|(k, v)| (k, v.as_str().map(str::to_owned).unwrap_or_default()))
                            .collect()
                    })
                    .unwrap_or_default()
            });
        pending.push(PendingItem {
            id: s.id,
            kind: ctx.t(&format!("kind-name-{}", s.kind)),
            title: crate::pages::submit::payload_title(&s.payload),
            edit_of: s.target_slug.as_ref().zip(kind).map(|(slug, k)| Link {
                label: slug.clone(),
                href: ctx.link(&k.href(slug)),
            }),
            submitter,
            when: when(ctx, s.created_at),
            fields,
        });
    }
    let reports = community::open_reports(state.db())
        .await?
        .into_iter()
        .map(|r| ReportItem {
            id: r.id,
            post_href: ctx.link(&format!(
                "/community/threads/{}#post-{}",
                r.thread_id, r.post_id
            )),
            reason: r.reason,
            body: r.body,
        })
        .collect();
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let page = ModerationPage {
        layout: ctx.layout(
            ctx.t("moderation-heading"),
            ctx.t("moderation-heading"),
            Section::Admin,
        ),
        pending,
        reports,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
        error,
    };
    Ok(form_response(status, render(&page)))
}

/// `GET /admin/moderation`.
pub async fn moderation(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    moderation_page(&state, &ctx, &viewer, None).await
}

/// `POST /admin/moderation/{id}`: `decision` = approve | reject (with a `reason`).
pub async fn decide(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let submission = moderation::get(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    if submission.status != moderation::SubmissionStatus::Pending {
        return Ok(see_other("/admin/moderation"));
    }
    let reason = form.get("reason");
    if submission.kind == crate::pages::feeds::FEED_KIND && form.get("decision") == "approve" {
        crate::pages::feeds::approve(&state, &viewer, id, &submission.payload).await?;
        return Ok(see_other("/admin/moderation"));
    }
    let kind = ContentKind::parse(&submission.kind);
    let submitter = match submission.submitter_id {
        Some(uid) => accounts::by_id(state.db(), uid).await?,
        None => None,
    };
    let title = crate::pages::submit::payload_title(&submission.payload);
    match form.get("decision").as_str() {
        "approve" => {
            let kind = kind.ok_or(WebError::NotFound)?;
            let mut record =
                Record::from_json(kind, &submission.payload).map_err(WebError::Internal)?;
            record.set_slug(submission.target_slug.clone());
            let valid = match record.validate() {
                Ok(v) => v,
                Err(errors) => {
                    let msg = errors
                        .iter()
                        .map(ToString::to_string)
                        .collect::<Vec<_>>()
                        .join("; ");
                    return moderation_page(&state, &ctx, &viewer, Some((id, msg))).await;
                }
            };
            if submission.target_slug.is_none()
                && editorial::exists(state.db(), kind, valid.slug()).await?
            {
                return moderation_page(&state, &ctx, &viewer, Some((id, ctx.t("submit-exists"))))
                    .await;
            }
            let verb = if submission.target_slug.is_some() {
                "approve-edit"
            } else {
                "approve"
            };
            if editorial::publish(
                state.db(),
                state.clock(),
                &record,
                &valid,
                &actor(&viewer),
                verb,
                Some(id),
            )
            .await?
                && let Some(u) = submitter
            {
                {
                    let link = format!("{}{}", state.link_base(), kind.href(valid.slug()));
                    state
                        .send_mail(Email {
                            to: u.email,
                            subject: ctx.t("email-approved-subject"),
                            body: ctx.t_args(
                                "email-approved-body",
                                &[("title", &title), ("link", &link)],
                            ),
                            headers: Vec::new(),
                        })
                        .await;
                }
            }
        }
        "reject" => {
            if reason.is_empty() {
                return moderation_page(
                    &state,
                    &ctx,
                    &viewer,
                    Some((id, ctx.t("moderation-reason-missing"))),
                )
                .await;
            }
            let mut tx = state.db().begin().await?;
            let decided = moderation::decide_in(
                &mut tx,
                id,
                false,
                Some(&reason),
                viewer.user.id,
                state.clock().unix(),
            )
            .await?;
            if decided {
                moderation::audit_in(
                    &mut tx,
                    &NewAuditEntry {
                        actor_id: Some(viewer.user.id),
                        actor_name: viewer.user.display_name.clone(),
                        action: "reject".into(),
                        kind: submission.kind.clone(),
                        target: title.clone(),
                        note: Some(reason.clone()),
                        ..NewAuditEntry::default()
                    },
                    state.clock().unix(),
                )
                .await?;
            }
            tx.commit().await?;
            tracing::info!(
                security_event = "submission_rejected",
                submission = id,
                user_id = viewer.user.id,
                "submission rejected"
            );
            if let (true, Some(u)) = (decided, submitter) {
                state
                    .send_mail(Email {
                        to: u.email,
                        subject: ctx.t("email-rejected-subject"),
                        body: ctx.t_args(
                            "email-rejected-body",
                            &[("title", &title), ("reason", &reason)],
                        ),
                        headers: Vec::new(),
                    })
                    .await;
            }
        }
        _ => {
            return Err(WebError::BadParameter {
                name: "decision".into(),
                message: "must be approve or reject".into(),
            });
        }
    }
    Ok(see_other("/admin/moderation"))
}

/// `POST /admin/reports/{id}`: `decision` = hide (the post) | keep.
pub async fn decide_report(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let hide = match form.get("decision").as_str() {
        "hide" => true,
        "keep" => false,
        _ => {
            return Err(WebError::BadParameter {
                name: "decision".into(),
                message: "must be hide or keep".into(),
            });
        }
    };
    if let Some(post_id) =
        community::resolve_report(state.db(), id, viewer.user.id, state.clock().unix()).await?
    {
        if hide {
            community::set_post_hidden_indexed(state.db(), post_id, true, state.clock().unix())
                .await?;
        }
        moderation::audit(
            state.db(),
            &NewAuditEntry {
                actor_id: Some(viewer.user.id),
                actor_name: viewer.user.display_name.clone(),
                action: if hide { "hide".into() } else { "keep".into() },
                kind: "post".into(),
                target: post_id.to_string(),
                note: Some(format!("report {id}")),
                ..NewAuditEntry::default()
            },
            state.clock().unix(),
        )
        .await?;
        tracing::info!(
            security_event = "report_resolved",
            report = id,
            hidden = hide,
            user_id = viewer.user.id,
            "report resolved"
        );
    }
    Ok(see_other("/admin/moderation"))
}

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
        layout: ctx.layout(
            ctx.t("users-heading"),
            ctx.t("users-heading"),
            Section::Admin,
        ),
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
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    let role = Role::parse(&form.get("role")).ok_or_else(|| WebError::BadParameter {
        name: "role".into(),
        message: "must be member, editor or admin".into(),
    })?;
    let user = accounts::by_id(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    if user.role() != role {
        accounts::set_role(state.db(), id, role).await?;
        sparks_store::sessions::delete_for_user(state.db(), id).await?;
        moderation::audit(
            state.db(),
            &NewAuditEntry {
                actor_id: Some(viewer.user.id),
                actor_name: viewer.user.display_name.clone(),
                action: "role".into(),
                kind: "user".into(),
                target: id.to_string(),
                before_json: Some(user.role.clone()),
                after_json: Some(role.slug().into()),
                note: None,
            },
            state.clock().unix(),
        )
        .await?;
        tracing::info!(
            security_event = "role_changed",
            target_user = id,
            role = role.slug(),
            user_id = viewer.user.id,
            "role changed"
        );
    }
    Ok(see_other("/admin/users"))
}

/// `POST /admin/users/{id}/initiatives`: `initiative` (a slug); the member may then
/// propose edits to it.
pub async fn link_initiative(
    State(state): State<AppState>,
    Admin(viewer): Admin,
    Path(id): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let id = parse_id(&id)?;
    accounts::by_id(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    let slug = form.get("initiative");
    if sparks_store::initiatives::get(state.db(), &slug)
        .await?
        .is_none()
    {
        return Err(WebError::BadParameter {
            name: "initiative".into(),
            message: "no initiative has this slug".into(),
        });
    }
    accounts::link_initiative(state.db(), id, &slug).await?;
    moderation::audit(
        state.db(),
        &NewAuditEntry {
            actor_id: Some(viewer.user.id),
            actor_name: viewer.user.display_name.clone(),
            action: "link".into(),
            kind: "user".into(),
            target: id.to_string(),
            note: Some(slug),
            ..NewAuditEntry::default()
        },
        state.clock().unix(),
    )
    .await?;
    Ok(see_other("/admin/users"))
}

/// The top-level fields whose values differ between two JSON records.
fn changed_fields(before: Option<&str>, after: Option<&str>) -> Vec<String> {
    let parse = |s: Option<&str>| {
        s.and_then(|s| serde_json::from_str::<serde_json::Value>(s).ok())
            .and_then(|v| v.as_object().cloned())
    };
    let (b, a) = (parse(before), parse(after));
    let mut keys: Vec<String> = b
        .iter()
        .chain(a.iter())
        .flat_map(|m| m.keys().cloned())
        .collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| b.as_ref().and_then(|m| m.get(k)) != a.as_ref().and_then(|m| m.get(k)))
        .collect()
}

/// `GET /admin/audit`.
pub async fn audit(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    let entries = moderation::audit_log(state.db(), None, 200)
        .await?
        .into_iter()
        .map(|e| AuditItem {
            id: e.id,
            when: when(&ctx, e.at),
            actor: e.actor_name.clone(),
            action: e.action.clone(),
            kind: e.kind.clone(),
            target: e.target.clone(),
            changed: if ContentKind::parse(&e.kind).is_some() {
                changed_fields(e.before_json.as_deref(), e.after_json.as_deref())
            } else {
                Vec::new()
            },
            note: e.note.clone(),
            restorable: ContentKind::parse(&e.kind).is_some()
                && (e.after_json.is_some() || e.before_json.is_some()),
        })
        .collect();
    let page = AuditPage {
        layout: ctx.layout(
            ctx.t("audit-heading"),
            ctx.t("audit-heading"),
            Section::Admin,
        ),
        entries,
        csrf_token: auth::csrf_token(&state, Some(&viewer)).await?,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}

/// `POST /admin/audit/{id}/restore`: publishes the version an entry recorded (the record
/// after the change, or before it for an unpublish).
pub async fn restore(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let entry = moderation::audit_entry(state.db(), parse_id(&id)?)
        .await?
        .ok_or(WebError::NotFound)?;
    let kind = ContentKind::parse(&entry.kind).ok_or(WebError::NotFound)?;
    let json = entry
        .after_json
        .or(entry.before_json)
        .ok_or(WebError::NotFound)?;
    let record = Record::from_json(kind, &json).map_err(WebError::Internal)?;
    let valid = record
        .validate()
        .map_err(|e| WebError::Internal(format!("{e:?}")))?;
    editorial::publish(
        state.db(),
        state.clock(),
        &record,
        &valid,
        &actor(&viewer),
        "restore",
        None,
    )
    .await?;
    Ok(see_other(&kind.href(valid.slug())))
}
