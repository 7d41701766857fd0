//! Issue #18 over HTTP: an untrusted feed's items appear nowhere public (news, post page,
//! search, API, site feeds, sitemap, the initiative's page) until an editor approves them in
//! the queue; staff trust a feed on the feed admin page and its later items publish at once;
//! a feed URL another initiative has is refused with a form error, by members and staff.

use axum::http::StatusCode;
use sparks_core::NewsDraft;
use sparks_store::accounts::Role;
use sparks_store::db_test;
use sparks_store::feeds::{self, FeedItem};

use crate::common::browser::{Site, value_after};

const TAKEN: &str = "2026-11-29T00:00:00Z";

/// Takes one item named `mark` from feed `id`, as a fetch would; returns its post's slug.
async fn take(site: &Site, id: i64, mark: &str) -> String {
    let post = NewsDraft {
        title: format!("{mark} from the feed"),
        body: format!("{mark} body"),
        published: "2026-11-28".into(),
        initiative: Some("arica".into()),
        source_url: Some(format!("https://arica.example/news/{mark}")),
        ..NewsDraft::default()
    }
    .validate()
    .unwrap();
    let slug = post.slug.clone();
    let item = FeedItem {
        post,
        guid: Some(mark.into()),
        link: Some(format!("https://arica.example/news/{mark}")),
        title_date: mark.into(),
    };
    let added = feeds::take_items(&site.db, id, &[item], TAKEN)
        .await
        .unwrap();
    assert_eq!(added, 1, "{}", site.backend);
    slug
}

