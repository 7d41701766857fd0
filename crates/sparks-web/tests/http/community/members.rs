//! Members: join with email confirmation, propose and approve with TOTP, export and
//! erasure, password reset, and sessions that end.

use axum::http::StatusCode;
use sparks_store::accounts::Role;
use sparks_store::{accounts, db_test};

use crate::common::browser::{BAD_JOIN, PASSWORD, Site, location, token_in, value_after};

db_test!(a_new_member_joins_verifies_proposes_and_an_editor_with_totp_approves);
async fn a_new_member_joins_verifies_proposes_and_an_editor_with_totp_approves(site: Site) {
    let b = site.backend;
    let mut ana = site.visitor();
    // Visitors get no cookie.
    let home = ana.get("/").await;
    assert!(home.headers.get("set-cookie").is_none(), "{b}");
    // Join: a bad form first, kept values and linked errors, 422.
    let bad = ana.fill("/join", BAD_JOIN).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(bad.body.contains("class=\"error-summary\""), "{b}");
    assert!(bad.body.contains("href=\"#field-email\""), "{b}");
    assert!(
        bad.body
            .contains("aria-describedby=\"field-password-hint field-password-error\""),
        "{b}: {}",
        bad.body
    );
    assert!(
        bad.body.contains("value=\"Ana K\""),
        "{b}: entered values are kept"
    );
    assert!(
        !bad.body.contains("value=\"password\""),
        "{b}: passwords are never echoed"
    );
    let r = ana
        .fill(
            "/join",
            &[
                ("email", "Ana@Example.org"),
                ("display_name", "Ana K"),
                ("password", "a long enough passphrase"),
                ("organisation", "Helpline PL"),
                ("country", "Poland"),
                ("expertise", "child helplines"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(location(&r), "/join/sent");
    // Not verified yet: login refused.
    let r = ana
        .log_in("ana@example.org", "a long enough passphrase")
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let mails = site.emails_to("ana@example.org").await;
    assert_eq!(mails.len(), 1, "{b}");
    let path = site.link_to("ana@example.org", "/verify?token=").await;
    let r = ana
        .submit(&path, "/verify", &[("token", token_in(&path))])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        r.text().contains("Email address confirmed"),
        "{b}: {}",
        r.body
    );
    // The link works once.
    let again = ana
        .submit(&path, "/verify", &[("token", token_in(&path))])
        .await;
    assert!(again.text().contains("This link does not work"), "{b}");
    // Log in, with a fresh session id.
    let r = ana
        .log_in("ana@example.org", "a long enough passphrase")
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let cookie = r
        .headers
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Secure"),
        "{cookie}"
    );
    let account = ana.get("/account").await;
    assert_eq!(account.status, StatusCode::OK, "{b}");
    assert!(account.text().contains("Hello, Ana K"), "{b}");
    assert_eq!(account.headers.get("cache-control").unwrap(), "no-store");
    // Propose an initiative: preview first, then send.
    let fields = [
        ("acronym", "PENDZX"),
        ("title", "Pendingmarker Zeta Initiative"),
        ("summary", "Helps **children** online."),
        ("pillars", "prevention"),
        ("pillars", "victim-support"),
        ("programme", "Horizon Europe"),
        ("website", "https://pendzx.example.org"),
        ("partner_countries", "PL\nDE"),
        ("sources", "https://pendzx.example.org/about"),
    ];
    let mut preview = fields.to_vec();
    preview.push(("action", "preview"));
    let r = ana.fill("/submit/initiative", &preview).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        r.body.contains("<strong>children</strong>"),
        "{b}: preview renders Markdown"
    );
    let r = ana.fill("/submit/initiative", &fields).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        r.text().contains("Your proposal waits for an editor"),
        "{b}"
    );
    // Invisible while pending.
    assert_eq!(
        ana.get("/initiatives/pendzx").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    assert_eq!(
        ana.get("/api/v1/initiatives/pendzx").await.status,
        StatusCode::NOT_FOUND,
        "{b}"
    );
    // An editor (with TOTP) approves.
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let queue = ed.get("/admin/moderation").await;
    assert_eq!(queue.status, StatusCode::OK, "{b}");
    assert!(queue.text().contains("PENDZX"), "{b}");
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = ana.get("/initiatives/pendzx").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let api = ana.get("/api/v1/initiatives/pendzx").await.json();
    assert_eq!(api["countries"], serde_json::json!(["PL", "DE"]), "{b}");
    let mails = site.emails_to("ana@example.org").await;
    assert!(
        mails.iter().any(|m| m.contains("Decision on your proposal")
            && m.contains("https://sparks.example/initiatives/pendzx")),
        "{b}: the submitter is told (a decision notification, mailed at once by default)"
    );
    // The audit log has it, with who approved.
    let audit = ed.get("/admin/audit").await;
    assert!(
        audit.text().contains("approve") && audit.text().contains("pendzx"),
        "{b}"
    );
    // Discuss: a thread and a reply.
    let r = ana
        .start_thread(&[
            ("title", "Grooming signals in chats"),
            ("body", "What do *you* see?"),
            ("pillar", "prevention"),
        ])
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let thread = location(&r);
    let r = ed
        .submit(
            &thread,
            &format!("{thread}/replies"),
            &[("body", "Escalating **requests** for images.")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let mut anon = site.visitor();
    let t = anon.get(&thread).await;
    assert_eq!(t.status, StatusCode::OK, "{b}");
    assert!(
        t.body.contains("<em>you</em>") && t.body.contains("<strong>requests</strong>"),
        "{b}"
    );
    assert!(
        !t.body.contains("ana@example.org") && !t.body.contains("ed@example.org"),
        "{b}: no email on pages"
    );
}

db_test!(members_export_and_erase_their_data_and_sessions_end);
async fn members_export_and_erase_their_data_and_sessions_end(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let r = m
        .start_thread(&[
            ("title", "My thread"),
            ("body", "Kept after I leave"),
            ("pillar", "general"),
        ])
        .await;
    let thread = location(&r);
    let export = m.get("/account/export").await;
    assert_eq!(export.status, StatusCode::OK, "{b}");
    assert!(
        export
            .headers
            .get("content-disposition")
            .unwrap()
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let data = export.json();
    assert_eq!(data["account"]["email"], "m@example.org", "{b}");
    assert_eq!(data["posts"][0]["body"], "Kept after I leave", "{b}");
    assert!(
        !export.body.contains("argon2"),
        "{b}: no password hash in the export"
    );
    // A second session, then a password change ends both.
    let mut other = site.visitor();
    other.log_in("m@example.org", PASSWORD).await;
    assert_eq!(other.get("/account").await.status, StatusCode::OK, "{b}");
    let r = m
        .submit(
            "/account",
            "/account/password",
            &[
                ("current_password", PASSWORD),
                ("new_password", "another fine passphrase"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(
        other.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "{b}: other session revoked"
    );
    assert_eq!(
        m.get("/account").await.status,
        StatusCode::OK,
        "{b}: this one renewed"
    );
    // Logout revokes the session server-side.
    let old = m.clone();
    let r = m.submit("/account", "/logout", &[]).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mut replay = old;
    assert_eq!(
        replay.get("/account").await.status,
        StatusCode::SEE_OTHER,
        "{b}: old cookie dead"
    );
    // Erase.
    let mut m = site.visitor();
    m.log_in("m@example.org", "another fine passphrase").await;
    let r = m.fill("/account/delete", &[("password", "wrong")]).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    let r = m
        .fill(
            "/account/delete",
            &[("password", "another fine passphrase")],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        accounts::by_email(&site.db, "m@example.org")
            .await
            .unwrap()
            .is_none(),
        "{b}"
    );
    let t = site.visitor().get(&thread).await;
    assert!(
        t.text().contains("Kept after I leave") && t.text().contains("Former member"),
        "{b}"
    );
    let r = site
        .visitor()
        .log_in("m@example.org", "another fine passphrase")
        .await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
}

db_test!(password_reset_by_email_and_totp_codes_work_once);
async fn password_reset_by_email_and_totp_codes_work_once(site: Site) {
    let b = site.backend;
    site.account("r@example.org", Role::Member).await;
    let mut v = site.visitor();
    let r = v.fill("/reset", &[("email", "r@example.org")]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    let r2 = v.fill("/reset", &[("email", "nobody@example.org")]).await;
    assert_eq!(
        r.body.replace(char::is_numeric, ""),
        r2.body.replace(char::is_numeric, ""),
        "{b}: no account enumeration"
    );
    let path = site.link_to("r@example.org", "/reset/new?token=").await;
    let token = token_in(&path).to_owned();
    let r = v
        .submit(
            &path,
            "/reset/new",
            &[("token", &token), ("password", "12345678")],
        )
        .await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: common password refused"
    );
    let r = v
        .submit(
            &path,
            "/reset/new",
            &[("token", &token), ("password", "brand new passphrase")],
        )
        .await;
    assert!(r.text().contains("Password changed"), "{b}");
    let r = v.log_in("r@example.org", "brand new passphrase").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    // Staff: a used TOTP code does not work twice; a recovery code works once.
    let secret = site.account("boss@example.org", Role::Admin).await.unwrap();
    let mut a = site.visitor();
    a.log_in("boss@example.org", PASSWORD).await;
    assert_eq!(
        a.get("/admin").await.status,
        StatusCode::SEE_OTHER,
        "{b}: not before the code"
    );
    let code = site.totp_code(&secret);
    let r = a.enter_code(&code).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let mut c = site.visitor();
    c.log_in("boss@example.org", PASSWORD).await;
    let r = c.enter_code(&code).await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: replayed code"
    );
    let r = c.enter_code("AAAA-BBBB-CCCC").await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: recovery code");
    assert_eq!(c.get("/admin/users").await.status, StatusCode::OK, "{b}");
}

db_test!(sessions_end_when_idle_or_too_old);
async fn sessions_end_when_idle_or_too_old(site: Site) {
    let b = site.backend;
    for column in ["last_seen", "created_at"] {
        let mut m = site
            .logged_in(&format!("{column}@example.org"), Role::Member)
            .await;
        assert_eq!(m.get("/account").await.status, StatusCode::OK, "{b}");
        let mut sql =
            sparks_store::Sql::new(&format!("UPDATE sessions SET {column} = {column} - "));
        sql.push_arg(13 * 60 * 60_i64);
        site.db.execute(sql).await.unwrap();
        let r = m.get("/account").await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {column} timeout");
        assert!(m.cookie.is_none(), "{b}: the stale cookie is cleared");
    }
}

db_test!(staff_sessions_end_after_half_an_hour_idle_and_members_stay);
async fn staff_sessions_end_after_half_an_hour_idle_and_members_stay(site: Site) {
    let b = site.backend;
    let mut editor = site
        .logged_in("idle-editor@example.org", Role::Editor)
        .await;
    let mut member = site
        .logged_in("idle-member@example.org", Role::Member)
        .await;
    // Active use keeps both going.
    for _ in 0..3 {
        site.clock.advance(time::Duration::minutes(25));
        assert_eq!(editor.get("/admin").await.status, StatusCode::OK, "{b}");
        assert_eq!(member.get("/account").await.status, StatusCode::OK, "{b}");
    }
    site.clock.advance(time::Duration::minutes(31));
    let r = editor.get("/admin").await;
    assert_eq!(
        r.status,
        StatusCode::SEE_OTHER,
        "{b}: staff idle 31 minutes"
    );
    assert!(editor.cookie.is_none(), "{b}: the stale cookie is cleared");
    assert_eq!(
        member.get("/account").await.status,
        StatusCode::OK,
        "{b}: a member idle 31 minutes stays"
    );
}

db_test!(the_export_and_the_erasure_cover_reports_and_the_newsletter);
async fn the_export_and_the_erasure_cover_reports_and_the_newsletter(site: Site) {
    let b = site.backend;
    let mut author = site.logged_in("author@example.org", Role::Member).await;
    let r = author
        .start_thread(&[
            ("title", "A thread"),
            ("body", "A post to report"),
            ("pillar", "general"),
        ])
        .await;
    let thread = location(&r);
    let mut m = site.logged_in("leaver@example.org", Role::Member).await;
    let page = m.get(&thread).await;
    let post = value_after(&page.body, "action=\"/community/posts/", '/');
    let r = m
        .submit(
            &thread,
            &format!("/community/posts/{post}/report"),
            &[("reason", "looks like spam")],
        )
        .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}");
    let r = m
        .fill("/newsletter", &[("email", "leaver@example.org")])
        .await;
    assert_eq!(r.status, StatusCode::OK, "{b}");

    let data = m.get("/account/export").await.json();
    assert_eq!(data["reports"][0]["reason"], "looks like spam", "{b}");
    assert_eq!(data["reports"][0]["status"], "open", "{b}");
    assert_eq!(data["newsletter"]["email"], "leaver@example.org", "{b}");
    assert!(data["newsletter"]["confirmed_at"].is_null(), "{b}");

    let r = m.fill("/account/delete", &[("password", PASSWORD)]).await;
    assert_eq!(r.status, StatusCode::OK, "{b}");
    assert!(
        sparks_store::newsletter::by_email(&site.db, "leaver@example.org")
            .await
            .unwrap()
            .is_none(),
        "{b}: the subscription went with the account"
    );
}
