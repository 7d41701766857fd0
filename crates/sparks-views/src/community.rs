//! View models of the community: forms (join, login, account, submissions, threads), notices,
//! discussions, and the admin area. Every form is rendered by one template, so that each
//! announces its errors the same way: a summary at the top linking to the fields, and a
//! message beside each field tied to it with `aria-describedby`.

use askama::Template;

use crate::pages::{Layout, Link};

/// What kind of control a field is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// One line of text.
    Text,
    /// An email address.
    Email,
    /// A password.
    Password,
    /// An address on the web.
    Url,
    /// A date.
    Date,
    /// Several lines (Markdown where the hint says so).
    TextArea,
    /// One choice from a list.
    Select,
    /// Any number of choices (checkboxes in a fieldset).
    Checkboxes,
    /// One yes/no checkbox.
    Checkbox,
    /// A hidden value.
    Hidden,
}

/// A choice of a select or checkbox group.
#[derive(Debug, Clone)]
pub struct Choice {
    /// Submitted value.
    pub value: String,
    /// Shown label.
    pub label: String,
    /// Selected or ticked.
    pub selected: bool,
}

/// One field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    /// The `name` submitted.
    pub name: String,
    /// Shown label.
    pub label: String,
    /// Control.
    pub kind: FieldKind,
    /// Current value (kept after an error; never for passwords).
    pub value: String,
    /// Choices for selects and checkbox groups.
    pub choices: Vec<Choice>,
    /// Help under the label.
    pub hint: Option<String>,
    /// What is wrong with it.
    pub error: Option<String>,
    /// Must be filled.
    pub required: bool,
    /// The `autocomplete` token.
    pub autocomplete: Option<String>,
    /// The label of a "keep this wording" checkbox (`wording_ok`) shown under the field when
    /// the terminology check found a discouraged term in it.
    pub confirm: Option<String>,
}

impl Field {
    /// A field with nothing but its name, label and kind.
    pub fn new(name: &str, label: String, kind: FieldKind) -> Field {
        Field {
            name: name.to_owned(),
            label,
            kind,
            value: String::new(),
            choices: Vec::new(),
            hint: None,
            error: None,
            required: false,
            autocomplete: None,
            confirm: None,
        }
    }

    /// A hidden value sent back with the form.
    pub fn hidden(name: &str, value: &str) -> Field {
        Field {
            value: value.to_owned(),
            ..Field::new(name, String::new(), FieldKind::Hidden)
        }
    }

    /// The element id.
    pub fn id(&self) -> String {
        format!("field-{}", self.name.replace('_', "-"))
    }

    /// What `aria-describedby` points at: the hint and the error, when there are.
    pub fn described_by(&self) -> String {
        let mut ids = Vec::new();
        if self.hint.is_some() {
            ids.push(format!("{}-hint", self.id()));
        }
        if self.error.is_some() {
            ids.push(format!("{}-error", self.id()));
        }
        ids.join(" ")
    }

    /// The input `type` of one-line controls.
    pub fn input_type(&self) -> &'static str {
        match self.kind {
            FieldKind::Email => "email",
            FieldKind::Password => "password",
            FieldKind::Url => "url",
            FieldKind::Date => "date",
            FieldKind::Hidden => "hidden",
            _ => "text",
        }
    }

    /// Whether it is a one-line input.
    pub fn is_input(&self) -> bool {
        matches!(
            self.kind,
            FieldKind::Text
                | FieldKind::Email
                | FieldKind::Password
                | FieldKind::Url
                | FieldKind::Date
        )
    }

    /// Whether it is several lines.
    pub fn is_textarea(&self) -> bool {
        self.kind == FieldKind::TextArea
    }

    /// Whether it is a select.
    pub fn is_select(&self) -> bool {
        self.kind == FieldKind::Select
    }

    /// Whether it is a checkbox group.
    pub fn is_checkboxes(&self) -> bool {
        self.kind == FieldKind::Checkboxes
    }

    /// Whether it is one checkbox.
    pub fn is_checkbox(&self) -> bool {
        self.kind == FieldKind::Checkbox
    }

    /// Whether it is hidden.
    pub fn is_hidden(&self) -> bool {
        self.kind == FieldKind::Hidden
    }
}

