//! Content records as the community forms and the moderation queue handle them: built from a
//! form, kept as JSON in their import format (in submissions and the audit log) and checked
//! by the domain rules. Publishing them, with the audit entry, is the store's
//! [`sparks_store::editorial`] workflow.

use sparks_core::{
    DatasetRecord, EventDraft, FieldError, HelplineDraft, NewsDraft, RecommendationDraft,
    ResourceDraft, StatisticDraft,
};
use sparks_store::moderation::{self, ContentKind};
use sparks_store::{Db, initiatives};

use sparks_store::editorial::Outcome;
pub use sparks_store::editorial::{Actor, Publishable};

use crate::WebError;
use crate::auth::{FormData, Viewer};

/// A decision's outcome as a handler answers it: nothing to decide on is a 404; any other
/// outcome (done, already so, or decided by another editor first) leads on as usual.
pub fn found(outcome: Outcome) -> Result<(), WebError> {
    match outcome {
        Outcome::NotFound => Err(WebError::NotFound),
        Outcome::Done | Outcome::AlreadyDecided | Outcome::Unchanged | Outcome::Exists => Ok(()),
    }
}

/// The viewer as the audit log names them.
pub fn actor(viewer: &Viewer) -> Actor {
    Actor {
        id: viewer.user.id,
        name: viewer.user.display_name.clone(),
    }
}

/// A content record in its import format.
#[derive(Debug, Clone)]
#[expect(
    clippy::large_enum_variant,
    reason = "one record per request, built and dropped there: boxing would save nothing"
)]
pub enum Record {
    /// An initiative (the dataset's format).
    Initiative(DatasetRecord),
    /// A resource.
    Resource(ResourceDraft),
    /// An event.
    Event(EventDraft),
    /// A news post.
    News(NewsDraft),
    /// A key recommendation.
    Recommendation(RecommendationDraft),
    /// A figure.
    Statistic(StatisticDraft),
    /// A help service.
    Helpline(HelplineDraft),
}

