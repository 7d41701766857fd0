//! Funding programmes, normalised from the free text sources use ("Internal Security Fund –
//! Police (call ISFP-2017-AG-CYBER)" is ISF-Police). The original wording is always kept beside
//! the normalised value; this module only decides which bucket it falls into.

use std::fmt;
use std::str::FromStr;

use crate::ParseError;

/// A normalised funding programme, the facet people filter the directory by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Programme {
    /// Internal Security Fund – Police (DG HOME).
    IsfPolice,
    /// ISEC, Prevention of and Fight against Crime (2007–2013), the predecessor of ISF-Police.
    Isec,
    /// Horizon 2020 (2014–2020).
    Horizon2020,
    /// Horizon Europe (2021–2027).
    HorizonEurope,
    /// Digital Europe Programme (Safer Internet Centres since 2021).
    DigitalEurope,
    /// Safer Internet (Plus) Programme and Connecting Europe Facility, before Digital Europe.
    SaferInternet,
    /// CERV and its predecessors Daphne and Rights, Equality and Citizenship.
    Cerv,
    /// EU4Health.
    Eu4Health,
    /// Erasmus+.
    ErasmusPlus,
    /// Other or unnamed EU funding (Commission grants, Europol/EMPACT, TSI, ...).
    OtherEu,
    /// Council of Europe projects.
    CouncilOfEurope,
    /// International bodies and partnerships (INTERPOL, End Violence / Safe Online, ...).
    International,
    /// National or regional public money (ministries, research councils, EEA/Norway Grants).
    National,
    /// Foundations, companies and donors.
    Private,
    /// No funding source recorded.
    Unknown,
}

/// Ordered rules: the first needle found (in lower case) decides. Specific programmes come
/// before the general "EU" and "foundation" catch-alls, because texts often name several.
const RULES: &[(&str, Programme)] = &[
    ("horizon europe", Programme::HorizonEurope),
    ("horizon 2020", Programme::Horizon2020),
    ("h2020", Programme::Horizon2020),
    ("marie sk", Programme::Horizon2020),
    ("internal security fund", Programme::IsfPolice),
    ("isf-police", Programme::IsfPolice),
    ("(isf", Programme::IsfPolice),
    ("isec", Programme::Isec),
    ("prevention and fight against crime", Programme::Isec),
    ("prevention of and fight against crime", Programme::Isec),
    ("digital europe", Programme::DigitalEurope),
    ("safer internet", Programme::SaferInternet),
    ("connecting europe facility", Programme::SaferInternet),
    ("cerv", Programme::Cerv),
    ("citizens, equality, rights and values", Programme::Cerv),
    ("daphne", Programme::Cerv),
    ("rights, equality and citizenship", Programme::Cerv),
    ("eu4health", Programme::Eu4Health),
    ("erasmus", Programme::ErasmusPlus),
    ("technical support instrument", Programme::OtherEu),
    ("council of europe", Programme::CouncilOfEurope),
    ("european commission", Programme::OtherEu),
    ("europol", Programme::OtherEu),
    ("empact", Programme::OtherEu),
    ("dg home", Programme::OtherEu),
    ("eu-funded", Programme::OtherEu),
    ("eu funding", Programme::OtherEu),
    ("eu co-f", Programme::OtherEu),
    ("eu-backed", Programme::OtherEu),
    ("eu action", Programme::OtherEu),
    ("eu-funded", Programme::OtherEu),
    ("co-financed by the european union", Programme::OtherEu),
    ("justice programme", Programme::OtherEu),
    ("eu-funded priority", Programme::OtherEu),
    ("evaluated within eu", Programme::OtherEu),
    ("(eu)", Programme::OtherEu),
    ("interpol", Programme::International),
    ("end violence", Programme::International),
    ("global fund to end violence", Programme::International),
    ("eea grants", Programme::National),
    ("norway grants", Programme::National),
    ("home office", Programme::National),
    ("ministry", Programme::National),
    ("government", Programme::National),
    ("department of", Programme::National),
    ("research council", Programme::National),
    ("health insurers", Programme::National),
    ("innovate uk", Programme::National),
    ("centers for disease control", Programme::National),
    ("développement", Programme::National),
    ("civil society", Programme::National),
    ("safety tech challenge", Programme::National),
    ("foundation", Programme::Private),
    ("tech coalition", Programme::Private),
    ("microsoft", Programme::Private),
    ("meta", Programme::Private),
    ("nominet", Programme::Private),
    ("bt ", Programme::Private),
    ("industry", Programme::Private),
    ("donor", Programme::Private),
    ("membership", Programme::Private),
];

impl Programme {
    /// Every programme, in display order.
    pub const ALL: [Programme; 15] = [
        Programme::IsfPolice,
        Programme::Isec,
        Programme::Horizon2020,
        Programme::HorizonEurope,
        Programme::DigitalEurope,
        Programme::SaferInternet,
        Programme::Cerv,
        Programme::Eu4Health,
        Programme::ErasmusPlus,
        Programme::OtherEu,
        Programme::CouncilOfEurope,
        Programme::International,
        Programme::National,
        Programme::Private,
        Programme::Unknown,
    ];

