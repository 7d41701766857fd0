//! The content hub's list queries (resources, news, events, statistics): parsed from the URL
//! by the pages and the API alike, and written back into page and facet links. As for the
//! directory, every bad value is a 400 naming its parameter.

use serde::Deserializer;
use serde::de::DeserializeOwned;
use sparks_core::{Audience, Country, EventKind, Pillar, ResourceKind};
use sparks_store::{EventFilter, NewsFilter, ResourceFilter, StatisticFilter, When};
use utoipa::IntoParams;

use crate::WebError;
use crate::query::pairs::Pairs;
use crate::query::params::{
    self, Choices, DEFAULT_PER_PAGE, Mode, Paging, choice, de, list_params, one_of,
};
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

/// Parses a list's query string into its query type `P`, then `P` into the list's filter
/// with the page asked for.
fn paged<P, F>(
    raw: Option<&str>,
    mode: Mode,
    filter: impl FnOnce(P) -> F,
) -> Result<Paged<F>, WebError>
where
    P: DeserializeOwned + IntoParams + Choices + Paging,
{
    let p: P = params::parse(raw, mode)?;
    let (page, per_page) = p.paging();
    Ok(Paged {
        filter: filter(p),
        page: page.unwrap_or(1),
        per_page: per_page.unwrap_or(DEFAULT_PER_PAGE),
    })
}

list_params! {
    /// Filters of `/resources` and `/api/v1/resources`.
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
    }
}

impl Choices for ResourceParams {
    fn schema_of(name: &str) -> Option<Object> {
        Some(match name {
            "type" => choice::<ResourceKind>(),
            "audience" => choice::<Audience>(),
            "language" => ObjectBuilder::new()
                .schema_type(Type::String)
                .pattern(Some("^[A-Za-z]{2,3}$"))
                .build(),
            _ => return params::shared_schema(name),
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
    paged(raw, mode, |p: ResourceParams| ResourceFilter {
        kind: p.kind,
        pillar: p.pillar,
        topic: p.topic,
        audience: p.audience,
        language: p.language,
        initiative: p.initiative,
        q: p.q,
    })
}

/// The resource library's parameters in URL order, without defaults.
pub fn resource_pairs(q: &Paged<ResourceFilter>) -> Vec<(&'static str, String)> {
    let f = &q.filter;
    Pairs::default()
        .add("q", &f.q)
        .add("type", &f.kind)
        .add("pillar", &f.pillar)
        .add("topic", &f.topic)
        .add("audience", &f.audience)
        .add("language", &f.language)
        .add("initiative", &f.initiative)
        .paging(q.page, q.per_page)
        .finish()
}

/// `/resources` for a query.
pub fn resource_href(q: &Paged<ResourceFilter>) -> String {
    params::href("/resources", &resource_pairs(q))
}

list_params! {
    /// Filters of `/news` and `/api/v1/news`.
    pub struct NewsParams {
        /// Initiative slug.
        #[serde(deserialize_with = "de::slug")]
        initiative: Option<String>,
        /// Free text (at most 500 characters).
        #[serde(deserialize_with = "de::query_text")]
        #[param(max_length = 500)]
        q: Option<String>,
    }
}

impl Choices for NewsParams {}

/// Parses the news list's query string.
pub fn news_query(raw: Option<&str>, mode: Mode) -> Result<Paged<NewsFilter>, WebError> {
    paged(raw, mode, |p: NewsParams| NewsFilter {
        initiative: p.initiative,
        q: p.q,
    })
}

/// `/news` for the filter on page `page` (the page links carry no `per_page`).
pub fn news_href(f: &NewsFilter, page: u32) -> String {
    let pairs = Pairs::default()
        .add("initiative", &f.initiative)
        .add("q", &f.q)
        .page(page);
    params::href("/news", &pairs.finish())
}

list_params! {
    /// Filters of `/api/v1/events`.
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
    }
}

impl Choices for EventParams {
    fn schema_of(name: &str) -> Option<Object> {
        Some(match name {
            "when" => one_of(["upcoming", "past"]),
            "type" => choice::<EventKind>(),
            _ => return params::shared_schema(name),
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
    paged(raw, mode, |p: EventParams| EventFilter {
        when: p.when,
        kind: p.kind,
        country: p.country,
        online: p.online,
        q: p.q,
    })
}

list_params! {
    /// Filters of `/api/v1/statistics`.
    pub struct StatisticParams {
        /// Series slug (`ncmec-cybertipline-reports-received`).
        #[serde(deserialize_with = "de::slug")]
        series: Option<String>,
        /// Year.
        #[serde(deserialize_with = "de::year")]
        #[param(minimum = 1900, maximum = 2200)]
        year: Option<i32>,
    }
}

impl Choices for StatisticParams {}

/// Parses the statistics list's query string.
pub fn statistic_query(raw: Option<&str>, mode: Mode) -> Result<Paged<StatisticFilter>, WebError> {
    paged(raw, mode, |p: StatisticParams| StatisticFilter {
        series: p.series,
        year: p.year,
    })
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
