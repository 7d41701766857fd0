//! The command line: subcommands and their options, each with `--help`.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::{Args, FromArgMatches, Parser, Subcommand, ValueEnum};

/// Sparks: a self-hostable platform for the community that counters child sexual abuse and
/// exploitation. Without a subcommand, `sparks` serves the site like `sparks serve`.
#[derive(Debug, Parser)]
#[command(name = "sparks", version, about)]
pub struct Cli {
    /// Where data lives.
    #[command(flatten)]
    pub storage: Storage,
    /// What to do.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Options every subcommand takes.
#[derive(Debug, Args, Clone)]
pub struct Storage {
    /// Directory for the SQLite database and the outbox.
    #[arg(long, env = "SPARKS_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// Database URL: `sqlite://PATH` or `postgres://USER@HOST/DB`. Default: SQLite file
    /// `sparks.db` in the data directory.
    #[arg(long, env = "SPARKS_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// The file holding the site's secret key (32 random bytes, as 64 hex digits or base64),
    /// which seals second-factor secrets at rest. Default: `secret.key` in the data
    /// directory, created (readable by its owner only) when missing. Every server of one
    /// site needs the same file, and it must be backed up with the database: without it no
    /// staff member can log in with their authenticator or recovery codes.
    #[arg(long, env = "SPARKS_SECRET_KEY_FILE", global = true)]
    pub secret_key_file: Option<PathBuf>,
    /// Where every command reads "now" from: the system clock (the one clock of the command
    /// line; tests run the binary under `faketime` to move it).
    #[arg(skip)]
    pub clock: sparks_core::Clock,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the site (the default).
    Serve(Box<ServeArgs>),
    /// Load records from a file.
    #[command(subcommand)]
    Import(ImportCommand),
    /// Write every initiative to a file.
    Export(ExportArgs),
    /// Tools for development and benchmarks.
    #[command(subcommand)]
    Dev(DevCommand),
    /// Maintain the search index.
    #[command(subcommand)]
    Search(SearchCommand),
    /// Initiatives' own feeds (RSS, Atom, JSON Feed) whose items fill the news.
    #[command(subcommand)]
    Feeds(FeedsCommand),
    /// Write a consistent copy of the SQLite database while the site keeps running (on
    /// PostgreSQL use `pg_dump`, see the README), and a copy of the uploaded media files
    /// (DATA_DIR/uploads) in the directory `OUT.uploads` beside it. With uploads in an S3
    /// bucket, the media are not copied: `OUT.media.txt` says so.
    Backup {
        /// The backup file to create (must not exist).
        out: PathBuf,
        /// The S3 bucket uploads are kept in, if they are (as `sparks serve` is told): the
        /// backup then says that media live there and are not included.
        #[arg(long, env = "SPARKS_UPLOADS_S3_BUCKET")]
        uploads_s3_bucket: Option<String>,
    },
    /// Put a backup made by `sparks backup` in place as the data directory's database, and
    /// its media files (`IN.uploads`) in DATA_DIR/uploads. The data directory must not hold
    /// a database yet; the backup is checked before it is used.
    Restore {
        /// The backup file.
        input: PathBuf,
    },
    /// Manage accounts.
    #[command(subcommand)]
    Users(UsersCommand),
    /// The newsletter.
    #[command(subcommand)]
    Newsletter(NewsletterCommand),
    /// Check the external links the site shows.
    #[command(subcommand)]
    Links(LinksCommand),
    /// Ask a server on this machine whether it is up (for container health checks, which
    /// have no curl): GET `--path` on `--addr`, exit code 0 on a 2xx answer, 1 otherwise.
    Healthcheck(HealthcheckArgs),
}

/// Options of `sparks healthcheck`.
#[derive(Debug, Args, Clone)]
pub struct HealthcheckArgs {
    /// Where the server listens (as `sparks serve --addr`); a server on every address
    /// (`0.0.0.0`, `::`) is asked on loopback.
    #[arg(long, env = "SPARKS_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// The path asked: `/healthz` (the process answers) or `/readyz` (its database too).
    #[arg(long, default_value = "/healthz", value_parser = crate::healthcheck::parse_path)]
    pub path: String,
    /// Seconds to wait for the answer.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=300))]
    pub timeout_secs: u64,
}

/// What `sparks links` can do.
#[derive(Debug, Subcommand)]
pub enum LinksCommand {
    /// Check every external link the site shows now (oldest checked first, at most
    /// `--limit`), through the guarded fetcher, and record each one's state; prints the
    /// broken ones. Exit code non-zero when any link is broken.
    Check(LinksCheckArgs),
}

/// Options of `sparks links check`.
#[derive(Debug, Args, Clone)]
pub struct LinksCheckArgs {
    /// One pass, then exit (the only mode; `sparks serve` runs the checker on a schedule).
    #[arg(long, required = true)]
    pub once: bool,
    /// Most links checked in this pass.
    #[arg(long, default_value_t = 500)]
    pub limit: usize,
    /// Least milliseconds between two requests to one host.
    #[arg(long, default_value_t = 2000)]
    pub spacing_ms: u64,
    /// Seconds one link's check may take (each of HEAD and GET).
    #[arg(long, default_value_t = 20)]
    pub timeout_secs: u64,
}

/// What `sparks newsletter` can do.
#[derive(Debug, Subcommand)]
pub enum NewsletterCommand {
    /// Send the digest of what is new since the last one to every confirmed subscriber, now.
    Digest(MailArgs),
}

/// Where email goes and the address its links point to: the options of every command that
/// sends email (`serve` and `newsletter digest`).
#[derive(Debug, Args, Clone)]
pub struct MailArgs {
    /// The address people reach the site at (`https://sparks.example`): links in emails use
    /// it, and with https cookies are marked Secure and every response carries
    /// `Strict-Transport-Security` (TLS ends at a proxy in front of Sparks).
    #[arg(long, env = "SPARKS_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP relay for outgoing email (`smtp://[user:password@]host[:port]`). Without it,
    /// each email is written as an .eml file to DATA_DIR/outbox/.
    #[arg(long, env = "SPARKS_SMTP_URL")]
    pub smtp_url: Option<String>,
    /// The sender of outgoing email.
    #[arg(
        long,
        env = "SPARKS_MAIL_FROM",
        default_value = "Sparks <noreply@sparks.invalid>"
    )]
    pub mail_from: String,
}

