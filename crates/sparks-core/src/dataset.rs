//! The initiatives dataset format: an array of objects with the fields of
//! `data/initiatives.json`. Export writes the same format (with `slug` added and countries as
//! codes), so an export re-imports to the same state. Only the record and its conversions
//! live here (pure data, shared by the importers and the web layer); reading a whole file and
//! reporting its bad records is `sparks_ingest::parse_initiatives`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::{Initiative, InitiativeDraft};

/// One record of the dataset, as it is written in the file.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(default)]
pub struct DatasetRecord {
    /// Slug to keep; absent in the bundled dataset, where it comes from the acronym.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub slug: Option<String>,
    /// Short name.
    pub acronym: String,
    /// Full name.
    pub full_name: String,
    /// Kind (`project`, `network`, `non-EU initiative`, ...).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// Funding as found.
    pub funding_programme: Option<String>,
    /// Grant agreement number.
    pub grant_id: Option<String>,
    /// `YYYY[-MM[-DD]]`.
    pub start_date: Option<String>,
    /// `YYYY[-MM[-DD]]`.
    pub end_date: Option<String>,
    /// Coordinating organisation.
    pub coordinator: Option<String>,
    /// Country name or code.
    pub coordinator_country: Option<String>,
    /// Pillar slugs.
    pub pillars: Vec<String>,
    /// Topics.
    pub keywords: Vec<String>,
    /// Website.
    pub website: Option<String>,
    /// CORDIS page.
    pub cordis_url: Option<String>,
    /// Description.
    pub description: String,
    /// Shown on the former site.
    pub featured_on_sparks: bool,
    /// Pages on the former site.
    pub sparks_urls: Vec<String>,
    /// Sources per field: one URL or a list.
    pub field_sources: BTreeMap<String, OneOrMany>,
    /// Notes.
    pub notes: Option<String>,
    /// All sources.
    pub sources: Vec<String>,
    /// Whole euros.
    pub eu_contribution_eur: Option<i64>,
    /// Country names or codes.
    pub partner_countries: Vec<String>,
    /// Partner organisations' names (absent from the bundled dataset, which names partners
    /// only by country; written only when there are some).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// A status stated by a source (`ongoing`, `completed`), with `status_source`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Where `status` is stated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_source: Option<String>,
    /// When an editor last checked the record (`YYYY-MM-DD`); an import stamps the record
    /// as checked that day. Anything but text is no date, never a bad record. Not part of
    /// the initiative itself, so export does not write it.
    #[serde(skip_serializing, deserialize_with = "text_or_nothing")]
    pub checked_at: Option<String>,
}

/// A field's text, or `None` when it holds anything else.
fn text_or_nothing<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum TextOrOther {
        Text(String),
        Other(serde::de::IgnoredAny),
    }
    Ok(match TextOrOther::deserialize(d)? {
        TextOrOther::Text(text) => Some(text),
        TextOrOther::Other(_) => None,
    })
}

/// A field source is written as one URL or a list of them.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[serde(untagged)]
pub enum OneOrMany {
    /// A single URL.
    One(String),
    /// Several URLs.
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

impl DatasetRecord {
    /// The unchecked draft this record describes.
    pub fn into_draft(self) -> InitiativeDraft {
        InitiativeDraft {
            slug: self.slug,
            acronym: self.acronym,
            title: self.full_name,
            summary: self.description,
            kind: self.kind,
            funding_programme: self.funding_programme,
            grant_id: self.grant_id,
            start_date: self.start_date,
            end_date: self.end_date,
            coordinator: self.coordinator,
            coordinator_country: self.coordinator_country,
            partners: self.partners,
            partner_countries: self.partner_countries,
            pillars: self.pillars,
            topics: self.keywords,
            website: self.website,
            cordis_url: self.cordis_url,
            eu_contribution_eur: self.eu_contribution_eur,
            sources: self.sources,
            field_sources: self
                .field_sources
                .into_iter()
                .map(|(k, v)| (k, v.into_vec()))
                .collect(),
            notes: self.notes,
            featured: self.featured_on_sparks,
            sparks_urls: self.sparks_urls,
            status: self.status,
            status_source: self.status_source,
        }
    }

    /// The record that re-imports to `initiative`.
    pub fn from_initiative(i: &Initiative) -> DatasetRecord {
        let urls = |v: &[url::Url]| v.iter().map(|u| u.to_string()).collect();
        DatasetRecord {
            slug: Some(i.slug.clone()),
            acronym: i.acronym.clone(),
            full_name: i.title.clone(),
            kind: Some(i.kind.dataset_name().to_owned()),
            funding_programme: i.programme_original.clone(),
            grant_id: i.grant_id.clone(),
            start_date: i.start_date.map(|d| d.to_string()),
            end_date: i.end_date.map(|d| d.to_string()),
            coordinator: i.coordinator.clone(),
            coordinator_country: i.coordinator_country.map(|c| c.code().to_owned()),
            pillars: i.pillars.iter().map(|p| p.slug().to_owned()).collect(),
            keywords: i.topics.clone(),
            website: i.website.as_ref().map(|u| u.to_string()),
            cordis_url: i.cordis_url.as_ref().map(|u| u.to_string()),
            description: i.summary.clone(),
            featured_on_sparks: i.featured,
            sparks_urls: urls(&i.sparks_urls),
            field_sources: i
                .field_sources
                .iter()
                .map(|(k, v)| (k.clone(), OneOrMany::Many(v.clone())))
                .collect(),
            notes: i.notes.clone(),
            sources: urls(&i.sources),
            eu_contribution_eur: i.eu_contribution_eur,
            partner_countries: i
                .partner_countries
                .iter()
                .map(|c| c.code().to_owned())
                .collect(),
            partners: i.partners.clone(),
            status: i.status_claim.as_ref().map(|c| c.status.slug().to_owned()),
            status_source: i.status_claim.as_ref().map(|c| c.source.to_string()),
            checked_at: None,
        }
    }
}
