//! Query parameters of the directory (pages and API share them), parsed into typed values.
//! Every bad value is a 400 that names the parameter; empty values count as absent, since an
//! HTML form submits its empty fields.

use sparks_core::{Country, InitiativeKind, Pillar, Programme, Status};
use sparks_store::{InitiativeFilter, InitiativeQuery, Sort};

use crate::WebError;

/// Items per page unless `per_page` says otherwise.
pub const DEFAULT_PER_PAGE: u32 = 20;
/// The most items one page may hold.
pub const MAX_PER_PAGE: u32 = 100;
/// Pages beyond this are refused: nobody pages that far, and a huge offset is work for nothing.
pub const MAX_PAGE: u32 = 100_000;
/// The longest free-text query accepted.
pub const MAX_QUERY_CHARS: usize = 500;

/// Decodes a raw query string into pairs (lenient, like browsers: bad escapes stay literal).
pub fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    raw.map(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .into_owned()
            .collect()
    })
    .unwrap_or_default()
}

/// The first value of `name`, trimmed; empty counts as absent (forms submit empty fields).
pub(crate) fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim())
        .filter(|v| !v.is_empty())
}

/// A year parameter: a whole number from 1900 to 2200.
pub(crate) fn year(pairs: &[(String, String)], name: &str) -> Result<Option<i32>, WebError> {
    value(pairs, name)
        .map(|v| {
            v.parse::<i32>()
                .ok()
                .filter(|y| (1900..=2200).contains(y))
                .ok_or_else(|| bad(name, format!("{v:?} is not a year between 1900 and 2200")))
        })
        .transpose()
}

/// A 400 naming the parameter.
pub(crate) fn bad(name: &str, message: impl Into<String>) -> WebError {
    WebError::BadParameter {
        name: name.to_owned(),
        message: message.into(),
    }
}

/// Parses the directory's parameters. Unknown parameters are ignored; a parameter given
/// twice takes its first value.
pub fn directory_query(pairs: &[(String, String)]) -> Result<InitiativeQuery, WebError> {
    let get = |name: &str| value(pairs, name);
    let filter = InitiativeFilter {
        pillar: get("pillar")
            .map(str::parse::<Pillar>)
            .transpose()
            .map_err(|e| bad("pillar", e.message))?,
        programme: get("programme")
            .map(str::parse::<Programme>)
            .transpose()
            .map_err(|e| bad("programme", e.message))?,
        kind: get("kind")
            .map(str::parse::<InitiativeKind>)
            .transpose()
            .map_err(|e| bad("kind", e.message))?,
        country: get("country")
            .map(Country::from_code)
            .transpose()
            .map_err(|e| bad("country", e.message))?,
        status: get("status")
            .map(str::parse::<Status>)
            .transpose()
            .map_err(|e| bad("status", e.message))?,
        year: year(pairs, "year")?,
        topic: get("topic")
            .map(|t| {
                if t.chars().count() > 200 {
                    Err(bad("topic", "must be at most 200 characters"))
                } else {
                    Ok(t.to_owned())
                }
            })
            .transpose()?,
        q: get("q")
            .map(|q| {
                if q.chars().count() > MAX_QUERY_CHARS {
                    Err(bad(
                        "q",
                        format!("must be at most {MAX_QUERY_CHARS} characters"),
                    ))
                } else {
                    Ok(q.to_owned())
                }
            })
            .transpose()?,
    };
    let sort = match get("sort") {
        None => Sort::default(),
        Some(v) => Sort::ALL
            .into_iter()
            .find(|s| s.slug() == v)
            .ok_or_else(|| bad("sort", format!("{v:?} is not one of name, newest, recent")))?,
    };
    let page = number(get("page"), "page", 1, MAX_PAGE)?.unwrap_or(1);
    let per_page =
        number(get("per_page"), "per_page", 1, MAX_PER_PAGE)?.unwrap_or(DEFAULT_PER_PAGE);
    Ok(InitiativeQuery {
        filter,
        sort,
        page,
        per_page,
    })
}

/// A whole number parameter between `min` and `max`, or a 400 naming it.
pub fn number(
    value: Option<&str>,
    name: &str,
    min: u32,
    max: u32,
) -> Result<Option<u32>, WebError> {
    let Some(v) = value else { return Ok(None) };
    match v.parse::<u64>() {
        Ok(n) if n >= u64::from(min) && n <= u64::from(max) => Ok(u32::try_from(n).ok()),
        Ok(_) => Err(bad(name, format!("must be between {min} and {max}"))),
        Err(_) => Err(bad(
            name,
            format!("{v:?} is not a whole number (expected {min} to {max})"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> Result<InitiativeQuery, WebError> {
        directory_query(&pairs(Some(q)))
    }

    fn bad_name(q: &str) -> String {
        match parse(q) {
            Err(WebError::BadParameter { name, .. }) => name,
            other => panic!("{q}: expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn good_parameters_parse() {
        let q = parse(
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
        let q = parse("pillar=&q=&page=&sort=").unwrap();
        assert!(q.filter.is_empty());
        assert_eq!(q.page, 1);
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
}
