//! The link checker: one pass over the external links the site shows that are due (never
//! checked first, then the longest unchecked), at most a cap per pass, through the guarded
//! [`Fetcher`] (every hop's address checked before any connection). Politely: a HEAD, a GET
//! only when HEAD is refused or fails, one request at a time, a pause between two requests to
//! the same host, time limits. Each link is claimed with a lease, so several servers never
//! check the same link at once. What the states mean is in [`sparks_store::links`].

use std::collections::HashMap;
use std::time::Duration;

use sparks_core::Clock;
use sparks_store::jobs::stamp;
use sparks_store::links::{self, LinkState, Outcome};
use sparks_store::{Db, StoreError};
use time::OffsetDateTime;

use crate::fetch::{Checked, FetchError, Fetcher, Policy};

/// How a pass runs.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    /// Who claims (unique per process: host and pid).
    pub worker: String,
    /// Most links checked in one pass.
    pub cap: usize,
    /// Least time between two requests to one host.
    pub spacing: Duration,
    /// Time between two checks of one link.
    pub interval: Duration,
    /// Where "now" comes from (stamps, leases, when a link is due again).
    pub clock: Clock,
    /// Check every link now (oldest checked first), not only those due
    /// (`sparks links check --once`).
    pub everything: bool,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            worker: format!(
                "{}-{}-links",
                std::env::var("HOSTNAME").unwrap_or_else(|_| "sparks".to_owned()),
                std::process::id()
            ),
            cap: 200,
            spacing: Duration::from_secs(2),
            interval: Duration::from_secs(7 * 24 * 3600),
            clock: Clock::system(),
            everything: false,
        }
    }
}

/// The fetch limits of a link check: shorter than a feed's, and with
/// `SPARKS_ALLOW_PRIVATE_FETCH=1` read from the environment.
pub fn policy_from_env() -> Policy {
    Policy {
        connect_timeout: Duration::from_secs(10),
        total_timeout: Duration::from_secs(20),
        ..Policy::from_env()
    }
}

/// What a pass did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CheckReport {
    /// Links checked.
    pub checked: usize,
    /// Of those, found working.
    pub ok: usize,
    /// Found working after a permanent redirect.
    pub redirected: usize,
    /// Found broken.
    pub broken: usize,
    /// Failed for a reason that may pass, not (yet) counted broken.
    pub failing: usize,
}

/// How a check's result counts.
pub fn classify(original: &str, result: Result<Checked, FetchError>) -> Outcome {
    match result {
        Ok(c) => match c.status {
            // 401/403/429: the server is there and answers; it only keeps robots out.
            200..=299 | 401 | 403 | 429 => Outcome::Reached {
                status: c.status,
                final_url: (links::normalise(c.url.as_str()) != links::normalise(original))
                    .then(|| c.url.to_string()),
                permanent: c.permanent,
            },
            s @ 400..=499 => Outcome::Gone {
                status: Some(s),
                error: format!("HTTP status {s}"),
            },
            s => Outcome::Transient {
                status: Some(s),
                error: format!("HTTP status {s}"),
            },
        },
        Err(
            e @ (FetchError::Refused(_)
            | FetchError::BadUrl(_)
            | FetchError::Resolve(_)
            | FetchError::Connect(_)
            | FetchError::TooManyRedirects(_)),
        ) => Outcome::Gone {
            status: None,
            error: e.to_string(),
        },
        Err(e @ FetchError::Status(s)) => Outcome::Transient {
            status: Some(s),
            error: e.to_string(),
        },
        Err(e) => Outcome::Transient {
            status: None,
            error: e.to_string(),
        },
    }
}

fn later(now: OffsetDateTime, d: Duration) -> String {
    stamp(now + time::Duration::try_from(d).unwrap_or(time::Duration::DAY))
}

/// Registers every URL the site shows that is not known yet, then checks the due ones, at
/// most `opts.cap`. One bad link never stops the others; only the database failing does.
pub async fn run(
    db: &Db,
    fetcher: &Fetcher,
    opts: &CheckOptions,
) -> Result<CheckReport, StoreError> {
    let now = stamp(opts.clock.now());
    links::sync_references(db, &now).await?;
    if opts.everything {
        links::make_all_due(db, &now).await?;
    }
    let mut report = CheckReport::default();
    let policy = fetcher.policy();
    // A link may take two fetches (HEAD, then GET) and the pause before them.
    let per_link = policy.total_timeout * 2 + opts.spacing;
    let mut last_asked: HashMap<String, tokio::time::Instant> = HashMap::new();
    while report.checked < opts.cap {
        let batch = (opts.cap - report.checked).min(10);
        let now = opts.clock.now();
        let lease = per_link * u32::try_from(batch).unwrap_or(10) + Duration::from_secs(60);
        let claimed = links::claim(
            db,
            &opts.worker,
            &stamp(now),
            &later(now, lease),
            i64::try_from(batch).unwrap_or(10),
        )
        .await?;
        if claimed.is_empty() {
            break;
        }
        for link in claimed {
            let host = url::Url::parse(&link.url)
                .ok()
                .and_then(|u| u.host_str().map(str::to_owned))
                .unwrap_or_default();
            if let Some(at) = last_asked.get(&host) {
                // Politeness is a pause between requests, measured on the runtime's clock.
                tokio::time::sleep_until(*at + opts.spacing).await;
            }
            let result = fetcher.check_link(&link.url).await;
            last_asked.insert(host, tokio::time::Instant::now());
            let outcome = classify(&link.url, result);
            let done = opts.clock.now();
            let state = links::record(
                db,
                link.id,
                &opts.worker,
                &outcome,
                &stamp(done),
                &later(done, opts.interval),
            )
            .await?;
            report.checked += 1;
            match (state, &outcome) {
                (Some(LinkState::Broken), _) => report.broken += 1,
                (Some(LinkState::Redirected), _) => report.redirected += 1,
                (_, Outcome::Reached { .. }) => report.ok += 1,
                _ => report.failing += 1,
            }
            match &outcome {
                Outcome::Reached { .. } => tracing::debug!(url = %link.url, "link works"),
                Outcome::Gone { error, .. } | Outcome::Transient { error, .. } => {
                    // Read by the server's /metrics when the checker runs in `sparks serve`.
                    metrics::counter!("sparks_link_check_failures_total").increment(1);
                    tracing::info!(url = %link.url, error = %error, "link failed");
                }
            }
        }
    }
    Ok(report)
}
