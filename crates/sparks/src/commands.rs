//! What each subcommand does.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use sparks_store::seed::{SeedOutcome, seed_initiatives_once};
use sparks_store::{Db, initiatives};

use crate::cli::{
    Cli, Command, DevCommand, ExportArgs, ExportFormat, MailArgs, NewsletterCommand, SearchCommand,
    ServeArgs, Storage, UsersCommand,
};

/// Runs the chosen subcommand.
pub async fn run(cli: Cli) -> Result<ExitCode> {
    // Kept until the command returns: dropping it writes out what is still queued.
    let _log_writer = init_logging();
    match cli.command {
        None => serve(&cli.storage, ServeArgs::from_env_and_defaults()).await,
        Some(Command::Serve(args)) => serve(&cli.storage, *args).await,
        Some(Command::Import(what)) => crate::import::import_content(&cli.storage, what).await,
        Some(Command::Export(args)) => export(&cli.storage, args).await,
        Some(Command::Dev(DevCommand::Synth {
            initiatives,
            seed,
            out,
        })) => synth(initiatives, seed, &out),
        Some(Command::Search(SearchCommand::Reindex)) => reindex(&cli.storage).await,
        Some(Command::Backup {
            out,
            uploads_s3_bucket,
        }) => crate::backup::backup(&cli.storage, &out, uploads_s3_bucket.as_deref()).await,
        Some(Command::Restore { input }) => crate::backup::restore(&cli.storage, &input).await,
        Some(Command::Newsletter(NewsletterCommand::Digest(mail))) => {
            digest(&cli.storage, &mail).await
        }
        Some(Command::Users(UsersCommand::Add { email, role, name })) => {
            crate::users::add(&cli.storage, &email, &role, name.as_deref()).await
        }
        Some(Command::Feeds(what)) => crate::feeds::run(&cli.storage, what).await,
        Some(Command::Links(what)) => crate::links::run(&cli.storage, what).await,
        Some(Command::Healthcheck(args)) => crate::healthcheck::run(&args).await,
    }
}

/// Logs go to stderr, one line per event: human-readable by default, JSON with
/// `SPARKS_LOG_FORMAT=json`. `RUST_LOG` sets the level (default `info`).
///
/// Lines are written in batches by a thread of their own (see [`crate::logging`]), and put
/// together by a cheaper timer and field formatter than tracing-subscriber's own (see
/// [`crate::log_format`]); request lines are put together directly.
fn init_logging() -> crate::logging::LogFlusher {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    let (writer, guard) = crate::logging::batched_stderr();
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(writer.clone())
        .with_timer(crate::log_format::UtcMicros)
        .with_ansi(ansi);
    let result = if std::env::var("SPARKS_LOG_FORMAT").is_ok_and(|f| f == "json") {
        builder.json().try_init()
    } else {
        // Request lines are put together directly, as this format writes them without
        // colours (see `sparks_web::request_log`).
        if !ansi {
            sparks_web::request_log::set_writer(writer.request_lines());
        }
        builder
            .fmt_fields(crate::log_format::PlainFields)
            .try_init()
    };
    // Already initialised only happens in tests that call run twice; nothing to do then.
    drop(result);
    guard
}

/// Opens (creating when needed) and migrates the configured database.
pub(crate) async fn open(storage: &Storage) -> Result<Db> {
    open_with(storage, false).await
}

/// [`open`] with one connection to a SQLite file (see [`Db::connect_alone`]).
async fn open_alone(storage: &Storage) -> Result<Db> {
    open_with(storage, true).await
}

async fn open_with(storage: &Storage, alone: bool) -> Result<Db> {
    let url = match &storage.database_url {
        Some(url) => url.clone(),
        None => {
            std::fs::create_dir_all(&storage.data_dir).with_context(|| {
                format!(
                    "cannot create the data directory {}",
                    storage.data_dir.display()
                )
            })?;
            format!("sqlite://{}", storage.data_dir.join("sparks.db").display())
        }
    };
    let connected = if alone {
        Db::connect_alone(&url).await
    } else {
        Db::connect(&url).await
    };
    let db = connected.with_context(|| format!("cannot open the database ({})", redact(&url)))?;
    db.migrate()
        .await
        .context("cannot apply database migrations")?;
    Ok(db)
}

/// Hides a password in a database URL before it is shown.
fn redact(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        _ => url.to_owned(),
    }
}

