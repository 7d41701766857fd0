//! Parsing the query strings of lists (the directory, search, the content lists): shared by
//! the HTML pages and the JSON API, so both accept and refuse the same parameters.

pub(crate) mod content_params;
pub(crate) mod params;
