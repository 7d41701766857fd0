//! Notifications (issue #17, point 1): what happened that concerns a member. Creating one
//! only stores it, unread ([`create`], [`create_tx`]); the delivery job in each server later
//! settles it from the member's [`Delivery`] preference for its [`Kind`] — mailed at once,
//! kept for the daily digest, or not mailed — with a compare-and-set on its `delivery`
//! state inside the transaction that queues the mail ([`settle_tx`], [`take_digest_tx`]), so
//! with several servers on one database each mail is queued once.
//!
//! A member's private Atom feed of their notifications lives at a secret URL; only the
//! SHA-256 of the secret is stored ([`set_feed_hash`], [`account_by_feed_hash`]).
//!
//! Times are Unix seconds, as in [`crate::community`].

use crate::{Db, Result, Sql, StoreError, Tx};

/// What a notification is about. The strings of [`Kind::as_str`] are stored: never change
/// them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// A reply in a thread the member started or posted in.
    Reply,
    /// The member was mentioned in a post.
    Mention,
    /// A decision (accepted / declined) on the member's proposal.
    Decision,
    /// Something new in what the member follows.
    Followed,
    /// For editors and admins: a proposal or report is waiting.
    Waiting,
}

impl Kind {
    /// Every kind, in the order pages list them.
    pub const ALL: [Kind; 5] = [
        Kind::Reply,
        Kind::Mention,
        Kind::Decision,
        Kind::Followed,
        Kind::Waiting,
    ];

    /// The stored (and URL) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Reply => "reply",
            Kind::Mention => "mention",
            Kind::Decision => "decision",
            Kind::Followed => "followed",
            Kind::Waiting => "waiting",
        }
    }

    /// The kind named `s`, if any.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// How a member who never chose is told: what is addressed to them personally
    /// (replies, mentions, decisions, staff work) at once; what they follow, whose volume
    /// they do not control, in the daily digest.
    pub fn default_delivery(self) -> Delivery {
        match self {
            Kind::Followed => Delivery::Digest,
            _ => Delivery::Immediate,
        }
    }
}

/// How a member wants one kind of notification mailed. It is always on `/notifications`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Delivery {
    /// One mail per notification, as soon as the delivery job sees it.
    Immediate,
    /// One mail a day listing them.
    Digest,
    /// No mail.
    Off,
}

impl Delivery {
    /// Every choice, in the order forms offer them.
    pub const ALL: [Delivery; 3] = [Delivery::Immediate, Delivery::Digest, Delivery::Off];

    /// The stored (and form) name.
    pub fn as_str(self) -> &'static str {
        match self {
            Delivery::Immediate => "immediate",
            Delivery::Digest => "digest",
            Delivery::Off => "off",
        }
    }

    /// The choice named `s`, if any.
    pub fn parse(s: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.as_str() == s)
    }
}

/// A notification to store.
#[derive(Debug, Clone)]
pub struct NewNotification<'a> {
    /// For whom.
    pub account_id: i64,
    /// About what.
    pub kind: Kind,
    /// One line saying what happened (plain text, in no particular language: usually the
    /// thing's own title).
    pub title: &'a str,
    /// A path on this site (starting with `/`) to the thing.
    pub link: &'a str,
}

/// A stored notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// Its id.
    pub id: i64,
    /// For whom.
    pub account_id: i64,
    /// About what.
    pub kind: Kind,
    /// What happened.
    pub title: String,
    /// Where (a path on this site).
    pub link: String,
    /// When.
    pub created_at: i64,
    /// Read at, or `None` while unread.
    pub read_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct Row {
    id: i64,
    account_id: i64,
    kind: String,
    title: String,
    link: String,
    created_at: i64,
    read_at: Option<i64>,
}

impl TryFrom<Row> for Notification {
    type Error = StoreError;

    fn try_from(r: Row) -> Result<Self> {
        let kind = Kind::parse(&r.kind).ok_or_else(|| {
            StoreError::Corrupt(format!("notification {} kind {:?}", r.id, r.kind))
        })?;
        Ok(Notification {
            id: r.id,
            account_id: r.account_id,
            kind,
            title: r.title,
            link: r.link,
            created_at: r.created_at,
            read_at: r.read_at,
        })
    }
}

const SELECT: &str =
    "SELECT id, account_id, kind, title, link, created_at, read_at FROM notifications";

fn rows(rows: Vec<Row>) -> Result<Vec<Notification>> {
    rows.into_iter().map(Notification::try_from).collect()
}

fn insert_sql(n: &NewNotification<'_>, now: i64) -> Sql {
    Sql::insert(
        "notifications",
        [
            ("account_id", n.account_id.into()),
            ("kind", n.kind.as_str().into()),
            ("title", n.title.into()),
            ("link", n.link.into()),
            ("created_at", now.into()),
        ],
    )
}

