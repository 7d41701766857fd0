//! Bringing a site seeded from an older bundled dataset up to the bundled dataset of this
//! release, without undoing anything an editor wrote.
//!
//! The first start seeds each kind once ([`crate::seed`]); after that the records belong to
//! the editors. A later release may ship a refreshed bundle (more records, corrected or
//! added facts). On start, [`upgrade_bundled`] compares each kind's bundle with a digest kept
//! in `meta`; when it changed, it walks the bundle:
//!
//! - a record the site does not have is added, unless the audit log shows an editor removed
//!   it (or created one with its slug): the editor's decision stands;
//! - a record the site has gets each field the bundle changed, unless an editor changed that
//!   field (any audit entry whose before and after differ in it, or an editor created the
//!   record): editors' values are never overwritten.
//!
//! It runs in one transaction and is idempotent: running it again changes nothing.

use std::collections::BTreeSet;

use serde_json::{Map, Value};
use sparks_core::{
    DatasetRecord, EventDraft, HelplineDraft, Initiative, NewsDraft, RecommendationDraft,
    ResourceDraft, StatisticDraft,
};

use crate::editorial::content::Publishable;
use crate::moderation::{self, ContentKind};
use crate::seed::ContentSeed;
use crate::{Backend, Result, Sql, StoreError, Tx, initiatives};

/// What the upgrade did to one kind of record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct KindUpgrade {
    /// The kind, by its table's name.
    pub kind: &'static str,
    /// Records added.
    pub added: usize,
    /// Records with at least one field brought up to date.
    pub updated: usize,
    /// Fields kept because an editor changed them (or records an editor removed).
    pub kept: usize,
}

/// A record in its import format, as JSON, with its slug.
struct Record {
    slug: String,
    json: Map<String, Value>,
}

fn to_json(p: &Publishable) -> Result<Map<String, Value>> {
    let value = match p {
        Publishable::Initiative(i) => serde_json::to_value(DatasetRecord::from_initiative(i)),
        Publishable::Resource(r) => serde_json::to_value(r.to_draft()),
        Publishable::Event(e) => serde_json::to_value(e.to_draft()),
        Publishable::News(n) => serde_json::to_value(n.to_draft()),
        Publishable::Recommendation(r) => serde_json::to_value(r.to_draft()),
        Publishable::Statistic(s) => serde_json::to_value(s.to_draft()),
        Publishable::Helpline(h) => serde_json::to_value(h.to_draft()),
    }
    .map_err(|e| StoreError::Corrupt(e.to_string()))?;
    match value {
        Value::Object(map) => Ok(map),
        _ => Err(StoreError::Corrupt("a record is not a JSON object".into())),
    }
}

/// The record `json` describes, checked by its kind's rules; `None` when it fails them.
fn from_json(kind: ContentKind, json: Map<String, Value>) -> Option<Publishable> {
    fn draft<D: serde::de::DeserializeOwned>(json: Map<String, Value>) -> Option<D> {
        serde_json::from_value(Value::Object(json)).ok()
    }
    match kind {
        ContentKind::Initiative => draft::<DatasetRecord>(json)?
            .into_draft()
            .validate()
            .ok()
            .map(Publishable::Initiative),
        ContentKind::Resource => draft::<ResourceDraft>(json)?
            .validate()
            .ok()
            .map(Publishable::Resource),
        ContentKind::Event => draft::<EventDraft>(json)?
            .validate()
            .ok()
            .map(Publishable::Event),
        ContentKind::News => draft::<NewsDraft>(json)?
            .validate()
            .ok()
            .map(Publishable::News),
        ContentKind::Recommendation => draft::<RecommendationDraft>(json)?
            .validate()
            .ok()
            .map(Publishable::Recommendation),
        ContentKind::Statistic => draft::<StatisticDraft>(json)?
            .validate()
            .ok()
            .map(Publishable::Statistic),
        ContentKind::Helpline => draft::<HelplineDraft>(json)?
            .validate()
            .ok()
            .map(Publishable::Helpline),
    }
}