/// An extra submit button (Preview, Unpublish, ...).
#[derive(Debug, Clone)]
pub struct Button {
    /// `name` submitted.
    pub name: String,
    /// `value` submitted.
    pub value: String,
    /// Shown label.
    pub label: String,
}

/// A form on a page of its own.
#[derive(Template)]
#[template(path = "form.html")]
pub struct FormPage {
    /// Frame.
    pub layout: Layout,
    /// `<h1>`.
    pub heading: String,
    /// Paragraphs before the form.
    pub intro: Vec<String>,
    /// Preformatted text to show (an `otpauth://` URI, recovery codes), with its label.
    pub code_block: Option<(String, String)>,
    /// Where it posts.
    pub action: String,
    /// The CSRF token.
    pub csrf_token: String,
    /// Fields in order.
    pub fields: Vec<Field>,
    /// The main button.
    pub submit: String,
    /// Further buttons.
    pub buttons: Vec<Button>,
    /// A preview of Markdown, rendered and sanitised.
    pub preview: Option<String>,
    /// Links under the form.
    pub links: Vec<Link>,
}

impl FormPage {
    /// The fields with errors, for the summary.
    pub fn errors(&self) -> Vec<&Field> {
        self.fields.iter().filter(|f| f.error.is_some()).collect()
    }
}

/// A page that just tells something ("check your email", "thank you").
#[derive(Template)]
#[template(path = "notice.html")]
pub struct NoticePage {
    /// Frame.
    pub layout: Layout,
    /// `<h1>`.
    pub heading: String,
    /// Paragraphs.
    pub paragraphs: Vec<String>,
    /// Where to go next.
    pub links: Vec<Link>,
}

/// A thread in a list.
#[derive(Debug, Clone)]
pub struct ThreadItem {
    /// Its page.
    pub href: String,
    /// Title.
    pub title: String,
    /// The space's name.
    pub space: String,
    /// Who opened it.
    pub author: String,
    /// When last posted to.
    pub last_post: String,
    /// "3 posts", in the page's language.
    pub posts: String,
    /// Members only.
    pub members_only: bool,
    /// Locked.
    pub locked: bool,
    /// Hidden (staff see it).
    pub hidden: bool,
    /// Pinned: listed first.
    pub pinned: bool,
    /// A content warning's label.
    pub warning: Option<String>,
}

/// `/community`.
#[derive(Template)]
#[template(path = "community.html")]
pub struct CommunityPage {
    /// Frame.
    pub layout: Layout,
    /// The spaces as filter links (current marked).
    pub spaces: Vec<(Link, bool)>,
    /// Threads.
    pub threads: Vec<ThreadItem>,
    /// The new-thread form, for members; `None` for visitors.
    pub new_thread: Option<Vec<Field>>,
    /// CSRF token for the form.
    pub csrf_token: String,
    /// Whether the visitor is logged in.
    pub member: bool,
}

/// A post as shown.
#[derive(Debug, Clone)]
pub struct PostItem {
    /// Its id (anchor).
    pub id: i64,
    /// Author name or "former member".
    pub author: String,
    /// The author's profile, when they still have one.
    pub author_href: Option<String>,
    /// When.
    pub when: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// Hidden (only staff see it, marked).
    pub hidden: bool,
    /// "edited …" when its author changed it.
    pub edited: Option<String>,
    /// Deleted by its author: a placeholder shows instead of the text.
    pub deleted: bool,
    /// Where to quote it in a reply (`…?quote={id}#reply`), when the viewer may reply.
    pub quote_href: Option<String>,
    /// Its edit and delete pages, when the viewer wrote it and may still change it.
    pub own_hrefs: Option<(String, String)>,
    /// Its earlier versions, for staff when it was edited.
    pub history_href: Option<String>,
}

