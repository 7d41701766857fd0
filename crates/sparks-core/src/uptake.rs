//! Whether anyone acted on a key recommendation (issue #19, section 2): whom each
//! recommendation addresses, and per addressee an uptake status with its date, a short note
//! and the source of the evidence.
//!
//! The vocabularies are closed and their slugs stable: the API and the CSV carry them as
//! they are, pages translate them.

use std::fmt;
use std::str::FromStr;

use time::Date;
use url::Url;

use crate::initiative::{FieldError, parse_url};
use crate::{Country, ParseError, PartialDate};

/// Where an addressee stands with a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UptakeStatus {
    /// Nothing done yet.
    NotStarted,
    /// Work under way.
    InProgress,
    /// Done.
    Implemented,
    /// Done in part.
    PartlyImplemented,
    /// Turned down.
    Rejected,
    /// Nobody has looked yet, or there is no evidence either way.
    Unknown,
}

impl UptakeStatus {
    /// Every status, in display order.
    pub const ALL: [UptakeStatus; 6] = [
        UptakeStatus::Implemented,
        UptakeStatus::PartlyImplemented,
        UptakeStatus::InProgress,
        UptakeStatus::NotStarted,
        UptakeStatus::Rejected,
        UptakeStatus::Unknown,
    ];

    /// The slug in the API, the CSV, URLs and the database.
    pub fn slug(self) -> &'static str {
        match self {
            UptakeStatus::NotStarted => "not_started",
            UptakeStatus::InProgress => "in_progress",
            UptakeStatus::Implemented => "implemented",
            UptakeStatus::PartlyImplemented => "partly_implemented",
            UptakeStatus::Rejected => "rejected",
            UptakeStatus::Unknown => "unknown",
        }
    }

    /// Whether recording this status needs a source. Any status that claims something
    /// happened (work began, was done, was refused) is a fact somebody can check, so it must
    /// say where; "unknown" claims nothing, and "not started" is an absence, which rarely
    /// has a page of its own to point at.
    pub fn needs_source(self) -> bool {
        !matches!(self, UptakeStatus::Unknown | UptakeStatus::NotStarted)
    }
}

impl FromStr for UptakeStatus {
    type Err = ParseError;

    /// Accepts the slug in any case, with `-` for `_`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        UptakeStatus::ALL
            .into_iter()
            .find(|v| v.slug() == wanted)
            .ok_or_else(|| {
                let known: Vec<&str> = UptakeStatus::ALL.iter().map(|v| v.slug()).collect();
                ParseError::new(format!(
                    "unknown uptake status {:?}; expected one of {}",
                    s.trim(),
                    known.join(", ")
                ))
            })
    }
}

impl fmt::Display for UptakeStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

/// The kind of body a recommendation addresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AddresseeKind {
    /// The EU institutions.
    Eu,
    /// The member states (all of them, or one when a country is given).
    MemberStates,
    /// Online platforms and industry.
    Industry,
    /// Practitioners: law enforcement, hotlines, child protection, health.
    Practitioners,
    /// Civil society organisations.
    CivilSociety,
    /// Everyone concerned.
    All,
}

impl AddresseeKind {
    /// Every kind, in display order.
    pub const ALL: [AddresseeKind; 6] = [
        AddresseeKind::Eu,
        AddresseeKind::MemberStates,
        AddresseeKind::Industry,
        AddresseeKind::Practitioners,
        AddresseeKind::CivilSociety,
        AddresseeKind::All,
    ];

    /// The slug in the API, the CSV, URLs and the database.
    pub fn slug(self) -> &'static str {
        match self {
            AddresseeKind::Eu => "eu",
            AddresseeKind::MemberStates => "member-states",
            AddresseeKind::Industry => "industry",
            AddresseeKind::Practitioners => "practitioners",
            AddresseeKind::CivilSociety => "civil-society",
            AddresseeKind::All => "all",
        }
    }

    /// The kind a recommendation's `addressee` field names (the bundled data's words:
    /// `member-states`, `EU`, `industry`, `law-enforcement`, `all`), when it names one.
    pub fn from_data(text: &str) -> Option<AddresseeKind> {
        match text.trim().to_ascii_lowercase().as_str() {
            "eu" | "eu institutions" => Some(AddresseeKind::Eu),
            "member-states" | "member states" => Some(AddresseeKind::MemberStates),
            "industry" | "platforms" => Some(AddresseeKind::Industry),
            "law-enforcement" | "practitioners" => Some(AddresseeKind::Practitioners),
            "civil-society" => Some(AddresseeKind::CivilSociety),
            "all" => Some(AddresseeKind::All),
            _ => None,
        }
    }
}

