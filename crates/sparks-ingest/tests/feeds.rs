//! Feeds in, end to end: the fetcher against local loopback servers that misbehave in every
//! way we know (each must end within its limit with an error), the address guard with an
//! injected resolver and a transport that fails the test if it is called, and whole passes
//! that store attributed, de-duplicated items on every backend.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

mod server;

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use server::{Body, Reply, serve};
use sparks_ingest::feed_run::{RunOptions, make_all_due, run_due};
use sparks_ingest::fetch::{
    Answer, BoxFuture, FetchError, Fetched, Fetcher, Policy, Request, Resolve, Transport,
};
use sparks_store::testing::{self, TestDb};
use sparks_store::{NewsFilter, db_test, feeds, news};

fn policy(allow_private: bool) -> Policy {
    Policy {
        allow_private,
        connect_timeout: Duration::from_secs(1),
        total_timeout: Duration::from_secs(2),
        max_body: 64 * 1024,
        max_redirects: 3,
    }
}

fn local() -> Fetcher {
    Fetcher::new(policy(true))
}

const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Project news</title>
<link>https://project.example/</link>
<item><title>Toolkit released</title><link>/news/toolkit</link><guid>t-1</guid>
<description>&lt;p&gt;The toolkit is out.&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src="https://tracker.example/p.gif"&gt;&lt;/p&gt;</description>
<pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate></item>
<item><title>Workshop in Warsaw</title><link>https://project.example/news/workshop</link>
<pubDate>Wed, 11 Jun 2025 10:00:00 GMT</pubDate><description>See you there.</description></item>
</channel></rss>"#;

/// The classic entity-expansion bomb, as an RSS document.
const BILLION_LAUGHS: &str = r#"<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>"#;

#[tokio::test]
async fn etag_then_304() {
    let srv = serve(|req| {
        if req.contains("if-none-match: \"v1\"") {
            Reply::status(304)
        } else {
            Reply::ok(RSS).header("ETag", "\"v1\"")
        }
    })
    .await;
    let f = local();
    let Fetched::Document { answer, .. } = f.fetch(&srv.url("/feed"), None, None).await.unwrap()
    else {
        panic!("expected a document");
    };
    assert_eq!(answer.etag.as_deref(), Some("\"v1\""));
    assert!(matches!(
        f.fetch(&srv.url("/feed"), Some("\"v1\""), None)
            .await
            .unwrap(),
        Fetched::NotModified
    ));
}

#[tokio::test]
async fn slow_server_times_out() {
    let srv = serve(|_| Reply::ok("").body(Body::Slow)).await;
    let e = local().fetch(&srv.url("/"), None, None).await.unwrap_err();
    assert!(
        matches!(e, FetchError::Timeout(_)) || e.to_string().contains("timed out"),
        "{e}"
    );
}

#[tokio::test]
async fn endless_body_is_cut() {
    let srv = serve(|_| Reply::ok("").body(Body::Endless)).await;
    let e = local().fetch(&srv.url("/"), None, None).await.unwrap_err();
    assert!(matches!(e, FetchError::TooLarge(_)), "{e}");
}

#[tokio::test]
async fn huge_body_is_refused() {
    let srv = serve(|_| Reply::ok("").body(Body::Bytes(vec![b'x'; 1024 * 1024]))).await;
    let e = local().fetch(&srv.url("/"), None, None).await.unwrap_err();
    assert!(matches!(e, FetchError::TooLarge(_)), "{e}");
}

#[tokio::test]
async fn gzip_bomb_is_cut_after_decompression() {
    use std::io::Write;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    gz.write_all(&vec![b' '; 20 * 1024 * 1024]).unwrap();
    let bomb = gz.finish().unwrap();
    assert!(
        bomb.len() < 64 * 1024,
        "the compressed bomb fits the cap: {}",
        bomb.len()
    );
    let srv = serve(move |_| {
        Reply::ok("")
            .header("Content-Encoding", "gzip")
            .body(Body::Bytes(bomb.clone()))
    })
    .await;
    let e = local().fetch(&srv.url("/"), None, None).await.unwrap_err();
    assert!(matches!(e, FetchError::TooLarge(_)), "{e}");
}

#[tokio::test]
async fn redirect_loop_stops() {
    let srv = serve(|_| Reply::status(302).header("Location", "/again")).await;
    let e = local().fetch(&srv.url("/"), None, None).await.unwrap_err();
    assert!(matches!(e, FetchError::TooManyRedirects(3)), "{e}");
}

