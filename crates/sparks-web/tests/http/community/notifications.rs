//! Issue #17, point 1: notifications. Three members, an editor and an admin: who is told of
//! a reply, a mention, a decision and a waiting proposal or report — on `/notifications`, in
//! the account menu and by email (in their language) — and who is not; the choice per kind
//! (at once, daily digest, off); the one-click stop of a mail (RFC 8058); the private feed
//! with and without its secret and after it is revoked; two servers on one database mailing
//! each notification once; the export and erasure.

use std::collections::HashMap;

use axum::http::{Method, StatusCode};
use sparks_store::accounts::Role;
use sparks_store::notifications::{self, Kind, NewNotification};
use sparks_store::{Sql, db_test};

use crate::common::browser::{ORIGIN, Site, Visitor, emails_in, link_in, location, value_after};

/// The body of a mail (after its headers).
fn body_of(mail: &str) -> &str {
    mail.split_once("\r\n\r\n")
        .or_else(|| mail.split_once("\n\n"))
        .map_or(mail, |(_, b)| b)
}

/// The one-click stop link in a mail's body, as a path.
fn stop_link(mail: &str) -> String {
    link_in(body_of(mail), &format!("{ORIGIN}/notifications/stop"))
        .trim_start_matches(ORIGIN)
        .to_owned()
}

/// Posts to a one-click stop link as a mail client does (RFC 8058): no cookie, no token.
async fn one_click(client: &mut Visitor, path: &str) -> crate::common::Reply {
    client
        .send(
            Method::POST,
            path,
            Some("List-Unsubscribe=One-Click".into()),
            None,
        )
        .await
}

/// What `account_id` chose for `kind`.
async fn choice(site: &Site, account_id: i64, kind: Kind) -> notifications::Delivery {
    notifications::preference(&site.db, account_id, kind)
        .await
        .unwrap()
}

