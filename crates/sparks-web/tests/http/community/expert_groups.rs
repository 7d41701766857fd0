//! Issue #17, point 3: expert groups. An admin creates a group and names a moderator;
//! members ask to join with a statement; the moderator approves one and declines another
//! with a reason, and each is told by mail (in the language they asked in); a member posts a
//! group thread, and a crawl of everything a visitor, a declined member and staff who are
//! not members can reach (pages, sitemap, feeds, search, API, the data export) finds it
//! nowhere, while its URL answers 404 for them. Leaving, invitation and erasure too.

use axum::http::StatusCode;
use sparks_store::accounts::{self, Role};
use sparks_store::{db_test, groups};

use super::profiles_and_threads::{crawl, extras};
use crate::common::browser::{PASSWORD, Site, Visitor, location, value_after};

/// Words found in the group thread only.
const MARK: &str = "Qxgroupsecretqx";
const GROUP: &str = "/groups/law-enforcement-practitioners";

/// `text` with quoted-printable escapes (`=C3=A9`) turned back into UTF-8.
fn unquote(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'=', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (c, _) => {
                out.push(c);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The id of the waiting request whose card names `who`, from the moderators' queue.
fn request_id(queue: &str, who: &str) -> String {
    let card = queue
        .split("<section class=\"pending\"")
        .find(|s| s.contains(who))
        .unwrap_or_else(|| panic!("no request of {who} in {queue}"));
    value_after(card, &format!("action=\"{GROUP}/requests/"), '"')
}

async fn ask(v: &mut Visitor, lang: &str, statement: &str) -> crate::common::Reply {
    v.submit(
        GROUP,
        &format!("{GROUP}/requests?lang={lang}"),
        &[("statement", statement)],
    )
    .await
}

db_test!(a_group_thread_is_read_by_the_group_only);
async fn a_group_thread_is_read_by_the_group_only(site: Site) {
    let b = site.backend;
    let mut admin = site.logged_in("admin@example.org", Role::Admin).await;
    let mut moderator = site.logged_in("mod@example.org", Role::Member).await;
    let mut a = site.logged_in("a@example.org", Role::Member).await;
    let mut member_b = site.logged_in("b@example.org", Role::Member).await;
    let mut staff = site.logged_in("staff@example.org", Role::Editor).await;

    // Only admins manage groups.
    let r = staff.get("/admin/groups").await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    let r = admin
        .fill(
            "/admin/groups",
            &[
                ("name", "Law enforcement practitioners"),
                ("group_description", ""),
                ("join_policy", "request"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.body.contains("aria-invalid=\"true\""), "{b}");
    let r = admin
        .fill(
            "/admin/groups",
            &[
                ("name", "Law enforcement practitioners"),
                ("group_description", "Police officers and investigators."),
                ("join_policy", "request"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let admin_page = location(&r);
    assert_eq!(admin_page, "/admin/groups/law-enforcement-practitioners");
    let r = admin
        .submit(
            &admin_page,
            &format!("{admin_page}/members"),
            &[("email", "nobody@example.org"), ("group_role", "moderator")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let r = admin
        .submit(
            &admin_page,
            &format!("{admin_page}/members"),
            &[("email", "mod@example.org"), ("group_role", "moderator")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    // The group is listed publicly, with its description.
    let list = site.visitor().get("/groups").await;
    assert_eq!(list.status, StatusCode::OK, "{b}");
    assert!(list.body.contains("Law enforcement practitioners"), "{b}");
    assert!(list.body.contains(&format!("href=\"{GROUP}\"")), "{b}");

    // A asks (in French), B asks (in English); an empty statement is refused, kept.
    let r = ask(&mut a, "fr", "").await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let r = ask(&mut a, "fr", "I am a police investigator in Lyon.").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let r = ask(&mut member_b, "en", "I would like to read along.").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let page = a.get(GROUP).await.text();
    assert!(page.contains("Your request to join is waiting"), "{b}");

    // Only the group's moderators (and admins) see the queue.
    for (who, v) in [("member", &mut member_b), ("staff", &mut staff)] {
        let r = v.get(&format!("{GROUP}/requests")).await;
        assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {who}");
    }
    let queue = moderator.get(&format!("{GROUP}/requests")).await;
    assert_eq!(queue.status, StatusCode::OK, "{b}");
    assert!(queue.text().contains("police investigator in Lyon"), "{b}");
    let id_a = request_id(&queue.body, ">a<");
    let id_b = request_id(&queue.body, ">b<");
    let queue_path = format!("{GROUP}/requests");
    let r = moderator
        .submit(
            &queue_path,
            &format!("{GROUP}/requests/{id_a}"),
            &[("decision", "approve")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    // Declining needs a reason; the form says so at the field.
    let r = moderator
        .submit(
            &queue_path,
            &format!("{GROUP}/requests/{id_b}"),
            &[("decision", "decline"), ("reason", " ")],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.body.contains(&format!("id=\"reason-{id_b}-error\"")),
        "{b}"
    );
    let r = moderator
        .submit(
            &queue_path,
            &format!("{GROUP}/requests/{id_b}"),
            &[
                ("decision", "decline"),
                ("reason", "The group is for serving officers."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");

    // Each is told by mail: A in French, B with the reason.
    let mails_a = site.emails_to("a@example.org").await;
    let welcome = unquote(mails_a.last().unwrap());
    assert!(
        welcome.contains("Votre demande pour rejoindre")
            && welcome.contains("https://sparks.example/groups/law-enforcement-practitioners"),
        "{b}: {welcome}"
    );
    let mails_b = site.emails_to("b@example.org").await;
    let declined = unquote(mails_b.last().unwrap());
    assert!(
        declined.contains("declined your request")
            && declined.contains("The group is for serving officers."),
        "{b}: {declined}"
    );

    // A posts in the group; the thread leads back to the group.
    let group_page = a.get(GROUP).await;
    assert!(
        group_page
            .body
            .contains("action=\"/groups/law-enforcement-practitioners/threads\""),
        "{b}"
    );
    let r = a
        .submit(
            GROUP,
            &format!("{GROUP}/threads"),
            &[
                ("title", &format!("{MARK} title")),
                ("body", &format!("{MARK} body about a case")),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let thread = location(&r);
    assert!(thread.starts_with("/community/threads/"), "{b}: {thread}");
    let page = a.get(&thread).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(page.body.contains(&format!("{MARK} body")), "{b}");
    assert!(page.body.contains(&format!("href=\"{GROUP}\"")), "{b}");
    let listed = a.get(GROUP).await.body;
    assert!(listed.contains(&format!("href=\"{thread}\"")), "{b}");
    // A reply, and a report that staff must not see in their queue.
    let r = a
        .submit(
            &thread,
            &format!("{thread}/replies"),
            &[("body", &format!("{MARK} reply"))],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let post = value_after(&page.body, "action=\"/community/posts/", '/');
    let r = a
        .submit(
            &thread,
            &format!("/community/posts/{post}/report"),
            &[("reason", "check this")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let queue = moderator.get(&queue_path).await.text();
    assert!(
        queue.contains(&format!("{MARK} body")),
        "{b}: the group's moderators see the report"
    );

    // Nobody outside the group finds it, anywhere.
    let lower = MARK.to_lowercase();
    let mut extra = extras(MARK);
    extra.extend(
        [
            "/news/feed.xml",
            "/community?space=general",
            "/admin/moderation",
            "/account/export",
            GROUP,
        ]
        .map(String::from),
    );
    let mut visitor = site.visitor();
    for (who, v) in [
        ("visitor", &mut visitor),
        ("declined member", &mut member_b),
        ("staff", &mut staff),
    ] {
        assert_eq!(
            v.get(&thread).await.status,
            StatusCode::NOT_FOUND,
            "{b}: {who}"
        );
        // Posting into it, reporting or moderating its posts answers as for no thread.
        if who != "visitor" {
            let r = v
                .submit(
                    "/community",
                    &format!("{thread}/replies"),
                    &[("body", "hi")],
                )
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {who}: reply");
            let r = v
                .submit(
                    "/community",
                    &format!("/community/posts/{post}/report"),
                    &[("reason", "x")],
                )
                .await;
            assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: {who}: report");
            let r = v
                .submit(
                    "/community",
                    &format!("{GROUP}/threads"),
                    &[("title", "t"), ("body", "b")],
                )
                .await;
            assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: {who}: new thread");
        }
        let pages = crawl(v, &extra).await;
        assert!(
            pages.iter().any(|(p, _)| p == "/groups"),
            "{b}: {who}: the group list is part of the crawl"
        );
        for (path, r) in &pages {
            let body = r.body.replace("<mark>", "").replace("</mark>", "");
            let body = body.to_lowercase();
            for words in ["title", "body", "reply"] {
                assert!(
                    !body.contains(&format!("{lower} {words}")),
                    "{b}: {who}: the group thread's {words} shows at {path}"
                );
            }
            for end in ['"', '#'] {
                assert!(
                    !r.body.contains(&format!("{thread}{end}")),
                    "{b}: {who}: linked at {path}"
                );
            }
        }
    }
    // Staff flags on it answer as for no thread.
    let r = staff
        .submit("/community", &format!("{thread}/hide"), &[("hidden", "1")])
        .await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}: staff hide");

    // The export of a member lists their group and their requests.
    let data = a.get("/account/export").await.json();
    assert_eq!(
        data["groups"][0]["group"], "law-enforcement-practitioners",
        "{b}: {data}"
    );
    assert_eq!(data["group_requests"][0]["status"], "approved", "{b}");
    let data = member_b.get("/account/export").await.json();
    assert_eq!(data["groups"].as_array().map(Vec::len), Some(0), "{b}");
    assert_eq!(data["group_requests"][0]["status"], "declined", "{b}");
    assert_eq!(
        data["group_requests"][0]["reason"], "The group is for serving officers.",
        "{b}"
    );

    // A leaves: the thread is closed to them too; an admin adds them back.
    let r = a.submit(GROUP, &format!("{GROUP}/leave"), &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(a.get(&thread).await.status, StatusCode::NOT_FOUND, "{b}");
    let r = admin
        .submit(
            &admin_page,
            &format!("{admin_page}/members"),
            &[("email", "a@example.org"), ("group_role", "member")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(a.get(&thread).await.status, StatusCode::OK, "{b}");

    // Erasing A's account takes their membership and request with it.
    let user_a = accounts::by_email(&site.db, "a@example.org")
        .await
        .unwrap()
        .unwrap()
        .id;
    let r = a.fill("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        groups::memberships_of(&site.db, user_a)
            .await
            .unwrap()
            .is_empty(),
        "{b}"
    );
    assert!(
        groups::requests_of(&site.db, user_a)
            .await
            .unwrap()
            .is_empty(),
        "{b}"
    );
    let group = groups::by_slug(&site.db, "law-enforcement-practitioners")
        .await
        .unwrap()
        .unwrap();
    let members = groups::members(&site.db, group.id).await.unwrap();
    assert_eq!(
        members,
        vec![("mod".to_owned(), "moderator".to_owned())],
        "{b}"
    );
}

db_test!(a_group_by_invitation_takes_no_requests);
async fn a_group_by_invitation_takes_no_requests(site: Site) {
    let b = site.backend;
    let mut admin = site.logged_in("admin@example.org", Role::Admin).await;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = admin
        .fill(
            "/admin/groups",
            &[
                ("name", "Therapists and helpline staff"),
                ("group_description", "For clinicians."),
                ("join_policy", "invitation"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let path = "/groups/therapists-and-helpline-staff";
    let page = m.get(path).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(page.text().contains("By invitation only"), "{b}");
    assert!(!page.body.contains("/requests\""), "{b}: no request form");
    let r = m
        .submit(
            path,
            &format!("{path}/requests"),
            &[("statement", "let me in")],
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    // The same name again is refused at its field.
    let r = admin
        .fill(
            "/admin/groups",
            &[
                ("name", "Therapists and helpline staff"),
                ("group_description", "Again."),
                ("join_policy", "invitation"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.text().contains("A group with this name exists already"),
        "{b}"
    );
    // An admin edits it: the description changes, the URL stays.
    let admin_page = "/admin/groups/therapists-and-helpline-staff";
    let r = admin
        .fill(
            admin_page,
            &[
                ("name", "Therapists and helpline staff"),
                ("group_description", "For clinicians and helpline staff."),
                ("join_policy", "request"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let page = m.get(path).await.text();
    assert!(page.contains("For clinicians and helpline staff."), "{b}");
    assert!(page.contains("Any confirmed member may ask to join"), "{b}");
}
