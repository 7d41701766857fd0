//! The three pillars of the EU strategy for a more effective fight against child sexual abuse.

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// One of the three pillars every initiative, resource and recommendation is filed under.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Pillar {
    /// Stopping abuse before it happens.
    Prevention,
    /// Finding abuse and the people who commit it.
    DetectionInvestigation,
    /// Helping victims and survivors.
    VictimSupport,
}

impl Pillar {
    /// Every pillar, in the order the strategy lists them.
    pub const ALL: [Pillar; 3] = [
        Pillar::Prevention,
        Pillar::DetectionInvestigation,
        Pillar::VictimSupport,
    ];

    /// The stable slug used in URLs, the API and the dataset.
    pub fn slug(self) -> &'static str {
        match self {
            Pillar::Prevention => "prevention",
            Pillar::DetectionInvestigation => "detection-investigation",
            Pillar::VictimSupport => "victim-support",
        }
    }

    /// The English name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Pillar::Prevention => "Prevention",
            Pillar::DetectionInvestigation => "Detection & investigation",
            Pillar::VictimSupport => "Support to victims and survivors",
        }
    }

    /// One sentence on what the pillar covers.
    pub fn description(self) -> &'static str {
        match self {
            Pillar::Prevention => {
                "Stopping abuse before it happens: awareness and education, help for people \
                 worried about their own sexual thoughts, safer online services."
            }
            Pillar::DetectionInvestigation => {
                "Finding abuse and the people who commit it: reporting hotlines, tools for \
                 police and industry, identifying victims in child sexual abuse material."
            }
            Pillar::VictimSupport => {
                "Helping children and adult survivors: child-friendly justice, Barnahus, \
                 therapy, removal of abuse material, survivors' voices."
            }
        }
    }
}

impl fmt::Display for Pillar {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for Pillar {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Pillar::ALL
            .into_iter()
            .find(|p| p.slug() == s.trim())
            .ok_or_else(|| {
                ParseError::new(format!(
                    "unknown pillar {s:?}; expected one of prevention, detection-investigation, victim-support"
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for p in Pillar::ALL {
            assert_eq!(p.slug().parse::<Pillar>(), Ok(p));
        }
    }

    #[test]
    fn unknown_pillar_is_an_error_naming_the_choices() {
        let err = "protection".parse::<Pillar>().unwrap_err();
        assert!(err.message.contains("victim-support"), "{err}");
    }
}
