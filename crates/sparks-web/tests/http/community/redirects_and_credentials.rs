//! Issue #18, the redirect after login and the credentials around it: `next` never leads off
//! the site, reset links and password changes end the other reset links, passwords that are
//! the site's name, the account's own words or blank are refused, and a pending authenticator
//! enrolment survives a reload.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::db_test;
use time::Duration;

use crate::common::Reply;
use crate::common::browser::{
    ORIGIN, PASSWORD, Site, Visitor, link_in, location, token_in, value_after,
};

/// `next` values a login must not follow off the site: each is read by some browser as
/// another host, a script or another scheme, once tabs and newlines are dropped, backslashes
/// taken for slashes and dot segments resolved.
const HOSTILE_NEXT: &[&str] = &[
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\r\n/evil.example",
    "\t//evil.example",
    "/\t\\evil.example",
    "/\\evil.example",
    "\\/evil.example",
    "\\\\evil.example",
    "//evil.example",
    "///evil.example",
    "////evil.example/x",
    "/.//evil.example",
    "/..//evil.example",
    "/./\\evil.example",
    "  //evil.example",
    "\u{1}//evil.example",
    "//evil.example\u{0}",
    "%2F%2Fevil.example",
    "/%2F%2Fevil.example",
    "%5C%5Cevil.example",
    "/%09/evil.example",
    "//evil.example@sparks.example",
    "//sparks.example@evil.example",
    "@evil.example",
    "/@evil.example",
    "https://evil.example/",
    "http://evil.example",
    "https:evil.example",
    "https:/evil.example",
    "https:\\\\evil.example",
    "ftp://evil.example",
    "javascript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "／／evil.example",
    "/\u{b}/evil.example",
];

/// Paths on the site that must survive the check as they are.
const SAFE_NEXT: &[(&str, &str)] = &[
    ("/community", "/community"),
    (
        "/resources?q=helpline&page=2",
        "/resources?q=helpline&page=2",
    ),
    ("/community/threads/1", "/community/threads/1"),
];

/// `location` is a path on this site, as a browser resolves it: no scheme, no host, no
/// character a browser drops or reads as a slash.
fn assert_on_site(b: &str, who: &str, next: &str, location: &str) {
    let context = format!("{b}: {who}: next={next:?} sent {location:?}");
    assert!(location.starts_with('/'), "{context}");
    assert!(
        !location.starts_with("//") && !location.starts_with("/\\"),
        "{context}"
    );
    assert!(
        !location
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() || c == '\\'),
        "{context}"
    );
    let base = url::Url::parse(ORIGIN).unwrap();
    let resolved = base.join(location).unwrap();
    assert_eq!(resolved.origin(), base.origin(), "{context}");
    assert!(!resolved.path().starts_with("//"), "{context}");
}

/// The `next` a page's form will send, as the browser reads the attribute.
fn hidden_next(page: &Reply) -> String {
    value_after(&page.text(), "name=\"next\" value=\"", '"')
}

