//! Small closed vocabularies of the content hub (resource types, audiences, event types,
//! helpline kinds) and the checks every content record shares.

use crate::initiative::{FieldError, clean, strip_controls};

/// Declares a closed vocabulary: an enum with a stable slug (URLs, API, data files), an
/// English label, `ALL` in display order and parsing that names the accepted values.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $what:literal, { $($variant:ident = ($slug:literal, $label:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name {
            $(#[doc = $label] $variant),+
        }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable slug used in URLs, the API and data files.
            pub fn slug(self) -> &'static str {
                match self { $($name::$variant => $slug),+ }
            }

            /// The English label.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::ParseError;

            /// Accepts the slug in any case, with `_` for `-` (data files use both).
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                let wanted = s.trim().to_ascii_lowercase().replace('_', "-");
                $name::ALL.iter().copied().find(|v| v.slug() == wanted).ok_or_else(|| {
                    let known: Vec<&str> = $name::ALL.iter().map(|v| v.slug()).collect();
                    crate::ParseError::new(format!(
                        "unknown {} {:?}; expected one of {}", $what, s.trim(), known.join(", ")
                    ))
                })
            }
        }
    };
}

vocabulary!(
    /// What sort of thing a resource is.
    ResourceKind, "resource type", {
        Report = ("report", "Report"),
        Deliverable = ("deliverable", "Project deliverable"),
        PolicyBrief = ("policy-brief", "Policy brief"),
        Guidelines = ("guidelines", "Guidelines"),
        Toolkit = ("toolkit", "Toolkit or tool"),
        Training = ("training", "Training"),
        Dataset = ("dataset", "Dataset"),
        Campaign = ("campaign", "Campaign"),
        Video = ("video", "Video"),
        Article = ("article", "Article"),
    }
);

vocabulary!(
    /// Who a resource is written for.
    Audience, "audience", {
        Practitioners = ("practitioners", "Practitioners"),
        LawEnforcement = ("law-enforcement", "Law enforcement"),
        Policymakers = ("policymakers", "Policymakers"),
        Researchers = ("researchers", "Researchers"),
        Parents = ("parents", "Parents and carers"),
        YoungPeople = ("young-people", "Young people"),
        Public = ("public", "General public"),
    }
);

vocabulary!(
    /// What sort of event it is.
    EventKind, "event type", {
        Conference = ("conference", "Conference"),
        Workshop = ("workshop", "Workshop"),
        Webinar = ("webinar", "Webinar"),
        Training = ("training", "Training"),
        CampaignDay = ("campaign-day", "Campaign day"),
        Meeting = ("meeting", "Meeting"),
    }
);

vocabulary!(
    /// What a help service does.
    HelplineKind, "helpline kind", {
        ChildHelpline = ("child-helpline", "Child helpline"),
        ReportingHotline = ("reporting-hotline", "Reporting hotline for child sexual abuse material"),
        PreventionHelpline = ("prevention-helpline", "Help for people worried about their own sexual thoughts"),
        VictimSupport = ("victim-support", "Support for victims and survivors"),
    }
);

/// Names of the languages content is most often in, for people (`pl` → Polish). Codes not
/// listed are shown as they are.
const LANGUAGES: &[(&str, &str)] = &[
    ("bg", "Bulgarian"),
    ("ca", "Catalan"),
    ("cs", "Czech"),
    ("da", "Danish"),
    ("de", "German"),
    ("el", "Greek"),
    ("en", "English"),
    ("es", "Spanish"),
    ("et", "Estonian"),
    ("fi", "Finnish"),
    ("fr", "French"),
    ("ga", "Irish"),
    ("hr", "Croatian"),
    ("hu", "Hungarian"),
    ("is", "Icelandic"),
    ("it", "Italian"),
    ("lb", "Luxembourgish"),
    ("lt", "Lithuanian"),
    ("lv", "Latvian"),
    ("mt", "Maltese"),
    ("nl", "Dutch"),
    ("no", "Norwegian"),
    ("pl", "Polish"),
    ("pt", "Portuguese"),
    ("ro", "Romanian"),
    ("ru", "Russian"),
    ("sk", "Slovak"),
    ("sl", "Slovenian"),
    ("sv", "Swedish"),
    ("uk", "Ukrainian"),
    ("ar", "Arabic"),
    ("he", "Hebrew"),
    ("fa", "Persian"),
    ("tr", "Turkish"),
];

