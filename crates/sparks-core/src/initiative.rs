//! The initiative: a project, network, programme or organisation working against CSAE, and
//! the rules a record must meet before it enters the directory.

use std::collections::BTreeMap;

use time::Date;
use url::Url;

use crate::status::DeclaredStatus;
use crate::{Country, InitiativeKind, PartialDate, Pillar, Programme, Status};

/// A validated initiative, as the directory shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Initiative {
    /// Unique URL slug, from the acronym.
    pub slug: String,
    /// Short name (`ARICA`).
    pub acronym: String,
    /// Full name.
    pub title: String,
    /// A paragraph on what it does.
    pub summary: String,
    /// What sort of initiative it is.
    pub kind: InitiativeKind,
    /// The normalised funding programme.
    pub programme: Programme,
    /// The funding as the source words it, kept beside the normalised value.
    pub programme_original: Option<String>,
    /// Grant agreement number.
    pub grant_id: Option<String>,
    /// Start, at the precision known.
    pub start_date: Option<PartialDate>,
    /// End, at the precision known.
    pub end_date: Option<PartialDate>,
    /// Coordinating organisation.
    pub coordinator: Option<String>,
    /// Country of the coordinator.
    pub coordinator_country: Option<Country>,
    /// Partner organisations (other than the coordinator), by name.
    pub partners: Vec<String>,
    /// Countries of the other partners (without the coordinator's, unless a partner is there too).
    pub partner_countries: Vec<Country>,
    /// Pillars it works in; at least one.
    pub pillars: Vec<Pillar>,
    /// Free topics (`grooming`, `OSINT`, ...).
    pub topics: Vec<String>,
    /// Its own website.
    pub website: Option<Url>,
    /// Its CORDIS page.
    pub cordis_url: Option<Url>,
    /// EU contribution in whole euros.
    pub eu_contribution_eur: Option<i64>,
    /// Where the facts come from.
    pub sources: Vec<Url>,
    /// Sources per field (`start_date` → URLs).
    pub field_sources: BTreeMap<String, Vec<String>>,
    /// Editors' notes on the facts (caveats, what was not found).
    pub notes: Option<String>,
    /// Shown on the former sparksinthedark.net.
    pub featured: bool,
    /// Its pages on the former sparksinthedark.net.
    pub sparks_urls: Vec<Url>,
    /// A status an editor recorded from a source, when the dates cannot tell. Boxed: it is
    /// rare, and an initiative is moved around in bulk loads.
    pub status_claim: Option<Box<StatusClaim>>,
}

/// A status as a source states it: what, and where it says so.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusClaim {
    /// The stated status.
    pub status: DeclaredStatus,
    /// The page that says so.
    pub source: Url,
}

impl Initiative {
    /// Where it stands today.
    pub fn status(&self, today: Date) -> Status {
        Status::derive(
            self.start_date,
            self.end_date,
            self.status_claim.as_ref().map(|c| c.status),
            today,
        )
    }

    /// Every country involved: the coordinator's first, then the partners', without repeats.
    pub fn countries(&self) -> Vec<Country> {
        let mut all: Vec<Country> = self.coordinator_country.into_iter().collect();
        for c in &self.partner_countries {
            if !all.contains(c) {
                all.push(*c);
            }
        }
        all
    }

    /// Lower-case text that the directory's free-text filter matches against.
    pub fn search_text(&self) -> String {
        crate::vocab::search_text(
            [self.acronym.as_str(), &self.title, &self.summary]
                .into_iter()
                .chain(self.topics.iter().map(String::as_str))
                .chain(self.coordinator.as_deref()),
        )
    }
}

/// One thing wrong with a record, named by the field it is in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message}")]
pub struct FieldError {
    /// The field, with the dataset's name for it (`acronym`, `pillars`, `end_date`).
    pub field: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl FieldError {
    /// An error for `field`.
    pub fn new(field: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.to_owned(),
            message: message.into(),
        }
    }
}

/// An initiative as it arrives (from the dataset, an import or a form), not yet checked.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InitiativeDraft {
    /// A slug to keep; when absent it comes from the acronym.
    pub slug: Option<String>,
    /// Short name; required.
    pub acronym: String,
    /// Full name; required.
    pub title: String,
    /// Description.
    pub summary: String,
    /// Kind, as a slug or the dataset's wording; defaults to `project`.
    pub kind: Option<String>,
    /// Funding as the source words it.
    pub funding_programme: Option<String>,
    /// Grant agreement number.
    pub grant_id: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub start_date: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub end_date: Option<String>,
    /// Coordinating organisation.
    pub coordinator: Option<String>,
    /// Country name or code; `A / B` names a second country, taken as a partner.
    pub coordinator_country: Option<String>,
    /// Partner organisations' names.
    pub partners: Vec<String>,
    /// Country names or codes.
    pub partner_countries: Vec<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Absolute http(s) URL.
    pub website: Option<String>,
    /// Absolute http(s) URL.
    pub cordis_url: Option<String>,
    /// Whole euros, not negative.
    pub eu_contribution_eur: Option<i64>,
    /// Absolute http(s) URLs.
    pub sources: Vec<String>,
    /// Sources per field.
    pub field_sources: BTreeMap<String, Vec<String>>,
    /// Notes.
    pub notes: Option<String>,
    /// Shown on the former site.
    pub featured: bool,
    /// Pages on the former site.
    pub sparks_urls: Vec<String>,
    /// A status stated by a source (`ongoing` or `completed`); needs `status_source`.
    pub status: Option<String>,
    /// The absolute http(s) URL of the source stating `status`.
    pub status_source: Option<String>,
}