fn query_value(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// Logs `v` in with `next`, through the form that `/login?next=` shows and with `next` posted
/// as it was given; gives back the answer to the password.
async fn log_in_with_next(v: &mut Visitor, email: &str, next: &str) -> Reply {
    let page = format!("/login?next={}", query_value(next));
    let form = v.get(&page).await;
    assert_on_site("form", email, next, &hidden_next(&form));
    v.submit(
        &page,
        "/login",
        &[("email", email), ("password", PASSWORD), ("next", next)],
    )
    .await
}

db_test!(next_after_login_never_leaves_the_site_for_members_or_staff);
async fn next_after_login_never_leaves_the_site_for_members_or_staff(site: Site) {
    let b = site.backend;
    site.account("member@example.org", Role::Member).await;
    let secret = site
        .account("editor@example.org", Role::Editor)
        .await
        .unwrap();
    // The exact request of the report.
    let mut v = site.visitor();
    let form = v.get("/login?next=%2F%09%2Fevil.example").await;
    assert_on_site(b, "report", "/\t/evil.example", &hidden_next(&form));

    let all = HOSTILE_NEXT
        .iter()
        .map(|n| (*n, None))
        .chain(SAFE_NEXT.iter().map(|(n, want)| (*n, Some(*want))));
    for (next, want) in all {
        // Fresh rate-limit windows and a fresh TOTP step for every attempt.
        site.clock.advance(Duration::minutes(11));
        let mut member = site.visitor();
        let r = log_in_with_next(&mut member, "member@example.org", next).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {next:?}: {}", r.body);
        let to = location(&r);
        assert_on_site(b, "member", next, &to);
        if let Some(want) = want {
            assert_eq!(to, want, "{b}: a path on the site is kept");
        }

        let mut staff = site.visitor();
        let r = log_in_with_next(&mut staff, "editor@example.org", next).await;
        let code_page = location(&r);
        assert!(
            code_page.starts_with("/login/code?next="),
            "{b}: {code_page}"
        );
        let carried: String =
            url::form_urlencoded::parse(code_page.split_once('?').unwrap().1.as_bytes())
                .find(|(k, _)| k == "next")
                .map(|(_, v)| v.into_owned())
                .unwrap();
        assert_on_site(b, "staff, carried", next, &carried);
        let form = staff
            .get(&format!("/login/code?next={}", query_value(next)))
            .await;
        assert_on_site(b, "staff, code form", next, &hidden_next(&form));
        let code = site.totp_code(&secret);
        let r = staff
            .submit(
                &code_page,
                "/login/code",
                &[("code", &code), ("next", next)],
            )
            .await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {next:?}: {}", r.body);
        let to = location(&r);
        assert_on_site(b, "staff after the second factor", next, &to);
        if let Some(want) = want {
            assert_eq!(to, want, "{b}: a path on the site is kept");
        }
    }
}

/// Every reset link mailed to `email` so far, as paths (`/reset/new?token=…`).
async fn reset_links(site: &Site, email: &str) -> Vec<String> {
    let prefix = format!("{ORIGIN}/reset/new?token=");
    site.emails_to(email)
        .await
        .iter()
        .map(|m| link_in(m, &prefix).trim_start_matches(ORIGIN).to_owned())
        .collect()
}

/// Asks for a reset link for `email` and gives back its path.
async fn ask_for_reset_link(site: &Site, email: &str) -> String {
    let before = reset_links(site, email).await;
    let r = site.visitor().fill("/reset", &[("email", email)]).await;
    assert_eq!(r.status, StatusCode::OK, "{}: {}", site.backend, r.body);
    // Mails may share a timestamp: the new link is the one not mailed before.
    reset_links(site, email)
        .await
        .into_iter()
        .find(|l| !before.contains(l))
        .unwrap()
}

/// Sets `password` through the reset link at `path`; gives back the page shown.
async fn use_reset_link(site: &Site, path: &str, password: &str) -> Reply {
    let token = token_in(path).to_owned();
    site.visitor()
        .submit(
            path,
            "/reset/new",
            &[("token", &token), ("password", password)],
        )
        .await
}

/// Whether `password` logs `email` in.
async fn logs_in(site: &Site, email: &str, password: &str) -> bool {
    // Failed logins from one client earn it a growing wait: it is waited out on the site's
    // clock, so that every password is really tried.
    loop {
        let r = site.visitor().log_in(email, password).await;
        if r.status != StatusCode::TOO_MANY_REQUESTS {
            return r.status == StatusCode::SEE_OTHER;
        }
        let wait: i64 = r.headers["retry-after"].to_str().unwrap().parse().unwrap();
        site.clock.advance(Duration::seconds(wait));
    }
}

/// Asserts that the reset link at `path` (`what`) no longer works: it says so, and the
/// password sent through it does not log `email` in.
async fn assert_link_is_dead(site: &Site, email: &str, path: &str, what: &str) {
    let b = site.backend;
    let password = "taken over through an old mail";
    let r = use_reset_link(site, path, password).await;
    assert!(
        r.text().contains("The link is wrong, was used already"),
        "{b}: {what} must be dead: {}",
        r.body
    );
    assert!(!logs_in(site, email, password).await, "{b}: {what}");
}

/// Changes the password of `member` on the account page, from [`PASSWORD`] to `new`.
async fn change_password(member: &mut Visitor, new: &str) -> Reply {
    let fields = [("current_password", PASSWORD), ("new_password", new)];
    member
        .submit("/account", "/account/password", &fields)
        .await
}

db_test!(using_one_reset_link_ends_the_accounts_other_reset_links);
async fn using_one_reset_link_ends_the_accounts_other_reset_links(site: Site) {
    let b = site.backend;
    let email = "rosalind.franklin@example.org";
    site.account(email, Role::Member).await;
    let first = ask_for_reset_link(&site, email).await;
    let second = ask_for_reset_link(&site, email).await;
    // The first link is used, though the password it brings is refused once the account is
    // known (it is the account's own name): the link is spent all the same.
    let r = use_reset_link(&site, &first, "rosalind.franklin").await;
    assert!(!r.text().contains("Password changed"), "{b}: {}", r.body);
    assert_link_is_dead(&site, email, &second, "the second link").await;
    assert!(logs_in(&site, email, PASSWORD).await, "{b}");
}

db_test!(a_password_change_ends_every_outstanding_reset_link);
async fn a_password_change_ends_every_outstanding_reset_link(site: Site) {
    let b = site.backend;
    let email = "m@example.org";
    let mut member = site.logged_in(email, Role::Member).await;
    let link = ask_for_reset_link(&site, email).await;
    let r = change_password(&mut member, "changed on the account page").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_link_is_dead(&site, email, &link, "a link mailed before the change").await;
    assert!(
        logs_in(&site, email, "changed on the account page").await,
        "{b}"
    );
}

const SITE_NAME_REFUSED: &str = "The password cannot be the name of this site";
const BLANK_REFUSED: &str = "The password cannot be only spaces.";
const GUESSABLE_REFUSED: &str = "This password is too common or too easy to guess.";

/// Asserts that `r` refused the password with `message`.
fn assert_refused(b: &str, place: &str, password: &str, r: &Reply, message: &str) {
    assert!(
        r.text().contains(message),
        "{b}: {place}: {password:?} must be refused with {message:?}: {} {}",
        r.status,
        r.body
    );
}

db_test!(passwords_that_are_the_sites_name_field_words_or_blank_are_refused_everywhere);
async fn passwords_that_are_the_sites_name_field_words_or_blank_are_refused_everywhere(site: Site) {
    let b = site.backend;
    // The site's name with case, digits and punctuation around it; whitespace only.
    let always: &[(&str, &str)] = &[
        ("Sparks2024!", SITE_NAME_REFUSED),
        ("SPARKS in the dark", SITE_NAME_REFUSED),
        ("        ", BLANK_REFUSED),
        ("\t \u{a0}      ", BLANK_REFUSED),
    ];

    // Join: the words are the form's own (a word of the display name, the email's local part).
    let mut v = site.visitor();
    let join = |password: &'static str| {
        [
            ("email", "jan.n@example.org"),
            ("display_name", "Jan Wiśniewski"),
            ("password", password),
        ]
    };
    let own: &[(&str, &str)] = &[
        ("Wiśniewski1!", GUESSABLE_REFUSED),
        ("jan.n2026!!", GUESSABLE_REFUSED),
    ];
    for (password, message) in always.iter().chain(own) {
        let r = v.fill("/join", &join(password)).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: join {password:?}"
        );
        assert_refused(b, "join", password, &r, message);
    }
    let r = v.fill("/join", &join("sparks light the dark")).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: containing the name is not being it: {}",
        r.body
    );

    // The account page: the words are the account's.
    let email = "ana.kowalska@example.org";
    let mut ana = site.logged_in(email, Role::Member).await;
    for (password, message) in always.iter().chain(&[("Kowalska1!", GUESSABLE_REFUSED)]) {
        let r = change_password(&mut ana, password).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {password:?}"
        );
        assert_refused(b, "account page", password, &r, message);
    }

    // A reset: the site's name and blanks are refused on the form (the link stays good);
    // the account's own words once the link says whose account it is.
    let link = ask_for_reset_link(&site, email).await;
    for (password, message) in always {
        let r = use_reset_link(&site, &link, password).await;
        assert_eq!(
            r.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{b}: {password:?}"
        );
        assert_refused(b, "reset", password, &r, message);
    }
    let r = use_reset_link(&site, &link, "Kowalska1!").await;
    assert_refused(b, "reset", "Kowalska1!", &r, GUESSABLE_REFUSED);

    for (password, _) in always.iter().chain(own) {
        assert!(!logs_in(&site, email, password).await, "{b}: {password:?}");
    }
    assert!(!logs_in(&site, email, "Kowalska1!").await, "{b}");
    assert!(logs_in(&site, email, PASSWORD).await, "{b}");
}

