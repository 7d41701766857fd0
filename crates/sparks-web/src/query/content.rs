//! The content hub's list queries (resources, news, events, statistics): parsed from the URL
//! by the pages and the API alike, and written back into page and facet links. As for the
//! directory, every bad value is a 400 naming its parameter.

use serde::{Deserialize, Deserializer};
use sparks_core::{Audience, Country, EventKind, Pillar, ResourceKind};
use sparks_store::{EventFilter, NewsFilter, ResourceFilter, StatisticFilter, When};
use utoipa::IntoParams;

use crate::WebError;
use crate::query::params::{self, Choices, DEFAULT_PER_PAGE, Mode, de, one_of, slug_schema};
use utoipa::openapi::schema::{Object, ObjectBuilder, Type};

/// A filter with the page asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct Paged<F> {
    /// What to show.
    pub filter: F,
    /// Page, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

fn paged<F>(filter: F, page: Option<u32>, per_page: Option<u32>) -> Paged<F> {
    Paged {
        filter,
        page: page.unwrap_or(1),
        per_page: per_page.unwrap_or(DEFAULT_PER_PAGE),
    }
}

/// Filters of `/resources` and `/api/v1/resources`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct ResourceParams {
    /// Type slug: `report`, `deliverable`, `policy-brief`, `guidelines`, `toolkit`, `training`, `dataset`, `campaign`, `video`, `article`.
    #[serde(rename = "type", deserialize_with = "de::slug_of")]
    #[param(rename = "type", value_type = Option<String>)]
    kind: Option<ResourceKind>,
    /// Pillar slug.
    #[serde(deserialize_with = "de::slug_of")]
    #[param(value_type = Option<String>)]
    pillar: Option<Pillar>,
    /// Topic (exact, case-insensitive).
    #[serde(deserialize_with = "de::short_text")]
    #[param(max_length = 200)]
    topic: Option<String>,
    /// `practitioners`, `law-enforcement`, `policymakers`, `researchers`, `parents`, `young-people`, `public`.
    #[serde(deserialize_with = "de::slug_of")]
    #[param(value_type = Option<String>)]
    audience: Option<Audience>,
    /// Language code (`en`).
    #[serde(deserialize_with = "language")]
    language: Option<String>,
    /// Initiative slug.
    #[serde(deserialize_with = "de::slug")]
    initiative: Option<String>,
    /// Free text (at most 500 characters).
    #[serde(deserialize_with = "de::query_text")]
    #[param(max_length = 500)]
    q: Option<String>,
    /// Page, from 1.
    #[serde(deserialize_with = "de::page")]
    #[param(minimum = 1, maximum = 100_000)]
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    #[serde(deserialize_with = "de::per_page")]
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

impl Choices for ResourceParams {
    fn schema_of(name: &str) -> Option<Object> {
        Some(match name {
            "type" => one_of(ResourceKind::ALL.iter().map(|v| v.slug())),
            "pillar" => one_of(Pillar::ALL.iter().map(|v| v.slug())),
            "audience" => one_of(Audience::ALL.iter().map(|v| v.slug())),
            "language" => ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some("^[A-Za-z]{2,3}$"))
                .build(),
            "initiative" => slug_schema(),
            _ => return None,
        })
    }
}

fn language<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    de::text(d)?
        .map(|l| {
            let lower = l.to_ascii_lowercase();
            if (2..=3).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_lowercase()) {
                Ok(lower)
            } else {
                Err(serde::de::Error::custom(format!(
                    "{l:?} is not a language code such as en"
                )))
            }
        })
        .transpose()
}

/// Parses the resource library's query string.
pub fn resource_query(raw: Option<&str>, mode: Mode) -> Result<Paged<ResourceFilter>, WebError> {
    let p: ResourceParams = params::parse(raw, mode)?;
    Ok(paged(
        ResourceFilter {
            kind: p.kind,
            pillar: p.pillar,
            topic: p.topic,
            audience: p.audience,
            language: p.language,
            initiative: p.initiative,
            q: p.q,
        },
        p.page,
        p.per_page,
    ))
}

