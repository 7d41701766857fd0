//! The search query (`/search`, `/api/v1/search`): parsed from the URL and written back into
//! it (page links, facet links, "remove this filter", hidden form fields, the API link).

use sparks_core::{Country, Pillar, Programme};
use sparks_search::DocType;
use sparks_store::search::{SearchFilter, SearchRequest};

use crate::WebError;
use crate::query::pairs::Pairs;
use crate::query::params::{self, Choices, Mode, choice, de, list_params};
use utoipa::openapi::schema::Object;

/// Hits per page unless `per_page` says otherwise.
pub const SEARCH_PER_PAGE: u32 = 10;
/// The most hits one page may hold.
pub const SEARCH_MAX_PER_PAGE: u32 = 50;

list_params! {
    /// The search parameters. The query itself is never refused: whatever its length or
    /// content, the analyzer keeps the words it can use.
    pub struct SearchParams {
        /// What to look for: words (stemmed, typo-tolerant), `"quoted phrases"`, an acronym; the
        /// last word also matches as a prefix. Any text is accepted; only its first 1,000
        /// characters and 16 words are used.
        #[serde(deserialize_with = "de::raw")]
        q: Option<String>,
        /// Content type: `initiative` (more types will follow).
        #[serde(rename = "type", deserialize_with = "doc_type")]
        #[param(rename = "type", value_type = Option<String>)]
        doc_type: Option<DocType>,
        /// Pillar slug: `prevention`, `detection-investigation` or `victim-support`.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        pillar: Option<Pillar>,
        /// Programme slug.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        programme: Option<Programme>,
        /// ISO 3166-1 alpha-2 country code.
        #[serde(deserialize_with = "de::country")]
        #[param(value_type = Option<String>)]
        country: Option<Country>,
        /// Year (of start, for initiatives).
        #[serde(deserialize_with = "de::year")]
        #[param(minimum = 1900, maximum = 2200)]
        year: Option<i32>,
    }
    per_page {
        /// Hits per page, 1 to 50 (default 10).
        #[serde(deserialize_with = "per_page")]
        #[param(minimum = 1, maximum = 50)]
        per_page: Option<u32>,
    }
}

impl Choices for SearchParams {
    fn schema_of(name: &str) -> Option<Object> {
        match name {
            "type" => Some(choice::<DocType>()),
            _ => params::shared_schema(name),
        }
    }
}

fn doc_type<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<DocType>, D::Error> {
    de::text(d)?
        .map(|v| v.parse::<DocType>().map_err(serde::de::Error::custom))
        .transpose()
}

fn per_page<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    de::number(de::text(d)?, 1, SEARCH_MAX_PER_PAGE)
}

/// Parses the search query string.
pub fn parse(raw: Option<&str>, mode: Mode) -> Result<SearchRequest, WebError> {
    let p: SearchParams = params::parse(raw, mode)?;
    Ok(SearchRequest {
        q: p.q.unwrap_or_default(),
        filter: SearchFilter {
            doc_type: p.doc_type,
            pillar: p.pillar,
            programme: p.programme,
            country: p.country,
            year: p.year,
        },
        page: p.page.unwrap_or(1),
        per_page: p.per_page.unwrap_or(SEARCH_PER_PAGE),
    })
}

/// The filters of a search request as URL pairs, in a fixed order.
pub fn filter_pairs(r: &SearchRequest) -> Vec<(&'static str, String)> {
    with_filters(Pairs::default(), r).finish()
}

/// `/search` for a request: always `q`, then the filters; page 1 is left out.
pub fn href(r: &SearchRequest) -> String {
    let q = Pairs::default().add("q", &Some(r.q.clone()));
    params::href("/search", &with_filters(q, r).page(r.page).finish())
}

/// `pairs`, then the request's filters.
fn with_filters(pairs: Pairs, r: &SearchRequest) -> Pairs {
    let f = &r.filter;
    pairs
        .add("type", &f.doc_type)
        .add("pillar", &f.pillar)
        .add("programme", &f.programme)
        .add("country", &f.country)
        .add("year", &f.year)
}

/// The request with one filter set to `value` (or cleared; also when the value is not
/// valid), back on page 1.
pub fn with_param(r: &SearchRequest, name: &str, value: Option<&str>) -> SearchRequest {
    let mut next = r.clone();
    next.page = 1;
    let f = &mut next.filter;
    match name {
        "type" => f.doc_type = value.and_then(|v| v.parse().ok()),
        "pillar" => f.pillar = value.and_then(|v| v.parse().ok()),
        "programme" => f.programme = value.and_then(|v| v.parse().ok()),
        "country" => f.country = value.and_then(|v| Country::from_code(v).ok()),
        "year" => f.year = value.and_then(|v| v.parse().ok()),
        _ => {}
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_query_is_kept_as_typed_and_filters_round_trip() {
        let r = parse(
            Some("q=+child+safety&pillar=prevention&country=pl&page=2&q=other"),
            Mode::Page,
        )
        .unwrap();
        assert_eq!(r.q, " child safety");
        assert_eq!(
            href(&r),
            "/search?q=+child+safety&pillar=prevention&country=PL&page=2"
        );
        assert_eq!(
            href(&with_param(&r, "pillar", None)),
            "/search?q=+child+safety&country=PL"
        );
    }

    #[test]
    fn bounds_are_those_of_search() {
        assert!(parse(Some("per_page=50"), Mode::Api).is_ok());
        for q in ["per_page=51", "per_page=0", "per_page="] {
            match parse(Some(q), Mode::Api) {
                Err(WebError::BadParameter { name, .. }) => assert_eq!(name, "per_page"),
                other => panic!("{q}: expected a bad parameter, got {other:?}"),
            }
        }
    }
}
