//! Issues #17 points 1 and 3 together: a notification carries a thread's title and link, so
//! for an expert group's thread only the group's members are told of mentions and replies,
//! and a report there is not announced to staff outside the group.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::{db_test, notifications};

use crate::common::browser::{Site, location, value_after};

const GROUP: &str = "/groups/therapists";

async fn notifications_of(site: &Site, email: &str) -> Vec<notifications::Notification> {
    let id = sparks_store::accounts::by_email(&site.db, email)
        .await
        .unwrap()
        .unwrap()
        .id;
    notifications::list(&site.db, id, 100).await.unwrap()
}

db_test!(a_group_threads_mentions_replies_and_reports_stay_in_the_group);
async fn a_group_threads_mentions_replies_and_reports_stay_in_the_group(site: Site) {
    let b = site.backend;
    let mut admin = site.logged_in("admin@example.org", Role::Admin).await;
    let mut inside = site.logged_in("inside@example.org", Role::Member).await;
    let mut peer = site.logged_in("peer@example.org", Role::Member).await;
    let mut outside = site.logged_in("outside@example.org", Role::Member).await;
    let _editor = site.logged_in("ed@example.org", Role::Editor).await;
    let r = admin
        .fill(
            "/admin/groups",
            &[
                ("name", "Therapists"),
                ("group_description", "Therapists and helpline staff."),
                ("join_policy", "request"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let admin_page = location(&r);
    for who in ["inside@example.org", "peer@example.org"] {
        let r = admin
            .submit(
                &admin_page,
                &format!("{admin_page}/members"),
                &[("email", who), ("group_role", "member")],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    }
    // `outside` posted in the general space: a participant anywhere else is no reader here.
    let r = inside
        .submit(
            GROUP,
            &format!("{GROUP}/threads"),
            &[
                ("title", "Closed case 8812"),
                ("body", "Asking @outside and @peer about case 8812."),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let thread = location(&r);
    let r = peer
        .submit(
            &thread,
            &format!("{thread}/replies"),
            &[("body", "Thanks @inside, and @outside should see this 8812.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = inside.get(&thread).await;
    let post = value_after(&page.body, "action=\"/community/posts/", '/');
    let r = inside
        .submit(
            &thread,
            &format!("/community/posts/{post}/report"),
            &[("reason", "needs a look 8812")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");

    // Inside the group: the reply reaches its starter.
    let told = notifications_of(&site, "inside@example.org").await;
    assert!(
        told.iter().any(|n| n.title.contains("8812")),
        "{b}: {told:?}"
    );
    // Outside it: nothing at all, neither the mention nor the report.
    for who in ["outside@example.org", "ed@example.org", "admin@example.org"] {
        let told = notifications_of(&site, who).await;
        assert!(
            told.iter()
                .all(|n| !n.title.contains("8812") && !n.link.contains(&thread)),
            "{b}: {who} was told of the group thread: {told:?}"
        );
    }
    let page = outside.get("/notifications").await.text();
    assert!(!page.contains("8812"), "{b}");
}
