//! `/community`: discussion threads per pillar and a general space, replies, reports, and
//! the editors' hide and lock. Threads can be public or for members only; bodies are
//! Markdown, rendered and sanitised once when written. Pages are never cached: they change
//! with every post and with who is looking.

use axum::extract::{Query, State};
use axum::response::Response;
use serde::Deserialize;
use sparks_core::{ContentWarning, Pillar};
use sparks_store::community::{self, NewThread, ThreadFlag};
use sparks_store::editorial as se;
use sparks_views::{
    Choice, CommunityPage, Field, FieldKind, Link, PostItem, Section, ThreadItem, ThreadPage,
};

use crate::admin::editorial::{actor, found};
use crate::auth::limit;
use crate::auth::{self, FormData, MaybeMember, Member, Staff, see_other};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, PathId, Problems, field, form_page_response, hint, required, when,
};
use crate::present::terminology;
use crate::present::warnings;
use crate::{AppState, WebError};

const GENERAL: &str = "general";

fn space_name(ctx: &PageContext, space: &str) -> String {
    space
        .parse::<Pillar>()
        .map_or_else(|_| ctx.t("community-general"), |p| ctx.locale.pillar(p))
}

fn valid_space(space: &str) -> bool {
    space == GENERAL || space.parse::<Pillar>().is_ok()
}

/// A stored warning slug; one the list no longer has is shown as none.
fn parse_warning(slug: Option<&str>) -> Option<ContentWarning> {
    slug.and_then(|s| s.parse().ok())
}

/// Every space: the general one, then one per pillar.
fn all_spaces() -> impl Iterator<Item = String> {
    std::iter::once(GENERAL.to_owned()).chain(Pillar::ALL.iter().map(|p| p.slug().to_owned()))
}

#[derive(Deserialize)]
/// `?space=`.
pub struct SpaceQuery {
    space: Option<String>,
}

fn thread_fields(ctx: &PageContext, form: &FormData, space: &str) -> Vec<Field> {
    let mut space_field = field(ctx, "pillar", FieldKind::Select, space);
    space_field.choices = all_spaces()
        .map(|s| Choice {
            label: space_name(ctx, &s),
            selected: s == space,
            value: s,
        })
        .collect();
    vec![
        required(field(ctx, "title", FieldKind::Text, &form.get("title"))),
        required(hint(
            ctx,
            field(ctx, "body", FieldKind::TextArea, &form.get("body")),
            "form-hint-markdown",
        )),
        space_field,
        warnings::select(ctx, &form.get("content_warning")),
        hint(
            ctx,
            field(
                ctx,
                "members_only",
                FieldKind::Checkbox,
                if form.checked("members_only") {
                    "1"
                } else {
                    ""
                },
            ),
            "form-hint-members-only",
        ),
    ]
}

