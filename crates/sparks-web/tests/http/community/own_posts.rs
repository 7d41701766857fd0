//! Issue #17, point 4: members edit and delete their own posts (opening posts and replies),
//! staff see every earlier version, a deleted post leaves a placeholder and its text is gone
//! from the thread, search and the API, members cannot change others' posts nor posts in
//! locked or hidden threads, and quote-reply works without JavaScript. Two members (Alice,
//! Bob) and an editor.

use axum::http::{Method, StatusCode};
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::Reply;
use crate::common::browser::{ORIGIN, Site, Visitor, encode, location};

/// Opens a public thread as `v`; gives back its id and its opening post's id.
async fn open_thread(v: &mut Visitor, title: &str, body: &str) -> (i64, i64) {
    let r = v
        .start_thread(&[("title", title), ("body", body), ("pillar", "prevention")])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    let thread: i64 = location(&r)
        .trim_start_matches("/community/threads/")
        .parse()
        .unwrap();
    let page = v.get(&format!("/community/threads/{thread}")).await;
    (thread, post_ids(&page.body)[0])
}

/// The ids of the posts on a thread page, in order.
fn post_ids(body: &str) -> Vec<i64> {
    body.split("id=\"post-")
        .skip(1)
        .map(|rest| rest.split('"').next().unwrap().parse().unwrap())
        .collect()
}

