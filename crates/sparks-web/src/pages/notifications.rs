//! `/notifications` (issue #17): a member's notifications (newest first, each linking to
//! the thing, marked read one by one or all at once), their email choice per kind, their
//! private Atom feed at a secret address, and the one-click stop links of notification
//! mails. Notifications are made in `notify.rs` and mailed by `jobs/notifications.rs`.
//!
//! The feed's secret is shown once when made and only its SHA-256 is stored; a new one or
//! turning the feed off makes the old address answer 404. The feed needs no cookie (feed
//! readers have none) and is never cached: not by the page cache, not by proxies.

use axum::extract::{Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sparks_auth::{hash_token, random_token};
use sparks_store::notifications::{self, Delivery, Kind};
use sparks_views::{FormPage, Locale, NotificationItem, NotificationsPage, PreferenceRow, Section};

use crate::auth::{self, FormData, Member, see_other};
use crate::jobs::notifications::{StopTarget, kind_label, stop_token};
use crate::present::context::PageContext;
use crate::present::forms::{self, PathId, Problems, form_page, form_page_response, when};
use crate::{AppState, WebError};

/// Notifications listed on the page and in the feed.
const LISTED: i64 = 100;

#[derive(Deserialize)]
/// `?saved=` after a form: which notice to show.
pub struct SavedQuery {
    saved: Option<String>,
}

async fn render(
    state: &AppState,
    ctx: &PageContext,
    viewer: &auth::Viewer,
    notice: Option<String>,
    new_feed_url: Option<String>,
) -> Result<Response, WebError> {
    let id = viewer.user.id;
    let list = notifications::list(state.db(), id, LISTED).await?;
    let unread = notifications::unread_count(state.db(), id).await?;
    let items = list
        .into_iter()
        .map(|n| NotificationItem {
            id: n.id,
            kind: kind_label(ctx.locale, n.kind),
            title: n.title,
            href: ctx.link(&n.link),
            when: when(ctx, n.created_at),
            unread: n.read_at.is_none(),
        })
        .collect();
    let preferences = notifications::preferences(state.db(), id)
        .await?
        .into_iter()
        .map(|(kind, chosen)| PreferenceRow {
            name: format!("pref_{}", kind.as_str()),
            label: kind_label(ctx.locale, kind),
            hint: ctx.t(&format!("notification-kind-{}-hint", kind.as_str())),
            choices: Delivery::ALL
                .into_iter()
                .map(|d| {
                    (
                        d.as_str().to_owned(),
                        ctx.t(&format!("notification-delivery-{}", d.as_str())),
                        d == chosen,
                    )
                })
                .collect(),
        })
        .collect();
    let title = ctx.t("notifications-title");
    let page = NotificationsPage {
        layout: ctx.layout(title.clone(), title, Section::Other),
        items,
        unread: (unread > 0).then(|| ctx.tn("notifications-unread-count", unread.unsigned_abs())),
        preferences,
        has_feed: new_feed_url.is_some() || notifications::has_feed(state.db(), id).await?,
        new_feed_url,
        notice,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
    };
    Ok(form_page_response(&page, &Problems::default()))
}

/// `GET /notifications`.
pub async fn page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Query(q): Query<SavedQuery>,
) -> Result<Response, WebError> {
    let notice = match q.saved.as_deref() {
        Some("preferences") => Some(ctx.t("notifications-saved")),
        Some("feed-revoked") => Some(ctx.t("notifications-feed-revoked")),
        Some("read") => Some(ctx.t("notifications-read-done")),
        _ => None,
    };
    render(&state, &ctx, &viewer, notice, None).await
}

/// `POST /notifications/{id}/read`: marks one read (404 when it is not the member's).
pub async fn mark_read(
    State(state): State<AppState>,
    Member(viewer): Member,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    notifications::get(state.db(), viewer.user.id, id)
        .await?
        .ok_or(WebError::NotFound)?;
    notifications::mark_read(state.db(), viewer.user.id, id, state.clock().unix()).await?;
    Ok(see_other("/notifications?saved=read"))
}