impl FromStr for AddresseeKind {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        AddresseeKind::ALL
            .into_iter()
            .find(|v| v.slug() == wanted)
            .ok_or_else(|| {
                let known: Vec<&str> = AddresseeKind::ALL.iter().map(|v| v.slug()).collect();
                ParseError::new(format!(
                    "unknown addressee {:?}; expected one of {}",
                    s.trim(),
                    known.join(", ")
                ))
            })
    }
}

/// Whom a recommendation addresses: a kind, and for member states optionally one country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Addressee {
    /// The kind of body.
    pub kind: AddresseeKind,
    /// One member state (only with [`AddresseeKind::MemberStates`]).
    pub country: Option<Country>,
}

impl Addressee {
    /// An addressee of this kind, with no country.
    pub fn of(kind: AddresseeKind) -> Addressee {
        Addressee {
            kind,
            country: None,
        }
    }

    /// The country code as stored (empty when none): part of the key of an uptake row.
    pub fn country_code(&self) -> &'static str {
        self.country.map_or("", Country::code)
    }

    /// A stable key: `member-states:PL`, `eu`.
    pub fn key(&self) -> String {
        match self.country {
            Some(c) => format!("{}:{}", self.kind.slug(), c.code()),
            None => self.kind.slug().to_owned(),
        }
    }

    /// Order for tables: by kind, then all member states before single ones, by code.
    pub fn sort_key(&self) -> (AddresseeKind, &'static str) {
        (self.kind, self.country_code())
    }
}

/// How an initiative or a resource relates to a recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Relation {
    /// It produced the recommendation (its research, its report).
    ProducedBy,
    /// It acts on the recommendation.
    ActedOnBy,
}

impl Relation {
    /// Both, in display order.
    pub const ALL: [Relation; 2] = [Relation::ProducedBy, Relation::ActedOnBy];

    /// The slug in forms, the API and the database.
    pub fn slug(self) -> &'static str {
        match self {
            Relation::ProducedBy => "produced-by",
            Relation::ActedOnBy => "acted-on-by",
        }
    }
}

impl FromStr for Relation {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
        Relation::ALL
            .into_iter()
            .find(|v| v.slug() == wanted)
            .ok_or_else(|| {
                ParseError::new(format!(
                    "unknown relation {:?}; expected produced-by or acted-on-by",
                    s.trim()
                ))
            })
    }
}

/// A validated uptake update: what to record for one addressee of one recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct UptakeUpdate {
    /// Whom it is about.
    pub addressee: Addressee,
    /// Where they stand.
    pub status: UptakeStatus,
    /// When that was so (the day of the evidence).
    pub date: Date,
    /// A short note.
    pub note: String,
    /// The evidence.
    pub source_url: Option<Url>,
}

/// Longest note: a short remark, the evidence is behind the source.
pub const MAX_NOTE: usize = 1000;

/// An uptake update as a form or a proposal holds it: every field text.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct UptakeDraft {
    /// Addressee kind slug.
    pub addressee: String,
    /// ISO 3166 alpha-2, only for member states; empty for all of them.
    pub country: String,
    /// Status slug.
    pub status: String,
    /// `YYYY-MM-DD`; empty means `today`.
    pub date: String,
    /// Short note.
    pub note: String,
    /// Evidence URL.
    pub source_url: String,
}

