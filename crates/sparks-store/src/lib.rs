//! The Sparks database.
//!
//! One [`Db`] value holds either a SQLite or a PostgreSQL pool. Repository code is written
//! once against [`Sql`] values (portable SQL with `$1`-style placeholders, which both sqlx
//! drivers accept) and [`Db`] runs it on whichever backend is configured. Where the two
//! dialects really differ, code matches on [`Backend`] — rarely.

pub mod accounts;
pub mod backup;
mod bitset;
pub mod bundle_upgrade;
pub mod campaigns;
pub mod changes;
pub mod checks;
pub mod community;
mod content;
pub mod cordis;
mod db;
pub mod directory;
pub mod editorial;
pub mod events;
pub mod feeds;
pub mod follows;
pub mod groups;
pub mod initiatives;
pub mod jobs;
pub mod landscape;
pub mod links;
pub mod media;
pub mod moderation;
pub mod news;
pub mod newsletter;
pub mod notifications;
pub mod outbox;
pub mod profiles;
pub mod rate_limits;
pub mod reference;
pub mod resources;
pub mod search;
pub mod second_factor;
pub mod seed;
pub mod sessions;
mod sql;
pub mod syndication;
pub mod terminology;
#[cfg(feature = "testing")]
pub mod testing;
pub mod uptake;
pub mod versions;

pub use content::InitiativeRef;
pub use db::{Backend, Db, SetupLock, Tx};
pub use directory::DirectoryIndex;
pub use events::{EventFilter, When};
pub use initiatives::{InitiativeFilter, InitiativeQuery, Sort};
pub use news::NewsFilter;
pub use reference::{RecommendationEntry, StatisticFilter};
pub use resources::{ResourceEntry, ResourceFacets, ResourceFilter};
pub use sql::{Arg, Sql};
pub use versions::DataKind;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL could not be understood.
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
    /// The database did not answer or refused a query.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// Applying migrations failed.
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// The lock that serialises migrations on SQLite could not be taken.
    #[error("cannot lock the database for migration: {0}")]
    Lock(String),
    /// A stored value does not parse back into its domain type.
    #[error("stored data is inconsistent: {0}")]
    Corrupt(String),
    /// The operation is not available here (backend or arguments); the text says what to do.
    #[error("{0}")]
    Unsupported(&'static str),
    /// A value sealed with the site's secret key does not open with the key configured.
    #[error("secret key: {0}")]
    SecretKey(String),
    /// A feed URL (compared normalised) belongs to another initiative, named here; a feed is
    /// never moved from one initiative to another.
    #[error("this feed belongs to the initiative {0:?} already")]
    FeedTaken(String),
}

/// Result of store operations.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