/// `POST /notifications/read-all`.
pub async fn mark_all_read(
    State(state): State<AppState>,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    notifications::mark_all_read(state.db(), viewer.user.id, state.clock().unix()).await?;
    Ok(see_other("/notifications?saved=read"))
}

/// `POST /notifications/preferences`: `pref_{kind}` = immediate | digest | off for any of
/// the kinds; a kind left out keeps its choice, an unknown value is refused (nothing saved).
pub async fn save_preferences(
    State(state): State<AppState>,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    let mut chosen = Vec::new();
    for kind in Kind::ALL {
        let name = format!("pref_{}", kind.as_str());
        let value = form.get(&name);
        if value.is_empty() {
            continue;
        }
        let delivery = Delivery::parse(&value).ok_or_else(|| WebError::BadParameter {
            name: name.clone(),
            message: "must be immediate, digest or off".into(),
        })?;
        chosen.push((kind, delivery));
    }
    for (kind, delivery) in chosen {
        notifications::set_preference(state.db(), viewer.user.id, kind, delivery).await?;
    }
    Ok(see_other("/notifications?saved=preferences#email"))
}

/// `POST /notifications/feed`: makes (or replaces) the private feed's secret address and
/// shows it once.
pub async fn create_feed(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    let token = random_token();
    notifications::set_feed_hash(state.db(), viewer.user.id, Some(&hash_token(&token))).await?;
    let url = format!("{}/notifications/feed/{token}.xml", state.link_base());
    render(&state, &ctx, &viewer, None, Some(url)).await
}

/// `POST /notifications/feed/revoke`: the feed's address stops working.
pub async fn revoke_feed(
    State(state): State<AppState>,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    notifications::set_feed_hash(state.db(), viewer.user.id, None).await?;
    Ok(see_other("/notifications?saved=feed-revoked#feed"))
}

