//! Resources: the reports, toolkits, guidelines, datasets, campaigns and videos that
//! initiatives produce, and the rules a record must meet.

use serde::{Deserialize, Serialize};
use url::Url;

use crate::initiative::{parse_date, parse_url};
use crate::vocab::{self, Audience, ResourceKind};
use crate::{FieldError, PartialDate, Pillar};

/// A validated resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Resource {
    /// URL slug.
    pub slug: String,
    /// Title.
    pub title: String,
    /// What sort of resource it is.
    pub kind: ResourceKind,
    /// A paragraph on what it contains.
    pub summary: String,
    /// Who made it, as the source words it (`HEROES (ICMPD)`).
    pub made_by: Option<String>,
    /// Slugs of initiatives it comes from, given explicitly (more are found from `made_by`).
    pub initiatives: Vec<String>,
    /// Pillars it serves.
    pub pillars: Vec<Pillar>,
    /// Free topics.
    pub topics: Vec<String>,
    /// Who it is written for.
    pub audiences: Vec<Audience>,
    /// Language code (`en`).
    pub language: Option<String>,
    /// When it was published, at the precision known.
    pub published: Option<PartialDate>,
    /// Where to read or download it.
    pub url: Option<Url>,
    /// Where the facts about it come from.
    pub source_url: Option<Url>,
    /// Why it may be hard to read, shown before it.
    pub content_warning: Option<crate::ContentWarning>,
}

/// A resource as written in an import file (the format of `data/resources.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ResourceDraft {
    /// Slug to keep; when absent it comes from the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Title; required.
    pub title: String,
    /// Type slug (`report`, `toolkit`, `policy-brief`, ...); required.
    #[serde(rename = "type")]
    pub kind: String,
    /// Who made it, as the source words it; initiatives named here are linked.
    pub initiative: Option<String>,
    /// Initiative slugs to link explicitly.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub initiatives: Vec<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub topics: Vec<String>,
    /// Audience slugs.
    pub audience: Vec<String>,
    /// Language code.
    pub language: Option<String>,
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub published: Option<String>,
    /// Link to the resource.
    pub url: Option<String>,
    /// Description.
    pub summary: String,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// A content warning's slug (`abuse-described`, `survivor-testimony`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_warning: Option<String>,
}

impl ResourceDraft {
    /// Checks every rule; returns the resource or every problem found.
    pub fn validate(self) -> Result<Resource, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = vocab::required_line("title", &self.title, &mut errors);
        let kind = vocab::required_vocab("type", &self.kind, ResourceKind::Report, &mut errors);
        let slug = vocab::slug_for(self.slug.as_deref(), &title, &mut errors);
        let initiatives = vocab::slug_list("initiatives", &self.initiatives, &mut errors);
        let mut pillars: Vec<Pillar> = vocab::vocab_list("pillars", &self.pillars, &mut errors);
        pillars.sort();
        let resource = Resource {
            kind,
            made_by: vocab::optional_line("initiative", self.initiative.as_deref(), &mut errors),
            initiatives,
            pillars,
            topics: vocab::tags("topics", &self.topics, &mut errors),
            audiences: vocab::vocab_list("audience", &self.audience, &mut errors),
            language: vocab::parse_language("language", self.language.as_deref(), &mut errors),
            published: parse_date("published", self.published.as_deref(), &mut errors),
            url: parse_url("url", self.url.as_deref(), &mut errors),
            source_url: parse_url("source_url", self.source_url.as_deref(), &mut errors),
            summary: vocab::text("summary", &self.summary, &mut errors),
            content_warning: vocab::optional(
                "content_warning",
                self.content_warning.as_deref(),
                &mut errors,
                str::parse::<crate::ContentWarning>,
            ),
            title,
            slug,
        };
        vocab::checked(resource, errors)
    }
}