/// Splits a list typed in one box (`PL, DE`) or sent as repeated fields.
fn list(form: &FormData, name: &str) -> Vec<String> {
    form.all(name)
        .iter()
        .flat_map(|v| v.split([',', ';']))
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

fn opt(form: &FormData, name: &str) -> Option<String> {
    Some(form.get(name)).filter(|v| !v.is_empty())
}

/// Whether the form sent the field at all: a field it did not send (a client posting only
/// some fields) leaves the record's value as it was, while one sent empty clears it.
fn sent(form: &FormData, name: &str) -> bool {
    form.0.iter().any(|(k, _)| k == name)
}

/// Sets `slot` to the form's reading of field `name` when the form sent it (see [`sent`]).
fn if_sent<T>(form: &FormData, name: &str, slot: &mut T, read: impl FnOnce(&FormData, &str) -> T) {
    if sent(form, name) {
        *slot = read(form, name);
    }
}

/// The lines of a one-per-line text area, trimmed, blank ones kept so that a problem can be
/// named by the line the person sees; the domain rules skip the blank ones.
fn lines(form: &FormData, name: &str) -> Vec<String> {
    let raw = form.raw(name);
    let mut lines: Vec<String> = raw.lines().map(|l| l.trim().to_owned()).collect();
    while lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// Lines joined for a text area, one value a line.
fn joined(values: &[String]) -> Vec<String> {
    vec![values.join("\n")]
}

/// A form value that cannot be put on the record: the field, what is wrong (a message key
/// of the page's language and its arguments) and, for a value the record cannot hold as
/// typed (a number), the text to show again so that nothing typed is lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Unread {
    /// The form field.
    pub field: &'static str,
    /// Message key.
    pub key: &'static str,
    /// The message's arguments.
    pub args: Vec<(&'static str, String)>,
    /// What was typed, when the record does not keep it.
    pub typed: Option<String>,
}

impl Unread {
    fn line(field: &'static str, key: &'static str, n: usize, value: &str) -> Unread {
        Unread {
            field,
            key,
            args: vec![("line", (n + 1).to_string()), ("value", value.to_owned())],
            typed: None,
        }
    }
}

/// Checks each line of a list of web addresses, naming the line of every bad one.
fn check_urls(field: &'static str, lines: &[String], unread: &mut Vec<Unread>) {
    for (n, l) in lines.iter().enumerate() {
        if !l.is_empty() && sparks_core::initiative::parse_web_url(l).is_err() {
            unread.push(Unread::line(field, "form-error-line-url", n, l));
        }
    }
}

/// Countries one a line (or several on a line, split at commas), each checked.
fn countries(form: &FormData, name: &'static str, unread: &mut Vec<Unread>) -> Vec<String> {
    let mut all = Vec::new();
    for (n, l) in lines(form, name).iter().enumerate() {
        for c in l.split([',', ';']).map(str::trim).filter(|c| !c.is_empty()) {
            if sparks_core::Country::from_name_or_code(c).is_err() {
                unread.push(Unread::line(name, "form-error-line-country", n, c));
            }
            all.push(c.to_owned());
        }
    }
    all
}

/// Sources per fact, one fact a line: its name, then one or more addresses.
fn field_sources(
    form: &FormData,
    unread: &mut Vec<Unread>,
) -> std::collections::BTreeMap<String, sparks_core::dataset::OneOrMany> {
    use sparks_core::dataset::OneOrMany;
    let mut map: std::collections::BTreeMap<String, OneOrMany> = Default::default();
    for (n, l) in lines(form, "field_sources").iter().enumerate() {
        let mut words = l.split_whitespace();
        let (Some(fact), urls) = (words.next(), words.collect::<Vec<_>>()) else {
            continue;
        };
        let bad_url = urls
            .iter()
            .find(|u| sparks_core::initiative::parse_web_url(u).is_err());
        if urls.is_empty() || sparks_core::initiative::parse_web_url(fact).is_ok() {
            unread.push(Unread::line(
                "field_sources",
                "form-error-line-field-source",
                n,
                l,
            ));
        } else if let Some(bad) = bad_url {
            unread.push(Unread::line("field_sources", "form-error-line-url", n, bad));
        }
        let entry = map
            .entry(fact.to_owned())
            .or_insert_with(|| OneOrMany::Many(Vec::new()));
        if let OneOrMany::Many(list) = entry {
            list.extend(urls.iter().map(|u| (*u).to_owned()));
        }
    }
    map
}

/// A whole number typed in a form (spaces, commas and underscores between digits allowed),
/// or what was typed when it is not one.
fn whole_number<T: std::str::FromStr>(
    form: &FormData,
    field: &'static str,
    key: &'static str,
    unread: &mut Vec<Unread>,
) -> Option<T> {
    let typed = form.get(field);
    if typed.is_empty() {
        return None;
    }
    let digits: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, ',' | '_'))
        .collect();
    match digits.parse() {
        Ok(n) => Some(n),
        Err(_) => {
            unread.push(Unread {
                field,
                key,
                args: Vec::new(),
                typed: Some(typed),
            });
            None
        }
    }
}

impl Record {
    /// A blank record of `kind`.
    pub fn empty(kind: ContentKind) -> Record {
        match kind {
            ContentKind::Initiative => Record::Initiative(DatasetRecord::default()),
            ContentKind::Resource => Record::Resource(ResourceDraft::default()),
            ContentKind::Event => Record::Event(EventDraft::default()),
            ContentKind::News => Record::News(NewsDraft::default()),
            ContentKind::Recommendation => Record::Recommendation(RecommendationDraft::default()),
            ContentKind::Statistic => Record::Statistic(StatisticDraft::default()),
            ContentKind::Helpline => Record::Helpline(HelplineDraft::default()),
        }
    }

    /// Its kind.
    pub fn kind(&self) -> ContentKind {
        match self {
            Record::Initiative(_) => ContentKind::Initiative,
            Record::Resource(_) => ContentKind::Resource,
            Record::Event(_) => ContentKind::Event,
            Record::News(_) => ContentKind::News,
            Record::Recommendation(_) => ContentKind::Recommendation,
            Record::Statistic(_) => ContentKind::Statistic,
            Record::Helpline(_) => ContentKind::Helpline,
        }
    }

