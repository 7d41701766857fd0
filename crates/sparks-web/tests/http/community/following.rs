//! Issue #17, point 2 over HTTP: members follow an initiative, a pillar, a country, a topic,
//! a thread and saved searches with the button on the page itself; an editor publishes
//! matching and non-matching items (directly, by accepting a proposal, from a trusted feed);
//! each follower gets exactly one notification per item, the author none; stopping
//! following stops them; the form wants a member and a CSRF token; export and erasure.

use axum::http::{Method, StatusCode};
use sparks_core::NewsDraft;
use sparks_store::accounts::{self, Role};
use sparks_store::db_test;
use sparks_store::feeds::{self, FeedItem};
use sparks_store::notifications::{self, Kind};

use crate::common::browser::{ORIGIN, PASSWORD, Site, Visitor, csrf_of, encode, location};

/// The `followed` notifications of `email`, oldest first: `(title, link)`.
async fn told(site: &Site, email: &str) -> Vec<(String, String)> {
    let user = accounts::by_email(&site.db, email).await.unwrap().unwrap();
    let mut all: Vec<(String, String)> = notifications::list(&site.db, user.id, 500)
        .await
        .unwrap()
        .into_iter()
        .filter(|n| n.kind == Kind::Followed)
        .map(|n| (n.title, n.link))
        .collect();
    all.reverse();
    all
}