/// Replies to thread `thread` as `v`; gives back the new post's id.
async fn reply(v: &mut Visitor, thread: i64, body: &str) -> i64 {
    let page = format!("/community/threads/{thread}");
    let r = v
        .submit(&page, &format!("{page}/replies"), &[("body", body)])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{}", r.body);
    location(&r)
        .rsplit("#post-")
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Posts `fields` to `action` with a valid CSRF token taken from `page` of `v`'s own.
async fn post_from(v: &mut Visitor, page: &str, action: &str, fields: &[(&str, &str)]) -> Reply {
    v.submit(page, action, fields).await
}

/// Whether the site search (page and API) finds `word`.
async fn found(site: &Site, word: &str) -> bool {
    let mut anon = site.visitor();
    let page = anon.get(&format!("/search?q={word}")).await;
    let api = anon.get(&format!("/api/v1/search?q={word}")).await;
    assert_eq!(api.status, StatusCode::OK, "{}", api.body);
    let in_api = api.json()["hits"]
        .as_array()
        .is_some_and(|h| h.iter().any(|hit| hit["type"] == "thread"));
    let in_page = page.body.contains("/community/threads/");
    assert_eq!(
        in_page, in_api,
        "{}: page and API agree on {word}",
        site.backend
    );
    in_api
}

db_test!(members_edit_and_delete_their_own_posts_and_staff_see_the_history);
async fn members_edit_and_delete_their_own_posts_and_staff_see_the_history(site: Site) {
    let b = site.backend;
    let mut alice = site.logged_in("alice@example.org", Role::Member).await;
    let mut bob = site.logged_in("bob@example.org", Role::Member).await;
    let mut staff = site.logged_in("editor@example.org", Role::Editor).await;
    let (thread, opening) = open_thread(
        &mut alice,
        "Helplines across borders",
        "First words about zebrafinch helplines.",
    )
    .await;
    let thread_path = format!("/community/threads/{thread}");
    let bobs = reply(&mut bob, thread, "Bob answers about quokka referrals.").await;
    assert!(
        found(&site, "zebrafinch").await,
        "{b}: the opening post is searchable"
    );

    // Alice sees edit and delete links on her post only.
    let page = alice.get(&thread_path).await;
    assert!(
        page.body
            .contains(&format!("/community/posts/{opening}/edit")),
        "{b}"
    );
    assert!(
        !page.body.contains(&format!("/community/posts/{bobs}/edit")),
        "{b}"
    );

    // Alice corrects her opening post.
    let edit = format!("/community/posts/{opening}/edit");
    let form = alice.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK, "{b}: {}", form.body);
    assert!(
        form.text()
            .contains("First words about zebrafinch helplines."),
        "{b}"
    );
    let r = alice
        .fill(
            &edit,
            &[("body", "Corrected words about kingfisher helplines.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(location(&r), format!("{thread_path}#post-{opening}"), "{b}");
    // An empty text is refused with the form again, nothing lost.
    let r = alice.fill(&edit, &[("body", "   ")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(r.body.contains("error-summary"), "{b}");

    let page = site.visitor().get(&thread_path).await;
    let text = page.text();
    assert!(text.contains("Corrected words about kingfisher"), "{b}");
    assert!(
        !text.contains("zebrafinch"),
        "{b}: the old text is not public"
    );
    assert!(text.contains("edited "), "{b}: the page says it was edited");
    assert!(
        found(&site, "kingfisher").await,
        "{b}: search has the new text"
    );
    assert!(!found(&site, "zebrafinch").await, "{b}: and not the old");

    // Bob edits his reply too.
    let r = bob
        .fill(
            &format!("/community/posts/{bobs}/edit"),
            &[("body", "Bob answers about wombat referrals.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    // Bob cannot open, change or delete Alice's post.
    assert_eq!(bob.get(&edit).await.status, StatusCode::FORBIDDEN, "{b}");
    let own = format!("/community/posts/{bobs}/edit");
    let r = post_from(&mut bob, &own, &edit, &[("body", "Hijacked")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    let delete = format!("/community/posts/{opening}/delete");
    let r = post_from(&mut bob, &own, &delete, &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    // Alice's own change needs the form's CSRF token.
    let r = alice
        .send(
            Method::POST,
            &edit,
            Some(encode(&[("body", "No token")])),
            Some(ORIGIN),
        )
        .await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}: no CSRF token");
    // A visitor is not let in.
    let r = site.visitor().get(&edit).await;
    assert!(
        r.status == StatusCode::SEE_OTHER || r.status == StatusCode::FORBIDDEN,
        "{b}: {}",
        r.status
    );
    assert!(!r.body.contains("kingfisher"), "{b}");
    assert_eq!(
        alice.get("/community/posts/999999/edit").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );

    // The history: staff only.
    let history = format!("/community/posts/{opening}/history");
    assert_eq!(
        alice.get(&history).await.status,
        StatusCode::FORBIDDEN,
        "{b}"
    );
    assert_eq!(bob.get(&history).await.status, StatusCode::FORBIDDEN, "{b}");
    assert_ne!(
        site.visitor().get(&history).await.status,
        StatusCode::OK,
        "{b}"
    );
    let h = staff.get(&history).await;
    assert_eq!(h.status, StatusCode::OK, "{b}: {}", h.body);
    let t = h.text();
    assert!(
        t.contains("First words about zebrafinch helplines."),
        "{b}: {t}"
    );
    assert!(
        t.contains("Corrected words about kingfisher helplines."),
        "{b}"
    );
    assert!(t.contains("Written by alice"), "{b}: who wrote it");
    assert!(t.contains("replaced by alice"), "{b}: who changed it");
    let staff_page = staff.get(&thread_path).await;
    assert!(
        staff_page.body.contains(&history),
        "{b}: staff find the history"
    );
    assert!(
        !alice.get(&thread_path).await.body.contains(&history),
        "{b}"
    );
    assert_eq!(
        staff.get("/community/posts/999999/history").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );

    // Alice deletes her opening post: a placeholder stays, Bob's reply keeps its place.
    let r = alice.fill(&delete, &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = site.visitor().get(&thread_path).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    assert!(text.contains("This post was deleted by its author."), "{b}");
    assert!(!text.contains("kingfisher"), "{b}: the text is gone");
    assert_eq!(
        post_ids(&page.body),
        vec![opening, bobs],
        "{b}: replies keep their place"
    );
    assert!(text.contains("wombat referrals"), "{b}");
    assert!(!found(&site, "kingfisher").await, "{b}: gone from search");
    let h = staff.get(&history).await.text();
    assert!(
        !h.contains("zebrafinch") && !h.contains("kingfisher"),
        "{b}: {h}"
    );
    // Nothing more to change, and no one quotes it.
    assert_eq!(alice.get(&edit).await.status, StatusCode::NOT_FOUND, "{b}");
    let quote = bob
        .get(&format!("{thread_path}?quote={opening}"))
        .await
        .text();
    assert!(!quote.contains(&format!("#post-{opening})")), "{b}");
    // Her account's export has the post, without its text.
    let export = alice.get("/account/export").await.text();
    assert!(!export.contains("kingfisher"), "{b}");
}

db_test!(members_cannot_change_posts_in_locked_or_hidden_threads);
async fn members_cannot_change_posts_in_locked_or_hidden_threads(site: Site) {
    let b = site.backend;
    let mut alice = site.logged_in("alice@example.org", Role::Member).await;
    let mut staff = site.logged_in("editor@example.org", Role::Editor).await;
    let (thread, opening) = open_thread(&mut alice, "A heated thread", "Heated words.").await;
    let thread_path = format!("/community/threads/{thread}");
    let edit = format!("/community/posts/{opening}/edit");
    let delete = format!("/community/posts/{opening}/delete");
    assert_eq!(alice.get(&edit).await.status, StatusCode::OK, "{b}");

    let r = staff
        .submit(
            &thread_path,
            &format!("{thread_path}/lock"),
            &[("locked", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert!(
        !alice.get(&thread_path).await.body.contains(&edit),
        "{b}: no link"
    );
    assert_eq!(alice.get(&edit).await.status, StatusCode::FORBIDDEN, "{b}");
    // A form opened before the lock is refused too.
    let r = post_from(&mut alice, "/account", &edit, &[("body", "Calmer words.")]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    let r = post_from(&mut alice, "/account", &delete, &[]).await;
    assert_eq!(r.status, StatusCode::FORBIDDEN, "{b}");
    assert!(
        site.visitor()
            .get(&thread_path)
            .await
            .text()
            .contains("Heated words."),
        "{b}"
    );

    let r = staff
        .submit(
            &thread_path,
            &format!("{thread_path}/lock"),
            &[("locked", "0")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let r = staff
        .submit(
            &thread_path,
            &format!("{thread_path}/hide"),
            &[("hidden", "1")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    assert_eq!(alice.get(&edit).await.status, StatusCode::NOT_FOUND, "{b}");
    let r = post_from(&mut alice, "/account", &edit, &[("body", "Calmer words.")]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
    let r = post_from(&mut alice, "/account", &delete, &[]).await;
    assert_eq!(r.status, StatusCode::NOT_FOUND, "{b}");
    let staff_view = staff.get(&thread_path).await.text();
    assert!(staff_view.contains("Heated words."), "{b}: unchanged");
}

db_test!(quote_reply_fills_the_reply_form_without_javascript);
async fn quote_reply_fills_the_reply_form_without_javascript(site: Site) {
    let b = site.backend;
    let mut alice = site.logged_in("alice@example.org", Role::Member).await;
    let mut bob = site.logged_in("bob@example.org", Role::Member).await;
    let (thread, opening) = open_thread(
        &mut alice,
        "Quoting works",
        "Line one about otters.\n\nLine two about *badgers*.",
    )
    .await;
    let thread_path = format!("/community/threads/{thread}");
    let page = bob.get(&thread_path).await;
    let quote_link = format!("{thread_path}?quote={opening}#reply");
    assert!(
        page.body.contains(&quote_link),
        "{b}: a Quote link per post"
    );
    assert!(page.body.contains("id=\"reply\""), "{b}: the link's target");

    let page = bob.get(&format!("{thread_path}?quote={opening}")).await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let expected = format!(
        "> [alice wrote:](/community/threads/{thread}#post-{opening})\n>\n\
         > Line one about otters.\n>\n> Line two about *badgers*.\n\n"
    );
    // Askama writes `>` in a textarea as `&#62;`.
    let text = page.text().replace("&#62;", ">");
    let filled = text
        .split("<textarea")
        .nth(1)
        .and_then(|t| t.split_once('>'))
        .and_then(|(_, t)| t.split("</textarea>").next())
        .unwrap_or_default();
    assert!(filled.contains(&expected), "{b}: {filled}");
    // Sent as it is, it shows as a blockquote crediting Alice, with a link to her post.
    let r = bob
        .submit(
            &format!("{thread_path}?quote={opening}"),
            &format!("{thread_path}/replies"),
            &[("body", &format!("{expected}I agree."))],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = site.visitor().get(&thread_path).await;
    let body = &page.body;
    assert!(body.contains("<blockquote>"), "{b}: {body}");
    assert!(
        body.contains(&format!(
            "href=\"/community/threads/{thread}#post-{opening}\""
        )),
        "{b}"
    );
    // Visitors get no reply form, so no Quote link and nothing filled in; a bad or foreign
    // quote is ignored.
    assert!(!body.contains("?quote="), "{b}");
    let r = site
        .visitor()
        .get(&format!("{thread_path}?quote={opening}"))
        .await;
    assert!(!r.text().contains("> [alice wrote:]"), "{b}");
    for q in ["nope", "999999", "-1"] {
        let r = bob.get(&format!("{thread_path}?quote={q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{b}: {q}");
        assert!(!r.text().contains("wrote:]("), "{b}: {q}");
    }
}
