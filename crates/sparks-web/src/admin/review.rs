//! `/admin/review` (staff): the records checked longest ago (never-checked first, help
//! services first among equals), each with "still correct" and "edit" (issue #16 point 3).

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde::Deserialize;
use sparks_core::PartialDate;
use sparks_store::checks;
use sparks_store::editorial as se;
use sparks_store::moderation::ContentKind;
use sparks_views::{ReviewPage, ReviewRow, render};

use super::editorial::{actor, found};
use crate::auth::{self, Staff, see_other};
use crate::present::context::PageContext;
use crate::present::forms::form_response;
use crate::{AppState, WebError};

/// Where "still correct" returns to.
const REVIEW: &str = "/admin/review";

/// How many records the queue shows at once: enough for a session's work; confirming some
/// moves the next ones up.
const QUEUE_LENGTH: i64 = 100;

/// The public page of a record.
fn public_href(kind: ContentKind, slug: &str) -> String {
    match kind {
        ContentKind::Initiative => format!("/initiatives/{slug}"),
        ContentKind::Resource => format!("/resources/{slug}"),
        ContentKind::Event => format!("/events/{slug}"),
        ContentKind::News => format!("/news/{slug}"),
        ContentKind::Helpline => "/help".to_owned(),
        ContentKind::Statistic => "/response".to_owned(),
        ContentKind::Recommendation => "/recommendations".to_owned(),
    }
}

/// `?done=1` after a record was confirmed.
#[derive(Deserialize)]
pub struct ReviewQuery {
    done: Option<String>,
}

/// `GET /admin/review`.
pub async fn review(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    Query(q): Query<ReviewQuery>,
) -> Result<Response, WebError> {
    let rows = checks::queue(state.db(), QUEUE_LENGTH)
        .await?
        .into_iter()
        .map(|item| {
            let checked = match &item.check {
                Some(c) => {
                    let date = ctx.locale.date(PartialDate::from_date(c.checked_at));
                    match &c.checked_by {
                        Some(name) => {
                            ctx.t_args("review-checked-by", &[("date", &date), ("name", name)])
                        }
                        None => date,
                    }
                }
                None => ctx.t("checked-never"),
            };
            ReviewRow {
                kind: item.kind.slug().to_owned(),
                kind_label: ctx.t(&format!("review-type-{}", item.kind.slug())),
                href: ctx.link(&public_href(item.kind, &item.slug)),
                edit_href: ctx.link(&format!("/submit/{}?slug={}", item.kind.slug(), item.slug)),
                slug: item.slug,
                title: item.title,
                checked,
            }
        })
        .collect();
    let page = ReviewPage {
        layout: super::layout(&ctx, "review-heading"),
        rows,
        notice: q.done.is_some().then(|| ctx.t("review-done")),
        csrf_token: auth::csrf_token(&state, Some(&viewer)).await?,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}

/// `POST /admin/review/{kind}/{slug}`: "still correct" stamps today's date (from the one
/// clock) and the staff member, with an audit entry.
pub async fn still_correct(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    Path((kind, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let kind = ContentKind::parse(&kind).ok_or(WebError::NotFound)?;
    found(
        se::mark_checked(
            state.db(),
            &actor(&viewer),
            kind,
            &slug,
            state.clock().now(),
        )
        .await?,
    )?;
    Ok(see_other(&format!("{REVIEW}?done=1")))
}
