//! Issue #16, point 1: every fact of a record is editable through the web, with its sources
//! (for the record and per fact), in forms that work without JavaScript (lists one a line,
//! each bad line named); a new initiative needs a source; and a form saved unchanged stores
//! what it showed. On SQLite and PostgreSQL.

use std::cell::RefCell;

use axum::http::{Method, StatusCode};
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    BufferQueue, CharacterTokens, EndTag, StartTag, TagToken, Token, TokenSink, TokenSinkResult,
    Tokenizer,
};
use sparks_store::accounts::Role;
use sparks_store::db_test;

use crate::common::Reply;
use crate::common::browser::{ORIGIN, Site, Visitor, encode};

/// What a browser would send for the form posting to `action` on `html`: its text fields,
/// text areas, ticked boxes and chosen options, with their values as the page holds them
/// (buttons left out). Parsed as a browser does, so entities are decoded.
pub fn form_fields(html: &str, action: &str) -> Vec<(String, String)> {
    #[derive(Default)]
    struct State {
        in_form: bool,
        select: Option<String>,
        textarea: Option<(String, String)>,
        fields: Vec<(String, String)>,
    }
    struct Sink {
        action: String,
        state: RefCell<State>,
    }
    impl TokenSink for Sink {
        type Handle = ();

        fn process_token(&self, token: Token, _line: u64) -> TokenSinkResult<()> {
            let mut s = self.state.borrow_mut();
            match token {
                TagToken(tag) => {
                    let attr = |n: &str| {
                        tag.attrs
                            .iter()
                            .find(|a| a.name.local.eq_str_ignore_ascii_case(n))
                            .map(|a| a.value.to_string())
                    };
                    let name = tag.name.to_string();
                    if tag.kind == EndTag {
                        match name.as_str() {
                            "form" => s.in_form = false,
                            "select" => s.select = None,
                            "textarea" => {
                                if let Some(field) = s.textarea.take() {
                                    s.fields.push(field);
                                }
                            }
                            _ => {}
                        }
                        return TokenSinkResult::Continue;
                    }
                    if tag.kind != StartTag {
                        return TokenSinkResult::Continue;
                    }
                    if name == "form" {
                        s.in_form = attr("action").as_deref() == Some(self.action.as_str());
                        return TokenSinkResult::Continue;
                    }
                    if !s.in_form {
                        return TokenSinkResult::Continue;
                    }
                    match name.as_str() {
                        "input" => {
                            let kind = attr("type").unwrap_or_else(|| "text".into());
                            let Some(field) = attr("name") else {
                                return TokenSinkResult::Continue;
                            };
                            let value = attr("value").unwrap_or_default();
                            match kind.as_str() {
                                "submit" | "button" | "image" | "reset" => {}
                                "checkbox" | "radio" => {
                                    if attr("checked").is_some() {
                                        let value =
                                            if value.is_empty() { "on".into() } else { value };
                                        s.fields.push((field, value));
                                    }
                                }
                                _ => s.fields.push((field, value)),
                            }
                        }
                        "textarea" => {
                            s.textarea = Some((attr("name").unwrap_or_default(), String::new()));
                            return TokenSinkResult::RawData(RawKind::Rcdata);
                        }
                        "select" => s.select = attr("name"),
                        "option" if attr("selected").is_some() => {
                            if let Some(select) = s.select.clone() {
                                s.fields.push((select, attr("value").unwrap_or_default()));
                            }
                        }
                        _ => {}
                    }
                }
                CharacterTokens(text) => {
                    if let Some((_, value)) = s.textarea.as_mut() {
                        value.push_str(&text);
                    }
                }
                _ => {}
            }
            TokenSinkResult::Continue
        }
    }
    let sink = Sink {
        action: action.to_owned(),
        state: RefCell::default(),
    };
    let tokenizer = Tokenizer::new(sink, Default::default());
    let queue = BufferQueue::default();
    queue.push_back(StrTendril::from_slice(html));
    let _ = tokenizer.feed(&queue);
    tokenizer.end();
    tokenizer.sink.state.take().fields
}

