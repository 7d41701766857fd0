//! The one source of the time of day.
//!
//! Every read of "now" in Sparks — session and token expiry, rate-limit windows, stamps on
//! records, the newsletter digest, the status of an initiative — goes through a [`Clock`], so
//! tests choose the time and none depends on the day it runs. The server and the command line
//! use [`Clock::system`]; tests use [`Clock::fixed`] (or [`Clock::fixed_date`]) and move it
//! with [`Clock::advance`] when they need time to pass.
//!
//! Durations measured for logs and metrics (`Instant`) are not the time of day and do not go
//! through here.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::format_description::well_known::Rfc3339;
use time::{Date, Duration, OffsetDateTime, Time};

/// Where "now" comes from. Cheap to clone; clones of a fixed clock share its time, so a test
/// that advances its copy advances the server's too.
#[derive(Debug, Clone, Default)]
pub struct Clock {
    /// `None`: the system clock. `Some`: a fixed instant, in whole seconds since the epoch.
    fixed: Option<Arc<AtomicI64>>,
}

impl Clock {
    /// The machine's clock, in UTC.
    pub fn system() -> Clock {
        Clock { fixed: None }
    }

    /// A clock that stands still at `at` until it is [`set`](Clock::set) or
    /// [`advance`](Clock::advance)d. Sub-second precision is dropped.
    pub fn fixed(at: OffsetDateTime) -> Clock {
        Clock {
            fixed: Some(Arc::new(AtomicI64::new(at.unix_timestamp()))),
        }
    }

    /// A fixed clock at noon (UTC) on `date`: far enough from midnight that a few hours of
    /// [`advance`](Clock::advance) stay on the same day.
    pub fn fixed_date(date: Date) -> Clock {
        Clock::fixed(date.with_time(Time::MIDNIGHT).assume_utc() + Duration::hours(12))
    }

    /// Whether this clock is fixed (a test's) rather than the system's.
    pub fn is_fixed(&self) -> bool {
        self.fixed.is_some()
    }

    /// Now, in UTC.
    pub fn now(&self) -> OffsetDateTime {
        match &self.fixed {
            None => OffsetDateTime::now_utc(),
            Some(seconds) => OffsetDateTime::from_unix_timestamp(seconds.load(Ordering::SeqCst))
                .unwrap_or(OffsetDateTime::UNIX_EPOCH),
        }
    }

    /// Today's date in UTC.
    pub fn today(&self) -> Date {
        self.now().date()
    }

    /// Now, in whole seconds since the epoch (what sessions, tokens and rate limits keep).
    pub fn unix(&self) -> i64 {
        self.now().unix_timestamp()
    }

    /// Now as RFC 3339 text (what the content tables keep), e.g. `2026-11-29T12:00:00Z`.
    pub fn rfc3339(&self) -> String {
        rfc3339(self.now())
    }

    /// Moves a fixed clock to `at`; the system clock cannot be set and ignores this.
    pub fn set(&self, at: OffsetDateTime) {
        if let Some(seconds) = &self.fixed {
            seconds.store(at.unix_timestamp(), Ordering::SeqCst);
        }
    }

    /// Moves a fixed clock on by `by` (whole seconds); the system clock ignores this.
    pub fn advance(&self, by: Duration) {
        if let Some(seconds) = &self.fixed {
            seconds.fetch_add(by.whole_seconds(), Ordering::SeqCst);
        }
    }
}

/// An instant as RFC 3339 text; the empty string for one that cannot be written (a year
/// outside 0–9999, which no clock here reaches).
pub fn rfc3339(at: OffsetDateTime) -> String {
    at.format(&Rfc3339).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::{date, datetime};

    #[test]
    fn a_fixed_clock_stands_still_until_moved() {
        let clock = Clock::fixed(datetime!(2026-11-29 08:30 UTC));
        assert_eq!(clock.now(), datetime!(2026-11-29 08:30 UTC));
        assert_eq!(clock.now(), clock.now());
        clock.advance(Duration::days(1));
        assert_eq!(clock.today(), date!(2026 - 11 - 30));
        clock.set(datetime!(2030-01-01 00:00 UTC));
        assert_eq!(clock.rfc3339(), "2030-01-01T00:00:00Z");
    }

    #[test]
    fn clones_of_a_fixed_clock_share_its_time() {
        let clock = Clock::fixed_date(date!(2026 - 11 - 29));
        let server_copy = clock.clone();
        clock.advance(Duration::hours(3));
        assert_eq!(server_copy.now(), datetime!(2026-11-29 15:00 UTC));
        assert_eq!(server_copy.unix(), clock.unix());
    }

    #[test]
    fn the_system_clock_is_not_moved_by_tests() {
        let clock = Clock::system();
        let before = clock.unix();
        clock.advance(Duration::days(-400));
        assert!(clock.unix() >= before);
        assert!(!clock.is_fixed());
    }
}
