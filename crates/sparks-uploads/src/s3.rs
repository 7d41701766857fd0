//! Uploads in an S3-compatible bucket (AWS S3, MinIO, Garage, Ceph...), so that several
//! servers serve the same files.
//!
//! The client (`object_store`) is async; [`ObjectStore`] is not, because the web layer calls
//! it on a blocking thread (`spawn_blocking`). So each call runs the request on the Tokio
//! runtime of the calling thread with `Handle::block_on`, which is allowed there.

use std::time::Duration;

use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path;
use object_store::{ClientOptions, ObjectStore as _, PutPayload, RetryConfig};

use crate::store::{ObjectStore, StoreError, is_stored_name};

/// Where an S3-compatible bucket is and how to reach it.
#[derive(Clone)]
pub struct S3Config {
    /// The bucket (it must exist).
    pub bucket: String,
    /// The service's URL (`https://s3.example.net`, `http://127.0.0.1:9000`); `None` for
    /// AWS itself, whose address follows from the region.
    pub endpoint: Option<String>,
    /// The region requests are signed for (`us-east-1` suits most other services).
    pub region: String,
    /// Path-style addressing (`ENDPOINT/BUCKET/NAME`), which MinIO, Garage and Ceph expect;
    /// otherwise virtual-hosted style (`BUCKET.ENDPOINT/NAME`).
    pub path_style: bool,
    /// Credentials: the access key id.
    pub access_key_id: String,
    /// Credentials: the secret key (never logged: see the `Debug` impl).
    pub secret_access_key: String,
    /// Credentials: a session token, for temporary credentials.
    pub session_token: Option<String>,
}

impl std::fmt::Debug for S3Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("S3Config")
            .field("bucket", &self.bucket)
            .field("endpoint", &self.endpoint)
            .field("region", &self.region)
            .field("path_style", &self.path_style)
            .field("access_key_id", &self.access_key_id)
            .field("secret_access_key", &"***")
            .field("session_token", &self.session_token.as_ref().map(|_| "***"))
            .finish()
    }
}

/// Why an S3 store cannot be set up.
#[derive(Debug, thiserror::Error)]
pub enum S3ConfigError {
    /// The bucket name is empty or could be read as a path.
    #[error("`{0}` is not a bucket name")]
    Bucket(String),
    /// The endpoint is not an http(s) URL with a host.
    #[error("`{0}` is not an http(s) URL (like https://s3.example.net or http://127.0.0.1:9000)")]
    Endpoint(String),
    /// The region is empty.
    #[error("the region is empty")]
    Region,
    /// No credentials in the environment.
    #[error("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must both be set for an S3 store")]
    Credentials,
    /// The client refused the configuration.
    #[error("the S3 client: {0}")]
    Client(String),
}

impl S3Config {
    /// A configuration with credentials from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and
    /// (when set) `AWS_SESSION_TOKEN`.
    pub fn with_env_credentials(
        bucket: &str,
        endpoint: Option<&str>,
        region: &str,
        path_style: bool,
    ) -> Result<S3Config, S3ConfigError> {
        S3Config::with_credentials_from(bucket, endpoint, region, path_style, |name| {
            std::env::var(name).ok()
        })
    }

    /// Like [`S3Config::with_env_credentials`], reading variables through `var` (so tests do
    /// not have to change the process environment).
    pub fn with_credentials_from(
        bucket: &str,
        endpoint: Option<&str>,
        region: &str,
        path_style: bool,
        var: impl Fn(&str) -> Option<String>,
    ) -> Result<S3Config, S3ConfigError> {
        let set = |name: &str| var(name).filter(|v| !v.trim().is_empty());
        let (Some(access_key_id), Some(secret_access_key)) =
            (set("AWS_ACCESS_KEY_ID"), set("AWS_SECRET_ACCESS_KEY"))
        else {
            return Err(S3ConfigError::Credentials);
        };
        let config = S3Config {
            bucket: bucket.trim().to_owned(),
            endpoint: endpoint.map(|e| e.trim().to_owned()),
            region: region.trim().to_owned(),
            path_style,
            access_key_id,
            secret_access_key,
            session_token: set("AWS_SESSION_TOKEN"),
        };
        config.check()?;
        Ok(config)
    }

