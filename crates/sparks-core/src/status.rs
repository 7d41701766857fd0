//! The status of an initiative, derived from its dates and today's date, never stored.

use std::fmt;
use std::str::FromStr;

use time::Date;

use crate::{ParseError, PartialDate};

/// Where an initiative stands today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Starts after today.
    Planned,
    /// Started and not yet ended (or with no end recorded).
    Ongoing,
    /// Ended before today.
    Completed,
    /// No dates recorded.
    Unknown,
}

impl Status {
    /// Every status, in display order.
    pub const ALL: [Status; 4] = [
        Status::Ongoing,
        Status::Completed,
        Status::Planned,
        Status::Unknown,
    ];

    /// Derives the status. A partial date counts at its widest: a project ending "2024-12" is
    /// ongoing until 31 December 2024. The store mirrors this rule in SQL (see
    /// `sparks_store::initiatives`), and a test keeps the two in step.
    pub fn derive(start: Option<PartialDate>, end: Option<PartialDate>, today: Date) -> Status {
        match (start, end) {
            (_, Some(end)) if end.last_day() < today => Status::Completed,
            (Some(start), _) if start.first_day() > today => Status::Planned,
            (Some(_), _) | (None, Some(_)) => Status::Ongoing,
            (None, None) => Status::Unknown,
        }
    }

    /// The slug used in URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Status::Planned => "planned",
            Status::Ongoing => "ongoing",
            Status::Completed => "completed",
            Status::Unknown => "unknown",
        }
    }

    /// The English name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Status::Planned => "Planned",
            Status::Ongoing => "Ongoing",
            Status::Completed => "Completed",
            Status::Unknown => "Dates not recorded",
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
                    "unknown status {s:?}; expected one of ongoing, completed, planned, unknown"
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
        assert_eq!(
            Status::derive(pd("2023-01"), pd("2024-12"), today),
            Status::Ongoing
        );
        assert_eq!(
            Status::derive(pd("2023-01"), pd("2024-11"), today),
            Status::Completed
        );
        assert_eq!(Status::derive(pd("2025"), None, today), Status::Planned);
        assert_eq!(Status::derive(pd("2020"), None, today), Status::Ongoing);
        assert_eq!(Status::derive(None, pd("2030"), today), Status::Ongoing);
        assert_eq!(Status::derive(None, pd("2020"), today), Status::Completed);
        assert_eq!(Status::derive(None, None, today), Status::Unknown);
    }
}
