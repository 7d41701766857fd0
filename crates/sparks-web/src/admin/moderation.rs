//! `/admin/moderation`: the queue of proposals and reported posts, and the editors'
//! decisions on them.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::accounts::{self, User};
use sparks_store::community;
use sparks_store::editorial::{self as se, Outcome, Publication};
use sparks_store::feeds::FEED_ITEM_KIND;
use sparks_store::moderation::{self, ContentKind, FEED_KIND, Submission, SubmissionStatus};
use sparks_views::{Link, ModerationPage, PendingItem, ReportItem, render};

use super::editorial::{Record, actor, found};
use crate::auth::{self, FormData, Staff, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{PathId, form_response, when};
use crate::{AppState, WebError};

/// Where every decision returns to.
const QUEUE: &str = "/admin/moderation";

/// Who sent a proposal, while their account exists.
async fn submitter(state: &AppState, submission: &Submission) -> Result<Option<User>, WebError> {
    Ok(match submission.submitter_id {
        Some(id) => accounts::by_id(state.db(), id).await?,
        None => None,
    })
}

/// A proposal's fields as the queue lists them: the form's labels and values for content,
/// the stored fields as they are for proposals outside the content types (feeds).
fn fields(ctx: &PageContext, s: &Submission) -> Vec<(String, String)> {
    if let Some(record) =
        ContentKind::parse(&s.kind).and_then(|k| Record::from_json(k, &s.payload).ok())
    {
        return record
            .values()
            .into_iter()
            .map(|(name, v)| {
                (
                    ctx.t(&format!("form-field-{}", name.replace('_', "-"))),
                    v.join(", "),
                )
            })
            .filter(|(_, v)| !v.is_empty())
            .collect();
    }
    serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(&s.payload)
        .map(|m| {
            // Only the text fields: a feed item keeps the whole item beside them, for publishing.
            m.into_iter()
                .filter_map(|(k, v)| Some((k, v.as_str()?.to_owned())))
                .filter(|(_, v)| !v.is_empty())
                .collect()
        })
        .unwrap_or_default()
}

async fn moderation_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    error: Option<(i64, String)>,
) -> Result<Response, WebError> {
    let mut pending = Vec::new();
    for s in moderation::pending(state.db()).await? {
        let submitter = if s.kind == FEED_ITEM_KIND {
            // No member sent it: the feed did.
            let feed = serde_json::from_str::<serde_json::Value>(&s.payload)
                .ok()
                .and_then(|v| v.get("feed")?.as_str().map(str::to_owned))
                .unwrap_or_default();
            ctx.t_args("moderation-from-feed", &[("url", &feed)])
        } else {
            submitter(state, &s)
                .await?
                .map_or_else(|| ctx.t("community-former-member"), |u| u.display_name)
        };
        pending.push(PendingItem {
            id: s.id,
            kind: ctx.t(&format!("kind-name-{}", s.kind)),
            title: s.title(),
            edit_of: s
                .target_slug
                .as_ref()
                .zip(ContentKind::parse(&s.kind))
                .map(|(slug, k)| Link {
                    label: slug.clone(),
                    href: ctx.link(&k.href(slug)),
                }),
            submitter,
            when: when(ctx, s.created_at),
            fields: fields(ctx, &s),
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
        layout: super::layout(ctx, "moderation-heading"),
        pending,
        reports,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
        error,
    };
    Ok(form_response(status, render(&page)))
}

/// A record's problems, in one line for the queue.
fn joined(errors: &[sparks_core::FieldError]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("; ")
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
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let submission = moderation::get(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    if submission.status != SubmissionStatus::Pending {
        return Ok(see_other(QUEUE));
    }
    let (actor, now) = (actor(&viewer), state.clock().now());
    let title = submission.title();
    match form.get("decision").as_str() {
        // Another editor deciding first is no error: the queue shows where things stand.
        "approve" if submission.kind == FEED_KIND => {
            // Another initiative has the URL: the proposal stays for the editor to reject.
            match se::approve_feed(state.db(), &actor, id, now).await? {
                Outcome::Exists => {
                    let error = Some((id, ctx.t("submit-feed-taken")));
                    return moderation_page(&state, &ctx, &viewer, error).await;
                }
                Outcome::Done => {
                    let link = "/account";
                    crate::notify::decided(&state, submission.submitter_id, &title, link).await;
                }
                outcome => found(outcome)?,
            }
        }
        "approve" if submission.kind == se::UPTAKE_KIND => {
            match se::approve_uptake(state.db(), &actor, id, now).await? {
                se::UptakeApproval::Decided(Outcome::Done) => {
                    let slug = submission.target_slug.clone().unwrap_or_default();
                    let link = format!("/recommendations/{slug}");
                    crate::notify::decided(&state, submission.submitter_id, &title, &link).await;
                }
                se::UptakeApproval::Decided(_) => {}
                se::UptakeApproval::Invalid(errors) => {
                    let msg = joined(&errors);
                    return moderation_page(&state, &ctx, &viewer, Some((id, msg))).await;
                }
            }
        }
        "approve" if submission.kind == se::CAMPAIGN_KIND => {
            match se::approve_campaign(state.db(), &actor, id, now).await? {
                Outcome::Done => {
                    let slug = submission.target_slug.clone().unwrap_or_default();
                    let link = format!("/campaigns/{slug}");
                    crate::notify::decided(&state, submission.submitter_id, &title, &link).await;
                }
                Outcome::Exists => {
                    let error = Some((id, ctx.t("submit-exists")));
                    return moderation_page(&state, &ctx, &viewer, error).await;
                }
                outcome => found(outcome)?,
            }
        }
        "approve" if submission.kind == FEED_ITEM_KIND => {
            found(se::approve_feed_item(state.db(), &actor, id, now).await?)?;
        }
        "approve" => {
            let kind = ContentKind::parse(&submission.kind).ok_or(WebError::NotFound)?;
            let mut record =
                Record::from_json(kind, &submission.payload).map_err(WebError::Internal)?;
            record.set_slug(submission.target_slug.clone());
            let valid = match record.validate() {
                Ok(v) => v,
                Err(errors) => {
                    let msg = joined(&errors);
                    return moderation_page(&state, &ctx, &viewer, Some((id, msg))).await;
                }
            };
            let json = record.to_json();
            let item = Publication {
                record: &valid,
                json: &json,
            };
            match se::approve_submission(state.db(), &actor, id, item, now).await? {
                Outcome::Done => {
                    if submission.target_slug.is_none() {
                        let authors = std::iter::once(viewer.user.id)
                            .chain(submission.submitter_id)
                            .collect();
                        crate::pages::follow::announce_searches(&state, &valid, authors).await?;
                    }
                    let link = kind.href(valid.slug());
                    crate::notify::decided(&state, submission.submitter_id, &title, &link).await;
                }
                Outcome::Exists => {
                    let error = Some((id, ctx.t("submit-exists")));
                    return moderation_page(&state, &ctx, &viewer, error).await;
                }
                Outcome::AlreadyDecided | Outcome::NotFound | Outcome::Unchanged => {}
            }
        }
        "reject" => {
            let reason = form.get("reason");
            if reason.is_empty() {
                let error = Some((id, ctx.t("moderation-reason-missing")));
                return moderation_page(&state, &ctx, &viewer, error).await;
            }
            if se::reject_submission(state.db(), &actor, id, &reason, now).await? == Outcome::Done {
                // The member's account page lists their proposals with the reason.
                let said = format!("{title} — {reason}");
                crate::notify::decided(&state, submission.submitter_id, &said, "/account").await;
            }
        }
        _ => {
            return Err(WebError::BadParameter {
                name: "decision".into(),
                message: "must be approve or reject".into(),
            });
        }
    }
    Ok(see_other(QUEUE))
}

/// `POST /admin/reports/{id}`: `decision` = hide (the post) | keep.
pub async fn decide_report(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
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
    // A report someone resolved first stays as they left it.
    found(se::resolve_report(state.db(), &actor(&viewer), id, hide, state.clock().now()).await?)?;
    Ok(see_other(QUEUE))
}
