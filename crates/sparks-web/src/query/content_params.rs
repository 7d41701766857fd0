//! Query parameters of the content hub's lists (pages and API share them). As for the
//! directory, every bad value is a 400 naming its parameter and empty values count as absent.

use sparks_core::{Audience, Country, EventKind, Pillar, ResourceKind};
use sparks_store::{EventFilter, NewsFilter, ResourceFilter, StatisticFilter, When};

use crate::WebError;
use crate::query::params::{
    DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE, MAX_QUERY_CHARS, bad, number,
};

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

struct Params<'a>(&'a [(String, String)]);

impl Params<'_> {
    fn get(&self, name: &str) -> Option<&str> {
        crate::query::params::value(self.0, name)
    }

    fn parsed<T: std::str::FromStr<Err = sparks_core::ParseError>>(
        &self,
        name: &str,
    ) -> Result<Option<T>, WebError> {
        self.get(name)
            .map(str::parse::<T>)
            .transpose()
            .map_err(|e| bad(name, e.message))
    }

    fn text(&self, name: &str, max: usize) -> Result<Option<String>, WebError> {
        self.get(name)
            .map(|v| {
                if v.chars().count() > max {
                    Err(bad(name, format!("must be at most {max} characters")))
                } else {
                    Ok(v.to_owned())
                }
            })
            .transpose()
    }

    fn slug(&self, name: &str) -> Result<Option<String>, WebError> {
        self.get(name)
            .map(|v| {
                if sparks_core::slug::is_valid_slug(v) {
                    Ok(v.to_owned())
                } else {
                    Err(bad(name, format!("{v:?} is not a slug such as arica")))
                }
            })
            .transpose()
    }

    fn paged<F>(&self, filter: F) -> Result<Paged<F>, WebError> {
        Ok(Paged {
            filter,
            page: number(self.get("page"), "page", 1, MAX_PAGE)?.unwrap_or(1),
            per_page: number(self.get("per_page"), "per_page", 1, MAX_PER_PAGE)?
                .unwrap_or(DEFAULT_PER_PAGE),
        })
    }
}

/// `type`, `pillar`, `topic`, `audience`, `language`, `initiative`, `q`, `page`, `per_page`.
pub fn resource_query(pairs: &[(String, String)]) -> Result<Paged<ResourceFilter>, WebError> {
    let p = Params(pairs);
    let language = p
        .get("language")
        .map(|l| {
            let lower = l.to_ascii_lowercase();
            if (2..=3).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_lowercase()) {
                Ok(lower)
            } else {
                Err(bad(
                    "language",
                    format!("{l:?} is not a language code such as en"),
                ))
            }
        })
        .transpose()?;
    p.paged(ResourceFilter {
        kind: p.parsed::<ResourceKind>("type")?,
        pillar: p.parsed::<Pillar>("pillar")?,
        topic: p.text("topic", 200)?,
        audience: p.parsed::<Audience>("audience")?,
        language,
        initiative: p.slug("initiative")?,
        q: p.text("q", MAX_QUERY_CHARS)?,
    })
}

/// `initiative`, `q`, `page`, `per_page`.
pub fn news_query(pairs: &[(String, String)]) -> Result<Paged<NewsFilter>, WebError> {
    let p = Params(pairs);
    p.paged(NewsFilter {
        initiative: p.slug("initiative")?,
        q: p.text("q", MAX_QUERY_CHARS)?,
    })
}

/// `when` (`upcoming`, `past`), `type`, `country`, `online`, `q`, `page`, `per_page`.
pub fn event_query(pairs: &[(String, String)]) -> Result<Paged<EventFilter>, WebError> {
    let p = Params(pairs);
    let when = match p.get("when") {
        None => None,
        Some("upcoming") => Some(When::Upcoming),
        Some("past") => Some(When::Past),
        Some(v) => return Err(bad("when", format!("{v:?} is not one of upcoming, past"))),
    };
    let online = match p.get("online") {
        None => None,
        Some("true") => Some(true),
        Some("false") => Some(false),
        Some(v) => return Err(bad("online", format!("{v:?} is not true or false"))),
    };
    p.paged(EventFilter {
        when,
        kind: p.parsed::<EventKind>("type")?,
        country: p
            .get("country")
            .map(Country::from_code)
            .transpose()
            .map_err(|e| bad("country", e.message))?,
        online,
        q: p.text("q", MAX_QUERY_CHARS)?,
    })
}

/// `series`, `year`, `page`, `per_page`.
pub fn statistic_query(pairs: &[(String, String)]) -> Result<Paged<StatisticFilter>, WebError> {
    let p = Params(pairs);
    let year = crate::query::params::year(pairs, "year")?;
    p.paged(StatisticFilter {
        series: p.slug("series")?,
        year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::params::pairs;

    fn bad_name<T: std::fmt::Debug>(r: Result<T, WebError>) -> String {
        match r {
            Err(WebError::BadParameter { name, .. }) => name,
            other => panic!("expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn good_values_parse() {
        let q = resource_query(&pairs(Some("type=policy-brief&pillar=prevention&audience=parents&language=EN&initiative=arica&page=2"))).unwrap();
        assert_eq!(q.filter.kind, Some(ResourceKind::PolicyBrief));
        assert_eq!(q.filter.language.as_deref(), Some("en"));
        assert_eq!(q.page, 2);
        let e = event_query(&pairs(Some("when=past&country=cz&online=false&type="))).unwrap();
        assert_eq!(e.filter.when, Some(When::Past));
        assert_eq!(e.filter.online, Some(false));
        assert_eq!(e.filter.kind, None);
    }

    #[test]
    fn bad_values_name_their_parameter() {
        assert_eq!(
            bad_name(resource_query(&pairs(Some("type=poster")))),
            "type"
        );
        assert_eq!(
            bad_name(resource_query(&pairs(Some("audience=aliens")))),
            "audience"
        );
        assert_eq!(
            bad_name(resource_query(&pairs(Some("language=english")))),
            "language"
        );
        assert_eq!(
            bad_name(resource_query(&pairs(Some("initiative=Not%20A%20Slug")))),
            "initiative"
        );
        assert_eq!(bad_name(event_query(&pairs(Some("when=tomorrow")))), "when");
        assert_eq!(bad_name(event_query(&pairs(Some("online=yes")))), "online");
        assert_eq!(bad_name(event_query(&pairs(Some("country=XX")))), "country");
        assert_eq!(bad_name(statistic_query(&pairs(Some("year=20x0")))), "year");
        assert_eq!(
            bad_name(news_query(&pairs(Some("per_page=101")))),
            "per_page"
        );
    }
}
