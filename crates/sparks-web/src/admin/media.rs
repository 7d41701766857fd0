//! `/admin/media`: editors upload graphics for the media pack. Every file goes through
//! `sparks_uploads` (type by content, size and pixel caps, re-encoded without metadata,
//! stored under a random name) and is then listed on `/media-pack` as a download.

use axum::extract::{Multipart, State};
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::editorial as se;
use sparks_store::media::{self, MediaUpload};
use sparks_views::{MediaAdminPage, MediaItem, Section, render};

use super::editorial::actor;
use crate::auth::{self, Staff, Viewer, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{form_response, when};
use crate::{AppState, WebError};

/// The uploads as list items.
pub async fn items(state: &AppState, ctx: &PageContext) -> Result<Vec<MediaItem>, WebError> {
    Ok(media::list(state.db())
        .await?
        .into_iter()
        .map(|m| MediaItem {
            href: format!("/uploads/{}", m.name),
            label: m.label,
            details: format!(
                "{} × {} px · {}",
                m.width,
                m.height,
                when(ctx, m.created_at)
            ),
        })
        .collect())
}

async fn page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    label: &str,
    error: Option<String>,
) -> Result<Response, WebError> {
    let token = auth::csrf_token(state, Some(viewer)).await?;
    let status = if error.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let action = format!(
        "/admin/media?{}",
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair("csrf_token", &token)
            .finish()
    );
    let view = MediaAdminPage {
        layout: ctx.layout(
            ctx.t("media-admin-heading"),
            ctx.t("media-admin-heading"),
            Section::Admin,
        ),
        action,
        label: label.to_owned(),
        error,
        uploads: items(state, ctx).await?,
        enabled: state.uploads().is_some(),
    };
    Ok(form_response(status, render(&view)))
}

/// `GET /admin/media`.
pub async fn media_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    page(&state, &ctx, &viewer, "", None).await
}

/// `POST /admin/media` (multipart): `file`, `label`.
pub async fn upload(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    mut multipart: Multipart,
) -> Result<Response, WebError> {
    let Some(store) = state.uploads().cloned() else {
        return Err(WebError::NotFound);
    };
    let mut file: Option<Vec<u8>> = None;
    let mut label = String::new();
    while let Ok(Some(field)) = multipart.next_field().await {
        match field.name() {
            Some("file") => file = field.bytes().await.ok().map(|b| b.to_vec()),
            Some("label") => {
                let text = field.text().await.unwrap_or_default();
                label = sparks_core::initiative::strip_controls(text.trim())
                    .chars()
                    .take(200)
                    .collect();
            }
            _ => {}
        }
    }
    let file = file.filter(|f| !f.is_empty());
    let (Some(bytes), false) = (file, label.is_empty()) else {
        let msg = ctx.t("media-admin-missing");
        return page(&state, &ctx, &viewer, &label, Some(msg)).await;
    };
    let stored = tokio::task::spawn_blocking(move || {
        sparks_uploads::process_and_store(
            &bytes,
            &sparks_uploads::Policy::default(),
            store.as_ref(),
        )
    })
    .await
    .map_err(|e| WebError::Internal(e.to_string()))?;
    let (name, upload) = match stored {
        Ok(ok) => ok,
        Err(sparks_uploads::ProcessError::Refused(reason)) => {
            tracing::warn!(security_event = "upload_refused", user_id = viewer.user.id, reason = %reason, "an upload was refused");
            let msg = ctx.t_args("media-admin-refused", &[("reason", &reason.to_string())]);
            return page(&state, &ctx, &viewer, &label, Some(msg)).await;
        }
        Err(e) => return Err(WebError::Internal(e.to_string())),
    };
    let upload = MediaUpload {
        name,
        label,
        content_type: upload.content_type.to_owned(),
        width: i64::from(upload.width),
        height: i64::from(upload.height),
        created_at: state.clock().unix(),
    };
    se::record_upload(state.db(), &actor(&viewer), &upload, state.clock().now()).await?;
    Ok(see_other("/admin/media"))
}
