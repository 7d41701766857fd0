//! Relevance on a judged query set (`tests/judged.json`): for each query, the initiatives of
//! the bundled dataset a domain expert expects, judged by reading the records. Reports
//! precision@5 and MRR per backend and fails below 0.9 precision@5.
//!
//! precision@5 of a query = relevant hits among the first five / min(5, number of relevant
//! initiatives), so that a query with one right answer scores 1 when it is in the top five.
//! MRR = mean over queries of 1 / rank of the first relevant hit (0 when none in the first 10).
//!
//! Run: `cargo test -p sparks-store --test judged -- --nocapture` (add `TEST_DATABASE_URL`
//! for PostgreSQL).

#![expect(
    clippy::unwrap_used,
    reason = "bodies for db_test! are plain functions, not #[test]s: a panic is a failed test"
)]

use std::collections::BTreeMap;

use serde::Deserialize;
use sparks_store::db_test;
use sparks_store::search::{self, SearchFilter, SearchRequest};
use sparks_store::seed::seed_initiatives_once;
use sparks_store::testing::TestDb;

#[derive(Deserialize)]
struct Judged {
    q: String,
    kind: String,
    relevant: Vec<String>,
}

const THRESHOLD: f64 = 0.9;

db_test!(judged_queries_reach_the_precision_bar);
async fn judged_queries_reach_the_precision_bar(t: TestDb) {
    let judged: Vec<Judged> = serde_json::from_str(include_str!("judged.json")).unwrap();
    assert!(judged.len() >= 40, "at least 40 judged queries");
    let data = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
        .unwrap()
        .initiatives;
    seed_initiatives_once(&t.db, &data, "2026-11-29T10:00:00Z")
        .await
        .unwrap();
    let mut precision_sum = 0.0;
    let mut rr_sum = 0.0;
    let mut by_kind: BTreeMap<&str, (f64, usize)> = BTreeMap::new();
    for j in &judged {
        let results = search::search(
            &t.db,
            &SearchRequest {
                q: j.q.clone(),
                filter: SearchFilter::default(),
                page: 1,
                per_page: 10,
            },
        )
        .await
        .unwrap();
        let ranked: Vec<&str> = results.hits.iter().map(|h| h.slug.as_str()).collect();
        let relevant = |s: &str| j.relevant.iter().any(|r| r == s);
        let found = ranked.iter().take(5).filter(|s| relevant(s)).count();
        let precision = found as f64 / j.relevant.len().min(5) as f64;
        let rr = ranked
            .iter()
            .position(|s| relevant(s))
            .map_or(0.0, |p| 1.0 / (p + 1) as f64);
        precision_sum += precision;
        rr_sum += rr;
        let k = by_kind.entry(j.kind.as_str()).or_default();
        k.0 += precision;
        k.1 += 1;
        if precision < 1.0 {
            eprintln!(
                "{}: {:?} precision@5 {precision:.2}, rr {rr:.2}, top 5 {:?}",
                t.name,
                j.q,
                &ranked[..ranked.len().min(5)]
            );
        }
    }
    let n = judged.len() as f64;
    let precision = precision_sum / n;
    let mrr = rr_sum / n;
    eprintln!(
        "{}: {} queries, precision@5 {precision:.3}, MRR {mrr:.3}",
        t.name,
        judged.len()
    );
    for (kind, (sum, count)) in &by_kind {
        eprintln!(
            "{}:   {kind}: precision@5 {:.3} over {count}",
            t.name,
            sum / *count as f64
        );
    }
    assert!(
        precision >= THRESHOLD,
        "{}: precision@5 {precision:.3} is below {THRESHOLD}",
        t.name
    );
}