/// A transport that fails the test when called: the guard must refuse before connecting.
struct NoConnect;
impl Transport for NoConnect {
    fn get<'a>(&'a self, req: Request, _: &'a Policy) -> BoxFuture<'a, Result<Answer, FetchError>> {
        panic!("connected to {} at {:?}", req.url, req.addrs)
    }
}

/// A resolver with fixed answers.
struct Fixed(Vec<(&'static str, Vec<&'static str>)>);
impl Resolve for Fixed {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        port: u16,
    ) -> BoxFuture<'a, std::io::Result<Vec<SocketAddr>>> {
        let found = self
            .0
            .iter()
            .find(|(h, _)| *h == host)
            .map(|(_, ips)| {
                ips.iter()
                    .map(|ip| SocketAddr::new(ip.parse().unwrap(), port))
                    .collect()
            })
            .ok_or_else(|| std::io::Error::other("no such host"));
        Box::pin(async move { found })
    }
}

#[tokio::test]
async fn every_spelling_of_a_private_address_is_refused_before_connecting() {
    let resolver = Fixed(vec![
        ("rebind.example", vec!["127.0.0.1"]),
        ("mixed.example", vec!["8.8.8.8", "10.0.0.1"]),
        ("metadata.example", vec!["169.254.169.254"]),
        ("v6.example", vec!["::1"]),
    ]);
    let f = Fetcher::with(policy(false), Arc::new(resolver), Arc::new(NoConnect));
    for url in [
        "http://127.0.0.1/",
        "http://2130706433/",
        "http://0x7f.1/",
        "http://0x7f000001/",
        "http://0177.0.0.1/",
        "http://127.1/",
        "http://127.0.0.1./",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[::ffff:7f00:1]/",
        "http://[0:0:0:0:0:ffff:127.0.0.1]/",
        "http://localhost/",
        "http://LOCALHOST./",
        "http://foo.localhost/",
        "http://0.0.0.0/",
        "http://0/",
        "http://10.0.0.1/",
        "http://192.168.1.1:8080/",
        "http://172.16.0.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.64.0.1/",
        "http://192.0.2.1/",
        "http://224.0.0.1/",
        "http://[fe80::1]/",
        "http://[fc00::1]/",
        "https://rebind.example/feed",
        "https://mixed.example/feed",
        "http://metadata.example/",
        "http://v6.example/",
    ] {
        let e = f.fetch(url, None, None).await.unwrap_err();
        assert!(matches!(e, FetchError::Refused(_)), "{url}: {e}");
    }
    for url in [
        "file:///etc/passwd",
        "gopher://127.0.0.1/",
        "ftp://example.org/",
        "not a url",
    ] {
        let e = f.fetch(url, None, None).await.unwrap_err();
        assert!(matches!(e, FetchError::BadUrl(_)), "{url}: {e}");
    }
}

/// The guard against a canary: a loopback server that counts the requests it gets, fetched
/// through the real transport by every IPv6 spelling that can carry an IPv4 address
/// (mapped, translated, compatible, NAT64, 6to4, Teredo) and one outside global unicast, in
/// the URL or from DNS. Each is refused and the canary counts nothing; with private
/// fetching allowed (what `SPARKS_ALLOW_PRIVATE_FETCH=1` sets) the same URL reaches it, so
/// the count means something.
#[tokio::test]
async fn no_ipv6_spelling_of_loopback_reaches_a_canary() {
    let hits = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&hits);
    let srv = serve(move |_| {
        counter.fetch_add(1, Ordering::SeqCst);
        Reply::ok(RSS)
    })
    .await;
    let port = srv.url("").rsplit(':').next().unwrap().to_owned();
    let resolver = Arc::new(Fixed(vec![
        ("mapped.example", vec!["::ffff:127.0.0.1"]),
        ("translated.example", vec!["::ffff:0:127.0.0.1"]),
        ("nat64.example", vec!["64:ff9b::127.0.0.1"]),
        ("sixtofour.example", vec!["2002:7f00:1::1"]),
    ]));
    let transport = Arc::new(sparks_ingest::http::ReqwestTransport);
    let guarded = Fetcher::with(policy(false), resolver.clone(), transport.clone());
    for host in [
        "[::ffff:127.0.0.1]",
        "[::ffff:7f00:1]",
        "[::ffff:0:127.0.0.1]",
        "[::ffff:0:7f00:1]",
        "[::127.0.0.1]",
        "[64:ff9b::127.0.0.1]",
        "[64:ff9b:1::7f00:1]",
        "[2002:7f00:1::1]",
        "[2001:0:4136:e378:8000:63bf:80ff:fffe]",
        "[4000::7f00:1]",
        "mapped.example",
        "translated.example",
        "nat64.example",
        "sixtofour.example",
    ] {
        let url = format!("http://{host}:{port}/feed");
        let e = guarded.fetch(&url, None, None).await.unwrap_err();
        assert!(matches!(e, FetchError::Refused(_)), "{url}: {e}");
    }
    assert_eq!(hits.load(Ordering::SeqCst), 0, "the canary was reached");

    let open = Fetcher::with(policy(true), resolver, transport);
    let got = open
        .fetch(
            &format!("http://[::ffff:127.0.0.1]:{port}/feed"),
            None,
            None,
        )
        .await;
    assert!(matches!(got, Ok(Fetched::Document { .. })), "{got:?}");
    assert_eq!(hits.load(Ordering::SeqCst), 1);
}

