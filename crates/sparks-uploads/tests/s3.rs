//! The S3 store against a real S3-compatible server (moto's, when installed), called the way
//! the web layer calls it: on a blocking thread of a Tokio runtime.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::sync::Arc;

use sparks_uploads::testing::Moto;
use sparks_uploads::{ObjectStore, S3, S3Config, StoreError};

const PNG: &str = "0123456789abcdef0123456789abcdef.png";
const MISSING: &str = "fedcba9876543210fedcba9876543210.jpg";
const REFUSED: [&str; 3] = [
    "../0123456789abcdef0123456789abcdef.png",
    "0123456789abcdef0123456789abcdef.svg",
    "other-bucket/x.png",
];

fn keys(name: &str) -> Option<String> {
    // moto takes any credentials.
    match name {
        "AWS_ACCESS_KEY_ID" => Some("testing".to_owned()),
        "AWS_SECRET_ACCESS_KEY" => Some("testing".to_owned()),
        _ => None,
    }
}

fn store(bucket: &str, endpoint: &str) -> Arc<dyn ObjectStore> {
    let config =
        S3Config::with_credentials_from(bucket, Some(endpoint), "us-east-1", true, keys).unwrap();
    Arc::new(S3::new(&config).unwrap())
}

/// Runs `f` on a blocking thread, as `admin/media.rs` and `serve/uploads.rs` in sparks-web do.
async fn blocking<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    tokio::task::spawn_blocking(f).await.unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stores_and_reads_back_in_an_s3_bucket() {
    let moto = match Moto::start() {
        Ok(moto) => moto,
        Err(why) => {
            eprintln!("skipped the S3 store test: {why}");
            return;
        }
    };
    moto.create_bucket("sparks-uploads").unwrap();
    let s3 = store("sparks-uploads", &moto.endpoint());

    let bytes: Vec<u8> = (0..=255u8).cycle().take(300_000).collect();
    let (s, b) = (s3.clone(), bytes.clone());
    blocking(move || s.put(PNG, &b)).await.unwrap();
    let s = s3.clone();
    assert_eq!(blocking(move || s.get(PNG)).await.unwrap(), Some(bytes));

    // Overwriting replaces (names are random, but a retried upload may write twice).
    let s = s3.clone();
    blocking(move || s.put(PNG, b"second")).await.unwrap();
    let s = s3.clone();
    assert_eq!(
        blocking(move || s.get(PNG)).await.unwrap().as_deref(),
        Some(&b"second"[..])
    );

    let s = s3.clone();
    assert_eq!(blocking(move || s.get(MISSING)).await.unwrap(), None);

    // A bucket that is not there is an error on write, not a silent loss.
    let other = store("no-such-bucket", &moto.endpoint());
    let put = blocking(move || other.put(PNG, b"x")).await;
    assert!(matches!(put, Err(StoreError::Io(_))), "{put:?}");
}

/// A name the crate did not make is refused before any request: nothing connects to the
/// (listening) endpoint. Needs no S3 server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_name_never_reaches_the_network() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let endpoint = format!("http://{}", listener.local_addr().unwrap());
    let s3 = store("sparks-uploads", &endpoint);
    for name in REFUSED {
        let s = s3.clone();
        let put = blocking(move || s.put(name, b"x")).await;
        assert!(matches!(put, Err(StoreError::BadName)), "{name}: {put:?}");
        let s = s3.clone();
        assert_eq!(blocking(move || s.get(name)).await.unwrap(), None, "{name}");
    }
    let accepted = listener.accept();
    assert!(
        matches!(&accepted, Err(e) if e.kind() == std::io::ErrorKind::WouldBlock),
        "a connection was made: {accepted:?}"
    );
}

/// Outside a runtime the store says so instead of panicking.
#[test]
fn without_a_runtime_it_is_an_error() {
    let s3 = store("sparks-uploads", "http://127.0.0.1:9");
    assert!(matches!(s3.get(PNG), Err(StoreError::Io(_))));
    assert!(matches!(s3.put(PNG, b"x"), Err(StoreError::Io(_))));
}
