//! Newsletter subscribers (double opt-in), the digests sent, and the schedule that makes one
//! server (of several) send each digest.

use crate::{Db, Result, Sql};

/// A subscriber.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Subscriber {
    /// Id (part of the unsubscribe link).
    pub id: i64,
    /// Address.
    pub email: String,
    /// Confirmed at, if confirmed.
    pub confirmed_at: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct IdRow {
    id: i64,
}

/// Records a sign-up (or renews its confirmation link); returns the subscriber, or `None`
/// when the address is confirmed already (nothing to send).
pub async fn sign_up(
    db: &Db,
    email: &str,
    confirm_hash: &str,
    expires: i64,
    now: i64,
) -> Result<Option<i64>> {
    let mut sql = Sql::new(
        "INSERT INTO newsletter_subscribers (email, confirm_hash, confirm_expires, created_at) VALUES (",
    );
    sql.push_arg(email)
        .push(", ")
        .push_arg(confirm_hash)
        .push(", ")
        .push_arg(expires)
        .push(", ")
        .push_arg(now)
        .push(") ON CONFLICT (email) DO UPDATE SET confirm_hash = excluded.confirm_hash, confirm_expires = excluded.confirm_expires WHERE newsletter_subscribers.confirmed_at IS NULL RETURNING id");
    Ok(db.fetch_optional::<IdRow>(sql).await?.map(|r| r.id))
}

/// Confirms the subscription the link belongs to; `false` when the link is unknown,
/// expired or used.
pub async fn confirm(db: &Db, confirm_hash: &str, now: i64) -> Result<bool> {
    let mut sql = Sql::new("UPDATE newsletter_subscribers SET confirmed_at = ");
    sql.push_arg(now)
        .push(", confirm_hash = NULL WHERE confirmed_at IS NULL AND confirm_hash = ")
        .push_arg(confirm_hash)
        .push(" AND confirm_expires > ")
        .push_arg(now);
    Ok(db.execute(sql).await? == 1)
}

/// Removes a subscriber (unsubscribe), with their choices.
pub async fn remove(db: &Db, id: i64) -> Result<bool> {
    let mut choices = Sql::new("DELETE FROM newsletter_choices WHERE subscriber_id = ");
    choices.push_arg(id);
    db.execute(choices).await?;
    let mut sql = Sql::new("DELETE FROM newsletter_subscribers WHERE id = ");
    sql.push_arg(id);
    Ok(db.execute(sql).await? == 1)
}

/// Confirmed subscribers.
pub async fn confirmed(db: &Db) -> Result<Vec<Subscriber>> {
    db.fetch_all(Sql::new(
        "SELECT id, email, confirmed_at FROM newsletter_subscribers WHERE confirmed_at IS NOT NULL ORDER BY id",
    ))
    .await
}

/// One subscriber by address.
pub async fn by_email(db: &Db, email: &str) -> Result<Option<Subscriber>> {
    let mut sql =
        Sql::new("SELECT id, email, confirmed_at FROM newsletter_subscribers WHERE email = ");
    sql.push_arg(email);
    db.fetch_optional(sql).await
}

#[derive(sqlx::FromRow)]
struct SentRow {
    sent_at: Option<String>,
}

/// When the last digest went out (RFC 3339), if ever.
pub async fn last_digest(db: &Db) -> Result<Option<String>> {
    Ok(db
        .fetch_optional::<SentRow>(Sql::new(
            "SELECT MAX(sent_at) AS sent_at FROM newsletter_digests",
        ))
        .await?
        .and_then(|r| r.sent_at))
}

/// Notes a digest sent.
pub async fn record_digest(db: &Db, sent_at: &str, items: i64, recipients: i64) -> Result<()> {
    let mut sql = Sql::new("INSERT INTO newsletter_digests (sent_at, items, recipients) VALUES (");
    sql.push_arg(sent_at)
        .push(", ")
        .push_arg(items)
        .push(", ")
        .push_arg(recipients)
        .push(")");
    db.execute(sql).await.map(|_| ())
}