/// The English name of a language code, or the code itself when unknown.
pub fn language_name(code: &str) -> String {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| code.to_owned(), |(_, name)| (*name).to_owned())
}

/// Whether content in this language is written right to left, so pages can set `dir`.
pub fn is_rtl(code: &str) -> bool {
    matches!(code, "ar" | "he" | "fa" | "ur" | "yi")
}

/// Checks a language code: two or three lower-case letters (ISO 639-1 or 639-3).
pub(crate) fn parse_language(
    field: &str,
    value: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let v = value.map(str::trim).filter(|v| !v.is_empty())?;
    let lower = v.to_ascii_lowercase();
    if (2..=3).contains(&lower.len()) && lower.bytes().all(|b| b.is_ascii_lowercase()) {
        Some(lower)
    } else {
        errors.push(FieldError::new(
            field,
            format!("{v:?} is not a language code such as en or pl"),
        ));
        None
    }
}

/// Longest one-line text (titles, names).
pub(crate) const MAX_TITLE: usize = 500;
/// Longest paragraph text.
pub(crate) const MAX_TEXT: usize = 20_000;
/// Longest slug derived from a title: long titles make unwieldy URLs.
const MAX_DERIVED_SLUG: usize = 80;

/// A required one-line text, cleaned: reports when missing or too long.
pub(crate) fn required_line(field: &str, value: &str, errors: &mut Vec<FieldError>) -> String {
    let v = clean(value);
    if v.is_empty() {
        errors.push(FieldError::new(field, "is missing"));
    } else if v.chars().count() > MAX_TITLE {
        errors.push(FieldError::new(
            field,
            format!("is longer than {MAX_TITLE} characters"),
        ));
    }
    v
}

/// An optional one-line text, cleaned; empty becomes `None`.
pub(crate) fn optional_line(
    field: &str,
    value: Option<&str>,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    let v = clean(value?);
    if v.chars().count() > MAX_TITLE {
        errors.push(FieldError::new(
            field,
            format!("is longer than {MAX_TITLE} characters"),
        ));
    }
    (!v.is_empty()).then_some(v)
}

/// A paragraph of text (line breaks kept), checked for length.
pub(crate) fn text(field: &str, value: &str, errors: &mut Vec<FieldError>) -> String {
    let v = strip_controls(value.trim());
    if v.chars().count() > MAX_TEXT {
        errors.push(FieldError::new(
            field,
            format!("is longer than {MAX_TEXT} characters"),
        ));
    }
    v
}

/// Cleaned, de-duplicated (case-insensitively) free tags; each at most 200 characters.
pub(crate) fn tags(field: &str, values: &[String], errors: &mut Vec<FieldError>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in values.iter().map(|t| clean(t)).filter(|t| !t.is_empty()) {
        if t.chars().count() > 200 {
            errors.push(FieldError::new(
                field,
                "an entry is longer than 200 characters",
            ));
        } else if !out.iter().any(|have| have.eq_ignore_ascii_case(&t)) {
            out.push(t);
        }
    }
    out
}

/// Parses each value of a closed vocabulary, keeping order and dropping repeats.
pub(crate) fn vocab_list<T: std::str::FromStr<Err = crate::ParseError> + PartialEq>(
    field: &str,
    values: &[String],
    errors: &mut Vec<FieldError>,
) -> Vec<T> {
    let mut out = Vec::new();
    for v in values.iter().filter(|v| !v.trim().is_empty()) {
        match v.parse::<T>() {
            Ok(x) if !out.contains(&x) => out.push(x),
            Ok(_) => {}
            Err(e) => errors.push(FieldError::new(field, e.message)),
        }
    }
    out
}

/// A required value of a closed vocabulary: reports it missing or unknown under `field` and
/// stands in `fallback` so that the other fields are still checked.
pub(crate) fn required_vocab<T: std::str::FromStr<Err = crate::ParseError>>(
    field: &str,
    value: &str,
    fallback: T,
    errors: &mut Vec<FieldError>,
) -> T {
    match value.trim() {
        "" => {
            errors.push(FieldError::new(field, "is missing"));
            fallback
        }
        v => v.parse().unwrap_or_else(|e: crate::ParseError| {
            errors.push(FieldError::new(field, e.message));
            fallback
        }),
    }
}

