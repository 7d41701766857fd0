//! Issues #17 and #18: member profiles are private by default and found by a random handle
//! (a crawl of the public site finds only the profile its member chose to show), and staff
//! hide, lock, pin and move whole threads (a hidden thread's title is nowhere public).

use std::collections::{BTreeSet, HashSet, VecDeque};

use axum::http::StatusCode;
use sparks_store::accounts::{self, NewUser, Profile, Role};
use sparks_store::community::{self, NewThread};
use sparks_store::{db_test, moderation};

use crate::common::Reply;
use crate::common::browser::{Site, Visitor, location};

/// The most pages one crawl opens: the whole seeded site is under it (about 1,050 pages
/// with the footer's contact, privacy and accessibility links and the recommendation pages).
const CRAWL_CAP: usize = 1500;

/// Every page `v` reaches from `/` by following the site's own links, plus `extra` (feeds,
/// the sitemap, search answers, API calls) and what they link to. Query strings are dropped
/// (they only filter or page what the plain page links to anyway) except the community's
/// space filters, where a thread list per space is the point.
pub(crate) async fn crawl(v: &mut Visitor, extra: &[String]) -> Vec<(String, Reply)> {
    let mut queue: VecDeque<String> = std::iter::once("/".to_owned())
        .chain(extra.iter().cloned())
        .collect();
    let mut seen: HashSet<String> = queue.iter().cloned().collect();
    let mut pages = Vec::new();
    while let Some(path) = queue.pop_front() {
        assert!(pages.len() < CRAWL_CAP, "the crawl stays small: {path}");
        let r = v.get(&path).await;
        assert!(!r.status.is_server_error(), "{path}: {}", r.status);
        // Links are followed from pages; JSON and XML answers are read, not walked (their
        // records are the pages the HTML links to).
        let html = r.content_type().starts_with("text/html");
        for link in links(&r.body).into_iter().filter(|_| html) {
            if seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
        pages.push((path, r));
    }
    pages
}

/// The site's own links in a page (`href="/…"`), as paths to crawl.
fn links(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|l| l.replace("&amp;", "&").replace("&#38;", "&"))
        .filter(|l| l.starts_with('/') && !l.starts_with("//"))
        .filter(|l| !l.starts_with("/static/") && !l.starts_with("/uploads/"))
        .map(|l| l.split('#').next().unwrap_or_default().to_owned())
        .map(|l| {
            if l.starts_with("/community?space=") {
                l.split('&').next().unwrap_or_default().to_owned()
            } else {
                l.split('?').next().unwrap_or_default().to_owned()
            }
        })
        .filter(|l| !l.is_empty())
        .collect()
}

/// Every `/members/…` segment a body names, in a link or anywhere else (JSON, XML).
fn member_paths(body: &str) -> BTreeSet<String> {
    body.split("/members/")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        // A profile is named by its handle (or, as before issue #18, a number); another
        // site's address that happens to contain `/members/…` (an event's page) is not.
        .filter(|m| {
            !m.is_empty()
                && (m.bytes().all(|b| b.is_ascii_digit())
                    || (m.len() == 20 && m.bytes().all(|b| b.is_ascii_hexdigit())))
        })
        .collect()
}

/// The places a crawl from `/` may not reach by links alone.
pub(crate) fn extras(q: &str) -> Vec<String> {
    vec![
        "/sitemap.xml".into(),
        "/feed.xml".into(),
        "/pillars/prevention/feed.xml".into(),
        "/community?space=prevention".into(),
        format!("/search?q={q}"),
        format!("/api/v1/search?q={q}"),
        "/api/v1/initiatives?per_page=100".into(),
    ]
}

async fn handle_of(site: &Site, email: &str) -> String {
    let user = accounts::by_email(&site.db, email).await.unwrap().unwrap();
    user.handle.unwrap()
}