impl Resource {
    /// The draft that validates back to this resource (for storage and export).
    pub fn to_draft(&self) -> ResourceDraft {
        ResourceDraft {
            slug: Some(self.slug.clone()),
            title: self.title.clone(),
            kind: self.kind.slug().to_owned(),
            initiative: self.made_by.clone(),
            initiatives: self.initiatives.clone(),
            pillars: self.pillars.iter().map(|p| p.slug().to_owned()).collect(),
            topics: self.topics.clone(),
            audience: self.audiences.iter().map(|a| a.slug().to_owned()).collect(),
            language: self.language.clone(),
            published: self.published.map(|d| d.to_string()),
            url: self.url.as_ref().map(ToString::to_string),
            summary: self.summary.clone(),
            source_url: self.source_url.as_ref().map(ToString::to_string),
            content_warning: self.content_warning.map(|w| w.slug().to_owned()),
        }
    }

    /// Lower-case text the free-text filter matches.
    pub fn search_text(&self) -> String {
        vocab::search_text(
            [self.title.as_str(), self.summary.as_str()]
                .into_iter()
                .chain(self.made_by.as_deref())
                .chain(self.topics.iter().map(String::as_str)),
        )
    }
}

/// Slugs that may name initiatives in a free "made by" text: the whole text, the part before
/// a parenthesis, and every part split on `(`, `)`, `,`, `/`, `;` and ` and ` — so that
/// `PPHS (CYCLOPES, 2PS, ARICA)` finds `cyclopes`, `2ps` and `arica`, and
/// `ReDirection (Protect Children)` finds `redirection`. The store keeps those that exist.
pub fn initiative_candidates(made_by: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |s: &str| {
        let slug = crate::slug::slugify(s.trim());
        if !slug.is_empty() && !out.contains(&slug) {
            out.push(slug);
        }
    };
    add(made_by);
    for part in made_by
        .split(['(', ')', ',', '/', ';'])
        .flat_map(|p| p.split(" and "))
    {
        add(part);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft() -> ResourceDraft {
        ResourceDraft {
            title: "  A   white paper ".into(),
            kind: "policy-brief".into(),
            initiative: Some("PPHS (CYCLOPES, 2PS, ARICA)".into()),
            pillars: vec!["detection-investigation".into()],
            topics: vec!["OSINT".into(), "osint".into()],
            audience: vec!["law-enforcement".into()],
            language: Some("en".into()),
            published: Some("2024-04-24".into()),
            url: Some("https://example.org/paper".into()),
            summary: "Text.".into(),
            ..ResourceDraft::default()
        }
    }

    #[test]
    fn a_good_record_validates_and_round_trips() {
        let r = draft().validate().unwrap();
        assert_eq!(r.slug, "a-white-paper");
        assert_eq!(r.title, "A white paper");
        assert_eq!(r.topics, vec!["OSINT".to_owned()]);
        assert_eq!(r.to_draft().validate().unwrap(), r);
    }

    #[test]
    fn every_problem_is_reported() {
        let bad = ResourceDraft {
            title: String::new(),
            kind: "poster".into(),
            pillars: vec!["protection".into()],
            audience: vec!["aliens".into()],
            language: Some("english".into()),
            published: Some("2024-13".into()),
            url: Some("javascript:alert(1)".into()),
            ..ResourceDraft::default()
        };
        vocab::assert_reported(
            &bad.validate().unwrap_err(),
            &[
                "title",
                "type",
                "pillars",
                "audience",
                "language",
                "published",
                "url",
            ],
        );
    }

    #[test]
    fn candidates_cover_parenthesised_lists() {
        let c = initiative_candidates("PPHS (CYCLOPES, 2PS, ARICA)");
        for s in ["pphs", "cyclopes", "2ps", "arica"] {
            assert!(c.contains(&s.to_owned()), "{s} in {c:?}");
        }
        assert!(
            initiative_candidates("ReDirection (Protect Children)")
                .contains(&"redirection".to_owned())
        );
    }
}
