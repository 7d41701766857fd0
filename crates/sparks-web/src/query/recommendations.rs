//! The query of `/recommendations`, the tracker, the CSV and `/api/v1/recommendations`:
//! one parse path for all four, so that a filter means the same everywhere and the
//! tracker's figures can be checked against the CSV and the API.

use sparks_core::{AddresseeKind, Country, Pillar, UptakeStatus};
use utoipa::openapi::schema::Object;

use crate::WebError;
use crate::query::pairs::Pairs;
use crate::query::params::{self, Choices, DEFAULT_PER_PAGE, Mode, de, list_params, one_of};

list_params! {
    /// Filters of `/recommendations`, `/recommendations/tracker`, `/recommendations.csv` and
    /// `/api/v1/recommendations`.
    pub struct RecommendationParams {
        /// Pillar slug.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        pillar: Option<Pillar>,
        /// Issuer, exactly as the recommendation names it (case-insensitive).
        #[serde(deserialize_with = "de::short_text")]
        #[param(max_length = 200)]
        issuer: Option<String>,
        /// Addressee: `eu`, `member-states`, `industry`, `practitioners`, `civil-society`, `all`.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        addressee: Option<AddresseeKind>,
        /// A member state addressed by its ISO 3166-1 alpha-2 code.
        #[serde(deserialize_with = "de::country")]
        #[param(value_type = Option<String>)]
        country: Option<Country>,
        /// Uptake status: `not_started`, `in_progress`, `implemented`, `partly_implemented`, `rejected`, `unknown`.
        #[serde(deserialize_with = "de::slug_of")]
        #[param(value_type = Option<String>)]
        status: Option<UptakeStatus>,
    }
}

impl Choices for RecommendationParams {
    fn schema_of(name: &str) -> Option<Object> {
        Some(match name {
            "addressee" => one_of(AddresseeKind::ALL.iter().map(|k| k.slug())),
            "status" => one_of(UptakeStatus::ALL.iter().map(|s| s.slug())),
            _ => return params::shared_schema(name),
        })
    }
}

/// Which recommendations, and which of their uptake rows, to show. The addressee, country
/// and status filters apply to one uptake row together: `country=PL&status=implemented` keeps
/// recommendations that Poland implemented, and shows only that row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RecommendationFilter {
    /// Of this pillar.
    pub pillar: Option<Pillar>,
    /// By this issuer.
    pub issuer: Option<String>,
    /// Addressing this kind.
    pub addressee: Option<AddresseeKind>,
    /// Addressing this member state.
    pub country: Option<Country>,
    /// With an addressee at this status.
    pub status: Option<UptakeStatus>,
}

impl RecommendationFilter {
    /// Whether any uptake row filter is set (rows are then narrowed too).
    pub fn on_rows(&self) -> bool {
        self.addressee.is_some() || self.country.is_some() || self.status.is_some()
    }

    /// Whether anything is set.
    pub fn is_set(&self) -> bool {
        self.on_rows() || self.pillar.is_some() || self.issuer.is_some()
    }

    /// Whether one uptake row passes the row filters.
    pub fn keeps(&self, u: &sparks_store::uptake::Uptake) -> bool {
        self.addressee.is_none_or(|k| u.addressee.kind == k)
            && self.country.is_none_or(|c| u.addressee.country == Some(c))
            && self.status.is_none_or(|s| u.status == s)
    }
}

/// A parsed query: the filter and the page (pages are used by the API only).
#[derive(Debug, Clone)]
pub struct RecommendationQuery {
    /// What to show.
    pub filter: RecommendationFilter,
    /// Page, from 1.
    pub page: u32,
    /// Items per page.
    pub per_page: u32,
}

/// Parses the query string; a bad value is a 400 naming its parameter.
pub fn recommendation_query(
    raw: Option<&str>,
    mode: Mode,
) -> Result<RecommendationQuery, WebError> {
    let p: RecommendationParams = params::parse(raw, mode)?;
    Ok(RecommendationQuery {
        filter: RecommendationFilter {
            pillar: p.pillar,
            issuer: p.issuer,
            addressee: p.addressee,
            country: p.country,
            status: p.status,
        },
        page: p.page.unwrap_or(1),
        per_page: p.per_page.unwrap_or(DEFAULT_PER_PAGE),
    })
}

/// The filter's parameters in URL order (for the tracker's and the CSV's links).
pub fn recommendation_pairs(f: &RecommendationFilter) -> Vec<(&'static str, String)> {
    Pairs::default()
        .add("pillar", &f.pillar)
        .add("issuer", &f.issuer)
        .add("addressee", &f.addressee.map(|a| a.slug().to_owned()))
        .add("country", &f.country)
        .add("status", &f.status.map(|s| s.slug().to_owned()))
        .finish()
}
