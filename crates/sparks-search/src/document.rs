//! What each content type hands to the index: a [`SearchDocument`], keyed by type and slug.
//!
//! Each content type has a [`DocType`] variant and a function building its `SearchDocument`,
//! and calls the store's index writer in the same transaction as its own write. Search,
//! facets, snippets and related work then cover it.

use std::collections::BTreeSet;
use std::str::FromStr;

use sparks_core::{Event, Helpline, HelplineKind, Initiative, NewsPost, Resource};

use crate::analyzer::{Language, acronym_key, index_terms};

/// The kinds of content the index holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum DocType {
    /// An initiative of the directory.
    Initiative,
    /// A resource of the library.
    Resource,
    /// A news post.
    News,
    /// An event.
    Event,
    /// A public discussion thread of the community.
    Thread,
    /// A help service of the help directory (shown on `/help`).
    Helpline,
}

impl DocType {
    /// Every type, in the order facets list them.
    pub const ALL: [DocType; 6] = [
        DocType::Initiative,
        DocType::Resource,
        DocType::News,
        DocType::Event,
        DocType::Thread,
        DocType::Helpline,
    ];

    /// The value in URLs, the API and the database.
    pub fn slug(self) -> &'static str {
        match self {
            DocType::Initiative => "initiative",
            DocType::Resource => "resource",
            DocType::News => "news",
            DocType::Event => "event",
            DocType::Thread => "thread",
            DocType::Helpline => "helpline",
        }
    }

    /// The name people read.
    pub fn label(self) -> &'static str {
        match self {
            DocType::Initiative => "Initiatives",
            DocType::Resource => "Resources",
            DocType::News => "News",
            DocType::Event => "Events",
            DocType::Thread => "Discussions",
            DocType::Helpline => "Help services",
        }
    }

    /// Where a document of this type is shown.
    pub fn href(self, slug: &str) -> String {
        match self {
            DocType::Initiative => format!("/initiatives/{slug}"),
            DocType::Resource => format!("/resources/{slug}"),
            DocType::News => format!("/news/{slug}"),
            DocType::Event => format!("/events/{slug}"),
            DocType::Thread => format!("/community/threads/{slug}"),
            DocType::Helpline => format!("/help#help-{slug}"),
        }
    }
}

impl FromStr for DocType {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocType::ALL
            .into_iter()
            .find(|t| t.slug() == s.trim())
            .ok_or_else(|| {
                let known: Vec<&str> = DocType::ALL.iter().map(|t| t.slug()).collect();
                format!("{s:?} is not a content type (one of: {})", known.join(", "))
            })
    }
}

/// The facets a document can carry, each with any number of values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    /// Pillar slug.
    Pillar,
    /// ISO 3166-1 alpha-2 code (coordinator or partner).
    Country,
    /// Programme slug.
    Programme,
    /// Year (of start, publication or event).
    Year,
    /// Topic, lower-case.
    Topic,
    /// Coordinating or publishing organisation, as given.
    Coordinator,
}

impl Facet {
    /// The name in the database and the API.
    pub fn slug(self) -> &'static str {
        match self {
            Facet::Pillar => "pillar",
            Facet::Country => "country",
            Facet::Programme => "programme",
            Facet::Year => "year",
            Facet::Topic => "topic",
            Facet::Coordinator => "coordinator",
        }
    }
}

/// A piece of content as the index sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDocument {
    /// Its type.
    pub doc_type: DocType,
    /// Its slug, unique within the type.
    pub slug: String,
    /// The language its text is written in (chooses the stemmer).
    pub language: Language,
    /// Short name, if it has one: matched exactly and weighted highest.
    pub acronym: Option<String>,
    /// Title: weighted high.
    pub title: String,
    /// Topics or tags: weighted below the title.
    pub topics: Vec<String>,
    /// The main text, also the source of snippets.
    pub summary: String,
    /// Further text searched with the body's weight but not shown in snippets (coordinator,
    /// funding as the source words it, country names).
    pub extra: Vec<String>,
    /// Facet values.
    pub facets: Vec<(Facet, String)>,
}

/// A document's text as index terms, one string per weighted field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzedDocument {
    /// Acronym terms, space-separated.
    pub acronym: String,
    /// Title terms.
    pub title: String,
    /// Topic terms.
    pub topics: String,
    /// Summary and extra terms.
    pub body: String,
    /// The acronym's exact-match key.
    pub acronym_key: String,
    /// Every distinct term, sorted: the document's share of the vocabulary.
    pub terms: Vec<String>,
}

