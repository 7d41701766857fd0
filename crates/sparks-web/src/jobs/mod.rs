//! Background work: the newsletter digest and the schedule `serve` runs it on, and the worker
//! that sends queued mail.

pub mod mail;
pub mod newsletter;