/// Posts `fields` to `action` with the CSRF token of the form on `page`, as a browser does.
pub async fn post(v: &mut Visitor, action: &str, fields: &[(String, String)]) -> Reply {
    let pairs: Vec<(&str, &str)> = fields
        .iter()
        .map(|(k, val)| (k.as_str(), val.as_str()))
        .collect();
    v.send(Method::POST, action, Some(encode(&pairs)), Some(ORIGIN))
        .await
}

/// The form's fields with `changes` put in place of the fields of the same names (a change
/// with a name the form lacks is added).
pub fn with(fields: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = fields
        .iter()
        .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
        .cloned()
        .collect();
    out.extend(
        changes
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned())),
    );
    out
}

/// Opens the form at `page` (which posts to the same path without its query), puts
/// `changes` in and sends it, as a person editing a few fields does.
pub async fn fill_in(v: &mut Visitor, page: &str, changes: &[(&str, &str)]) -> Reply {
    let action = page.split('?').next().unwrap_or(page);
    let form = open_form(v, page, action).await;
    post(v, action, &with(&form, changes)).await
}

/// ARICA's edit form.
pub const ARICA_FORM: &str = "/submit/initiative?slug=arica";

/// An editor, logged in, and the fields of ARICA's edit form as the editor's browser has them.
pub async fn editing_arica(site: &Site) -> (Visitor, Vec<(String, String)>) {
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let form = open_form(&mut ed, ARICA_FORM, "/submit/initiative").await;
    (ed, form)
}

/// The fields of the staff or member form at `page`, which posts to `action`.
pub async fn open_form(v: &mut Visitor, page: &str, action: &str) -> Vec<(String, String)> {
    let form = v.get(page).await;
    assert_eq!(form.status, StatusCode::OK, "{page}: {}", form.body);
    let fields = form_fields(&form.body, action);
    assert!(
        fields.iter().any(|(k, _)| k == "csrf_token"),
        "{page}: no form posting to {action}"
    );
    fields
}

