//! Following (issue #17, point 2): a member follows an initiative, a pillar, a country, a
//! topic, a thread or a saved search ([`Target`]); whatever is published that matches
//! becomes a notification of kind [`Kind::Followed`] for each follower.
//!
//! Everything that publishes (staff publishing, accepted proposals, approved and trusted
//! feed items, new threads and replies) calls [`announce_tx`] in its own transaction with
//! an [`Item`] naming what the item is about, so the notifications exist exactly when the
//! item does — also for the feed fetcher, which runs in another process. Saved searches are
//! matched by the web layer, which owns the query parsing, through [`notify`].
//!
//! Exactly once per member and item: `follow_notices` keeps which items each member was
//! told about, so following several things an item matches, or the same item published
//! again, makes one notification. The author of an item is never told about it.

use sparks_core::{Country, Pillar};

use crate::notifications::{self, Kind, NewNotification};
use crate::{Db, Result, Sql, Tx};

/// Something a member can follow.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Target {
    /// An initiative, by slug: its news and the resources naming it.
    Initiative(String),
    /// A pillar: initiatives, news of its initiatives, resources and threads in it.
    Pillar(Pillar),
    /// A country: initiatives with a coordinator or partner there, their news, its events.
    Country(Country),
    /// A topic (kept lower-cased: topics match without regard to case).
    Topic(String),
    /// A discussion thread, by id: its replies.
    Thread(i64),
    /// A saved search: a canonical `/initiatives?...` or `/search?...` path and query.
    Search(String),
}

impl Target {
    /// A topic target (lower-cased, trimmed).
    pub fn topic(topic: &str) -> Target {
        Target::Topic(topic.trim().to_lowercase())
    }

    /// The stored kind name.
    pub fn kind(&self) -> &'static str {
        match self {
            Target::Initiative(_) => "initiative",
            Target::Pillar(_) => "pillar",
            Target::Country(_) => "country",
            Target::Topic(_) => "topic",
            Target::Thread(_) => "thread",
            Target::Search(_) => "search",
        }
    }

    /// The stored value.
    pub fn value(&self) -> String {
        match self {
            Target::Initiative(s) | Target::Topic(s) | Target::Search(s) => s.clone(),
            Target::Pillar(p) => p.slug().to_owned(),
            Target::Country(c) => c.code().to_owned(),
            Target::Thread(id) => id.to_string(),
        }
    }

    /// The target stored as `kind` and `value`, if they still make one.
    pub fn parse(kind: &str, value: &str) -> Option<Target> {
        Some(match kind {
            "initiative" => Target::Initiative(value.to_owned()),
            "pillar" => Target::Pillar(value.parse().ok()?),
            "country" => Target::Country(Country::from_code(value).ok()?),
            "topic" => Target::Topic(value.to_owned()),
            "thread" => Target::Thread(value.parse().ok()?),
            "search" => Target::Search(value.to_owned()),
            _ => return None,
        })
    }

    /// Why a notification came, in a few plain words (`pillar prevention`).
    pub fn reason(&self) -> String {
        match self {
            Target::Search(url) => format!("saved search {url}"),
            Target::Thread(id) => format!("thread {id}"),
            other => format!("{} {}", other.kind(), other.value()),
        }
    }
}

/// One thing a member follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Follow {
    /// What.
    pub target: Target,
    /// Since when (Unix seconds).
    pub created_at: i64,
}

#[derive(sqlx::FromRow)]
struct FollowRow {
    target_kind: String,
    target: String,
    created_at: i64,
}

fn where_target(sql: &mut Sql, target: &Target) {
    sql.push(" AND target_kind = ")
        .push_arg(target.kind())
        .push(" AND target = ")
        .push_arg(target.value());
}

/// A member follows `target`; `false` when they did already.
pub async fn follow(db: &Db, account_id: i64, target: &Target, now: i64) -> Result<bool> {
    let mut sql =
        Sql::new("INSERT INTO follows (account_id, target_kind, target, created_at) VALUES (");
    sql.push_arg(account_id)
        .push(", ")
        .push_arg(target.kind())
        .push(", ")
        .push_arg(target.value())
        .push(", ")
        .push_arg(now)
        .push(") ON CONFLICT (account_id, target_kind, target) DO NOTHING");
    Ok(db.execute(sql).await? == 1)
}

/// A member stops following `target`; `false` when they did not follow it.
pub async fn unfollow(db: &Db, account_id: i64, target: &Target) -> Result<bool> {
    let mut sql = Sql::new("DELETE FROM follows WHERE account_id = ");
    sql.push_arg(account_id);
    where_target(&mut sql, target);
    Ok(db.execute(sql).await? == 1)
}

/// Whether a member follows `target`.
pub async fn is_following(db: &Db, account_id: i64, target: &Target) -> Result<bool> {
    let mut sql = Sql::new("SELECT COUNT(*) AS n FROM follows WHERE account_id = ");
    sql.push_arg(account_id);
    where_target(&mut sql, target);
    Ok(db.count(sql).await? > 0)
}