/// Records what it was asked to connect to, and answers with canned replies.
struct Recording {
    seen: Mutex<Vec<(String, Vec<SocketAddr>)>>,
    replies: Mutex<Vec<Answer>>,
}
impl Transport for Recording {
    fn get<'a>(&'a self, req: Request, _: &'a Policy) -> BoxFuture<'a, Result<Answer, FetchError>> {
        self.seen
            .lock()
            .unwrap()
            .push((req.url.to_string(), req.addrs.clone()));
        let a = self.replies.lock().unwrap().remove(0);
        Box::pin(async move { Ok(a) })
    }
}

#[tokio::test]
async fn connects_only_to_the_checked_address_and_rechecks_redirects() {
    let resolver = Fixed(vec![("feeds.example", vec!["93.184.216.34"])]);
    let t = Arc::new(Recording {
        seen: Mutex::new(Vec::new()),
        replies: Mutex::new(vec![
            Answer {
                status: 301,
                location: Some("http://0x7f.1/internal".into()),
                ..Answer::default()
            },
            Answer::default(),
        ]),
    });
    let f = Fetcher::with(policy(false), Arc::new(resolver), t.clone());
    let e = f
        .fetch("https://feeds.example/rss", None, None)
        .await
        .unwrap_err();
    assert!(
        matches!(e, FetchError::Refused(ref a) if a == "127.0.0.1"),
        "{e}"
    );
    let seen = t.seen.lock().unwrap().clone();
    assert_eq!(
        seen.len(),
        1,
        "the redirect target was never contacted: {seen:?}"
    );
    assert_eq!(
        seen[0].1,
        vec!["93.184.216.34:443".parse::<SocketAddr>().unwrap()]
    );
}

async fn news_titles(db: &sparks_store::Db) -> Vec<String> {
    news::list(db, &NewsFilter::default(), 1, 100)
        .await
        .unwrap()
        .items
        .into_iter()
        .map(|p| p.title)
        .collect()
}