db_test!(only_the_profiles_members_chose_to_show_are_reachable);
async fn only_the_profiles_members_chose_to_show_are_reachable(site: Site) {
    let b = site.backend;
    // A confirmed member who makes their profile public through the account form.
    let mut public = site.logged_in("shown@example.org", Role::Member).await;
    let r = public
        .fill(
            "/account",
            &[
                ("display_name", "Shown Member"),
                ("organisation", "Ticked Organisation"),
                ("expertise", "Unticked expertise"),
                ("public", "organisation"),
                ("profile_public", "1"),
                // Fields the form does not have are not read: no one makes themselves staff.
                ("role", "admin"),
                ("verified_at", ""),
                ("handle", "chosen"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let stored = accounts::by_email(&site.db, "shown@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(stored.role, "member", "{b}: a posted role is ignored");
    assert!(stored.verified_at.is_some(), "{b}");
    assert_ne!(stored.handle.as_deref(), Some("chosen"), "{b}");
    let account = public.get("/account").await;
    assert!(
        account.body.contains("id=\"field-profile-public\"") && account.body.contains(" checked"),
        "{b}: the choice is shown back"
    );
    // A confirmed member who never chose: private by default.
    let mut private = site.logged_in("quiet@example.org", Role::Member).await;
    let quiet_account = private.get("/account").await.text();
    assert!(
        quiet_account.contains("Your profile is private") && !quiet_account.contains("/members/"),
        "{b}: the member is told, and not linked to a page that does not exist"
    );
    // Staff who did not choose.
    let mut staff = site.logged_in("staffer@example.org", Role::Editor).await;
    // An account that never confirmed its address, even with the flag set.
    let unconfirmed = accounts::create(
        &site.db,
        &NewUser {
            email: "unconfirmed@example.org".into(),
            display_name: "Unconfirmed Person".into(),
            password_hash: "x".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            role: Role::Member,
            verified: false,
        },
        site.clock.unix(),
    )
    .await
    .unwrap()
    .unwrap();
    accounts::update_profile(
        &site.db,
        unconfirmed,
        &Profile {
            display_name: "Unconfirmed Person".into(),
            organisation: String::new(),
            country: None,
            expertise: String::new(),
            pillars: Vec::new(),
            public_fields: Vec::new(),
            profile_public: true,
        },
    )
    .await
    .unwrap();
    // Each writes in public, so every name stands next to a post somewhere.
    for (v, title) in [
        (&mut public, "Shown thread"),
        (&mut private, "Quiet thread"),
        (&mut staff, "Staff thread"),
    ] {
        let r = v
            .start_thread(&[
                ("title", title),
                ("body", "Hello"),
                ("pillar", "prevention"),
            ])
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {title}");
    }
    community::create_thread(
        &site.db,
        &NewThread {
            space: "prevention",
            title: "Unconfirmed thread",
            body: "Hello",
            body_html: "<p>Hello</p>",
            members_only: false,
            author_id: unconfirmed,
            content_warning: None,
        },
        site.clock.unix(),
    )
    .await
    .unwrap();

    let shown = handle_of(&site, "shown@example.org").await;
    let mut hidden = Vec::new();
    for email in [
        "quiet@example.org",
        "staffer@example.org",
        "unconfirmed@example.org",
    ] {
        hidden.push(handle_of(&site, email).await);
    }
    // Handles are long, random and say nothing about the order accounts were made in.
    for h in hidden.iter().chain([&shown]) {
        assert!(
            h.len() >= 16 && h.chars().all(|c| c.is_ascii_alphanumeric()),
            "{b}: {h}"
        );
    }
    assert_eq!(
        hidden.iter().chain([&shown]).collect::<HashSet<_>>().len(),
        4,
        "{b}: handles are unique"
    );

    let mut reader = site.logged_in("reader@example.org", Role::Member).await;
    for (who, v) in [("visitor", &mut site.visitor()), ("member", &mut reader)] {
        let pages = crawl(v, &extras("thread")).await;
        let mut reached = BTreeSet::new();
        for (path, r) in &pages {
            for m in member_paths(&r.body) {
                assert_eq!(m, shown, "{b}: {who} finds /members/{m} at {path}");
                reached.insert(m);
            }
        }
        assert_eq!(
            reached,
            BTreeSet::from([shown.clone()]),
            "{b}: {who} reaches the public profile by its author link"
        );
        // Old sequential URLs (and counting through them) find nothing at all.
        for id in 1..=50 {
            let r = v.get(&format!("/members/{id}")).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {who}: /members/{id}");
        }
        for h in &hidden {
            let r = v.get(&format!("/members/{h}")).await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {who}: {h}");
        }
        let r = v.get(&format!("/members/{shown}")).await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {who}");
        let text = r.text();
        assert!(text.contains("Shown Member"), "{b}: {who}");
        // Field by field: what the member ticked shows, what they did not stays hidden.
        assert!(text.contains("Ticked Organisation"), "{b}: {who}: {text}");
        assert!(
            !r.body.contains("Unticked expertise"),
            "{b}: {who}: an unticked field is shown"
        );
    }

    // Changing one's mind takes the profile away again.
    let r = public
        .fill("/account", &[("display_name", "Shown Member")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(
        site.visitor()
            .get(&format!("/members/{shown}"))
            .await
            .status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
}

/// Opens a public thread as `m` and returns its path.
async fn open_thread(m: &mut Visitor, title: &str, space: &str) -> String {
    let r = m
        .start_thread(&[("title", title), ("body", title), ("pillar", space)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{title}: {}", r.body);
    location(&r)
}

/// Staff press one of the thread page's forms.
async fn staff_post(v: &mut Visitor, thread: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
    v.submit(thread, &format!("{thread}/{action}"), fields)
        .await
}

async fn audit_actions(site: &Site, thread: &str) -> Vec<String> {
    let id = thread.rsplit('/').next().unwrap();
    moderation::audit_log(&site.db, Some(("thread", id)), 20)
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.change.action)
        .collect()
}

db_test!(a_hidden_thread_is_gone_from_every_public_place);
async fn a_hidden_thread_is_gone_from_every_public_place(site: Site) {
    const MARK: &str = "Qxhiddenthreadqx";
    let b = site.backend;
    // Its author has a public profile, so that page is crawled too.
    let mut m = site.logged_in("author@example.org", Role::Member).await;
    let r = m
        .fill(
            "/account",
            &[("display_name", "Thread Author"), ("profile_public", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let thread = open_thread(&mut m, &format!("{MARK} title"), "prevention").await;
    open_thread(&mut m, "Another thread", "prevention").await;
    let found = site
        .visitor()
        .get(&format!("/api/v1/search?q={MARK}"))
        .await;
    assert!(
        found.json()["total"].as_u64().unwrap_or(0) >= 1,
        "{b}: found before it is hidden: {}",
        found.body
    );

    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = staff_post(&mut m, &thread, "hide", &[("hidden", "1")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: members cannot hide");
    let r = staff_post(&mut ed, &thread, "hide", &[("hidden", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    let lower = MARK.to_lowercase();
    let mut reader = site.logged_in("reader@example.org", Role::Member).await;
    for (who, v) in [("visitor", &mut site.visitor()), ("member", &mut reader)] {
        assert_eq!(
            v.get(&thread).await.status,
            StatusCode::NOT_FOUND,
            "{b}: {who}"
        );
        let pages = crawl(v, &extras(MARK)).await;
        assert!(
            pages.iter().any(|(p, _)| p.starts_with("/members/")),
            "{b}: {who}: the author's profile is part of the crawl"
        );
        for (path, r) in &pages {
            // The query itself is echoed by search; the title is not (highlights aside).
            let body = r.body.replace("<mark>", "").replace("</mark>", "");
            assert!(
                !body.to_lowercase().contains(&format!("{lower} title")),
                "{b}: {who}: the hidden thread shows at {path}"
            );
            for end in ['"', '#'] {
                let link = format!("{thread}{end}");
                assert!(!body.contains(&link), "{b}: {who}: linked at {path}");
            }
        }
    }
    // Staff still see it, marked.
    let page = ed.get(&thread).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(
        page.text().contains("only editors and admins can see it"),
        "{b}"
    );
    let list = ed.get("/community?space=prevention").await.text();
    assert!(
        list.contains(&format!("{MARK} title")) && list.contains("hidden"),
        "{b}"
    );
    // Shown again, it is found again.
    let r = staff_post(&mut ed, &thread, "hide", &[("hidden", "0")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let found = site
        .visitor()
        .get(&format!("/api/v1/search?q={MARK}"))
        .await;
    assert!(found.json()["total"].as_u64().unwrap_or(0) >= 1, "{b}");
    assert_eq!(audit_actions(&site, &thread).await, ["show", "hide"], "{b}");
}

db_test!(staff_lock_pin_and_move_whole_threads);
async fn staff_lock_pin_and_move_whole_threads(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let older = open_thread(&mut m, "Older welcome thread", "general").await;
    // A moment later, so the newer one would lead the list by its activity.
    site.clock.advance(time::Duration::minutes(5));
    open_thread(&mut m, "Newer chatter thread", "general").await;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;

    // Pinned: first in its space although the other thread is newer.
    let list = site.visitor().get("/community?space=general").await.text();
    assert!(
        list.find("Newer chatter") < list.find("Older welcome"),
        "{b}: latest activity first"
    );
    let r = staff_post(&mut ed, &older, "pin", &[("pinned", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let list = site.visitor().get("/community?space=general").await.text();
    assert!(
        list.find("Older welcome") < list.find("Newer chatter"),
        "{b}: pinned first"
    );
    assert!(list.contains("pinned"), "{b}");

    // Locked: the reply form gives way to a notice, and a reply sent anyway is refused.
    let r = staff_post(&mut ed, &older, "lock", &[("locked", "1")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let page = m.get(&older).await;
    assert!(page.text().contains("This discussion is locked"), "{b}");
    assert!(!page.body.contains("/replies\""), "{b}: no reply form");
    let r = m
        .submit(&older, &format!("{older}/replies"), &[("body", "late")])
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");

    // Moved: listed in the new space, gone from the old one, same URL.
    let r = staff_post(&mut ed, &older, "move", &[("space", "nowhere")]).await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}: an unknown space");
    let r = staff_post(&mut ed, &older, "move", &[("space", "victim-support")]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(location(&r), older, "{b}");
    let mut anon = site.visitor();
    let moved = anon.get("/community?space=victim-support").await.text();
    assert!(moved.contains("Older welcome"), "{b}");
    let general = anon.get("/community?space=general").await.text();
    assert!(!general.contains("Older welcome"), "{b}");
    let page = anon.get(&older).await;
    assert_eq!(page.status, StatusCode::OK, "{b}: the old URL still works");
    assert!(
        page.body.contains("/community?space=victim-support"),
        "{b}: its breadcrumb names the new space"
    );
    // The search facet follows the move: the thread is found under its new pillar.
    let found = anon
        .get("/api/v1/search?q=Older+welcome&pillar=victim-support")
        .await;
    assert!(
        found.body.contains("\"title\":\"Older welcome thread\""),
        "{b}: search follows the move: {}",
        found.body
    );

    // Members see none of the staff forms and cannot use them.
    let page = m.get(&older).await;
    for action in ["hide", "pin", "move", "lock"] {
        assert!(
            !page.body.contains(&format!("{older}/{action}\"")),
            "{b}: {action} form"
        );
    }
    let r = staff_post(&mut m, &older, "pin", &[("pinned", "0")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    assert_eq!(
        audit_actions(&site, &older).await,
        ["move", "lock", "pin"],
        "{b}"
    );
}
