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

    /// The Markdown field a preview shows.
    pub fn markdown(&self) -> &str {
        match self {
            Record::Initiative(r) => &r.description,
            Record::Resource(r) => &r.summary,
            Record::Event(r) => &r.summary,
            Record::News(r) => &r.body,
            Record::Recommendation(r) => &r.text,
            Record::Statistic(r) => r.note.as_deref().unwrap_or(""),
            Record::Helpline(r) => r.notes.as_deref().unwrap_or(""),
        }
    }

    /// Puts the form's fields onto the record (the rest of an edited record stays).
    pub fn apply(&mut self, form: &FormData) {
        match self {
            Record::Initiative(r) => {
                r.acronym = form.get("acronym");
                r.full_name = form.get("title");
                r.description = form.get("summary");
                r.pillars = form.all("pillars");
                r.funding_programme = opt(form, "programme");
                r.website = opt(form, "website");
                r.partner_countries = list(form, "countries");
                r.start_date = opt(form, "start_date");
                r.end_date = opt(form, "end_date");
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
            }
            Record::News(r) => {
                r.title = form.get("title");
                r.summary = form.get("summary");
                r.body = form.get("body");
                r.published = form.get("published");
                r.initiative = opt(form, "initiative");
                r.source_url = opt(form, "source_url");
            }
            Record::Recommendation(r) => {
                r.title = form.get("title");
                r.pillar = form.get("pillar");
                r.text = form.get("text");
                r.issuer = form.get("issuer");
                r.year = form.get("year").parse().ok();
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
            }
        }
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
                ("pillars", r.pillars.clone()),
                ("programme", o(&r.funding_programme)),
                ("website", o(&r.website)),
                ("countries", vec![r.partner_countries.join(", ")]),
                ("start_date", o(&r.start_date)),
                ("end_date", o(&r.end_date)),
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
            ],
            Record::News(r) => vec![
                ("title", one(&r.title)),
                ("summary", one(&r.summary)),
                ("body", one(&r.body)),
                ("published", one(&r.published)),
                ("initiative", o(&r.initiative)),
                ("source_url", o(&r.source_url)),
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
            ],
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
                        "partner_countries" => "countries",
                        "coordinator_country" => "countries",
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
