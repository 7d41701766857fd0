//! Issue #16 point 4 over HTTP: after the link checker ran against local loopback servers
//! (200, 404, 500, a permanent redirect chain, HEAD 405 then GET 200, a server that never
//! answers, a refused port), the API gives each URL's `link_status`, pages say in words that
//! a link was reported broken, and `/admin/links` lists the broken ones by record for staff
//! only. The checker resolves no name here (the seeded records' real hosts count as
//! unreachable), so the test needs no network; every server is a task of the test's runtime
//! and stops with it, failed or not.

use std::sync::Arc;
use std::time::Duration;

use axum::http::StatusCode;
use sparks_ingest::fetch::{BoxFuture, Fetcher, Policy, Resolve};
use sparks_ingest::http::ReqwestTransport;
use sparks_ingest::link_check::{CheckOptions, run};
use sparks_store::accounts::Role;
use sparks_store::{db_test, initiatives, resources};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

use crate::common::browser::Site;

const NOW: &str = "2026-11-29T00:00:00Z";

/// A resolver that knows no name: only IP literals (the local servers) are reached.
struct Offline;

impl Resolve for Offline {
    fn resolve<'a>(
        &'a self,
        host: &'a str,
        _port: u16,
    ) -> BoxFuture<'a, std::io::Result<Vec<std::net::SocketAddr>>> {
        Box::pin(async move { Err(std::io::Error::other(format!("{host}: no DNS in tests"))) })
    }
}

/// A loopback HTTP server: `/ok` 200, `/gone` 404, `/error` 500, `/moved` 301 → `/moved-2`
/// 307 → `/final` 200, `/no-head` 405 to HEAD and 200 to GET.
async fn server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut sock, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut buf = [0u8; 1024];
                while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                    match sock.read(&mut buf).await {
                        Ok(0) | Err(_) => return,
                        Ok(n) => head.extend_from_slice(&buf[..n]),
                    }
                }
                let head = String::from_utf8_lossy(&head).into_owned();
                let mut words = head.split_whitespace();
                let (method, path) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
                let (status, location) = match (method, path) {
                    (_, "/ok" | "/final") => (200, None),
                    (_, "/gone") => (404, None),
                    (_, "/error") => (500, None),
                    (_, "/moved") => (301, Some("/moved-2")),
                    (_, "/moved-2") => (307, Some("/final")),
                    ("HEAD", "/no-head") => (405, None),
                    (_, "/no-head") => (200, None),
                    _ => (400, None),
                };
                let mut reply =
                    format!("HTTP/1.1 {status} X\r\nConnection: close\r\nContent-Length: 0\r\n");
                if let Some(to) = location {
                    reply.push_str(&format!("Location: {to}\r\n"));
                }
                reply.push_str("\r\n");
                let _ = sock.write_all(reply.as_bytes()).await;
                let _ = sock.shutdown().await;
            });
        }
    });
    format!("http://{addr}")
}

/// A server that accepts connections and never answers.
async fn silent() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((sock, _)) = listener.accept().await {
            held.push(sock);
        }
    });
    format!("http://{addr}/slow")
}

/// A port nobody listens on.
async fn refused() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    drop(listener);
    format!("http://{addr}/closed")
}

async fn add_initiative(site: &Site, acronym: &str, website: &str, sources: &[String]) {
    let record = serde_json::json!([{
        "acronym": acronym,
        "full_name": format!("{acronym} project"),
        "type": "project",
        "pillars": ["prevention"],
        "website": website,
        "description": "A project with links.",
        "sources": sources,
    }]);
    let parsed = sparks_ingest::parse_initiatives(&record.to_string()).unwrap();
    for i in &parsed.initiatives {
        initiatives::upsert(&site.db, i, NOW).await.unwrap();
    }
}

/// Runs the checker as `sparks links check --once` does, on the site's clock.
async fn check(site: &Site) {
    let fetcher = Fetcher::with(
        Policy {
            allow_private: true,
            connect_timeout: Duration::from_secs(1),
            total_timeout: Duration::from_millis(700),
            max_body: 64 * 1024,
            max_redirects: 4,
        },
        Arc::new(Offline),
        Arc::new(ReqwestTransport),
    );
    let opts = CheckOptions {
        worker: "test".to_owned(),
        cap: 100_000,
        spacing: Duration::ZERO,
        interval: Duration::from_secs(7 * 24 * 3600),
        clock: site.clock.clone(),
        everything: true,
    };
    run(&site.db, &fetcher, &opts).await.unwrap();
}

