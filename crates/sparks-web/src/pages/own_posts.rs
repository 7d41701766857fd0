//! A member's own posts (issue #17, point 4): they edit and delete what they wrote, opening
//! posts and replies alike; every earlier version is kept for staff
//! (`/community/posts/{id}/history`). A deleted post leaves a placeholder in its thread, so
//! replies keep their place, and its text is gone from the thread, search and history.
//! Members cannot change a post in a locked or hidden thread, nor anyone else's post (403).
//! Also the Markdown quote that fills the reply form of `?quote={post}`.

use axum::extract::State;
use axum::response::Response;
use sparks_store::community::{self, Post, Thread};
use sparks_views::{FieldKind, Link, PostHistoryPage, RevisionItem, Section};

use crate::auth::{self, FormData, Member, Staff, see_other};
use crate::pages::community::{check_body, limit_posts, post_href, readable_thread};
use crate::present::context::PageContext;
use crate::present::forms::{
    PathId, Problems, field, form_page, form_page_response, hint, required, when,
};
use crate::present::terminology;
use crate::{AppState, WebError};

/// The post `id` when `viewer` may change it, with its thread: 404 when there is no such
/// post (or it is deleted, or in a thread or hidden the viewer cannot see), 403 when it is
/// someone else's or its thread is locked (staff may still change their own there).
async fn own_post(
    state: &AppState,
    viewer: &auth::Viewer,
    id: i64,
) -> Result<(Post, Thread), WebError> {
    let post = community::post(state.db(), id)
        .await?
        .filter(|p| p.deleted_at.is_none())
        .ok_or(WebError::NotFound)?;
    // An expert group's thread is out of reach for anyone outside the group.
    let thread = readable_thread(state, Some(viewer), post.thread_id).await?;
    let staff = viewer.is_staff();
    // A member never learns of what staff hid.
    if (thread.hidden || post.hidden) && !staff {
        return Err(WebError::NotFound);
    }
    if post.author_id != Some(viewer.user.id) || (thread.locked && !staff) {
        return Err(WebError::Forbidden);
    }
    Ok((post, thread))
}

fn edit_form(
    ctx: &PageContext,
    csrf: String,
    id: i64,
    thread: &Thread,
    body: &str,
    problems: &Problems,
) -> Response {
    let mut fields = vec![required(hint(
        ctx,
        field(ctx, "body", FieldKind::TextArea, body),
        "form-hint-markdown",
    ))];
    problems.attach(&mut fields);
    let mut page = form_page(
        ctx,
        Section::Community,
        "post-edit",
        &format!("/community/posts/{id}/edit"),
        csrf,
        fields,
    );
    page.intro = vec![ctx.t_args("post-edit-intro", &[("thread", &thread.title)])];
    page.links = vec![
        Link {
            label: ctx.t("post-back-to-thread"),
            href: ctx.link(&format!("/community/threads/{}#post-{id}", thread.id)),
        },
        Link {
            label: ctx.t("post-delete-link"),
            href: ctx.link(&format!("/community/posts/{id}/delete")),
        },
    ];
    form_page_response(&page, problems)
}

/// `GET /community/posts/{id}/edit`: the post's text, to change.
pub async fn edit_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    let (post, thread) = own_post(&state, &viewer, id).await?;
    let csrf = auth::csrf_token(&state, Some(&viewer)).await?;
    Ok(edit_form(
        &ctx,
        csrf,
        id,
        &thread,
        &post.body,
        &Problems::default(),
    ))
}

/// `POST /community/posts/{id}/edit`: `body`. The text it had goes to the post's history;
/// an unchanged text changes nothing.
pub async fn edit(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    PathId(id): PathId,
    form: FormData,
) -> Result<Response, WebError> {
    let (post, thread) = own_post(&state, &viewer, id).await?;
    let mut problems = Problems::default();
    let body = check_body(&ctx, &mut problems, &form);
    let kept = terminology::check(&state, &ctx, &mut problems, &form, &[("body", &body)]).await?;
    if !problems.is_empty() {
        let csrf = auth::csrf_token(&state, Some(&viewer)).await?;
        return Ok(edit_form(&ctx, csrf, id, &thread, &body, &problems));
    }
    let href = post_href(&state, &viewer, id).await?;
    if body != post.body {
        limit_posts(&state, &viewer).await?;
        let html = sparks_core::markdown::to_safe_html(&body);
        let now = state.clock().unix();
        if !community::edit_post(state.db(), id, viewer.user.id, &body, &html, now).await? {
            // Deleted meanwhile (in another tab).
            return Err(WebError::NotFound);
        }
        // A group's thread stays unknown to staff outside the group, even as a flag.
        if thread.group_id.is_none() {
            kept.note(&state, "edited post", &href, viewer.user.id)
                .await?;
        }
    }
    Ok(see_other(&href))
}