db_test!(a_pass_stores_clean_attributed_items_once_and_bad_feeds_do_not_stop_it);
async fn a_pass_stores_clean_attributed_items_once_and_bad_feeds_do_not_stop_it(t: TestDb) {
    let good = serve(|req| {
        if req.contains("if-none-match: \"v1\"") {
            Reply::status(304)
        } else {
            Reply::ok(RSS).header("ETag", "\"v1\"")
        }
    })
    .await;
    let bad = serve(|req| {
        if req.starts_with("GET /malformed") {
            Reply::ok("<rss><channel><item><title>broken")
        } else if req.starts_with("GET /bomb") {
            Reply::ok(BILLION_LAUGHS)
        } else {
            Reply::status(500)
        }
    })
    .await;
    let opts = RunOptions {
        worker: "test".into(),
        ..RunOptions::default()
    };
    let db = &t.db;
    for url in [
        bad.url("/malformed"),
        bad.url("/error"),
        good.url("/feed.xml"),
        bad.url("/bomb"),
    ] {
        feeds::add(db, "arica", &url, true, "2026-01-01T00:00:00Z")
            .await
            .unwrap();
    }
    let r = run_due(db, &local(), &opts).await.unwrap();
    // The entity bomb either fails or parses unexpanded; the others as they are.
    assert_eq!(r.fetched + r.failed, 4, "{}: {r:?}", t.name);
    assert!(r.failed >= 2 && r.items >= 2, "{}: {r:?}", t.name);
    for title in news_titles(db).await {
        assert!(
            title.len() < 200,
            "an entity was expanded: {} bytes",
            title.len()
        );
    }
    let posts = news::list(
        db,
        &NewsFilter {
            initiative: Some("arica".into()),
            q: None,
        },
        1,
        10,
    )
    .await
    .unwrap()
    .items;
    let toolkit = posts
        .iter()
        .find(|p| p.title == "Toolkit released")
        .unwrap();
    assert_eq!(
        toolkit.source_url.as_ref().unwrap().as_str(),
        format!("{}", good.url("/news/toolkit"))
    );
    assert!(
        !toolkit.body_html.contains("script"),
        "{}",
        toolkit.body_html
    );
    assert!(!toolkit.body_html.contains("img"), "{}", toolkit.body_html);
    assert_eq!(sparks_core::date::iso_day(toolkit.published), "2025-06-10");

    let health = feeds::health(db).await.unwrap();
    let status = |path: &str| {
        health
            .iter()
            .find(|f| f.url.ends_with(path))
            .unwrap()
            .clone()
    };
    assert_eq!(status("/feed.xml").status, "ok");
    assert_eq!(status("/feed.xml").item_count, 2);
    let m = status("/malformed");
    assert_eq!(m.status, "error");
    assert!(m.error.as_deref().unwrap().contains("not a feed"), "{m:?}");
    assert!(status("/error").error.as_deref().unwrap().contains("500"));
    assert!(
        m.next_fetch > status("/feed.xml").last_fetch.clone().unwrap(),
        "{m:?}"
    );

    // Nothing is due now; forced, the good feed answers 304 and nothing doubles.
    assert_eq!(
        run_due(db, &local(), &opts).await.unwrap(),
        Default::default()
    );
    make_all_due(db, &sparks_core::Clock::system())
        .await
        .unwrap();
    let again = run_due(db, &local(), &opts).await.unwrap();
    assert_eq!(
        (again.not_modified, again.items),
        (1, 0),
        "{}: {again:?}",
        t.name
    );
    assert!(again.failed >= 2, "{}: {again:?}", t.name);
    let titles = news_titles(db).await;
    assert_eq!(
        titles.iter().filter(|t| *t == "Toolkit released").count(),
        1
    );
}

#[tokio::test]
async fn items_are_deduplicated_by_link_and_title_when_guids_change() {
    let counter = Arc::new(Mutex::new(0));
    let c = counter.clone();
    let srv = serve(move |_| {
        let mut n = c.lock().unwrap();
        *n += 1;
        // The same items each time under new GUIDs: the link, then the title and date, tell.
        Reply::ok(&format!(
            r#"<rss version="2.0"><channel><title>x</title>
            <item><title>Linked</title><link>https://p.example/a</link><guid>a-{n}</guid></item>
            <item><title>Unlinked</title><guid>b-{n}</guid><pubDate>Tue, 10 Jun 2025 10:00:00 GMT</pubDate></item>
            </channel></rss>"#
        ))
    })
    .await;
    let t = testing::sqlite().await;
    feeds::add(&t.db, "arica", &srv.url("/"), true, "2026-01-01T00:00:00Z")
        .await
        .unwrap();
    let opts = RunOptions::default();
    assert_eq!(run_due(&t.db, &local(), &opts).await.unwrap().items, 2);
    make_all_due(&t.db, &sparks_core::Clock::system())
        .await
        .unwrap();
    assert_eq!(run_due(&t.db, &local(), &opts).await.unwrap().items, 0);
    assert_eq!(news_titles(&t.db).await.len(), 2);
}

#[tokio::test]
async fn the_real_transport_connects_to_the_checked_address_not_a_new_lookup() {
    let srv = serve(|_| Reply::ok(RSS)).await;
    let port = srv
        .url("/")
        .split(':')
        .nth(2)
        .unwrap()
        .trim_end_matches('/')
        .to_owned();
    // `feeds.invalid` exists in no DNS: only the guard's answer can make this work.
    let resolver = Fixed(vec![("feeds.invalid", vec!["127.0.0.1"])]);
    let f = Fetcher::with(
        policy(true),
        Arc::new(resolver),
        Arc::new(sparks_ingest::http::ReqwestTransport),
    );
    for host in ["feeds.invalid", "feeds.invalid."] {
        let got = f
            .fetch(&format!("http://{host}:{port}/feed"), None, None)
            .await;
        assert!(
            matches!(got, Ok(Fetched::Document { .. })),
            "{host}: {got:?}"
        );
    }
}
