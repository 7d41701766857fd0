//! Issue #4 over HTTP, as a browser would use it: join with email confirmation, log in (with
//! TOTP for staff), propose, moderate, discuss, export and erase; CSRF, Origin and rate
//! limits; every route × role; and no pending item visible anywhere public. On SQLite and
//! PostgreSQL, each test twice (`NAME::sqlite`, `NAME::postgres`).
//!
//! By area: `members` (join, export and erasure, reset, sessions), `moderation`,
//! `discussions`, `newsletter`, `content` (feeds, recommendations, media, figures) and
//! `security` (CSRF, Origin, rate limits, roles, hostile input). The site on
//! one backend and the visitor with a cookie jar that the areas share are in
//! `common::browser`, shared with the snapshot tests.

mod content;
mod discussions;
mod expert_groups;
mod feed_trust;
mod following;
mod group_notifications;
mod guards_and_limits;
mod login_limits;
mod mail_queue;
mod members;
mod moderation;
mod newsletter;
mod newsletter_choices;
mod notifications;
mod own_posts;
mod profiles_and_threads;
mod quick_exit;
mod redirects_and_credentials;
mod second_factors_at_rest;
mod security;
mod sessions_everywhere;
mod two_factor;