async fn community_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: Option<&auth::Viewer>,
    space: Option<String>,
    form: &FormData,
    problems: &Problems,
) -> Result<Response, WebError> {
    let space = space.filter(|s| valid_space(s));
    let staff = viewer.is_some_and(|v| v.is_staff());
    let threads = community::threads(state.db(), space.as_deref(), viewer.is_some(), staff, 100)
        .await?
        .into_iter()
        .map(|t| ThreadItem {
            href: ctx.link(&format!("/community/threads/{}", t.id)),
            title: t.title,
            space: space_name(ctx, &t.space),
            author: t
                .author_name
                .unwrap_or_else(|| ctx.t("community-former-member")),
            last_post: when(ctx, t.last_post_at),
            posts: ctx.tn("community-posts", t.posts.unsigned_abs()),
            members_only: t.members_only,
            locked: t.locked,
            hidden: t.hidden,
            pinned: t.pinned,
            warning: warnings::label(ctx, parse_warning(t.content_warning.as_deref())),
        })
        .collect();
    let mut spaces = vec![(
        Link {
            label: ctx.t("community-all"),
            href: ctx.link("/community"),
        },
        space.is_none(),
    )];
    for s in all_spaces() {
        let current = space.as_deref() == Some(s.as_str());
        spaces.push((
            Link {
                label: space_name(ctx, &s),
                href: ctx.link(&format!("/community?space={s}")),
            },
            current,
        ));
    }
    let new_thread = viewer.map(|_| {
        let mut fields = thread_fields(ctx, form, space.as_deref().unwrap_or(GENERAL));
        problems.attach(&mut fields);
        fields
    });
    let page = CommunityPage {
        layout: ctx.layout(
            ctx.t("community-heading"),
            ctx.t("community-lead"),
            Section::Community,
        ),
        spaces,
        threads,
        new_thread,
        csrf_token: auth::csrf_token(state, viewer).await?,
        member: viewer.is_some(),
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /community`.
pub async fn community(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(viewer): MaybeMember,
    Query(q): Query<SpaceQuery>,
) -> Result<Response, WebError> {
    community_page(
        &state,
        &ctx,
        viewer.as_ref(),
        q.space,
        &FormData::default(),
        &Problems::default(),
    )
    .await
}

/// A post's Markdown body (of a new thread or a reply): required, at most 20,000 characters.
pub(crate) fn check_body(ctx: &PageContext, problems: &mut Problems, form: &FormData) -> String {
    forms::check_text(ctx, problems, "body", &form.raw("body"), true, 20_000)
}

/// One pace for a member's posts, new threads and replies alike.
pub(crate) async fn limit_posts(state: &AppState, viewer: &auth::Viewer) -> Result<(), WebError> {
    limit(state, &format!("post:{}", viewer.user.id), 30, 600).await
}

/// Where post `id` stands in its thread; `NotFound` when there is no such post, or when it
/// is in an expert group's thread that `viewer` is not a member of (staff included).
pub(crate) async fn post_href(
    state: &AppState,
    viewer: &auth::Viewer,
    id: i64,
) -> Result<String, WebError> {
    let post = community::post(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    readable_thread(state, Some(viewer), post.thread_id).await?;
    Ok(format!("/community/threads/{}#post-{id}", post.thread_id))
}

/// Thread `id` when `viewer` may reach it by its group: `NotFound` for a thread of an
/// expert group the viewer is not in, as for one that does not exist, so its URL says
/// nothing about it.
pub(crate) async fn readable_thread(
    state: &AppState,
    viewer: Option<&auth::Viewer>,
    id: i64,
) -> Result<community::Thread, WebError> {
    let thread = community::thread(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    if !super::groups::may_read(state, thread.group_id, viewer).await? {
        return Err(WebError::NotFound);
    }
    Ok(thread)
}

/// `POST /community/threads`: `title`, `body`, `pillar` (or `general`), `members_only`.
pub async fn create_thread(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    form: FormData,
) -> Result<Response, WebError> {
    let mut problems = Problems::default();
    let title = forms::check_text(&ctx, &mut problems, "title", &form.get("title"), true, 200);
    let body = check_body(&ctx, &mut problems, &form);
    let space = Some(form.get("pillar"))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| GENERAL.to_owned());
    if !valid_space(&space) {
        problems.add("pillar", ctx.t("community-error-space"));
    }
    let warning = form.get("content_warning");
    let warning = Some(warning.trim()).filter(|w| !w.is_empty());
    if warning.is_some_and(|w| w.parse::<ContentWarning>().is_err()) {
        problems.add("content_warning", ctx.t("form-error-content-warning"));
    }
    let texts = [("title", title.as_str()), ("body", body.as_str())];
    let kept = terminology::check(&state, &ctx, &mut problems, &form, &texts).await?;
    if !problems.is_empty() {
        return community_page(&state, &ctx, Some(&viewer), Some(space), &form, &problems).await;
    }
    limit_posts(&state, &viewer).await?;
    let html = sparks_core::markdown::to_safe_html(&body);
    let id = community::create_thread(
        state.db(),
        &NewThread {
            space: &space,
            title: &title,
            body: &body,
            body_html: &html,
            members_only: form.checked("members_only"),
            author_id: viewer.user.id,
            content_warning: warning,
        },
        state.clock().unix(),
    )
    .await?;
    let href = format!("/community/threads/{id}");
    kept.note(&state, "thread", &href, viewer.user.id).await?;
    crate::notify::thread_started(&state, id, &title, &body, viewer.user.id).await;
    Ok(see_other(&href))
}

async fn thread_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: Option<&auth::Viewer>,
    id: i64,
    reply_value: &str,
    quote: Option<i64>,
    problems: &Problems,
) -> Result<Response, WebError> {
    let staff = viewer.is_some_and(|v| v.is_staff());
    let thread = readable_thread(state, viewer, id).await?;
    // Members-only threads are invisible to visitors; hidden ones to all but staff.
    if (thread.members_only && viewer.is_none()) || (thread.hidden && !staff) {
        return Err(WebError::NotFound);
    }
    let can_reply = viewer.is_some() && !thread.locked;
    let posts = community::posts(state.db(), id, staff).await?;
    // `?quote={post}` fills the reply with that post as a Markdown quote (no JavaScript
    // needed), when it is a post of this thread the viewer sees; a problem keeps the text.
    let reply_value = match quote.filter(|_| can_reply && reply_value.is_empty()) {
        Some(q) => posts
            .iter()
            .find(|p| p.id == q && p.deleted_at.is_none())
            .map(|p| crate::pages::own_posts::quote(ctx, p))
            .unwrap_or_default(),
        None => reply_value.to_owned(),
    };
    let own_posts_open = staff || (!thread.locked && !thread.hidden);
    let posts = posts
        .into_iter()
        .map(|p| {
            let deleted = p.deleted_at.is_some();
            let own = viewer.is_some_and(|v| p.author_id == Some(v.user.id));
            PostItem {
                id: p.id,
                // Only to a profile that is shown: a private member's name stays plain text.
                author_href: p.author_handle.map(|h| ctx.link(&format!("/members/{h}"))),
                author: p
                    .author_name
                    .unwrap_or_else(|| ctx.t("community-former-member")),
                when: when(ctx, p.created_at),
                body_html: p.body_html,
                hidden: p.hidden,
                edited: p
                    .edited_at
                    .filter(|_| !deleted)
                    .map(|t| ctx.t_args("community-edited", &[("when", &when(ctx, t))])),
                deleted,
                quote_href: (can_reply && !deleted).then(|| {
                    format!(
                        "{}#reply",
                        ctx.link(&format!("/community/threads/{id}?quote={}", p.id))
                    )
                }),
                own_hrefs: (own && !deleted && own_posts_open && (staff || !p.hidden)).then(|| {
                    (
                        ctx.link(&format!("/community/posts/{}/edit", p.id)),
                        ctx.link(&format!("/community/posts/{}/delete", p.id)),
                    )
                }),
                history_href: (staff && p.edited_at.is_some() && !deleted)
                    .then(|| ctx.link(&format!("/community/posts/{}/history", p.id))),
            }
        })
        .collect();
    let reply = can_reply.then(|| {
        let mut f = vec![required(hint(
            ctx,
            field(ctx, "body", FieldKind::TextArea, &reply_value),
            "form-hint-markdown",
        ))];
        problems.attach(&mut f);
        f.remove(0)
    });
    let mut layout = ctx.layout(
        thread.title.clone(),
        thread.title.clone(),
        Section::Community,
    );
    let here = format!("/community/threads/{id}");
    crate::pages::follow::add_button(state, ctx, &mut layout, &here, &thread.title).await?;
    let page = ThreadPage {
        layout,
        id,
        title: thread.title,
        // A group's thread leads back to its group, not to a space that does not list it.
        space: match thread.group_id {
            Some(g) => super::groups::group_link(state, ctx, g).await?,
            None => Link {
                label: space_name(ctx, &thread.space),
                href: ctx.link(&format!("/community?space={}", thread.space)),
            },
        },
        members_only: thread.members_only,
        locked: thread.locked,
        hidden: thread.hidden,
        pinned: thread.pinned,
        // Staff move a thread with this list; the current space is preselected.
        spaces: if staff {
            all_spaces()
                .map(|s| Choice {
                    label: space_name(ctx, &s),
                    selected: s == thread.space,
                    value: s,
                })
                .collect()
        } else {
            Vec::new()
        },
        posts,
        warning: warnings::label(ctx, parse_warning(thread.content_warning.as_deref())),
        reply,
        member: viewer.is_some(),
        staff,
        csrf_token: auth::csrf_token(state, viewer).await?,
    };
    Ok(form_page_response(&page, problems))
}

#[derive(Deserialize)]
/// `?quote=` on a thread: the post to quote in the reply.
pub struct QuoteQuery {
    quote: Option<String>,
}

/// `GET /community/threads/{id}` (`?quote={post}` fills the reply with a quote of it).
pub async fn show_thread(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(viewer): MaybeMember,
    PathId(id): PathId,
    Query(q): Query<QuoteQuery>,
) -> Result<Response, WebError> {
    // A quote that is not a number is ignored, like one of a post not in this thread.
    let quote = q.quote.and_then(|s| s.trim().parse().ok());
    thread_page(
        &state,
        &ctx,
        viewer.as_ref(),
        id,
        "",
        quote,
        &Problems::default(),
    )
    .await
}

/// `POST /community/threads/{id}/replies`: `body`.
pub async fn reply(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let mut problems = Problems::default();
    let body = check_body(&ctx, &mut problems, &form);
    let kept = terminology::check(&state, &ctx, &mut problems, &form, &[("body", &body)]).await?;
    if !problems.is_empty() {
        return thread_page(&state, &ctx, Some(&viewer), id, &body, None, &problems).await;
    }
    let thread = readable_thread(&state, Some(&viewer), id).await?;
    if thread.hidden && !viewer.is_staff() {
        return Err(WebError::NotFound);
    }
    limit_posts(&state, &viewer).await?;
    let html = sparks_core::markdown::to_safe_html(&body);
    match community::reply(
        state.db(),
        id,
        viewer.user.id,
        &body,
        &html,
        state.clock().unix(),
    )
    .await?
    {
        Some(post) => {
            let href = format!("/community/threads/{id}#post-{post}");
            // A group's thread stays unknown to staff outside the group, even as a flag.
            if thread.group_id.is_none() {
                kept.note(&state, "reply", &href, viewer.user.id).await?;
            }
            crate::notify::replied(&state, id, &thread.title, post, &body, viewer.user.id).await;
            Ok(see_other(&href))
        }
        None => Err(WebError::Forbidden),
    }
}

/// `POST /community/posts/{id}/report`: `reason`; the post goes to the moderation queue.
pub async fn report(
    State(state): State<AppState>,
    Member(viewer): Member,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let href = post_href(&state, &viewer, id).await?;
    limit(&state, &format!("report:{}", viewer.user.id), 20, 3600).await?;
    let reason: String = sparks_core::initiative::strip_controls(form.get("reason").trim())
        .chars()
        .take(1000)
        .collect();
    let reason = if reason.is_empty() {
        "-".to_owned()
    } else {
        reason
    };
    community::report(
        state.db(),
        id,
        Some(viewer.user.id),
        &reason,
        state.clock().unix(),
    )
    .await?;
    // A report in an expert group goes to the group's moderators; staff outside the group
    // are not told of it (they must learn nothing of the group's threads).
    if let Some(thread) = community::post(state.db(), id).await?.map(|p| p.thread_id)
        && let Some(thread) = community::thread(state.db(), thread).await?
        && thread.group_id.is_none()
    {
        // Staff read the title in their own language; the thread's title is the data.
        let title = thread.title;
        crate::notify::waiting(&state, &title, "/admin/moderation", viewer.user.id).await;
    }
    Ok(see_other(&href))
}

/// `POST /community/posts/{id}/hide` (staff): `hidden` = 1 | 0.
pub async fn hide_post(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let href = post_href(&state, &viewer, id).await?;
    let hidden = form.get("hidden") != "0";
    found(se::hide_post(state.db(), &actor(&viewer), id, hidden, state.clock().now()).await?)?;
    Ok(see_other(&href))
}

/// Sets or clears a thread flag from the staff form whose field is named after it (`1` | `0`).
async fn flag_thread(
    state: &AppState,
    viewer: &auth::Viewer,
    id: i64,
    form: &FormData,
    flag: ThreadFlag,
) -> Result<Response, WebError> {
    readable_thread(state, Some(viewer), id).await?;
    let on = form.get(flag.name()) != "0";
    let now = state.clock().now();
    found(se::flag_thread(state.db(), &actor(viewer), id, flag, on, now).await?)?;
    Ok(see_other(&format!("/community/threads/{id}")))
}

/// `POST /community/threads/{id}/lock` (staff): `locked` = 1 | 0.
pub async fn lock_thread(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    flag_thread(&state, &viewer, id, &form, ThreadFlag::Locked).await
}

/// `POST /community/threads/{id}/hide` (staff): `hidden` = 1 | 0. A hidden thread is gone
/// from every public place; staff still see it, marked.
pub async fn hide_thread(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    flag_thread(&state, &viewer, id, &form, ThreadFlag::Hidden).await
}

/// `POST /community/threads/{id}/pin` (staff): `pinned` = 1 | 0.
pub async fn pin_thread(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    flag_thread(&state, &viewer, id, &form, ThreadFlag::Pinned).await
}

/// `POST /community/threads/{id}/move` (staff): `space`, the general space or a pillar. The
/// thread's URL stays the same.
pub async fn move_thread(
    State(state): State<AppState>,
    Staff(viewer): Staff,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let space = form.get("space");
    if !valid_space(&space) {
        return Err(WebError::BadParameter {
            name: "space".into(),
            message: "the general space or a pillar".into(),
        });
    }
    readable_thread(&state, Some(&viewer), id).await?;
    found(se::move_thread(state.db(), &actor(&viewer), id, &space, state.clock().now()).await?)?;
    Ok(see_other(&format!("/community/threads/{id}")))
}
