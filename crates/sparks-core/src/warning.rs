//! Content warnings (issue #16, point 8): a short reason, from a fixed list, why a resource,
//! news post, event or thread may be hard to read. Pages fold the content behind the
//! warning; feeds and the API carry it as `content_warning` (the slug).

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// Why a text may be hard to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ContentWarning {
    /// It describes sexual abuse.
    AbuseDescribed,
    /// Survivors tell what happened to them.
    SurvivorTestimony,
    /// It describes abusive imagery.
    ImageryDescribed,
    /// It mentions self-harm or suicide.
    SelfHarm,
}

impl ContentWarning {
    /// Every warning, in the order forms offer them.
    pub const ALL: [ContentWarning; 4] = [
        ContentWarning::AbuseDescribed,
        ContentWarning::SurvivorTestimony,
        ContentWarning::ImageryDescribed,
        ContentWarning::SelfHarm,
    ];

    /// The stable slug (forms, JSON, feeds, message keys `content-warning-{slug}`).
    pub fn slug(self) -> &'static str {
        match self {
            ContentWarning::AbuseDescribed => "abuse-described",
            ContentWarning::SurvivorTestimony => "survivor-testimony",
            ContentWarning::ImageryDescribed => "imagery-described",
            ContentWarning::SelfHarm => "self-harm",
        }
    }
}

impl fmt::Display for ContentWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for ContentWarning {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        ContentWarning::ALL
            .into_iter()
            .find(|w| w.slug() == s.trim())
            .ok_or_else(|| {
                ParseError::new(format!(
                    "unknown content warning {s:?}; expected one of abuse-described, survivor-testimony, imagery-described, self-harm"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_unknown_ones_are_refused() {
        for w in ContentWarning::ALL {
            assert_eq!(w.slug().parse::<ContentWarning>(), Ok(w));
        }
        assert!("gore".parse::<ContentWarning>().is_err());
    }
}
