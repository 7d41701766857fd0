//! Events: conferences, workshops, webinars, trainings and campaign days, with their times
//! as precise as the source gives them.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::macros::format_description;
use time::{Date, OffsetDateTime, PrimitiveDateTime, UtcOffset};
use url::Url;

use crate::initiative::parse_url;
use crate::vocab::{self, EventKind};
use crate::{Country, FieldError, ParseError};

/// When an event starts or ends: a whole day, a local time (in the event's time zone, or
/// unknown), or a time with a fixed UTC offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventTime {
    /// All day (`2024-03-18`).
    Day(Date),
    /// A wall-clock time (`2024-09-12T18:45`).
    Local(PrimitiveDateTime),
    /// A time with its offset (`2024-10-17T14:00:00+02:00`).
    Fixed(OffsetDateTime),
}

impl EventTime {
    /// The calendar day (local to the event).
    pub fn date(self) -> Date {
        match self {
            EventTime::Day(d) => d,
            EventTime::Local(t) => t.date(),
            EventTime::Fixed(t) => t.date(),
        }
    }

    /// The time of day, `HH:MM`, when there is one.
    pub fn clock(self) -> Option<String> {
        let t = match self {
            EventTime::Day(_) => return None,
            EventTime::Local(t) => t.time(),
            EventTime::Fixed(t) => t.time(),
        };
        Some(format!("{:02}:{:02}", t.hour(), t.minute()))
    }

    /// The instant in UTC, when it can be known: a fixed offset always, a local time with
    /// the event's IANA time zone. `None` for whole days and for local times without a zone.
    pub fn to_utc(self, zone: Option<&str>) -> Option<OffsetDateTime> {
        match self {
            EventTime::Day(_) => None,
            EventTime::Fixed(t) => Some(t.to_offset(UtcOffset::UTC)),
            EventTime::Local(t) => {
                let tz: chrono_tz::Tz = zone?.parse().ok()?;
                let offset = zone_offset(tz, t)?;
                Some(t.assume_offset(offset).to_offset(UtcOffset::UTC))
            }
        }
    }
}

/// The UTC offset a zone has at a local time (the earlier one when clocks go back).
fn zone_offset(tz: chrono_tz::Tz, t: PrimitiveDateTime) -> Option<UtcOffset> {
    use chrono::{NaiveDate, Offset, TimeZone};
    let naive =
        NaiveDate::from_ymd_opt(t.year(), u32::from(u8::from(t.month())), u32::from(t.day()))?
            .and_hms_opt(
                u32::from(t.hour()),
                u32::from(t.minute()),
                u32::from(t.second()),
            )?;
    let local = tz.from_local_datetime(&naive).earliest()?;
    UtcOffset::from_whole_seconds(local.offset().fix().local_minus_utc()).ok()
}

impl fmt::Display for EventTime {
    /// ISO 8601, at the precision given.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.date();
        write!(f, "{}", crate::date::iso_day(d))?;
        match self {
            EventTime::Day(_) => Ok(()),
            EventTime::Local(t) => write!(f, "T{:02}:{:02}", t.hour(), t.minute()),
            EventTime::Fixed(t) => {
                let (h, m, _) = t.offset().as_hms();
                let sign = if t.offset().is_negative() { '-' } else { '+' };
                write!(
                    f,
                    "T{:02}:{:02}{sign}{:02}:{:02}",
                    t.hour(),
                    t.minute(),
                    h.unsigned_abs(),
                    m.unsigned_abs()
                )
            }
        }
    }
}

impl FromStr for EventTime {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim();
        let bad = || {
            ParseError::new(format!(
                "invalid time {s:?}; expected YYYY-MM-DD, YYYY-MM-DDTHH:MM or YYYY-MM-DDTHH:MM+01:00"
            ))
        };
        let day = format_description!("[year]-[month]-[day]");
        if !s.contains('T') {
            return Date::parse(s, day).map(EventTime::Day).map_err(|_| bad());
        }
        let (date_part, rest) = s.split_once('T').ok_or_else(bad)?;
        let date = Date::parse(date_part, day).map_err(|_| bad())?;
        // Split an offset (`Z`, `+02:00`, `-05:00`) from the clock time.
        let (clock, offset) = if let Some(c) = rest.strip_suffix('Z') {
            (c, Some(UtcOffset::UTC))
        } else if let Some(i) = rest.find(['+', '-']) {
            let o = UtcOffset::parse(
                &rest[i..],
                format_description!("[offset_hour sign:mandatory]:[offset_minute]"),
            )
            .map_err(|_| bad())?;
            (&rest[..i], Some(o))
        } else {
            (rest, None)
        };
        let time = time::Time::parse(clock, format_description!("[hour]:[minute]:[second]"))
            .or_else(|_| time::Time::parse(clock, format_description!("[hour]:[minute]")))
            .map_err(|_| bad())?;
        let local = PrimitiveDateTime::new(date, time);
        Ok(match offset {
            Some(o) => EventTime::Fixed(local.assume_offset(o)),
            None => EventTime::Local(local),
        })
    }
}

