//! The admin area: the moderation queue (submissions and reported posts), users and roles
//! (admins only), and the audit log with restore. Every decision taken here is one call to
//! the store's [`sparks_store::editorial`] workflow.

mod audit;
pub(crate) mod campaigns;
pub(crate) mod editorial;
pub(crate) mod links;
pub(crate) mod media;
mod moderation;
mod review;
pub(crate) mod terms;
mod users;

pub use audit::{audit, restore};
pub use moderation::{decide, decide_report, moderation};
pub use review::{review, still_correct};
pub use users::{link_initiative, set_role, users};

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::accounts::Role;
use sparks_store::community;
use sparks_store::moderation::{ContentKind, pending};
use sparks_views::{AdminPage, Layout, Link, Section, render};

use crate::auth::Staff;
use crate::present::context::PageContext;
use crate::present::forms::form_response;
use crate::{AppState, WebError};

/// The layout of an admin page whose title and description are both the text `key`.
fn layout(ctx: &PageContext, key: &str) -> Layout {
    ctx.layout(ctx.t(key), ctx.t(key), Section::Admin)
}

/// `GET /admin`.
pub async fn admin_home(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
) -> Result<Response, WebError> {
    let waiting = pending(state.db()).await?.len() as u64;
    let reports = community::open_reports(state.db()).await?.len() as u64;
    let link = |key: &str, href: &str| Link {
        label: ctx.t(key),
        href: ctx.link(href),
    };
    let mut sections = vec![
        (
            link("moderation-heading", "/admin/moderation"),
            ctx.tn("admin-waiting", waiting + reports),
        ),
        (link("review-heading", "/admin/review"), String::new()),
        (link("media-admin-heading", "/admin/media"), String::new()),
        (link("feeds-heading", "/admin/feeds"), String::new()),
        (link("links-admin-heading", "/admin/links"), String::new()),
        (link("audit-heading", "/admin/audit"), String::new()),
        (link("terms-heading", "/admin/terms"), String::new()),
    ];
    if viewer.role() == Role::Admin {
        sections.push((link("users-heading", "/admin/users"), String::new()));
        sections.push((link("groups-admin-heading", "/admin/groups"), String::new()));
    }
    let create = ContentKind::ALL
        .iter()
        .map(|k| {
            link(
                &format!("submit-{}-title", k.slug()),
                &format!("/submit/{}", k.slug()),
            )
        })
        .collect();
    let page = AdminPage {
        layout: layout(&ctx, "admin-heading"),
        sections,
        create,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}
