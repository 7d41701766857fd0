//! View models of the expert groups (issue #17, point 3): the list, a group's page (its
//! threads for members, the request form for others), the moderators' queue of requests,
//! and the admins' pages that create groups and name moderators.

use askama::Template;

use crate::community::{Field, FieldKind, ReportItem, ThreadItem};
use crate::pages::{Layout, Link};

/// A group in the list.
#[derive(Debug, Clone)]
pub struct GroupItem {
    /// Its page.
    pub link: Link,
    /// What it is for.
    pub description: String,
    /// Who may ask to join, in words.
    pub policy: String,
    /// The viewer's standing ("You are a member", "Your request is waiting"), if any.
    pub status: Option<String>,
}

/// `/groups`.
#[derive(Template)]
#[template(path = "groups.html")]
pub struct GroupsPage {
    /// Frame.
    pub layout: Layout,
    /// Every group.
    pub groups: Vec<GroupItem>,
    /// Link to the admins' page, for admins.
    pub admin: bool,
}

/// `/groups/{slug}`.
#[derive(Template)]
#[template(path = "group.html")]
pub struct GroupPage {
    /// Frame.
    pub layout: Layout,
    /// URL name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Description.
    pub description: String,
    /// Who may ask to join, in words.
    pub policy: String,
    /// Logged in.
    pub logged_in: bool,
    /// The viewer is in the group: they see its threads and may leave.
    pub member: bool,
    /// The viewer decides on requests (a group moderator or an admin).
    pub moderator: bool,
    /// The statement of the viewer's request still waiting.
    pub pending: Option<String>,
    /// The request form, for members who may ask.
    pub request_form: Option<Vec<Field>>,
    /// The group's threads (members only).
    pub threads: Vec<ThreadItem>,
    /// The new-thread form (members only).
    pub new_thread: Option<Vec<Field>>,
    /// Who is in it, with their role in words (members only).
    pub members: Vec<(String, String)>,
    /// CSRF token.
    pub csrf_token: String,
}

/// A request as moderators see it.
#[derive(Debug, Clone)]
pub struct RequestItem {
    /// Its id.
    pub id: i64,
    /// Who asks.
    pub who: String,
    /// Their statement.
    pub statement: String,
    /// When.
    pub when: String,
    /// The reason typed for declining (kept when the form comes back).
    pub reason: String,
    /// What is wrong with the reason (declining needs one).
    pub error: Option<String>,
}

/// `/groups/{slug}/requests`: the moderators' queue.
#[derive(Template)]
#[template(path = "group_queue.html")]
pub struct GroupQueuePage {
    /// Frame.
    pub layout: Layout,
    /// URL name.
    pub slug: String,
    /// Name.
    pub name: String,
    /// Requests waiting.
    pub requests: Vec<RequestItem>,
    /// Reports on the group's posts.
    pub reports: Vec<ReportItem>,
    /// CSRF token.
    pub csrf_token: String,
}

/// `/admin/groups`.
#[derive(Template)]
#[template(path = "admin_groups.html")]
pub struct AdminGroupsPage {
    /// Frame.
    pub layout: Layout,
    /// Each group's admin page.
    pub groups: Vec<Link>,
    /// The new-group form.
    pub fields: Vec<Field>,
    /// CSRF token.
    pub csrf_token: String,
}

/// `/admin/groups/{slug}`.
#[derive(Template)]
#[template(path = "admin_group.html")]
pub struct AdminGroupPage {
    /// Frame.
    pub layout: Layout,
    /// URL name.
    pub slug: String,
    /// The group's public page.
    pub public: Link,
    /// The edit form.
    pub fields: Vec<Field>,
    /// Who is in it, with their role in words.
    pub members: Vec<(String, String)>,
    /// The form that adds a member or names a moderator.
    pub member_fields: Vec<Field>,
    /// CSRF token.
    pub csrf_token: String,
}
