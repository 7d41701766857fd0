//! The query strings of lists, one type per list (the directory, search, resources, news,
//! events, statistics). Each both parses its query string (the HTML page and the JSON API
//! share it; its `IntoParams` is what the OpenAPI document says) and writes it back for
//! page links, facet links, "remove this filter" links and the API link.

pub(crate) mod content;
pub(crate) mod directory;
pub(crate) mod pairs;
pub(crate) mod params;
pub(crate) mod recommendations;
pub(crate) mod search;
