//! Following (issue #17, point 2): the follow button of the pages that can be followed, the
//! one form it posts to (`POST /follow`, with the page's own path and query as `url`), the
//! member's list of what they follow (`/account/following`), and the matching of saved
//! searches against new records.
//!
//! One URL names what is followed, so one form serves every kind: `/initiatives/{slug}`,
//! `/pillars/{slug}`, `/community/threads/{id}`, `/initiatives?country=PL` (a country),
//! `/initiatives?topic=...` (a topic), and any other filtered `/initiatives?...` or
//! `/search?...` (a saved search). What each new item is about is matched in the store when
//! it is published ([`sparks_store::follows`]); saved searches are matched here, where the
//! query parsing lives, with the same filter and search code the pages use.

use axum::extract::State;
use axum::response::Response;
use sparks_core::Pillar;
use sparks_store::editorial::Publishable;
use sparks_store::follows::{self, Target};
use sparks_store::initiatives;
use sparks_store::search::SearchRequest;
use sparks_views::{FollowButton, FollowingItem, FollowingPage, Layout, Section};

use crate::auth::{self, FormData, Member, see_other};
use crate::present::context::PageContext;
use crate::query::params::Mode;
use crate::query::{directory, search};
use crate::{AppState, WebError};

/// The most hits a saved search is checked against: a new record ranked lower than this
/// is not announced (a search that broad is not what anyone follows).
const SEARCH_DEPTH: u32 = 5_000;

fn bad_url(message: &str) -> WebError {
    WebError::BadParameter {
        name: "url".into(),
        message: message.into(),
    }
}

/// The directory's query of a saved search, without paging or order.
fn directory_search(query: Option<&str>) -> Result<sparks_store::InitiativeQuery, WebError> {
    let q = directory::parse(query, Mode::Page)?;
    Ok(directory::with_filter(&directory::everything(), |f| {
        *f = q.filter;
    }))
}

/// The search request of a saved search, on its first page.
fn site_search(query: Option<&str>) -> Result<SearchRequest, WebError> {
    let r = search::parse(query, Mode::Page)?;
    Ok(SearchRequest {
        page: 1,
        per_page: search::SEARCH_PER_PAGE,
        ..r
    })
}

/// What the page at `url` (a path and query on this site) lets a member follow, and its
/// canonical URL; an error when it names nothing that can be followed.
pub(crate) async fn target_of(
    state: &AppState,
    url: &str,
    staff: bool,
) -> Result<(Target, String), WebError> {
    let url = url.trim();
    if !url.starts_with('/') || url.starts_with("//") {
        return Err(bad_url("a path on this site"));
    }
    let (path, query) = match url.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (url, None),
    };
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').skip(1).collect();
    match segments.as_slice() {
        ["initiatives"] => {
            let q = directory_search(query)?;
            let f = &q.filter;
            if f.is_empty() {
                return Err(bad_url("a filtered list"));
            }
            let only = |g: sparks_store::InitiativeFilter| g == *f;
            let target = match (&f.country, &f.topic) {
                (Some(c), None) if only(country_filter(*c)) => Target::Country(*c),
                (None, Some(t)) if only(topic_filter(t)) => Target::topic(t),
                _ => Target::Search(directory::href(&q)),
            };
            let url = canonical(&target);
            Ok((target, url))
        }
        ["search"] => {
            let r = site_search(query)?;
            if r.q.trim().is_empty() && r.filter == sparks_store::search::SearchFilter::default() {
                return Err(bad_url("a search"));
            }
            let href = search::href(&r);
            Ok((Target::Search(href.clone()), href))
        }
        ["initiatives", slug] => {
            initiatives::get(state.db(), slug)
                .await?
                .ok_or(WebError::NotFound)?;
            let target = Target::Initiative((*slug).to_owned());
            Ok((target.clone(), canonical(&target)))
        }
        ["pillars", slug] => {
            let pillar: Pillar = slug.parse().map_err(|_| WebError::NotFound)?;
            let target = Target::Pillar(pillar);
            Ok((target.clone(), canonical(&target)))
        }
        ["community", "threads", id] => {
            let id: i64 = id.parse().map_err(|_| WebError::NotFound)?;
            let thread = sparks_store::community::thread(state.db(), id)
                .await?
                .ok_or(WebError::NotFound)?;
            // A hidden thread is not there for members: nothing to follow. An expert group's
            // thread is not followed at all (its members hear of replies as participants), so
            // no follow can outlive a membership and tell a former member of the group.
            if (thread.hidden && !staff) || thread.group_id.is_some() {
                return Err(WebError::NotFound);
            }
            let target = Target::Thread(id);
            Ok((target.clone(), canonical(&target)))
        }
        _ => Err(bad_url("a page that can be followed")),
    }
}

fn country_filter(c: sparks_core::Country) -> sparks_store::InitiativeFilter {
    sparks_store::InitiativeFilter {
        country: Some(c),
        ..Default::default()
    }
}

fn topic_filter(t: &str) -> sparks_store::InitiativeFilter {
    sparks_store::InitiativeFilter {
        topic: Some(t.to_owned()),
        ..Default::default()
    }
}

/// The page of a target: where its button is and where its list entry links.
fn canonical(target: &Target) -> String {
    match target {
        Target::Initiative(slug) => format!("/initiatives/{slug}"),
        Target::Pillar(p) => format!("/pillars/{}", p.slug()),
        Target::Thread(id) => format!("/community/threads/{id}"),
        Target::Country(c) => directory::filtered(|f| f.country = Some(*c)),
        Target::Topic(t) => directory::filtered(|f| f.topic = Some(t.clone())),
        Target::Search(url) => url.clone(),
    }
}

