//! Helpers for the reliability tests: the binary, a server on a free port, a raw HTTP client
//! that tells complete answers from cut ones, and database checks.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::{Duration, Instant};

use sparks_store::Backend;

pub const BIN: &str = env!("CARGO_BIN_EXE_sparks");

/// A child process that is killed and reaped when dropped, so that a test that fails (or
/// panics) half-way leaves no process behind.
pub struct KillOnDrop(pub Child);

impl std::ops::Deref for KillOnDrop {
    type Target = Child;
    fn deref(&self) -> &Child {
        &self.0
    }
}

impl std::ops::DerefMut for KillOnDrop {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.0
    }
}

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// The storage options of `sparks` on `backend`: the data directory `dir` and, for PostgreSQL,
/// the URL of a fresh schema. With the backend's name, for messages and file names.
pub async fn storage(backend: Backend, dir: &Path) -> (&'static str, Vec<String>) {
    let mut args = vec!["--data-dir".to_owned(), dir.display().to_string()];
    if backend == Backend::Postgres {
        let url = sparks_store::testing::postgres_url()
            .await
            .unwrap_or_else(|| panic!("TEST_DATABASE_URL is not set"));
        args.extend(["--database-url".to_owned(), url]);
    }
    (sparks_store::testing::name(backend), args)
}

/// `sparks users add` with `args` on the storage options `db` (see [`storage`]), the password
/// given as `SPARKS_PASSWORD`.
pub fn users_add(args: &[&str], db: &[String], password: &str) -> Output {
    Command::new(BIN)
        .args(["users", "add"])
        .args(args)
        .args(db)
        .env("SPARKS_PASSWORD", password)
        .env_remove("SPARKS_DATABASE_URL")
        .env_remove("SPARKS_DATA_DIR")
        .output()
        .unwrap()
}

/// The binary with `args` on a SQLite data directory, not yet started.
pub fn command(args: &[&str], data: &Path) -> Command {
    let mut command = Command::new(BIN);
    command
        .args(args)
        .arg("--data-dir")
        .arg(data)
        .env_remove("SPARKS_DATABASE_URL")
        .env_remove("SPARKS_DATA_DIR");
    command
}

/// Runs the binary on a SQLite data directory.
pub fn sparks(args: &[&str], data: &Path) -> Output {
    command(args, data).output().unwrap()
}

/// Imports the bundled initiatives into a SQLite data directory; the import must succeed.
pub fn import_bundled_initiatives(data: &Path) {
    let o = sparks(
        &["import", "initiatives", "../../data/initiatives.json"],
        data,
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

async fn open(data: &Path) -> sparks_store::Db {
    sparks_store::Db::connect(&format!("sqlite://{}", data.join("sparks.db").display()))
        .await
        .unwrap()
}

/// How many initiatives the data directory's database holds.
pub async fn count_initiatives(data: &Path) -> u64 {
    let db = open(data).await;
    let n = sparks_store::initiatives::count(&db).await.unwrap();
    db.close().await;
    n
}

/// `PRAGMA integrity_check` of the data directory's database.
pub async fn integrity(data: &Path) -> Vec<String> {
    let db = open(data).await;
    let verdict = sparks_store::backup::integrity_check(&db).await.unwrap();
    db.close().await;
    verdict
}

/// The corpora beside the checkout, if there.
pub fn corpora() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora");
    dir.join("MANIFEST.md").is_file().then_some(dir)
}

/// What became of one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nobody listens (any more).
    Refused,
    /// The connection closed before a byte of answer: the request was never started.
    Empty,
    /// A whole response with this status (body as long as `Content-Length` says).
    Complete(u16),
    /// Some bytes, then nothing: a response cut short.
    Partial(String),
}

/// Sends one GET and classifies what comes back.
pub fn fetch(addr: &str, path: &str) -> Outcome {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return Outcome::Refused;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return Outcome::Empty;
    }
    let mut bytes = Vec::new();
    let _ = stream.read_to_end(&mut bytes);
    if bytes.is_empty() {
        return Outcome::Empty;
    }
    let text = String::from_utf8_lossy(&bytes);
    let Some((head, body)) = text.split_once("\r\n\r\n") else {
        return Outcome::Partial(format!("{} bytes, no end of headers", bytes.len()));
    };
    let status = head.get(9..12).and_then(|s| s.parse().ok()).unwrap_or(0);
    let length = head.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.eq_ignore_ascii_case("content-length")
            .then(|| value.trim().parse::<usize>().ok())?
    });
    let chunked = head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked");
    let complete = match length {
        Some(n) => body.len() >= n,
        None if chunked => body.ends_with("0\r\n\r\n"),
        None => true,
    };
    if complete {
        Outcome::Complete(status)
    } else {
        Outcome::Partial(format!("{path}: {} of {length:?} body bytes", body.len()))
    }
}