/// Queues a digest's mails and notes the digest sent, in one transaction: either every
/// subscriber's mail is queued and the digest counts, or nothing is (and the next run
/// lists the same items again). The mail queue then sends each mail once, retrying.
pub async fn queue_digest(
    db: &Db,
    mails: &[crate::outbox::NewMail],
    sent_at: &str,
    items: i64,
) -> Result<()> {
    let mut tx = db.begin().await?;
    for mail in mails {
        crate::outbox::enqueue_in(&mut tx, mail, sent_at).await?;
    }
    let mut sql = Sql::new("INSERT INTO newsletter_digests (sent_at, items, recipients) VALUES (");
    sql.push_arg(sent_at)
        .push(", ")
        .push_arg(items)
        .push(", ")
        .push_arg(mails.len() as i64)
        .push(")");
    tx.execute(sql).await?;
    tx.commit().await
}

/// Claims the digest due at or before `now`, moving the next one `interval` seconds on;
/// `true` for exactly one caller per due time, whichever server asks.
pub async fn claim_due(db: &Db, now: i64, interval: i64) -> Result<bool> {
    let mut init = Sql::new("INSERT INTO newsletter_schedule (name, next_at) VALUES ('digest', ");
    init.push_arg(now + interval)
        .push(") ON CONFLICT (name) DO NOTHING");
    db.execute(init).await?;
    let mut sql = Sql::new("UPDATE newsletter_schedule SET next_at = ");
    sql.push_arg(now + interval)
        .push(" WHERE name = 'digest' AND next_at <= ")
        .push_arg(now);
    Ok(db.execute(sql).await? == 1)
}

/// What a subscriber wants in their digest: items of these pillars or topics; everything
/// when both are empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics, in lower case.
    pub topics: Vec<String>,
}

impl Choices {
    /// Whether nothing is chosen (the subscriber gets everything).
    pub fn is_empty(&self) -> bool {
        self.pillars.is_empty() && self.topics.is_empty()
    }

    /// Whether `item` belongs in a digest for these choices: everything when nothing is
    /// chosen, else an item sharing a pillar or a topic (topics compared in lower case).
    pub fn wants(&self, item: &NewItem) -> bool {
        self.is_empty()
            || item.pillars.iter().any(|p| self.pillars.contains(p))
            || item
                .topics
                .iter()
                .any(|t| self.topics.contains(&t.to_lowercase()))
    }
}

#[derive(sqlx::FromRow)]
struct ChoiceRow {
    subscriber_id: i64,
    kind: String,
    value: String,
}

fn collect_choices(rows: Vec<ChoiceRow>) -> std::collections::HashMap<i64, Choices> {
    let mut map: std::collections::HashMap<i64, Choices> = std::collections::HashMap::new();
    for r in rows {
        let c = map.entry(r.subscriber_id).or_default();
        match r.kind.as_str() {
            "pillar" => c.pillars.push(r.value),
            _ => c.topics.push(r.value),
        }
    }
    map
}

/// The choices of subscriber `id` (empty when none).
pub async fn choices(db: &Db, id: i64) -> Result<Choices> {
    let mut sql = Sql::new(
        "SELECT subscriber_id, kind, value FROM newsletter_choices WHERE subscriber_id = ",
    );
    sql.push_arg(id).push(" ORDER BY kind, value");
    Ok(collect_choices(db.fetch_all(sql).await?)
        .remove(&id)
        .unwrap_or_default())
}

/// Every subscriber's choices, by subscriber id (those without any are absent).
pub async fn all_choices(db: &Db) -> Result<std::collections::HashMap<i64, Choices>> {
    Ok(collect_choices(
        db.fetch_all(Sql::new(
            "SELECT subscriber_id, kind, value FROM newsletter_choices ORDER BY kind, value",
        ))
        .await?,
    ))
}

/// Replaces the choices of subscriber `id`. The caller checks the values.
pub async fn set_choices(db: &Db, id: i64, choices: &Choices) -> Result<()> {
    let mut tx = db.begin().await?;
    let mut clear = Sql::new("DELETE FROM newsletter_choices WHERE subscriber_id = ");
    clear.push_arg(id);
    tx.execute(clear).await?;
    let pillars = choices.pillars.iter().map(|p| ("pillar", p));
    for (kind, value) in pillars.chain(choices.topics.iter().map(|t| ("topic", t))) {
        let sql = Sql::insert(
            "newsletter_choices",
            [
                ("subscriber_id", id.into()),
                ("kind", kind.into()),
                ("value", value.as_str().into()),
            ],
        );
        tx.execute(sql).await?;
    }
    tx.commit().await
}