/// `GET /notifications/feed/{token}.xml`: the member's notifications as Atom, without a
/// cookie; 404 for an unknown or revoked secret. Never cached, never indexed.
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, WebError> {
    let token = file.strip_suffix(".xml").ok_or(WebError::NotFound)?;
    if token.is_empty() || token.len() > 200 {
        return Err(WebError::NotFound);
    }
    let account_id = notifications::account_by_feed_hash(state.db(), &hash_token(token))
        .await?
        .ok_or(WebError::NotFound)?;
    let locale = notifications::recipient(state.db(), account_id)
        .await?
        .and_then(|r| r.language)
        .as_deref()
        .and_then(Locale::from_code)
        .unwrap_or(Locale::En);
    let base = state.link_base();
    let list = notifications::list(state.db(), account_id, LISTED).await?;
    let at = |unix: i64| {
        chrono::DateTime::from_timestamp(unix, 0)
            .unwrap_or_default()
            .fixed_offset()
    };
    let mut feed = atom_syndication::Feed::default();
    feed.set_title(atom_syndication::Text::plain(
        locale.t("notifications-feed-title"),
    ));
    // The id names no secret: a feed reader may show or share it.
    feed.set_id(format!("{base}/notifications"));
    feed.set_updated(list.first().map_or_else(|| at(0), |n| at(n.created_at)));
    let mut alternate = atom_syndication::Link::default();
    alternate.set_href(format!("{base}/notifications"));
    alternate.set_rel("alternate");
    feed.set_links(vec![alternate]);
    feed.set_entries(
        list.into_iter()
            .map(|n| {
                let url = format!("{base}{}", n.link);
                let mut entry = atom_syndication::Entry::default();
                entry.set_id(format!("{base}/notifications#n{}", n.id));
                entry.set_title(atom_syndication::Text::plain(format!(
                    "{}: {}",
                    kind_label(locale, n.kind),
                    n.title
                )));
                entry.set_updated(at(n.created_at));
                entry.set_published(Some(at(n.created_at)));
                let mut link = atom_syndication::Link::default();
                link.set_href(url);
                link.set_rel("alternate");
                entry.set_links(vec![link]);
                entry
            })
            .collect::<Vec<_>>(),
    );
    let mut r = (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response();
    let h = r.headers_mut();
    h.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    h.insert("x-robots-tag", HeaderValue::from_static("noindex"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    Ok(r)
}

#[derive(Deserialize)]
/// `?account=&kind=&token=` of a one-click stop link.
pub struct StopQuery {
    account: Option<String>,
    kind: Option<String>,
    token: Option<String>,
}

impl StopQuery {
    /// The account and target of a link whose token is right; `None` otherwise.
    async fn check(&self, state: &AppState) -> Result<Option<(i64, StopTarget)>, WebError> {
        let (Some(account), Some(target), Some(token)) = (
            self.account.as_deref().and_then(|a| a.parse::<i64>().ok()),
            self.kind.as_deref().and_then(StopTarget::parse),
            self.token.as_deref(),
        ) else {
            return Ok(None);
        };
        let expected = stop_token(state.db(), account, target).await?;
        let same = crate::pages::newsletter::subtle_eq(expected.as_bytes(), token.as_bytes());
        Ok(same.then_some((account, target)))
    }

    fn action(&self) -> String {
        format!(
            "/notifications/stop?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("account", self.account.as_deref().unwrap_or(""))
                .append_pair("kind", self.kind.as_deref().unwrap_or(""))
                .append_pair("token", self.token.as_deref().unwrap_or(""))
                .finish()
        )
    }
}

/// What a stop target is called on the pages.
fn target_label(ctx: &PageContext, target: StopTarget) -> String {
    match target {
        StopTarget::Kind(k) => kind_label(ctx.locale, k),
        StopTarget::Digest => ctx.t("notification-delivery-digest"),
    }
}

/// `GET /notifications/stop?account=&kind=&token=`: a button (a link in a mail must not
/// change anything by being opened: mail scanners open links).
pub async fn stop_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<StopQuery>,
) -> Result<Response, WebError> {
    let (_, target) = q.check(&state).await?.ok_or(WebError::NotFound)?;
    let page = FormPage {
        action: q.action(),
        intro: vec![ctx.t_args(
            "notifications-stop-intro",
            &[("kind", &target_label(&ctx, target))],
        )],
        ..form_page(
            &ctx,
            Section::Other,
            "notifications-stop",
            "/notifications/stop",
            auth::csrf_token(&state, None).await?,
            Vec::new(),
        )
    };
    Ok(form_page_response(&page, &Problems::default()))
}

/// `POST /notifications/stop?account=&kind=&token=`: one click, from the page or from the
/// mail client (RFC 8058 `List-Unsubscribe=One-Click`, which carries no CSRF token: the
/// signed link is the proof). Turns the kind's email off; the digest's link turns off every
/// kind that went into the digest.
pub async fn stop(
    State(state): State<AppState>,
    ctx: PageContext,
    Query(q): Query<StopQuery>,
) -> Result<Response, WebError> {
    let (account, target) = q.check(&state).await?.ok_or(WebError::Forbidden)?;
    let kinds: Vec<Kind> = match target {
        StopTarget::Kind(k) => vec![k],
        StopTarget::Digest => notifications::preferences(state.db(), account)
            .await?
            .into_iter()
            .filter(|(_, d)| *d == Delivery::Digest)
            .map(|(k, _)| k)
            .collect(),
    };
    for kind in kinds {
        notifications::set_preference(state.db(), account, kind, Delivery::Off).await?;
    }
    let text = ctx.t_args(
        "notifications-stopped",
        &[("kind", &target_label(&ctx, target))],
    );
    Ok(forms::notice(
        &ctx,
        Section::Other,
        "notifications-stopped-title",
        vec![text],
        vec![sparks_views::Link {
            label: ctx.t("notifications-title"),
            href: ctx.link("/notifications#email"),
        }],
    ))
}
