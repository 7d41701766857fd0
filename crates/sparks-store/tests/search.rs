//! The search index on every backend: kept in step with writes, hostile queries, typos,
//! prefixes, phrases, acronyms, facets, related work and the landscape aggregates.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_core::{Initiative, InitiativeDraft, Pillar};
use sparks_search::DocType;
use sparks_store::search::{self, SearchFilter, SearchRequest, SearchResults};
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing::{self, TestDb};
use sparks_store::{Db, initiatives, landscape};

const NOW: &str = "2026-11-29T10:00:00Z";

fn bundled() -> Vec<Initiative> {
    sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives
}

async fn seeded() -> Vec<TestDb> {
    let data = bundled();
    let dbs = testing::all().await;
    for t in &dbs {
        seed_initiatives_once(&t.db, &data, NOW).await.unwrap();
    }
    dbs
}

async fn find(db: &Db, q: &str) -> SearchResults {
    find_in(db, q, SearchFilter::default()).await
}

async fn find_in(db: &Db, q: &str, filter: SearchFilter) -> SearchResults {
    search::search(
        db,
        &SearchRequest {
            q: q.to_owned(),
            filter,
            page: 1,
            per_page: 10,
        },
    )
    .await
    .unwrap_or_else(|e| panic!("{q:?}: {e}"))
}

fn slugs(r: &SearchResults) -> Vec<&str> {
    r.hits.iter().map(|h| h.slug.as_str()).collect()
}

#[tokio::test]
async fn explore() {
    for t in seeded().await {
        for q in [
            "grooming",
            "gromming",
            "blokchain",
            "barnahus",
            "\"child-friendly justice\"",
            "IWF",
            "prevention helpline",
            "exploitation sexuelle des enfants",
            "Täter",
            "hotl",
        ] {
            let r = find(&t.db, q).await;
            eprintln!(
                "{} {q:?}: {} {:?} relaxed={} corrected={:?} unmatched={:?}",
                t.name,
                r.total,
                r.hits
                    .iter()
                    .map(|h| (h.slug.as_str(), (h.score * 100.0).round() / 100.0))
                    .take(6)
                    .collect::<Vec<_>>(),
                r.relaxed,
                r.corrected,
                r.unmatched
            );
        }
    }
}
