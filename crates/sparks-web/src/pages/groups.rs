//! Expert groups (issue #17, point 3): `/groups` lists them, `/groups/{slug}` shows a group
//! (its threads to its members, the request form to other members), members ask to join
//! with a short statement, the group's moderators (or an admin) approve or decline with a
//! reason, mailed to the member in the language they asked in, and admins create groups and
//! name moderators at `/admin/groups`.
//!
//! Who reads a group thread: its members only. Staff who are not members do not — the rooms
//! exist so that practitioners can speak among themselves — and get the same 404 as anyone
//! for a group thread's URL. Reports on group posts go to the group's moderators (their
//! queue at `/groups/{slug}/requests`), not to the staff queue. Pages are never cached:
//! they depend on who is looking.

use axum::extract::{Path, State};
use axum::response::Response;
use sparks_store::accounts::Role;
use sparks_store::groups::{self, Group, GroupFields, JoinPolicy, MEMBER, MODERATOR};
use sparks_store::{accounts, community, editorial as se};
use sparks_views::{
    AdminGroupPage, AdminGroupsPage, Arg, Choice, Field, FieldKind, GroupItem, GroupPage,
    GroupQueuePage, GroupsPage, Link, Locale, ReportItem, RequestItem, Section, ThreadItem, render,
};

use crate::admin::editorial::{actor, found};
use crate::auth::{self, Admin, FormData, MaybeMember, Member, Viewer, limit, see_other};
use crate::pages::community::{check_body, limit_posts};
use crate::present::context::PageContext;
use crate::present::forms::{
    self, Problems, field, form_page_response, form_response, hint, required, status_for, when,
};
use crate::present::terminology;
use crate::{AppState, WebError};

/// The group at `slug`, or 404.
async fn group_at(state: &AppState, slug: &str) -> Result<Group, WebError> {
    groups::by_slug(state.db(), slug)
        .await?
        .ok_or(WebError::NotFound)
}

/// The viewer's role in the group, `None` for visitors and non-members.
async fn role_in(
    state: &AppState,
    group_id: i64,
    viewer: Option<&Viewer>,
) -> Result<Option<String>, WebError> {
    match viewer {
        Some(v) => Ok(groups::role_of(state.db(), group_id, v.user.id).await?),
        None => Ok(None),
    }
}

/// Whether the viewer decides on the group's requests: its moderators, and admins.
async fn decides(state: &AppState, group_id: i64, viewer: &Viewer) -> Result<bool, WebError> {
    Ok(viewer.role() == Role::Admin
        || role_in(state, group_id, Some(viewer)).await?.as_deref() == Some(MODERATOR))
}

/// Whether `viewer` may read a thread of group `group_id` (`None`: not a group thread, so
/// the community's own rules apply). Used by the thread page, replies and reports.
pub async fn may_read(
    state: &AppState,
    group_id: Option<i64>,
    viewer: Option<&Viewer>,
) -> Result<bool, WebError> {
    match group_id {
        None => Ok(true),
        Some(g) => Ok(role_in(state, g, viewer).await?.is_some()),
    }
}

/// The link back from a group thread to its group, as the thread page's breadcrumb.
pub async fn group_link(
    state: &AppState,
    ctx: &PageContext,
    group_id: i64,
) -> Result<Link, WebError> {
    let g = groups::by_id(state.db(), group_id)
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(Link {
        label: g.name,
        href: ctx.link(&format!("/groups/{}", g.slug)),
    })
}

fn policy_text(ctx: &PageContext, g: &Group) -> String {
    if g.open_to_requests() {
        ctx.t("groups-policy-request")
    } else {
        ctx.t("groups-policy-invitation")
    }
}

fn role_text(ctx: &PageContext, role: &str) -> String {
    if role == MODERATOR {
        ctx.t("groups-role-moderator")
    } else {
        ctx.t("groups-role-member")
    }
}

