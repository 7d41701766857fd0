//! Background work: the newsletter digest and the schedule `serve` runs it on, the worker
//! that sends queued mail, and the delivery of notifications it runs.

pub mod mail;
pub mod newsletter;
pub mod notifications;