async fn serve(storage: &Storage, args: ServeArgs) -> Result<ExitCode> {
    let started = Instant::now();
    // Configuration first: a mistake there stops the start before the database is touched.
    let uploads = upload_store(storage, &args)?;
    let db = open(storage).await?;
    // Servers starting together on one SQLite file make their one-time writes in turns;
    // the later ones find them done (see `Db::setup_lock`).
    let setup = db
        .setup_lock()
        .await
        .context("cannot lock the database for setting up")?;
    // After the database: a command with a bad database URL leaves no key file behind.
    let secret_key = crate::keys::load(storage)?;
    crate::keys::upgrade(&db, &secret_key).await?;
    if !args.no_seed {
        let report = sparks_ingest::parse_initiatives(sparks_ingest::BUNDLED_INITIATIVES)
            .context("the bundled dataset does not parse")?;
        for e in &report.errors {
            tracing::warn!(error = %e, "bundled record skipped");
        }
        match seed_initiatives_once(&db, &report.initiatives, &storage.clock.rfc3339()).await? {
            SeedOutcome::Loaded(n) => tracing::info!(initiatives = n, "loaded the bundled dataset"),
            SeedOutcome::AlreadySeeded => {}
        }
        crate::import::seed_content(&db, &storage.clock).await?;
        crate::import::upgrade_bundled(&db, &report.initiatives, &storage.clock).await?;
    }
    // A database filled before the search index existed gets one now.
    if sparks_store::search::ensure_indexed(&db, &storage.clock.rfc3339()).await? {
        tracing::info!("built the search index");
    }
    drop(setup);
    let listener = tokio::net::TcpListener::bind(args.addr)
        .await
        .with_context(|| format!("cannot listen on {}", args.addr))?;
    let mailer = sparks_mail::Mailer::from_config(
        args.mail.smtp_url.as_deref(),
        &storage.data_dir,
        &args.mail.mail_from,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let mail_signal = sparks_web::MailSignal::default();
    let config = sparks_web::SiteConfig {
        support_links: match args.support_links.as_deref() {
            Some(text) => sparks_web::SiteConfig::parse_support_links(text)
                .map_err(|e| anyhow::anyhow!("SPARKS_SUPPORT_LINKS / --support-links: {e}"))?,
            None => Vec::new(),
        },
        supporters: match args.supporters.as_deref() {
            Some(text) => sparks_web::SiteConfig::parse_supporters(text)
                .map_err(|e| anyhow::anyhow!("SPARKS_SUPPORTERS / --supporters: {e}"))?,
            None => Vec::new(),
        },
        public_url: match args.mail.public_url.as_deref() {
            Some(text) => Some(
                sparks_core::initiative::parse_web_url(text)
                    .map_err(|e| anyhow::anyhow!("SPARKS_PUBLIC_URL / --public-url: {e}"))?,
            ),
            None => None,
        },
        tls: sparks_web::hardening::TlsPolicy::from_settings(
            args.mail.public_url.as_deref(),
            args.trust_proxy,
        ),
        max_body_bytes: Some(args.max_body_bytes),
        uploads: Some(uploads),
        mailer: Some(mailer.clone()),
        mail_signal: mail_signal.clone(),
        trust_proxy: args.trust_proxy,
        quick_exit_url: Some(args.quick_exit_url.clone()),
        secret_key: Some(secret_key),
        site_name: Some(args.site_name.clone()),
        slogan: args.slogan.clone(),
        contact_email: args.contact_email.clone(),
        digest_interval_hours: args.digest_interval_hours,
        uploads_in_bucket: args.uploads_s3_bucket.is_some(),
        warm_up: true,
    };
    if args.digest_interval_hours > 0 {
        tokio::spawn(sparks_web::newsletter::schedule(
            db.clone(),
            storage.clock.clone(),
            mail_signal.clone(),
            link_base(args.mail.public_url.as_deref(), args.addr),
            std::time::Duration::from_secs(args.digest_interval_hours * 3600),
        ));
    }
    let app = sparks_web::app_with_config(db.clone(), storage.clock.clone(), config);
    tracing::info!(
        addr = %args.addr,
        backend = ?db.backend(),
        startup_ms = started.elapsed().as_millis() as u64,
        "Sparks is listening on http://{}",
        args.addr
    );
    let (stop, stopped) = tokio::sync::watch::channel(false);
    // Requests queue their mail; this sends it (and what other servers queued).
    let mail_worker =
        sparks_web::MailWorker::new(db.clone(), storage.clock.clone(), mailer, mail_signal)
            .delivering_notifications(link_base(args.mail.public_url.as_deref(), args.addr))
            .spawn(stopped.clone());
    let scheduler = (args.feed_interval > 0).then(|| {
        crate::feeds::spawn_scheduler(
            db.clone(),
            storage.clock.clone(),
            std::time::Duration::from_secs(args.feed_interval),
            stopped,
        )
    });
    let link_checker = (args.link_check_hours > 0).then(|| {
        crate::links::spawn_scheduler(
            db.clone(),
            storage.clock.clone(),
            std::time::Duration::from_secs(args.link_check_hours * 3600),
            stop.subscribe(),
        )
    });
    let limits = crate::http_server::ConnectionLimits::new(
        args.header_timeout,
        args.max_connections,
        crate::http_server::raise_file_limit(),
    );
    tracing::debug!(?limits, "connection limits");
    crate::http_server::serve(listener, app, limits, async move {
        shutdown_signal().await;
        // The feed scheduler, the link checker and the mail worker stop with the server.
        let _ = stop.send(true);
    })
    .await;
    // A mail being sent gets a moment to finish; what is still queued waits for the next
    // start (or another server), and a send cut short is retried when its lease runs out.
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), mail_worker).await;
    if let Some(s) = scheduler {
        let _ = s.await;
    }
    if let Some(s) = link_checker {
        let _ = s.await;
    }
    db.close().await;
    tracing::info!("stopped cleanly");
    Ok(ExitCode::SUCCESS)
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM; the server then stops accepting connections and
/// lets requests in flight finish.
async fn shutdown_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

