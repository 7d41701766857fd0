//! News posts: announcements and campaign news written by editors in Markdown.

use serde::{Deserialize, Serialize};
use time::Date;
use url::Url;

use crate::initiative::parse_url;
use crate::vocab;
use crate::{FieldError, PartialDate};

/// A validated news post.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsPost {
    /// URL slug.
    pub slug: String,
    /// Headline.
    pub title: String,
    /// One or two sentences for lists and feeds.
    pub summary: String,
    /// The body as written (Markdown).
    pub body: String,
    /// The body rendered and sanitised (safe to insert in a page).
    pub body_html: String,
    /// Publication day.
    pub published: Date,
    /// Slug of the initiative it belongs to.
    pub initiative: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<Url>,
    /// Language code.
    pub language: String,
    /// Why it may be hard to read, shown before it.
    pub content_warning: Option<crate::ContentWarning>,
}

/// A news post as written in an import file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct NewsDraft {
    /// Slug to keep; when absent it comes from the title.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Headline; required.
    pub title: String,
    /// Short summary.
    pub summary: String,
    /// Markdown body; required.
    pub body: String,
    /// `YYYY-MM-DD`; required.
    pub published: String,
    /// Initiative slug.
    pub initiative: Option<String>,
    /// Where the facts come from.
    pub source_url: Option<String>,
    /// Language code (default `en`).
    pub language: Option<String>,
    /// A content warning's slug (`abuse-described`, `survivor-testimony`, ...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub content_warning: Option<String>,
}

impl NewsDraft {
    /// Checks every rule and renders the body; returns the post or every problem found.
    pub fn validate(self) -> Result<NewsPost, Vec<FieldError>> {
        let html = crate::markdown::to_safe_html(&self.body);
        self.validate_with_html(html)
    }

    /// Like [`NewsDraft::validate`], with the body's HTML already rendered and sanitised
    /// when it was written (reading from the store need not render again).
    pub fn validate_with_html(self, body_html: String) -> Result<NewsPost, Vec<FieldError>> {
        let mut errors = Vec::new();
        let title = vocab::required_line("title", &self.title, &mut errors);
        let slug = vocab::slug_for(self.slug.as_deref(), &title, &mut errors);
        let body = vocab::text("body", &self.body, &mut errors);
        if body.is_empty() {
            errors.push(FieldError::new("body", "is missing"));
        }
        let published = match self.published.trim().parse::<PartialDate>() {
            Ok(d) if d.to_string().len() == 10 => Some(d.first_day()),
            Ok(_) => {
                errors.push(FieldError::new(
                    "published",
                    "needs a full date, YYYY-MM-DD",
                ));
                None
            }
            Err(e) if self.published.trim().is_empty() => {
                drop(e);
                errors.push(FieldError::new("published", "is missing"));
                None
            }
            Err(e) => {
                errors.push(FieldError::new("published", e.message));
                None
            }
        };
        let initiative = vocab::optional(
            "initiative",
            self.initiative.as_deref(),
            &mut errors,
            vocab::given_slug,
        );
        let post = NewsPost {
            summary: vocab::text("summary", &self.summary, &mut errors),
            source_url: parse_url("source_url", self.source_url.as_deref(), &mut errors),
            language: vocab::parse_language("language", self.language.as_deref(), &mut errors)
                .unwrap_or_else(|| "en".to_owned()),
            content_warning: vocab::optional(
                "content_warning",
                self.content_warning.as_deref(),
                &mut errors,
                str::parse::<crate::ContentWarning>,
            ),
            initiative,
            body,
            body_html,
            title,
            slug,
            published: published.unwrap_or(Date::MIN),
        };
        vocab::checked(post, errors)
    }
}

impl NewsPost {
    /// The draft that validates back to this post.
    pub fn to_draft(&self) -> NewsDraft {
        NewsDraft {
            slug: Some(self.slug.clone()),
            title: self.title.clone(),
            summary: self.summary.clone(),
            body: self.body.clone(),
            published: crate::date::iso_day(self.published),
            initiative: self.initiative.clone(),
            source_url: self.source_url.as_ref().map(ToString::to_string),
            language: Some(self.language.clone()),
            content_warning: self.content_warning.map(|w| w.slug().to_owned()),
        }
    }

    /// Lower-case text the free-text filter matches.
    pub fn search_text(&self) -> String {
        [self.title.as_str(), &self.summary, &self.body]
            .join(" ")
            .to_lowercase()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_post_validates_renders_and_round_trips() {
        let p = NewsDraft {
            title: "Launch".into(),
            body: "Sparks **launched**.<script>x</script>".into(),
            published: "2024-03-20".into(),
            initiative: Some("arica".into()),
            ..NewsDraft::default()
        }
        .validate()
        .unwrap();
        assert_eq!(p.slug, "launch");
        assert!(p.body_html.contains("<strong>launched</strong>"));
        assert!(!p.body_html.contains("<script"));
        assert_eq!(p.to_draft().validate().unwrap(), p);
    }

    #[test]
    fn problems_are_reported() {
        let errs = NewsDraft {
            published: "2024-03".into(),
            initiative: Some("Not a slug".into()),
            ..NewsDraft::default()
        }
        .validate()
        .unwrap_err();
        vocab::assert_reported(&errs, &["title", "body", "published", "initiative"]);
    }
}
