//! What every list's query type shares: decoding the query string, the one parse path (serde
//! with the failing field named by `serde_path_to_error`), the field helpers that give each bad
//! value its message, and writing parameters back into a URL.
//!
//! Blank values count as absent for text and choices, since an HTML form submits its empty
//! fields. The API is stricter in one respect: a blank value is refused where the OpenAPI
//! document does not allow it (`per_page=` is not an integer, `pillar=` not a pillar).

use serde::de::{DeserializeOwned, Deserializer, Error as _};
use serde::{Deserialize, de::value::MapDeserializer};
use sparks_core::{
    Audience, Country, EventKind, InitiativeKind, ParseError, Pillar, Programme, ResourceKind,
    Status,
};
use sparks_search::DocType;
use sparks_store::Sort;
use url::form_urlencoded::Serializer;
use utoipa::IntoParams;
use utoipa::openapi::path::{Parameter, ParameterIn};
use utoipa::openapi::schema::{Object, ObjectBuilder, Schema, SchemaType, Type};
use utoipa::openapi::{OpenApi, RefOr};

use crate::WebError;

/// Items per page unless `per_page` says otherwise.
pub const DEFAULT_PER_PAGE: u32 = 20;
/// The most items one page may hold.
pub const MAX_PER_PAGE: u32 = 100;
/// Pages beyond this are refused: nobody pages that far, and a huge offset is work for nothing.
pub const MAX_PAGE: u32 = 100_000;
/// The longest free-text query accepted.
pub const MAX_QUERY_CHARS: usize = 500;

/// Who is asking: the HTML pages (lenient with blank fields) or the API (as its schema says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A page: blank values are absent, whatever their type.
    Page,
    /// The JSON API: a blank value is refused where the document does not allow one.
    Api,
}

