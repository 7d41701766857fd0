//! The site's secret key file (`SPARKS_SECRET_KEY_FILE`, issue #18): made readable by its
//! owner only in the data directory when missing and never replaced, used to seal the
//! second factor `sparks users add` enrols, and a malformed or unreadable one stops the
//! command with a clear error. On SQLite and, when `TEST_DATABASE_URL` is set, PostgreSQL.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

// Shared with the reliability suite; this one uses its storage options and `users add` only.
#[expect(dead_code, reason = "the reliability helpers are not all used here")]
mod support;

use sparks_auth::SecretKey;
use sparks_store::accounts;
use sparks_store::{Backend, Db, Sql, db_test};
use support::{BIN, KillOnDrop, storage, users_add};

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The database the storage options `db` name.
async fn open(db: &[String], dir: &std::path::Path) -> Db {
    let url = match db.iter().position(|a| a == "--database-url") {
        Some(i) => db[i + 1].clone(),
        None => format!("sqlite://{}", dir.join("sparks.db").display()),
    };
    Db::connect(&url).await.unwrap()
}

/// The base32 secret in the `otpauth://` address `users add` printed.
fn printed_secret(o: &Output) -> String {
    let out = String::from_utf8_lossy(&o.stdout);
    let uri = out.lines().find(|l| l.starts_with("otpauth://")).unwrap();
    let secret = uri.split("secret=").nth(1).unwrap();
    secret.split('&').next().unwrap().to_owned()
}

db_test!(the_key_file_is_made_private_kept_and_seals_what_users_add_enrols);
async fn the_key_file_is_made_private_kept_and_seals_what_users_add_enrols(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let (name, db) = storage(backend, dir.path()).await;
    let key_path = dir.path().join("secret.key");
    assert!(!key_path.exists());

    let o = users_add(
        &["--email", "first@example.org", "--role", "admin"],
        &db,
        "a strong admin passphrase",
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    let text = std::fs::read_to_string(&key_path).unwrap();
    let mode = std::fs::metadata(&key_path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600, "{name}: {mode:o}");
    assert_eq!(text.trim().len(), 64, "{name}: 32 bytes in hex");
    assert_eq!(
        std::fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e
                .as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".tmp"))
            .count(),
        0,
        "{name}: no temporary file left"
    );

    // The secret is stored sealed with that key: absent from the row, and it opens.
    let secret = printed_secret(&o);
    let database = open(&db, dir.path()).await;
    let mut sql = Sql::new("SELECT COUNT(*) AS n FROM users WHERE totp_secret LIKE ");
    sql.push_arg(format!("%{secret}%"));
    assert_eq!(database.count(sql).await.unwrap(), 0, "{name}");
    let user = accounts::by_email(&database, "first@example.org")
        .await
        .unwrap()
        .unwrap();
    let key = SecretKey::parse(&text).unwrap();
    assert_eq!(
        accounts::totp_secret(&key, &user).unwrap(),
        Some(secret),
        "{name}"
    );

    // The next command uses the same file and does not replace it.
    let o = users_add(
        &["--email", "second@example.org", "--role", "editor"],
        &db,
        "another strong passphrase",
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&key_path).unwrap(), text, "{name}");
    let user = accounts::by_email(&database, "second@example.org")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        accounts::totp_secret(&key, &user).unwrap(),
        Some(printed_secret(&o)),
        "{name}"
    );

    // Another key (the file was replaced): the command works, and says loudly that staff
    // cannot log in.
    let other = dir.path().join("other.key");
    std::fs::write(&other, "ab".repeat(32)).unwrap();
    let mut args = db.clone();
    args.extend(["--secret-key-file".to_owned(), other.display().to_string()]);
    let o = users_add(
        &["--email", "third@example.org"],
        &args,
        "a third passphrase",
    );
    assert!(o.status.success(), "{name}: {}", stderr(&o));
    assert!(
        stderr(&o).contains("holds another key") && stderr(&o).contains("ERROR"),
        "{name}: {}",
        stderr(&o)
    );
    database.close().await;
}

/// A key file that holds no key, or cannot be read, stops `users add` and `serve` with an
/// error naming the setting, and is left as it was.
#[tokio::test]
async fn a_malformed_or_unreadable_key_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let short = dir.path().join("short.key");
    std::fs::write(&short, "0123456789abcdef\n").unwrap();
    let not_a_file = dir.path().join("a-directory.key");
    std::fs::create_dir(&not_a_file).unwrap();
    for (path, expected) in [(&short, "64 hex digits"), (&not_a_file, "a-directory.key")] {
        for from_env in [false, true] {
            let mut users = Command::new(BIN);
            users
                .args(["users", "add", "--email", "x@example.org", "--data-dir"])
                .arg(&data)
                .env("SPARKS_PASSWORD", "a strong passphrase here");
            let mut serve = Command::new(BIN);
            serve
                .args([
                    "serve",
                    "--no-seed",
                    "--addr",
                    &support::free_addr(),
                    "--data-dir",
                ])
                .arg(&data);
            for command in [&mut users, &mut serve] {
                command.env_remove("SPARKS_DATABASE_URL");
                if from_env {
                    command.env("SPARKS_SECRET_KEY_FILE", path);
                } else {
                    command.arg("--secret-key-file").arg(path);
                }
                let (code, err) = stopped(command);
                assert_eq!(code, Some(1), "{path:?} ({from_env}): {err}");
                assert!(
                    err.contains("SPARKS_SECRET_KEY_FILE") && err.contains(expected),
                    "{path:?} ({from_env}): {err}"
                );
            }
        }
    }
    assert_eq!(
        std::fs::read_to_string(&short).unwrap(),
        "0123456789abcdef\n"
    );
}

/// Runs a command that must stop at once: its exit code and what it wrote to stderr. One still
/// running after 20 s (a `serve` that started anyway) is killed and fails the test.
fn stopped(command: &mut Command) -> (Option<i32>, String) {
    let mut child = KillOnDrop(
        command
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap(),
    );
    let deadline = Instant::now() + Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        assert!(Instant::now() < deadline, "{command:?} did not stop");
        std::thread::sleep(Duration::from_millis(50));
    }
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    (child.try_wait().unwrap().and_then(|s| s.code()), err)
}