/// A validated event.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// URL slug.
    pub slug: String,
    /// Name.
    pub title: String,
    /// What sort of event.
    pub kind: EventKind,
    /// Who organises it.
    pub organisers: Vec<String>,
    /// Start.
    pub start: EventTime,
    /// End, when known.
    pub end: Option<EventTime>,
    /// IANA time zone (`Europe/Prague`) of local times.
    pub timezone: Option<String>,
    /// City.
    pub city: Option<String>,
    /// Country.
    pub country: Option<Country>,
    /// Held online (also, or only).
    pub online: bool,
    /// Its page, or where to register.
    pub url: Option<Url>,
    /// What it is about.
    pub summary: String,
    /// Where the facts come from.
    pub source_url: Option<Url>,
    /// Why it may be hard to read, shown before it.
    pub content_warning: Option<crate::ContentWarning>,
}

/// An event as written in an import file (the format of `data/events.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventDraft {
    /// Slug to keep; when absent it comes from the title and start year.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Name; required.
    pub title: String,
    /// Type slug (`conference`, `workshop`, `webinar`, `training`, `campaign-day`, `meeting`).
    #[serde(rename = "type")]
    pub kind: String,
    /// Organisers.
    pub organisers: Vec<String>,
    /// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM` or with an offset; required.
    pub start: String,
    /// Same forms as `start`.
    pub end: Option<String>,
    /// IANA time zone.
    pub timezone: Option<String>,
    /// City.
    pub city: Option<String>,
    /// ISO 3166-1 alpha-2 code or English name.
    pub country: Option<String>,
    /// Held online.
    pub online: bool,
    /// Its page or registration link.
    pub url: Option<String>,
    /// Description.
    pub summary: String,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// A content warning's slug (`abuse-described`, `survivor-testimony`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_warning: Option<String>,
}

/// The event type a source's wording names: the slugs, and the words the bundled data uses
/// for them ("awareness day" is a campaign day; a "session" is part of a conference).
fn event_kind(text: &str) -> Result<EventKind, ParseError> {
    let wanted = text.trim().to_ascii_lowercase().replace([' ', '_'], "-");
    match wanted.as_str() {
        "awareness-day" => Ok(EventKind::CampaignDay),
        "session" => Ok(EventKind::Conference),
        _ => wanted.parse().map_err(|e: ParseError| ParseError {
            message: e
                .message
                .replace(&format!("{wanted:?}"), &format!("{:?}", text.trim())),
        }),
    }
}

impl EventDraft {
    /// Checks every rule; returns the event or every problem found.
    pub fn validate(self) -> Result<Event, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = vocab::required_line("title", &self.title, &mut errors);
        let kind = event_kind(&self.kind).unwrap_or_else(|e: ParseError| {
            errors.push(FieldError::new("type", e.message));
            EventKind::Meeting
        });
        let start = match self.start.trim() {
            "" => {
                errors.push(FieldError::new("start", "is missing"));
                None
            }
            s => s
                .parse::<EventTime>()
                .map_err(|e| errors.push(FieldError::new("start", e.message)))
                .ok(),
        };
        let end = vocab::optional(
            "end",
            self.end.as_deref(),
            &mut errors,
            str::parse::<EventTime>,
        );
        if let (Some(s), Some(e)) = (start, end)
            && ends_before(s, e)
        {
            errors.push(FieldError::new(
                "end",
                format!("{e} is before the start {s}"),
            ));
        }
        let timezone = vocab::optional("timezone", self.timezone.as_deref(), &mut errors, |z| {
            z.parse::<chrono_tz::Tz>()
                .map(|tz| tz.name().to_owned())
                .map_err(|_| format!("{z:?} is not an IANA time zone such as Europe/Brussels"))
        });
        let country = vocab::optional(
            "country",
            self.country.as_deref(),
            &mut errors,
            Country::from_name_or_code,
        );
        // The year keeps yearly events (campaign days, annual conferences) apart; it goes
        // after the shortened title so that a long title cannot cut it off.
        let slug_base = match start {
            Some(s) => format!("{} {}", vocab::derived_slug(&title), s.date().year()),
            None => title.clone(),
        };
        let event = Event {
            slug: vocab::slug_for(self.slug.as_deref(), &slug_base, &mut errors),
            kind,
            organisers: vocab::tags("organisers", &self.organisers, &mut errors),
            start: start.unwrap_or(EventTime::Day(Date::MIN)),
            end,
            timezone,
            city: vocab::optional_line("city", self.city.as_deref(), &mut errors),
            country,
            online: self.online,
            url: parse_url("url", self.url.as_deref(), &mut errors),
            summary: vocab::text("summary", &self.summary, &mut errors),
            source_url: parse_url("source_url", self.source_url.as_deref(), &mut errors),
            content_warning: vocab::optional(
                "content_warning",
                self.content_warning.as_deref(),
                &mut errors,
                str::parse::<crate::ContentWarning>,
            ),
            title,
        };
        vocab::checked(event, errors)
    }
}