/// Asserts that no public page or API shows `mark`; `/news/{slug}` answers 404.
async fn nowhere_public(site: &Site, mark: &str, slug: &str) {
    let b = site.backend;
    let lower = mark.to_lowercase();
    let mut anon = site.visitor();
    for e in [
        "/".to_owned(),
        "/news".into(),
        "/news?initiative=arica".into(),
        format!("/search?q={mark}"),
        format!("/api/v1/search?q={mark}"),
        "/api/v1/news".into(),
        format!("/api/v1/news/{slug}"),
        "/feed.xml".into(),
        "/sitemap.xml".into(),
        "/initiatives/arica".into(),
        "/api/v1/initiatives/arica".into(),
    ] {
        let r = anon.get(&e).await;
        assert!(!r.status.is_server_error(), "{b}: {e}");
        // The query may be echoed; the title and the slug must not appear.
        let body = r.body.to_lowercase();
        assert!(
            !body.contains(&format!("{lower} from the feed")) && !body.contains(slug),
            "{b}: a waiting feed item leaked at {e}"
        );
    }
    assert_eq!(
        anon.get(&format!("/news/{slug}")).await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
}

db_test!(untrusted_feed_items_wait_in_the_queue_until_approved);
async fn untrusted_feed_items_wait_in_the_queue_until_approved(site: Site) {
    let b = site.backend;
    let url = "https://arica.example/feed.xml";
    let id = feeds::add(&site.db, "arica", url, false, TAKEN)
        .await
        .unwrap();
    let slug = take(&site, id, "Qxwaitingqx").await;
    nowhere_public(&site, "Qxwaitingqx", &slug).await;

    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await.text();
    assert!(queue.contains("Qxwaitingqx from the feed"), "{b}: {queue}");
    assert!(queue.contains(url), "{b}: the queue names the feed");
    assert!(
        !queue.contains("body_html"),
        "{b}: only text fields are listed"
    );
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    let page = site.page(&format!("/news/{slug}"), StatusCode::OK).await;
    assert!(page.contains("Qxwaitingqx from the feed"), "{b}");
    let news = site.page("/news", StatusCode::OK).await;
    assert!(news.contains("Qxwaitingqx from the feed"), "{b}");
    let found = site.visitor().get("/api/v1/search?q=Qxwaitingqx").await;
    assert!(found.json()["total"].as_u64().unwrap_or(0) >= 1, "{b}");
    assert!(
        ed.get("/admin/moderation")
            .await
            .text()
            .contains("Nothing is waiting"),
        "{b}"
    );
}

db_test!(staff_trust_a_feed_on_its_admin_page_and_its_next_items_publish_at_once);
async fn staff_trust_a_feed_on_its_admin_page_and_its_next_items_publish_at_once(site: Site) {
    let b = site.backend;
    let id = feeds::add(
        &site.db,
        "arica",
        "https://arica.example/f.xml",
        false,
        TAKEN,
    )
    .await
    .unwrap();
    let before = take(&site, id, "Qxbeforeqx").await;
    let action = format!("/admin/feeds/{id}/trust");

    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m.submit("/account", &action, &[("trusted", "1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");

    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let admin = ed.get("/admin/feeds").await.text();
    assert_eq!(
        value_after(&admin, "action=\"/admin/feeds/", '"'),
        format!("{id}/trust")
    );
    let r = ed
        .submit("/admin/feeds", &action, &[("trusted", "2")])
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
    let r = ed
        .submit("/admin/feeds", &action, &[("trusted", "1")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert!(
        feeds::get(&site.db, id).await.unwrap().unwrap().trusted,
        "{b}"
    );
    let missing = format!("/admin/feeds/{}/trust", id + 100);
    let r = ed
        .submit("/admin/feeds", &missing, &[("trusted", "1")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");

    // Its next item is public at once; the one taken before still waits.
    let after = take(&site, id, "Qxafterqx").await;
    site.page(&format!("/news/{after}"), StatusCode::OK).await;
    nowhere_public(&site, "Qxbeforeqx", &before).await;
    let queue = ed.get("/admin/moderation").await.text();
    assert!(queue.contains("Qxbeforeqx from the feed"), "{b}");
    assert!(!queue.contains("Qxafterqx"), "{b}");
    let audit = ed.get("/admin/audit").await.text();
    assert!(audit.contains("https://arica.example/f.xml"), "{b}");
}

db_test!(a_feed_url_another_initiative_has_is_refused_with_a_form_error);
async fn a_feed_url_another_initiative_has_is_refused_with_a_form_error(site: Site) {
    let b = site.backend;
    let id = feeds::add(&site.db, "2ps", "https://feeds.example/news/", true, TAKEN)
        .await
        .unwrap();
    let rows = || async { feeds::health(&site.db).await.unwrap() };
    let taken = "Another initiative has this feed already";

    // A member, any spelling of the URL: the form comes back with the problem.
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    for spelling in [
        "HTTPS://Feeds.Example:443/news",
        "https://feeds.example/news/",
    ] {
        let r = m
            .fill(
                "/submit/feed",
                &[("initiative", "arica"), ("feed_url", spelling)],
            )
            .await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {spelling}"
        );
        assert!(r.text().contains(taken), "{b}: {}", r.body);
    }
    // Its own initiative proposing it again is no error, and approving adds no row.
    let r = m
        .fill(
            "/submit/feed",
            &[
                ("initiative", "2ps"),
                ("feed_url", "https://feeds.example/news"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);

    // Staff: refused the same way; their own initiative's URL is the same feed.
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed
        .fill(
            "/submit/feed",
            &[
                ("initiative", "arica"),
                ("feed_url", "https://feeds.example/news"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.text().contains(taken), "{b}");
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let r = ed
        .fill(
            "/submit/feed",
            &[
                ("initiative", "2ps"),
                ("feed_url", "https://FEEDS.example/news"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let feeds = rows().await;
    assert_eq!(feeds.len(), 1, "{b}: {feeds:?}");
    assert_eq!(
        (feeds[0].id, feeds[0].initiative.as_str()),
        (id, "2ps"),
        "{b}"
    );
}

db_test!(approving_a_proposal_for_a_url_taken_since_shows_the_problem);
async fn approving_a_proposal_for_a_url_taken_since_shows_the_problem(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .fill(
            "/submit/feed",
            &[
                ("initiative", "arica"),
                ("feed_url", "https://late.example/feed"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    // Meanwhile another initiative got that feed.
    feeds::add(&site.db, "2ps", "https://late.example/feed/", true, TAKEN)
        .await
        .unwrap();
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.text()
            .contains("Another initiative has this feed already"),
        "{b}"
    );
    let feeds = feeds::health(&site.db).await.unwrap();
    assert_eq!(feeds.len(), 1, "{b}");
    assert_eq!(feeds[0].initiative, "2ps", "{b}: the feed never moves");
}