/// `/community/threads/{id}`.
#[derive(Template)]
#[template(path = "thread.html")]
pub struct ThreadPage {
    /// Frame.
    pub layout: Layout,
    /// Id.
    pub id: i64,
    /// Title.
    pub title: String,
    /// Space link.
    pub space: Link,
    /// Members only.
    pub members_only: bool,
    /// Locked.
    pub locked: bool,
    /// Hidden (only staff see it, marked).
    pub hidden: bool,
    /// Pinned to the top of its space.
    pub pinned: bool,
    /// The spaces staff may move it to (empty for everyone else).
    pub spaces: Vec<Choice>,
    /// Posts.
    pub posts: Vec<PostItem>,
    /// A content warning's label: the posts are folded behind it.
    pub warning: Option<String>,
    /// The reply field, for members when the thread is open.
    pub reply: Option<Field>,
    /// Logged in (report buttons).
    pub member: bool,
    /// Editor or admin (hide, lock).
    pub staff: bool,
    /// CSRF token.
    pub csrf_token: String,
}

/// An earlier version of a post, in its history.
#[derive(Debug, Clone)]
pub struct RevisionItem {
    /// The text as it was (Markdown, shown as written).
    pub body: String,
    /// "Written by … on …".
    pub written: String,
    /// "Replaced by … on …".
    pub replaced: String,
}

/// `/community/posts/{id}/history` (staff): every earlier version of an edited post.
#[derive(Template)]
#[template(path = "post_history.html")]
pub struct PostHistoryPage {
    /// Frame.
    pub layout: Layout,
    /// The post in its thread.
    pub post_href: String,
    /// The current text (Markdown), and when it was written.
    pub current: RevisionItem,
    /// Earlier versions, newest first.
    pub revisions: Vec<RevisionItem>,
}

/// A member's public profile.
#[derive(Template)]
#[template(path = "member.html")]
pub struct MemberPage {
    /// Frame.
    pub layout: Layout,
    /// Display name.
    pub name: String,
    /// What they chose to show, as (label, value).
    pub facts: Vec<(String, String)>,
}

/// A pending submission as editors see it.
#[derive(Debug, Clone)]
pub struct PendingItem {
    /// Id.
    pub id: i64,
    /// Kind's name.
    pub kind: String,
    /// Title or acronym.
    pub title: String,
    /// New, or an edit of this record.
    pub edit_of: Option<Link>,
    /// Who sent it.
    pub submitter: String,
    /// When.
    pub when: String,
    /// Its fields, as (name, value).
    pub fields: Vec<(String, String)>,
}

/// An open report as editors see it.
#[derive(Debug, Clone)]
pub struct ReportItem {
    /// Id.
    pub id: i64,
    /// Link to the post.
    pub post_href: String,
    /// Why.
    pub reason: String,
    /// The post's text (Markdown, shown as text).
    pub body: String,
}

/// `/admin/moderation`.
#[derive(Template)]
#[template(path = "moderation.html")]
pub struct ModerationPage {
    /// Frame.
    pub layout: Layout,
    /// Pending submissions.
    pub pending: Vec<PendingItem>,
    /// Open reports.
    pub reports: Vec<ReportItem>,
    /// CSRF token.
    pub csrf_token: String,
    /// A decision that needs fixing (the reason of a rejection), as (submission id, message).
    pub error: Option<(i64, String)>,
}

impl ModerationPage {
    /// The error of the decision on submission `id`, when it needs fixing.
    pub fn error_for(&self, id: &i64) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|(e, _)| e == id)
            .map(|(_, m)| m.as_str())
    }
}

/// A row of the users table.
#[derive(Debug, Clone)]
pub struct UserRow {
    /// Id.
    pub id: i64,
    /// Display name.
    pub name: String,
    /// Initiatives the member is linked to (may propose edits to).
    pub initiatives: Vec<String>,
    /// Role choices.
    pub roles: Vec<Choice>,
    /// Confirmed address.
    pub verified: bool,
    /// Second factor enrolled.
    pub totp: bool,
}

/// `/admin/users`.
#[derive(Template)]
#[template(path = "users.html")]
pub struct UsersPage {
    /// Frame.
    pub layout: Layout,
    /// Accounts.
    pub users: Vec<UserRow>,
    /// CSRF token.
    pub csrf_token: String,
}

/// An audit entry as shown.
#[derive(Debug, Clone)]
pub struct AuditItem {
    /// Id.
    pub id: i64,
    /// When.
    pub when: String,
    /// Who.
    pub actor: String,
    /// What.
    pub action: String,
    /// Of what kind.
    pub kind: String,
    /// Which.
    pub target: String,
    /// Fields that changed.
    pub changed: Vec<String>,
    /// A remark.
    pub note: Option<String>,
    /// Whether this version can be restored.
    pub restorable: bool,
}