const MAX_SHORT: usize = 200;
const MAX_TITLE: usize = 500;
const MAX_LONG: usize = 20_000;

impl InitiativeDraft {
    /// Checks every rule and returns the initiative, or every problem found (not just the first).
    pub fn validate(self) -> Result<Initiative, Vec<FieldError>> {
        let mut errors = Vec::new();
        let acronym = clean(&self.acronym);
        let title = clean(&self.title);
        let summary = strip_controls(self.summary.trim());

        if acronym.is_empty() {
            errors.push(FieldError::new("acronym", "is missing"));
        } else if acronym.chars().count() > MAX_SHORT {
            errors.push(FieldError::new(
                "acronym",
                format!("is longer than {MAX_SHORT} characters"),
            ));
        }
        if title.is_empty() {
            errors.push(FieldError::new("full_name", "is missing"));
        } else if title.chars().count() > MAX_TITLE {
            errors.push(FieldError::new(
                "full_name",
                format!("is longer than {MAX_TITLE} characters"),
            ));
        }
        if summary.chars().count() > MAX_LONG {
            errors.push(FieldError::new(
                "description",
                format!("is longer than {MAX_LONG} characters"),
            ));
        }

        let slug = match self
            .slug
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            Some(given) if crate::slug::is_valid_slug(given) => given.to_owned(),
            Some(given) => {
                errors.push(FieldError::new(
                    "slug",
                    format!(
                        "{given:?} is not a slug (lower-case letters, digits and single hyphens)"
                    ),
                ));
                String::new()
            }
            None => {
                let derived = crate::slug::slugify(&acronym);
                if derived.is_empty() && !acronym.is_empty() {
                    errors.push(FieldError::new(
                        "acronym",
                        "must contain a letter or a digit",
                    ));
                }
                derived
            }
        };

        let kind = match self
            .kind
            .as_deref()
            .map(str::trim)
            .filter(|k| !k.is_empty())
        {
            None => InitiativeKind::Project,
            Some(k) => k.parse().unwrap_or_else(|e: crate::ParseError| {
                errors.push(FieldError::new("type", e.message));
                InitiativeKind::Project
            }),
        };

        let start_date = parse_date("start_date", self.start_date.as_deref(), &mut errors);
        let end_date = parse_date("end_date", self.end_date.as_deref(), &mut errors);
        if let (Some(s), Some(e)) = (start_date, end_date)
            && e.last_day() < s.first_day()
        {
            errors.push(FieldError::new(
                "end_date",
                format!("{e} is before the start date {s}"),
            ));
        }

        let mut pillars = Vec::new();
        for p in &self.pillars {
            match p.parse::<Pillar>() {
                Ok(p) if !pillars.contains(&p) => pillars.push(p),
                Ok(_) => {}
                Err(e) => errors.push(FieldError::new("pillars", e.message)),
            }
        }
        if pillars.is_empty() && !self.pillars.iter().any(|p| p.parse::<Pillar>().is_err()) {
            errors.push(FieldError::new("pillars", "needs at least one pillar"));
        }
        pillars.sort();

        let (coordinator_country, mut partner_countries) =
            parse_coordinator_country(self.coordinator_country.as_deref(), &mut errors);
        for name in &self.partner_countries {
            match Country::from_name_or_code(name) {
                Ok(c) if !partner_countries.contains(&c) => partner_countries.push(c),
                Ok(_) => {}
                Err(e) => errors.push(FieldError::new("partner_countries", e.message)),
            }
        }

        let website = parse_url("website", self.website.as_deref(), &mut errors);
        let cordis_url = parse_url("cordis_url", self.cordis_url.as_deref(), &mut errors);
        let sources = parse_urls("sources", &self.sources, &mut errors);
        let sparks_urls = parse_urls("sparks_urls", &self.sparks_urls, &mut errors);
        // A fact's sources are links on its profile: the same rule as every other address.
        for (fact, urls) in &self.field_sources {
            for url in urls {
                if let Err(e) = parse_web_url(url) {
                    errors.push(FieldError::new("field_sources", format!("{fact}: {e}")));
                }
            }
        }

