//! Feeds through the web: members propose an initiative's feed (it waits for an editor, like
//! any proposal; approved, it is fetched with the others), staff add one directly, and the
//! admin area shows every feed's health.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::editorial as se;
use sparks_store::moderation::{self, FEED_KIND};
use sparks_store::{StoreError, feeds, initiatives};
use sparks_views::{FeedRow, FeedsPage, FieldKind, FormPage, Link, Section, render};

use crate::admin::editorial::{actor, found};
use crate::auth::limit;
use crate::auth::{self, FormData, Member, Staff, Viewer, see_other};
use crate::pages::submit::proposal_page;
use crate::present::context::PageContext;
use crate::present::forms::{
    PathId, Problems, field, form_page_response, form_response, hint, required,
};
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
    // A feed belongs to one initiative: another's URL (spelt any way) is refused here, and by
    // the store should two forms race.
    if !url.is_empty()
        && feeds::owner(state.db(), &url)
            .await?
            .is_some_and(|owner| owner != slug)
    {
        problems.add("feed_url", ctx.t("submit-feed-taken"));
    }
    if !problems.is_empty() {
        return form(&state, &ctx, &viewer, &form_data, &problems).await;
    }
    if viewer.is_staff() {
        let now = state.clock().now();
        return match se::add_feed(state.db(), &actor(&viewer), &slug, &url, now).await {
            Ok(_) => Ok(see_other("/admin/feeds")),
            Err(StoreError::FeedTaken(_)) => {
                problems.add("feed_url", ctx.t("submit-feed-taken"));
                form(&state, &ctx, &viewer, &form_data, &problems).await
            }
            Err(e) => Err(e.into()),
        };
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
    crate::notify::waiting(&state, &url, "/admin/moderation", viewer.user.id).await;
    Ok(crate::pages::submit::thanks(&ctx))
}

/// `GET /admin/feeds`: every feed's health and trust.
pub async fn health(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
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
            trust_action: format!("/admin/feeds/{}/trust", f.id),
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
        csrf_token: auth::csrf_token(&state, Some(&viewer)).await?,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}

/// `POST /admin/feeds/{id}/trust`: `trusted` = 1 (the feed's later items publish directly)
/// or 0 (they wait for an editor). Items already waiting stay in the queue.
pub async fn set_trust(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form_data: FormData,
) -> Result<Response, WebError> {
    let trusted = match form_data.get("trusted").as_str() {
        "1" => true,
        "0" => false,
        _ => {
            return Err(WebError::BadParameter {
                name: "trusted".into(),
                message: "must be 1 or 0".into(),
            });
        }
    };
    let now = state.clock().now();
    found(se::set_feed_trusted(state.db(), &actor(&viewer), id, trusted, now).await?)?;
    Ok(see_other("/admin/feeds"))
}
