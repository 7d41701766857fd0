//! The status of an initiative, derived from its dates, an editor's sourced statement and
//! today's date. Only the statement is stored; the status itself never is.
//!
//! The rule is honest about what is known (issue #16): "Ongoing" only when the end date is
//! still ahead, or a source says so. A start without an end is "Status unknown", unless the
//! start is recent enough that the initiative is plausibly still running.

use std::fmt;
use std::str::FromStr;

use time::Date;

use crate::{ParseError, PartialDate};

/// How many years after its start an initiative without an end date still counts as
/// "probably ongoing". EU-funded projects mostly run two to four years, so an initiative
/// that started within the last three is more likely running than not; older ones are
/// "status unknown" until someone records an end date or a sourced status.
pub const PROBABLY_RUNNING_YEARS: i32 = 3;

/// Where an initiative stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Starts after today.
    Planned,
    /// The end date is still ahead, or a source says it is running.
    Ongoing,
    /// Started within the last [`PROBABLY_RUNNING_YEARS`] years, no end date recorded.
    ProbablyOngoing,
    /// Ended before today, or a source says it has ended.
    Completed,
    /// Not enough is recorded to say: no dates, or an older start without an end.
    Unknown,
}

/// A status an editor records from a source (the initiative's own site says it has
/// finished, or is still running), for when the dates alone cannot tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DeclaredStatus {
    /// A source says it is running.
    Ongoing,
    /// A source says it has ended.
    Completed,
}

impl DeclaredStatus {
    /// Every value, in the order a form offers them.
    pub const ALL: [DeclaredStatus; 2] = [DeclaredStatus::Ongoing, DeclaredStatus::Completed];

    /// The stored and form value.
    pub fn slug(self) -> &'static str {
        match self {
            DeclaredStatus::Ongoing => "ongoing",
            DeclaredStatus::Completed => "completed",
        }
    }

    /// The status it stands for.
    pub fn status(self) -> Status {
        match self {
            DeclaredStatus::Ongoing => Status::Ongoing,
            DeclaredStatus::Completed => Status::Completed,
        }
    }
}

impl FromStr for DeclaredStatus {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DeclaredStatus::ALL
            .into_iter()
            .find(|d| d.slug() == s.trim())
            .ok_or_else(|| {
                ParseError::new(format!(
                    "unknown status {s:?}; expected ongoing or completed"
                ))
            })
    }
}

/// The first day from which a start counts as recent on `today`.
pub fn recent_start_from(today: Date) -> Date {
    let year = today.year() - PROBABLY_RUNNING_YEARS;
    today
        .replace_year(year)
        .or_else(|_| Date::from_calendar_date(year, today.month(), 28))
        .unwrap_or(today)
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 5] = [
        Status::Ongoing,
        Status::ProbablyOngoing,
        Status::Completed,
        Status::Planned,
        Status::Unknown,
    ];

    /// Derives the status. A partial date counts at its widest: a project ending "2024-12" is
    /// ongoing until 31 December 2024, and one starting "2024" starts on 1 January 2024.
    pub fn derive(
        start: Option<PartialDate>,
        end: Option<PartialDate>,
        declared: Option<DeclaredStatus>,
        today: Date,
    ) -> Status {
        Status::from_bounds(
            start.map(PartialDate::first_day),
            end.map(PartialDate::last_day),
            declared,
            today,
        )
    }

    /// [`Status::derive`] on the dates' widest bounds: the first day of the start, the last
    /// of the end. A past end date wins over a statement (it is the more precise fact); a
    /// statement wins over everything the dates cannot settle.
    pub fn from_bounds(
        start: Option<Date>,
        end: Option<Date>,
        declared: Option<DeclaredStatus>,
        today: Date,
    ) -> Status {
        match (start, end, declared) {
            (_, Some(end), _) if end < today => Status::Completed,
            (_, _, Some(d)) => d.status(),
            (Some(start), _, None) if start > today => Status::Planned,
            (_, Some(_), None) => Status::Ongoing,
            (Some(start), None, None) if start >= recent_start_from(today) => {
                Status::ProbablyOngoing
            }
            _ => Status::Unknown,
        }
    }

    /// The slug used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Ongoing => "ongoing",
            Status::ProbablyOngoing => "probably-ongoing",
            Status::Completed => "completed",
            Status::Unknown => "unknown",
        }
    }

    /// The English name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Status::Planned => "Planned",
            Status::Ongoing => "Ongoing",
            Status::ProbablyOngoing => "Probably ongoing",
            Status::Completed => "Completed",
            Status::Unknown => "Status unknown",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for Status {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Status::ALL
            .into_iter()
            .find(|st| st.slug() == s.trim())
            .ok_or_else(|| {
                ParseError::new(format!(
                    "unknown status {s:?}; expected one of ongoing, probably-ongoing, completed, planned, unknown"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    fn pd(s: &str) -> Option<PartialDate> {
        Some(s.parse().unwrap())
    }

    #[test]
    fn derived_from_dates() {
        let today = date!(2024 - 12 - 15);
        let derive = |s, e| Status::derive(pd(s), pd(e), None, today);
        assert_eq!(derive("2023-01", "2024-12"), Status::Ongoing);
        assert_eq!(derive("2023-01", "2024-11"), Status::Completed);
        assert_eq!(
            Status::derive(pd("2025"), None, None, today),
            Status::Planned
        );
        assert_eq!(
            Status::derive(pd("2022"), None, None, today),
            Status::ProbablyOngoing
        );
        assert_eq!(
            Status::derive(pd("2021"), None, None, today),
            Status::Unknown
        );
        assert_eq!(
            Status::derive(pd("2008"), None, None, today),
            Status::Unknown
        );
        assert_eq!(
            Status::derive(None, pd("2030"), None, today),
            Status::Ongoing
        );
        assert_eq!(
            Status::derive(None, pd("2020"), None, today),
            Status::Completed
        );
        assert_eq!(Status::derive(None, None, None, today), Status::Unknown);
    }

    #[test]
    fn a_sourced_statement_settles_what_dates_cannot() {
        let today = date!(2024 - 12 - 15);
        let ongoing = Some(DeclaredStatus::Ongoing);
        let completed = Some(DeclaredStatus::Completed);
        assert_eq!(
            Status::derive(pd("2008"), None, ongoing, today),
            Status::Ongoing
        );
        assert_eq!(
            Status::derive(pd("2023"), None, completed, today),
            Status::Completed
        );
        assert_eq!(Status::derive(None, None, ongoing, today), Status::Ongoing);
        // A past end date is the more precise fact.
        assert_eq!(
            Status::derive(None, pd("2020"), ongoing, today),
            Status::Completed
        );
        assert_eq!(
            Status::derive(None, pd("2030"), completed, today),
            Status::Completed
        );
    }

    #[test]
    fn recent_start_on_a_leap_day() {
        assert_eq!(
            recent_start_from(date!(2024 - 02 - 29)),
            date!(2021 - 02 - 28)
        );
    }
}