    /// Reads a stored record.
    pub fn from_json(kind: ContentKind, json: &str) -> Result<Record, String> {
        let e = |e: serde_json::Error| e.to_string();
        Ok(match kind {
            ContentKind::Initiative => Record::Initiative(serde_json::from_str(json).map_err(e)?),
            ContentKind::Resource => Record::Resource(serde_json::from_str(json).map_err(e)?),
            ContentKind::Event => Record::Event(serde_json::from_str(json).map_err(e)?),
            ContentKind::News => Record::News(serde_json::from_str(json).map_err(e)?),
            ContentKind::Recommendation => {
                Record::Recommendation(serde_json::from_str(json).map_err(e)?)
            }
            ContentKind::Statistic => Record::Statistic(serde_json::from_str(json).map_err(e)?),
            ContentKind::Helpline => Record::Helpline(serde_json::from_str(json).map_err(e)?),
        })
    }

    /// The stored form.
    pub fn to_json(&self) -> String {
        match self {
            Record::Initiative(r) => serde_json::to_string(r),
            Record::Resource(r) => serde_json::to_string(r),
            Record::Event(r) => serde_json::to_string(r),
            Record::News(r) => serde_json::to_string(r),
            Record::Recommendation(r) => serde_json::to_string(r),
            Record::Statistic(r) => serde_json::to_string(r),
            Record::Helpline(r) => serde_json::to_string(r),
        }
        .unwrap_or_default()
    }

    /// The record without editor-only fields (help services' `editor_notes`), as it may
    /// leave the editors' hands.
    pub fn without_editor_notes(&self) -> Record {
        match self {
            Record::Helpline(r) => Record::Helpline(HelplineDraft {
                editor_notes: None,
                ..r.clone()
            }),
            other => other.clone(),
        }
    }

    /// The record's Markdown field, which a preview shows (and its page renders); `None` for
    /// the kinds whose texts are all plain (a figure's note, a help service's notes), whose
    /// forms offer no preview.
    pub fn markdown(&self) -> Option<&str> {
        match self {
            Record::Initiative(r) => Some(&r.description),
            Record::Resource(r) => Some(&r.summary),
            Record::Event(r) => Some(&r.summary),
            Record::News(r) => Some(&r.body),
            Record::Recommendation(r) => Some(&r.text),
            Record::Statistic(_) | Record::Helpline(_) => None,
        }
    }