/// Declares a list's query type: the list's own filter fields, then `page` and `per_page`,
/// which every list takes alike, with the derives [`parse`] and the OpenAPI document need.
/// A list with other paging bounds (search) gives its own `per_page` field after the struct.
macro_rules! list_params {
    ($(#[$attr:meta])* pub struct $name:ident { $($field:tt)* }) => {
        list_params! {
            $(#[$attr])*
            pub struct $name { $($field)* }
            per_page {
                /// Items per page, 1 to 100 (default 20).
                #[serde(deserialize_with = "crate::query::params::de::per_page")]
                #[param(minimum = 1, maximum = 100)]
                per_page: Option<u32>,
            }
        }
    };
    (
        $(#[$attr:meta])* pub struct $name:ident { $($field:tt)* }
        per_page { $($per_page:tt)* }
    ) => {
        $(#[$attr])*
        #[derive(Debug, Default, serde::Deserialize, utoipa::IntoParams)]
        #[serde(default)]
        #[into_params(parameter_in = Query)]
        pub struct $name {
            $($field)*
            /// Page, from 1.
            #[serde(deserialize_with = "crate::query::params::de::page")]
            #[param(minimum = 1, maximum = 100_000)]
            page: Option<u32>,
            $($per_page)*
        }

        impl $crate::query::params::Paging for $name {
            fn paging(&self) -> (Option<u32>, Option<u32>) {
                (self.page, self.per_page)
            }
        }
    };
}
pub(crate) use list_params;

/// The paging fields every query type declared with [`list_params!`] ends with.
pub trait Paging {
    /// `page` and `per_page`, as given.
    fn paging(&self) -> (Option<u32>, Option<u32>);
}

/// Decodes a raw query string into pairs (lenient, like browsers: bad escapes stay literal).
pub fn pairs(raw: Option<&str>) -> Vec<(String, String)> {
    raw.map(|q| {
        url::form_urlencoded::parse(q.as_bytes())
            .into_owned()
            .collect()
    })
    .unwrap_or_default()
}

/// Parses a query string into `T`, one list's query type. Unknown parameters are ignored; a
/// parameter given twice takes its first value; a bad value is a 400 naming its parameter.
pub fn parse<T: DeserializeOwned + IntoParams + Choices>(
    raw: Option<&str>,
    mode: Mode,
) -> Result<T, WebError> {
    let mut first: Vec<(String, String)> = Vec::new();
    for (k, v) in pairs(raw) {
        if !first.iter().any(|(seen, _)| *seen == k) {
            first.push((k, v));
        }
    }
    if mode == Mode::Api {
        refuse_blanks::<T>(&first)?;
    }
    let de = MapDeserializer::<_, serde::de::value::Error>::new(first.into_iter());
    serde_path_to_error::deserialize(de).map_err(|e| {
        let name = e.path().to_string();
        bad(
            if name == "." { "query" } else { &name },
            e.inner().to_string(),
        )
    })
}

/// What a query type accepts beyond what its Rust types tell `IntoParams`: the values of each
/// choice (pillar, status, ...) and the shape of slugs, so that the OpenAPI document refuses
/// exactly what the server refuses.
pub trait Choices {
    /// The schema of the parameter `name`, when the derived one says too little. By default
    /// that of the parameters every list names alike ([`shared_schema`]).
    fn schema_of(name: &str) -> Option<Object> {
        shared_schema(name)
    }
}

/// The schema of a parameter that means the same in every list that has it: `pillar`,
/// `programme`, `country`, and the slugs `initiative` and `series`.
pub fn shared_schema(name: &str) -> Option<Object> {
    Some(match name {
        "pillar" => choice::<Pillar>(),
        "programme" => choice::<Programme>(),
        "country" => country_schema(),
        "initiative" | "series" => slug_schema(),
        _ => return None,
    })
}

/// The parameters of a query type as the OpenAPI document gives them.
pub fn parameters<T: IntoParams + Choices>() -> Vec<Parameter> {
    let mut params = T::into_params(|| Some(ParameterIn::Query));
    for p in &mut params {
        if let Some(schema) = T::schema_of(&p.name) {
            p.schema = Some(RefOr::T(Schema::Object(schema)));
        }
    }
    params
}

/// Puts the parameters of `T` into the document's `GET path`.
pub fn document<T: IntoParams + Choices>(doc: &mut OpenApi, path: &str) {
    if let Some(op) = doc
        .paths
        .paths
        .get_mut(path)
        .and_then(|item| item.get.as_mut())
    {
        op.parameters = Some(parameters::<T>());
    }
}

/// A choice among the slugs of `T`.
pub fn choice<T: Choice>() -> Object {
    one_of(T::all().iter().map(Choice::slug))
}

/// A choice among these values.
pub fn one_of<S: Into<String>>(values: impl IntoIterator<Item = S>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(values.into_iter().map(Into::into)))
        .build()
}

/// A slug such as `arica`.
pub fn slug_schema() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some("^[a-z0-9]+(-[a-z0-9]+)*$"))
        .max_length(Some(200))
        .build()
}

/// An ISO 3166-1 alpha-2 code, in capitals or small letters.
pub fn country_schema() -> Object {
    let letters = || (b'A'..=b'Z').map(char::from);
    let codes: Vec<String> = letters()
        .flat_map(|a| letters().map(move |b| format!("{a}{b}")))
        .filter(|c| Country::from_code(c).is_ok())
        .collect();
    let lower: Vec<String> = codes.iter().map(|c| c.to_ascii_lowercase()).collect();
    one_of(codes.into_iter().chain(lower))
}

/// The API refuses `page=`, `pillar=` and the like: its document says what they may be, and
/// blank is not among it. Blank free text is absent.
fn refuse_blanks<T: IntoParams + Choices>(pairs: &[(String, String)]) -> Result<(), WebError> {
    for p in parameters::<T>() {
        let strict = match &p.schema {
            Some(RefOr::T(Schema::Object(o))) => {
                o.schema_type != SchemaType::Type(Type::String)
                    || o.enum_values.is_some()
                    || o.pattern.is_some()
            }
            _ => false,
        };
        if strict
            && pairs
                .iter()
                .any(|(k, v)| *k == p.name && v.trim().is_empty())
        {
            return Err(bad(&p.name, "must not be empty"));
        }
    }
    Ok(())
}

/// A 400 naming the parameter.
pub(crate) fn bad(name: &str, message: impl Into<String>) -> WebError {
    WebError::BadParameter {
        name: name.to_owned(),
        message: message.into(),
    }
}

/// The value, trimmed; blank counts as absent.
fn present<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = String::deserialize(d)?;
    let t = v.trim();
    Ok((!t.is_empty()).then(|| t.to_owned()))
}