/// Everything a member follows, oldest first (for their page and their data export).
pub async fn of_account(db: &Db, account_id: i64) -> Result<Vec<Follow>> {
    let mut sql =
        Sql::new("SELECT target_kind, target, created_at FROM follows WHERE account_id = ");
    sql.push_arg(account_id).push(" ORDER BY id");
    let rows: Vec<FollowRow> = db.fetch_all(sql).await?;
    Ok(rows
        .into_iter()
        .filter_map(|r| {
            Target::parse(&r.target_kind, &r.target).map(|target| Follow {
                target,
                created_at: r.created_at,
            })
        })
        .collect())
}

/// Every saved search with its follower: `(account id, path and query)`.
pub async fn saved_searches(db: &Db) -> Result<Vec<(i64, String)>> {
    #[derive(sqlx::FromRow)]
    struct SearchRow {
        account_id: i64,
        target: String,
    }
    let rows: Vec<SearchRow> = db
        .fetch_all(Sql::new(
            "SELECT account_id, target FROM follows WHERE target_kind = 'search' ORDER BY id",
        ))
        .await?;
    Ok(rows.into_iter().map(|r| (r.account_id, r.target)).collect())
}

/// Something published, as followers are told about it.
#[derive(Debug, Clone)]
pub struct Item {
    /// Stable and unique among everything announced (`news:slug`, `post:12`): a member is
    /// told about one key once.
    pub key: String,
    /// What it is, in a word (`News`, `Event`, `Reply in "Title"`).
    pub what: String,
    /// Its title.
    pub title: String,
    /// A path on this site to it.
    pub link: String,
    /// Its authors (the staff member who published it, the member who proposed or wrote
    /// it): never told about their own item.
    pub authors: Vec<i64>,
    /// What it is about; each follower of any of these is told.
    pub subjects: Vec<Target>,
}

impl Item {
    /// The notification's title: what, its title, and why the member is told.
    fn title_for(&self, why: &Target) -> String {
        format!(
            "{}: {} (you follow {})",
            self.what,
            self.title,
            why.reason()
        )
    }
}

/// Tells each follower of the item's subjects about it, once, in the caller's transaction;
/// returns how many members were told.
pub async fn announce_tx(tx: &mut Tx, item: &Item, now: i64) -> Result<usize> {
    #[derive(sqlx::FromRow)]
    struct AccountRow {
        account_id: i64,
    }
    let mut told = 0;
    for subject in &item.subjects {
        let mut sql = Sql::new("SELECT account_id FROM follows WHERE 1 = 1");
        where_target(&mut sql, subject);
        sql.push(" ORDER BY id");
        let followers: Vec<AccountRow> = tx.fetch_all(sql).await?;
        for f in followers {
            if notify_tx(tx, f.account_id, item, subject, now).await? {
                told += 1;
            }
        }
    }
    Ok(told)
}

/// Tells one member about the item because they follow `why`, unless they wrote it or were
/// told already; `true` when a notification was made.
pub async fn notify_tx(
    tx: &mut Tx,
    account_id: i64,
    item: &Item,
    why: &Target,
    now: i64,
) -> Result<bool> {
    if item.authors.contains(&account_id) {
        return Ok(false);
    }
    let mut sql = Sql::new("INSERT INTO follow_notices (account_id, item, created_at) VALUES (");
    sql.push_arg(account_id)
        .push(", ")
        .push_arg(item.key.as_str())
        .push(", ")
        .push_arg(now)
        .push(") ON CONFLICT (account_id, item) DO NOTHING");
    if tx.execute(sql).await? != 1 {
        return Ok(false);
    }
    let title = item.title_for(why);
    notifications::create_tx(
        tx,
        &NewNotification {
            account_id,
            kind: Kind::Followed,
            title: &title,
            link: &item.link,
        },
        now,
    )
    .await?;
    Ok(true)
}

/// [`notify_tx`] in a transaction of its own.
pub async fn notify(db: &Db, account_id: i64, item: &Item, why: &Target, now: i64) -> Result<bool> {
    let mut tx = db.begin().await?;
    let told = notify_tx(&mut tx, account_id, item, why, now).await?;
    tx.commit().await?;
    Ok(told)
}

/// What a new initiative is about: its pillars, countries and topics.
pub fn initiative_subjects(i: &sparks_core::Initiative) -> Vec<Target> {
    let mut subjects = vec![Target::Initiative(i.slug.clone())];
    subjects.extend(i.pillars.iter().map(|p| Target::Pillar(*p)));
    subjects.extend(
        i.coordinator_country
            .iter()
            .chain(&i.partner_countries)
            .map(|c| Target::Country(*c)),
    );
    subjects.extend(i.topics.iter().map(|t| Target::topic(t)));
    subjects
}

/// The item announcing a news post (as [`crate::editorial::Publishable::follow_item`] has
/// it): about its initiative and what that initiative is about. Read in the transaction
/// that publishes it.
pub async fn news_item(tx: &mut Tx, post: &sparks_core::NewsPost) -> Result<Item> {
    let mut subjects = Vec::new();
    if let Some(slug) = &post.initiative {
        match crate::initiatives::get_on(&mut tx.conn(), slug).await? {
            Some(i) => subjects = initiative_subjects(&i),
            None => subjects.push(Target::Initiative(slug.clone())),
        }
    }
    Ok(Item {
        key: format!("news:{}", post.slug),
        what: "News".to_owned(),
        title: post.title.clone(),
        link: format!("/news/{}", post.slug),
        authors: Vec::new(),
        subjects,
    })
}