db_test!(link_status_in_the_api_pages_and_admin);
async fn link_status_in_the_api_pages_and_admin(site: Site) {
    let base = server().await;
    let (slow, closed) = (silent().await, refused().await);
    let url = |p: &str| format!("{base}{p}");
    let sources = vec![
        url("/gone"),
        url("/error"),
        url("/moved"),
        url("/no-head"),
        slow.clone(),
        closed.clone(),
    ];
    add_initiative(&site, "LINKY", &url("/ok"), &sources).await;
    let resource = serde_json::json!([{
        "title": "Linky toolkit",
        "type": "toolkit",
        "pillars": ["prevention"],
        "url": url("/gone"),
        "summary": "A toolkit whose link is gone.",
        "source_url": url("/ok"),
    }]);
    let parsed = sparks_ingest::parse_resources(&resource.to_string()).unwrap();
    assert!(parsed.errors.is_empty(), "{:?}", parsed.errors);
    resources::upsert(&site.db, &parsed.items[0], NOW)
        .await
        .unwrap();

    // Nothing checked yet: every link is unchecked, and no page says broken.
    let mut v = site.visitor();
    let api = v.get("/api/v1/initiatives/linky").await.json();
    assert_eq!(
        api["link_status"][url("/gone")],
        "unchecked",
        "{}",
        site.backend
    );
    // Twice, a day apart: a 500 and a time-out count only the second time in a row.
    check(&site).await;
    site.clock.advance(time::Duration::days(1));
    check(&site).await;

    let mut v = site.visitor();
    let r = v.get("/api/v1/initiatives/linky").await;
    assert_eq!(r.status, StatusCode::OK);
    let status = &r.json()["link_status"];
    for (u, want) in [
        (url("/ok"), "ok"),
        (url("/gone"), "broken"),
        (url("/error"), "broken"),
        (url("/moved"), "redirected"),
        (url("/no-head"), "ok"),
        (slow.clone(), "broken"),
        (closed.clone(), "broken"),
    ] {
        assert_eq!(status[&u], want, "{u} on {}: {status}", site.backend);
    }
    // A link added after the check is unchecked.
    add_initiative(&site, "LATER", &url("/later"), &[]).await;
    let later = v.get("/api/v1/initiatives/later").await.json();
    assert_eq!(later["link_status"][url("/later")], "unchecked");
    // Resources, one and in lists.
    let one = v.get("/api/v1/resources/linky-toolkit").await.json();
    assert_eq!(one["link_status"][url("/gone")], "broken", "{one}");
    assert_eq!(one["link_status"][url("/ok")], "ok", "{one}");
    let list = v.get("/api/v1/resources?q=linky").await.json();
    let item = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["slug"] == "linky-toolkit")
        .unwrap();
    assert_eq!(item["link_status"][url("/gone")], "broken", "{list}");
    // The OpenAPI document says so.
    let doc = v.get("/api/v1/openapi.json").await.json();
    let schemas = &doc["components"]["schemas"];
    assert!(
        schemas["InitiativeDetail"]["properties"]["link_status"].is_object(),
        "{}",
        schemas["InitiativeDetail"]
    );
    assert!(schemas["LinkStatus"].to_string().contains("redirected"));

    // Pages say it in words, next to the broken link only; first reported on the first day.
    let page = v.get("/initiatives/linky").await.text();
    let marker = "(link reported broken on 2026-11-29)";
    let item_of = |u: &str| {
        let at = page
            .find(&format!(">{u}</a>"))
            .unwrap_or_else(|| panic!("{u} not shown"));
        page[at..].split("</li>").next().unwrap().to_owned()
    };
    assert!(
        item_of(&url("/gone")).contains(marker),
        "{}",
        item_of(&url("/gone"))
    );
    assert!(item_of(&closed).contains(marker));
    // The 500 turned broken on the second day.
    assert!(item_of(&url("/error")).contains("(link reported broken on 2026-11-30)"));
    for fine in [url("/moved"), url("/no-head")] {
        assert!(!item_of(&fine).contains("reported broken"), "{fine}");
    }
    let website = page.split(&format!(">{}</a>", url("/ok"))).nth(1).unwrap();
    assert!(
        !website
            .split("</dd>")
            .next()
            .unwrap()
            .contains("reported broken")
    );
    let resource_page = v.get("/resources/linky-toolkit").await.text();
    assert!(resource_page.contains(marker), "{}", site.backend);
    let german = v.get("/resources/linky-toolkit?lang=de").await.text();
    assert!(german.contains("(Link am 2026-11-29 als defekt gemeldet)"));
    // The help page marks its services' broken links too (the seeded services' real sites
    // cannot be reached from this test: its resolver knows no name).
    for page in ["/help", "/response"] {
        let text = v.get(page).await.text();
        assert!(
            text.contains("(link reported broken on 2026-11-29)"),
            "{}: {page}",
            site.backend
        );
    }

    // /admin/links: staff only; the broken links by record, each with a way to edit it.
    assert_eq!(v.get("/admin/links").await.status, StatusCode::SEE_OTHER);
    let mut member = site.logged_in("m@example.org", Role::Member).await;
    assert_eq!(
        member.get("/admin/links").await.status,
        StatusCode::FORBIDDEN
    );
    let mut editor = site.logged_in("ed@example.org", Role::Editor).await;
    let admin = editor.get("/admin/links").await;
    assert_eq!(admin.status, StatusCode::OK);
    let admin = admin.text();
    assert!(admin.contains("<h1>Broken links</h1>"));
    let row_of = |u: &str, record: &str| {
        admin
            .split("<tr>")
            .find(|row| row.contains(&format!(">{u}<")) && row.contains(record))
            .unwrap_or_else(|| panic!("no row for {u} of {record}"))
            .to_owned()
    };
    let row = row_of(&url("/gone"), "href=\"/initiatives/linky\"");
    assert!(
        row.contains("href=\"/submit/initiative?slug=linky\""),
        "{row}"
    );
    assert!(row.contains("HTTP status 404"), "{row}");
    assert!(row.contains("2026-11-29"), "{row}");
    let row = row_of(&url("/gone"), "href=\"/resources/linky-toolkit\"");
    assert!(
        row.contains("href=\"/submit/resource?slug=linky-toolkit\""),
        "{row}"
    );
    assert!(row.contains("url"), "{row}");
    assert!(row_of(&closed, "LINKY").contains("cannot connect"));
    for fine in [url("/ok"), url("/moved"), url("/no-head")] {
        assert!(
            !admin.contains(&format!(">{fine}<")),
            "{fine} listed as broken"
        );
    }
}