/// `GET /community/posts/{id}/delete`: asks before the text goes for good.
pub async fn delete_page(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    let (_, thread) = own_post(&state, &viewer, id).await?;
    let mut page = form_page(
        &ctx,
        Section::Community,
        "post-delete",
        &format!("/community/posts/{id}/delete"),
        auth::csrf_token(&state, Some(&viewer)).await?,
        Vec::new(),
    );
    page.intro = vec![ctx.t("post-delete-intro")];
    page.links = vec![Link {
        label: ctx.t("post-back-to-thread"),
        href: ctx.link(&format!("/community/threads/{}#post-{id}", thread.id)),
    }];
    Ok(form_page_response(&page, &Problems::default()))
}

/// `POST /community/posts/{id}/delete`: the text and its history go; a placeholder stays.
pub async fn delete(
    State(state): State<AppState>,
    Member(viewer): Member,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    own_post(&state, &viewer, id).await?;
    community::delete_post(state.db(), id, state.clock().unix()).await?;
    Ok(see_other(&post_href(&state, &viewer, id).await?))
}

/// `GET /community/posts/{id}/history` (staff): the current text and every earlier version,
/// who wrote each and when.
pub async fn history(
    State(state): State<AppState>,
    ctx: PageContext,
    Staff(viewer): Staff,
    PathId(id): PathId,
) -> Result<Response, WebError> {
    // First: a group thread's post is not found for staff outside the group.
    let href = post_href(&state, &viewer, id).await?;
    let post = community::post(state.db(), id)
        .await?
        .ok_or(WebError::NotFound)?;
    let name = |n: Option<String>| n.unwrap_or_else(|| ctx.t("community-former-member"));
    let written = |who: Option<String>, at: i64| {
        ctx.t_args(
            "post-history-written",
            &[("name", &name(who)), ("when", &when(&ctx, at))],
        )
    };
    let revisions = community::revisions(state.db(), id)
        .await?
        .into_iter()
        .rev()
        .map(|r| RevisionItem {
            written: written(r.written_by, r.written_at),
            replaced: ctx.t_args(
                "post-history-replaced",
                &[
                    ("name", &name(r.replaced_by)),
                    ("when", &when(&ctx, r.replaced_at)),
                ],
            ),
            body: r.body,
        })
        .collect();
    let heading = ctx.t("post-history-heading");
    let page = PostHistoryPage {
        layout: ctx.layout(heading.clone(), heading, Section::Community),
        post_href: ctx.link(&href),
        current: RevisionItem {
            written: written(post.author_name, post.edited_at.unwrap_or(post.created_at)),
            replaced: String::new(),
            body: if post.deleted_at.is_some() {
                ctx.t("community-post-deleted")
            } else {
                post.body
            },
        },
        revisions,
    };
    Ok(crate::present::forms::form_page_response(
        &page,
        &Problems::default(),
    ))
}

/// Markdown that escapes `text` (a name) so it shows as written.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\`*_{}[]()<>#+-.!|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The reply text that quotes `post`: an attribution linking the post, then its Markdown as
/// a blockquote, then an empty line to write under.
pub(crate) fn quote(ctx: &PageContext, post: &Post) -> String {
    let name = post
        .author_name
        .clone()
        .unwrap_or_else(|| ctx.t("community-former-member"));
    let attribution = ctx.t_args(
        "community-quote-wrote",
        &[("name", &escape_markdown(&name))],
    );
    let mut text = format!(
        "> [{attribution}](/community/threads/{}#post-{})\n>\n",
        post.thread_id, post.id
    );
    for line in post.body.lines() {
        if line.is_empty() {
            text.push_str(">\n");
        } else {
            text.push_str("> ");
            text.push_str(line);
            text.push('\n');
        }
    }
    text.push('\n');
    text
}
