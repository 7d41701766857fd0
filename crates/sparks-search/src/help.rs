//! Recognising a person looking for help, in any of the five interface languages, so that
//! search puts the way to help (`/help`) before any research result.

use crate::analyzer::words;

/// Words (folded to lower-case ASCII, as the analyzer folds them) that say someone is looking
/// for help, not researching the field. Whole words only: "self-help" in a research query is
/// "self" and "help" and does count, which errs on the side of showing the way to help.
const HELP_WORDS: &[&str] = &[
    // English
    "help",
    "helpline",
    "helplines",
    "hotline",
    "abused",
    "molested",
    "emergency",
    // German
    "hilfe",
    "hilfetelefon",
    "helfen",
    "hilf",
    "missbraucht",
    "notruf",
    "sorgentelefon",
    // French
    "aide",
    "aidez",
    "aider",
    "urgence",
    "secours",
    "ecoute",
    // Spanish
    "ayuda",
    "ayudame",
    "ayudar",
    "socorro",
    "urgencia",
    "abusaron",
    "abusado",
    "abusada",
    // Polish
    "pomoc",
    "pomocy",
    "pomocnik",
    "ratunku",
    "zaufania",
    "wykorzystana",
    "wykorzystany",
];

/// Whether a query reads as someone looking for help ("Hilfe bei sexuellem Missbrauch",
/// "aide abus sexuel enfant", "116 111"): then search shows the way to `/help` first.
pub fn seeks_help(query: &str) -> bool {
    let folded: Vec<String> = words(query).into_iter().map(|w| w.folded).collect();
    let child_line = folded.windows(2).any(|w| w[0] == "116" && w[1] == "111")
        || folded.iter().any(|w| w == "116111");
    child_line || folded.iter().any(|w| HELP_WORDS.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_seeking_in_every_language() {
        for q in [
            "Hilfe bei sexuellem Missbrauch",
            "aide abus sexuel enfant",
            "pomoc wykorzystywanie seksualne",
            "ayuda abuso sexual",
            "help sexual abuse",
            "116 111",
            "Hilfetelefon",
        ] {
            assert!(seeks_help(q), "{q}");
        }
        for q in [
            "grooming detection",
            "ARICA",
            "Barnahus evaluation 2020",
            "",
        ] {
            assert!(!seeks_help(q), "{q}");
        }
    }
}