/// Stores a notification, unread and not yet delivered; returns its id. Whether it is
/// mailed is decided later by the delivery job from the member's preference.
pub async fn create(db: &Db, n: &NewNotification<'_>, now: i64) -> Result<i64> {
    db.insert_id(insert_sql(n, now)).await
}

/// [`create`] inside the caller's transaction, so the notification exists exactly when
/// what caused it does.
pub async fn create_tx(tx: &mut Tx, n: &NewNotification<'_>, now: i64) -> Result<i64> {
    tx.insert_id(insert_sql(n, now)).await
}

/// A member's latest notifications, newest first, at most `limit`.
pub async fn list(db: &Db, account_id: i64, limit: i64) -> Result<Vec<Notification>> {
    let mut sql = Sql::new(SELECT);
    sql.push(" WHERE account_id = ")
        .push_arg(account_id)
        .push(" ORDER BY id DESC LIMIT ")
        .push_arg(limit);
    rows(db.fetch_all(sql).await?)
}

/// One notification of a member (`None` when it is not theirs or does not exist).
pub async fn get(db: &Db, account_id: i64, id: i64) -> Result<Option<Notification>> {
    let mut sql = Sql::new(SELECT);
    sql.push(" WHERE account_id = ")
        .push_arg(account_id)
        .push(" AND id = ")
        .push_arg(id);
    db.fetch_optional::<Row>(sql)
        .await?
        .map(Notification::try_from)
        .transpose()
}

/// How many of a member's notifications are unread.
pub async fn unread_count(db: &Db, account_id: i64) -> Result<i64> {
    let mut sql =
        Sql::new("SELECT COUNT(*) AS n FROM notifications WHERE read_at IS NULL AND account_id = ");
    sql.push_arg(account_id);
    db.count(sql).await
}

/// Marks one of a member's notifications read; `false` when it is not theirs, does not
/// exist or was read already.
pub async fn mark_read(db: &Db, account_id: i64, id: i64, now: i64) -> Result<bool> {
    let mut sql = Sql::new("UPDATE notifications SET read_at = ");
    sql.push_arg(now)
        .push(" WHERE read_at IS NULL AND account_id = ")
        .push_arg(account_id)
        .push(" AND id = ")
        .push_arg(id);
    Ok(db.execute(sql).await? == 1)
}

/// Marks all of a member's notifications read; returns how many were unread.
pub async fn mark_all_read(db: &Db, account_id: i64, now: i64) -> Result<u64> {
    let mut sql = Sql::new("UPDATE notifications SET read_at = ");
    sql.push_arg(now)
        .push(" WHERE read_at IS NULL AND account_id = ")
        .push_arg(account_id);
    db.execute(sql).await
}

/// A member's choice for every kind (the default where they never chose), in [`Kind::ALL`]
/// order.
pub async fn preferences(db: &Db, account_id: i64) -> Result<Vec<(Kind, Delivery)>> {
    #[derive(sqlx::FromRow)]
    struct PrefRow {
        kind: String,
        delivery: String,
    }
    let mut sql =
        Sql::new("SELECT kind, delivery FROM notification_preferences WHERE account_id = ");
    sql.push_arg(account_id);
    let chosen: Vec<PrefRow> = db.fetch_all(sql).await?;
    Ok(Kind::ALL
        .into_iter()
        .map(|k| {
            let d = chosen
                .iter()
                .find(|r| r.kind == k.as_str())
                .and_then(|r| Delivery::parse(&r.delivery))
                .unwrap_or_else(|| k.default_delivery());
            (k, d)
        })
        .collect())
}

/// A member's choice for one kind.
pub async fn preference(db: &Db, account_id: i64, kind: Kind) -> Result<Delivery> {
    Ok(preferences(db, account_id)
        .await?
        .into_iter()
        .find(|(k, _)| *k == kind)
        .map_or_else(|| kind.default_delivery(), |(_, d)| d))
}

/// Sets a member's choice for one kind.
pub async fn set_preference(
    db: &Db,
    account_id: i64,
    kind: Kind,
    delivery: Delivery,
) -> Result<()> {
    let mut sql =
        Sql::new("INSERT INTO notification_preferences (account_id, kind, delivery) VALUES (");
    sql.push_arg(account_id)
        .push(", ")
        .push_arg(kind.as_str())
        .push(", ")
        .push_arg(delivery.as_str())
        .push(") ON CONFLICT (account_id, kind) DO UPDATE SET delivery = excluded.delivery");
    db.execute(sql).await.map(|_| ())
}