pub(crate) async fn import_initiatives(
    storage: &Storage,
    file: &std::path::Path,
) -> Result<ExitCode> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut report =
        sparks_ingest::parse_initiatives(&text).with_context(|| format!("{}", file.display()))?;
    let checked = crate::import::Checked {
        kind: sparks_store::moderation::ContentKind::Initiative,
        dates: crate::import::checked_days(std::mem::take(&mut report.checked_at)),
        slug: |i: &sparks_core::Initiative| &i.slug,
    };
    // The file can be large; only the parsed records are needed from here on.
    drop(text);
    let db = open_alone(storage).await?;
    let now = storage.clock.rfc3339();
    // A large load into an empty SQLite directory writes its pages once instead of twice
    // when it runs without the WAL: only while no other process has the file open, and in
    // the setup turn, so that one opening it meanwhile waits (see `Db::leave_wal_while_alone`).
    let mut without_wal = None;
    if report.initiatives.len() >= WITHOUT_WAL_FROM && initiatives::count(&db).await? == 0 {
        let turn = db.setup_lock().await?;
        if db.leave_wal_while_alone().await? {
            without_wal = Some(turn);
        }
    }
    let loaded = load_initiatives(&db, &report.initiatives, checked, &now).await;
    if let Some(_turn) = without_wal {
        db.return_to_wal().await?;
    }
    loaded?;
    for e in &report.errors {
        eprintln!("{}: {e}", file.display());
    }
    eprintln!(
        "imported {} initiatives, rejected {}",
        report.initiatives.len(),
        report.errors.len()
    );
    db.close().await;
    Ok(if report.errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// Imports of at least this many initiatives into an empty SQLite directory run without the
/// WAL (see [`Db::leave_wal_while_alone`]). Smaller ones are over in a moment either way,
/// and a server opening the file meanwhile would wait for them.
const WITHOUT_WAL_FROM: usize = 1_000;

/// Writes imported initiatives and their checked dates in one transaction.
async fn load_initiatives(
    db: &Db,
    records: &[sparks_core::Initiative],
    checked: crate::import::Checked<sparks_core::Initiative>,
    now: &str,
) -> Result<()> {
    let mut tx = db.begin().await?;
    initiatives::upsert_many_in(&mut tx, records, now).await?;
    crate::import::stamp_checked(&mut tx, records, Some(checked)).await?;
    tx.commit().await?;
    Ok(())
}

async fn export(storage: &Storage, args: ExportArgs) -> Result<ExitCode> {
    if args.kind != crate::cli::ExportType::Initiatives {
        return crate::export::export_records(storage, args).await;
    }
    let db = open(storage).await?;
    let all = initiatives::all(&db).await?;
    db.close().await;
    let mut buffer = Vec::new();
    match args.format {
        ExportFormat::Json => sparks_ingest::write_json(&all, &mut buffer)?,
        ExportFormat::Csv => sparks_ingest::write_csv(&all, &mut buffer)?,
    }
    if args.out.as_os_str() == "-" {
        std::io::stdout().write_all(&buffer)?;
    } else {
        std::fs::write(&args.out, &buffer)
            .with_context(|| format!("cannot write {}", args.out.display()))?;
        eprintln!(
            "exported {} initiatives to {}",
            all.len(),
            args.out.display()
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn synth(count: usize, seed: u64, out: &std::path::Path) -> Result<ExitCode> {
    let records = sparks_ingest::synth::initiatives(count, seed);
    let json = serde_json::to_vec(&records)?;
    if out.as_os_str() == "-" {
        std::io::stdout().write_all(&json)?;
    } else {
        std::fs::write(out, json).with_context(|| format!("cannot write {}", out.display()))?;
        eprintln!("wrote {count} synthetic initiatives to {}", out.display());
    }
    Ok(ExitCode::SUCCESS)
}

async fn reindex(storage: &Storage) -> Result<ExitCode> {
    let started = Instant::now();
    let db = open(storage).await?;
    let n = sparks_store::search::reindex(&db, &storage.clock.rfc3339())
        .await
        .context("cannot rebuild the search index")?;
    db.close().await;
    eprintln!(
        "indexed {n} documents in {} ms",
        started.elapsed().as_millis()
    );
    Ok(ExitCode::SUCCESS)
}

/// The base of links in emails: the public address, else the listening one.
/// Where uploads are kept: the S3-compatible bucket when one is configured, otherwise
/// DATA_DIR/uploads. A bad configuration stops the start, before anything is uploaded.
fn upload_store(
    storage: &Storage,
    args: &ServeArgs,
) -> Result<std::sync::Arc<dyn sparks_uploads::ObjectStore>> {
    let empty = |v: &Option<String>| v.as_deref().is_none_or(|v| v.trim().is_empty());
    if empty(&args.uploads_s3_bucket) {
        if !empty(&args.uploads_s3_endpoint) {
            anyhow::bail!(
                "SPARKS_UPLOADS_S3_ENDPOINT / --uploads-s3-endpoint is set, but not \
                 SPARKS_UPLOADS_S3_BUCKET / --uploads-s3-bucket: say which bucket, or drop the endpoint"
            );
        }
        // Outside anything served as static files; only `/uploads/{name}` reads it.
        return Ok(std::sync::Arc::new(sparks_uploads::LocalDir::new(
            storage.data_dir.join("uploads"),
        )));
    }
    let store = sparks_uploads::S3Config::with_env_credentials(
        args.uploads_s3_bucket.as_deref().unwrap_or_default(),
        args.uploads_s3_endpoint
            .as_deref()
            .filter(|e| !e.trim().is_empty()),
        &args.uploads_s3_region,
        args.uploads_s3_path_style,
    )
    .and_then(|config| sparks_uploads::S3::new(&config))
    .map_err(|e| anyhow::anyhow!("the S3 upload store (SPARKS_UPLOADS_S3_*): {e}"))?;
    tracing::info!(
        location = store.location(),
        "uploads go to an S3-compatible store"
    );
    Ok(std::sync::Arc::new(store))
}

fn link_base(public_url: Option<&str>, addr: SocketAddr) -> String {
    public_url
        .map(|u| u.trim_end_matches('/').to_owned())
        .unwrap_or_else(|| format!("http://{addr}"))
}

/// `sparks newsletter digest`.
async fn digest(storage: &Storage, mail: &MailArgs) -> Result<ExitCode> {
    let db = open(storage).await?;
    let mailer = sparks_mail::Mailer::from_config(
        mail.smtp_url.as_deref(),
        &storage.data_dir,
        &mail.mail_from,
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    let base = mail
        .public_url
        .as_deref()
        .unwrap_or("http://127.0.0.1:8080")
        .trim_end_matches('/')
        .to_owned();
    let report = sparks_web::newsletter::send_digest(&db, &storage.clock, &base)
        .await
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    // The digest goes through the mail queue like every mail; send it now, as this command
    // promises. What fails stays queued: a running server's worker retries it.
    let worker = sparks_web::MailWorker::new(
        db.clone(),
        storage.clock.clone(),
        mailer,
        sparks_web::MailSignal::default(),
    );
    let sent = worker.drain().await.map_err(|e| anyhow::anyhow!("{e}"))?;
    println!(
        "digest: {} new item(s), queued for {} subscriber(s); {} mail(s) sent, {} to retry",
        report.items,
        report.recipients,
        sent.sent,
        sent.retrying + sent.failed
    );
    db.close().await;
    Ok(ExitCode::SUCCESS)
}