/// An optional value read with `parse`: blank is `None`, and a value that does not parse is
/// reported under `field` (with the parser's message) and also becomes `None`.
pub(crate) fn optional<T, E: std::fmt::Display>(
    field: &str,
    value: Option<&str>,
    errors: &mut Vec<FieldError>,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Option<T> {
    let value = value.map(str::trim).filter(|v| !v.is_empty())?;
    parse(value)
        .map_err(|e| errors.push(FieldError::new(field, e.to_string())))
        .ok()
}

/// A slug given explicitly (a link to an initiative), or why it is not one.
pub(crate) fn given_slug(s: &str) -> Result<String, String> {
    if crate::slug::is_valid_slug(s) {
        Ok(s.to_owned())
    } else {
        Err(format!("{s:?} is not a slug"))
    }
}

/// Slugs given explicitly (links to initiatives): blanks dropped, malformed ones reported.
pub(crate) fn slug_list(
    field: &str,
    values: &[String],
    errors: &mut Vec<FieldError>,
) -> Vec<String> {
    values
        .iter()
        .filter_map(|s| optional(field, Some(s), errors, given_slug))
        .collect()
}

/// The record when no check failed, else every problem found.
pub(crate) fn checked<T>(record: T, errors: Vec<FieldError>) -> Result<T, Vec<FieldError>> {
    if errors.is_empty() {
        Ok(record)
    } else {
        Err(errors)
    }
}

/// Lower-case text a free-text filter matches: the parts joined by spaces.
pub(crate) fn search_text<'a>(parts: impl IntoIterator<Item = &'a str>) -> String {
    parts
        .into_iter()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Asserts that each of `fields` is named by at least one error (the validation tests of
/// every record type check this way that no problem is lost).
#[cfg(test)]
pub(crate) fn assert_reported(errors: &[FieldError], fields: &[&str]) {
    let named: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    for f in fields {
        assert!(named.contains(f), "{f} missing from {named:?}");
    }
}

/// The slug a record keeps: the given one when well formed, else one made from `from`
/// (cut at a word boundary so long titles give readable URLs).
pub(crate) fn slug_for(given: Option<&str>, from: &str, errors: &mut Vec<FieldError>) -> String {
    match given.map(str::trim).filter(|s| !s.is_empty()) {
        Some(s) if crate::slug::is_valid_slug(s) => s.to_owned(),
        Some(s) => {
            errors.push(FieldError::new(
                "slug",
                format!("{s:?} is not a slug (lower-case letters, digits and single hyphens)"),
            ));
            String::new()
        }
        None => derived_slug(from),
    }
}

/// A slug from free text, at most [`MAX_DERIVED_SLUG`] characters, cut at a hyphen.
pub fn derived_slug(from: &str) -> String {
    let full = crate::slug::slugify(from);
    if full.len() <= MAX_DERIVED_SLUG {
        return full;
    }
    let cut = &full[..MAX_DERIVED_SLUG];
    cut.rfind('-')
        .map_or(cut, |i| &cut[..i])
        .trim_end_matches('-')
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabularies_parse_slugs_and_underscores() {
        assert_eq!(
            "child_helpline".parse::<HelplineKind>(),
            Ok(HelplineKind::ChildHelpline)
        );
        assert_eq!(
            "Policy-Brief".parse::<ResourceKind>(),
            Ok(ResourceKind::PolicyBrief)
        );
        let e = "poster".parse::<ResourceKind>().unwrap_err();
        assert!(e.message.contains("report"), "{}", e.message);
    }

    #[test]
    fn long_titles_give_short_slugs() {
        let s = derived_slug(&"word ".repeat(60));
        assert!(s.len() <= 80 && !s.ends_with('-'), "{s}");
        assert_eq!(
            derived_slug("Safer Internet Day 2024"),
            "safer-internet-day-2024"
        );
    }

    #[test]
    fn languages() {
        assert_eq!(language_name("pl"), "Polish");
        assert_eq!(language_name("xx"), "xx");
        assert!(is_rtl("ar"));
        let mut errors = Vec::new();
        assert_eq!(
            parse_language("language", Some("EN"), &mut errors),
            Some("en".into())
        );
        assert_eq!(
            parse_language("language", Some("english"), &mut errors),
            None
        );
        assert_eq!(errors.len(), 1);
    }
}