    /// Puts the form's fields onto the record (the rest of an edited record stays), and
    /// gives what could not be read: bad lines of a list (kept on the record, to be shown
    /// again) and numbers that are not numbers.
    pub fn apply(&mut self, form: &FormData) -> Vec<Unread> {
        let mut unread = Vec::new();
        let u = &mut unread;
        match self {
            Record::Initiative(r) => {
                r.acronym = form.get("acronym");
                r.full_name = form.get("title");
                r.description = form.get("summary");
                r.pillars = form.all("pillars");
                r.funding_programme = opt(form, "programme");
                r.website = opt(form, "website");
                r.start_date = opt(form, "start_date");
                r.end_date = opt(form, "end_date");
                if_sent(form, "type", &mut r.kind, opt);
                if_sent(form, "grant_id", &mut r.grant_id, opt);
                if_sent(form, "coordinator", &mut r.coordinator, opt);
                if_sent(form, "coordinator_country", &mut r.coordinator_country, opt);
                if_sent(form, "partners", &mut r.partners, lines);
                if sent(form, "partner_countries") {
                    r.partner_countries = countries(form, "partner_countries", u);
                }
                if_sent(form, "topics", &mut r.keywords, lines);
                if sent(form, "eu_contribution_eur") {
                    r.eu_contribution_eur =
                        whole_number(form, "eu_contribution_eur", "form-error-whole-euros", u);
                }
                if_sent(form, "cordis_url", &mut r.cordis_url, opt);
                if sent(form, "sources") {
                    r.sources = lines(form, "sources");
                    check_urls("sources", &r.sources, u);
                }
                if sent(form, "field_sources") {
                    r.field_sources = field_sources(form, u);
                }
                if_sent(form, "notes", &mut r.notes, opt);
                if sent(form, "sparks_urls") {
                    r.sparks_urls = lines(form, "sparks_urls");
                    check_urls("sparks_urls", &r.sparks_urls, u);
                }
                if_sent(form, "status", &mut r.status, opt);
                if_sent(form, "status_source", &mut r.status_source, opt);
            }
            Record::Resource(r) => {
                r.title = form.get("title");
                r.kind = form.get("type");
                r.summary = form.get("summary");
                r.url = opt(form, "url");
                r.published = opt(form, "published");
                r.pillars = form.all("pillars");
                r.language = opt(form, "language");
                r.initiative = opt(form, "initiative");
                if_sent(form, "content_warning", &mut r.content_warning, opt);
                if_sent(form, "initiatives", &mut r.initiatives, list);
                if_sent(form, "topics", &mut r.topics, lines);
                if_sent(form, "audience", &mut r.audience, list);
                if_sent(form, "source_url", &mut r.source_url, opt);
            }
            Record::Event(r) => {
                r.title = form.get("title");
                r.kind = form.get("type");
                r.start = form.get("start");
                r.end = opt(form, "end");
                r.timezone = opt(form, "timezone");
                r.city = opt(form, "city");
                r.country = opt(form, "country");
                r.online = form.checked("online");
                r.url = opt(form, "url");
                r.summary = form.get("summary");
                if_sent(form, "content_warning", &mut r.content_warning, opt);
                if_sent(form, "organisers", &mut r.organisers, lines);
                if_sent(form, "source_url", &mut r.source_url, opt);
            }
            Record::News(r) => {
                r.title = form.get("title");
                r.summary = form.get("summary");
                r.body = form.get("body");
                r.published = form.get("published");
                r.initiative = opt(form, "initiative");
                r.source_url = opt(form, "source_url");
                if_sent(form, "content_warning", &mut r.content_warning, opt);
                if_sent(form, "language", &mut r.language, opt);
            }
            Record::Recommendation(r) => {
                r.title = form.get("title");
                r.pillar = form.get("pillar");
                r.text = form.get("text");
                r.issuer = form.get("issuer");
                r.year = whole_number(form, "year", "form-error-year", u);
                r.addressee = opt(form, "addressee");
                r.initiatives = list(form, "initiatives");
                r.source_url = opt(form, "source_url");
            }
            Record::Statistic(r) => {
                let number_or_text = |v: String| {
                    (!v.is_empty()).then(|| match v.parse::<i64>() {
                        Ok(n) => sparks_core::statistic::NumberOrText::Number(n),
                        Err(_) => sparks_core::statistic::NumberOrText::Text(v),
                    })
                };
                r.figure = form.get("figure");
                r.value = number_or_text(form.get("value"));
                r.year = number_or_text(form.get("year"));
                r.publisher = form.get("publisher");
                r.source_url = form.get("source_url");
                r.primary_source = opt(form, "primary_source");
                r.note = opt(form, "note");
                if sent(form, "also_cited_at") {
                    r.also_cited_at = lines(form, "also_cited_at");
                    check_urls("also_cited_at", &r.also_cited_at, u);
                }
            }
            Record::Helpline(r) => {
                r.name = form.get("name");
                r.kind = form.get("type");
                r.country_code = form.get("country").to_uppercase();
                r.organisation = opt(form, "organisation");
                r.phone = opt(form, "phone");
                r.website = opt(form, "website");
                r.report_url = opt(form, "report_url");
                r.hours = opt(form, "hours");
                r.languages = list(form, "languages");
                r.source_url = form.get("source_url");
                r.notes = opt(form, "notes");
                r.checked = opt(form, "checked");
                if sent(form, "chat") {
                    r.chat = match form.get("chat").as_str() {
                        "yes" => Some(true),
                        "no" => Some(false),
                        _ => None,
                    };
                }
            }
        }
        unread
    }

