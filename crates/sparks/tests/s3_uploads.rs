//! `sparks serve` with uploads in an S3-compatible bucket (moto's server, when installed):
//! servers with separate data directories serve the same stored file, and a bad S3
//! configuration stops the start with a clear message.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::process::{Command, Stdio};

use sparks_uploads::testing::Moto;
use sparks_uploads::{ObjectStore, S3, S3Config};

#[expect(
    dead_code,
    reason = "the shared test helpers; this suite needs only the binary and the server"
)]
mod support;

use support::{BIN, Server};
const NAME: &str = "0123456789abcdef0123456789abcdef.png";
const BUCKET: &str = "sparks-e2e";

/// `sparks serve` with its own data directory, credentials only in its environment.
fn command(data_dir: &std::path::Path, extra: &[&str]) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(["--data-dir", &data_dir.display().to_string()])
        .args(["serve", "--no-seed"])
        .args(extra)
        .env_remove("SPARKS_DATABASE_URL")
        .env_remove("SPARKS_UPLOADS_S3_BUCKET")
        .env_remove("SPARKS_UPLOADS_S3_ENDPOINT")
        .env_remove("AWS_SESSION_TOKEN")
        .env("AWS_ACCESS_KEY_ID", "testing")
        .env("AWS_SECRET_ACCESS_KEY", "testing")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    command
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_servers_serve_an_upload_from_one_s3_bucket() {
    let moto = match Moto::start() {
        Ok(moto) => moto,
        Err(why) => {
            eprintln!("skipped the S3 upload serving test: {why}");
            return;
        }
    };
    moto.create_bucket(BUCKET).unwrap();
    let config = S3Config::with_credentials_from(
        BUCKET,
        Some(&moto.endpoint()),
        "us-east-1",
        true,
        |name| name.starts_with("AWS_").then(|| "testing".to_owned()),
    )
    .unwrap();
    let store = S3::new(&config).unwrap();
    // Text, so the response reads as a string; the server does not look at the bytes.
    let content = "stored once, served by every server";
    tokio::task::spawn_blocking(move || store.put(NAME, content.as_bytes()))
        .await
        .unwrap()
        .unwrap();

    let (one, two) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for dir in [&one, &two] {
        let server = Server::start_with_env(
            dir.path(),
            &[
                "--no-seed",
                "--uploads-s3-bucket",
                BUCKET,
                "--uploads-s3-endpoint",
                &moto.endpoint(),
            ],
            &[
                ("AWS_ACCESS_KEY_ID", "testing"),
                ("AWS_SECRET_ACCESS_KEY", "testing"),
            ],
        );
        let (status, response) = server.get(&format!("/uploads/{NAME}"));
        assert_eq!(status, 200, "{response}");
        assert!(response.ends_with(content), "{response}");
        assert!(
            response
                .to_ascii_lowercase()
                .contains("content-type: image/png"),
            "{response}"
        );
        let missing = "fedcba9876543210fedcba9876543210.jpg";
        assert_eq!(server.get(&format!("/uploads/{missing}")).0, 404);
        // Nothing was written beside the database: the files are in the bucket.
        assert!(!dir.path().join("uploads").exists());
    }
}

#[test]
fn a_bad_s3_configuration_stops_the_start() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&[&str], &[&str], &str); 3] = [
        (
            &["--uploads-s3-bucket", BUCKET],
            &["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"],
            "AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set",
        ),
        (
            &[
                "--uploads-s3-bucket",
                BUCKET,
                "--uploads-s3-endpoint",
                "s3.example.net",
            ],
            &[],
            "is not an http(s) URL",
        ),
        (
            &["--uploads-s3-endpoint", "http://127.0.0.1:9000"],
            &[],
            "SPARKS_UPLOADS_S3_BUCKET",
        ),
    ];
    for (args, unset, message) in cases {
        let mut command = command(dir.path(), &[&["--addr", "127.0.0.1:0"], args].concat());
        for var in unset {
            command.env_remove(var);
        }
        let output = command.stderr(Stdio::piped()).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!output.status.success(), "{args:?}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        assert!(!stderr.contains("testing"), "a secret in the log: {stderr}");
    }
}