/// What `sparks users` can do.
#[derive(Debug, Subcommand)]
pub enum UsersCommand {
    /// Create an account, already confirmed. The password comes from `SPARKS_PASSWORD`, or
    /// is asked for on the terminal. Editors and admins must use a second factor: for them
    /// this prints the `otpauth://` URI to enrol an authenticator app, and recovery codes.
    Add {
        /// The email address (the login name).
        #[arg(long)]
        email: String,
        /// member, editor or admin.
        #[arg(long, default_value = "member")]
        role: String,
        /// The name shown with posts (default: the part of the email before the @).
        #[arg(long)]
        name: Option<String>,
    },
}

/// What `sparks feeds` can do.
#[derive(Debug, Subcommand)]
pub enum FeedsCommand {
    /// Register a feed of an initiative. Feeds added here are trusted: their items publish
    /// directly. Fetched on the next pass (`sparks feeds run --once`, or the scheduler in
    /// `sparks serve`).
    Add {
        /// The initiative's slug.
        #[arg(long)]
        initiative: String,
        /// The feed's http(s) URL.
        url: String,
    },
    /// Fetch every feed now, once (exit code non-zero when any feed failed).
    Run {
        /// One pass, then exit (the only mode; `sparks serve` runs the scheduler).
        #[arg(long, required = true)]
        once: bool,
    },
    /// Every feed with its health: status, last fetch, item count, last error.
    List,
}

/// What `sparks search` can do.
#[derive(Debug, Subcommand)]
pub enum SearchCommand {
    /// Rebuild the search index from the stored content, in one transaction (searches keep
    /// answering from the old index until it commits).
    Reindex,
}

/// Development tools.
#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Write synthetic initiatives in the dataset format, for benchmarks (never real data:
    /// every record says it is synthetic and links to example.org).
    Synth {
        /// How many initiatives.
        #[arg(long)]
        initiatives: usize,
        /// Seed: the same seed gives the same records.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output file (`-` for standard output).
        out: PathBuf,
    },
}

