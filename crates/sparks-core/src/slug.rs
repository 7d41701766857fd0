//! URL slugs: the acronym, lower case, folded to ASCII, runs of anything else as one `-`.

/// Turns free text into a slug (`Stop it Now! NL` → `stop-it-now-nl`, `Hiša za otroke` →
/// `hisa-za-otroke`).
pub fn slugify(text: &str) -> String {
    ::slug::slugify(text)
}

/// A slug not yet in use: `base`, else `base-2`, `base-3`, ... as `taken` says.
pub fn unique_slug(base: &str, taken: impl Fn(&str) -> bool) -> String {
    if !taken(base) {
        return base.to_owned();
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|candidate| !taken(candidate))
        .unwrap_or_else(|| base.to_owned())
}

/// Whether `s` is a well-formed slug (what `slugify` would produce from itself).
pub fn is_valid_slug(s: &str) -> bool {
    !s.is_empty() && s.len() <= 200 && slugify(s) == s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spec_examples() {
        assert_eq!(slugify("ARICA"), "arica");
        assert_eq!(slugify("2PS"), "2ps");
        assert_eq!(slugify("Stop it Now! NL"), "stop-it-now-nl");
        assert_eq!(slugify("Hiša za otroke"), "hisa-za-otroke");
        assert_eq!(slugify("#SayNo!"), "sayno");
        assert_eq!(slugify("Kein Täter werden"), "kein-tater-werden");
    }

    #[test]
    fn unique_slug_appends_a_number() {
        let taken = ["arica", "arica-2"];
        assert_eq!(unique_slug("arica", |s| taken.contains(&s)), "arica-3");
        assert_eq!(unique_slug("new", |s| taken.contains(&s)), "new");
    }

    #[test]
    fn validity() {
        assert!(is_valid_slug("stop-it-now-nl"));
        assert!(!is_valid_slug("Stop"));
        assert!(!is_valid_slug("a--b"));
        assert!(!is_valid_slug(""));
    }
}