/// Remembers the interface language a member uses (a tag such as `fr`), so mail to them
/// speaks it. Writes only when it changed.
pub async fn set_language(db: &Db, account_id: i64, language: &str) -> Result<()> {
    let mut sql = Sql::new("UPDATE users SET language = ");
    sql.push_arg(language)
        .push(" WHERE id = ")
        .push_arg(account_id)
        .push(" AND (language IS NULL OR language <> ")
        .push_arg(language)
        .push(")");
    db.execute(sql).await.map(|_| ())
}

/// Sets (or with `None` revokes) the hash of the secret in a member's feed URL.
pub async fn set_feed_hash(db: &Db, account_id: i64, hash: Option<&str>) -> Result<()> {
    let mut sql = Sql::new("UPDATE users SET notification_feed_hash = ");
    sql.push_arg(hash.map(str::to_owned))
        .push(" WHERE id = ")
        .push_arg(account_id);
    db.execute(sql).await.map(|_| ())
}

/// Whether a member has a feed URL.
pub async fn has_feed(db: &Db, account_id: i64) -> Result<bool> {
    let mut sql = Sql::new(
        "SELECT COUNT(*) AS n FROM users WHERE notification_feed_hash IS NOT NULL AND id = ",
    );
    sql.push_arg(account_id);
    Ok(db.count(sql).await? > 0)
}

/// The account whose feed secret hashes to `hash`.
pub async fn account_by_feed_hash(db: &Db, hash: &str) -> Result<Option<i64>> {
    #[derive(sqlx::FromRow)]
    struct IdRow {
        id: i64,
    }
    let mut sql = Sql::new("SELECT id FROM users WHERE notification_feed_hash = ");
    sql.push_arg(hash);
    Ok(db.fetch_optional::<IdRow>(sql).await?.map(|r| r.id))
}

/// Who a notification mail goes to.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Recipient {
    /// Account id.
    pub id: i64,
    /// Address.
    pub email: String,
    /// Name.
    pub display_name: String,
    /// Interface language last used, if known.
    pub language: Option<String>,
    /// Confirmed address.
    pub verified: bool,
}

/// The account a mail would go to (`None` when it is gone).
pub async fn recipient(db: &Db, account_id: i64) -> Result<Option<Recipient>> {
    let mut sql = Sql::new(
        "SELECT id, email, display_name, language, (verified_at IS NOT NULL) AS verified \
         FROM users WHERE id = ",
    );
    sql.push_arg(account_id);
    db.fetch_optional(sql).await
}

/// Notifications the delivery job has not looked at yet, oldest first, at most `limit`.
pub async fn pending(db: &Db, limit: i64) -> Result<Vec<Notification>> {
    let mut sql = Sql::new(SELECT);
    sql.push(" WHERE delivery = 'pending' ORDER BY id LIMIT ")
        .push_arg(limit);
    rows(db.fetch_all(sql).await?)
}

/// What the delivery job made of a pending notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settled {
    /// A mail for it is queued.
    Mailed,
    /// It waits for the daily digest.
    Digest,
    /// It is not mailed (preference off, or no confirmed address).
    Skipped,
}

impl Settled {
    fn as_str(self) -> &'static str {
        match self {
            Settled::Mailed => "mailed",
            Settled::Digest => "digest",
            Settled::Skipped => "skipped",
        }
    }
}

/// Settles a pending notification inside the caller's transaction, which queues its mail
/// when `to` is [`Settled::Mailed`]; `false` when it was no longer pending (another server
/// settled it first: the caller rolls back and queues nothing).
pub async fn settle_tx(tx: &mut Tx, id: i64, to: Settled, now: i64) -> Result<bool> {
    let mut sql = Sql::new("UPDATE notifications SET delivery = ");
    sql.push_arg(to.as_str())
        .push(", delivered_at = ")
        .push_arg(now)
        .push(" WHERE delivery = 'pending' AND id = ")
        .push_arg(id);
    Ok(tx.execute(sql).await? == 1)
}

/// Members with a notification waiting for the digest since before `cutoff`: their digest is
/// due.
pub async fn digests_due(db: &Db, cutoff: i64) -> Result<Vec<i64>> {
    #[derive(sqlx::FromRow)]
    struct IdRow {
        account_id: i64,
    }
    let mut sql = Sql::new(
        "SELECT DISTINCT account_id FROM notifications WHERE delivery = 'digest' AND created_at < ",
    );
    sql.push_arg(cutoff).push(" ORDER BY account_id");
    Ok(db
        .fetch_all::<IdRow>(sql)
        .await?
        .into_iter()
        .map(|r| r.account_id)
        .collect())
}

