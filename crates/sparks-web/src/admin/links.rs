//! `/admin/links`: the external links the checker found broken, record by record, each with a
//! link to edit the record. Only what the checker recorded is shown: nothing is fetched here.

use std::collections::BTreeMap;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::Response;
use sparks_store::links::{self, LinkRef};
use sparks_store::moderation::ContentKind;
use sparks_views::{BrokenLinkRow, Link, LinksAdminPage, render};

use crate::auth::Staff;
use crate::present::context::PageContext;
use crate::present::forms::form_response;
use crate::{AppState, WebError};

/// `GET /admin/links` (staff).
pub async fn broken_links(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(_viewer): Staff,
) -> Result<Response, WebError> {
    let broken = links::broken(state.db()).await?;
    // Where each broken URL is shown now (a URL no record shows any more is left out).
    let mut shown: BTreeMap<&str, Vec<&LinkRef>> = BTreeMap::new();
    let refs = links::references(state.db()).await?;
    for r in &refs {
        shown.entry(r.url.as_str()).or_default().push(r);
    }
    let mut rows = Vec::new();
    for link in &broken {
        // One row per record showing it, its fields together.
        let mut by_record: BTreeMap<(&str, &str), (&LinkRef, Vec<&str>)> = BTreeMap::new();
        for r in shown.get(link.url.as_str()).into_iter().flatten() {
            by_record
                .entry((r.kind, r.slug.as_str()))
                .or_insert((r, Vec::new()))
                .1
                .push(r.field);
        }
        for (r, mut fields) in by_record.into_values() {
            fields.dedup();
            let Some(kind) = ContentKind::parse(r.kind) else {
                continue;
            };
            rows.push(BrokenLinkRow {
                record: Link {
                    label: r.title.clone(),
                    href: ctx.link(&kind.href(&r.slug)),
                },
                kind: ctx.t(&format!("links-kind-{}", r.kind)),
                fields: fields.join(", "),
                edit_href: ctx.link(&format!("/submit/{}?slug={}", r.kind, r.slug)),
                url: link.url.clone(),
                error: match (&link.error, link.status_code) {
                    (Some(e), _) => e.clone(),
                    (None, Some(s)) => format!("HTTP {s}"),
                    (None, None) => String::new(),
                },
                since: day(link.broken_since.as_deref()),
                last_success: day(link.last_success.as_deref()),
            });
        }
    }
    // By record, so that one record's broken links stand together.
    rows.sort_by(|a, b| {
        (&a.kind, &a.record.label, &a.url).cmp(&(&b.kind, &b.record.label, &b.url))
    });
    let page = LinksAdminPage {
        layout: super::layout(&ctx, "links-admin-heading"),
        rows,
    };
    Ok(form_response(StatusCode::OK, render(&page)))
}

fn day(stamp: Option<&str>) -> String {
    stamp.unwrap_or_default().chars().take(10).collect()
}
