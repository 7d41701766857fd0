//! A site seeded from the previous bundled dataset (kept in `fixtures/bundle-2026-11`) is
//! brought up to this release's bundle on start: new records added, facts the bundle changed
//! updated, and every value an editor wrote kept. On every backend.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use sparks_core::{DatasetRecord, Helpline, Initiative};
use sparks_ingest::ContentReport;
use sparks_store::accounts::Role;
use sparks_store::bundle_upgrade::upgrade_bundled;
use sparks_store::editorial::{self, Actor, Change, Outcome, Publication, Publishable};
use sparks_store::moderation::ContentKind;
use sparks_store::seed::{ContentSeed, seed_content_once, seed_initiatives_once};
use sparks_store::testing::TestDb;
use sparks_store::{Db, accounts, db_test, events, initiatives, reference};
use time::macros::datetime;

const SEEDED: &str = "2026-11-01T00:00:00Z";
const UPGRADED: &str = "2026-12-05T09:00:00Z";

const OLD_INITIATIVES: &str = include_str!("fixtures/bundle-2026-11/initiatives.json");
const OLD_HELPLINES: &str = include_str!("fixtures/bundle-2026-11/helplines.json");
const OLD_EVENTS: &str = include_str!("fixtures/bundle-2026-11/events.json");

fn items<T, E: std::fmt::Debug>(report: Result<ContentReport<T>, E>) -> Vec<T> {
    let report = report.unwrap();
    let errors: Vec<String> = report.errors.iter().map(ToString::to_string).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    report.items
}

/// One bundle: initiatives and the content types, parsed.
struct Bundle {
    initiatives: Vec<Initiative>,
    resources: Vec<sparks_core::Resource>,
    news: Vec<sparks_core::NewsPost>,
    events: Vec<sparks_core::Event>,
    recommendations: Vec<sparks_core::Recommendation>,
    statistics: Vec<sparks_core::Statistic>,
    helplines: Vec<Helpline>,
}

impl Bundle {
    fn with(initiatives: &str, events: &str, helplines: &str) -> Bundle {
        let report = sparks_ingest::parse_initiatives(initiatives).unwrap();
        assert!(report.errors.is_empty());
        Bundle {
            initiatives: report.initiatives,
            resources: items(sparks_ingest::parse_resources(
                sparks_ingest::BUNDLED_RESOURCES,
            )),
            news: items(sparks_ingest::parse_news(sparks_ingest::BUNDLED_NEWS)),
            events: items(sparks_ingest::parse_events(events)),
            recommendations: items(sparks_ingest::parse_recommendations(
                sparks_ingest::BUNDLED_RECOMMENDATIONS,
            )),
            statistics: items(sparks_ingest::parse_statistics(
                sparks_ingest::BUNDLED_STATISTICS,
            )),
            helplines: items(sparks_ingest::parse_helplines(helplines)),
        }
    }

    fn old() -> Bundle {
        Bundle::with(OLD_INITIATIVES, OLD_EVENTS, OLD_HELPLINES)
    }

    fn current() -> Bundle {
        Bundle::with(
            sparks_ingest::BUNDLED_INITIATIVES,
            sparks_ingest::BUNDLED_EVENTS,
            sparks_ingest::BUNDLED_HELPLINES,
        )
    }

    fn seed(&self) -> ContentSeed<'_> {
        ContentSeed {
            resources: &self.resources,
            news: &self.news,
            events: &self.events,
            recommendations: &self.recommendations,
            statistics: &self.statistics,
            helplines: &self.helplines,
        }
    }

    /// What a first start does with this bundle.
    async fn first_start(&self, db: &Db) {
        seed_initiatives_once(db, &self.initiatives, SEEDED)
            .await
            .unwrap();
        seed_content_once(db, &self.seed(), SEEDED).await.unwrap();
    }

    /// What every start does after seeding.
    async fn upgrade(&self, db: &Db) -> Vec<sparks_store::bundle_upgrade::KindUpgrade> {
        upgrade_bundled(db, &self.initiatives, &self.seed(), UPGRADED)
            .await
            .unwrap()
    }
}

async fn editor(db: &Db) -> Actor {
    let id = accounts::create(
        db,
        &accounts::NewUser {
            email: "edna@example.org".into(),
            display_name: "Edna".into(),
            password_hash: "x".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role: Role::Editor,
            verified: true,
        },
        datetime!(2026-11-20 10:00 UTC).unix_timestamp(),
    )
    .await
    .unwrap()
    .unwrap();
    Actor {
        id,
        name: "Edna".into(),
    }
}

/// Publishes a change as the staff edit form does (the form's record in its import format).
async fn edit(db: &Db, actor: &Actor, record: Publishable, json: String) {
    let item = Publication {
        record: &record,
        json: &json,
    };
    let outcome = editorial::publish(
        db,
        actor,
        item,
        Change::Update,
        datetime!(2026-11-20 10:00 UTC),
    )
    .await;
    assert_eq!(outcome.unwrap(), Outcome::Done);
}

