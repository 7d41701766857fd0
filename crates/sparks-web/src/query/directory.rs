//! The directory's query (`/initiatives`, `/api/v1/initiatives`): parsed from the URL and
//! written back into it (page links, facet links, "remove this filter", the API link), so the
//! parameters' names live here and nowhere else.

use sparks_core::{Country, InitiativeKind, Pillar, Programme, Status};
use sparks_store::{InitiativeFilter, InitiativeQuery, Sort};

use crate::WebError;
use crate::query::pairs::Pairs;
use crate::query::params::{self, Choices, DEFAULT_PER_PAGE, Mode, choice, de, list_params};
use utoipa::openapi::schema::Object;

list_params! {
    /// The directory's filters as the URL carries them.
    pub struct DirectoryParams {
        /// Pillar slug: `prevention`, `detection-investigation` or `victim-support`.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        pillar: Option<Pillar>,
        /// Programme slug (`isf-police`, `horizon-2020`, `horizon-europe`, `digital-europe`, `cerv`, ...).
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        programme: Option<Programme>,
        /// Kind slug (`project`, `network`, ...).
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        kind: Option<InitiativeKind>,
        /// ISO 3166-1 alpha-2 country code of the coordinator or a partner.
        #[serde(deserialize_with = "de::country")]
        #[param(value_type = Option<String>)]
        country: Option<Country>,
        /// `ongoing`, `completed`, `planned` or `unknown`.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        status: Option<Status>,
        /// Start year.
        #[serde(deserialize_with = "de::year")]
        #[param(minimum = 1900, maximum = 2200)]
        year: Option<i32>,
        /// Topic (exact, case-insensitive).
        #[serde(deserialize_with = "de::short_text")]
        #[param(max_length = 200)]
        topic: Option<String>,
        /// Free text (at most 500 characters).
        #[serde(deserialize_with = "de::query_text")]
        #[param(max_length = 500)]
        q: Option<String>,
        /// `name` (default), `newest` or `recent`.
        #[serde(deserialize_with = "sort")]
        #[param(value_type = Option<String>)]
        sort: Option<Sort>,
    }
}

impl Choices for DirectoryParams {
    fn schema_of(name: &str) -> Option<Object> {
        Some(match name {
            "kind" => choice::<InitiativeKind>(),
            "status" => choice::<Status>(),
            "sort" => choice::<Sort>(),
            _ => return params::shared_schema(name),
        })
    }
}

fn sort<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Sort>, D::Error> {
    de::text(d)?
        .map(|v| {
            Sort::ALL
                .into_iter()
                .find(|s| s.slug() == v)
                .ok_or_else(|| {
                    serde::de::Error::custom(format!("{v:?} is not one of name, newest, recent"))
                })
        })
        .transpose()
}

/// Parses the directory's query string.
pub fn parse(raw: Option<&str>, mode: Mode) -> Result<InitiativeQuery, WebError> {
    let p: DirectoryParams = params::parse(raw, mode)?;
    Ok(InitiativeQuery {
        filter: InitiativeFilter {
            pillar: p.pillar,
            programme: p.programme,
            kind: p.kind,
            country: p.country,
            status: p.status,
            year: p.year,
            topic: p.topic,
            q: p.q,
        },
        sort: p.sort.unwrap_or_default(),
        page: p.page.unwrap_or(1),
        per_page: p.per_page.unwrap_or(DEFAULT_PER_PAGE),
    })
}

/// The parameters of a query, in URL order, without defaults.
pub fn pairs(query: &InitiativeQuery) -> Vec<(&'static str, String)> {
    let f = &query.filter;
    Pairs::default()
        .add("q", &f.q)
        .add("pillar", &f.pillar)
        .add("programme", &f.programme)
        .add("kind", &f.kind)
        .add("country", &f.country)
        .add("status", &f.status)
        .add("year", &f.year)
        .add("topic", &f.topic)
        .add(
            "sort",
            &(query.sort != Sort::default()).then_some(query.sort),
        )
        .paging(query.page, query.per_page)
        .finish()
}

/// The directory URL for a query (page 1 and default sort are left out).
pub fn href(query: &InitiativeQuery) -> String {
    params::href("/initiatives", &pairs(query))
}

/// The whole directory: no filter, default order, page 1.
pub fn everything() -> InitiativeQuery {
    InitiativeQuery {
        filter: InitiativeFilter::default(),
        sort: Sort::default(),
        page: 1,
        per_page: DEFAULT_PER_PAGE,
    }
}

/// The directory URL for the whole directory narrowed by `change`.
pub fn filtered(change: impl FnOnce(&mut InitiativeFilter)) -> String {
    href(&with_filter(&everything(), change))
}