impl SearchDocument {
    /// Runs the analyzer over every field.
    pub fn analyze(&self) -> AnalyzedDocument {
        let lang = self.language;
        let acronym = self
            .acronym
            .as_deref()
            .map(|a| index_terms(a, lang))
            .unwrap_or_default();
        let title = index_terms(&self.title, lang);
        let topics: Vec<String> = self
            .topics
            .iter()
            .flat_map(|t| index_terms(t, lang))
            .collect();
        let mut body = index_terms(&self.summary, lang);
        for e in &self.extra {
            body.extend(index_terms(e, lang));
        }
        let terms: BTreeSet<String> = acronym
            .iter()
            .chain(&title)
            .chain(&topics)
            .chain(&body)
            .cloned()
            .collect();
        AnalyzedDocument {
            acronym: acronym.join(" "),
            title: title.join(" "),
            topics: topics.join(" "),
            body: body.join(" "),
            acronym_key: self.acronym.as_deref().map(acronym_key).unwrap_or_default(),
            terms: terms.into_iter().collect(),
        }
    }

    /// An initiative's document: acronym, title, topics, summary; coordinator, funding and
    /// country names as extra text; facets pillar, country, programme, start year, topic and
    /// coordinator. The dataset is written in English.
    pub fn from_initiative(i: &Initiative) -> SearchDocument {
        let mut extra = Vec::new();
        extra.extend(i.coordinator.clone());
        extra.extend(i.programme_original.clone());
        extra.push(i.programme.label().to_owned());
        let countries = i.countries();
        extra.extend(countries.iter().map(|c| c.name().to_owned()));

        let mut facets: Vec<(Facet, String)> = Vec::new();
        facets.extend(
            i.pillars
                .iter()
                .map(|p| (Facet::Pillar, p.slug().to_owned())),
        );
        facets.extend(
            countries
                .iter()
                .map(|c| (Facet::Country, c.code().to_owned())),
        );
        facets.push((Facet::Programme, i.programme.slug().to_owned()));
        if let Some(d) = i.start_date {
            facets.push((Facet::Year, d.year().to_string()));
        }
        let mut topics: BTreeSet<String> = BTreeSet::new();
        for t in &i.topics {
            topics.insert(t.to_lowercase());
        }
        facets.extend(topics.into_iter().map(|t| (Facet::Topic, t)));
        if let Some(c) = &i.coordinator {
            facets.push((Facet::Coordinator, c.trim().to_lowercase()));
        }
        facets.sort();
        facets.dedup();

        SearchDocument {
            doc_type: DocType::Initiative,
            slug: i.slug.clone(),
            language: Language::En,
            acronym: Some(i.acronym.clone()),
            title: i.title.clone(),
            topics: i.topics.clone(),
            summary: i.summary.clone(),
            extra,
            facets,
        }
    }
}

impl SearchDocument {
    /// A resource: title, topics and summary; who made it searched too. Facets: pillars,
    /// topics, publication year.
    pub fn from_resource(r: &Resource) -> SearchDocument {
        let mut facets: Vec<(Facet, String)> = r
            .pillars
            .iter()
            .map(|p| (Facet::Pillar, p.slug().to_owned()))
            .collect();
        facets.extend(r.topics.iter().map(|t| (Facet::Topic, t.to_lowercase())));
        if let Some(d) = r.published {
            facets.push((Facet::Year, d.year().to_string()));
        }
        if let Some(m) = &r.made_by {
            facets.push((Facet::Coordinator, m.trim().to_lowercase()));
        }
        facets.sort();
        facets.dedup();
        SearchDocument {
            doc_type: DocType::Resource,
            slug: r.slug.clone(),
            // Titles may be in another language; the summaries are English paraphrases.
            language: Language::En,
            acronym: None,
            title: r.title.clone(),
            topics: r.topics.clone(),
            summary: r.summary.clone(),
            extra: r.made_by.iter().cloned().collect(),
            facets,
        }
    }

    /// A news post: title, summary and body. Facet: year of publication.
    pub fn from_news(p: &NewsPost) -> SearchDocument {
        SearchDocument {
            doc_type: DocType::News,
            slug: p.slug.clone(),
            language: Language::from_code(&p.language).unwrap_or(Language::En),
            acronym: None,
            title: p.title.clone(),
            topics: Vec::new(),
            summary: if p.summary.is_empty() {
                p.body.clone()
            } else {
                p.summary.clone()
            },
            extra: vec![p.body.clone()],
            facets: vec![(Facet::Year, p.published.year().to_string())],
        }
    }

    /// A public discussion: its title and opening post; the pillar of its space as a facet.
    pub fn from_thread(id: i64, space: &str, title: &str, body: &str) -> SearchDocument {
        let pillar = ["prevention", "detection-investigation", "victim-support"]
            .into_iter()
            .find(|p| *p == space);
        SearchDocument {
            doc_type: DocType::Thread,
            slug: id.to_string(),
            language: Language::En,
            acronym: None,
            title: title.to_owned(),
            topics: Vec::new(),
            summary: body.to_owned(),
            extra: Vec::new(),
            facets: pillar
                .map(|p| vec![(Facet::Pillar, p.to_owned())])
                .unwrap_or_default(),
        }
    }

