//! Writing a list's query back into its URL: each parameter in the list's order, only when it
//! has a value, each value spelled as the parameter takes it.

use sparks_core::Country;

use crate::query::params::{Choice, DEFAULT_PER_PAGE};

/// A value as a list's URL writes it: a choice by its slug, a country by its code.
pub trait QueryValue {
    /// The value in the URL.
    fn query_value(&self) -> String;
}

impl<T: Choice> QueryValue for T {
    fn query_value(&self) -> String {
        self.slug().to_owned()
    }
}

impl QueryValue for Country {
    fn query_value(&self) -> String {
        self.code().to_owned()
    }
}

impl QueryValue for String {
    fn query_value(&self) -> String {
        self.clone()
    }
}

impl QueryValue for i32 {
    fn query_value(&self) -> String {
        self.to_string()
    }
}

impl QueryValue for u32 {
    fn query_value(&self) -> String {
        self.to_string()
    }
}

/// A list's parameters as URL pairs, in the order added, each only when it has a value.
#[derive(Debug, Default)]
pub struct Pairs(Vec<(&'static str, String)>);

impl Pairs {
    /// Adds `name=value` when there is a value.
    pub fn add<V: QueryValue>(mut self, name: &'static str, value: &Option<V>) -> Self {
        if let Some(v) = value {
            self.0.push((name, v.query_value()));
        }
        self
    }

    /// Adds `per_page` when it is not [`DEFAULT_PER_PAGE`], then the page.
    pub fn paging(self, page: u32, per_page: u32) -> Self {
        self.add(
            "per_page",
            &(per_page != DEFAULT_PER_PAGE).then_some(per_page),
        )
        .page(page)
    }

    /// Adds `page` when it is past the first.
    pub fn page(self, page: u32) -> Self {
        self.add("page", &(page > 1).then_some(page))
    }

    /// The pairs.
    pub fn finish(self) -> Vec<(&'static str, String)> {
        self.0
    }
}
