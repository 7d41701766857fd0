//! Dates as sources give them: a year, a month or a day (`2023`, `2023-01`, `2023-01-15`).
//! Keeping the precision matters: "started in 2023" must not become "started on 1 January 2023".

use std::fmt;
use std::str::FromStr;

use time::{Date, Month};

use crate::ParseError;

/// A calendar date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

impl PartialDate {
    /// The first day the date may mean (`2023-01` → 2023-01-01).
    pub fn first_day(self) -> Date {
        let month = self.month.map_or(Month::January, month_of);
        let day = self.day.unwrap_or(1);
        Date::from_calendar_date(self.year, month, day).unwrap_or(Date::MIN)
    }

    /// The last day the date may mean (`2024-12` → 2024-12-31, `2024` → 2024-12-31).
    pub fn last_day(self) -> Date {
        let month = self.month.map_or(Month::December, month_of);
        let day = self
            .day
            .unwrap_or_else(|| time::util::days_in_month(month, self.year));
        Date::from_calendar_date(self.year, month, day).unwrap_or(Date::MAX)
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month (1–12), when known.
    pub fn month(self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when known.
    pub fn day(self) -> Option<u8> {
        self.day
    }

    /// How the date reads in English at its own precision ("2023", "January 2023", "15 January 2023").
    pub fn human(self) -> String {
        match (self.month, self.day) {
            (None, _) => self.year.to_string(),
            (Some(m), None) => format!("{} {}", month_of(m), self.year),
            (Some(m), Some(d)) => format!("{d} {} {}", month_of(m), self.year),
        }
    }
}

fn month_of(m: u8) -> Month {
    Month::try_from(m).unwrap_or(Month::January)
}

/// Formats a full date as `YYYY-MM-DD`, the form stored and compared as text in the database.
pub fn iso_day(date: Date) -> String {
    format!(
        "{:04}-{:02}-{:02}",
        date.year(),
        u8::from(date.month()),
        date.day()
    )
}

impl fmt::Display for PartialDate {
    /// The ISO form at its own precision, which is also what the dataset and the API use.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
        }
        if let Some(d) = self.day {
            write!(f, "-{d:02}")?;
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || {
            ParseError::new(format!(
                "invalid date {s:?}; expected YYYY, YYYY-MM or YYYY-MM-DD"
            ))
        };
        let parts: Vec<&str> = s.trim().split('-').collect();
        let number = |p: &str, len: usize| -> Result<u32, ParseError> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let (year, month, day) = match parts.as_slice() {
            [y] => (number(y, 4)?, None, None),
            [y, m] => (number(y, 4)?, Some(number(m, 2)?), None),
            [y, m, d] => (number(y, 4)?, Some(number(m, 2)?), Some(number(d, 2)?)),
            _ => return Err(bad()),
        };
        let year = i32::try_from(year).map_err(|_| bad())?;
        if !(1900..=2200).contains(&year) {
            return Err(ParseError::new(format!(
                "invalid date {s:?}; the year must be between 1900 and 2200"
            )));
        }
        let month = month
            .map(|m| u8::try_from(m).map_err(|_| bad()))
            .transpose()?;
        let day = day
            .map(|d| u8::try_from(d).map_err(|_| bad()))
            .transpose()?;
        if let Some(m) = month {
            let month = Month::try_from(m).map_err(|_| bad())?;
            if let Some(d) = day {
                Date::from_calendar_date(year, month, d).map_err(|_| bad())?;
            }
        }
        Ok(PartialDate { year, month, day })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        s.parse().unwrap()
    }

    #[test]
    fn precision_is_kept() {
        assert_eq!(d("2023").to_string(), "2023");
        assert_eq!(d("2023-01").to_string(), "2023-01");
        assert_eq!(d("2023-01-15").to_string(), "2023-01-15");
        assert_eq!(d("2023-01").human(), "January 2023");
    }

    #[test]
    fn bounds() {
        assert_eq!(iso_day(d("2024-02").last_day()), "2024-02-29");
        assert_eq!(iso_day(d("2023").last_day()), "2023-12-31");
        assert_eq!(iso_day(d("2023").first_day()), "2023-01-01");
        assert_eq!(iso_day(d("2023-05-30").first_day()), "2023-05-30");
    }

    #[test]
    fn garbage_is_refused() {
        for bad in [
            "",
            "23",
            "2023-13",
            "2023-02-30",
            "2023/01",
            "abcd",
            "2023-1",
            "1066",
        ] {
            assert!(bad.parse::<PartialDate>().is_err(), "{bad}");
        }
    }
}