        if let Some(n) = self.eu_contribution_eur
            && n < 0
        {
            errors.push(FieldError::new(
                "eu_contribution_eur",
                "must not be negative",
            ));
        }

        let mut partners: Vec<String> = Vec::new();
        for p in self
            .partners
            .iter()
            .map(|p| clean(p))
            .filter(|p| !p.is_empty())
        {
            if p.chars().count() > MAX_TITLE {
                errors.push(FieldError::new(
                    "partners",
                    format!("a partner's name is longer than {MAX_TITLE} characters"),
                ));
            } else if !partners.contains(&p) {
                partners.push(p);
            }
        }

        let mut topics: Vec<String> = Vec::new();
        for t in self
            .topics
            .iter()
            .map(|t| clean(t))
            .filter(|t| !t.is_empty())
        {
            if t.chars().count() > MAX_SHORT {
                errors.push(FieldError::new(
                    "keywords",
                    format!("a topic is longer than {MAX_SHORT} characters"),
                ));
            } else if !topics.iter().any(|have| have.eq_ignore_ascii_case(&t)) {
                topics.push(t);
            }
        }

        let status_claim = parse_status_claim(
            self.status.as_deref(),
            self.status_source.as_deref(),
            &mut errors,
        );

        if !errors.is_empty() {
            return Err(errors);
        }
        let programme_original = non_empty(self.funding_programme);
        Ok(Initiative {
            slug,
            acronym,
            title,
            summary,
            kind,
            programme: Programme::classify(programme_original.as_deref()),
            programme_original,
            grant_id: non_empty(self.grant_id),
            start_date,
            end_date,
            coordinator: non_empty(self.coordinator),
            coordinator_country,
            partners,
            partner_countries,
            pillars,
            topics,
            website,
            cordis_url,
            eu_contribution_eur: self.eu_contribution_eur,
            sources,
            field_sources: self.field_sources,
            notes: non_empty(self.notes),
            featured: self.featured,
            sparks_urls,
            status_claim: status_claim.map(Box::new),
        })
    }
}

/// A stated status and its source: both or neither. A status without a source is refused,
/// since the point of stating one is that a reader can check it.
fn parse_status_claim(
    status: Option<&str>,
    source: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> Option<StatusClaim> {
    let status = crate::vocab::optional("status", status, errors, str::parse::<DeclaredStatus>);
    let source = parse_url("status_source", source, errors);
    match (status, source) {
        (Some(status), Some(source)) => Some(StatusClaim { status, source }),
        (Some(_), None) => {
            errors.push(FieldError::new(
                "status_source",
                "is needed: say where the status is stated",
            ));
            None
        }
        _ => None,
    }
}

/// Collapses runs of white space and drops control characters, so that names compare and
/// display cleanly.
pub(crate) fn clean(s: &str) -> String {
    if is_clean(s) {
        // Most text is clean already; a large import cleans a dozen fields per record.
        return s.to_owned();
    }
    strip_controls(s)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether [`clean`] would leave `s` as it is: no control character, and white space only
/// as single spaces between words.
fn is_clean(s: &str) -> bool {
    let mut after_space = true; // at the start, a space would be leading
    for c in s.chars() {
        if c.is_control() || (c.is_whitespace() && (c != ' ' || after_space)) {
            return false;
        }
        after_space = c == ' ';
    }
    !after_space || s.is_empty()
}

/// Drops control characters other than line breaks and tabs: NUL cannot be stored in
/// PostgreSQL text, and the others only hide things from readers.
pub fn strip_controls(s: &str) -> String {
    let dropped = |c: char| c.is_control() && !matches!(c, '\n' | '\t');
    if !s.chars().any(dropped) {
        return s.to_owned();
    }
    s.chars().filter(|&c| !dropped(c)).collect()
}

pub(crate) fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| strip_controls(s.trim()))
        .filter(|s| !s.is_empty())
}

