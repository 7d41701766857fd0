//! Member profiles, private by default (issues #17 and #18). A profile is shown only when
//! its member chose so and their address is confirmed ([`crate::accounts::User::listed`]);
//! it is found by a random handle, never the sequential id, so profile URLs neither count the
//! accounts nor lead from one to the next.

use crate::accounts::{USER_COLUMNS, User};
use crate::{Backend, Db, Result, Sql};

/// The SQL condition (on `users u`) under which a profile is shown; every query that links
/// or lists members uses it, so a link never points at a profile that answers 404.
pub const LISTED: &str = "(u.profile_public = TRUE AND u.verified_at IS NOT NULL)";

/// The SQL expression a new account's handle is made with: 80 random bits (about 74 on
/// PostgreSQL, whose UUIDs fix a few) as 20 lower-case hex digits, made by the database so
/// the store needs no random source of its own. The unique index catches the (negligible)
/// collision as a failed insert.
pub(crate) fn new_handle_sql(backend: Backend) -> &'static str {
    match backend {
        Backend::Sqlite => "lower(hex(randomblob(10)))",
        Backend::Postgres => "substr(replace(gen_random_uuid()::text, '-', ''), 1, 20)",
    }
}

/// A profile edit.
#[derive(Debug, Clone)]
pub struct Profile {
    /// Shown name.
    pub display_name: String,
    /// Organisation.
    pub organisation: String,
    /// ISO code.
    pub country: Option<String>,
    /// Free text.
    pub expertise: String,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Fields the profile shows.
    pub public_fields: Vec<String>,
    /// Whether there is a public profile at all.
    pub profile_public: bool,
}

/// Saves a profile edit.
pub async fn update_profile(db: &Db, id: i64, p: &Profile) -> Result<()> {
    let mut sql = Sql::new("UPDATE users SET display_name = ");
    sql.push_arg(p.display_name.as_str())
        .push(", organisation = ")
        .push_arg(p.organisation.as_str())
        .push(", country = ")
        .push_arg(p.country.clone())
        .push(", expertise = ")
        .push_arg(p.expertise.as_str())
        .push(", pillars = ")
        .push_arg(p.pillars.join(","))
        .push(", public_fields = ")
        .push_arg(p.public_fields.join(","))
        .push(", profile_public = ")
        .push_arg(p.profile_public)
        .push(" WHERE id = ")
        .push_arg(id);
    db.execute(sql).await.map(|_| ())
}

/// The account whose profile `handle` names, only when that profile is shown: a private,
/// unconfirmed or unknown one is the same `None`.
pub async fn listed_by_handle(db: &Db, handle: &str) -> Result<Option<User>> {
    let mut sql = Sql::new(&format!(
        "SELECT {USER_COLUMNS} FROM users u WHERE {LISTED} AND u.handle = "
    ));
    sql.push_arg(handle);
    db.fetch_optional(sql).await
}