    /// The form's values for this record, by field name (lists joined for text boxes).
    pub fn values(&self) -> Vec<(&'static str, Vec<String>)> {
        let o = |v: &Option<String>| vec![v.clone().unwrap_or_default()];
        let one = |v: &str| vec![v.to_owned()];
        match self {
            Record::Initiative(r) => vec![
                ("acronym", one(&r.acronym)),
                ("title", one(&r.full_name)),
                ("summary", one(&r.description)),
                (
                    "type",
                    // The select's option is the kind's slug; the record may hold the
                    // dataset's wording of it.
                    one(&r
                        .kind
                        .as_deref()
                        .and_then(|k| k.parse::<sparks_core::InitiativeKind>().ok())
                        .map_or_else(
                            || r.kind.clone().unwrap_or_default(),
                            |k| k.slug().to_owned(),
                        )),
                ),
                ("pillars", r.pillars.clone()),
                ("programme", o(&r.funding_programme)),
                ("grant_id", o(&r.grant_id)),
                ("start_date", o(&r.start_date)),
                ("end_date", o(&r.end_date)),
                ("coordinator", o(&r.coordinator)),
                ("coordinator_country", o(&r.coordinator_country)),
                ("partners", joined(&r.partners)),
                ("partner_countries", joined(&r.partner_countries)),
                (
                    "eu_contribution_eur",
                    vec![
                        r.eu_contribution_eur
                            .map(|n| n.to_string())
                            .unwrap_or_default(),
                    ],
                ),
                ("website", o(&r.website)),
                ("cordis_url", o(&r.cordis_url)),
                ("topics", joined(&r.keywords)),
                ("sources", joined(&r.sources)),
                (
                    "field_sources",
                    joined(
                        &r.field_sources
                            .iter()
                            .map(|(fact, urls)| {
                                let urls = match urls {
                                    sparks_core::dataset::OneOrMany::One(u) => vec![u.clone()],
                                    sparks_core::dataset::OneOrMany::Many(v) => v.clone(),
                                };
                                std::iter::once(fact.clone())
                                    .chain(urls)
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                            .collect::<Vec<_>>(),
                    ),
                ),
                ("notes", o(&r.notes)),
                ("sparks_urls", joined(&r.sparks_urls)),
                ("status", o(&r.status)),
                ("status_source", o(&r.status_source)),
            ],
            Record::Resource(r) => vec![
                ("title", one(&r.title)),
                ("type", one(&r.kind)),
                ("summary", one(&r.summary)),
                ("url", o(&r.url)),
                ("published", o(&r.published)),
                ("pillars", r.pillars.clone()),
                ("language", o(&r.language)),
                ("initiative", o(&r.initiative)),
                ("content_warning", o(&r.content_warning)),
                ("initiatives", vec![r.initiatives.join(", ")]),
                ("topics", joined(&r.topics)),
                ("audience", r.audience.clone()),
                ("source_url", o(&r.source_url)),
            ],
            Record::Event(r) => vec![
                ("title", one(&r.title)),
                ("type", one(&r.kind)),
                ("start", one(&r.start)),
                ("end", o(&r.end)),
                ("timezone", o(&r.timezone)),
                ("city", o(&r.city)),
                ("country", o(&r.country)),
                (
                    "online",
                    vec![if r.online { "1".into() } else { String::new() }],
                ),
                ("url", o(&r.url)),
                ("summary", one(&r.summary)),
                ("content_warning", o(&r.content_warning)),
                ("organisers", joined(&r.organisers)),
                ("source_url", o(&r.source_url)),
            ],
            Record::News(r) => vec![
                ("title", one(&r.title)),
                ("summary", one(&r.summary)),
                ("body", one(&r.body)),
                ("published", one(&r.published)),
                ("initiative", o(&r.initiative)),
                ("source_url", o(&r.source_url)),
                ("content_warning", o(&r.content_warning)),
                ("language", o(&r.language)),
            ],
            Record::Recommendation(r) => vec![
                ("title", one(&r.title)),
                ("pillar", one(&r.pillar)),
                ("text", one(&r.text)),
                ("issuer", one(&r.issuer)),
                (
                    "year",
                    vec![r.year.map(|y| y.to_string()).unwrap_or_default()],
                ),
                ("addressee", o(&r.addressee)),
                ("initiatives", vec![r.initiatives.join(", ")]),
                ("source_url", o(&r.source_url)),
            ],
            Record::Statistic(r) => {
                let text = |v: &Option<sparks_core::statistic::NumberOrText>| {
                    vec![match v {
                        Some(sparks_core::statistic::NumberOrText::Number(n)) => n.to_string(),
                        Some(sparks_core::statistic::NumberOrText::Text(t)) => t.clone(),
                        None => String::new(),
                    }]
                };
                vec![
                    ("figure", one(&r.figure)),
                    ("value", text(&r.value)),
                    ("year", text(&r.year)),
                    ("publisher", one(&r.publisher)),
                    ("source_url", one(&r.source_url)),
                    ("primary_source", o(&r.primary_source)),
                    ("also_cited_at", joined(&r.also_cited_at)),
                    ("note", o(&r.note)),
                ]
            }
            Record::Helpline(r) => vec![
                ("name", one(&r.name)),
                ("type", one(&r.kind)),
                ("country", one(&r.country_code)),
                ("organisation", o(&r.organisation)),
                ("phone", o(&r.phone)),
                ("website", o(&r.website)),
                ("report_url", o(&r.report_url)),
                ("hours", o(&r.hours)),
                ("languages", vec![r.languages.join(", ")]),
                ("source_url", one(&r.source_url)),
                ("notes", o(&r.notes)),
                ("checked", o(&r.checked)),
                (
                    "chat",
                    one(match r.chat {
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "",
                    }),
                ),
            ],
        }
    }

    /// An initiative's record-wide sources as typed; `None` for the other kinds.
    pub fn initiative_sources(&self) -> Option<&[String]> {
        match self {
            Record::Initiative(r) => Some(&r.sources),
            _ => None,
        }
    }

    /// Keeps the slug of the record being edited.
    pub fn set_slug(&mut self, slug: Option<String>) {
        match self {
            Record::Initiative(r) => r.slug = slug,
            Record::Resource(r) => r.slug = slug,
            Record::Event(r) => r.slug = slug,
            Record::News(r) => r.slug = slug,
            Record::Recommendation(r) => r.slug = slug,
            Record::Statistic(r) => r.slug = slug,
            Record::Helpline(r) => r.slug = slug,
        }
    }

    /// Checks the domain rules. Errors name the form's fields.
    pub fn validate(&self) -> Result<Publishable, Vec<FieldError>> {
        let rename = |errors: Vec<FieldError>| {
            errors
                .into_iter()
                .map(|e| {
                    let field = match e.field.as_str() {
                        "full_name" => "title",
                        "description" => "summary",
                        "funding_programme" => "programme",
                        "keywords" => "topics",
                        other => other,
                    };
                    FieldError::new(field, e.message)
                })
                .collect::<Vec<_>>()
        };
        match self.clone() {
            Record::Initiative(r) => r.into_draft().validate().map(Publishable::Initiative),
            Record::Resource(r) => r.validate().map(Publishable::Resource),
            Record::Event(r) => r.validate().map(Publishable::Event),
            Record::News(r) => r.validate().map(Publishable::News),
            Record::Recommendation(r) => r.validate().map(Publishable::Recommendation),
            Record::Statistic(r) => r.validate().map(Publishable::Statistic),
            Record::Helpline(r) => r.validate().map(Publishable::Helpline),
        }
        .map_err(rename)
    }
}

/// The record of a published item as it is now, when there is one.
pub async fn current(db: &Db, kind: ContentKind, slug: &str) -> Result<Option<Record>, WebError> {
    if kind == ContentKind::Initiative {
        return Ok(initiatives::get(db, slug)
            .await?
            .map(|i| Record::Initiative(DatasetRecord::from_initiative(&i))));
    }
    Ok(moderation::stored_record(db, kind, slug)
        .await?
        .and_then(|json| Record::from_json(kind, &json).ok()))
}

/// Whether an item with this slug is published.
pub async fn exists(db: &Db, kind: ContentKind, slug: &str) -> Result<bool, WebError> {
    Ok(current(db, kind, slug).await?.is_some())
}