/// `GET /groups`.
pub async fn list(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(viewer): MaybeMember,
) -> Result<Response, WebError> {
    let mut items = Vec::new();
    for g in groups::all(state.db()).await? {
        let status = match &viewer {
            Some(v) => {
                if groups::role_of(state.db(), g.id, v.user.id)
                    .await?
                    .is_some()
                {
                    Some(ctx.t("groups-status-member"))
                } else if groups::pending_of(state.db(), g.id, v.user.id)
                    .await?
                    .is_some()
                {
                    Some(ctx.t("groups-status-pending"))
                } else {
                    None
                }
            }
            None => None,
        };
        items.push(GroupItem {
            link: Link {
                label: g.name.clone(),
                href: ctx.link(&format!("/groups/{}", g.slug)),
            },
            policy: policy_text(&ctx, &g),
            description: g.description,
            status,
        });
    }
    let page = GroupsPage {
        layout: ctx.layout(
            ctx.t("groups-heading"),
            ctx.t("groups-lead"),
            Section::Community,
        ),
        groups: items,
        admin: viewer.as_ref().is_some_and(|v| v.role() == Role::Admin),
    };
    Ok(form_response(
        status_for(&Problems::default()),
        render(&page),
    ))
}

/// The values a group page's forms come back with after an error.
#[derive(Default)]
struct Typed<'a> {
    form: Option<&'a FormData>,
    problems: Problems,
}

impl Typed<'_> {
    fn value(&self, name: &str) -> String {
        self.form.map(|f| f.get(name)).unwrap_or_default()
    }
}

async fn group_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: Option<&Viewer>,
    g: &Group,
    typed: &Typed<'_>,
) -> Result<Response, WebError> {
    let role = role_in(state, g.id, viewer).await?;
    let member = role.is_some();
    let staff = viewer.is_some_and(Viewer::is_staff);
    let pending = match viewer.filter(|_| !member) {
        Some(v) => groups::pending_of(state.db(), g.id, v.user.id).await?,
        None => None,
    };
    let request_form = (viewer.is_some() && !member && pending.is_none() && g.open_to_requests())
        .then(|| {
            let mut f = vec![required(hint(
                ctx,
                field(
                    ctx,
                    "statement",
                    FieldKind::TextArea,
                    &typed.value("statement"),
                ),
                "groups-statement-hint",
            ))];
            typed.problems.attach(&mut f);
            f
        });
    let (threads, new_thread, members) = if member {
        let threads = groups::threads(state.db(), g.id, staff)
            .await?
            .into_iter()
            .map(|t| ThreadItem {
                href: ctx.link(&format!("/community/threads/{}", t.id)),
                title: t.title,
                space: g.name.clone(),
                author: t
                    .author_name
                    .unwrap_or_else(|| ctx.t("community-former-member")),
                last_post: when(ctx, t.last_post_at),
                posts: ctx.tn("community-posts", t.posts.unsigned_abs()),
                members_only: true,
                locked: t.locked,
                hidden: t.hidden,
                pinned: t.pinned,
                warning: None,
            })
            .collect();
        let mut fields = vec![
            required(field(ctx, "title", FieldKind::Text, &typed.value("title"))),
            required(hint(
                ctx,
                field(
                    ctx,
                    "body",
                    FieldKind::TextArea,
                    &typed.form.map(|f| f.raw("body")).unwrap_or_default(),
                ),
                "form-hint-markdown",
            )),
        ];
        typed.problems.attach(&mut fields);
        let members = groups::members(state.db(), g.id)
            .await?
            .into_iter()
            .map(|(name, role)| (name, role_text(ctx, &role)))
            .collect();
        (threads, Some(fields), members)
    } else {
        (Vec::new(), None, Vec::new())
    };
    let moderator = match viewer {
        Some(v) => decides(state, g.id, v).await?,
        None => false,
    };
    let page = GroupPage {
        layout: ctx.layout(g.name.clone(), g.description.clone(), Section::Community),
        slug: g.slug.clone(),
        name: g.name.clone(),
        description: g.description.clone(),
        policy: policy_text(ctx, g),
        logged_in: viewer.is_some(),
        member,
        moderator,
        pending: pending.map(|p| p.statement),
        request_form,
        threads,
        new_thread,
        members,
        csrf_token: auth::csrf_token(state, viewer).await?,
    };
    Ok(form_page_response(&page, &typed.problems))
}

