//! The languages of the interface. Messages live in Fluent files (`locales/{lang}/main.ftl`),
//! never in code; the locale is chosen per request (`?lang=xx`, else `Accept-Language`), never
//! stored in a cookie or a global.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Unicode isolation marks around arguments confuse screen readers and copy-paste in
        // plain HTML; our arguments are short and single-direction.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Locale {
    /// English, the fallback for anything missing.
    En,
    /// German.
    De,
    /// French.
    Fr,
    /// Polish.
    Pl,
    /// Spanish.
    Es,
}

impl Locale {
    /// Every interface language, in switcher order.
    pub const ALL: [Locale; 5] = [Locale::En, Locale::De, Locale::Fr, Locale::Pl, Locale::Es];

    /// The BCP 47 code (`en`, `de`, ...), as used in `lang` attributes and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Pl => "pl",
            Locale::Es => "es",
        }
    }

    /// The language's own name for itself, for the switcher (`Deutsch`, `Polski`).
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Pl => "Polski",
            Locale::Es => "Español",
        }
    }

    /// The locale for a code, ignoring case and region (`de-AT` → German).
    pub fn from_code(code: &str) -> Option<Locale> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Locale::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The best locale for an `Accept-Language` header: the highest-weighted language we
    /// speak; English when none matches or the header is absent or malformed.
    pub fn from_accept_language(header: Option<&str>) -> Locale {
        let Some(header) = header else {
            return Locale::En;
        };
        let mut best: Option<(f32, usize, Locale)> = None;
        for (position, part) in header.split(',').enumerate().take(32) {
            let mut pieces = part.split(';');
            let Some(locale) = pieces.next().and_then(Locale::from_code) else {
                continue;
            };
            let weight = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|q| q.trim().parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            if !(weight > 0.0 && weight <= 1.0) {
                continue;
            }
            // Higher weight wins; on a tie the earlier entry does.
            let better = best.is_none_or(|(w, p, _)| weight > w || (weight == w && position < p));
            if better {
                best = Some((weight, position, locale));
            }
        }
        best.map_or(Locale::En, |(_, _, l)| l)
    }

    fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::En => fluent_templates::langid!("en"),
            Locale::De => fluent_templates::langid!("de"),
            Locale::Fr => fluent_templates::langid!("fr"),
            Locale::Pl => fluent_templates::langid!("pl"),
            Locale::Es => fluent_templates::langid!("es"),
        }
    }

    /// The message `key`, falling back to English, and to the key itself only if English
    /// lacks it too (which the tests forbid).
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.langid(), key)
    }

    /// The message `key`, or `None` when neither this language nor English has it (for
    /// optional messages such as country names, which fall back to data instead).
    pub fn try_t(self, key: &str) -> Option<String> {
        LOCALES.try_lookup(&self.langid(), key)
    }

    /// The message `key` given the site's name as `$site` (messages that name the site use
    /// it, so `SPARKS_SITE_NAME` renames the site in every language).
    pub fn t_site(self, key: &str, site: &str) -> String {
        self.t_args(key, &[("site", Arg::Text(site.to_owned()))])
    }

    /// The message `key` with arguments. Numbers passed as [`Arg::Count`] drive plural
    /// selection; text is inserted as is (the template escapes the result).
    pub fn t_args(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    Arg::Count(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.langid(), key, &map)
    }

    /// A whole number with this language's digit grouping (`1,234` / `1.234` / `1 234`).
    pub fn number(self, n: u64) -> String {
        let separator = match self {
            Locale::En => ",",
            Locale::De | Locale::Es => ".",
            // French and Polish group with a (narrow) no-break space.
            Locale::Fr | Locale::Pl => "\u{202f}",
        };
        // Spanish leaves four-digit numbers ungrouped (RAE rule).
        if self == Locale::Es && n < 10_000 {
            return n.to_string();
        }
        crate::format::group_digits(n, separator)
    }

    /// Whole euros in this language's style (`€1,234` / `1.234 €`).
    pub fn euros(self, n: i64) -> String {
        let sign = if n < 0 { "-" } else { "" };
        let digits = self.number(n.unsigned_abs());
        match self {
            Locale::En => format!("{sign}€{digits}"),
            _ => format!("{sign}{digits}\u{a0}€"),
        }
    }

    /// A date at its own precision, with month names in this language.
    pub fn date(self, date: sparks_core::PartialDate) -> String {
        let year = Arg::Text(date.year().to_string());
        match (date.month(), date.day()) {
            (None, _) => date.year().to_string(),
            (Some(m), None) => self.t_args(
                "date-month-year",
                &[
                    ("month", Arg::Text(self.t(&format!("month-{m}")))),
                    ("year", year),
                ],
            ),
            (Some(m), Some(d)) => self.t_args(
                "date-day-month-year",
                &[
                    ("day", Arg::Text(d.to_string())),
                    ("month", Arg::Text(self.t(&format!("month-{m}-of")))),
                    ("year", year),
                ],
            ),
        }
    }

    /// A country's name in this language; English from the ISO data where no translation
    /// exists.
    pub fn country(self, country: sparks_core::Country) -> String {
        self.try_t(&format!("country-{}", country.code()))
            .unwrap_or_else(|| country.name().to_owned())
    }
}