db_test!(an_editor_sets_every_fact_of_an_initiative_with_its_sources);
async fn an_editor_sets_every_fact_of_an_initiative_with_its_sources(site: Site) {
    let b = site.backend;
    let (mut ed, form) = editing_arica(&site).await;
    for name in [
        "acronym",
        "title",
        "summary",
        "type",
        "programme",
        "grant_id",
        "start_date",
        "end_date",
        "coordinator",
        "coordinator_country",
        "partners",
        "partner_countries",
        "eu_contribution_eur",
        "website",
        "cordis_url",
        "topics",
        "sources",
        "field_sources",
        "notes",
    ] {
        assert!(
            form.iter().any(|(k, _)| k == name),
            "{b}: the edit form has no {name} field"
        );
    }
    let changed = with(
        &form,
        &[
            ("title", "ARICA with every fact"),
            ("type", "network"),
            ("programme", "Internal Security Fund – Police (ISFP)"),
            ("grant_id", "101987654"),
            ("start_date", "2022-01"),
            ("end_date", "2024-12-31"),
            ("coordinator", "Qxcoordinatorqx University"),
            ("coordinator_country", "Belgium"),
            (
                "partners",
                "Qxpartnerqx Institute\r\nPolice Academy of Qxland",
            ),
            ("partner_countries", "Poland\r\n\r\nDE\r\n"),
            ("eu_contribution_eur", "1 234 567"),
            ("website", "https://arica.example.org/"),
            (
                "cordis_url",
                "https://cordis.europa.eu/project/id/101987654",
            ),
            ("topics", "grooming\r\nQxtopicqx research"),
            (
                "sources",
                "https://sources.example.org/one\r\nhttps://sources.example.org/two",
            ),
            (
                "field_sources",
                "grant_id https://cordis.example.org/grant\r\nstart_date https://sources.example.org/one https://sources.example.org/dates",
            ),
            ("notes", "Checked against the grant page."),
        ],
    );
    let r = post(&mut ed, "/submit/initiative", &changed).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);

    let api = ed.get("/api/v1/initiatives/arica").await.json();
    assert_eq!(api["title"], "ARICA with every fact", "{b}");
    assert_eq!(api["kind"], "network", "{b}");
    assert_eq!(
        api["funding_programme"], "Internal Security Fund – Police (ISFP)",
        "{b}"
    );
    assert_eq!(api["grant_id"], "101987654", "{b}");
    assert_eq!(api["start_date"], "2022-01", "{b}");
    assert_eq!(api["end_date"], "2024-12-31", "{b}");
    assert_eq!(api["coordinator"], "Qxcoordinatorqx University", "{b}");
    assert_eq!(api["coordinator_country"], "BE", "{b}");
    assert_eq!(
        api["countries"],
        serde_json::json!(["BE", "PL", "DE"]),
        "{b}"
    );
    assert_eq!(
        api["partners"],
        serde_json::json!(["Qxpartnerqx Institute", "Police Academy of Qxland"]),
        "{b}"
    );
    assert_eq!(api["eu_contribution_eur"], 1_234_567, "{b}");
    assert_eq!(api["website"], "https://arica.example.org/", "{b}");
    assert_eq!(
        api["cordis_url"], "https://cordis.europa.eu/project/id/101987654",
        "{b}"
    );
    assert_eq!(
        api["topics"],
        serde_json::json!(["grooming", "Qxtopicqx research"]),
        "{b}"
    );
    assert_eq!(
        api["sources"],
        serde_json::json!([
            "https://sources.example.org/one",
            "https://sources.example.org/two"
        ]),
        "{b}"
    );
    assert_eq!(
        api["field_sources"],
        serde_json::json!({
            "grant_id": ["https://cordis.example.org/grant"],
            "start_date": ["https://sources.example.org/one", "https://sources.example.org/dates"],
        }),
        "{b}"
    );
    assert_eq!(api["notes"], "Checked against the grant page.", "{b}");

    let page = ed.get("/initiatives/arica").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    let text = page.text();
    for shown in [
        "ARICA with every fact",
        "101987654",
        "Qxcoordinatorqx University",
        "Qxpartnerqx Institute; Police Academy of Qxland",
        "Qxtopicqx research",
        "https://sources.example.org/two",
        "https://cordis.example.org/grant",
        "https://sources.example.org/dates",
        "Checked against the grant page.",
    ] {
        assert!(text.contains(shown), "{b}: the profile shows {shown}");
    }

    // The form shows again what is stored, lists one a line.
    let again = open_form(&mut ed, ARICA_FORM, "/submit/initiative").await;
    let value = |name: &str| {
        again
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(value("partner_countries"), "PL\nDE", "{b}");
    assert_eq!(value("eu_contribution_eur"), "1234567", "{b}");
    assert_eq!(
        value("field_sources"),
        "grant_id https://cordis.example.org/grant\nstart_date https://sources.example.org/one https://sources.example.org/dates",
        "{b}"
    );
}

db_test!(saving_an_unchanged_form_changes_nothing);
async fn saving_an_unchanged_form_changes_nothing(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    for slug in ["circles-europe", "arica"] {
        let before = ed.get(&format!("/api/v1/initiatives/{slug}")).await.json();
        let page = format!("/submit/initiative?slug={slug}");
        let form = open_form(&mut ed, &page, "/submit/initiative").await;
        let r = post(&mut ed, "/submit/initiative", &form).await;
        assert_eq!(r.status, StatusCode::SEE_OTHER, "{b} {slug}: {}", r.body);
        let after = ed.get(&format!("/api/v1/initiatives/{slug}")).await.json();
        assert_eq!(before, after, "{b} {slug}: the record is as it was");
    }
    // The seeded record has what this test is about.
    let api = ed.get("/api/v1/initiatives/circles-europe").await.json();
    assert!(api["countries"].as_array().unwrap().len() > 1, "{b}");
    assert!(!api["field_sources"].as_object().unwrap().is_empty(), "{b}");
    assert!(!api["sources"].as_array().unwrap().is_empty(), "{b}");
}

