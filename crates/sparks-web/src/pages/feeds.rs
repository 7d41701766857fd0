//! Feeds through the web: members propose an initiative's feed (it waits for an editor, like
//! any proposal; approved, it is fetched with the others), staff add one directly, and the
//! admin area shows every feed's health.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::editorial as se;
use sparks_store::moderation::{self, FEED_KIND};
use sparks_store::{feeds, initiatives};
use sparks_views::{FeedRow, FeedsPage, FieldKind, FormPage, Link, Section, render};

use crate::admin::editorial::actor;
use crate::auth::limit;
use crate::auth::{self, FormData, Member, Staff, Viewer, see_other};
use crate::pages::submit::proposal_page;
use crate::present::context::PageContext;
use crate::present::forms::{Problems, field, form_page_response, form_response, hint, required};
use crate::{AppState, WebError};

async fn form(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    form_data: &FormData,
    problems: &Problems,
) -> Result<Response, WebError> {
    let mut fields = vec![
        required(hint(
            ctx,
            field(
                ctx,
                "initiative",
                FieldKind::Text,
                &form_data.get("initiative"),
            ),
            "form-hint-initiative-slug",
        )),
        required(hint(
            ctx,
            field(ctx, "feed_url", FieldKind::Url, &form_data.get("feed_url")),
            "form-hint-feed-url",
        )),
    ];
    problems.attach(&mut fields);
    let csrf = auth::csrf_token(state, Some(viewer)).await?;
    let heading = ctx.t("submit-feed-title");
    let page = FormPage {
        intro: vec![ctx.t("submit-feed-intro")],
        ..proposal_page(ctx, viewer, heading, "/submit/feed", csrf, fields)
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /submit/feed`.
pub async fn submit_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    form(
        &state,
        &ctx,
        &viewer,
        &FormData::default(),
        &Problems::default(),
    )
    .await
}

/// `POST /submit/feed`: `initiative` (slug), `feed_url`.
pub async fn submit(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    form_data: FormData,
) -> Result<Response, WebError> {
    let mut problems = Problems::default();
    let slug = form_data.get("initiative");
    if initiatives::get(state.db(), &slug).await?.is_none() {
        problems.add("initiative", ctx.t("submit-feed-no-initiative"));
    }
    let url = match sparks_core::initiative::parse_web_url(&form_data.get("feed_url")) {
        Ok(u) => u.to_string(),
        Err(_) => {
            problems.add("feed_url", ctx.t("submit-feed-bad-url"));
            String::new()
        }
    };
    if !problems.is_empty() {
        return form(&state, &ctx, &viewer, &form_data, &problems).await;
    }
    if viewer.is_staff() {
        se::add_feed(
            state.db(),
            &actor(&viewer),
            &slug,
            &url,
            state.clock().now(),
        )
        .await?;
        return Ok(see_other("/admin/feeds"));
    }
    limit(&state, &format!("submit:{}", viewer.user.id), 20, 3600).await?;
    let payload = serde_json::json!({ "initiative": slug, "url": url }).to_string();
    moderation::submit_raw(
        state.db(),
        FEED_KIND,
        None,
        &payload,
        viewer.user.id,
        state.clock().unix(),
    )
    .await?;
    Ok(crate::pages::submit::thanks(&ctx))
}

/// `GET /admin/feeds`: every feed's health.
pub async fn health(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(_viewer): Staff,
) -> Result<Response, WebError> {
    let rows = feeds::health(state.db())
        .await?
        .into_iter()
        .map(|f| FeedRow {
            initiative: Link {
                label: f.initiative.clone(),
                href: ctx.link(&format!("/initiatives/{}", f.initiative)),
            },
            url: f.url,
            status: f.status,
            last_fetch: f.last_fetch.unwrap_or_default(),
            items: f.item_count,
            error: f.error.unwrap_or_default(),
            trusted: f.trusted,
        })
        .collect();
    let page = FeedsPage {
        layout: ctx.layout(
            ctx.t("feeds-heading"),
            ctx.t("feeds-heading"),
            Section::Admin,
        ),
        feeds: rows,
        add_href: ctx.link("/submit/feed"),
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}