/// Presses the follow (or stop) button on `page`, which must show it in that state.
async fn press(v: &mut Visitor, page: &str, follow: bool, site: &Site) {
    let b = site.backend;
    let shown = v.get(page).await;
    assert_eq!(shown.status, StatusCode::OK, "{b}: {page}");
    let body = shown.text();
    let (now, next) = if follow {
        ("name=\"follow\" value=\"1\"", "1")
    } else {
        ("name=\"follow\" value=\"0\"", "0")
    };
    assert!(body.contains(now), "{b}: {page} shows the button to press");
    let url = crate::common::browser::value_after(&shown.body, "name=\"url\" value=\"", '"')
        .replace("&amp;", "&");
    let r = v
        .submit(page, "/follow", &[("url", &url), ("follow", next)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {page}: {}", r.body);
    let after = v.get(&location(&r)).await;
    let other = if follow {
        "name=\"follow\" value=\"0\""
    } else {
        "name=\"follow\" value=\"1\""
    };
    assert!(
        after.text().contains(other),
        "{b}: {page} now shows the other state"
    );
}

fn links(list: &[(String, String)]) -> Vec<&str> {
    list.iter().map(|(_, l)| l.as_str()).collect()
}

db_test!(followers_hear_of_each_new_matching_item_once);
async fn followers_hear_of_each_new_matching_item_once(site: Site) {
    let b = site.backend;
    let mut alice = site.logged_in("alice@example.org", Role::Member).await;
    let mut bob = site.logged_in("bob@example.org", Role::Member).await;
    let mut carol = site.logged_in("carol@example.org", Role::Member).await;
    let mut dave = site.logged_in("dave@example.org", Role::Member).await;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;

    // Alice: an initiative and its pillar (one news post of it matches both).
    press(&mut alice, "/initiatives/arica", true, &site).await;
    press(&mut alice, "/pillars/detection-investigation", true, &site).await;
    // Bob: a pillar.
    press(&mut bob, "/pillars/prevention", true, &site).await;
    // Carol: a country, a topic, a site search.
    press(&mut carol, "/initiatives?country=PL", true, &site).await;
    press(&mut carol, "/initiatives?topic=OSINT", true, &site).await;
    press(&mut carol, "/search?q=marmalade", true, &site).await;
    // Dave: a directory search.
    press(
        &mut dave,
        "/initiatives?q=zanzibar&pillar=prevention",
        true,
        &site,
    )
    .await;
    let list = carol.get("/account/following").await;
    assert_eq!(list.status, StatusCode::OK, "{b}");
    for shown in ["Poland", "osint", "/search?q=marmalade"] {
        assert!(list.text().contains(shown), "{b}: {shown} listed");
    }

    // News of ARICA: Alice (once, though two of her follows match), Carol (its topic).
    let r = ed
        .fill(
            "/submit/news",
            &[
                ("title", "ARICA releases a toolkit"),
                ("summary", "A toolkit."),
                ("body", "The toolkit."),
                ("published", "2026-11-20"),
                ("initiative", "arica"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let news = location(&r);
    let a = told(&site, "alice@example.org").await;
    assert_eq!(links(&a), [news.as_str()], "{b}: Alice once");
    assert!(a[0].0.contains("ARICA releases a toolkit"), "{b}: {a:?}");
    assert!(a[0].0.contains("initiative arica"), "{b}: says why: {a:?}");
    let c = told(&site, "carol@example.org").await;
    assert_eq!(links(&c), [news.as_str()], "{b}: Carol by topic");
    assert!(c[0].0.contains("topic osint"), "{b}: {c:?}");

    // A new initiative in prevention, in Poland, about Zanzibar.
    let r = ed
        .fill(
            "/submit/initiative",
            &[
                ("acronym", "ZANZI"),
                ("title", "Zanzibar prevention study"),
                ("summary", "Studies prevention."),
                ("pillars", "prevention"),
                ("partner_countries", "PL"),
                ("sources", "https://example.org/source"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let zanzi = location(&r);
    // One that matches nobody's follows.
    let r = ed
        .fill(
            "/submit/initiative",
            &[
                ("acronym", "QUIET"),
                ("title", "A quiet support project"),
                ("summary", "Support."),
                ("pillars", "victim-support"),
                ("partner_countries", "DE"),
                ("sources", "https://example.org/source"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    // An event in Poland, and news of no initiative.
    let r = ed
        .fill(
            "/submit/event",
            &[
                ("title", "Warsaw practitioners' day"),
                ("type", "conference"),
                ("start", "2027-03-01"),
                ("city", "Warsaw"),
                ("country", "PL"),
                ("summary", "A day."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let event = location(&r);
    let r = ed
        .fill(
            "/submit/news",
            &[
                ("title", "Site maintenance"),
                ("summary", "Down."),
                ("body", "Down for an hour."),
                ("published", "2026-11-21"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    // A resource in prevention about marmalade.
    let r = ed
        .fill(
            "/submit/resource",
            &[
                ("title", "Marmalade toolkit"),
                ("type", "report"),
                ("summary", "A marmalade toolkit."),
                ("url", "https://example.org/marmalade"),
                ("pillars", "prevention"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let resource = location(&r);

    let a = told(&site, "alice@example.org").await;
    assert_eq!(links(&a), [news.as_str()], "{b}: nothing new for Alice");
    let bo = told(&site, "bob@example.org").await;
    assert_eq!(links(&bo), [zanzi.as_str(), &resource], "{b}: Bob's pillar");
    let c = told(&site, "carol@example.org").await;
    assert_eq!(
        links(&c),
        [news.as_str(), &zanzi, &event, &resource],
        "{b}: Carol's country, then her saved search"
    );
    assert!(c[1].0.contains("country PL"), "{b}: {c:?}");
    assert!(
        c[3].0.contains("saved search /search?q=marmalade"),
        "{b}: {c:?}"
    );
    let d = told(&site, "dave@example.org").await;
    assert_eq!(links(&d), [zanzi.as_str()], "{b}: Dave's saved search");
    assert!(d[0].0.contains("Zanzibar prevention study"), "{b}: {d:?}");
    assert!(told(&site, "ed@example.org").await.is_empty(), "{b}");

    // A proposal accepted: its followers hear of it, its author (who follows) does not.
    let r = bob
        .fill(
            "/submit/resource",
            &[
                ("title", "Marmalade for practitioners"),
                ("type", "report"),
                ("summary", "More marmalade."),
                ("url", "https://example.org/more"),
                ("pillars", "prevention"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert_eq!(
        ed.approve_first().await.status,
        StatusCode::SEE_OTHER,
        "{b}"
    );
    assert_eq!(told(&site, "bob@example.org").await.len(), 2, "{b}: author");
    let c = told(&site, "carol@example.org").await;
    assert_eq!(c.len(), 5, "{b}: {c:?}");
    assert!(c[4].0.contains("Marmalade for practitioners"), "{b}: {c:?}");

    // A trusted feed's item of ARICA reaches Alice at once.
    let feed = feeds::add(
        &site.db,
        "arica",
        "https://arica.example/feed",
        true,
        "2026-11-29T00:00:00Z",
    )
    .await
    .unwrap();
    let post = NewsDraft {
        title: "ARICA from its feed".into(),
        body: "Body.".into(),
        published: "2026-11-28".into(),
        initiative: Some("arica".into()),
        source_url: Some("https://arica.example/news/1".into()),
        ..NewsDraft::default()
    }
    .validate()
    .unwrap();
    let item = FeedItem {
        post,
        guid: Some("1".into()),
        link: Some("https://arica.example/news/1".into()),
        title_date: "1".into(),
    };
    feeds::take_items(&site.db, feed, &[item], "2026-11-29T00:00:00Z")
        .await
        .unwrap();
    let a = told(&site, "alice@example.org").await;
    assert_eq!(a.len(), 2, "{b}: {a:?}");
    assert!(a[1].0.contains("ARICA from its feed"), "{b}: {a:?}");
    assert!(a[1].1.starts_with("/news/"), "{b}: {a:?}");
}

db_test!(thread_followers_hear_of_replies_until_they_stop);
async fn thread_followers_hear_of_replies_until_they_stop(site: Site) {
    let b = site.backend;
    let mut alice = site.logged_in("alice@example.org", Role::Member).await;
    let mut bob = site.logged_in("bob@example.org", Role::Member).await;
    let mut carol = site.logged_in("carol@example.org", Role::Member).await;
    let r = bob
        .start_thread(&[
            ("title", "Where to refer?"),
            ("body", "Ideas welcome."),
            ("pillar", "general"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let thread = location(&r);
    press(&mut alice, &thread, true, &site).await;
    press(&mut carol, &thread, true, &site).await;
    let r = carol
        .submit(
            &thread,
            &format!("{thread}/replies"),
            &[("body", "Try the helpline.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let a = told(&site, "alice@example.org").await;
    assert_eq!(a.len(), 1, "{b}: {a:?}");
    assert!(a[0].0.contains("Where to refer?"), "{b}: {a:?}");
    assert!(a[0].1.starts_with(&format!("{thread}#post-")), "{b}: {a:?}");
    assert!(
        told(&site, "carol@example.org").await.is_empty(),
        "{b}: author"
    );
    assert!(
        told(&site, "bob@example.org").await.is_empty(),
        "{b}: not following"
    );

    // A new thread in a pillar's space reaches that pillar's followers.
    press(&mut bob, "/pillars/prevention", true, &site).await;
    let r = carol
        .start_thread(&[
            ("title", "Prevention reading list"),
            ("body", "Share yours."),
            ("pillar", "prevention"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let bo = told(&site, "bob@example.org").await;
    assert_eq!(links(&bo), [location(&r).as_str()], "{b}");

    // Alice stops following from her list; the next reply does not reach her.
    let list = alice.get("/account/following").await;
    assert!(list.text().contains(&format!("href=\"{thread}\"")), "{b}");
    let r = alice
        .submit(
            "/account/following",
            "/follow",
            &[
                ("url", &thread),
                ("follow", "0"),
                ("next", "/account/following"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(location(&r), "/account/following", "{b}");
    assert!(
        alice
            .get("/account/following")
            .await
            .text()
            .contains("follow nothing"),
        "{b}"
    );
    let r = carol
        .submit(&thread, &format!("{thread}/replies"), &[("body", "Again.")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(
        told(&site, "alice@example.org").await.len(),
        1,
        "{b}: stopped"
    );
}

db_test!(following_wants_a_member_a_token_and_a_followable_page);
async fn following_wants_a_member_a_token_and_a_followable_page(site: Site) {
    let b = site.backend;
    // A visitor sees no button and is sent to log in.
    let mut anon = site.visitor();
    let page = anon.get("/initiatives/arica").await;
    assert!(!page.text().contains("action=\"/follow\""), "{b}");
    let r = anon.get("/account/following").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(location(&r).starts_with("/login"), "{b}");
    let token = csrf_of(&anon.get("/login").await.body);
    let r = anon
        .send(
            Method::POST,
            "/follow",
            Some(encode(&[
                ("csrf_token", &token),
                ("url", "/initiatives/arica"),
                ("follow", "1"),
            ])),
            Some(ORIGIN),
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(location(&r).starts_with("/login"), "{b}");

    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let id = accounts::by_email(&site.db, "m@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    // Without the token: refused, nothing followed.
    let r = m
        .send(
            Method::POST,
            "/follow",
            Some(encode(&[("url", "/initiatives/arica"), ("follow", "1")])),
            Some(ORIGIN),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    assert!(
        sparks_store::follows::of_account(&site.db, id)
            .await
            .unwrap()
            .is_empty(),
        "{b}"
    );
    // What cannot be followed is a clear error.
    for (url, follow, status) in [
        ("https://evil.example/", "1", StatusCode::BAD_REQUEST),
        ("/initiatives", "1", StatusCode::BAD_REQUEST),
        ("/initiatives?pillar=nonsense", "1", StatusCode::BAD_REQUEST),
        ("/about", "1", StatusCode::BAD_REQUEST),
        ("/initiatives/no-such-thing", "1", StatusCode::NOT_FOUND),
        ("/community/threads/999999", "1", StatusCode::NOT_FOUND),
        ("/initiatives/arica", "maybe", StatusCode::BAD_REQUEST),
    ] {
        let r = m
            .submit(
                "/account/following",
                "/follow",
                &[("url", url), ("follow", follow)],
            )
            .await;
        assert_eq!(r.status, status, "{b}: {url} {follow}");
    }
    // Following twice is one follow; the export lists it; erasure removes it.
    for _ in 0..2 {
        let r = m
            .submit(
                "/initiatives/arica",
                "/follow",
                &[("url", "/initiatives/arica"), ("follow", "1")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    }
    press(&mut m, "/search?q=grooming&pillar=prevention", true, &site).await;
    let data = m.get("/account/export").await.json();
    let following = data["following"].as_array().unwrap();
    assert_eq!(following.len(), 2, "{b}: {following:?}");
    assert_eq!(following[0]["url"], "/initiatives/arica", "{b}");
    assert_eq!(following[1]["kind"], "search", "{b}");
    let r = m.fill("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        sparks_store::follows::of_account(&site.db, id)
            .await
            .unwrap()
            .is_empty(),
        "{b}: gone with the account"
    );
}