/// The resource library's parameters in URL order, without defaults.
pub fn resource_pairs(q: &Paged<ResourceFilter>) -> Vec<(&'static str, String)> {
    let f = &q.filter;
    let mut pairs = Vec::new();
    if let Some(v) = &f.q {
        pairs.push(("q", v.clone()));
    }
    if let Some(v) = f.kind {
        pairs.push(("type", v.slug().to_owned()));
    }
    if let Some(v) = f.pillar {
        pairs.push(("pillar", v.slug().to_owned()));
    }
    if let Some(v) = &f.topic {
        pairs.push(("topic", v.clone()));
    }
    if let Some(v) = f.audience {
        pairs.push(("audience", v.slug().to_owned()));
    }
    if let Some(v) = &f.language {
        pairs.push(("language", v.clone()));
    }
    if let Some(v) = &f.initiative {
        pairs.push(("initiative", v.clone()));
    }
    if q.per_page != DEFAULT_PER_PAGE {
        pairs.push(("per_page", q.per_page.to_string()));
    }
    if q.page > 1 {
        pairs.push(("page", q.page.to_string()));
    }
    pairs
}

/// `/resources` for a query.
pub fn resource_href(q: &Paged<ResourceFilter>) -> String {
    params::href("/resources", &resource_pairs(q))
}

/// Filters of `/news` and `/api/v1/news`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct NewsParams {
    /// Initiative slug.
    #[serde(deserialize_with = "de::slug")]
    initiative: Option<String>,
    /// Free text (at most 500 characters).
    #[serde(deserialize_with = "de::query_text")]
    #[param(max_length = 500)]
    q: Option<String>,
    /// Page, from 1.
    #[serde(deserialize_with = "de::page")]
    #[param(minimum = 1, maximum = 100_000)]
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    #[serde(deserialize_with = "de::per_page")]
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

impl Choices for NewsParams {
    fn schema_of(name: &str) -> Option<Object> {
        (name == "initiative").then(slug_schema)
    }
}

/// Parses the news list's query string.
pub fn news_query(raw: Option<&str>, mode: Mode) -> Result<Paged<NewsFilter>, WebError> {
    let p: NewsParams = params::parse(raw, mode)?;
    Ok(paged(
        NewsFilter {
            initiative: p.initiative,
            q: p.q,
        },
        p.page,
        p.per_page,
    ))
}