/// `GET /groups/{slug}`.
pub async fn show(
    State(state): State<AppState>,
    ctx: PageContext,
    MaybeMember(viewer): MaybeMember,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    group_page(&state, &ctx, viewer.as_ref(), &g, &Typed::default()).await
}

/// `POST /groups/{slug}/requests`: `statement`. One request waits at a time; members of
/// the group, and groups by invitation only, take none.
pub async fn ask(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    if !g.open_to_requests() {
        return Err(WebError::Forbidden);
    }
    let member = groups::role_of(state.db(), g.id, viewer.user.id).await?;
    let waiting = groups::pending_of(state.db(), g.id, viewer.user.id).await?;
    if member.is_some() || waiting.is_some() {
        return Ok(see_other(&format!("/groups/{slug}")));
    }
    let mut problems = Problems::default();
    let statement = forms::check_text(
        &ctx,
        &mut problems,
        "statement",
        &form.raw("statement"),
        true,
        2000,
    );
    if !problems.is_empty() {
        let typed = Typed {
            form: Some(&form),
            problems,
        };
        return group_page(&state, &ctx, Some(&viewer), &g, &typed).await;
    }
    limit(&state, &format!("group-ask:{}", viewer.user.id), 10, 3600).await?;
    groups::ask(
        state.db(),
        g.id,
        viewer.user.id,
        &statement,
        ctx.locale.code(),
        state.clock().unix(),
    )
    .await?;
    Ok(see_other(&format!("/groups/{slug}")))
}

/// `POST /groups/{slug}/leave`.
pub async fn leave(
    State(state): State<AppState>,
    Member(viewer): Member,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    groups::remove_member(state.db(), g.id, viewer.user.id).await?;
    Ok(see_other(&format!("/groups/{slug}")))
}

/// `POST /groups/{slug}/threads`: `title`, `body` (members of the group only).
pub async fn create_thread(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    if role_in(&state, g.id, Some(&viewer)).await?.is_none() {
        return Err(WebError::Forbidden);
    }
    let mut problems = Problems::default();
    let title = forms::check_text(&ctx, &mut problems, "title", &form.get("title"), true, 200);
    let body = check_body(&ctx, &mut problems, &form);
    let texts = [("title", title.as_str()), ("body", body.as_str())];
    let kept = terminology::check(&state, &ctx, &mut problems, &form, &texts).await?;
    if !problems.is_empty() {
        let typed = Typed {
            form: Some(&form),
            problems,
        };
        return group_page(&state, &ctx, Some(&viewer), &g, &typed).await;
    }
    limit_posts(&state, &viewer).await?;
    let html = sparks_core::markdown::to_safe_html(&body);
    let id = groups::create_thread(
        state.db(),
        g.id,
        viewer.user.id,
        &title,
        &body,
        &html,
        state.clock().unix(),
    )
    .await?;
    // Kept wording in a group's thread is not listed for staff: staff outside the group must
    // learn nothing of its threads, not even that one exists.
    drop(kept);
    Ok(see_other(&format!("/community/threads/{id}")))
}

async fn queue_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    g: &Group,
    error: Option<(i64, &str, String)>,
) -> Result<Response, WebError> {
    let requests = groups::pending(state.db(), g.id)
        .await?
        .into_iter()
        .map(|r| {
            let mine = error.as_ref().filter(|(id, _, _)| *id == r.id);
            RequestItem {
                id: r.id,
                who: r.user_name,
                statement: r.statement,
                when: when(ctx, r.created_at),
                reason: mine
                    .map(|(_, typed, _)| (*typed).to_owned())
                    .unwrap_or_default(),
                error: mine.map(|(_, _, e)| e.clone()),
            }
        })
        .collect();
    let reports = community::group_reports(state.db(), g.id)
        .await?
        .into_iter()
        .map(|r| ReportItem {
            id: r.id,
            post_href: ctx.link(&format!(
                "/community/threads/{}#post-{}",
                r.thread_id, r.post_id
            )),
            reason: r.reason,
            body: r.body,
        })
        .collect();
    let page = GroupQueuePage {
        layout: ctx.layout(
            ctx.t("groups-queue-heading"),
            g.name.clone(),
            Section::Community,
        ),
        slug: g.slug.clone(),
        name: g.name.clone(),
        requests,
        reports,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
    };
    let status = if error.is_some() {
        axum::http::StatusCode::UNPROCESSABLE_ENTITY
    } else {
        axum::http::StatusCode::OK
    };
    Ok(form_response(status, render(&page)))
}

