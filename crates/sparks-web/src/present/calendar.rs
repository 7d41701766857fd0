//! iCalendar (RFC 5545) output for events, generated with the `icalendar` crate (which folds
//! long lines and escapes text).
//!
//! Whole-day events are `VALUE=DATE` with the exclusive end day RFC 5545 asks for. Timed
//! events whose instant is known (a UTC offset, or a local time with its IANA zone) are given
//! in UTC, which needs no `VTIMEZONE` and every client shows in its own zone; a local time
//! whose zone the source does not give stays a floating time rather than a guessed one.

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike};
use sparks_core::{Event, EventTime};

/// A calendar of `events`. `host` makes the UIDs globally unique; `stamp` is the DTSTAMP.
pub fn calendar(events: &[Event], name: &str, host: &str, stamp: chrono::DateTime<Utc>) -> String {
    let mut cal = Calendar::new();
    cal.name(name);
    for e in events {
        cal.push(ics_event(e, host, stamp));
    }
    cal.done().to_string()
}

fn ics_event(e: &Event, host: &str, stamp: chrono::DateTime<Utc>) -> icalendar::Event {
    let mut ev = icalendar::Event::new();
    ev.uid(&format!("{}@{host}", e.slug))
        .timestamp(stamp)
        .summary(&e.title)
        .starts(time_of(e.start, e.timezone.as_deref(), false));
    match e.end {
        Some(end) => {
            ev.ends(time_of(end, e.timezone.as_deref(), true));
        }
        None if matches!(e.start, EventTime::Day(_)) => {
            ev.ends(time_of(e.start, None, true));
        }
        None => {}
    }
    let mut place: Vec<String> = Vec::new();
    place.extend(e.city.clone());
    place.extend(e.country.map(|c| c.name().to_owned()));
    if e.online {
        place.push("Online".to_owned());
    }
    if !place.is_empty() {
        ev.location(&place.join(", "));
    }
    let mut description = sparks_core::markdown::to_plain_text(&e.summary);
    if !e.organisers.is_empty() {
        description.push_str(&format!("\n\nOrganisers: {}", e.organisers.join("; ")));
    }
    if let Some(source) = &e.source_url {
        description.push_str(&format!("\n\nSource: {source}"));
    }
    ev.description(&description);
    if let Some(url) = &e.url {
        ev.url(url.as_str());
    }
    ev.done()
}

/// An event time as iCalendar wants it. A whole day used as an end becomes the next day,
/// since DTEND is exclusive.
fn time_of(t: EventTime, zone: Option<&str>, is_end: bool) -> DatePerhapsTime {
    match t {
        EventTime::Day(d) => {
            let d = if is_end { d.next_day().unwrap_or(d) } else { d };
            DatePerhapsTime::Date(naive_date(d))
        }
        other => match other.to_utc(zone) {
            Some(utc) => {
                let seconds = utc.unix_timestamp();
                let dt = Utc.timestamp_opt(seconds, 0).single().unwrap_or_default();
                DatePerhapsTime::DateTime(CalendarDateTime::Utc(dt))
            }
            None => {
                let date = naive_date(other.date());
                let (h, m) = other
                    .clock()
                    .and_then(|c| {
                        let (h, m) = c.split_once(':')?;
                        Some((h.parse().ok()?, m.parse().ok()?))
                    })
                    .unwrap_or((0, 0));
                let naive: NaiveDateTime = date.and_hms_opt(h, m, 0).unwrap_or_default();
                DatePerhapsTime::DateTime(CalendarDateTime::Floating(naive))
            }
        },
    }
}

fn naive_date(d: time::Date) -> NaiveDate {
    NaiveDate::from_ymd_opt(d.year(), u32::from(u8::from(d.month())), u32::from(d.day()))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use sparks_core::EventDraft;

    fn event(start: &str, end: Option<&str>, zone: Option<&str>) -> Event {
        EventDraft {
            title: "Workshop; Ávila, \"#C1b3rWall\"\nday 🚸 مرحبا".into(),
            kind: "workshop".into(),
            start: start.into(),
            end: end.map(Into::into),
            timezone: zone.map(Into::into),
            city: Some("Ávila".into()),
            country: Some("ES".into()),
            summary: "A, **b**; c\nnext line".into(),
            url: Some("https://example.org/a".into()),
            source_url: Some("https://example.org/s".into()),
            ..EventDraft::default()
        }
        .validate()
        .unwrap()
    }

    fn stamp() -> chrono::DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 29, 10, 0, 0).unwrap()
    }

    #[test]
    fn whole_days_have_an_exclusive_end_and_text_is_escaped() {
        let ics = calendar(
            &[event(
                "2024-06-18",
                Some("2024-06-20"),
                Some("Europe/Madrid"),
            )],
            "Sparks events",
            "sparks.test",
            stamp(),
        );
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.starts_with("BEGIN:VCALENDAR\r\n"), "{ics}");
        assert!(
            unfolded.contains("DTSTART;VALUE=DATE:20240618\r\n"),
            "{ics}"
        );
        assert!(unfolded.contains("DTEND;VALUE=DATE:20240621\r\n"), "{ics}");
        assert!(unfolded.contains("DTSTAMP:20261129T100000Z\r\n"), "{ics}");
        assert!(
            unfolded.contains(
                "UID:workshop-avila-c1b3rwall-day-children-crossing-mrhb-2024@sparks.test\r\n"
            ),
            "{ics}"
        );
        assert!(
            unfolded.contains("SUMMARY:Workshop\\; Ávila\\, \"#C1b3rWall\" day 🚸 مرحبا\r\n"),
            "{ics}"
        );
        // The summary's plain words (it is Markdown), then the source on a line of its own.
        assert!(
            unfolded.contains(
                "DESCRIPTION:A\\, b\\; c next line\\n\\nSource: https://example.org/s\r\n"
            ),
            "{ics}"
        );
        assert!(unfolded.contains("LOCATION:Ávila\\, Spain\r\n"), "{ics}");
        // Folded lines stay within 75 octets.
        assert!(ics.split("\r\n").all(|l| l.len() <= 75), "{ics}");
        let parsed: icalendar::Calendar = ics.parse().unwrap();
        assert_eq!(parsed.components.len(), 1);
    }

    #[test]
    fn timed_events_are_in_utc_when_the_zone_is_known_and_floating_otherwise() {
        let zoned = calendar(
            &[event(
                "2024-09-12T18:45",
                Some("2024-09-12T20:00"),
                Some("Europe/Bucharest"),
            )],
            "x",
            "h",
            stamp(),
        );
        assert!(zoned.contains("DTSTART:20240912T154500Z\r\n"), "{zoned}");
        assert!(zoned.contains("DTEND:20240912T170000Z\r\n"), "{zoned}");
        let offset = calendar(
            &[event("2024-10-17T14:00:00+02:00", None, None)],
            "x",
            "h",
            stamp(),
        );
        assert!(offset.contains("DTSTART:20241017T120000Z\r\n"), "{offset}");
        let floating = calendar(&[event("2024-11-13T14:00", None, None)], "x", "h", stamp());
        assert!(
            floating.contains("DTSTART:20241113T140000\r\n"),
            "{floating}"
        );
        for ics in [zoned, offset, floating] {
            let parsed: Result<icalendar::Calendar, _> = ics.parse();
            assert!(parsed.is_ok(), "{ics}");
        }
    }
}