/// Deserializers for the fields of the query types (`#[serde(deserialize_with = ...)]`); each
/// error message is what the 400 shows after the parameter's name.
pub(crate) mod de {
    use super::*;

    /// A domain value by its slug (`Pillar`, `Status`, ...).
    pub fn slug_of<'de, D, T>(d: D) -> Result<Option<T>, D::Error>
    where
        D: Deserializer<'de>,
        T: std::str::FromStr<Err = ParseError>,
    {
        present(d)?
            .map(|v| v.parse::<T>().map_err(|e| D::Error::custom(e.message)))
            .transpose()
    }

    /// A country by its ISO 3166-1 alpha-2 code.
    pub fn country<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Country>, D::Error> {
        present(d)?
            .map(|v| Country::from_code(&v).map_err(|e| D::Error::custom(e.message)))
            .transpose()
    }

    /// Text of at most [`MAX_QUERY_CHARS`] characters.
    pub fn query_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        at_most(present(d)?, MAX_QUERY_CHARS)
    }

    /// Text of at most 200 characters (a topic).
    pub fn short_text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        at_most(present(d)?, 200)
    }

    fn at_most<E: serde::de::Error>(v: Option<String>, max: usize) -> Result<Option<String>, E> {
        match v {
            Some(v) if v.chars().count() > max => {
                Err(E::custom(format!("must be at most {max} characters")))
            }
            v => Ok(v),
        }
    }

    /// A slug such as `arica`.
    pub fn slug<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        present(d)?
            .map(|v| {
                if sparks_core::slug::is_valid_slug(&v) {
                    Ok(v)
                } else {
                    Err(D::Error::custom(format!(
                        "{v:?} is not a slug such as arica"
                    )))
                }
            })
            .transpose()
    }

    /// A year from 1900 to 2200.
    pub fn year<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
        present(d)?
            .map(|v| {
                v.parse::<i32>()
                    .ok()
                    .filter(|y| (1900..=2200).contains(y))
                    .ok_or_else(|| {
                        D::Error::custom(format!("{v:?} is not a year between 1900 and 2200"))
                    })
            })
            .transpose()
    }

    /// A page number, 1 to [`MAX_PAGE`].
    pub fn page<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        number(present(d)?, 1, MAX_PAGE)
    }

    /// Items per page, 1 to [`MAX_PER_PAGE`].
    pub fn per_page<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
        number(present(d)?, 1, MAX_PER_PAGE)
    }

    /// A whole number between `min` and `max`.
    pub fn number<E: serde::de::Error>(
        v: Option<String>,
        min: u32,
        max: u32,
    ) -> Result<Option<u32>, E> {
        let Some(v) = v else { return Ok(None) };
        match v.parse::<u64>() {
            Ok(n) if n >= u64::from(min) && n <= u64::from(max) => Ok(u32::try_from(n).ok()),
            Ok(_) => Err(E::custom(format!("must be between {min} and {max}"))),
            Err(_) => Err(E::custom(format!(
                "{v:?} is not a whole number (expected {min} to {max})"
            ))),
        }
    }

    /// The value as given, untrimmed (search keeps its query exactly).
    pub fn raw<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        String::deserialize(d).map(Some)
    }

    /// The value, trimmed; blank is absent (for choices a query type checks itself).
    pub fn text<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        present(d)
    }
}

/// A domain value that a parameter names by its slug (`Pillar`, `Status`, ...).
pub trait Choice: Sized + 'static {
    /// Every value.
    fn all() -> &'static [Self];
    /// The value's slug.
    fn slug(&self) -> &'static str;
}

macro_rules! choices {
    ($($choice:ty),+) => {
        $(impl Choice for $choice {
            fn all() -> &'static [Self] {
                &<$choice>::ALL
            }

            fn slug(&self) -> &'static str {
                <$choice>::slug(*self)
            }
        })+
    };
}
choices!(
    Pillar,
    Programme,
    InitiativeKind,
    Status,
    ResourceKind,
    Audience,
    EventKind,
    Sort,
    DocType
);

/// A list URL with its parameters (`path` alone when there are none).
pub fn href(path: &str, pairs: &[(&'static str, String)]) -> String {
    if pairs.is_empty() {
        return path.to_owned();
    }
    let mut s = Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    format!("{path}?{}", s.finish())
}
