//! Creating notifications at the events that cause them (issue #17, point 1): a reply in a
//! thread the member started or posted in, a mention, a decision on their proposal, and for
//! editors and admins a proposal or report waiting. Each is only stored here; the delivery
//! job (`jobs/notifications.rs`, run by the mail worker) mails it later as its member chose.
//!
//! What caused a notification is saved before it is made, so a failure here is logged and
//! the visitor's action still succeeds: they should not be told a post failed when it did
//! not.
//!
//! # Mentions
//!
//! Members have a display name (which may hold spaces and need not be unique) and a random
//! profile handle. A mention is `@` followed by either, written without spaces: `@Ana_Kowalska`
//! for "Ana Kowalska" (spaces as `_`; ASCII letters in any case), or `@` and the handle of
//! the member's profile URL, which is unique. An `@` inside a word (an email address) is no
//! mention. A name several members share mentions nobody — the handle tells them apart.
//! At most [`MAX_MENTIONS`] names per post are looked at.

use sparks_store::notifications::{self, Kind, NewNotification};

use crate::AppState;

/// Names looked up per post: a post listing hundreds of `@`s notifies no crowd.
pub const MAX_MENTIONS: usize = 10;

/// Stores one notification per account in `to` (each once), logging a failure.
async fn create_all(state: &AppState, to: &[i64], kind: Kind, title: &str, link: &str) {
    let now = state.clock().unix();
    // A proposal whose payload names nothing still says where to look.
    let title = if title.trim().is_empty() { link } else { title };
    let mut done = Vec::new();
    for &account_id in to {
        if done.contains(&account_id) {
            continue;
        }
        done.push(account_id);
        let n = NewNotification {
            account_id,
            kind,
            title,
            link,
        };
        if let Err(e) = notifications::create(state.db(), &n, now).await {
            tracing::error!(error = %e, account_id, kind = kind.as_str(), "could not store a notification");
        }
    }
    if !done.is_empty() {
        state.wake_mail_worker();
    }
}

/// The names mentioned in a post's Markdown (see the module's documentation), each once
/// (compared without case), at most [`MAX_MENTIONS`].
pub fn mentioned_names(body: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut prev: Option<char> = None;
    for (i, c) in body.char_indices() {
        let starts = c == '@' && !prev.is_some_and(|p| p.is_alphanumeric() || p == '_');
        prev = Some(c);
        if !starts {
            continue;
        }
        let rest = &body[i + 1..];
        let end = rest
            .char_indices()
            .find(|(_, c)| !(c.is_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .map_or(rest.len(), |(j, _)| j);
        // A sentence's full stop or a dash after the name is not part of it.
        let name = rest[..end].trim_end_matches(['.', '-']);
        if !name.is_empty()
            && name.chars().count() <= 100
            && !names
                .iter()
                .any(|n| n.to_lowercase() == name.to_lowercase())
        {
            names.push(name.to_owned());
            if names.len() == MAX_MENTIONS {
                break;
            }
        }
    }
    names
}

/// The accounts a post mentions, without its author.
async fn mentioned(state: &AppState, body: &str, author_id: i64) -> Vec<i64> {
    let mut ids = Vec::new();
    for name in mentioned_names(body) {
        match notifications::mentioned_account(state.db(), &name).await {
            Ok(Some(id)) if id != author_id && !ids.contains(&id) => ids.push(id),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "could not look up a mention"),
        }
    }
    ids
}

/// Of `ids`, those who may read thread `thread_id`: everyone for a community thread, only
/// the group's members for an expert group's thread, whose title and link must never reach
/// anyone outside the group. On a failed lookup nobody is told.
async fn readers_of(state: &AppState, thread_id: i64, ids: Vec<i64>) -> Vec<i64> {
    let group = match sparks_store::community::thread(state.db(), thread_id).await {
        Ok(Some(t)) => t.group_id,
        Ok(None) => return Vec::new(),
        Err(e) => {
            tracing::error!(error = %e, thread_id, "could not read a thread to notify of");
            return Vec::new();
        }
    };
    let Some(group) = group else {
        return ids;
    };
    let mut readers = Vec::new();
    for id in ids {
        match sparks_store::groups::role_of(state.db(), group, id).await {
            Ok(Some(_)) => readers.push(id),
            Ok(None) => {}
            Err(e) => tracing::error!(error = %e, thread_id, "could not check a group member"),
        }
    }
    readers
}

/// A new thread: the members its opening post mentions are told.
pub async fn thread_started(
    state: &AppState,
    thread_id: i64,
    title: &str,
    body: &str,
    author_id: i64,
) {
    let link = format!("/community/threads/{thread_id}");
    let to = mentioned(state, body, author_id).await;
    let to = readers_of(state, thread_id, to).await;
    create_all(state, &to, Kind::Mention, title, &link).await;
}

/// A reply: whoever it mentions gets a mention; everyone else who started or posted in the
/// thread gets a reply notification (never its author, never both).
pub async fn replied(
    state: &AppState,
    thread_id: i64,
    title: &str,
    post_id: i64,
    body: &str,
    author_id: i64,
) {
    let link = format!("/community/threads/{thread_id}#post-{post_id}");
    let mentions = mentioned(state, body, author_id).await;
    let participants = match notifications::thread_participants(state.db(), thread_id).await {
        Ok(p) => p,
        Err(e) => {
            tracing::error!(error = %e, thread_id, "could not find who to tell of a reply");
            Vec::new()
        }
    };
    let repliers: Vec<i64> = participants
        .into_iter()
        .filter(|id| *id != author_id && !mentions.contains(id))
        .collect();
    let mentions = readers_of(state, thread_id, mentions).await;
    let repliers = readers_of(state, thread_id, repliers).await;
    create_all(state, &mentions, Kind::Mention, title, &link).await;
    create_all(state, &repliers, Kind::Reply, title, &link).await;
}

/// An editor decided on a member's proposal: `link` leads to what was published, or to
/// the member's account page (where their proposals are listed with the reason) when it was
/// declined — then `title` says so.
pub async fn decided(state: &AppState, submitter: Option<i64>, title: &str, link: &str) {
    if let Some(id) = submitter {
        create_all(state, &[id], Kind::Decision, title, link).await;
    }
}

/// A proposal or report now waits for review: every editor and admin but `except` (who
/// caused it) is told.
pub async fn waiting(state: &AppState, title: &str, link: &str, except: i64) {
    let staff = match notifications::staff_accounts(state.db()).await {
        Ok(s) => s,
        Err(e) => {
            tracing::error!(error = %e, "could not find the editors to tell");
            return;
        }
    };
    let to: Vec<i64> = staff.into_iter().filter(|id| *id != except).collect();
    create_all(state, &to, Kind::Waiting, title, link).await;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mentions_are_words_after_an_at_sign_not_addresses() {
        assert_eq!(
            mentioned_names("Thanks @Ana_K. And @bo-b, cc @ana_k! mail a@b.org or @"),
            ["Ana_K", "bo-b"]
        );
        assert_eq!(mentioned_names("(@Łucja) @9f3a"), ["Łucja", "9f3a"]);
        let many: String = (0..50).map(|i| format!("@n{i} ")).collect();
        assert_eq!(mentioned_names(&many).len(), MAX_MENTIONS);
    }
}