pub(crate) fn parse_date(
    field: &str,
    value: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> Option<PartialDate> {
    crate::vocab::optional(field, value, errors, str::parse::<PartialDate>)
}

fn parse_coordinator_country(
    value: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> (Option<Country>, Vec<Country>) {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return (None, Vec::new());
    };
    let mut found = Vec::new();
    for name in value.split('/').map(str::trim).filter(|n| !n.is_empty()) {
        match Country::from_name_or_code(name) {
            Ok(c) => found.push(c),
            Err(e) => errors.push(FieldError::new("coordinator_country", e.message)),
        }
    }
    let mut found = found.into_iter();
    (found.next(), found.collect())
}

/// Accepts absolute `http`/`https` URLs only: anything else (`javascript:`, relative paths)
/// would end up in an `href`.
pub fn parse_web_url(value: &str) -> Result<Url, String> {
    let value = value.trim();
    match Url::parse(value) {
        Ok(url) if matches!(url.scheme(), "http" | "https") && url.host().is_some() => Ok(url),
        Ok(_) => Err(format!("{value:?} is not an http or https address")),
        Err(e) => Err(format!("{value:?} is not a valid URL ({e})")),
    }
}

pub(crate) fn parse_url(
    field: &str,
    value: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> Option<Url> {
    crate::vocab::optional(field, value, errors, parse_web_url)
}

pub(crate) fn parse_urls(field: &str, values: &[String], errors: &mut Vec<FieldError>) -> Vec<Url> {
    let mut urls: Vec<Url> = Vec::new();
    for v in values.iter().filter(|v| !v.trim().is_empty()) {
        if let Some(url) = parse_url(field, Some(v), errors)
            && !urls.contains(&url)
        {
            urls.push(url);
        }
    }
    urls
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shortcut_for_clean_text_changes_nothing() {
        let slow_strip = |s: &str| -> String {
            s.chars()
                .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
                .collect()
        };
        let slow_clean = |s: &str| {
            slow_strip(s)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        for s in [
            "",
            " ",
            "a",
            "Stop it Now! NL",
            " leading",
            "trailing ",
            "two  spaces",
            "tab\tinside",
            "line\nbreak",
            "nbsp\u{a0}inside",
            "ideographic\u{3000}space",
            "nul\0inside",
            "bell\u{7}",
            "c1\u{85}next-line",
            "del\u{7f}",
            "\u{200b}zero width is no white space",
            "Straße Ελληνικά 日本語",
        ] {
            assert_eq!(clean(s), slow_clean(s), "clean({s:?})");
            assert_eq!(strip_controls(s), slow_strip(s), "strip_controls({s:?})");
        }
    }

    fn draft() -> InitiativeDraft {
        InitiativeDraft {
            acronym: "Stop it Now! NL".into(),
            title: "Stop it Now Netherlands".into(),
            summary: "A helpline.".into(),
            kind: Some("non-EU initiative".into()),
            funding_programme: Some("Daphne III programme".into()),
            start_date: Some("2012-03".into()),
            end_date: None,
            coordinator_country: Some("United States / Canada".into()),
            partner_countries: vec!["Netherlands".into(), "BE".into(), "Netherlands".into()],
            pillars: vec!["prevention".into(), "prevention".into()],
            topics: vec!["helpline".into(), "Helpline".into(), "  ".into()],
            website: Some("https://stopitnow.nl/".into()),
            sources: vec!["https://stopitnow.nl/about".into()],
            ..InitiativeDraft::default()
        }
    }

    #[test]
    fn a_good_record_validates_and_normalises() {
        let i = draft().validate().unwrap();
        assert_eq!(i.slug, "stop-it-now-nl");
        assert_eq!(i.programme, Programme::Cerv);
        assert_eq!(
            i.programme_original.as_deref(),
            Some("Daphne III programme")
        );
        assert_eq!(i.kind, InitiativeKind::NonEuInitiative);
        assert_eq!(i.pillars, vec![Pillar::Prevention]);
        assert_eq!(i.topics, vec!["helpline".to_owned()]);
        let codes: Vec<&str> = i.countries().iter().map(|c| c.code()).collect();
        assert_eq!(codes, ["US", "CA", "NL", "BE"]);
    }

    #[test]
    fn every_problem_is_reported_by_field() {
        let bad = InitiativeDraft {
            acronym: " ".into(),
            title: String::new(),
            pillars: vec!["protection".into()],
            start_date: Some("2024-05".into()),
            end_date: Some("2023".into()),
            website: Some("javascript:alert(1)".into()),
            cordis_url: Some("not a url".into()),
            partner_countries: vec!["Atlantis".into()],
            eu_contribution_eur: Some(-5),
            ..InitiativeDraft::default()
        };
        crate::vocab::assert_reported(
            &bad.validate().unwrap_err(),
            &[
                "acronym",
                "full_name",
                "pillars",
                "end_date",
                "website",
                "cordis_url",
                "partner_countries",
                "eu_contribution_eur",
            ],
        );
    }

    #[test]
    fn no_pillar_is_an_error() {
        let d = InitiativeDraft {
            pillars: vec![],
            ..draft()
        };
        let errs = d.validate().unwrap_err();
        assert_eq!(errs[0].field, "pillars");
    }

    #[test]
    fn given_slug_must_be_well_formed() {
        let d = InitiativeDraft {
            slug: Some("Not A Slug".into()),
            ..draft()
        };
        assert_eq!(d.validate().unwrap_err()[0].field, "slug");
        let d = InitiativeDraft {
            slug: Some("kept-slug".into()),
            ..draft()
        };
        assert_eq!(d.validate().unwrap().slug, "kept-slug");
    }
}