/// The bundle as records of each kind, initiatives first (others link to them).
fn bundled(
    initiatives: &[Initiative],
    seed: &ContentSeed<'_>,
) -> Result<Vec<(ContentKind, Vec<Record>)>> {
    let mut kinds: Vec<(ContentKind, Vec<Publishable>)> = vec![
        (
            ContentKind::Initiative,
            initiatives
                .iter()
                .cloned()
                .map(Publishable::Initiative)
                .collect(),
        ),
        (
            ContentKind::Resource,
            seed.resources
                .iter()
                .cloned()
                .map(Publishable::Resource)
                .collect(),
        ),
        (
            ContentKind::News,
            seed.news.iter().cloned().map(Publishable::News).collect(),
        ),
        (
            ContentKind::Event,
            seed.events
                .iter()
                .cloned()
                .map(Publishable::Event)
                .collect(),
        ),
    ];
    kinds.push((
        ContentKind::Recommendation,
        seed.recommendations
            .iter()
            .cloned()
            .map(Publishable::Recommendation)
            .collect(),
    ));
    kinds.push((
        ContentKind::Statistic,
        seed.statistics
            .iter()
            .cloned()
            .map(Publishable::Statistic)
            .collect(),
    ));
    kinds.push((
        ContentKind::Helpline,
        seed.helplines
            .iter()
            .cloned()
            .map(Publishable::Helpline)
            .collect(),
    ));
    kinds
        .into_iter()
        .map(|(kind, records)| {
            let records = records
                .iter()
                .map(|p| {
                    Ok(Record {
                        slug: p.slug().to_owned(),
                        json: to_json(p)?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            Ok((kind, records))
        })
        .collect()
}

/// FNV-1a, 64 bits: a digest that stays the same across Rust releases (unlike the standard
/// library's hasher), so an unchanged bundle is recognised on every start.
fn digest(records: &[Record]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for r in records {
        let text = serde_json::to_string(&r.json).unwrap_or_default();
        for b in r.slug.bytes().chain([0]).chain(text.bytes()).chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

#[derive(sqlx::FromRow)]
struct MetaValue {
    value: String,
}

#[derive(sqlx::FromRow)]
struct AuditRow {
    before_json: Option<String>,
    after_json: Option<String>,
}

/// What editors did to one record, read from the audit log.
#[derive(Default)]
struct Edits {
    /// Some editor action touched this record at all.
    any: bool,
    /// An editor created it or removed it: the whole record is theirs.
    whole: bool,
    /// Fields an editor changed.
    fields: BTreeSet<String>,
}

fn object(json: Option<&str>) -> Option<Map<String, Value>> {
    match serde_json::from_str(json?).ok()? {
        Value::Object(m) => Some(m),
        _ => None,
    }
}

async fn edits(tx: &mut Tx, kind: ContentKind, slug: &str) -> Result<Edits> {
    let mut sql = Sql::new("SELECT before_json, after_json FROM audit_log WHERE kind = ");
    sql.push_arg(kind.slug())
        .push(" AND target = ")
        .push_arg(slug)
        .push(" ORDER BY id");
    let mut edits = Edits::default();
    for row in tx.fetch_all::<AuditRow>(sql).await? {
        edits.any = true;
        match (
            object(row.before_json.as_deref()),
            object(row.after_json.as_deref()),
        ) {
            (Some(before), Some(after)) => {
                for key in before.keys().chain(after.keys()) {
                    if before.get(key) != after.get(key) {
                        edits.fields.insert(key.clone());
                    }
                }
            }
            // Created by an editor, or taken off the site by one.
            _ => edits.whole = true,
        }
    }
    Ok(edits)
}

async fn current(tx: &mut Tx, kind: ContentKind, slug: &str) -> Result<Option<Map<String, Value>>> {
    let record = if kind == ContentKind::Initiative {
        initiatives::get_on(&mut tx.conn(), slug)
            .await?
            .map(Publishable::Initiative)
    } else {
        moderation::stored_record_on(&mut tx.conn(), kind, slug)
            .await?
            .and_then(|json| object(Some(&json)))
            .and_then(|json| from_json(kind, json))
    };
    record.as_ref().map(to_json).transpose()
}

/// Brings each kind whose bundle changed since the last start up to date (see the module
/// documentation). Returns what changed, kinds with nothing to do left out. Run after the
/// first-start seeding; on PostgreSQL servers starting together take turns.
pub async fn upgrade_bundled(
    db: &crate::Db,
    initiatives: &[Initiative],
    seed: &ContentSeed<'_>,
    now: &str,
) -> Result<Vec<KindUpgrade>> {
    let kinds = bundled(initiatives, seed)?;
    let mut tx = db.begin().await?;
    if tx.backend() == Backend::Postgres {
        tx.execute(Sql::new("SELECT pg_advisory_xact_lock(727174)"))
            .await?;
    }
    let mut report = Vec::new();
    for (kind, records) in kinds {
        let key = format!("bundle.{}.digest", kind.table());
        let digest = digest(&records);
        let mut check = Sql::new("SELECT value FROM meta WHERE key = ");
        check.push_arg(key.as_str());
        let stored = tx.fetch_optional::<MetaValue>(check).await?;
        if stored.as_ref().is_some_and(|m| m.value == digest) {
            continue;
        }
        let mut done = KindUpgrade {
            kind: kind.table(),
            ..KindUpgrade::default()
        };
        for record in records {
            upgrade_one(&mut tx, kind, record, now, &mut done).await?;
        }
        let mut mark = Sql::new("INSERT INTO meta (key, value) VALUES (");
        mark.push_arg(key)
            .push(", ")
            .push_arg(digest)
            .push(") ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        tx.execute(mark).await?;
        if done.added + done.updated + done.kept > 0 {
            report.push(done);
        }
    }
    tx.commit().await?;
    Ok(report)
}

async fn upgrade_one(
    tx: &mut Tx,
    kind: ContentKind,
    record: Record,
    now: &str,
    done: &mut KindUpgrade,
) -> Result<()> {
    let edits = edits(tx, kind, &record.slug).await?;
    let Some(current) = current(tx, kind, &record.slug).await? else {
        if edits.any {
            // An editor took it off the site (or it failed their rules): theirs to decide.
            done.kept += 1;
        } else if let Some(p) = from_json(kind, record.json) {
            p.upsert_in(tx, now).await?;
            done.added += 1;
        }
        return Ok(());
    };
    if edits.whole {
        done.kept += 1;
        return Ok(());
    }
    let mut merged = current.clone();
    let keys: BTreeSet<&String> = record.json.keys().chain(current.keys()).collect();
    let mut changed = false;
    for key in keys {
        let new = record.json.get(key);
        if current.get(key) == new {
            continue;
        }
        if edits.fields.contains(key.as_str()) {
            done.kept += 1;
            continue;
        }
        match new {
            Some(v) => merged.insert(key.clone(), v.clone()),
            None => merged.remove(key),
        };
        changed = true;
    }
    if !changed {
        return Ok(());
    }
    // A merge that breaks the record's rules (fields that only make sense together) keeps
    // the record as it is; the next release's bundle can try again.
    if let Some(p) = from_json(kind, merged) {
        p.upsert_in(tx, now).await?;
        done.updated += 1;
    }
    Ok(())
}
