//! XSS payloads in every field of every imported record type, then every page that shows them
//! (lists, each record's page, search, home, reference pages) is checked for anything
//! executable. Records go through the import path `sparks import` uses (the same parser, the
//! same upserts in one transaction); a record the importer rejects is simply not shown.

use std::collections::BTreeSet;

use serde_json::Value;
use sparks_store::db_test;
use sparks_store::{Db, events, initiatives, news, reference, resources};

use crate::common::{App, corpus, safety};

/// Payloads per field in CI.
const CI_SAMPLE: usize = 8;

const NOW: &str = "2026-11-02T00:00:00Z";

/// Every string (or list of strings) field of `base` in turn set to `payload`.
fn hostile_records(base: &Value, payload: &str, tag: &str, slugged: bool) -> Vec<Value> {
    let Value::Object(fields) = base else {
        panic!("a bundled record is not an object")
    };
    let mut out = Vec::new();
    for (name, value) in fields {
        let hostile = match value {
            Value::String(_) | Value::Null => Value::String(payload.to_owned()),
            Value::Array(items) if items.iter().all(Value::is_string) => {
                Value::Array(vec![Value::String(payload.to_owned())])
            }
            _ => continue,
        };
        let mut record = base.clone();
        record[name.as_str()] = hostile;
        let id = format!("{tag}-{}", out.len());
        if slugged && name != "slug" {
            record["slug"] = Value::String(id.clone());
        }
        if name != "acronym" && record.get("acronym").is_some() {
            record["acronym"] = Value::String(id.clone());
        }
        if name != "title" && record.get("title").is_some() {
            // Unique titles, so events and resources do not collapse into one slug.
            record["title"] =
                Value::String(format!("{id} {}", record["title"].as_str().unwrap_or("")));
        }
        out.push(record);
    }
    out
}

fn first(bundled: &str) -> Value {
    serde_json::from_str::<Vec<Value>>(bundled)
        .unwrap()
        .remove(0)
}

/// Imports the records of every type, as `sparks import <type>` does.
async fn import_all(db: &Db, payloads: &[String]) -> usize {
    use sparks_ingest as i;
    let mut kinds: Vec<(&str, Vec<Value>)> = Vec::new();
    for (kind, bundled, slugged) in [
        ("initiatives", i::BUNDLED_INITIATIVES, false),
        ("resources", i::BUNDLED_RESOURCES, true),
        ("news", i::BUNDLED_NEWS, true),
        ("events", i::BUNDLED_EVENTS, true),
        ("recommendations", i::BUNDLED_RECOMMENDATIONS, true),
        ("statistics", i::BUNDLED_STATISTICS, true),
        ("helplines", i::BUNDLED_HELPLINES, true),
    ] {
        let base = first(bundled);
        let records = payloads
            .iter()
            .enumerate()
            .flat_map(|(n, p)| hostile_records(&base, p, &format!("xss{n}{}", &kind[..3]), slugged))
            .collect();
        kinds.push((kind, records));
    }
    let mut tx = db.begin().await.unwrap();
    let mut stored = 0;
    for (kind, records) in kinds {
        let json = serde_json::to_string(&records).unwrap();
        match kind {
            "initiatives" => {
                for x in i::parse_initiatives(&json).unwrap().initiatives {
                    initiatives::upsert_in(&mut tx, &x, NOW).await.unwrap();
                    stored += 1;
                }
            }
            "resources" => {
                for x in i::parse_resources(&json).unwrap().items {
                    resources::upsert_in(&mut tx, &x, NOW).await.unwrap();
                    stored += 1;
                }
            }
            "news" => {
                for x in i::parse_news(&json).unwrap().items {
                    news::upsert_in(&mut tx, &x, NOW).await.unwrap();
                    stored += 1;
                }
            }
            "events" => {
                for x in i::parse_events(&json).unwrap().items {
                    events::upsert_in(&mut tx, &x, NOW).await.unwrap();
                    stored += 1;
                }
            }
            "recommendations" => {
                for x in i::parse_recommendations(&json).unwrap().items {
                    reference::upsert_recommendation(&mut tx, &x, NOW)
                        .await
                        .unwrap();
                    stored += 1;
                }
            }
            "statistics" => {
                for x in i::parse_statistics(&json).unwrap().items {
                    reference::upsert_statistic(&mut tx, &x, NOW).await.unwrap();
                    stored += 1;
                }
            }
            _ => {
                for x in i::parse_helplines(&json).unwrap().items {
                    reference::upsert_helpline(&mut tx, &x, NOW).await.unwrap();
                    stored += 1;
                }
            }
        }
    }
    tx.commit().await.unwrap();
    stored
}

/// The local links of a page to a record's own page under `list`.
fn detail_links(html: &str, list: &str) -> Vec<String> {
    let prefix = format!("href=\"{list}/");
    html.match_indices(&prefix)
        .filter_map(|(at, _)| {
            let rest = &html[at + 6..];
            let end = rest.find('"')?;
            let href = rest[..end].replace("&amp;", "&");
            let path = href.split('?').next()?.to_owned();
            (path.matches('/').count() == 2 && !path.ends_with(".ics")).then_some(path)
        })
        .collect()
}

async fn inert(app: &App, uri: &str) -> String {
    let reply = app.get(uri).await;
    assert!(
        !reply.status.is_server_error(),
        "{} {uri}: {}",
        app.backend,
        reply.status
    );
    if reply.content_type().starts_with("text/html") {
        safety::assert_inert(&reply.body, &format!("{} {uri}", app.backend));
    }
    reply.body
}

db_test!(xss_payloads_in_every_imported_field_stay_inert_on_every_page);
async fn xss_payloads_in_every_imported_field_stay_inert_on_every_page(app: App) {
    let Some(corpora) = corpus::dir_or_skip("xss_payloads_in_every_imported_field") else {
        return;
    };
    let payloads = corpus::sample(&corpus::xss_payloads(&corpora), CI_SAMPLE);
    let stored = import_all(&app.test_db.db, &payloads).await;
    assert!(
        stored > payloads.len() * 20,
        "most hostile records are kept ({stored})"
    );
    let mut visited = 0;
    for list in ["/initiatives", "/resources", "/news", "/events"] {
        let mut details = BTreeSet::new();
        for page in 1.. {
            let uri = format!("{list}?page={page}");
            let reply = app.get(&uri).await;
            if !reply.status.is_success() {
                break;
            }
            safety::assert_inert(&reply.body, &format!("{} {uri}", app.backend));
            let before = details.len();
            details.extend(detail_links(&reply.body, list));
            if details.len() == before || page > 100 {
                break;
            }
        }
        for detail in &details {
            inert(&app, detail).await;
            visited += 1;
        }
    }
    for page in [
        "/",
        "/recommendations",
        "/response",
        "/help",
        "/landscape",
        "/search?q=xss",
        "/search?q=alert",
        "/pillars/prevention",
        "/pillars/detection-investigation",
        "/pillars/victim-support",
        "/initiatives/similar?title=alert",
    ] {
        inert(&app, page).await;
    }
    eprintln!(
        "{}: {stored} hostile records, {visited} record pages checked",
        app.backend
    );
    assert!(
        visited > stored / 2,
        "the record pages were reached ({visited})"
    );
}