/// `/admin/audit`.
#[derive(Template)]
#[template(path = "audit.html")]
pub struct AuditPage {
    /// Frame.
    pub layout: Layout,
    /// Entries, newest first.
    pub entries: Vec<AuditItem>,
    /// CSRF token.
    pub csrf_token: String,
}

/// `/admin`.
#[derive(Template)]
#[template(path = "admin.html")]
pub struct AdminPage {
    /// Frame.
    pub layout: Layout,
    /// Sections with counts, as (link, count text).
    pub sections: Vec<(Link, String)>,
    /// Links to add content directly.
    pub create: Vec<Link>,
}

/// A submission of the member, on their account page.
#[derive(Debug, Clone)]
pub struct MySubmission {
    /// Kind's name.
    pub kind: String,
    /// Title.
    pub title: String,
    /// Status in words.
    pub status: String,
    /// Why it was rejected.
    pub reason: Option<String>,
}

/// `/account`.
#[derive(Template)]
#[template(path = "account.html")]
pub struct AccountPage {
    /// Frame.
    pub layout: Layout,
    /// Greeting.
    pub heading: String,
    /// Saved notice.
    pub saved: bool,
    /// Profile fields.
    pub fields: Vec<Field>,
    /// Password change fields.
    pub password_fields: Vec<Field>,
    /// CSRF token.
    pub csrf_token: String,
    /// Proposal links.
    pub propose: Vec<Link>,
    /// Their submissions.
    pub submissions: Vec<MySubmission>,
    /// Their public profile, when they chose to have one.
    pub profile_href: Option<String>,
}

/// A feed as the admin's health table shows it.
#[derive(Debug, Clone)]
pub struct FeedRow {
    /// Its initiative.
    pub initiative: Link,
    /// Where it is fetched from.
    pub url: String,
    /// `new`, `ok`, `not_modified` or `error`.
    pub status: String,
    /// Last fetch (RFC 3339).
    pub last_fetch: String,
    /// Items taken in all.
    pub items: i64,
    /// The last error.
    pub error: String,
    /// Its items publish without moderation (else they wait in the queue).
    pub trusted: bool,
    /// Where staff post to change [`FeedRow::trusted`] (`/admin/feeds/{id}/trust`).
    pub trust_action: String,
}

/// `/admin/feeds`.
#[derive(Template)]
#[template(path = "feeds_admin.html")]
pub struct FeedsPage {
    /// Frame.
    pub layout: Layout,
    /// Feeds.
    pub feeds: Vec<FeedRow>,
    /// Where to add one.
    pub add_href: String,
    /// Token for the trust forms.
    pub csrf_token: String,
}

/// An uploaded graphic in a list.
#[derive(Debug, Clone)]
pub struct MediaItem {
    /// Its download address.
    pub href: String,
    /// What it shows.
    pub label: String,
    /// Size and date.
    pub details: String,
}

/// `/admin/media`.
#[derive(Template)]
#[template(path = "media_admin.html")]
pub struct MediaAdminPage {
    /// Frame.
    pub layout: Layout,
    /// Where the form posts (with its CSRF token in the query: it is a file form).
    pub action: String,
    /// The description typed.
    pub label: String,
    /// Why the upload was refused.
    pub error: Option<String>,
    /// Uploaded graphics.
    pub uploads: Vec<MediaItem>,
    /// Whether an upload store is configured.
    pub enabled: bool,
}

/// One thing a member follows, on `/account/following`.
#[derive(Debug, Clone)]
pub struct FollowingItem {
    /// What kind of thing (translated).
    pub kind: String,
    /// Its name.
    pub label: String,
    /// Link to its page.
    pub href: String,
    /// Its page's path and query, which the stop button posts.
    pub url: String,
}

/// `/account/following`.
#[derive(Template)]
#[template(path = "following.html")]
pub struct FollowingPage {
    /// Frame.
    pub layout: Layout,
    /// What the member follows.
    pub items: Vec<FollowingItem>,
    /// CSRF token.
    pub csrf_token: String,
}