/// `/news` for the filter on page `page` (the page links carry no `per_page`).
pub fn news_href(f: &NewsFilter, page: u32) -> String {
    let mut pairs: Vec<(&'static str, String)> = Vec::new();
    if let Some(i) = &f.initiative {
        pairs.push(("initiative", i.clone()));
    }
    if let Some(t) = &f.q {
        pairs.push(("q", t.clone()));
    }
    if page > 1 {
        pairs.push(("page", page.to_string()));
    }
    params::href("/news", &pairs)
}

/// Filters of `/api/v1/events`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct EventParams {
    /// `upcoming` (soonest first) or `past` (most recent first); default all, most recent first.
    #[serde(deserialize_with = "when")]
    #[param(value_type = Option<String>)]
    when: Option<When>,
    /// Type slug: `conference`, `workshop`, `webinar`, `training`, `campaign-day`, `meeting`.
    #[serde(rename = "type", deserialize_with = "de::slug_of")]
    #[param(rename = "type", value_type = Option<String>)]
    kind: Option<EventKind>,
    /// ISO 3166-1 alpha-2 code.
    #[serde(deserialize_with = "de::country")]
    #[param(value_type = Option<String>)]
    country: Option<Country>,
    /// `true` or `false`.
    #[serde(deserialize_with = "online")]
    online: Option<bool>,
    /// Free text (at most 500 characters).
    #[serde(deserialize_with = "de::query_text")]
    #[param(max_length = 500)]
    q: Option<String>,
    /// Page, from 1.
    #[serde(deserialize_with = "de::page")]
    #[param(minimum = 1, maximum = 100_000)]
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    #[serde(deserialize_with = "de::per_page")]
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

impl Choices for EventParams {
    fn schema_of(name: &str) -> Option<Object> {
        Some(match name {
            "when" => one_of(["upcoming", "past"]),
            "type" => one_of(EventKind::ALL.iter().map(|v| v.slug())),
            "country" => params::country_schema(),
            _ => return None,
        })
    }
}

fn when<'de, D: Deserializer<'de>>(d: D) -> Result<Option<When>, D::Error> {
    match de::text(d)?.as_deref() {
        None => Ok(None),
        Some("upcoming") => Ok(Some(When::Upcoming)),
        Some("past") => Ok(Some(When::Past)),
        Some(v) => Err(serde::de::Error::custom(format!(
            "{v:?} is not one of upcoming, past"
        ))),
    }
}

fn online<'de, D: Deserializer<'de>>(d: D) -> Result<Option<bool>, D::Error> {
    match de::text(d)?.as_deref() {
        None => Ok(None),
        Some("true") => Ok(Some(true)),
        Some("false") => Ok(Some(false)),
        Some(v) => Err(serde::de::Error::custom(format!(
            "{v:?} is not true or false"
        ))),
    }
}

/// Parses the events list's query string.
pub fn event_query(raw: Option<&str>, mode: Mode) -> Result<Paged<EventFilter>, WebError> {
    let p: EventParams = params::parse(raw, mode)?;
    Ok(paged(
        EventFilter {
            when: p.when,
            kind: p.kind,
            country: p.country,
            online: p.online,
            q: p.q,
        },
        p.page,
        p.per_page,
    ))
}

/// Filters of `/api/v1/statistics`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[serde(default)]
#[into_params(parameter_in = Query)]
pub struct StatisticParams {
    /// Series slug (`ncmec-cybertipline-reports-received`).
    #[serde(deserialize_with = "de::slug")]
    series: Option<String>,
    /// Year.
    #[serde(deserialize_with = "de::year")]
    #[param(minimum = 1900, maximum = 2200)]
    year: Option<i32>,
    /// Page, from 1.
    #[serde(deserialize_with = "de::page")]
    #[param(minimum = 1, maximum = 100_000)]
    page: Option<u32>,
    /// Items per page, 1 to 100 (default 20).
    #[serde(deserialize_with = "de::per_page")]
    #[param(minimum = 1, maximum = 100)]
    per_page: Option<u32>,
}

impl Choices for StatisticParams {
    fn schema_of(name: &str) -> Option<Object> {
        (name == "series").then(slug_schema)
    }
}

/// Parses the statistics list's query string.
pub fn statistic_query(raw: Option<&str>, mode: Mode) -> Result<Paged<StatisticFilter>, WebError> {
    let p: StatisticParams = params::parse(raw, mode)?;
    Ok(paged(
        StatisticFilter {
            series: p.series,
            year: p.year,
        },
        p.page,
        p.per_page,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bad_name<T: std::fmt::Debug>(r: Result<T, WebError>) -> String {
        match r {
            Err(WebError::BadParameter { name, .. }) => name,
            other => panic!("expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn good_values_parse() {
        let q = resource_query(Some("type=policy-brief&pillar=prevention&audience=parents&language=EN&initiative=arica&page=2"), Mode::Page).unwrap();
        assert_eq!(q.filter.kind, Some(ResourceKind::PolicyBrief));
        assert_eq!(q.filter.language.as_deref(), Some("en"));
        assert_eq!(q.page, 2);
        let e = event_query(Some("when=past&country=cz&online=false&type="), Mode::Page).unwrap();
        assert_eq!(e.filter.when, Some(When::Past));
        assert_eq!(e.filter.online, Some(false));
        assert_eq!(e.filter.kind, None);
    }

    #[test]
    fn bad_values_name_their_parameter() {
        assert_eq!(
            bad_name(resource_query(Some("type=poster"), Mode::Page)),
            "type"
        );
        assert_eq!(
            bad_name(resource_query(Some("audience=aliens"), Mode::Page)),
            "audience"
        );
        assert_eq!(
            bad_name(resource_query(Some("language=english"), Mode::Page)),
            "language"
        );
        assert_eq!(
            bad_name(resource_query(
                Some("initiative=Not%20A%20Slug"),
                Mode::Page
            )),
            "initiative"
        );
        assert_eq!(
            bad_name(event_query(Some("when=tomorrow"), Mode::Page)),
            "when"
        );
        assert_eq!(
            bad_name(event_query(Some("online=yes"), Mode::Page)),
            "online"
        );
        assert_eq!(
            bad_name(event_query(Some("country=XX"), Mode::Page)),
            "country"
        );
        assert_eq!(
            bad_name(statistic_query(Some("year=20x0"), Mode::Page)),
            "year"
        );
        assert_eq!(
            bad_name(news_query(Some("per_page=101"), Mode::Page)),
            "per_page"
        );
    }
}