/// Puts the follow button for `url` (the page's path and query) on a logged-in member's
/// page; visitors get no button (their pages are cached, and following needs an account).
pub(crate) async fn add_button(
    state: &AppState,
    ctx: &PageContext,
    layout: &mut Layout,
    url: &str,
    label: &str,
) -> Result<(), WebError> {
    let Some(account_id) = ctx.account_id else {
        return Ok(());
    };
    let Ok((target, canonical)) = target_of(state, url, false).await else {
        return Ok(());
    };
    layout.follow = Some(FollowButton {
        following: follows::is_following(state.db(), account_id, &target).await?,
        url: canonical,
        label: label.to_owned(),
    });
    Ok(())
}

/// `POST /follow`: `url` (the page), `follow` (`1` to follow, `0` to stop), and optionally
/// `next=/account/following` to come back to the list. Answers with the page again.
pub async fn follow(
    State(state): State<AppState>,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    let (target, canonical) = target_of(&state, &form.get("url"), viewer.is_staff()).await?;
    let id = viewer.user.id;
    match form.get("follow").as_str() {
        "1" => {
            follows::follow(state.db(), id, &target, state.clock().unix()).await?;
        }
        "0" => {
            follows::unfollow(state.db(), id, &target).await?;
        }
        _ => {
            return Err(WebError::BadParameter {
                name: "follow".into(),
                message: "1 or 0".into(),
            });
        }
    }
    let back = if form.get("next") == "/account/following" {
        "/account/following".to_owned()
    } else {
        canonical
    };
    Ok(see_other(&back))
}

/// `GET /account/following`: what the member follows, each with its stop button.
pub async fn following_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
) -> Result<Response, WebError> {
    let items = follows::of_account(state.db(), viewer.user.id)
        .await?
        .into_iter()
        .map(|f| {
            let url = canonical(&f.target);
            FollowingItem {
                kind: ctx.t(&format!("follow-kind-{}", f.target.kind())),
                label: match &f.target {
                    Target::Pillar(p) => ctx.locale.pillar(*p),
                    Target::Country(c) => c.name().to_owned(),
                    Target::Thread(id) => format!("#{id}"),
                    other => other.value(),
                },
                href: ctx.link(&url),
                url,
            }
        })
        .collect();
    let page = FollowingPage {
        layout: ctx.layout(
            ctx.t("following-heading"),
            ctx.t("following-lead"),
            Section::Account,
        ),
        items,
        csrf_token: auth::csrf_token(&state, Some(&viewer)).await?,
    };
    Ok(crate::serve::middleware::html(sparks_views::render(&page)))
}

/// Tells the members whose saved searches a NEW record now matches, once each (a member
/// told already because they follow its pillar, say, is not told again). The directory
/// searches are matched by the directory index, the site searches by the search index,
/// both as their pages would list it.
pub(crate) async fn announce_searches(
    state: &AppState,
    record: &Publishable,
    authors: Vec<i64>,
) -> Result<(), WebError> {
    let Some(item) = record.follow_item(authors) else {
        return Ok(());
    };
    let saved = follows::saved_searches(state.db()).await?;
    if saved.is_empty() {
        return Ok(());
    }
    let doc_type = match record {
        Publishable::Initiative(_) => sparks_search::DocType::Initiative,
        Publishable::Resource(_) => sparks_search::DocType::Resource,
        Publishable::News(_) => sparks_search::DocType::News,
        Publishable::Event(_) => sparks_search::DocType::Event,
        _ => return Ok(()),
    };
    let now = state.clock().unix();
    for (account_id, url) in saved {
        if matches(state, &url, doc_type, record.slug()).await? {
            follows::notify(state.db(), account_id, &item, &Target::Search(url), now).await?;
        }
    }
    Ok(())
}

/// Whether the saved search `url` lists the document `slug` of `doc_type`.
async fn matches(
    state: &AppState,
    url: &str,
    doc_type: sparks_search::DocType,
    slug: &str,
) -> Result<bool, WebError> {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    Ok(match path {
        "/initiatives" if doc_type == sparks_search::DocType::Initiative => {
            let Ok(q) = directory_search(Some(query)) else {
                return Ok(false);
            };
            let q = sparks_store::InitiativeQuery {
                per_page: SEARCH_DEPTH,
                ..q
            };
            let index = state.directory().await?;
            index
                .list(&q, state.today())
                .items
                .iter()
                .any(|i| i.slug == slug)
        }
        "/search" => {
            let Ok(r) = site_search(Some(query)) else {
                return Ok(false);
            };
            let r = SearchRequest {
                per_page: SEARCH_DEPTH,
                ..r
            };
            let index = state.search_index().await?;
            let results = sparks_store::search::search_in(state.db(), &index, &r).await?;
            // Only hits that match every part of the query, as the page lists first (with
            // no words, every hit the filters leave).
            let complete = if r.q.trim().is_empty() {
                usize::MAX
            } else {
                usize::try_from(results.total_complete).unwrap_or(usize::MAX)
            };
            results
                .hits
                .iter()
                .take(complete)
                .any(|h| h.doc_type == doc_type && h.slug == slug)
        }
        _ => false,
    })
}

/// The follows of an account for its data export.
pub(crate) async fn export(
    state: &AppState,
    account_id: i64,
) -> Result<serde_json::Value, WebError> {
    Ok(follows::of_account(state.db(), account_id)
        .await?
        .into_iter()
        .map(|f| {
            serde_json::json!({
                "kind": f.target.kind(),
                "target": f.target.value(),
                "url": canonical(&f.target),
                "created_at": f.created_at,
            })
        })
        .collect())
}
