//! One pass over the feeds that are due: claim a feed's job (a lease, so several servers
//! never fetch the same feed at once), fetch it conditionally, store its new items, record
//! its health and schedule it again — later after each error in a row (back-off). One bad
//! feed never stops the others: its error is logged and kept on the feed.

use std::time::Duration;

use sparks_core::Clock;
use sparks_store::feeds::{self, FEED_JOB, Outcome};
use sparks_store::jobs::{self, stamp};
use sparks_store::{Db, Sql, StoreError};
use time::OffsetDateTime;
use url::Url;

use crate::fetch::{Fetched, Fetcher};

/// How a pass runs.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// Who claims (unique per process: host and pid).
    pub worker: String,
    /// Most items taken from one fetch of a feed.
    pub max_items: usize,
    /// Time between fetches of a healthy feed.
    pub interval: Duration,
    /// Longest wait after errors.
    pub max_backoff: Duration,
    /// Where "now" comes from (stamps, leases, when a feed is next due).
    pub clock: Clock,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            worker: format!("{}-{}", hostname(), std::process::id()),
            max_items: 50,
            interval: Duration::from_secs(3600),
            max_backoff: Duration::from_secs(24 * 3600),
            clock: Clock::system(),
        }
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "sparks".to_owned())
}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunReport {
    /// Feeds fetched with a new document.
    pub fetched: usize,
    /// Feeds that answered 304.
    pub not_modified: usize,
    /// Feeds that failed (fetch or parse).
    pub failed: usize,
    /// New items stored.
    pub items: usize,
}

/// The wait before the next fetch after `failures` errors in a row: the interval, doubled per
/// error, at most `max`.
pub fn backoff(interval: Duration, failures: i64, max: Duration) -> Duration {
    let factor = 1u32 << u32::try_from(failures.clamp(0, 10)).unwrap_or(10);
    interval.saturating_mul(factor).min(max.max(interval))
}

fn later(now: OffsetDateTime, d: Duration) -> String {
    stamp(now + time::Duration::try_from(d).unwrap_or(time::Duration::DAY))
}

/// Makes every feed due now (for `sparks feeds run --once`), except those another worker holds.
pub async fn make_all_due(db: &Db, clock: &Clock) -> Result<(), StoreError> {
    let now = stamp(clock.now());
    let mut sql = Sql::new("UPDATE jobs SET due_at = ");
    sql.push_arg(now.as_str())
        .push(" WHERE kind = ")
        .push_arg(FEED_JOB)
        .push(" AND (locked_until IS NULL OR locked_until < ")
        .push_arg(now.as_str())
        .push(")");
    db.execute(sql).await?;
    Ok(())
}

/// Fetches every due feed once. Errors of single feeds are recorded and logged; only the
/// database failing stops the pass.
pub async fn run_due(
    db: &Db,
    fetcher: &Fetcher,
    opts: &RunOptions,
) -> Result<RunReport, StoreError> {
    let mut report = RunReport::default();
    let policy = fetcher.policy();
    let lease = policy.total_timeout * 2 + Duration::from_secs(60);
    loop {
        let now = opts.clock.now();
        let claimed = jobs::claim(
            db,
            FEED_JOB,
            &opts.worker,
            &stamp(now),
            &later(now, lease),
            1,
        )
        .await?;
        let Some(job) = claimed.into_iter().next() else {
            break;
        };
        let feed = match job.job_key.parse::<i64>() {
            Ok(id) => feeds::get(db, id).await?,
            Err(_) => None,
        };
        let Some(feed) = feed else {
            // The feed is gone: so is its job.
            jobs::remove(db, FEED_JOB, &job.job_key).await?;
            continue;
        };
        let outcome = fetch_one(db, fetcher, opts, &feed, &mut report).await?;
        let done = opts.clock.now();
        let wait = match &outcome {
            Outcome::Failed(_) => backoff(opts.interval, feed.failures + 1, opts.max_backoff),
            _ => opts.interval,
        };
        let next = later(done, wait);
        feeds::record(db, feed.id, &outcome, &stamp(done), &next).await?;
        jobs::finish(db, job.id, &opts.worker, &next).await?;
    }
    Ok(report)
}

async fn fetch_one(
    db: &Db,
    fetcher: &Fetcher,
    opts: &RunOptions,
    feed: &feeds::Feed,
    report: &mut RunReport,
) -> Result<Outcome, StoreError> {
    let fetched = fetcher
        .fetch(
            &feed.url,
            feed.etag.as_deref(),
            feed.last_modified.as_deref(),
        )
        .await;
    let (url, answer) = match fetched {
        Ok(Fetched::NotModified) => {
            tracing::info!(feed.url = %feed.url, "feed not modified");
            report.not_modified += 1;
            return Ok(Outcome::NotModified);
        }
        Ok(Fetched::Document { url, answer }) => (url, answer),
        Err(e) => return Ok(failed(feed, e.to_string(), report)),
    };
    let now = opts.clock.now();
    let items = match crate::feed_items::parse_feed(
        &answer.body,
        &url,
        &feed.initiative,
        now,
        opts.max_items,
    ) {
        Ok(items) => items,
        Err(e) => return Ok(failed(feed, e.to_string(), report)),
    };
    let added = match feeds::take_items(db, feed.id, &items, &stamp(now)).await {
        Ok(n) => n,
        Err(StoreError::Corrupt(e)) => return Ok(failed(feed, e, report)),
        Err(e) => return Err(e),
    };
    tracing::info!(feed.url = %feed.url, items.read = items.len(), items.added = added, "feed fetched");
    report.fetched += 1;
    report.items += added;
    Ok(Outcome::Fetched {
        etag: answer.etag,
        last_modified: answer.last_modified,
    })
}

fn failed(feed: &feeds::Feed, error: String, report: &mut RunReport) -> Outcome {
    tracing::warn!(feed.url = %feed.url, error = %error, "feed failed");
    report.failed += 1;
    // Read by the server's /metrics when the scheduler runs inside `sparks serve`.
    metrics::counter!("sparks_feed_fetch_failures_total").increment(1);
    Outcome::Failed(error)
}

/// Checks a feed URL before it is added: absolute http(s).
pub fn parse_feed_url(url: &str) -> Result<Url, String> {
    let u = Url::parse(url.trim()).map_err(|e| format!("{url:?} is not a URL: {e}"))?;
    if matches!(u.scheme(), "http" | "https") && u.host().is_some() {
        Ok(u)
    } else {
        Err(format!("{url:?} is not an http(s) URL"))
    }
}