/// Takes every notification of a member waiting for the digest, inside the caller's
/// transaction, which queues the digest mail; oldest first. Empty when there are none (or
/// another server took them first: the caller then queues nothing).
pub async fn take_digest_tx(tx: &mut Tx, account_id: i64, now: i64) -> Result<Vec<Notification>> {
    let mut sql = Sql::new("UPDATE notifications SET delivery = 'digested', delivered_at = ");
    sql.push_arg(now)
        .push(" WHERE delivery = 'digest' AND account_id = ")
        .push_arg(account_id)
        .push(" RETURNING id, account_id, kind, title, link, created_at, read_at");
    let mut taken = rows(tx.fetch_all(sql).await?)?;
    // RETURNING gives no order.
    taken.sort_by_key(|n| n.id);
    Ok(taken)
}

/// Everything about a member's notifications, for their data export.
#[derive(Debug, Clone)]
pub struct Export {
    /// Every notification, newest first.
    pub notifications: Vec<Notification>,
    /// The choice per kind.
    pub preferences: Vec<(Kind, Delivery)>,
    /// Whether a private feed URL exists (the secret itself is not known).
    pub feed: bool,
}

/// A member's notifications and choices, for their data export. (Erasure needs nothing
/// here: deleting the account deletes them by cascade.)
pub async fn export(db: &Db, account_id: i64) -> Result<Export> {
    Ok(Export {
        notifications: list(db, account_id, i64::MAX).await?,
        preferences: preferences(db, account_id).await?,
        feed: has_feed(db, account_id).await?,
    })
}

/// What the account menu of every page needs: the unread count and the language stored.
#[derive(Debug, Clone, Default, sqlx::FromRow)]
pub struct MenuState {
    /// Unread notifications.
    pub unread: i64,
    /// The interface language stored for the member.
    pub language: Option<String>,
}

/// The account menu's [`MenuState`] in one query (every page a member sees asks for it).
pub async fn menu_state(db: &Db, account_id: i64) -> Result<MenuState> {
    let mut sql = Sql::new(
        "SELECT language, (SELECT COUNT(*) FROM notifications n \
         WHERE n.account_id = users.id AND n.read_at IS NULL) AS unread FROM users WHERE id = ",
    );
    sql.push_arg(account_id);
    Ok(db.fetch_optional(sql).await?.unwrap_or_default())
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: i64,
}

fn ids(rows: Vec<AccountRow>) -> Vec<i64> {
    rows.into_iter().map(|r| r.id).collect()
}

/// Who took part in a thread: its author and everyone who posted in it (accounts that
/// still exist), by id.
pub async fn thread_participants(db: &Db, thread_id: i64) -> Result<Vec<i64>> {
    let mut sql =
        Sql::new("SELECT author_id AS id FROM threads WHERE author_id IS NOT NULL AND id = ");
    sql.push_arg(thread_id).push(
        " UNION SELECT author_id AS id FROM posts WHERE author_id IS NOT NULL AND thread_id = ",
    );
    sql.push_arg(thread_id).push(" ORDER BY id");
    Ok(ids(db.fetch_all(sql).await?))
}

/// Every editor and admin, by id: they are told when a proposal or report waits.
pub async fn staff_accounts(db: &Db) -> Result<Vec<i64>> {
    Ok(ids(db
        .fetch_all(Sql::new(
            "SELECT id FROM users WHERE role IN ('editor', 'admin') ORDER BY id",
        ))
        .await?))
}

/// The confirmed account a mention `@name` points at: the one whose random handle is
/// `name`, else the one whose display name, with spaces written as `_`, is `name` (ASCII
/// letters in any case). A name several members share points at nobody: the handle tells
/// them apart.
pub async fn mentioned_account(db: &Db, name: &str) -> Result<Option<i64>> {
    #[derive(sqlx::FromRow)]
    struct Match {
        id: i64,
        by_handle: bool,
    }
    let ascii = name.to_ascii_lowercase();
    let full = name.to_lowercase();
    let mut sql = Sql::new("SELECT id, (handle IS NOT NULL AND handle = ");
    sql.push_arg(ascii.clone())
        .push(") AS by_handle FROM users WHERE verified_at IS NOT NULL AND (handle = ")
        .push_arg(ascii.clone())
        .push(" OR lower(replace(display_name, ' ', '_')) IN (")
        .push_arg(ascii)
        .push(", ")
        .push_arg(full)
        .push(")) ORDER BY id LIMIT 3");
    let found: Vec<Match> = db.fetch_all(sql).await?;
    if let Some(m) = found.iter().find(|m| m.by_handle) {
        return Ok(Some(m.id));
    }
    Ok(match found.as_slice() {
        [only] => Some(only.id),
        _ => None,
    })
}