/// The body of a raw response, without headers (which carry dates).
pub fn body(response: &str) -> &str {
    response.split_once("\r\n\r\n").map_or("", |(_, b)| b)
}

/// A server process on a free port; its log goes to a file (a pipe would fill and stall it).
pub struct Server {
    child: Child,
    pub addr: String,
    log: tempfile::NamedTempFile,
}

/// A client of a server at an address, to hand to another thread.
pub struct Client {
    addr: String,
}

impl Client {
    /// See [`Server::get`].
    pub fn get(&self, path: &str) -> (u16, String) {
        get(&self.addr, path)
    }

    /// See [`Server::post_form`].
    pub fn post_form(&self, path: &str, body: &str, cookie: Option<&str>) -> u16 {
        post_form(&self.addr, path, body, cookie)
    }
}

impl Server {
    /// A client for this server's address.
    pub fn client(addr: &str) -> Client {
        Client {
            addr: addr.to_owned(),
        }
    }

    /// `sparks serve` on the data directory, with extra arguments; waits until ready.
    pub fn start(data: &Path, extra: &[&str]) -> Server {
        Server::start_at(data, extra, None)
    }

    /// Like [`Server::start`], on a given address (to restart on the same one).
    pub fn start_at(data: &Path, extra: &[&str], addr: Option<&str>) -> Server {
        Server::spawn(data, extra, addr, &[])
    }

    /// Like [`Server::start`], with variables set in the server's environment only
    /// (credentials, say).
    pub fn start_with_env(data: &Path, extra: &[&str], env: &[(&str, &str)]) -> Server {
        Server::spawn(data, extra, None, env)
    }

    fn spawn(data: &Path, extra: &[&str], addr: Option<&str>, env: &[(&str, &str)]) -> Server {
        let addr = addr.map_or_else(free_addr, str::to_owned);
        let log = tempfile::NamedTempFile::new().unwrap();
        let child = Command::new(BIN)
            .args(["serve", "--addr", &addr, "--data-dir"])
            .arg(data)
            .args(extra)
            .env_remove("SPARKS_DATABASE_URL")
            .env("RUST_LOG", "info,sqlx=warn")
            .envs(env.iter().copied())
            .stdout(Stdio::null())
            .stderr(log.reopen().unwrap())
            .spawn()
            .unwrap();
        let server = Server { child, addr, log };
        let deadline = Instant::now() + Duration::from_secs(60);
        while server.get("/readyz").0 != 200 {
            assert!(Instant::now() < deadline, "server did not become ready");
            std::thread::sleep(Duration::from_millis(50));
        }
        server
    }

    /// A GET: (status, whole raw response); (0, "") when nothing answers.
    pub fn get(&self, path: &str) -> (u16, String) {
        get(&self.addr, path)
    }

    /// Sends SIGTERM; returns the exit status, the log and how long stopping took.
    pub fn stop(mut self) -> (ExitStatus, String, Duration) {
        let started = Instant::now();
        Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > Duration::from_secs(40) {
                let _ = self.child.kill();
                break self.child.wait().unwrap();
            }
            std::thread::sleep(Duration::from_millis(20));
        };
        let took = started.elapsed();
        let log = std::fs::read_to_string(self.log.path()).unwrap_or_default();
        (status, log, took)
    }

    /// The server's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// `kill -9`: no chance to flush anything.
    pub fn kill9(mut self) {
        Command::new("kill")
            .args(["-KILL", &self.child.id().to_string()])
            .status()
            .unwrap();
        let _ = self.child.wait();
    }

    /// Sends a POST with a form body; the status, or 0 when nothing answered.
    pub fn post_form(&self, path: &str, body: &str, cookie: Option<&str>) -> u16 {
        post_form(&self.addr, path, body, cookie)
    }
}

/// A loopback address with a port that was free a moment ago, for a server to listen on.
pub fn free_addr() -> String {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    format!("127.0.0.1:{port}")
}

