//! The site as `sparks serve` runs it, on every backend, and a browser with a session cookie
//! that logs in (staff with their TOTP code) and submits forms with their CSRF token: both
//! are `common::browser`'s, shared with the community tests.

use axum::http::StatusCode;
use sparks_store::accounts::Role;

pub use crate::common::browser::{Site, sites};

/// A member's proposal of a new initiative, waiting in the queue.
pub async fn propose(site: &Site) {
    let mut ana = site.logged_in("ana@example.org", Role::Member).await;
    let r = ana
        .fill(
            "/submit/initiative",
            &[
                ("acronym", "SNAPX"),
                ("title", "Snapshot Example Initiative"),
                ("summary", "Helps **children** online."),
                ("pillars", "prevention"),
                ("programme", "Horizon Europe"),
                ("website", "https://snapx.example.org"),
                ("partner_countries", "PL"),
                ("sources", "https://snapx.example.org/about"),
            ],
        )
        .await;
    assert_eq!(r.status, StatusCode::OK, "{}: {}", site.backend, r.body);
}