/// A member's proposal of a new initiative, with `sources` as typed.
fn proposal(sources: &str) -> Vec<(String, String)> {
    [
        ("acronym", "QXSRC"),
        ("title", "Qxsourcedqx initiative"),
        ("summary", "Helps **children**, typed with care."),
        ("type", "project"),
        ("pillars", "prevention"),
        ("coordinator", "Qxcoordqx Foundation"),
        ("partner_countries", "Poland\nCzechia"),
        ("topics", "grooming\nsextortion"),
        ("sources", sources),
        (
            "field_sources",
            "coordinator https://qxsrc.example.org/about",
        ),
    ]
    .iter()
    .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
    .collect()
}

db_test!(a_new_initiative_needs_a_source_and_keeps_what_was_typed);
async fn a_new_initiative_needs_a_source_and_keeps_what_was_typed(site: Site) {
    let b = site.backend;
    let mut m = site.logged_in("m@example.org", Role::Member).await;
    let form = open_form(&mut m, "/submit/initiative", "/submit/initiative").await;
    let csrf = form
        .iter()
        .find(|(k, _)| k == "csrf_token")
        .unwrap()
        .clone();

    // No source: the form comes back, the error on the sources field, nothing lost.
    let mut fields = proposal("");
    fields.push(csrf.clone());
    let r = post(&mut m, "/submit/initiative", &fields).await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: {}",
        r.body
    );
    let text = r.text();
    assert!(
        text.contains("A new initiative needs at least one source"),
        "{b}: {text}"
    );
    assert!(
        r.body.contains("id=\"field-sources-error\""),
        "{b}: the error is the sources field's"
    );
    let back = form_fields(&r.body, "/submit/initiative");
    for (name, value) in proposal("") {
        let shown: Vec<&str> = back
            .iter()
            .filter(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
            .collect();
        assert!(
            shown.contains(&value.as_str()),
            "{b}: {name} keeps {value:?}, shows {shown:?}"
        );
    }

    // A bad line is named by its number; the others stay.
    let mut fields = proposal("https://qxsrc.example.org/\nnot a web address");
    fields.push(csrf.clone());
    let r = post(&mut m, "/submit/initiative", &fields).await;
    assert_eq!(r.status, StatusCode::UNPROCESSABLE_ENTITY, "{b}");
    assert!(
        r.text()
            .contains("Line 2: “not a web address” is not a web address"),
        "{b}: {}",
        r.text()
    );
    let back = form_fields(&r.body, "/submit/initiative");
    assert!(
        back.contains(&(
            "sources".to_owned(),
            "https://qxsrc.example.org/\nnot a web address".to_owned()
        )),
        "{b}: {back:?}"
    );

    // With a source it waits for an editor.
    let mut fields = proposal("https://qxsrc.example.org/");
    fields.push(csrf);
    let r = post(&mut m, "/submit/initiative", &fields).await;
    assert_eq!(r.status, StatusCode::OK, "{b}: {}", r.body);
    assert!(
        r.text().contains("Your proposal waits for an editor"),
        "{b}"
    );
    assert_eq!(
        m.get("/initiatives/qxsrc").await.status,
        StatusCode::NOT_FOUND,
        "{b}: not public while it waits"
    );

    // Accepted, its sources are on the profile and in the API.
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;
    let r = ed.approve_first().await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let page = m.get("/initiatives/qxsrc").await;
    assert_eq!(page.status, StatusCode::OK, "{b}");
    assert!(
        page.text().contains("https://qxsrc.example.org/about"),
        "{b}"
    );
    assert!(page.text().contains("Qxcoordqx Foundation"), "{b}");
    assert!(
        !page.text().contains("No source is recorded yet"),
        "{b}: {}",
        page.text()
    );
    let api = m.get("/api/v1/initiatives/qxsrc").await.json();
    assert_eq!(
        api["sources"],
        serde_json::json!(["https://qxsrc.example.org/"]),
        "{b}"
    );
    assert_eq!(
        api["field_sources"]["coordinator"],
        serde_json::json!(["https://qxsrc.example.org/about"]),
        "{b}"
    );
    assert_eq!(api["countries"], serde_json::json!(["PL", "CZ"]), "{b}");
    assert_eq!(
        api["topics"],
        serde_json::json!(["grooming", "sextortion"]),
        "{b}"
    );
}