/// The group at `slug` when the viewer decides on its requests; 404 for a missing group,
/// 403 for everyone else.
async fn moderated_group(state: &AppState, viewer: &Viewer, slug: &str) -> Result<Group, WebError> {
    let g = group_at(state, slug).await?;
    if !decides(state, g.id, viewer).await? {
        return Err(WebError::Forbidden);
    }
    Ok(g)
}

/// `GET /groups/{slug}/requests`: the requests waiting and the reported posts (the group's
/// moderators and admins).
pub async fn queue(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let g = moderated_group(&state, &viewer, &slug).await?;
    queue_page(&state, &ctx, &viewer, &g, None).await
}

/// `POST /groups/{slug}/requests/{id}`: `decision` = approve | decline (with a `reason`).
/// The member is told by mail, in the language they asked in.
pub async fn decide(
    State(state): State<AppState>,
    ctx: PageContext,
    Member(viewer): Member,
    Path((slug, id)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let g = moderated_group(&state, &viewer, &slug).await?;
    let id = forms::parse_id(&id)?;
    let request = groups::request(state.db(), id)
        .await?
        .filter(|r| r.group_id == g.id)
        .ok_or(WebError::NotFound)?;
    let queue_url = format!("/groups/{slug}/requests");
    let approve = match form.get("decision").as_str() {
        "approve" => true,
        "decline" => false,
        _ => {
            return Err(WebError::BadParameter {
                name: "decision".into(),
                message: "approve or decline".into(),
            });
        }
    };
    let reason: String = sparks_core::initiative::strip_controls(form.raw("reason").trim())
        .chars()
        .take(2000)
        .collect();
    if !approve && reason.is_empty() {
        let typed = form.raw("reason");
        let error = Some((id, typed.as_str(), ctx.t("groups-error-reason")));
        return queue_page(&state, &ctx, &viewer, &g, error).await;
    }
    let decided = groups::decide(
        state.db(),
        id,
        approve,
        &reason,
        viewer.user.id,
        state.clock().unix(),
    )
    .await?;
    // Another moderator deciding first is no error; the member was told then.
    let member = if decided {
        accounts::by_id(state.db(), request.user_id).await?
    } else {
        None
    };
    if let Some(user) = member {
        let locale = Locale::from_code(&request.locale).unwrap_or(ctx.locale);
        let link = format!("{}/groups/{}", state.link_base(), g.slug);
        let args = [
            ("group", Arg::Text(g.name.clone())),
            ("link", Arg::Text(link)),
            ("reason", Arg::Text(reason.clone())),
        ];
        let kind = if approve { "approved" } else { "declined" };
        state
            .send_mail(sparks_mail::Email {
                to: user.email,
                subject: locale.t_args(&format!("email-group-{kind}-subject"), &args),
                body: locale.t_args(&format!("email-group-{kind}-body"), &args),
                headers: Vec::new(),
            })
            .await;
    }
    Ok(see_other(&queue_url))
}

/// `POST /groups/{slug}/reports/{id}`: `hide` = 1 | 0. The group's moderators resolve a
/// report on one of its posts, as staff do for the rest of the community.
pub async fn resolve_report(
    State(state): State<AppState>,
    Member(viewer): Member,
    Path((slug, id)): Path<(String, String)>,
    form: FormData,
) -> Result<Response, WebError> {
    let g = moderated_group(&state, &viewer, &slug).await?;
    let id = forms::parse_id(&id)?;
    let ours = community::group_reports(state.db(), g.id)
        .await?
        .iter()
        .any(|r| r.id == id);
    if ours {
        let hide = form.get("hide") == "1";
        found(
            se::resolve_report(state.db(), &actor(&viewer), id, hide, state.clock().now()).await?,
        )?;
    }
    Ok(see_other(&format!("/groups/{slug}/requests")))
}

// ---- Admins ----

fn group_fields(ctx: &PageContext, name: &str, description: &str, policy: &str) -> Vec<Field> {
    let mut policy_field = field(ctx, "join_policy", FieldKind::Select, policy);
    policy_field.choices = [JoinPolicy::Request, JoinPolicy::Invitation]
        .iter()
        .map(|p| Choice {
            value: p.as_str().to_owned(),
            label: ctx.t(&format!("groups-policy-{}", p.as_str())),
            selected: p.as_str() == policy,
        })
        .collect();
    vec![
        required(field(ctx, "name", FieldKind::Text, name)),
        required(field(
            ctx,
            "group_description",
            FieldKind::TextArea,
            description,
        )),
        policy_field,
    ]
}

/// Reads and checks the group form.
fn read_group(
    ctx: &PageContext,
    problems: &mut Problems,
    form: &FormData,
) -> (String, String, JoinPolicy) {
    let name = forms::check_text(ctx, problems, "name", &form.get("name"), true, 120);
    let description = forms::check_text(
        ctx,
        problems,
        "group_description",
        &form.raw("group_description"),
        true,
        2000,
    );
    let policy = JoinPolicy::parse(&form.get("join_policy")).unwrap_or_else(|| {
        problems.add("join_policy", ctx.t("groups-error-policy"));
        JoinPolicy::Request
    });
    (name, description, policy)
}

async fn admin_list_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    form: &FormData,
    problems: &Problems,
) -> Result<Response, WebError> {
    let groups = groups::all(state.db())
        .await?
        .into_iter()
        .map(|g| Link {
            label: g.name,
            href: ctx.link(&format!("/admin/groups/{}", g.slug)),
        })
        .collect();
    let policy = Some(form.get("join_policy")).filter(|p| !p.is_empty());
    let mut fields = group_fields(
        ctx,
        &form.get("name"),
        &form.raw("group_description"),
        policy.as_deref().unwrap_or("request"),
    );
    problems.attach(&mut fields);
    let page = AdminGroupsPage {
        layout: ctx.layout(
            ctx.t("groups-admin-heading"),
            ctx.t("groups-admin-heading"),
            Section::Admin,
        ),
        groups,
        fields,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /admin/groups` (admins).
pub async fn admin_list(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
) -> Result<Response, WebError> {
    admin_list_page(
        &state,
        &ctx,
        &viewer,
        &FormData::default(),
        &Problems::default(),
    )
    .await
}

/// `POST /admin/groups` (admins): `name`, `group_description`, `join_policy`. The slug
/// comes from the name.
pub async fn admin_create(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
    form: FormData,
) -> Result<Response, WebError> {
    let mut problems = Problems::default();
    let (name, description, policy) = read_group(&ctx, &mut problems, &form);
    let slug = sparks_core::slug::slugify(&name);
    if problems.is_empty() && slug.is_empty() {
        problems.add("name", ctx.t("groups-error-name"));
    }
    if problems.is_empty() {
        let fields = GroupFields {
            name: &name,
            description: &description,
            policy,
        };
        if groups::create(state.db(), &slug, &fields, state.clock().unix())
            .await?
            .is_some()
        {
            return Ok(see_other(&format!("/admin/groups/{slug}")));
        }
        problems.add("name", ctx.t("groups-error-taken"));
    }
    admin_list_page(&state, &ctx, &viewer, &form, &problems).await
}

async fn admin_group_page(
    state: &AppState,
    ctx: &PageContext,
    viewer: &Viewer,
    g: &Group,
    form: Option<&FormData>,
    problems: &Problems,
) -> Result<Response, WebError> {
    let (name, description, policy) = match form {
        Some(f) if !f.get("name").is_empty() || !f.raw("group_description").is_empty() => (
            f.get("name"),
            f.raw("group_description"),
            f.get("join_policy"),
        ),
        _ => (g.name.clone(), g.description.clone(), g.join_policy.clone()),
    };
    let mut fields = group_fields(ctx, &name, &description, &policy);
    let email = form.map(|f| f.get("email")).unwrap_or_default();
    let role = form
        .map(|f| f.get("group_role"))
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| MEMBER.to_owned());
    let mut role_field = field(ctx, "group_role", FieldKind::Select, &role);
    role_field.choices = [MEMBER, MODERATOR]
        .iter()
        .map(|r| Choice {
            value: (*r).to_owned(),
            label: role_text(ctx, r),
            selected: *r == role,
        })
        .collect();
    let mut member_fields = vec![
        required(hint(
            ctx,
            field(ctx, "email", FieldKind::Email, &email),
            "groups-email-hint",
        )),
        role_field,
    ];
    problems.attach(&mut fields);
    problems.attach(&mut member_fields);
    // Each problem belongs to one form: keep it off the other one's first field.
    if problems.only_about("email") {
        for f in &mut fields {
            f.error = None;
        }
    } else {
        for f in &mut member_fields {
            f.error = None;
        }
    }
    let members = groups::members(state.db(), g.id)
        .await?
        .into_iter()
        .map(|(name, role)| (name, role_text(ctx, &role)))
        .collect();
    let page = AdminGroupPage {
        layout: ctx.layout(g.name.clone(), g.name.clone(), Section::Admin),
        slug: g.slug.clone(),
        public: Link {
            label: g.name.clone(),
            href: ctx.link(&format!("/groups/{}", g.slug)),
        },
        fields,
        members,
        member_fields,
        csrf_token: auth::csrf_token(state, Some(viewer)).await?,
    };
    Ok(form_page_response(&page, problems))
}

/// `GET /admin/groups/{slug}` (admins).
pub async fn admin_show(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    admin_group_page(&state, &ctx, &viewer, &g, None, &Problems::default()).await
}

/// `POST /admin/groups/{slug}` (admins): the group form again.
pub async fn admin_update(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    let mut problems = Problems::default();
    let (name, description, policy) = read_group(&ctx, &mut problems, &form);
    if !problems.is_empty() {
        return admin_group_page(&state, &ctx, &viewer, &g, Some(&form), &problems).await;
    }
    let fields = GroupFields {
        name: &name,
        description: &description,
        policy,
    };
    groups::update(state.db(), g.id, &fields).await?;
    Ok(see_other(&format!("/admin/groups/{slug}")))
}

/// `POST /admin/groups/{slug}/members` (admins): `email`, `group_role` = member |
/// moderator. Adds a confirmed member to the group (how groups by invitation fill) or
/// names them moderator.
pub async fn admin_add_member(
    State(state): State<AppState>,
    ctx: PageContext,
    Admin(viewer): Admin,
    Path(slug): Path<String>,
    form: FormData,
) -> Result<Response, WebError> {
    let g = group_at(&state, &slug).await?;
    let mut problems = Problems::default();
    let email = forms::check_email(&ctx, &mut problems, &form.get("email"));
    let role = match form.get("group_role").as_str() {
        MODERATOR => MODERATOR,
        _ => MEMBER,
    };
    let user = if problems.is_empty() {
        accounts::by_email(state.db(), &email)
            .await?
            .filter(|u| u.verified_at.is_some())
    } else {
        None
    };
    let Some(user) = user else {
        if problems.is_empty() {
            problems.add("email", ctx.t("groups-error-no-account"));
        }
        return admin_group_page(&state, &ctx, &viewer, &g, Some(&form), &problems).await;
    };
    groups::set_member(state.db(), g.id, user.id, role, state.clock().unix()).await?;
    Ok(see_other(&format!("/admin/groups/{slug}")))
}