async fn initiative(db: &Db, slug: &str) -> Initiative {
    initiatives::get(db, slug).await.unwrap().unwrap()
}

async fn helpline(db: &Db, slug: &str) -> Helpline {
    reference::helplines(db, None)
        .await
        .unwrap()
        .into_iter()
        .find(|h| h.slug == slug)
        .unwrap()
}

db_test!(a_site_seeded_from_the_old_bundle_gets_the_new_one_without_losing_edits);
db_test!(a_fresh_site_needs_no_upgrade);

async fn a_site_seeded_from_the_old_bundle_gets_the_new_one_without_losing_edits(t: TestDb) {
    let db = &t.db;
    let old = Bundle::old();
    old.first_start(db).await;
    assert_eq!(initiatives::count(db).await.unwrap(), 126, "{}", t.name);
    assert!(initiatives::get(db, "ceop").await.unwrap().is_none());
    let edna = editor(db).await;

    // An editor corrects ChildRescue's end date (the new bundle has another one) ...
    let mut child_rescue = initiative(db, "childrescue").await;
    assert_eq!(child_rescue.end_date, None);
    assert_eq!(child_rescue.cordis_url, None);
    child_rescue.end_date = Some("2021-06".parse().unwrap());
    let json = serde_json::to_string(&DatasetRecord::from_initiative(&child_rescue)).unwrap();
    edit(db, &edna, Publishable::Initiative(child_rescue), json).await;
    // ... rewords a helpline's notes ...
    let at = "at-rat-auf-draht-notrufnummer-147";
    let mut rat = helpline(db, at).await;
    assert_eq!(rat.editor_notes, None);
    rat.notes = Some("Editor's wording: call 147, free and anonymous.".into());
    let json = serde_json::to_string(&rat.to_draft()).unwrap();
    edit(db, &edna, Publishable::Helpline(rat), json).await;
    // ... and takes an initiative off the site.
    let gone = editorial::unpublish(
        db,
        &edna,
        ContentKind::Initiative,
        "inhope",
        datetime!(2026-11-20 10:00 UTC),
    )
    .await;
    assert_eq!(gone.unwrap(), Outcome::Done);
    let rayuela_before = initiative(db, "rayuela").await;
    assert_eq!(rayuela_before.eu_contribution_eur, None);

    let new = Bundle::current();
    let report = new.upgrade(db).await;
    let of = |kind: &str| report.iter().find(|k| k.kind == kind).cloned();

    // New records are there.
    let initiatives_done = of("initiatives").unwrap();
    assert_eq!(initiatives_done.added, 186 - 126, "{report:?}");
    assert_eq!(initiatives::count(db).await.unwrap(), 186 - 1, "{}", t.name);
    assert_eq!(initiative(db, "ceop").await.acronym, "CEOP");
    assert_eq!(events::all(db).await.unwrap().len(), 42);
    assert_eq!(of("events").unwrap().added, 7);

    // Facts the bundle changed, where no editor touched them, are updated.
    assert_eq!(
        initiative(db, "rayuela").await.eu_contribution_eur,
        Some(4_974_290)
    );
    let child_rescue = initiative(db, "childrescue").await;
    assert!(
        child_rescue
            .cordis_url
            .as_ref()
            .is_some_and(|u| u.host_str() == Some("cordis.europa.eu")),
        "{:?}",
        child_rescue.cordis_url
    );
    // What the editor wrote stays, though the bundle has another value.
    assert_eq!(child_rescue.end_date.unwrap().to_string(), "2021-06");
    let rat = helpline(db, at).await;
    assert_eq!(
        rat.notes.as_deref(),
        Some("Editor's wording: call 147, free and anonymous.")
    );
    assert!(rat.editor_notes.as_deref().unwrap().contains("116 111"));
    // An unedited helpline gets the split: caveats out of the public notes.
    let be = helpline(db, "be-awel-flemish-helpline-for-children-and-young-people").await;
    assert!(be.editor_notes.is_some());
    assert!(!be.notes.unwrap_or_default().contains("unverified"));
    // The initiative the editor removed stays removed.
    assert!(initiatives::get(db, "inhope").await.unwrap().is_none());

    // Search finds the new records.
    let hits = sparks_store::search::search(
        db,
        &sparks_store::search::SearchRequest {
            q: "CEOP".into(),
            filter: sparks_store::search::SearchFilter::default(),
            page: 1,
            per_page: 10,
        },
    )
    .await
    .unwrap();
    assert_eq!(hits.hits.first().map(|h| h.slug.as_str()), Some("ceop"));

    // A second start changes nothing.
    assert_eq!(new.upgrade(db).await, Vec::new(), "{}", t.name);
    assert_eq!(
        initiative(db, "childrescue")
            .await
            .end_date
            .unwrap()
            .to_string(),
        "2021-06"
    );
}

async fn a_fresh_site_needs_no_upgrade(t: TestDb) {
    let db = &t.db;
    let new = Bundle::current();
    new.first_start(db).await;
    assert_eq!(new.upgrade(db).await, Vec::new(), "{}", t.name);
    assert_eq!(initiatives::count(db).await.unwrap(), 186);
}
