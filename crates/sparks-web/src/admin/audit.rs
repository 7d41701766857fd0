//! `/admin/audit`: the log of editorial changes, and publishing a version it kept again.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::editorial::{self as se, Publication};
use sparks_store::moderation::{self, ContentKind};
use sparks_views::{AuditItem, AuditPage, render};

use super::editorial::{Record, actor};
use crate::auth::{self, Staff, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{form_response, parse_id, when};
use crate::{AppState, WebError};

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
        .map(|entry| {
            let e = entry.change;
            let content = ContentKind::parse(&e.kind).is_some();
            AuditItem {
                id: entry.id,
                when: when(&ctx, entry.at),
                changed: if content {
                    changed_fields(e.before_json.as_deref(), e.after_json.as_deref())
                } else {
                    Vec::new()
                },
                restorable: content && (e.after_json.is_some() || e.before_json.is_some()),
                actor: e.actor_name,
                action: e.action,
                kind: e.kind,
                target: e.target,
                note: e.note,
            }
        })
        .collect();
    let page = AuditPage {
        layout: super::layout(&ctx, "audit-heading"),
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
    let kind = ContentKind::parse(&entry.change.kind).ok_or(WebError::NotFound)?;
    let json = entry
        .change
        .after_json
        .or(entry.change.before_json)
        .ok_or(WebError::NotFound)?;
    let record = Record::from_json(kind, &json).map_err(WebError::Internal)?;
    let valid = record
        .validate()
        .map_err(|e| WebError::Internal(format!("{e:?}")))?;
    let item = Publication {
        record: &valid,
        json: &record.to_json(),
    };
    se::restore(state.db(), &actor(&viewer), item, state.clock().now()).await?;
    Ok(see_other(&kind.href(valid.slug())))
}
