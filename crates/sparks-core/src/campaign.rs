//! Campaigns (issue #19): a slogan, key messages and hashtags with a communication kit —
//! suggested posts, an email, a press text — in each language the campaign has. Its graphics
//! are not stored: they are generated from these words (`sparks-graphics`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Pillar;

/// The campaigns bundled with the site (loaded once on first start, and added to an existing
/// site on its next start).
pub const BUNDLED_CAMPAIGNS: &str = include_str!("../../../data/campaigns.json");

/// The languages a campaign can have: those of the interface.
pub const LANGUAGES: [&str; 5] = ["en", "de", "fr", "es", "pl"];

/// A campaign as stored, edited and exported.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Campaign {
    /// Stable address (`/campaigns/{slug}`).
    pub slug: String,
    /// Pillar slugs it serves; the first one colours its graphics (none: the brand colour).
    #[serde(default)]
    pub pillars: Vec<String>,
    /// First day (`YYYY-MM-DD`), when the campaign is tied to a date.
    #[serde(default)]
    pub starts_on: Option<String>,
    /// Last day (`YYYY-MM-DD`).
    #[serde(default)]
    pub ends_on: Option<String>,
    /// Hashtags, each starting with `#`.
    #[serde(default)]
    pub hashtags: Vec<String>,
    /// The call to action: a path on this site (`/join`, `/help`, `/support`, a resource...).
    pub cta: String,
    /// Slugs of the initiatives behind it.
    #[serde(default)]
    pub initiatives: Vec<String>,
    /// Slugs of resources it points to.
    #[serde(default)]
    pub resources: Vec<String>,
    /// Slugs of events it belongs to.
    #[serde(default)]
    pub events: Vec<String>,
    /// Where the campaign (or the day it marks) is described by whoever runs it.
    #[serde(default)]
    pub source_url: Option<String>,
    /// Its words, by language code (at least one of [`LANGUAGES`]).
    pub texts: BTreeMap<String, CampaignText>,
}

/// A campaign's words in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CampaignText {
    /// Title.
    pub title: String,
    /// Slogan (large on the graphics).
    pub slogan: String,
    /// One or two sentences on what it is.
    pub summary: String,
    /// Key messages.
    #[serde(default)]
    pub messages: Vec<String>,
    /// The call to action's link text.
    pub cta_label: String,
    /// Short posts (X, Bluesky, Mastodon: up to 280 characters with the hashtags).
    #[serde(default)]
    pub short_posts: Vec<String>,
    /// Long posts (LinkedIn, Facebook, a blog).
    #[serde(default)]
    pub long_posts: Vec<String>,
    /// The email or newsletter's subject.
    pub email_subject: String,
    /// The email or newsletter's text (paragraphs separated by blank lines).
    pub email_body: String,
    /// A short press text.
    pub press: String,
}

/// Longest short post, hashtags included (X's limit; Bluesky allows 300).
pub const SHORT_POST_MAX: usize = 280;

/// What is wrong with a campaign, each as a field name and a message key with English words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Field (`slug`, `cta`, `texts.de.slogan`...).
    pub field: String,
    /// What is wrong, in English (for logs and the API); forms show their own messages.
    pub message: String,
}

impl Campaign {
    /// The pillar whose colour its graphics take.
    pub fn main_pillar(&self) -> Option<Pillar> {
        self.pillars.first().and_then(|p| p.parse().ok())
    }

    /// Hashtags joined by spaces.
    pub fn hashtag_line(&self) -> String {
        self.hashtags.join(" ")
    }

    /// The words in `lang`, or else in English, or else in the first language it has.
    pub fn text_for(&self, lang: &str) -> Option<(&str, &CampaignText)> {
        self.texts
            .get_key_value(lang)
            .or_else(|| self.texts.get_key_value("en"))
            .or_else(|| self.texts.iter().next())
            .map(|(k, v)| (k.as_str(), v))
    }

    /// Everything it says, with the field each text is in: the terminology check reads all of
    /// it, and search indexes it.
    pub fn all_texts(&self) -> Vec<(String, &str, &str)> {
        let mut out = Vec::new();
        for (lang, t) in &self.texts {
            let single = [
                ("title", t.title.as_str()),
                ("slogan", &t.slogan),
                ("summary", &t.summary),
                ("cta_label", &t.cta_label),
                ("email_subject", &t.email_subject),
                ("email_body", &t.email_body),
                ("press", &t.press),
            ];
            let lists = [
                ("messages", &t.messages),
                ("short_posts", &t.short_posts),
                ("long_posts", &t.long_posts),
            ];
            let many = lists
                .into_iter()
                .flat_map(|(name, items)| items.iter().map(move |i| (name, i.as_str())));
            for (name, text) in single.into_iter().chain(many) {
                out.push((format!("texts.{lang}.{name}"), lang.as_str(), text));
            }
        }
        out
    }

