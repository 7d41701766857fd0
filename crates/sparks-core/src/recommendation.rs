//! Key policy recommendations, filed by pillar, each with who issued it and when.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::initiative::parse_url;
use crate::vocab;
use crate::{FieldError, Pillar};

/// A validated recommendation.
#[derive(Debug, Clone, PartialEq)]
pub struct Recommendation {
    /// URL slug (an anchor on `/recommendations`).
    pub slug: String,
    /// The pillar it belongs to.
    pub pillar: Pillar,
    /// Short statement.
    pub title: String,
    /// The recommendation (a paraphrase of the source).
    pub text: String,
    /// Who made it, as the source words it.
    pub issuer: String,
    /// Year it was made, when known.
    pub year: Option<i32>,
    /// Whom it addresses (`member-states`, `EU`, `industry`, ...).
    pub addressee: Option<String>,
    /// Initiative slugs to link explicitly (more are found from the issuer).
    pub initiatives: Vec<String>,
    /// Where it was read.
    pub source_url: Option<Url>,
}

/// A recommendation as written in an import file (the format of `data/recommendations.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RecommendationDraft {
    /// Slug to keep; when absent it comes from the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Pillar slug; required.
    pub pillar: String,
    /// Short statement; required.
    pub title: String,
    /// Full text.
    pub text: String,
    /// Who made it; required.
    pub issuer: String,
    /// Year.
    pub year: Option<i32>,
    /// Whom it addresses.
    pub addressee: Option<String>,
    /// Initiative slugs to link explicitly.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<String>,
    /// Where it was read.
    pub source_url: Option<String>,
}

impl RecommendationDraft {
    /// Checks every rule; returns the recommendation or every problem found.
    pub fn validate(self) -> Result<Recommendation, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = vocab::required_line("title", &self.title, &mut errors);
        let pillar = vocab::required_vocab("pillar", &self.pillar, Pillar::Prevention, &mut errors);
        if let Some(y) = self.year
            && !(1900..=2200).contains(&y)
        {
            errors.push(FieldError::new("year", "must be between 1900 and 2200"));
        }
        let initiatives = vocab::slug_list("initiatives", &self.initiatives, &mut errors);
        let rec = Recommendation {
            slug: vocab::slug_for(self.slug.as_deref(), &title, &mut errors),
            pillar,
            text: vocab::text("text", &self.text, &mut errors),
            issuer: vocab::required_line("issuer", &self.issuer, &mut errors),
            year: self.year,
            addressee: vocab::optional_line("addressee", self.addressee.as_deref(), &mut errors),
            initiatives,
            source_url: parse_url("source_url", self.source_url.as_deref(), &mut errors),
            title,
        };
        vocab::checked(rec, errors)
    }
}

impl Recommendation {
    /// The draft that validates back to this recommendation.
    pub fn to_draft(&self) -> RecommendationDraft {
        RecommendationDraft {
            slug: Some(self.slug.clone()),
            pillar: self.pillar.slug().to_owned(),
            title: self.title.clone(),
            text: self.text.clone(),
            issuer: self.issuer.clone(),
            year: self.year,
            addressee: self.addressee.clone(),
            initiatives: self.initiatives.clone(),
            source_url: self.source_url.as_ref().map(ToString::to_string),
        }
    }

    /// Whom it addresses, for people.
    pub fn addressee_label(&self) -> Option<String> {
        let a = self.addressee.as_deref()?;
        Some(
            match a {
                "member-states" => "EU member states",
                "all" => "Everyone concerned",
                "EU" => "The European Union",
                "law-enforcement" => "Law enforcement",
                "industry" => "Industry and online services",
                other => other,
            }
            .to_owned(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_and_round_trips() {
        let r = RecommendationDraft {
            pillar: "prevention".into(),
            title: "Put prevention first".into(),
            issuer: "Sparks in the Dark".into(),
            addressee: Some("member-states".into()),
            ..RecommendationDraft::default()
        }
        .validate()
        .unwrap();
        assert_eq!(r.slug, "put-prevention-first");
        assert_eq!(r.addressee_label().as_deref(), Some("EU member states"));
        assert_eq!(r.to_draft().validate().unwrap(), r);
        let errs = RecommendationDraft {
            pillar: "x".into(),
            year: Some(20),
            ..RecommendationDraft::default()
        }
        .validate()
        .unwrap_err();
        vocab::assert_reported(&errs, &["title", "pillar", "issuer", "year"]);
    }
}