    /// An event: title and summary; organisers and place searched too. Facets: country,
    /// year.
    pub fn from_event(e: &Event) -> SearchDocument {
        let mut extra = e.organisers.clone();
        extra.extend(e.city.clone());
        extra.extend(e.country.map(|c| c.name().to_owned()));
        let mut facets = vec![(Facet::Year, e.start.date().year().to_string())];
        facets.extend(e.country.map(|c| (Facet::Country, c.code().to_owned())));
        SearchDocument {
            doc_type: DocType::Event,
            slug: e.slug.clone(),
            language: Language::En,
            acronym: None,
            title: e.title.clone(),
            topics: Vec::new(),
            summary: e.summary.clone(),
            extra,
            facets,
        }
    }
}

/// Words for each kind of help service in the five interface languages, so that a person
/// finds a service in their own words ("Hilfetelefon", "ligne d'écoute", "telefon
/// zaufania") though its record is in English or the local language.
fn helpline_words(kind: HelplineKind) -> &'static [&'static str] {
    match kind {
        HelplineKind::ChildHelpline => &[
            "child helpline",
            "helpline",
            "Hilfetelefon",
            "Kinder- und Jugendtelefon",
            "Sorgentelefon",
            "ligne d'écoute",
            "ligne d'aide",
            "línea de ayuda",
            "teléfono de ayuda",
            "telefon zaufania",
            "linia pomocy",
        ],
        HelplineKind::ReportingHotline => &[
            "reporting hotline",
            "hotline",
            "Meldestelle",
            "Beschwerdestelle",
            "signalement",
            "signaler",
            "línea de denuncia",
            "denunciar",
            "punkt zgłaszania",
            "zgłoszenie",
        ],
        HelplineKind::PreventionHelpline => &[
            "prevention helpline",
            "helpline",
            "Hilfetelefon",
            "Präventionsangebot",
            "ligne d'écoute",
            "prévention",
            "línea de ayuda",
            "prevención",
            "telefon zaufania",
            "profilaktyka",
        ],
        HelplineKind::VictimSupport => &[
            "victim support",
            "helpline",
            "Hilfetelefon",
            "Opferhilfe",
            "ligne d'écoute",
            "aide aux victimes",
            "línea de ayuda",
            "apoyo a víctimas",
            "telefon zaufania",
            "pomoc ofiarom",
        ],
    }
}

impl SearchDocument {
    /// A help service: its name as title; its name's hyphenated compounds written as one
    /// word ("Hilfe-Telefon" as "HilfeTelefon", as people type it) and its kind as topics;
    /// its public notes as the text; who runs it, its phone number (as written and as
    /// digits), its country and what kind of help it is in the five languages searched too.
    /// Facet: country.
    ///
    /// Only what `/help` shows: the editors' research notes (`editor_notes`) never enter
    /// the index, so neither a search nor a snippet can show them.
    pub fn from_helpline(h: &Helpline) -> SearchDocument {
        let mut topics: Vec<String> = h
            .name
            .split_whitespace()
            .filter(|w| w.contains('-'))
            .map(|w| w.replace('-', ""))
            .collect();
        topics.push(h.kind.label().to_owned());
        let mut extra: Vec<String> = h.organisation.iter().cloned().collect();
        if let Some(phone) = &h.phone {
            extra.push(phone.clone());
            extra.push(phone.chars().filter(char::is_ascii_digit).collect());
        }
        extra.push(h.country.name().to_owned());
        extra.extend(helpline_words(h.kind).iter().map(|w| (*w).to_owned()));
        SearchDocument {
            doc_type: DocType::Helpline,
            slug: h.slug.clone(),
            language: Language::En,
            acronym: None,
            title: h.name.clone(),
            topics,
            summary: h.notes.clone().unwrap_or_default(),
            extra,
            facets: vec![(Facet::Country, h.country.code().to_owned())],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_parse_and_name_themselves() {
        assert_eq!("initiative".parse::<DocType>(), Ok(DocType::Initiative));
        assert_eq!("resource".parse::<DocType>(), Ok(DocType::Resource));
        assert!("poster".parse::<DocType>().is_err());
        assert_eq!(DocType::Event.href("x-2024"), "/events/x-2024");
        assert_eq!(DocType::Initiative.href("arica"), "/initiatives/arica");
    }

    #[test]
    fn analysis_fills_every_field() {
        let doc = SearchDocument {
            doc_type: DocType::Initiative,
            slug: "x".into(),
            language: Language::En,
            acronym: Some("STOP-CSAM".into()),
            title: "Scalable Technology for Online Prevention".into(),
            topics: vec!["therapeutic chat".into()],
            summary: "Grooming detection for children.".into(),
            extra: vec!["Germany".into()],
            facets: vec![],
        };
        let a = doc.analyze();
        assert_eq!(a.acronym, "stop csam");
        assert_eq!(a.acronym_key, "stop csam");
        assert_eq!(a.title, "scalabl technolog onlin prevent");
        assert_eq!(a.topics, "therapeut chat");
        assert_eq!(a.body, "groom detect child germani");
        assert!(a.terms.windows(2).all(|w| w[0] < w[1]));
    }
}
