//! The refreshed bundled dataset, seen through the site: a site seeded from the previous
//! bundle (`crates/sparks-store/tests/fixtures/bundle-2026-11`) that upgrades on start shows
//! "not recorded" on a smaller share of the directory's cards. (The landscape's empty cells
//! are gaps in the field, not missing facts: with more countries they may grow.)

use sparks_store::testing::TestDb;
use sparks_store::{Db, db_test};
use sparks_web::Clock;

use crate::common::{App, TODAY};

const OLD_INITIATIVES: &str =
    include_str!("../../../sparks-store/tests/fixtures/bundle-2026-11/initiatives.json");
const OLD_EVENTS: &str =
    include_str!("../../../sparks-store/tests/fixtures/bundle-2026-11/events.json");
const OLD_HELPLINES: &str =
    include_str!("../../../sparks-store/tests/fixtures/bundle-2026-11/helplines.json");

/// Seeds (first start) or upgrades (a later start) `db` with a bundle.
async fn start_with(db: &Db, initiatives: &str, events: &str, helplines: &str) {
    let initiatives = sparks_ingest::parse_initiatives(initiatives)
        .unwrap()
        .initiatives;
    let mut bundle = sparks_ingest::BundledContent::parse().unwrap();
    bundle.events = sparks_ingest::parse_events(events).unwrap().items;
    bundle.helplines = sparks_ingest::parse_helplines(helplines).unwrap().items;
    let now = "2026-11-01T00:00:00Z";
    sparks_store::seed::seed_initiatives_once(db, &initiatives, now)
        .await
        .unwrap();
    sparks_store::seed::seed_content_once(db, &bundle.seed(), now)
        .await
        .unwrap();
    sparks_store::bundle_upgrade::upgrade_bundled(db, &initiatives, &bundle.seed(), now)
        .await
        .unwrap();
}

/// The directory's cards by initiative slug, each with whether it shows a fact as not
/// known: a "Not recorded" value or "Status unknown" (no end date, or no dates at all).
async fn not_recorded(app: &App) -> std::collections::BTreeMap<String, bool> {
    let mut cards = std::collections::BTreeMap::new();
    for page in 1..=2 {
        let body = app
            .get(&format!("/initiatives?per_page=100&page={page}"))
            .await
            .body;
        for card in body.split("<li class=\"card\">").skip(1) {
            let card = card.split("</li>").next().unwrap();
            let slug = card
                .split("href=\"/initiatives/")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap()
                .to_owned();
            let unknown = card.contains("<dd>Not recorded</dd>") || card.contains("Status unknown");
            cards.insert(slug, unknown);
        }
    }
    cards
}

db_test!(the_refreshed_data_leaves_fewer_facts_not_recorded);
async fn the_refreshed_data_leaves_fewer_facts_not_recorded(t: TestDb) {
    let db = t.db.clone();
    start_with(&db, OLD_INITIATIVES, OLD_EVENTS, OLD_HELPLINES).await;
    let app = App {
        router: sparks_web::router(db.clone(), Clock::fixed_date(TODAY)),
        backend: t.name,
        test_db: t,
    };
    let before = not_recorded(&app).await;
    assert_eq!(before.len(), 126, "{}", app.backend);

    start_with(
        &db,
        sparks_ingest::BUNDLED_INITIATIVES,
        sparks_ingest::BUNDLED_EVENTS,
        sparks_ingest::BUNDLED_HELPLINES,
    )
    .await;
    let after = not_recorded(&app).await;
    assert_eq!(after.len(), 186, "{}", app.backend);
    // The records the site had before now lack fewer facts: the refresh filled some in.
    let unknown_before = before.values().filter(|u| **u).count();
    let unknown_after = before
        .keys()
        .filter(|slug| after.get(*slug).copied().unwrap_or(false))
        .count();
    assert!(
        unknown_after < unknown_before,
        "{unknown_before} of the first 126 before, {unknown_after} after on {}",
        app.backend
    );
}
