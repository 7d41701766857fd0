//! `link_status` in API records: what the link checker last found for each external URL a
//! record gives (nothing is fetched here; see `sparks links check`).

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use sparks_store::Db;
use sparks_store::links::{self, Link, LinkState};
use utoipa::ToSchema;

use crate::WebError;

/// What the link checker last found for a URL: `ok` (it works), `redirected` (it works after a
/// permanent redirect to another URL), `broken` (gone, unreachable, or failing check after
/// check) or `unchecked` (not checked yet).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum LinkStatus {
    /// It works.
    Ok,
    /// It works after a permanent redirect.
    Redirected,
    /// It does not work.
    Broken,
    /// Not checked yet.
    Unchecked,
}

impl From<LinkState> for LinkStatus {
    fn from(s: LinkState) -> Self {
        match s {
            LinkState::Ok => LinkStatus::Ok,
            LinkState::Redirected => LinkStatus::Redirected,
            LinkState::Broken => LinkStatus::Broken,
            LinkState::Unchecked => LinkStatus::Unchecked,
        }
    }
}

/// An API record that gives external URLs and says what became of them.
pub(crate) trait HasLinks {
    /// Every external URL the record gives, as it gives them.
    fn urls(&self) -> Vec<String>;
    /// Where the states go.
    fn link_status_mut(&mut self) -> &mut BTreeMap<String, LinkStatus>;
}

/// The state of each of `urls` from what is `known` (absent: unchecked).
pub(crate) fn states(
    urls: &[String],
    known: &HashMap<String, Link>,
) -> BTreeMap<String, LinkStatus> {
    urls.iter()
        .map(|u| {
            let state = known.get(u).map_or(LinkState::Unchecked, |l| l.state);
            (u.clone(), state.into())
        })
        .collect()
}

/// Fills `link_status` of every record with one query.
pub(crate) async fn fill<T: HasLinks>(db: &Db, items: &mut [T]) -> Result<(), WebError> {
    let urls: Vec<Vec<String>> = items.iter().map(HasLinks::urls).collect();
    let known = links::lookup(db, urls.iter().flatten().map(String::as_str)).await?;
    for (item, urls) in items.iter_mut().zip(&urls) {
        *item.link_status_mut() = states(urls, &known);
    }
    Ok(())
}

/// Fills `link_status` of one record.
pub(crate) async fn fill_one<T: HasLinks>(db: &Db, item: T) -> Result<T, WebError> {
    let mut one = [item];
    fill(db, &mut one).await?;
    let [item] = one;
    Ok(item)
}

/// The links among `urls` that the checker found broken, for a page to mark (keyed by the URL
/// as given, with the day it was first reported broken).
pub(crate) async fn broken_on_page<'a>(
    db: &Db,
    urls: impl IntoIterator<Item = &'a str>,
) -> Result<sparks_views::BrokenLinks, WebError> {
    let known = links::lookup(db, urls).await?;
    Ok(sparks_views::BrokenLinks(
        known
            .into_iter()
            .filter(|(_, l)| l.state == LinkState::Broken)
            .map(|(url, l)| {
                let since = l.broken_since.or(l.last_checked).unwrap_or_default();
                (url, since.chars().take(10).collect())
            })
            .collect(),
    ))
}