    /// Every rule it breaks; empty when it may be saved.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut bad = |field: &str, message: &str| {
            out.push(Problem {
                field: field.to_owned(),
                message: message.to_owned(),
            });
        };
        if self.slug.is_empty()
            || self.slug.len() > 80
            || !self
                .slug
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            bad("slug", "lowercase letters, digits and hyphens, up to 80");
        }
        for p in &self.pillars {
            if p.parse::<Pillar>().is_err() {
                bad("pillars", "unknown pillar");
            }
        }
        for (field, day) in [("starts_on", &self.starts_on), ("ends_on", &self.ends_on)] {
            if let Some(day) = day
                && parse_day(day).is_none()
            {
                bad(field, "a date as YYYY-MM-DD");
            }
        }
        if let (Some(a), Some(b)) = (&self.starts_on, &self.ends_on)
            && b < a
        {
            bad("ends_on", "ends before it starts");
        }
        for tag in &self.hashtags {
            if !tag.starts_with('#') || tag.len() < 2 || tag.chars().any(char::is_whitespace) {
                bad("hashtags", "each hashtag starts with # and has no spaces");
            }
        }
        if !self.cta.starts_with('/') || self.cta.starts_with("//") {
            bad("cta", "a path on this site, starting with /");
        }
        if let Some(url) = &self.source_url
            && !url.starts_with("https://")
        {
            bad("source_url", "an https:// address");
        }
        if self.texts.is_empty() {
            bad("texts", "at least one language");
        }
        let tags = self.hashtag_line();
        for (lang, t) in &self.texts {
            if !LANGUAGES.contains(&lang.as_str()) {
                bad("texts", "a language of the site");
            }
            for (name, value) in [
                ("title", &t.title),
                ("slogan", &t.slogan),
                ("summary", &t.summary),
            ] {
                if value.trim().is_empty() {
                    bad(&format!("texts.{lang}.{name}"), "required");
                }
            }
            for post in &t.short_posts {
                if post.chars().count() + 2 + tags.chars().count() > SHORT_POST_MAX {
                    bad(
                        &format!("texts.{lang}.short_posts"),
                        "too long with the hashtags",
                    );
                }
            }
        }
        out
    }
}

/// A `YYYY-MM-DD` day.
pub fn parse_day(day: &str) -> Option<time::Date> {
    time::Date::parse(
        day,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
}

/// Parses a campaigns file (an array of [`Campaign`]).
pub fn parse(json: &str) -> Result<Vec<Campaign>, serde_json::Error> {
    serde_json::from_str(json)
}

/// The bundled campaigns (an unparsable bundle, which the tests rule out, gives none).
pub fn bundled() -> Vec<Campaign> {
    parse(BUNDLED_CAMPAIGNS).unwrap_or_default()
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn bundled_campaigns_are_valid_and_in_every_language() {
        let campaigns = parse(BUNDLED_CAMPAIGNS).unwrap();
        assert_eq!(campaigns.len(), 3);
        let terms = crate::terminology::bundled();
        for c in &campaigns {
            assert_eq!(c.problems(), vec![], "{}", c.slug);
            assert!(c.source_url.is_some(), "{}", c.slug);
            for lang in LANGUAGES {
                let t = &c.texts[lang];
                assert!(
                    !t.messages.is_empty() && !t.short_posts.is_empty(),
                    "{} {lang}",
                    c.slug
                );
            }
            for (field, lang, text) in c.all_texts() {
                let lang_terms: Vec<_> = terms.iter().filter(|t| t.lang == lang).cloned().collect();
                let found = crate::terminology::find(text, &lang_terms);
                assert!(
                    found.is_empty(),
                    "{} {field}: {:?}",
                    c.slug,
                    found.first().map(|f| &f.written)
                );
            }
        }
    }

    #[test]
    fn problems_name_the_field() {
        let mut c = parse(BUNDLED_CAMPAIGNS).unwrap().remove(0);
        c.slug = "Bad Slug".into();
        c.cta = "https://elsewhere.example".into();
        c.hashtags = vec!["no hash".into()];
        c.starts_on = Some("18 November".into());
        let fields: Vec<_> = c.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["slug", "starts_on", "hashtags", "cta"]);
    }
}