/// Names of domain values, looked up by their slugs (`pillar-prevention`, `status-ongoing`).
impl Locale {
    /// A pillar's name.
    pub fn pillar(self, p: sparks_core::Pillar) -> String {
        self.t(&format!("pillar-{}", p.slug()))
    }

    /// What a pillar covers, in one sentence.
    pub fn pillar_description(self, p: sparks_core::Pillar) -> String {
        self.t(&format!("pillar-{}-description", p.slug()))
    }

    /// A programme's name.
    pub fn programme(self, p: sparks_core::Programme) -> String {
        self.t(&format!("programme-{}", p.slug()))
    }

    /// A status's name.
    pub fn status(self, s: sparks_core::Status) -> String {
        self.t(&format!("status-{}", s.slug()))
    }

    /// A kind's name.
    pub fn kind(self, k: sparks_core::InitiativeKind) -> String {
        self.t(&format!("kind-{}", k.slug()))
    }
}

/// An argument to a message.
#[derive(Debug, Clone)]
pub enum Arg {
    /// Text, inserted as is.
    Text(String),
    /// A number that selects the plural form.
    Count(u64),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_language_negotiation() {
        assert_eq!(Locale::from_accept_language(None), Locale::En);
        assert_eq!(
            Locale::from_accept_language(Some("de-DE,de;q=0.9,en;q=0.8")),
            Locale::De
        );
        assert_eq!(
            Locale::from_accept_language(Some("it, fr;q=0.5, pl;q=0.7")),
            Locale::Pl
        );
        assert_eq!(
            Locale::from_accept_language(Some("es;q=0, fr;q=0.1")),
            Locale::Fr
        );
        assert_eq!(Locale::from_accept_language(Some("*")), Locale::En);
        assert_eq!(Locale::from_accept_language(Some(";;;q=abc,,")), Locale::En);
        assert_eq!(Locale::from_code("PL"), Some(Locale::Pl));
        assert_eq!(Locale::from_code("xx"), None);
    }

    #[test]
    fn numbers_and_money_follow_the_locale() {
        assert_eq!(Locale::En.number(1_234_567), "1,234,567");
        assert_eq!(Locale::De.number(1_234_567), "1.234.567");
        assert_eq!(Locale::Fr.number(1234), "1\u{202f}234");
        assert_eq!(Locale::Es.number(1234), "1234");
        assert_eq!(Locale::Es.number(12345), "12.345");
        assert_eq!(Locale::En.euros(2_500_000), "€2,500,000");
        assert_eq!(Locale::De.euros(2_500_000), "2.500.000\u{a0}€");
    }

    #[test]
    fn dates_use_month_names_of_the_language() {
        let d: sparks_core::PartialDate = "2023-03".parse().unwrap();
        assert_eq!(Locale::En.date(d), "March 2023");
        assert_eq!(Locale::De.date(d), "März 2023");
        assert_eq!(Locale::Fr.date(d), "mars 2023");
        assert_eq!(Locale::Pl.date(d), "marzec 2023");
        assert_eq!(Locale::Es.date(d), "marzo de 2023");
        let day: sparks_core::PartialDate = "2024-03-18".parse().unwrap();
        assert_eq!(Locale::En.date(day), "18 March 2024");
        assert_eq!(Locale::Pl.date(day), "18 marca 2024");
        assert_eq!(Locale::Es.date(day), "18 de marzo de 2024");
    }

    #[test]
    fn plurals_and_fallback() {
        assert_eq!(
            Locale::En.t_args(
                "initiatives-count",
                &[("count", Arg::Count(1)), ("n", Arg::Text("1".into()))]
            ),
            "1 initiative"
        );
        assert_eq!(
            Locale::Pl.t_args(
                "initiatives-count",
                &[("count", Arg::Count(5)), ("n", Arg::Text("5".into()))]
            ),
            "5 inicjatyw"
        );
        assert_eq!(
            Locale::Pl.t_args(
                "initiatives-count",
                &[("count", Arg::Count(3)), ("n", Arg::Text("3".into()))]
            ),
            "3 inicjatywy"
        );
        let country = sparks_core::Country::from_code("DE").unwrap();
        assert_eq!(Locale::De.country(country), "Deutschland");
        assert_eq!(Locale::En.country(country), "Germany");
    }
}
