//! Read models for lists: a page of results, the short form of an initiative, facet counts.

use crate::{Country, PartialDate, Pillar, Programme, Status};

/// One page of a longer list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items on this page.
    pub items: Vec<T>,
    /// How many items match in all.
    pub total: u64,
    /// This page's number, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

impl<T> Page<T> {
    /// How many pages there are (at least 1, so an empty result still has page 1).
    pub fn page_count(&self) -> u32 {
        let per = u64::from(self.per_page.max(1));
        u32::try_from(self.total.div_ceil(per).max(1)).unwrap_or(u32::MAX)
    }

    /// The same page with each item turned into another (a stored row into its record), or
    /// the first error.
    pub fn try_map<U, E>(self, f: impl FnMut(T) -> Result<U, E>) -> Result<Page<U>, E> {
        Ok(Page {
            items: self.items.into_iter().map(f).collect::<Result<_, _>>()?,
            total: self.total,
            page: self.page,
            per_page: self.per_page,
        })
    }
}

/// The short form of an initiative that lists show.
#[derive(Debug, Clone, PartialEq)]
pub struct InitiativeSummary {
    /// URL slug.
    pub slug: String,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub title: String,
    /// Description.
    pub summary: String,
    /// Normalised programme.
    pub programme: Programme,
    /// Start.
    pub start_date: Option<PartialDate>,
    /// End.
    pub end_date: Option<PartialDate>,
    /// Status today.
    pub status: Status,
    /// Pillars.
    pub pillars: Vec<Pillar>,
    /// Countries, coordinator's first.
    pub countries: Vec<Country>,
}

/// How many results carry one value of a facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetCount {
    /// The value as it goes in the URL (`prevention`, `PL`, `2023`).
    pub value: String,
    /// The value as people read it (`Prevention`, `Poland`, `2023`).
    pub label: String,
    /// Number of matching results.
    pub count: u64,
}

/// Counts per value of every facet of the directory, for the current filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// By pillar.
    pub pillars: Vec<FacetCount>,
    /// By programme.
    pub programmes: Vec<FacetCount>,
    /// By kind.
    pub kinds: Vec<FacetCount>,
    /// By country.
    pub countries: Vec<FacetCount>,
    /// By status.
    pub statuses: Vec<FacetCount>,
    /// By start year, newest first.
    pub years: Vec<FacetCount>,
    /// By topic, most common first.
    pub topics: Vec<FacetCount>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_count_rounds_up_and_is_never_zero() {
        let page = |total| Page::<()> {
            items: vec![],
            total,
            page: 1,
            per_page: 20,
        };
        assert_eq!(page(0).page_count(), 1);
        assert_eq!(page(20).page_count(), 1);
        assert_eq!(page(21).page_count(), 2);
    }
}
