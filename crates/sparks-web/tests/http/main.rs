//! HTTP tests: every route driven through the router, on SQLite and (with
//! `TEST_DATABASE_URL`) PostgreSQL. One test binary, to keep link time down.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

mod api;
mod bundled_data;
mod cache_front;
mod campaigns;
mod cold;
mod common;
mod community;
mod content_api;
mod content_pages;
mod content_warnings;
mod discovery;
mod editable_facts;
mod headers;
mod help_directory;
mod hostile;
mod hostile_records;
mod injection;
mod languages;
mod link_status;
mod markdown_rule;
mod news_origin;
mod observability;
mod pages;
mod quick_exit_status;
mod review_queue;
mod site_pages;
mod snapshots;
mod status_from_facts;
mod syndication;
mod terminology;
mod uploads;
mod uptake_tracker;
