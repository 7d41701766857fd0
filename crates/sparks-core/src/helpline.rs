//! Help services by country: child helplines, hotlines to report child sexual abuse
//! material, help for people worried about their own thoughts, support for victims.

use serde::{Deserialize, Serialize};
use time::Date;
use url::Url;

use crate::initiative::{parse_url, strip_controls};
use crate::vocab::{self, HelplineKind};
use crate::{Country, FieldError, ParseError};

/// A validated help service.
#[derive(Debug, Clone, PartialEq)]
pub struct Helpline {
    /// Stable slug (country code and name).
    pub slug: String,
    /// Country it serves.
    pub country: Country,
    /// What it does.
    pub kind: HelplineKind,
    /// Its name.
    pub name: String,
    /// Who runs it.
    pub organisation: Option<String>,
    /// Phone number as people dial it.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<Url>,
    /// Where to report online.
    pub report_url: Option<Url>,
    /// Whether it offers chat (`None`: not known).
    pub chat: Option<bool>,
    /// Languages served.
    pub languages: Vec<String>,
    /// Opening hours as the source gives them.
    pub hours: Option<String>,
    /// Where the facts come from.
    pub source_url: Url,
    /// What people seeking help should know (cost, anonymity, channels, hours, languages).
    pub notes: Option<String>,
    /// Research caveats for editors only (source age, what was not confirmed, mirror
    /// sources). Never shown on a public page, in the API, a feed, search or an export:
    /// someone in crisis needs the number, not our doubts about its source.
    pub editor_notes: Option<String>,
    /// When someone last checked the facts against the source.
    pub checked: Option<Date>,
}

/// A help service as written in an import file (the format of `data/helplines.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct HelplineDraft {
    /// Slug to keep; when absent it comes from the country code and name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Country name (informative; `country_code` decides).
    pub country: Option<String>,
    /// ISO 3166-1 alpha-2 code; required.
    pub country_code: String,
    /// `child_helpline`, `reporting_hotline`, `prevention_helpline` or `victim_support`.
    pub kind: String,
    /// Name; required.
    pub name: String,
    /// Who runs it.
    pub organisation: Option<String>,
    /// Phone number.
    pub phone: Option<String>,
    /// Website.
    pub website: Option<String>,
    /// Online reporting form.
    pub report_url: Option<String>,
    /// Chat offered.
    pub chat: Option<bool>,
    /// Language codes or names.
    pub languages: Vec<String>,
    /// Opening hours.
    pub hours: Option<String>,
    /// Source; required.
    pub source_url: String,
    /// User-facing facts (cost, anonymity, channels, hours, languages).
    pub notes: Option<String>,
    /// Research caveats for editors only; see [`Helpline::editor_notes`].
    #[serde(skip_serializing_if = "Option::is_none")]
    pub editor_notes: Option<String>,
    /// `YYYY-MM-DD` the facts were last checked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
}

