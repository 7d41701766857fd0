//! What sort of thing an initiative is.

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// The kind of an initiative, as the dataset's `type` field records it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum InitiativeKind {
    /// A funded project with a start and an end.
    Project,
    /// A series of related projects (e.g. PROMISE I–IV).
    ProjectSeries,
    /// A standing programme.
    Programme,
    /// A network of organisations.
    Network,
    /// An organisation.
    Organisation,
    /// A software tool or service.
    Tool,
    /// A clinical or social intervention.
    Intervention,
    /// A database.
    Database,
    /// An initiative outside EU funding.
    NonEuInitiative,
}

impl InitiativeKind {
    /// Every kind, in display order.
    pub const ALL: [InitiativeKind; 9] = [
        InitiativeKind::Project,
        InitiativeKind::ProjectSeries,
        InitiativeKind::Programme,
        InitiativeKind::Network,
        InitiativeKind::Organisation,
        InitiativeKind::Tool,
        InitiativeKind::Intervention,
        InitiativeKind::Database,
        InitiativeKind::NonEuInitiative,
    ];

    /// The slug used in URLs and storage.
    pub fn slug(self) -> &'static str {
        match self {
            InitiativeKind::Project => "project",
            InitiativeKind::ProjectSeries => "project-series",
            InitiativeKind::Programme => "programme",
            InitiativeKind::Network => "network",
            InitiativeKind::Organisation => "organisation",
            InitiativeKind::Tool => "tool",
            InitiativeKind::Intervention => "intervention",
            InitiativeKind::Database => "database",
            InitiativeKind::NonEuInitiative => "non-eu-initiative",
        }
    }

    /// The wording the dataset uses, written back on export.
    pub fn dataset_name(self) -> &'static str {
        match self {
            InitiativeKind::NonEuInitiative => "non-EU initiative",
            InitiativeKind::ProjectSeries => "project series",
            other => other.slug(),
        }
    }

    /// The English name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            InitiativeKind::Project => "Project",
            InitiativeKind::ProjectSeries => "Project series",
            InitiativeKind::Programme => "Programme",
            InitiativeKind::Network => "Network",
            InitiativeKind::Organisation => "Organisation",
            InitiativeKind::Tool => "Tool",
            InitiativeKind::Intervention => "Intervention",
            InitiativeKind::Database => "Database",
            InitiativeKind::NonEuInitiative => "Initiative outside EU funding",
        }
    }
}

impl fmt::Display for InitiativeKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for InitiativeKind {
    type Err = ParseError;

    /// Accepts the slug or the dataset's wording, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = crate::slug::slugify(s);
        InitiativeKind::ALL
            .into_iter()
            .find(|k| k.slug() == wanted)
            .ok_or_else(|| {
                let choices: Vec<&str> = InitiativeKind::ALL.iter().map(|k| k.slug()).collect();
                ParseError::new(format!(
                    "unknown kind {s:?}; expected one of {}",
                    choices.join(", ")
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dataset_wording_parses() {
        assert_eq!(
            "non-EU initiative".parse(),
            Ok(InitiativeKind::NonEuInitiative)
        );
        assert_eq!("project series".parse(), Ok(InitiativeKind::ProjectSeries));
        for k in InitiativeKind::ALL {
            assert_eq!(k.dataset_name().parse(), Ok(k));
            assert_eq!(k.slug().parse(), Ok(k));
        }
        assert!("spaceship".parse::<InitiativeKind>().is_err());
    }
}
