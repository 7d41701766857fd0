//! Countries as ISO 3166-1 alpha-2 codes internally, with English names for people.

use std::fmt;
use std::str::FromStr;

use isocountry::CountryCode;

use crate::ParseError;

/// A country, held as its ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(CountryCode);

/// Names used in sources that differ from the ISO short names, and the ISO names too long to
/// show in a facet list. Both directions use this table.
const COMMON_NAMES: &[(&str, &str)] = &[
    ("GB", "United Kingdom"),
    ("US", "United States"),
    ("RU", "Russia"),
    ("MD", "Moldova"),
    ("KR", "South Korea"),
    ("KP", "North Korea"),
    ("IR", "Iran"),
    ("SY", "Syria"),
    ("VE", "Venezuela"),
    ("BO", "Bolivia"),
    ("TZ", "Tanzania"),
    ("VN", "Vietnam"),
    ("LA", "Laos"),
    ("TW", "Taiwan"),
    ("CZ", "Czechia"),
    ("NL", "Netherlands"),
    ("CD", "DR Congo"),
    ("MK", "North Macedonia"),
    ("PS", "Palestine"),
    ("FM", "Micronesia"),
];

/// Other spellings found in sources.
const ALIASES: &[(&str, &str)] = &[
    ("czech republic", "CZ"),
    ("uk", "GB"),
    ("great britain", "GB"),
    ("england", "GB"),
    ("wales", "GB"),
    ("scotland", "GB"),
    ("northern ireland", "GB"),
    ("usa", "US"),
    ("the netherlands", "NL"),
    ("holland", "NL"),
    ("turkey", "TR"),
];

impl Country {
    /// Parses an alpha-2 code in any case (`pl`, `PL`).
    pub fn from_code(code: &str) -> Result<Country, ParseError> {
        let code = code.trim();
        if let [a, b] = *code.as_bytes()
            && let Some(&c) = by_alpha2().get(&[a.to_ascii_uppercase(), b.to_ascii_uppercase()])
        {
            return Ok(Country(c));
        }
        Err(ParseError::new(format!(
            "unknown country {code:?}; expected an ISO 3166-1 alpha-2 code such as PL or DE"
        )))
    }

    /// Finds a country by an English name as sources write it ("United Kingdom", "Czech
    /// Republic", "Moldova (Republic of)"), or by its alpha-2 code.
    pub fn from_name_or_code(text: &str) -> Result<Country, ParseError> {
        let trimmed = text.trim();
        if let Ok(c) = Country::from_code(trimmed) {
            return Ok(c);
        }
        let lower = trimmed.to_lowercase();
        let by_alias = ALIASES
            .iter()
            .find(|(alias, _)| *alias == lower)
            .map(|(_, code)| *code)
            .or_else(|| {
                COMMON_NAMES
                    .iter()
                    .find(|(_, name)| name.to_lowercase() == lower)
                    .map(|(code, _)| *code)
            });
        if let Some(code) = by_alias {
            return Country::from_code(code);
        }
        CountryCode::iter()
            .find(|c| {
                let iso = c.name().to_lowercase();
                iso == lower || short_iso_name(&iso) == lower
            })
            .map(|c| Country(*c))
            .ok_or_else(|| ParseError::new(format!("unknown country {trimmed:?}")))
    }

    /// The alpha-2 code, upper case.
    pub fn code(self) -> &'static str {
        self.0.alpha2()
    }

    /// The English name shown to people ("United Kingdom", not the full ISO name).
    pub fn name(self) -> &'static str {
        COMMON_NAMES
            .iter()
            .find(|(code, _)| *code == self.code())
            .map_or_else(|| short_iso_name(self.0.name()), |(_, name)| name)
    }
}

/// Every country by its alpha-2 code, upper case. isocountry's own lookup compares the
/// code with each of the 249 in turn, and a large import looks up a few per record.
fn by_alpha2() -> &'static std::collections::HashMap<[u8; 2], CountryCode> {
    static ALL: std::sync::OnceLock<std::collections::HashMap<[u8; 2], CountryCode>> =
        std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        CountryCode::iter()
            .filter_map(|c| match *c.alpha2().as_bytes() {
                [a, b] => Some(([a, b], *c)),
                _ => None,
            })
            .collect()
    })
}

/// ISO names carry qualifiers in parentheses ("Bolivia (Plurinational State of)").
fn short_iso_name(name: &str) -> &str {
    name.split(" (").next().unwrap_or(name).trim()
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Country {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Country::from_code(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_in_any_case() {
        assert_eq!(Country::from_code("pl").map(|c| c.code()), Ok("PL"));
        assert!(Country::from_code("XX").is_err());
        assert!(Country::from_code("POL").is_err());
        assert!(Country::from_code("é").is_err());
        assert!(Country::from_code("").is_err());
        for c in CountryCode::iter() {
            for code in [c.alpha2().to_owned(), c.alpha2().to_lowercase()] {
                assert_eq!(Country::from_code(&code), Ok(Country(*c)), "{code}");
            }
        }
    }

    #[test]
    fn names_from_the_dataset_map_to_codes() {
        for (name, code) in [
            ("United Kingdom", "GB"),
            ("Czech Republic", "CZ"),
            ("Russia", "RU"),
            ("Moldova", "MD"),
            ("Netherlands", "NL"),
            ("United States", "US"),
            ("Germany", "DE"),
            ("Philippines", "PH"),
            ("Georgia", "GE"),
        ] {
            assert_eq!(
                Country::from_name_or_code(name).map(|c| c.code()),
                Ok(code),
                "{name}"
            );
        }
        assert!(Country::from_name_or_code("Atlantis").is_err());
    }

    #[test]
    fn names_are_short() {
        assert_eq!(
            Country::from_code("GB").map(|c| c.name()),
            Ok("United Kingdom")
        );
        assert_eq!(Country::from_code("PL").map(|c| c.name()), Ok("Poland"));
        assert_eq!(Country::from_code("BO").map(|c| c.name()), Ok("Bolivia"));
    }
}
