//! HTTP tests: every route driven through the router, on SQLite and (with
//! `TEST_DATABASE_URL`) PostgreSQL. One test binary, to keep link time down.

mod api;
mod common;
mod pages;