    /// Refuses what would only fail later, at the first upload.
    fn check(&self) -> Result<(), S3ConfigError> {
        let bucket_ok = !self.bucket.is_empty()
            && !self.bucket.starts_with('.')
            && !self.bucket.contains("..")
            && self
                .bucket
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_'));
        if !bucket_ok {
            return Err(S3ConfigError::Bucket(self.bucket.clone()));
        }
        if self.region.is_empty() {
            return Err(S3ConfigError::Region);
        }
        if let Some(endpoint) = &self.endpoint {
            endpoint_url(endpoint)?;
        }
        Ok(())
    }
}

/// The endpoint as a URL: http(s), with a host, nothing after the path.
fn endpoint_url(endpoint: &str) -> Result<url::Url, S3ConfigError> {
    let bad = || S3ConfigError::Endpoint(endpoint.to_owned());
    let url = url::Url::parse(endpoint).map_err(|_| bad())?;
    let ok = matches!(url.scheme(), "http" | "https")
        && url.host_str().is_some_and(|h| !h.is_empty())
        && url.query().is_none()
        && url.fragment().is_none()
        && url.username().is_empty()
        && url.password().is_none();
    if ok { Ok(url) } else { Err(bad()) }
}

/// Files in a bucket of an S3-compatible service.
pub struct S3 {
    client: AmazonS3,
    /// Where requests go, for messages (no credentials in it).
    location: String,
}

impl std::fmt::Debug for S3 {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The client's own Debug would list its configuration; the location is enough.
        f.debug_struct("S3")
            .field("location", &self.location)
            .finish()
    }
}

impl S3 {
    /// A store for `config`'s bucket. Nothing is sent until the first `put` or `get`.
    pub fn new(config: &S3Config) -> Result<S3, S3ConfigError> {
        config.check()?;
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(&config.bucket)
            .with_region(&config.region)
            .with_access_key_id(&config.access_key_id)
            .with_secret_access_key(&config.secret_access_key)
            .with_virtual_hosted_style_request(!config.path_style)
            // A person waits on every request: fail within seconds rather than retry for
            // minutes (the client's default).
            .with_retry(RetryConfig {
                max_retries: 2,
                retry_timeout: Duration::from_secs(10),
                ..RetryConfig::default()
            })
            .with_client_options(
                ClientOptions::new()
                    .with_connect_timeout(Duration::from_secs(5))
                    .with_timeout(Duration::from_secs(30))
                    // Plain http only when the operator wrote an http:// endpoint (a
                    // service on the same host or network).
                    .with_allow_http(
                        config
                            .endpoint
                            .as_deref()
                            .is_some_and(|e| endpoint_url(e).is_ok_and(|u| u.scheme() == "http")),
                    ),
            );
        if let Some(token) = &config.session_token {
            builder = builder.with_token(token);
        }
        let location = match &config.endpoint {
            Some(endpoint) => {
                let endpoint = bucket_endpoint(endpoint, &config.bucket, config.path_style)?;
                builder = builder.with_endpoint(&endpoint);
                endpoint
            }
            None => format!("s3://{} ({})", config.bucket, config.region),
        };
        let client = builder
            .build()
            .map_err(|e| S3ConfigError::Client(e.to_string()))?;
        Ok(S3 { client, location })
    }

    /// Where the files go, for the log.
    pub fn location(&self) -> &str {
        &self.location
    }
}