/// A plain HTTP/1.1 request with extra header lines (each ending in CRLF) and, for a POST, a
/// form body: (status, whole raw response); (0, "") when nothing answers.
pub fn send(addr: &str, method: &str, path: &str, headers: &str, form: &str) -> (u16, String) {
    let Ok(mut stream) = TcpStream::connect(addr) else {
        return (0, String::new());
    };
    // A server that accepts but never answers fails the test instead of hanging it.
    let _ = stream.set_read_timeout(Some(Duration::from_secs(60)));
    let body = if method == "POST" {
        format!(
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        )
    } else {
        "\r\n".to_owned()
    };
    let request =
        format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}{body}");
    if stream.write_all(request.as_bytes()).is_err() {
        return (0, String::new());
    }
    let mut response = String::new();
    let _ = stream.read_to_string(&mut response);
    let status = response
        .get(9..12)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

/// A GET: (status, whole raw response); (0, "") when nothing answers.
pub fn get(addr: &str, path: &str) -> (u16, String) {
    send(addr, "GET", path, "", "")
}

/// Sends a POST with a form body from the server's own origin; the status, or 0 when nothing
/// answered.
fn post_form(addr: &str, path: &str, body: &str, cookie: Option<&str>) -> u16 {
    let cookie = cookie
        .map(|c| format!("Cookie: {c}\r\n"))
        .unwrap_or_default();
    send(
        addr,
        "POST",
        path,
        &format!("Origin: http://{addr}\r\n{cookie}"),
        body,
    )
    .0
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A public HTTP write, for the `kill -9` harness.
pub struct WriteRoute {
    /// The page holding the form (its `csrf_token`, if any, is sent along).
    pub form_page: &'static str,
    /// Where the form posts.
    pub path: &'static str,
    /// The form body for write number `n` (without the token).
    pub body: fn(u64) -> String,
    /// SQL counting the rows of write `n`, with `$1` bound to [`WriteRoute::key`]`(n)`.
    pub verify_sql: &'static str,
    /// The value identifying write `n` in the database.
    pub key: fn(u64) -> String,
}

/// `POST /join` as the write load: each acknowledged join (303) is an account row.
pub const JOIN: WriteRoute = WriteRoute {
    form_page: "/join",
    path: "/join",
    body: |n| {
        format!(
            "email=acked-{n}%40example.org&display_name=Acked+writer+{n}\
             &password=Kettle-Orbit-Meadow-{n}-Quartz&organisation=&country=PL&expertise="
        )
    },
    verify_sql: "SELECT COUNT(*) FROM users WHERE email = $1",
    key: |n| format!("acked-{n}@example.org"),
};

/// `POST /newsletter` as the write load: each acknowledged subscription is a row (pending
/// confirmation, but stored).
pub const NEWSLETTER: WriteRoute = WriteRoute {
    form_page: "/newsletter",
    path: "/newsletter",
    body: |n| format!("email=subscriber-{n}%40example.org"),
    verify_sql: "SELECT COUNT(*) FROM newsletter_subscribers WHERE email = $1",
    key: |n| format!("subscriber-{n}@example.org"),
};

/// The `csrf_token` of the first form on a page, if any.
pub fn csrf_token(page: &str) -> Option<String> {
    let at = page.find("name=\"csrf_token\"")?;
    let rest = &page[at..];
    let value = rest.find("value=\"")? + 7;
    let end = rest[value..].find('"')?;
    Some(rest[value..value + end].to_owned())
}

/// Starts the server, sends writes from a client thread, `kill -9`s the server while writes
/// are in flight, restarts it, and repeats; then checks that every write the server
/// acknowledged (2xx/3xx, read to the end) is stored.
pub async fn acked_writes_survive_kill_9(data: &Path, route: &'static WriteRoute) {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
    use std::sync::{Arc, Mutex};

    let server = Server::start(data, &["--no-seed"]);
    let probe = server.post_form(route.path, &(route.body)(u64::MAX), None);
    if probe == 404 || probe == 405 {
        eprintln!(
            "SKIPPED acknowledged_writes_survive_kill_9: POST {} does not exist ({probe}); \
             the harness is ready for it",
            route.path
        );
        return;
    }
    let acked: Arc<Mutex<Vec<u64>>> = Arc::default();
    let next = Arc::new(AtomicU64::new(0));
    let addr = server.addr.clone();
    let mut server = Some(server);
    for round in 0..5u64 {
        let s = server
            .take()
            .unwrap_or_else(|| Server::start_at(data, &["--no-seed"], Some(&addr)));
        let stop = Arc::new(AtomicBool::new(false));
        let writer = {
            let (stop, acked, next) = (stop.clone(), acked.clone(), next.clone());
            let probe = Server::client(&s.addr);
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let (_, page) = probe.get(route.form_page);
                    let n = next.fetch_add(1, Ordering::Relaxed);
                    let mut body = (route.body)(n);
                    if let Some(token) = csrf_token(&page) {
                        body.push_str("&csrf_token=");
                        body.push_str(
                            &url::form_urlencoded::byte_serialize(token.as_bytes())
                                .collect::<String>(),
                        );
                    }
                    let status = probe.post_form(route.path, &body, None);
                    if (200..400).contains(&status) {
                        acked.lock().unwrap().push(n);
                    }
                }
            })
        };
        std::thread::sleep(Duration::from_millis(1200 + 300 * round));
        s.kill9();
        stop.store(true, Ordering::Relaxed);
        writer.join().unwrap();
    }
    let acked = acked.lock().unwrap().clone();
    let db = open(data).await;
    let mut lost = Vec::new();
    for n in &acked {
        let mut sql = sparks_store::Sql::new(route.verify_sql);
        sql.push_arg((route.key)(*n));
        let found = db
            .fetch_optional::<(i64,)>(sql)
            .await
            .ok()
            .flatten()
            .map_or(0, |r| r.0);
        if found == 0 {
            lost.push(*n);
        }
    }
    db.close().await;
    eprintln!(
        "acknowledged writes across 5 kill -9 restarts: {} acknowledged of {} sent",
        acked.len(),
        next.load(Ordering::Relaxed)
    );
    assert!(!acked.is_empty(), "no write was acknowledged");
    assert!(
        lost.is_empty(),
        "acknowledged but lost after kill -9: {lost:?}"
    );
}

