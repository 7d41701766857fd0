//! Links into the directory: a query with one filter changed, serialised in a fixed order so
//! that the URL always says exactly what the page shows.

use sparks_store::{InitiativeFilter, InitiativeQuery, Sort};
use url::form_urlencoded::Serializer;

/// The directory URL for a query (page 1 and default sort are left out).
pub fn directory_href(query: &InitiativeQuery) -> String {
    let pairs = query_pairs(query);
    if pairs.is_empty() {
        return "/initiatives".to_owned();
    }
    let mut s = Serializer::new(String::new());
    for (k, v) in &pairs {
        s.append_pair(k, v);
    }
    format!("/initiatives?{}", s.finish())
}

/// The parameters of a query, in URL order, without defaults.
pub fn query_pairs(query: &InitiativeQuery) -> Vec<(&'static str, String)> {
    let f = &query.filter;
    let mut pairs = Vec::new();
    if let Some(q) = &f.q {
        pairs.push(("q", q.clone()));
    }
    if let Some(p) = f.pillar {
        pairs.push(("pillar", p.slug().to_owned()));
    }
    if let Some(p) = f.programme {
        pairs.push(("programme", p.slug().to_owned()));
    }
    if let Some(k) = f.kind {
        pairs.push(("kind", k.slug().to_owned()));
    }
    if let Some(c) = f.country {
        pairs.push(("country", c.code().to_owned()));
    }
    if let Some(s) = f.status {
        pairs.push(("status", s.slug().to_owned()));
    }
    if let Some(y) = f.year {
        pairs.push(("year", y.to_string()));
    }
    if let Some(t) = &f.topic {
        pairs.push(("topic", t.clone()));
    }
    if query.sort != Sort::default() {
        pairs.push(("sort", query.sort.slug().to_owned()));
    }
    if query.per_page != crate::query::params::DEFAULT_PER_PAGE {
        pairs.push(("per_page", query.per_page.to_string()));
    }
    if query.page > 1 {
        pairs.push(("page", query.page.to_string()));
    }
    pairs
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
    use sparks_core::Pillar;

    #[test]
    fn hrefs_are_canonical() {
        let q = crate::query::params::directory_query(&crate::query::params::pairs(Some(
            "page=3&country=pl&pillar=prevention&q=a%26b",
        )))
        .unwrap();
        assert_eq!(
            directory_href(&q),
            "/initiatives?q=a%26b&pillar=prevention&country=PL&page=3"
        );
        let cleared = with_filter(&q, |f| f.pillar = None);
        assert_eq!(directory_href(&cleared), "/initiatives?q=a%26b&country=PL");
        let other = with_filter(&q, |f| f.pillar = Some(Pillar::VictimSupport));
        assert!(directory_href(&other).contains("pillar=victim-support"));
    }
}