/// Whether `end` is before `start`: by day, and by time when both have one on the same day.
fn ends_before(start: EventTime, end: EventTime) -> bool {
    if end.date() != start.date() {
        return end.date() < start.date();
    }
    match (start, end) {
        (EventTime::Local(s), EventTime::Local(e)) => e < s,
        (EventTime::Fixed(s), EventTime::Fixed(e)) => e < s,
        _ => false,
    }
}

impl Event {
    /// The last day it runs (the start day when no end is known).
    pub fn last_day(&self) -> Date {
        self.end.map_or(self.start.date(), EventTime::date)
    }

    /// Whether it has not finished by `today`.
    pub fn is_upcoming(&self, today: Date) -> bool {
        self.last_day() >= today
    }

    /// The draft that validates back to this event.
    pub fn to_draft(&self) -> EventDraft {
        EventDraft {
            slug: Some(self.slug.clone()),
            title: self.title.clone(),
            kind: self.kind.slug().to_owned(),
            organisers: self.organisers.clone(),
            start: self.start.to_string(),
            end: self.end.map(|e| e.to_string()),
            timezone: self.timezone.clone(),
            city: self.city.clone(),
            country: self.country.map(|c| c.code().to_owned()),
            online: self.online,
            url: self.url.as_ref().map(ToString::to_string),
            summary: self.summary.clone(),
            source_url: self.source_url.as_ref().map(ToString::to_string),
            content_warning: self.content_warning.map(|w| w.slug().to_owned()),
        }
    }

    /// Lower-case text the free-text filter matches.
    pub fn search_text(&self) -> String {
        vocab::search_text(
            [self.title.as_str(), self.summary.as_str()]
                .into_iter()
                .chain(self.city.as_deref())
                .chain(self.organisers.iter().map(String::as_str)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_parse_at_their_precision() {
        for s in ["2024-03-18", "2024-11-13T14:00", "2024-10-17T14:00+02:00"] {
            assert_eq!(s.parse::<EventTime>().unwrap().to_string(), s);
        }
        let t: EventTime = "2024-10-17T14:00:00+02:00".parse().unwrap();
        assert_eq!(t.to_string(), "2024-10-17T14:00+02:00");
        assert_eq!(t.clock().as_deref(), Some("14:00"));
        for bad in [
            "2024-13-01",
            "2024-03-18T25:00",
            "tomorrow",
            "2024-03-18T10:00+2",
        ] {
            assert!(bad.parse::<EventTime>().is_err(), "{bad}");
        }
    }

    #[test]
    fn local_times_convert_with_their_zone() {
        let t: EventTime = "2024-09-12T18:45".parse().unwrap();
        let utc = t.to_utc(Some("Europe/Bucharest")).unwrap();
        assert_eq!((utc.hour(), utc.minute()), (15, 45));
        assert_eq!(t.to_utc(None), None);
    }

    fn draft() -> EventDraft {
        EventDraft {
            title: "Sparks in the Dark Conference".into(),
            kind: "conference".into(),
            start: "2024-03-18".into(),
            end: Some("2024-03-21".into()),
            timezone: Some("Europe/Prague".into()),
            city: Some("Prague".into()),
            country: Some("CZ".into()),
            ..EventDraft::default()
        }
    }

    #[test]
    fn a_good_event_validates_and_round_trips() {
        let e = draft().validate().unwrap();
        assert_eq!(e.slug, "sparks-in-the-dark-conference-2024");
        assert!(e.is_upcoming(time::macros::date!(2024 - 03 - 21)));
        assert!(!e.is_upcoming(time::macros::date!(2024 - 03 - 22)));
        assert_eq!(e.to_draft().validate().unwrap(), e);
    }

    #[test]
    fn problems_are_reported() {
        let bad = EventDraft {
            title: String::new(),
            kind: "party".into(),
            start: "2024-03-18".into(),
            end: Some("2024-03-17".into()),
            timezone: Some("Mars/Olympus".into()),
            country: Some("Atlantis".into()),
            ..EventDraft::default()
        };
        vocab::assert_reported(
            &bad.validate().unwrap_err(),
            &["title", "type", "end", "timezone", "country"],
        );
    }
}
