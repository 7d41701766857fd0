//! Turning store data into view models for `sparks-views`: the page context (locale, viewer,
//! links), forms and their problems, pagination, charts, calendars and the landscape.

pub(crate) mod calendar;
pub(crate) mod campaign_kit;
pub(crate) mod chart;
pub(crate) mod context;
pub(crate) mod forms;
pub(crate) mod landscape;
pub(crate) mod pagination;
pub(crate) mod status_form;
pub(crate) mod terminology;
pub(crate) mod views;
pub(crate) mod warnings;