/// Options of `sparks serve`.
#[derive(Debug, Args, Clone)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "SPARKS_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,
    /// Do not load the bundled dataset into an empty database.
    #[arg(long)]
    pub no_seed: bool,
    /// Donation channels shown on /support: `Name|https://address`, separated by `;`.
    /// Without it the page says that none is configured yet.
    #[arg(long, env = "SPARKS_SUPPORT_LINKS")]
    pub support_links: Option<String>,
    /// Supporters who agreed to be listed on /support: `Name|https://address` or just
    /// `Name`, separated by `;`.
    #[arg(long, env = "SPARKS_SUPPORTERS")]
    pub supporters: Option<String>,
    /// Where the "Quick exit" link of every page leads (also Shift pressed three times, with
    /// JavaScript): an absolute http(s) address of a neutral site, one that says nothing
    /// about what the visitor was reading.
    #[arg(
        long,
        env = "SPARKS_QUICK_EXIT_URL",
        default_value = sparks_web::SiteConfig::DEFAULT_QUICK_EXIT_URL,
        value_parser = sparks_core::initiative::parse_web_url
    )]
    pub quick_exit_url: url::Url,
    /// The site's name, in the header, page titles, emails, feeds and the API document.
    #[arg(long, env = "SPARKS_SITE_NAME", default_value = sparks_web::SiteConfig::DEFAULT_SITE_NAME)]
    pub site_name: String,
    /// The site's slogan under its name (one text for every language); without it the
    /// translated default.
    #[arg(long, env = "SPARKS_SLOGAN")]
    pub slogan: Option<String>,
    /// Where messages from /contact are mailed (never shown on a page); without it, to every
    /// admin's address.
    #[arg(long, env = "SPARKS_CONTACT_EMAIL")]
    pub contact_email: Option<String>,
    /// Outgoing email and the site's public address.
    #[command(flatten)]
    pub mail: MailArgs,
    /// `1` when a reverse proxy in front sets `X-Forwarded-Proto` (and overwrites what
    /// clients send): HSTS is then sent on requests it marks `https`. Never set it without
    /// such a proxy: anyone could send the header.
    #[arg(long, env = "SPARKS_TRUST_PROXY", value_parser = clap::builder::BoolishValueParser::new(), default_value = "false")]
    pub trust_proxy: bool,
    /// The largest request body accepted, in bytes (larger ones get 413).
    #[arg(long, env = "SPARKS_MAX_BODY_BYTES", default_value_t = sparks_web::hardening::DEFAULT_MAX_BODY_BYTES)]
    pub max_body_bytes: usize,
    /// Hours between newsletter digests sent by the server (0: never; send them with
    /// `sparks newsletter digest` instead).
    #[arg(long, env = "SPARKS_DIGEST_INTERVAL_HOURS", default_value_t = 168)]
    pub digest_interval_hours: u64,
    /// Seconds between fetches of each initiative feed (longer after errors); 0 turns the
    /// feed scheduler off.
    #[arg(long, env = "SPARKS_FEED_INTERVAL", default_value_t = 3600)]
    pub feed_interval: u64,
    /// Hours between two checks of each external link the site shows (every few minutes a
    /// small batch of the links due is checked, by one server of several); 0 turns the link
    /// checker off.
    #[arg(long, env = "SPARKS_LINK_CHECK_HOURS", default_value_t = 168)]
    pub link_check_hours: u64,
    /// Keep uploads in this bucket of an S3-compatible service (AWS S3, MinIO, Garage,
    /// Ceph...), which several servers share. Credentials come from `AWS_ACCESS_KEY_ID` and
    /// `AWS_SECRET_ACCESS_KEY`. Without it, uploads are files in DATA_DIR/uploads.
    #[arg(long, env = "SPARKS_UPLOADS_S3_BUCKET")]
    pub uploads_s3_bucket: Option<String>,
    /// The S3-compatible service's URL (`https://s3.example.net`); default: AWS S3 in the
    /// region.
    #[arg(long, env = "SPARKS_UPLOADS_S3_ENDPOINT")]
    pub uploads_s3_endpoint: Option<String>,
    /// The region S3 requests are signed for.
    #[arg(long, env = "SPARKS_UPLOADS_S3_REGION", default_value = "us-east-1")]
    pub uploads_s3_region: String,
    /// Path-style S3 addressing (`ENDPOINT/BUCKET/NAME`, what MinIO, Garage and Ceph expect);
    /// `false` for virtual-hosted style (`BUCKET.ENDPOINT/NAME`).
    #[arg(long, env = "SPARKS_UPLOADS_S3_PATH_STYLE", value_parser = clap::builder::BoolishValueParser::new(), action = clap::ArgAction::Set, default_value = "true")]
    pub uploads_s3_path_style: bool,
    /// Seconds a connection may take to send a request's headers, and may stay idle between
    /// requests, before it is closed: a client that connects and sends nothing (or half a
    /// request) cannot hold a connection for long.
    #[arg(long, env = "SPARKS_HEADER_TIMEOUT", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=3600))]
    pub header_timeout: u64,
    /// The most connections served at once (more wait until one closes); default: what the
    /// process's file limit allows, keeping room for the database and files.
    #[arg(long, env = "SPARKS_MAX_CONNECTIONS", value_parser = clap::value_parser!(u64).range(1..=1_000_000))]
    pub max_connections: Option<u64>,
}