db_test!(bad_lines_and_numbers_are_named_and_kept);
async fn bad_lines_and_numbers_are_named_and_kept(site: Site) {
    let b = site.backend;
    let (mut ed, form) = editing_arica(&site).await;
    let before = ed.get("/api/v1/initiatives/arica").await.json();
    let changed = with(
        &form,
        &[
            ("partner_countries", "Poland\nQxatlantisqx"),
            ("eu_contribution_eur", "about a million"),
            ("field_sources", "https://no-fact-name.example.org/"),
        ],
    );
    let r = post(&mut ed, "/submit/initiative", &changed).await;
    assert_eq!(
        r.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "{b}: {}",
        r.body
    );
    let text = r.text();
    assert!(
        text.contains("Line 2: “Qxatlantisqx” is not a country we know"),
        "{b}: {text}"
    );
    assert!(text.contains("Write a whole number of euros"), "{b}");
    assert!(
        text.contains("Line 1: “https://no-fact-name.example.org/” needs the fact's name"),
        "{b}"
    );
    for id in [
        "field-partner-countries-error",
        "field-eu-contribution-eur-error",
        "field-field-sources-error",
    ] {
        assert!(r.body.contains(&format!("id=\"{id}\"")), "{b}: {id}");
    }
    let back = form_fields(&r.body, "/submit/initiative");
    for kept in [
        ("partner_countries", "Poland\nQxatlantisqx"),
        ("eu_contribution_eur", "about a million"),
        ("field_sources", "https://no-fact-name.example.org/"),
    ] {
        assert!(
            back.contains(&(kept.0.to_owned(), kept.1.to_owned())),
            "{b}: {kept:?} kept in {back:?}"
        );
    }
    let after = ed.get("/api/v1/initiatives/arica").await.json();
    assert_eq!(before, after, "{b}: nothing saved");
}

db_test!(the_other_records_take_every_fact_they_show);
async fn the_other_records_take_every_fact_they_show(site: Site) {
    let b = site.backend;
    let mut ed = site.logged_in("ed@example.org", Role::Editor).await;

    let r = fill_in(
        &mut ed,
        "/submit/resource",
        &[
            ("title", "Qxresourceqx report"),
            ("type", "report"),
            ("summary", "A report."),
            ("url", "https://qxresource.example.org/report.pdf"),
            ("pillars", "prevention"),
            ("topics", "grooming\nQxresourcetopicqx"),
            ("audience", "researchers"),
            ("initiatives", "arica"),
            ("source_url", "https://qxresource.example.org/about"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let api = ed.get("/api/v1/resources/qxresourceqx-report").await.json();
    assert_eq!(
        api["topics"],
        serde_json::json!(["grooming", "Qxresourcetopicqx"]),
        "{b}: {api}"
    );
    assert_eq!(api["audience"], serde_json::json!(["researchers"]), "{b}");
    assert_eq!(api["initiatives"], serde_json::json!(["arica"]), "{b}");
    assert_eq!(
        api["source_url"], "https://qxresource.example.org/about",
        "{b}"
    );

    let r = fill_in(
        &mut ed,
        "/submit/event",
        &[
            ("title", "Qxeventqx conference"),
            ("type", "conference"),
            ("start", "2027-03-04"),
            ("organisers", "Qxorganiserqx One\nQxorganiserqx Two"),
            ("source_url", "https://qxevent.example.org/programme"),
        ],
    )
    .await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    let api = ed
        .get("/api/v1/events/qxeventqx-conference-2027")
        .await
        .json();
    assert_eq!(
        api["organisers"],
        serde_json::json!(["Qxorganiserqx One", "Qxorganiserqx Two"]),
        "{b}: {api}"
    );
    assert_eq!(
        api["source_url"], "https://qxevent.example.org/programme",
        "{b}"
    );
    // Saved unchanged, the event is as it was.
    let form = open_form(
        &mut ed,
        "/submit/event?slug=qxeventqx-conference-2027",
        "/submit/event",
    )
    .await;
    let r = post(&mut ed, "/submit/event", &form).await;
    assert_eq!(r.status, StatusCode::SEE_OTHER, "{b}: {}", r.body);
    assert_eq!(
        ed.get("/api/v1/events/qxeventqx-conference-2027")
            .await
            .json(),
        api,
        "{b}"
    );
}
