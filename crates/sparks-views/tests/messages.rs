//! Every message the interface uses exists, in every language: a missing translation would
//! fall back to English, and a missing English message would show its key.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use sparks_core::{InitiativeKind, Pillar, Programme, Status};
use sparks_views::Locale;

fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The message ids defined in a Fluent file (top-level `id = ...` lines).
fn ids(locale: &str) -> BTreeSet<String> {
    let path = crate_dir().join("locales").join(locale).join("main.ftl");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    text.lines()
        .filter_map(|line| {
            let (id, _) = line.split_once('=')?;
            let id = id.trim_end();
            let valid = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            valid.then(|| id.to_owned())
        })
        .collect()
}

/// Keys written literally in templates and Rust sources: `t("key")`, `tn("key", ..)`,
/// `t1("key", ..)`, `t_args("key", ..)`.
fn literal_keys(dir: &Path, extension: &str, keys: &mut BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            literal_keys(&path, extension, keys);
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some(extension) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Method calls only (`.t("`), so that `get("page")` is not taken for a key; the key
        // may follow on the next line.
        for call in [".t(", ".tn(", ".t1(", ".t_args("] {
            for (at, _) in text.match_indices(call) {
                let rest = text[at + call.len()..].trim_start();
                let Some(rest) = rest.strip_prefix('"') else {
                    continue;
                };
                let key: String = rest.chars().take_while(|c| *c != '"').collect();
                if !key.is_empty() && !key.contains('{') {
                    keys.insert(key);
                }
            }
        }
    }
}

#[test]
fn every_language_has_every_english_message() {
    let english = ids("en");
    assert!(english.len() > 100, "the English file looks truncated");
    for locale in Locale::ALL.iter().filter(|l| **l != Locale::En) {
        let theirs = ids(locale.code());
        let missing: Vec<&String> = english.difference(&theirs).collect();
        assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
    }
}

#[test]
fn every_key_used_in_code_and_templates_exists() {
    let mut used = BTreeSet::new();
    literal_keys(&crate_dir().join("templates"), "html", &mut used);
    literal_keys(&crate_dir().join("src"), "rs", &mut used);
    literal_keys(&crate_dir().join("../sparks-web/src"), "rs", &mut used);
    assert!(used.len() > 50, "the scan found too few keys: {used:?}");
    // Keys built from domain values.
    for p in Pillar::ALL {
        used.insert(format!("pillar-{}", p.slug()));
        used.insert(format!("pillar-{}-description", p.slug()));
    }
    for p in Programme::ALL {
        used.insert(format!("programme-{}", p.slug()));
    }
    for s in Status::ALL {
        used.insert(format!("status-{}", s.slug()));
    }
    for k in InitiativeKind::ALL {
        used.insert(format!("kind-{}", k.slug()));
    }
    for m in 1..=12 {
        used.insert(format!("month-{m}"));
        used.insert(format!("month-{m}-of"));
    }
    for facet in [
        "pillar",
        "status",
        "programme",
        "kind",
        "country",
        "year",
        "topic",
    ] {
        used.insert(format!("facet-{facet}"));
    }
    for sort in ["name", "newest", "recent"] {
        used.insert(format!("sort-{sort}"));
    }
    let english = ids("en");
    let missing: Vec<&String> = used.difference(&english).collect();
    assert!(
        missing.is_empty(),
        "used but not in en/main.ftl: {missing:?}"
    );
}

#[test]
fn markup_messages_take_no_arguments() {
    // `-html` messages are inserted unescaped; an argument could carry user text into them.
    for locale in Locale::ALL {
        let path = crate_dir()
            .join("locales")
            .join(locale.code())
            .join("main.ftl");
        let text = std::fs::read_to_string(path).unwrap();
        for line in text.lines().filter(|l| {
            l.split('=')
                .next()
                .is_some_and(|id| id.trim_end().ends_with("-html"))
        }) {
            assert!(
                !line.contains("{ $") && !line.contains("{$"),
                "{}: {line}",
                locale.code()
            );
        }
    }
}

#[test]
fn every_language_loads_and_is_really_translated() {
    for locale in Locale::ALL {
        let quick_exit = locale.t("quick-exit");
        assert!(
            !quick_exit.is_empty() && quick_exit != "quick-exit",
            "{}",
            locale.code()
        );
        if locale != Locale::En {
            assert_ne!(
                quick_exit,
                Locale::En.t("quick-exit"),
                "{} falls back to English",
                locale.code()
            );
            assert_ne!(
                locale.t("home-heading"),
                Locale::En.t("home-heading"),
                "{}",
                locale.code()
            );
        }
        // Plural selection works with every category the language uses.
        for n in [0_u64, 1, 2, 3, 5, 12, 22, 101] {
            let text = locale.t_args(
                "initiatives-count",
                &[
                    ("count", sparks_views::Arg::Count(n)),
                    ("n", sparks_views::Arg::Text(n.to_string())),
                ],
            );
            assert!(
                text.contains(&n.to_string()) && !text.contains("initiatives-count"),
                "{}: {text}",
                locale.code()
            );
        }
    }
}
