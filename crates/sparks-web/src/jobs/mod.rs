//! Background work: the newsletter digest and the schedule `serve` runs it on.

pub mod newsletter;
