//! Fragments of the forms (in their error state too) and of what members and staff see: the
//! account menu, the moderation queue and the audit log.

use axum::http::StatusCode;
use sparks_store::accounts::Role;

use super::markup::fragment;
use super::site::propose;
use super::snapshot;
use crate::common::browser::BAD_JOIN;

#[tokio::test]
async fn moderation_queue() {
    snapshot(
        "moderation_queue",
        "/admin/moderation with one proposal, as an editor: main",
        async |s| {
            propose(s).await;
            let mut ed = s.logged_in("ed@example.org", Role::Editor).await;
            let r = ed.get("/admin/moderation").await;
            assert_eq!(r.status, StatusCode::OK, "{}", s.backend);
            fragment(&r.body, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn audit_log_after_an_approval() {
    snapshot(
        "audit_log_after_an_approval",
        "/admin/audit after an editor approved a proposal: table.data-table",
        async |s| {
            propose(s).await;
            let mut ed = s.logged_in("ed@example.org", Role::Editor).await;
            let r = ed.approve_first().await;
            assert_eq!(r.status, StatusCode::SEE_OTHER, "{}: {}", s.backend, r.body);
            let r = ed.get("/admin/audit").await;
            assert_eq!(r.status, StatusCode::OK, "{}", s.backend);
            fragment(&r.body, "table.data-table")
        },
    )
    .await;
}

#[tokio::test]
async fn join_form_with_a_bad_email() {
    snapshot(
        "join_form_with_a_bad_email",
        "POST /join with a bad email and a short password (422): main",
        async |s| {
            let r = s.visitor().fill("/join", BAD_JOIN).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", s.backend);
            fragment(&r.body, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn proposal_form_with_missing_fields() {
    snapshot(
        "proposal_form_with_missing_fields",
        "POST /submit/initiative with only an acronym, as a member (422): main",
        async |s| {
            let mut ana = s.logged_in("ana@example.org", Role::Member).await;
            let r = ana.fill("/submit/initiative", &[("acronym", "HALF")]).await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", s.backend);
            fragment(&r.body, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn proposal_form_errors_in_german() {
    snapshot(
        "proposal_form_errors_in_german",
        "POST /submit/initiative?lang=de with only an acronym (422): div.error-summary",
        async |s| {
            let mut ana = s.logged_in("ana@example.org", Role::Member).await;
            let r = ana
                .fill("/submit/initiative?lang=de", &[("acronym", "HALF")])
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", s.backend);
            fragment(&r.body, "div.error-summary")
        },
    )
    .await;
}

#[tokio::test]
async fn login_form() {
    snapshot("login_form", "/login: main", async |s| {
        let page = s.page("/login", StatusCode::OK).await;
        fragment(&page, "main")
    })
    .await;
}

#[tokio::test]
async fn newsletter_form_with_a_bad_email() {
    snapshot(
        "newsletter_form_with_a_bad_email",
        "POST /newsletter with a bad email (422): main",
        async |s| {
            let r = s
                .visitor()
                .fill("/newsletter", &[("email", "nobody")])
                .await;
            assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", s.backend);
            fragment(&r.body, "main")
        },
    )
    .await;
}

#[tokio::test]
async fn account_menu_of_a_member_and_of_an_editor() {
    snapshot(
        "account_menu_of_a_member_and_of_an_editor",
        "/community as a member, then as an editor, then anonymous: nav.account-nav",
        async |s| {
            let mut ana = s.logged_in("ana@example.org", Role::Member).await;
            let mut ed = s.logged_in("ed@example.org", Role::Editor).await;
            [
                fragment(&ana.get("/community").await.body, "nav.account-nav"),
                fragment(&ed.get("/admin").await.body, "nav.account-nav"),
                fragment(
                    &s.page("/community", StatusCode::OK).await,
                    "nav.account-nav",
                ),
            ]
            .join("\n")
        },
    )
    .await;
}