    /// Files a free-text funding description under a programme; `None` or blank is `Unknown`,
    /// and text that names nothing we recognise is `Unknown` too rather than a guess.
    pub fn classify(original: Option<&str>) -> Programme {
        let Some(text) = original.map(str::trim).filter(|t| !t.is_empty()) else {
            return Programme::Unknown;
        };
        let lower = format!("{} ", text.to_lowercase());
        RULES
            .iter()
            .find(|(needle, _)| lower.contains(needle))
            .map_or(Programme::Unknown, |(_, programme)| *programme)
    }

    /// The stable slug used in URLs and storage.
    pub fn slug(self) -> &'static str {
        match self {
            Programme::IsfPolice => "isf-police",
            Programme::Isec => "isec",
            Programme::Horizon2020 => "horizon-2020",
            Programme::HorizonEurope => "horizon-europe",
            Programme::DigitalEurope => "digital-europe",
            Programme::SaferInternet => "safer-internet",
            Programme::Cerv => "cerv",
            Programme::Eu4Health => "eu4health",
            Programme::ErasmusPlus => "erasmus-plus",
            Programme::OtherEu => "other-eu",
            Programme::CouncilOfEurope => "council-of-europe",
            Programme::International => "international",
            Programme::National => "national",
            Programme::Private => "private",
            Programme::Unknown => "unknown",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Programme::IsfPolice => "ISF-Police",
            Programme::Isec => "ISEC",
            Programme::Horizon2020 => "Horizon 2020",
            Programme::HorizonEurope => "Horizon Europe",
            Programme::DigitalEurope => "DIGITAL (Digital Europe)",
            Programme::SaferInternet => "Safer Internet Programme",
            Programme::Cerv => "CERV / Daphne",
            Programme::Eu4Health => "EU4Health",
            Programme::ErasmusPlus => "Erasmus+",
            Programme::OtherEu => "Other EU funding",
            Programme::CouncilOfEurope => "Council of Europe",
            Programme::International => "International partnership",
            Programme::National => "National public funding",
            Programme::Private => "Private / foundation",
            Programme::Unknown => "Not recorded",
        }
    }

    /// Whether the money comes from the EU budget.
    pub fn is_eu(self) -> bool {
        matches!(
            self,
            Programme::IsfPolice
                | Programme::Isec
                | Programme::Horizon2020
                | Programme::HorizonEurope
                | Programme::DigitalEurope
                | Programme::SaferInternet
                | Programme::Cerv
                | Programme::Eu4Health
                | Programme::ErasmusPlus
                | Programme::OtherEu
        )
    }
}

impl fmt::Display for Programme {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

impl FromStr for Programme {
    type Err = ParseError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_lowercase();
        Programme::ALL
            .into_iter()
            .find(|p| p.slug() == wanted)
            .ok_or_else(|| {
                let choices: Vec<&str> = Programme::ALL.iter().map(|p| p.slug()).collect();
                ParseError::new(format!(
                    "unknown programme {s:?}; expected one of {}",
                    choices.join(", ")
                ))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classify(s: &str) -> Programme {
        Programme::classify(Some(s))
    }

    #[test]
    fn real_wordings_from_the_dataset() {
        assert_eq!(
            classify("Internal Security Fund – Police (call ISFP-2017-AG-CYBER)"),
            Programme::IsfPolice
        );
        assert_eq!(
            classify("Internal Security Fund (ISF-2021)"),
            Programme::IsfPolice
        );
        assert_eq!(
            classify("Horizon Europe (Research and Innovation Action)"),
            Programme::HorizonEurope
        );
        assert_eq!(
            classify("Horizon 2020 (ICT-11-2017)"),
            Programme::Horizon2020
        );
        assert_eq!(
            classify("CERV – Citizens, Equality, Rights and Values (CERV-2021-DAPHNE)"),
            Programme::Cerv
        );
        assert_eq!(classify("Daphne III programme"), Programme::Cerv);
        assert_eq!(
            classify("Digital Europe Programme (HaDEA-managed Safer Internet Centre)"),
            Programme::DigitalEurope
        );
        assert_eq!(
            classify(
                "Connecting Europe Facility, then Digital Europe Programme (European Commission)"
            ),
            Programme::DigitalEurope
        );
        assert_eq!(
            classify("Safer Internet Plus programme (European Commission)"),
            Programme::SaferInternet
        );
        assert_eq!(
            classify("ISEC – Prevention of and Fight against Crime (European Commission)"),
            Programme::Isec
        );
        assert_eq!(
            classify("Erasmus+ KA2 (KA204, adult education)"),
            Programme::ErasmusPlus
        );
        assert_eq!(classify("Council of Europe"), Programme::CouncilOfEurope);
        assert_eq!(
            classify("EU Technical Support Instrument (TSI), EU–Council of Europe joint project"),
            Programme::OtherEu
        );
        assert_eq!(classify("Europol (EU agency)"), Programme::OtherEu);
        assert_eq!(classify("INTERPOL"), Programme::International);
        assert_eq!(
            classify("Oak Foundation (USD 10.3 million)"),
            Programme::Private
        );
        assert_eq!(classify("Initial funding from Meta"), Programme::Private);
        assert_eq!(classify("Welsh Assembly Government"), Programme::National);
        assert_eq!(classify("EEA Grants"), Programme::National);
        assert_eq!(Programme::classify(None), Programme::Unknown);
        assert_eq!(Programme::classify(Some("  ")), Programme::Unknown);
    }

    #[test]
    fn slugs_round_trip() {
        for p in Programme::ALL {
            assert_eq!(p.slug().parse(), Ok(p));
        }
        assert!("nope".parse::<Programme>().is_err());
    }
}