/// The account id of `email`.
async fn id_of(site: &Site, email: &str) -> i64 {
    sparks_store::accounts::by_email(&site.db, email)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Posts a reply to `thread` (a path) as `v`.
async fn reply(v: &mut Visitor, thread: &str, body: &str) {
    let r = v
        .submit(thread, &format!("{thread}/replies"), &[("body", body)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "reply: {}", r.body);
}

/// The id of the first notification on `/notifications` with a mark-read button.
fn first_unread(page: &str) -> String {
    let end = page.find("/read\"").unwrap();
    page[..end].rsplit('/').next().unwrap().to_owned()
}

/// A member's new session (a session idles out while a test moves the clock by hours).
async fn log_in_again(site: &Site, email: &str) -> Visitor {
    let mut v = site.visitor();
    let r = v.log_in(email, crate::common::browser::PASSWORD).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", site.backend);
    v
}

/// The kinds of `email`'s notifications, newest first.
async fn kinds_of(site: &Site, email: &str) -> Vec<Kind> {
    let id = id_of(site, email).await;
    notifications::list(&site.db, id, 100)
        .await
        .unwrap()
        .into_iter()
        .map(|n| n.kind)
        .collect()
}

db_test!(replies_mentions_decisions_and_waiting_work_tell_the_right_people);
async fn replies_mentions_decisions_and_waiting_work_tell_the_right_people(site: Site) {
    let b = site.backend;
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let mut bo = site.logged_in("bo@example.org", Role::Member).await;
    let mut cy = site.logged_in("cy@example.org", Role::Member).await;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let mut ad = site.logged_in("ad@example.org", Role::Admin).await;
    // Cy reads the site in Polish: mail to Cy speaks it.
    assert_eq!(cy.get("/about?lang=pl").await.status, StatusCode::OK, "{b}");

    let r = ana
        .start_thread(&[
            ("title", "Safer schools"),
            ("body", "What works?"),
            ("pillar", "general"),
        ])
        .await;
    let thread = location(&r);
    // Bo answers and mentions Cy; Ana, who started it, gets a reply; Bo, the author,
    // nothing; Cy a mention (not having posted, no reply).
    reply(&mut bo, &thread, "Ask @cy, and mail x@ana.org").await;
    site.mail_delivered().await;
    assert_eq!(
        kinds_of(&site, "ana@example.org").await,
        [Kind::Reply],
        "{b}"
    );
    assert_eq!(
        kinds_of(&site, "cy@example.org").await,
        [Kind::Mention],
        "{b}"
    );
    assert!(kinds_of(&site, "bo@example.org").await.is_empty(), "{b}");
    // Ana replies: Bo, who posted, is told; Cy, who only was mentioned, is not.
    reply(&mut ana, &thread, "Thanks").await;
    site.mail_delivered().await;
    assert_eq!(
        kinds_of(&site, "bo@example.org").await,
        [Kind::Reply],
        "{b}"
    );
    assert_eq!(kinds_of(&site, "cy@example.org").await.len(), 1, "{b}");
    assert_eq!(kinds_of(&site, "ana@example.org").await.len(), 1, "{b}");

    // The page lists it, linking to the post; the menu of every page counts it.
    let page = ana.get("/notifications").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(page.text().contains("Safer schools"), "{b}");
    assert!(page.body.contains(&format!("href=\"{thread}#post-")), "{b}");
    let about = ana.get("/about").await;
    assert!(
        about.body.contains("class=\"badge\">1<"),
        "{b}: {}",
        about.body
    );
    // Emails: one each, in the member's language, with the link and a one-click stop.
    let to_ana = site.emails_to("ana@example.org").await;
    assert_eq!(to_ana.len(), 1, "{b}");
    assert!(
        to_ana[0].contains(&format!("{ORIGIN}{thread}#post-")),
        "{b}"
    );
    assert!(
        to_ana[0].contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click"),
        "{b}: {}",
        to_ana[0]
    );
    assert!(to_ana[0].contains("List-Unsubscribe: <"), "{b}");
    let to_cy = site.emails_to("cy@example.org").await;
    assert_eq!(to_cy.len(), 1, "{b}");
    assert!(
        to_cy[0].contains("Wzmianka"),
        "{b}: in Polish: {}",
        to_cy[0]
    );
    assert_eq!(site.emails_to("bo@example.org").await.len(), 1, "{b}");
    assert!(site.emails_to("ed@example.org").await.is_empty(), "{b}");

    // Mark one read, then all.
    let id = first_unread(&page.body);
    assert!(id.parse::<i64>().is_ok(), "{b}: {id}");
    let r = ana
        .submit("/notifications", &format!("/notifications/{id}/read"), &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(
        !ana.get("/about").await.body.contains("class=\"badge\""),
        "{b}"
    );
    // Nobody marks another's notification.
    let r = bo
        .submit("/notifications", &format!("/notifications/{id}/read"), &[])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
    reply(&mut bo, &thread, "And more").await;
    reply(&mut cy, &thread, "Me too").await;
    assert!(
        ana.get("/about").await.body.contains("class=\"badge\">2<"),
        "{b}"
    );
    let r = ana
        .submit("/notifications", "/notifications/read-all", &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let ana_id = id_of(&site, "ana@example.org").await;
    assert_eq!(
        notifications::unread_count(&site.db, ana_id).await.unwrap(),
        0,
        "{b}"
    );

    // A report waits: the editor and the admin are told, the reporter is not.
    let page = cy.get(&thread).await;
    let post = value_after(&page.body, "action=\"/community/posts/", '/');
    let r = cy
        .submit(
            &thread,
            &format!("/community/posts/{post}/report"),
            &[("reason", "off topic")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    // A proposal waits.
    let r = cy
        .fill(
            "/submit/resource",
            &[("title", "Helpline guide"), ("type", "report")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    site.mail_delivered().await;
    for staff in ["ed@example.org", "ad@example.org"] {
        assert_eq!(
            kinds_of(&site, staff).await,
            [Kind::Waiting, Kind::Waiting],
            "{b}: {staff}"
        );
        let mails = site.emails_to(staff).await;
        assert_eq!(mails.len(), 2, "{b}: {staff}");
        assert!(
            mails.iter().any(|m| m.contains("Helpline guide")),
            "{b}: {staff}"
        );
    }
    assert!(
        !kinds_of(&site, "cy@example.org")
            .await
            .contains(&Kind::Waiting),
        "{b}"
    );
    assert!(
        ed.get("/notifications")
            .await
            .text()
            .contains("Helpline guide"),
        "{b}"
    );
    assert!(
        ad.get("/notifications")
            .await
            .text()
            .contains("Waiting for review"),
        "{b}"
    );

    // The editor declines it: Cy is told, with the reason, once.
    let r = ed
        .decide_first(&[("decision", "reject"), ("reason", "Needs a source.")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let to_cy = site.emails_to("cy@example.org").await;
    assert_eq!(to_cy.len(), 2, "{b}");
    assert!(to_cy[1].contains("Needs a source."), "{b}: {}", to_cy[1]);
    assert_eq!(
        kinds_of(&site, "cy@example.org").await[0],
        Kind::Decision,
        "{b}"
    );
    assert!(
        kinds_of(&site, "bo@example.org")
            .await
            .iter()
            .all(|k| *k == Kind::Reply),
        "{b}"
    );
}

db_test!(preferences_off_digest_and_one_click_stop);
async fn preferences_off_digest_and_one_click_stop(site: Site) {
    let b = site.backend;
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let mut bo = site.logged_in("bo@example.org", Role::Member).await;
    // Defaults: replies at once, what one follows in the digest.
    let page = ana.get("/notifications").await;
    assert!(
        page.body.contains(
            "id=\"pref_reply-immediate\" name=\"pref_reply\" value=\"immediate\" checked"
        ),
        "{b}"
    );
    assert!(
        page.body.contains(
            "id=\"pref_followed-digest\" name=\"pref_followed\" value=\"digest\" checked"
        ),
        "{b}"
    );
    // An unknown choice is refused and nothing changes.
    let r = ana
        .submit(
            "/notifications",
            "/notifications/preferences",
            &[("pref_reply", "off"), ("pref_mention", "hourly")],
        )
        .await;
    assert_eq!(r.status, StatusCode::BAD_REQUEST, "{b}");
    let r = ana
        .submit(
            "/notifications",
            "/notifications/preferences",
            &[("pref_reply", "off"), ("pref_mention", "digest")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let page = ana.get(&location(&r)).await;
    assert!(page.text().contains("Your choices are saved."), "{b}");
    assert!(
        page.body
            .contains("id=\"pref_reply-off\" name=\"pref_reply\" value=\"off\" checked"),
        "{b}"
    );

    let r = ana
        .start_thread(&[("title", "Digest me"), ("body", "x"), ("pillar", "general")])
        .await;
    let thread = location(&r);
    reply(&mut bo, &thread, "A reply: no mail, replies are off").await;
    reply(&mut bo, &thread, "Hello @ana, for the digest").await;
    site.mail_delivered().await;
    assert_eq!(
        kinds_of(&site, "ana@example.org").await,
        [Kind::Mention, Kind::Reply],
        "{b}: listed whatever the mail choice"
    );
    assert!(site.emails_to("ana@example.org").await.is_empty(), "{b}");
    // The digest goes after midnight, once.
    site.clock.advance(time::Duration::hours(13));
    site.mail_signal.wake();
    let mails = site.wait_for_emails_to("ana@example.org", 1).await;
    site.mail_delivered().await;
    site.mail_signal.wake();
    site.mail_delivered().await;
    let mails_after = site.emails_to("ana@example.org").await;
    assert_eq!(mails_after.len(), 1, "{b}: one digest");
    assert!(mails[0].contains("Digest me"), "{b}");
    assert!(mails[0].contains("Mention"), "{b}");
    assert!(mails[0].contains("notification today"), "{b}: {}", mails[0]);
    assert!(mails[0].contains("List-Unsubscribe-Post"), "{b}");

    let mut ana = log_in_again(&site, "ana@example.org").await;
    let mut bo = log_in_again(&site, "bo@example.org").await;
    // Back to mail at once; a reply mails; its one-click stop (no cookie, no CSRF token, as
    // a mail client posts it) turns replies off; the next reply mails nothing.
    let r = ana
        .submit(
            "/notifications",
            "/notifications/preferences",
            &[("pref_reply", "immediate")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    reply(&mut bo, &thread, "Mailed at once").await;
    let mails = site.emails_to("ana@example.org").await;
    assert_eq!(mails.len(), 2, "{b}");
    let stop = stop_link(&mails[1]);
    assert!(stop.contains("kind=reply"), "{b}: {stop}");
    let mut client = site.visitor();
    // A tampered link changes nothing.
    let forged = stop.replace("kind=reply", "kind=mention");
    let r = one_click(&mut client, &forged).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    // Opening the link only shows a button.
    let r = client.get(&stop).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let ana_id = id_of(&site, "ana@example.org").await;
    assert_eq!(
        choice(&site, ana_id, Kind::Reply).await,
        notifications::Delivery::Immediate,
        "{b}"
    );
    let r = one_click(&mut client, &stop).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert_eq!(
        choice(&site, ana_id, Kind::Reply).await,
        notifications::Delivery::Off,
        "{b}"
    );
    assert_eq!(
        choice(&site, ana_id, Kind::Mention).await,
        notifications::Delivery::Digest,
        "{b}: only that kind"
    );
    reply(&mut bo, &thread, "Not mailed").await;
    assert_eq!(site.emails_to("ana@example.org").await.len(), 2, "{b}");
}

db_test!(the_private_feed_needs_its_secret_and_dies_when_revoked);
async fn the_private_feed_needs_its_secret_and_dies_when_revoked(site: Site) {
    let b = site.backend;
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let mut bo = site.logged_in("bo@example.org", Role::Member).await;
    let r = ana
        .start_thread(&[("title", "Feed me"), ("body", "x"), ("pillar", "general")])
        .await;
    let thread = location(&r);
    reply(&mut bo, &thread, "An answer").await;

    let r = ana
        .submit("/notifications", "/notifications/feed", &[])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let url = value_after(&r.body, "readonly value=\"", '"');
    assert!(
        url.starts_with(&format!("{ORIGIN}/notifications/feed/")),
        "{b}: {url}"
    );
    let path = url.trim_start_matches(ORIGIN).to_owned();
    // Without a cookie, as a feed reader asks.
    let mut reader = site.visitor();
    let r = reader.get(&path).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(r.content_type().starts_with("application/atom+xml"), "{b}");
    assert!(r.text().contains("Feed me"), "{b}");
    let cache = r.headers["cache-control"].to_str().unwrap();
    assert!(
        cache.contains("no-store") && cache.contains("private"),
        "{b}: {cache}"
    );
    // Bo's notifications are not in it; a wrong or missing secret finds nothing.
    assert!(!r.text().contains(&format!("{ORIGIN}/account")), "{b}");
    for wrong in [
        "/notifications/feed/nope.xml",
        "/notifications/feed/.xml",
        "/notifications/feed/",
    ] {
        let r = reader.get(wrong).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {wrong}");
    }
    // The secret is shown once: the page afterwards does not hold it.
    let page = ana.get("/notifications").await;
    assert!(!page.body.contains(&path), "{b}");
    assert!(page.text().contains("Make a new address"), "{b}");
    // A new address replaces it.
    let r = ana
        .submit("/notifications", "/notifications/feed", &[])
        .await;
    let newer = value_after(&r.body, "readonly value=\"", '"')
        .trim_start_matches(ORIGIN)
        .to_owned();
    assert_ne!(newer, path, "{b}");
    assert_eq!(reader.get(&path).await.status, StatusCode::NOT_FOUND, "{b}");
    assert_eq!(reader.get(&newer).await.status, StatusCode::OK, "{b}");
    // Revoked: gone, also for the page cache.
    let r = ana
        .submit("/notifications", "/notifications/feed/revoke", &[])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(
        reader.get(&newer).await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    // The feed pages need a member.
    let r = reader.get("/notifications").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
}

db_test!(
    two_servers_mail_each_notification_once,
    flavor = "multi_thread",
    worker_threads = 2
);
async fn two_servers_mail_each_notification_once(site: Site) {
    let b = site.backend;
    // A second server on the same database, with its own mail worker and outbox folder.
    let other = site.second_server();
    let mut expected: HashMap<String, usize> = HashMap::new();
    let now = site.clock.unix();
    for n in 0..12 {
        let email = format!("m{n}@example.org");
        site.account(&email, Role::Member).await;
        let id = id_of(&site, &email).await;
        // Half of them take the digest.
        if n % 2 == 1 {
            notifications::set_preference(
                &site.db,
                id,
                Kind::Reply,
                notifications::Delivery::Digest,
            )
            .await
            .unwrap();
        }
        for k in 0..3 {
            let title = format!("note {k}");
            let note = NewNotification {
                account_id: id,
                kind: Kind::Reply,
                title: &title,
                link: "/community",
            };
            notifications::create(&site.db, &note, now).await.unwrap();
        }
        // Three mails at once, or one digest.
        expected.insert(email, if n % 2 == 1 { 1 } else { 3 });
    }
    // And one made by a request on the second server.
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let r = ana
        .start_thread(&[
            ("title", "Two servers"),
            ("body", "x"),
            ("pillar", "general"),
        ])
        .await;
    let thread = location(&r);
    site.account("bo@example.org", Role::Member).await;
    let mut bo = other.visitor();
    let r = bo
        .log_in("bo@example.org", crate::common::browser::PASSWORD)
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    reply(&mut bo, &thread, "From the other server").await;
    expected.insert("ana@example.org".into(), 1);
    // Both servers wake at once, now and after midnight for the digests.
    site.mail_signal.wake();
    other.mail_signal.wake();
    site.mail_delivered().await;
    site.clock.advance(time::Duration::hours(13));
    site.mail_signal.wake();
    other.mail_signal.wake();
    // Wait until the digests are queued (both workers poll), then sent.
    let start = std::time::Instant::now();
    loop {
        let left = site
            .db
            .count(Sql::new(
                "SELECT COUNT(*) AS n FROM notifications WHERE delivery = 'digest'",
            ))
            .await
            .unwrap();
        if left == 0 {
            break;
        }
        assert!(
            start.elapsed() < std::time::Duration::from_secs(20),
            "{b}: digests"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    site.mail_delivered().await;

    let mut sent: HashMap<String, usize> = HashMap::new();
    for m in site
        .sent_emails()
        .into_iter()
        .chain(emails_in(other.outbox.path()))
    {
        let to = m
            .lines()
            .find_map(|l| l.strip_prefix("To: "))
            .unwrap()
            .trim()
            .to_owned();
        *sent.entry(to).or_default() += 1;
    }
    assert_eq!(sent, expected, "{b}: each notification mailed once");
}

db_test!(the_export_holds_notifications_and_erasure_removes_them);
async fn the_export_holds_notifications_and_erasure_removes_them(site: Site) {
    let b = site.backend;
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let mut bo = site.logged_in("bo@example.org", Role::Member).await;
    let r = ana
        .start_thread(&[("title", "Export me"), ("body", "x"), ("pillar", "general")])
        .await;
    let thread = location(&r);
    reply(&mut bo, &thread, "Hi").await;
    ana.submit(
        "/notifications",
        "/notifications/preferences",
        &[("pref_mention", "off")],
    )
    .await;
    ana.submit("/notifications", "/notifications/feed", &[])
        .await;
    let export = ana.get("/account/export").await.json();
    let notes = export["notifications"].as_array().unwrap();
    assert_eq!(notes.len(), 1, "{b}");
    assert_eq!(notes[0]["kind"], "reply", "{b}");
    assert_eq!(notes[0]["title"], "Export me", "{b}");
    assert_eq!(export["notification_preferences"]["mention"], "off", "{b}");
    assert_eq!(
        export["notification_preferences"]["reply"], "immediate",
        "{b}"
    );
    assert_eq!(export["notification_feed"], true, "{b}");
    assert_eq!(export["account"]["language"], "en", "{b}");

    let ana_id = id_of(&site, "ana@example.org").await;
    let r = ana
        .submit(
            "/account/delete",
            "/account/delete",
            &[("password", crate::common::browser::PASSWORD)],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    for table in ["notifications", "notification_preferences"] {
        let mut sql = Sql::new(&format!(
            "SELECT COUNT(*) AS n FROM {table} WHERE account_id = "
        ));
        sql.push_arg(ana_id);
        assert_eq!(site.db.count(sql).await.unwrap(), 0, "{b}: {table}");
    }
}