impl ServeArgs {
    /// The options `sparks` without a subcommand serves with: those of a bare `sparks serve`,
    /// read by clap from the `SPARKS_*` variables and the defaults declared above, so the two
    /// can never drift apart. A bad value ends the process with clap's error (exit code 2),
    /// exactly as `sparks serve` does.
    pub fn from_env_and_defaults() -> Self {
        let mut command = ServeArgs::augment_args(clap::Command::new("sparks"));
        command
            .try_get_matches_from_mut(["sparks"])
            .and_then(|matches| ServeArgs::from_arg_matches(&matches))
            .unwrap_or_else(|e| e.format(&mut command).exit())
    }
}

/// What `sparks import` can load.
#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// A CORDIS open-data project export: `project.csv` (`;`-separated, with
    /// `organization.csv` beside it for coordinator, partners and countries), the folder
    /// holding them, or `project.json`. Only projects about child sexual abuse and
    /// exploitation are taken (see the keyword list in the README) unless `--keywords` or
    /// `--ids` says otherwise; a project whose grant id an initiative has is merged into it.
    /// One transaction; prints counts (read, taken, new, merged, skipped, rejected).
    Cordis {
        /// `project.csv`, `project.json` or the export's folder.
        path: PathBuf,
        /// Comma-separated keywords that make a project relevant (instead of the default list).
        #[arg(long, value_delimiter = ',', conflicts_with = "ids")]
        keywords: Option<Vec<String>>,
        /// Comma-separated CORDIS project ids to take (and nothing else).
        #[arg(long, value_delimiter = ',')]
        ids: Option<Vec<String>>,
    },
    /// Initiatives in the dataset format (an array of objects like `data/initiatives.json`,
    /// or what `sparks export --format json` writes). Upserts by slug; every bad record is
    /// reported on stderr with its position and reason, the good ones are kept, and the exit
    /// code is non-zero when any record was rejected.
    Initiatives {
        /// The JSON file.
        file: PathBuf,
    },
    /// Resources: an array of objects like `data/resources.json` (`title`, `type`,
    /// `initiative`, `pillars`, `topics`, `audience`, `language`, `published`, `url`,
    /// `summary`, `source_url`, optional `slug` and `initiatives`). Upserts by slug.
    Resources {
        /// The JSON file.
        file: PathBuf,
    },
    /// News posts: an array of objects like `data/news.json` (`title`, `summary`, `body` in
    /// Markdown, `published` YYYY-MM-DD, optional `slug`, `initiative`, `source_url`,
    /// `language`). Upserts by slug.
    News {
        /// The JSON file.
        file: PathBuf,
    },
    /// Events: an array of objects like `data/events.json` (`title`, `type`, `organisers`,
    /// `start`, `end`, `timezone`, `city`, `country`, `online`, `url`, `summary`,
    /// `source_url`, optional `slug`). Upserts by slug.
    Events {
        /// The JSON file.
        file: PathBuf,
    },
    /// Recommendations: an array of objects like `data/recommendations.json` (`pillar`,
    /// `title`, `text`, `issuer`, `year`, `addressee`, `source_url`, optional `slug` and
    /// `initiatives`). Upserts by slug.
    Recommendations {
        /// The JSON file.
        file: PathBuf,
    },
    /// Statistics: an array of objects like `data/statistics.json` (`figure`, `value`,
    /// `year`, `publisher`, `source_url`, `note`, ...). Upserts by slug.
    Statistics {
        /// The JSON file.
        file: PathBuf,
    },
    /// Helplines: an array of objects like `data/helplines.json` (`country_code`, `kind`,
    /// `name`, `phone`, `website`, `report_url`, `source_url`, `notes`, optional `checked`
    /// YYYY-MM-DD). Upserts by slug.
    Helplines {
        /// The JSON file.
        file: PathBuf,
    },
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// The dataset format; re-imports to the same state.
    Json,
    /// One row per initiative, for spreadsheets.
    Csv,
}

/// What `sparks export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportType {
    /// The initiative directory.
    Initiatives,
    /// The resource library.
    Resources,
    /// News posts (editors' and those taken from feeds).
    News,
    /// Events.
    Events,
    /// Key recommendations.
    Recommendations,
    /// Statistics.
    Statistics,
    /// Helplines.
    Helplines,
    /// Every type, one file each (`TYPE.json` or `TYPE.csv`) in the directory OUT.
    All,
}

/// Options of `sparks export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Which records: JSON in that type's import format (`sparks import TYPE` reads it back).
    #[arg(long = "type", value_enum, default_value = "initiatives")]
    pub kind: ExportType,
    /// Output file (`-` for standard output).
    pub out: PathBuf,
}