/// Dumps a PostgreSQL schema with `pg_dump`, restores it into a new database with
/// `pg_restore`, and checks both answer the same.
pub async fn pg_dump_restore(url: &str) {
    let schema = url.rsplit("search_path%3D").next().unwrap().to_owned();
    let base = url.split('?').next().unwrap().to_owned();
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let db_args = ["--database-url", url];
    let o = Command::new(BIN)
        .args(["import", "initiatives", "../../data/initiatives.json"])
        .args(db_args)
        .arg("--data-dir")
        .arg(&data)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let dump = dir.path().join("sparks.dump");
    let o = Command::new("pg_dump")
        .args([
            "--format=custom",
            "--no-owner",
            "--schema",
            &schema,
            "--file",
        ])
        .arg(&dump)
        .arg(&base)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "pg_dump: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let target = format!("sparks_restore_{}", std::process::id());
    let admin = sparks_store::Db::connect(&base).await.unwrap();
    admin
        .execute(sparks_store::Sql::new(&format!(
            "DROP DATABASE IF EXISTS {target}"
        )))
        .await
        .unwrap();
    admin
        .execute(sparks_store::Sql::new(&format!("CREATE DATABASE {target}")))
        .await
        .unwrap();
    let (prefix, _) = base.rsplit_once('/').unwrap();
    let target_url = format!("{prefix}/{target}");
    let setup = sparks_store::Db::connect(&target_url).await.unwrap();
    // Extensions live outside the dumped schema; the README says to create them first.
    setup
        .execute(sparks_store::Sql::new(
            "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public",
        ))
        .await
        .unwrap();
    setup.close().await;
    let o = Command::new("pg_restore")
        .args(["--no-owner", "--exit-on-error", "--dbname", &target_url])
        .arg(&dump)
        .output()
        .unwrap();
    assert!(
        o.status.success(),
        "pg_restore: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    let restored_url = format!("{target_url}?options=-c%20search_path%3D{schema}");
    let original = Server::start(&data, &["--no-seed", "--database-url", url]);
    let copy = Server::start(&data, &["--no-seed", "--database-url", &restored_url]);
    for path in [
        "/api/v1/initiatives?per_page=100",
        "/api/v1/initiatives/arica",
        "/api/v1/search?q=child",
        "/initiatives?page=2",
        "/search?q=prevention",
    ] {
        let (a, b) = (original.get(path), copy.get(path));
        assert_eq!(a.0, 200, "{path}");
        assert_eq!(body(&a.1), body(&b.1), "{path} differs after pg_restore");
    }
    drop((original, copy));
    admin
        .execute(sparks_store::Sql::new(&format!(
            "DROP DATABASE IF EXISTS {target} WITH (FORCE)"
        )))
        .await
        .unwrap();
    admin.close().await;
}