/// The same query with the filter changed and paging reset to page 1.
pub fn with_filter(
    query: &InitiativeQuery,
    change: impl FnOnce(&mut InitiativeFilter),
) -> InitiativeQuery {
    let mut next = query.clone();
    change(&mut next.filter);
    next.page = 1;
    next
}

/// The same query with the parameter `name` set to `value` (or cleared; also when the value
/// is not valid), back on page 1.
pub fn with_param(query: &InitiativeQuery, name: &str, value: Option<&str>) -> InitiativeQuery {
    let first = InitiativeQuery {
        page: 1,
        ..query.clone()
    };
    let mut rest: Vec<(&str, String)> = pairs(&first)
        .into_iter()
        .filter(|(k, _)| *k != name)
        .collect();
    let without = reparse(&rest).unwrap_or_else(|| first.clone());
    match value {
        Some(v) => {
            rest.push((name, v.to_owned()));
            reparse(&rest).unwrap_or(without)
        }
        None => without,
    }
}

fn reparse(pairs: &[(&str, String)]) -> Option<InitiativeQuery> {
    let mut s = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    parse(Some(&s.finish()), Mode::Page).ok()
}

/// The same query on another page.
pub fn with_page(query: &InitiativeQuery, page: u32) -> InitiativeQuery {
    InitiativeQuery {
        page,
        ..query.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(q: &str) -> Result<InitiativeQuery, WebError> {
        parse(Some(q), Mode::Page)
    }

    fn bad_name(q: &str) -> String {
        match page(q) {
            Err(WebError::BadParameter { name, .. }) => name,
            other => panic!("{q}: expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn good_parameters_parse() {
        let q = page(
            "pillar=prevention&country=pl&page=2&per_page=50&sort=newest&q=+grooming+&year=2023",
        )
        .unwrap();
        assert_eq!(q.filter.pillar, Some(Pillar::Prevention));
        assert_eq!(q.filter.country.map(|c| c.code()), Some("PL"));
        assert_eq!((q.page, q.per_page, q.sort), (2, 50, Sort::Newest));
        assert_eq!(q.filter.q.as_deref(), Some("grooming"));
        assert_eq!(q.filter.year, Some(2023));
    }

    #[test]
    fn empty_values_are_absent() {
        let q = page("pillar=&q=&page=&sort=&unknown=1&pillar=victim-support").unwrap();
        assert!(q.filter.is_empty());
        assert_eq!(q.page, 1);
    }

    #[test]
    fn the_api_refuses_blanks_its_document_refuses() {
        for name in ["page", "per_page", "year", "pillar", "country", "sort"] {
            match parse(Some(&format!("{name}=")), Mode::Api) {
                Err(WebError::BadParameter { name: n, .. }) => assert_eq!(n, name),
                other => panic!("{name}: expected a bad parameter, got {other:?}"),
            }
        }
        assert!(parse(Some("q=&topic="), Mode::Api).is_ok());
    }

    #[test]
    fn each_bad_value_names_its_parameter() {
        assert_eq!(bad_name("page=abc"), "page");
        assert_eq!(bad_name("page=0"), "page");
        assert_eq!(bad_name("page=-1"), "page");
        assert_eq!(bad_name("page=99999999999999999999"), "page");
        assert_eq!(bad_name("per_page=1000"), "per_page");
        assert_eq!(bad_name("pillar=unknown"), "pillar");
        assert_eq!(bad_name("programme=x"), "programme");
        assert_eq!(bad_name("country=XX"), "country");
        assert_eq!(bad_name("status=maybe"), "status");
        assert_eq!(bad_name("year=20x3"), "year");
        assert_eq!(bad_name("sort=random"), "sort");
        assert_eq!(bad_name(&format!("q={}", "a".repeat(501))), "q");
    }

    #[test]
    fn hrefs_are_canonical() {
        let q = page("page=3&country=pl&pillar=prevention&q=a%26b").unwrap();
        assert_eq!(
            href(&q),
            "/initiatives?q=a%26b&pillar=prevention&country=PL&page=3"
        );
        let cleared = with_filter(&q, |f| f.pillar = None);
        assert_eq!(href(&cleared), "/initiatives?q=a%26b&country=PL");
        assert_eq!(href(&with_param(&q, "pillar", None)), href(&cleared));
        let other = with_param(&q, "pillar", Some("victim-support"));
        assert!(href(&other).contains("pillar=victim-support"));
        assert_eq!(
            href(&with_param(&q, "pillar", Some("nonsense"))),
            href(&cleared)
        );
    }
}