/// The endpoint the client is given: as written for path style (the client adds the
/// bucket), with the bucket as the first label of the host for virtual-hosted style.
fn bucket_endpoint(
    endpoint: &str,
    bucket: &str,
    path_style: bool,
) -> Result<String, S3ConfigError> {
    let mut url = endpoint_url(endpoint)?;
    if !path_style {
        let host = format!("{bucket}.{}", url.host_str().unwrap_or_default());
        url.set_host(Some(&host))
            .map_err(|_| S3ConfigError::Endpoint(endpoint.to_owned()))?;
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// The runtime of the calling thread (a `spawn_blocking` thread of the server's runtime).
fn runtime() -> Result<tokio::runtime::Handle, StoreError> {
    tokio::runtime::Handle::try_current().map_err(|_| {
        StoreError::Io(std::io::Error::other(
            "the S3 store must be called on a blocking thread of a Tokio runtime",
        ))
    })
}

fn remote(e: object_store::Error) -> StoreError {
    StoreError::Io(std::io::Error::other(e))
}

impl ObjectStore for S3 {
    fn put(&self, name: &str, bytes: &[u8]) -> Result<(), StoreError> {
        // Checked before anything is sent: a name we did not make never reaches the service.
        if !is_stored_name(name) {
            return Err(StoreError::BadName);
        }
        let payload = PutPayload::from(bytes.to_vec());
        // S3 makes an object visible only once it is wholly written, and a successful PUT
        // is durable: no temporary name as in `LocalDir`.
        runtime()?
            .block_on(self.client.put(&Path::from(name), payload))
            .map_err(remote)?;
        Ok(())
    }

    fn get(&self, name: &str) -> Result<Option<Vec<u8>>, StoreError> {
        if !is_stored_name(name) {
            return Ok(None);
        }
        let path = Path::from(name);
        let read = async {
            let found = self.client.get(&path).await?;
            found.bytes().await
        };
        match runtime()?.block_on(read) {
            Ok(bytes) => Ok(Some(bytes.to_vec())),
            Err(object_store::Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(remote(e)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(name: &str) -> Option<String> {
        match name {
            "AWS_ACCESS_KEY_ID" => Some("AKIDEXAMPLE".to_owned()),
            "AWS_SECRET_ACCESS_KEY" => Some("very-secret-key".to_owned()),
            _ => None,
        }
    }

    fn config(endpoint: Option<&str>) -> Result<S3Config, S3ConfigError> {
        S3Config::with_credentials_from("sparks-uploads", endpoint, "us-east-1", true, keys)
    }

    #[test]
    fn misconfigurations_are_refused_with_a_reason() {
        for endpoint in [
            "not a url",
            "ftp://s3.example.net",
            "http://",
            "https://k:s@h/",
            "https://h/?x=1",
        ] {
            let e = config(Some(endpoint)).err();
            assert!(
                matches!(e, Some(S3ConfigError::Endpoint(_))),
                "{endpoint}: {e:?}"
            );
        }
        for bucket in ["", "a/b", "../x", ".."] {
            let e = S3Config::with_credentials_from(bucket, None, "us-east-1", true, keys).err();
            assert!(
                matches!(e, Some(S3ConfigError::Bucket(_))),
                "{bucket:?}: {e:?}"
            );
        }
        let e = S3Config::with_credentials_from("b", None, " ", true, keys).err();
        assert!(matches!(e, Some(S3ConfigError::Region)), "{e:?}");
        let only_id = |n: &str| (n == "AWS_ACCESS_KEY_ID").then(|| "AKID".to_owned());
        for var in [
            &(|_: &str| None) as &dyn Fn(&str) -> Option<String>,
            &only_id,
        ] {
            let e = S3Config::with_credentials_from("b", None, "us-east-1", true, var).err();
            assert!(matches!(e, Some(S3ConfigError::Credentials)), "{e:?}");
        }
        assert!(config(Some("http://127.0.0.1:9000")).is_ok());
        assert!(config(None).is_ok());
    }

    #[test]
    fn the_secret_is_never_printed() {
        let config = config(Some("https://s3.example.net")).unwrap();
        let store = S3::new(&config).unwrap();
        for text in [format!("{config:?}"), format!("{store:?}")] {
            assert!(!text.contains("very-secret-key"), "{text}");
        }
    }

    #[test]
    fn addressing_styles() {
        let path = bucket_endpoint("https://s3.example.net/", "b", true).unwrap();
        assert_eq!(path, "https://s3.example.net");
        let hosted = bucket_endpoint("https://s3.example.net:8443", "b", false).unwrap();
        assert_eq!(hosted, "https://b.s3.example.net:8443");
    }
}