/// The topics a subscriber may choose from: the `limit` most used by initiatives, in lower
/// case, most used first.
pub async fn popular_topics(db: &Db, limit: i64) -> Result<Vec<String>> {
    #[derive(sqlx::FromRow)]
    struct TopicRow {
        topic: String,
    }
    let mut sql = Sql::new(
        "SELECT lower(topic) AS topic FROM initiative_topics GROUP BY lower(topic) \
         ORDER BY COUNT(*) DESC, lower(topic) LIMIT ",
    );
    sql.push_arg(limit);
    let mut topics: Vec<String> = Vec::new();
    for r in db.fetch_all::<TopicRow>(sql).await? {
        // SQLite lowers ASCII only; the same rule everywhere keeps choices comparable.
        let t = r.topic.to_lowercase();
        if !topics.contains(&t) {
            topics.push(t);
        }
    }
    Ok(topics)
}

/// A new item for the digest.
#[derive(Debug, Clone)]
pub struct NewItem {
    /// `initiative`, `resource`, `news` or `event`.
    pub kind: String,
    /// Slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// Its pillars (a news post: its initiative's; an event has none).
    pub pillars: Vec<String>,
    /// Its topics, as written (a news post: its initiative's).
    pub topics: Vec<String>,
}

#[derive(sqlx::FromRow)]
struct NewRow {
    kind: String,
    slug: String,
    title: String,
    /// The initiative whose pillars and topics the item has: itself, or a news post's.
    initiative: Option<String>,
}

#[derive(sqlx::FromRow)]
struct ValueRow {
    value: String,
}

/// The pillars and topics of the initiative `slug`.
async fn initiative_tags(db: &Db, slug: &str) -> Result<(Vec<String>, Vec<String>)> {
    let mut pillars = Sql::new(
        "SELECT p.pillar AS value FROM initiative_pillars p \
         JOIN initiatives i ON i.id = p.initiative_id WHERE i.slug = ",
    );
    pillars.push_arg(slug).push(" ORDER BY p.pillar");
    let mut topics = Sql::new(
        "SELECT t.topic AS value FROM initiative_topics t \
         JOIN initiatives i ON i.id = t.initiative_id WHERE i.slug = ",
    );
    topics.push_arg(slug).push(" ORDER BY t.position");
    let values = |rows: Vec<ValueRow>| rows.into_iter().map(|r| r.value).collect();
    Ok((
        values(db.fetch_all(pillars).await?),
        values(db.fetch_all(topics).await?),
    ))
}

/// Everything published since `since` (RFC 3339), newest first, at most `limit` per kind.
pub async fn new_since(db: &Db, since: &str, limit: i64) -> Result<Vec<NewItem>> {
    let mut items = Vec::new();
    for (kind, table, title, initiative) in [
        (
            "initiative",
            "initiatives",
            "acronym || ' – ' || title",
            "slug",
        ),
        ("news", "news", "record", "initiative"),
        ("resource", "resources", "record", "NULL"),
        ("event", "events", "record", "NULL"),
    ] {
        let mut sql = Sql::new(&format!(
            "SELECT '{kind}' AS kind, slug, {title} AS title, {initiative} AS initiative \
             FROM {table} WHERE created_at > "
        ));
        sql.push_arg(since)
            .push(" ORDER BY created_at DESC LIMIT ")
            .push_arg(limit);
        for row in db.fetch_all::<NewRow>(sql).await? {
            let (mut pillars, mut topics) = match &row.initiative {
                Some(slug) => initiative_tags(db, slug).await?,
                None => (Vec::new(), Vec::new()),
            };
            let mut title = row.title;
            // Content records are stored whole as JSON; their title is a field of it, and a
            // resource's pillars and topics too.
            if table != "initiatives" {
                let record = serde_json::from_str::<serde_json::Value>(&title).ok();
                let list = |field: &str| -> Vec<String> {
                    record
                        .as_ref()
                        .and_then(|v| v.get(field))
                        .and_then(|v| v.as_array())
                        .map(|a| {
                            a.iter()
                                .filter_map(|x| x.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default()
                };
                pillars.extend(list("pillars"));
                topics.extend(list("topics"));
                title = record
                    .as_ref()
                    .and_then(|v| v.get("title").and_then(|t| t.as_str()).map(str::to_owned))
                    .unwrap_or_else(|| row.slug.clone());
            }
            items.push(NewItem {
                kind: row.kind,
                slug: row.slug,
                title,
                pillars,
                topics,
            });
        }
    }
    Ok(items)
}
