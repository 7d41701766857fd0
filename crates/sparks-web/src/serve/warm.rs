//! Warming up before a server says it is ready: the directory index, the search table and
//! the matches of the commonest search terms are built before `/readyz` answers 200, so the
//! first visitors after a start (sent by a load balancer that waits for readiness) do not
//! pay for loading them. `/healthz` answers at once either way: the process is up.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use crate::state::AppState;

/// Whether the warm-up has finished (or was not asked for).
#[derive(Debug)]
pub(crate) struct Warmth {
    ready: AtomicBool,
}

impl Warmth {
    /// Ready at once when no warm-up is asked for (tests, tools), else not until
    /// [`warm_up`] has run.
    pub(crate) fn new(warm_up: bool) -> Self {
        Warmth {
            ready: AtomicBool::new(!warm_up),
        }
    }

    /// Whether the server may say it is ready.
    pub(crate) fn is_ready(&self) -> bool {
        self.ready.load(Ordering::SeqCst)
    }

    fn set_ready(&self) {
        self.ready.store(true, Ordering::SeqCst);
    }
}

/// Builds what the first requests would otherwise build, then marks the server ready. A
/// failure (the database gone for a moment) is logged and retried, and the server stays
/// not ready meanwhile: what failed here would fail for visitors too.
pub(crate) async fn warm_up(state: AppState) {
    let started = Instant::now();
    loop {
        match warm_once(&state).await {
            Ok(terms) => {
                tracing::info!(
                    warm_ms = started.elapsed().as_millis() as u64,
                    search_terms = terms,
                    "indexes warm; ready"
                );
                state.warmth().set_ready();
                return;
            }
            Err(e) => {
                tracing::warn!(error = %e, "warming the indexes failed; trying again");
                tokio::time::sleep(std::time::Duration::from_millis(500)).await;
            }
        }
    }
}

/// The directory index on one side, the search table and its commonest terms on the other,
/// side by side: each is mostly database work on its own connection.
async fn warm_once(state: &AppState) -> Result<usize, sparks_store::StoreError> {
    let started = Instant::now();
    let directory = async {
        state.directory().await?;
        tracing::info!(
            ms = started.elapsed().as_millis() as u64,
            "directory index loaded"
        );
        Ok::<(), sparks_store::StoreError>(())
    };
    let search = async {
        let search = state.search_index().await?;
        tracing::info!(
            ms = started.elapsed().as_millis() as u64,
            "search table loaded"
        );
        search.warm(state.db()).await
    };
    let (directory, terms) = tokio::join!(directory, search);
    directory?;
    terms
}