/// The authenticator setup a code page shows: the secret of its `otpauth://` address and the
/// recovery codes; `None` when the page shows no setup.
pub(super) fn shown_enrolment(page: &Reply) -> Option<(String, Vec<String>)> {
    let text = page.text();
    let block = text.split("<pre class=\"code-block\">").nth(1)?;
    let block = block.split("</pre>").next().unwrap();
    let secret = value_after(block, "secret=", '&');
    let codes = block
        .lines()
        .filter(|l| l.trim().len() == 14 && l.matches('-').count() == 2)
        .map(|l| l.trim().to_owned())
        .collect();
    Some((secret, codes))
}

db_test!(a_pending_authenticator_enrolment_is_shown_again_until_a_code_confirms_it);
async fn a_pending_authenticator_enrolment_is_shown_again_until_a_code_confirms_it(site: Site) {
    let b = site.backend;
    let email = "new.editor@example.org";
    // Made an editor on the web: no authenticator yet.
    site.account(email, Role::Member).await;
    let mut sql = sparks_store::Sql::new("UPDATE users SET role = 'editor' WHERE email = ");
    sql.push_arg(email);
    site.db.execute(sql).await.unwrap();

    let mut v = site.visitor();
    let r = v.log_in(email, PASSWORD).await;
    assert!(location(&r).starts_with("/login/code"), "{b}: {}", r.body);
    let first = v.get("/login/code").await;
    let (secret, codes) = shown_enrolment(&first).unwrap();
    assert!(secret.len() >= 16, "{b}: {secret}");
    assert_eq!(codes.len(), 10, "{b}: {}", first.body);

    // A reload shows the same secret and codes, not nothing and not new ones.
    let again = v.get("/login/code").await;
    assert_eq!(
        shown_enrolment(&again),
        Some((secret.clone(), codes.clone())),
        "{b}: a reload keeps the pending setup"
    );
    // So does a wrong code, and a login from another browser before any code.
    let wrong = v.enter_code("000000").await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert_eq!(
        shown_enrolment(&wrong),
        Some((secret.clone(), codes.clone())),
        "{b}: a wrong code keeps the setup on the page"
    );
    // The recovery codes do not work before the authenticator is confirmed.
    let early = v.enter_code(&codes[0]).await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    site.clock.advance(Duration::minutes(11));
    let mut elsewhere = site.visitor();
    elsewhere.log_in(email, PASSWORD).await;
    let page = elsewhere.get("/login/code").await;
    assert_eq!(
        shown_enrolment(&page),
        Some((secret.clone(), codes.clone())),
        "{b}: a later login shows the same pending setup"
    );

    // The first code from that secret confirms it and logs in.
    let r = elsewhere.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(elsewhere.get("/admin").await.status, StatusCode::OK, "{b}");

    // Confirmed: never shown again; the authenticator and a recovery code work.
    site.clock.advance(Duration::minutes(1));
    let mut later = site.visitor();
    later.log_in(email, PASSWORD).await;
    let page = later.get("/login/code").await;
    assert_eq!(shown_enrolment(&page), None, "{b}: {}", page.body);
    let r = later.enter_code(&site.totp_code(&secret)).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut recovering = site.visitor();
    recovering.log_in(email, PASSWORD).await;
    let r = recovering.enter_code(&codes[1]).await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: recovery code: {}",
        r.body
    );
}