impl HelplineDraft {
    /// Checks every rule; returns the help service or every problem found.
    pub fn validate(self) -> Result<Helpline, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = vocab::required_line("name", &self.name, &mut errors);
        let country = match Country::from_code(&self.country_code) {
            Ok(c) => Some(c),
            Err(e) => {
                errors.push(FieldError::new("country_code", e.message));
                None
            }
        };
        let kind = self.kind.parse().unwrap_or_else(|e: ParseError| {
            errors.push(FieldError::new("kind", e.message));
            HelplineKind::ChildHelpline
        });
        let source_url = if self.source_url.trim().is_empty() {
            errors.push(FieldError::new("source_url", "is missing"));
            None
        } else {
            parse_url("source_url", Some(&self.source_url), &mut errors)
        };
        let checked = self
            .checked
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .and_then(|s| {
                Date::parse(s, time::macros::format_description!("[year]-[month]-[day]"))
                    .map_err(|_| {
                        errors.push(FieldError::new(
                            "checked",
                            format!("{s:?} is not a date YYYY-MM-DD"),
                        ))
                    })
                    .ok()
            });
        let slug_base = format!("{} {name}", self.country_code.trim());
        let slug = vocab::slug_for(self.slug.as_deref(), &slug_base, &mut errors);
        let organisation =
            vocab::optional_line("organisation", self.organisation.as_deref(), &mut errors);
        let phone = vocab::optional_line("phone", self.phone.as_deref(), &mut errors);
        let website = parse_url("website", self.website.as_deref(), &mut errors);
        let report_url = parse_url("report_url", self.report_url.as_deref(), &mut errors);
        let languages = vocab::tags("languages", &self.languages, &mut errors);
        let hours = vocab::optional_line("hours", self.hours.as_deref(), &mut errors);
        let (Some(country), Some(source_url), true) = (country, source_url, errors.is_empty())
        else {
            return Err(errors);
        };
        Ok(Helpline {
            slug,
            country,
            kind,
            name,
            organisation,
            phone,
            website,
            report_url,
            chat: self.chat,
            languages,
            hours,
            source_url,
            notes: self
                .notes
                .map(|n| strip_controls(n.trim()))
                .filter(|n| !n.is_empty()),
            editor_notes: self
                .editor_notes
                .map(|n| strip_controls(n.trim()))
                .filter(|n| !n.is_empty()),
            checked,
        })
    }
}

impl Helpline {
    /// The draft that validates back to this service.
    pub fn to_draft(&self) -> HelplineDraft {
        HelplineDraft {
            slug: Some(self.slug.clone()),
            country: Some(self.country.name().to_owned()),
            country_code: self.country.code().to_owned(),
            kind: self.kind.slug().to_owned(),
            name: self.name.clone(),
            organisation: self.organisation.clone(),
            phone: self.phone.clone(),
            website: self.website.as_ref().map(ToString::to_string),
            report_url: self.report_url.as_ref().map(ToString::to_string),
            chat: self.chat,
            languages: self.languages.clone(),
            hours: self.hours.clone(),
            source_url: self.source_url.to_string(),
            notes: self.notes.clone(),
            editor_notes: self.editor_notes.clone(),
            checked: self.checked.map(crate::date::iso_day),
        }
    }

    /// The draft as it may leave the editors' hands (exports, the API): without
    /// [`Helpline::editor_notes`].
    pub fn to_public_draft(&self) -> HelplineDraft {
        HelplineDraft {
            editor_notes: None,
            ..self.to_draft()
        }
    }

    /// The phone number as a `tel:` link target (digits and a leading `+` only).
    pub fn tel_href(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let digits: String = phone
            .chars()
            .enumerate()
            .filter(|(i, c)| c.is_ascii_digit() || (*i == 0 && *c == '+'))
            .map(|(_, c)| c)
            .collect();
        (digits.len() >= 3).then(|| format!("tel:{digits}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_and_round_trips() {
        let h = HelplineDraft {
            country_code: "AT".into(),
            kind: "child_helpline".into(),
            name: "Rat auf Draht – Notrufnummer 147".into(),
            phone: Some("147".into()),
            source_url: "https://www.rataufdraht.at/".into(),
            ..HelplineDraft::default()
        }
        .validate()
        .unwrap();
        assert_eq!(h.slug, "at-rat-auf-draht-notrufnummer-147");
        assert_eq!(h.tel_href().as_deref(), Some("tel:147"));
        assert_eq!(h.to_draft().validate().unwrap(), h);
    }

    #[test]
    fn problems_are_reported() {
        let errs = HelplineDraft {
            country_code: "XX".into(),
            kind: "hotline".into(),
            checked: Some("yesterday".into()),
            ..HelplineDraft::default()
        }
        .validate()
        .unwrap_err();
        crate::vocab::assert_reported(
            &errs,
            &["name", "country_code", "kind", "source_url", "checked"],
        );
    }
}