impl UptakeDraft {
    /// Checks every rule; returns the update or every problem found. An empty date is
    /// `today`; a date after `today` is refused (uptake is evidence of what happened).
    pub fn validate(&self, today: Date) -> Result<UptakeUpdate, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = match self.addressee.parse::<AddresseeKind>() {
            Ok(k) => Some(k),
            Err(e) => {
                errors.push(FieldError::new("addressee", e.message));
                None
            }
        };
        let country = match self.country.trim() {
            "" => None,
            code => match Country::from_code(code) {
                Ok(c) => Some(c),
                Err(e) => {
                    errors.push(FieldError::new("country", e.message));
                    None
                }
            },
        };
        if country.is_some() && kind.is_some_and(|k| k != AddresseeKind::MemberStates) {
            errors.push(FieldError::new(
                "country",
                "only member states are addressed by country",
            ));
        }
        let status = match self.status.parse::<UptakeStatus>() {
            Ok(s) => Some(s),
            Err(e) => {
                errors.push(FieldError::new("status", e.message));
                None
            }
        };
        let date = match self.date.trim() {
            "" => Some(today),
            text => match text.parse::<PartialDate>() {
                Ok(d) if d.day().is_some() && d.first_day() <= today => Some(d.first_day()),
                Ok(d) if d.day().is_some() => {
                    errors.push(FieldError::new("date", "is in the future"));
                    None
                }
                _ => {
                    errors.push(FieldError::new(
                        "date",
                        format!("{text:?} is not a day such as 2025-03-31"),
                    ));
                    None
                }
            },
        };
        let note = crate::initiative::strip_controls(self.note.trim());
        if note.chars().count() > MAX_NOTE {
            errors.push(FieldError::new(
                "note",
                format!("is longer than {MAX_NOTE} characters"),
            ));
        }
        let source_url = parse_url("source_url", Some(&self.source_url), &mut errors);
        if source_url.is_none()
            && self.source_url.trim().is_empty()
            && status.is_some_and(UptakeStatus::needs_source)
        {
            errors.push(FieldError::new(
                "source_url",
                "is needed: say where the evidence for this status is",
            ));
        }
        match (kind, status, date) {
            (Some(kind), Some(status), Some(date)) if errors.is_empty() => Ok(UptakeUpdate {
                addressee: Addressee { kind, country },
                status,
                date,
                note,
                source_url,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> Date {
        Date::from_calendar_date(2026, time::Month::March, 10).unwrap()
    }

    #[test]
    fn statuses_and_kinds_read_back_from_their_slugs() {
        for s in UptakeStatus::ALL {
            assert_eq!(s.slug().parse::<UptakeStatus>().unwrap(), s);
        }
        for k in AddresseeKind::ALL {
            assert_eq!(k.slug().parse::<AddresseeKind>().unwrap(), k);
        }
        assert!("done".parse::<UptakeStatus>().is_err());
        assert_eq!(
            AddresseeKind::from_data("law-enforcement"),
            Some(AddresseeKind::Practitioners)
        );
        assert_eq!(AddresseeKind::from_data("EU"), Some(AddresseeKind::Eu));
    }

    #[test]
    fn an_update_needs_evidence_for_a_claim() {
        let draft = UptakeDraft {
            addressee: "member-states".into(),
            country: "pl".into(),
            status: "implemented".into(),
            ..UptakeDraft::default()
        };
        let errs = draft.validate(today()).unwrap_err();
        crate::vocab::assert_reported(&errs, &["source_url"]);
        let ok = UptakeDraft {
            source_url: "https://example.org/law".into(),
            ..draft.clone()
        }
        .validate(today())
        .unwrap();
        assert_eq!(ok.addressee.key(), "member-states:PL");
        assert_eq!(ok.date, today());
        let unknown = UptakeDraft {
            status: "unknown".into(),
            ..draft
        };
        assert!(unknown.validate(today()).is_ok());
    }

    #[test]
    fn bad_fields_are_each_named() {
        let errs = UptakeDraft {
            addressee: "eu".into(),
            country: "XX".into(),
            status: "done".into(),
            date: "2099-01-01".into(),
            source_url: "javascript:alert(1)".into(),
            ..UptakeDraft::default()
        }
        .validate(today())
        .unwrap_err();
        crate::vocab::assert_reported(&errs, &["country", "status", "date", "source_url"]);
        let errs = UptakeDraft {
            addressee: "eu".into(),
            country: "PL".into(),
            status: "unknown".into(),
            ..UptakeDraft::default()
        }
        .validate(today())
        .unwrap_err();
        crate::vocab::assert_reported(&errs, &["country"]);
    }
}
