//! The third-party attack corpora in `../shared/corpora` (beside the checkout), sampled
//! deterministically for CI and read whole when `SPARKS_LONG_TESTS=1`.

use std::path::PathBuf;

/// The corpora folder, or `None` (the caller then says plainly that it skipped).
/// `SPARKS_CORPORA` overrides the place.
pub fn dir() -> Option<PathBuf> {
    let dir = std::env::var_os("SPARKS_CORPORA").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora"),
        PathBuf::from,
    );
    dir.join("MANIFEST.md").is_file().then_some(dir)
}

/// The corpora folder, printing that `test` skipped when it is absent.
pub fn dir_or_skip(test: &str) -> Option<PathBuf> {
    let found = dir();
    if found.is_none() {
        eprintln!("SKIPPED {test}: the corpora (../shared/corpora) are not there");
    }
    found
}

/// Whether the long variants run (`SPARKS_LONG_TESTS=1`): every payload, not a sample.
pub fn long() -> bool {
    std::env::var("SPARKS_LONG_TESTS").is_ok_and(|v| v == "1")
}

/// At most `n` items spread evenly over the list (always the same ones), or all of them in a
/// long run. Spreading, rather than taking the first `n`, keeps every file of a concatenated
/// list represented.
pub fn sample<T: Clone>(items: &[T], n: usize) -> Vec<T> {
    if long() || items.len() <= n {
        return items.to_vec();
    }
    (0..n).map(|i| items[i * items.len() / n].clone()).collect()
}

/// The non-empty lines of text files under `corpora/sub`, in file-name order, without
/// duplicates.
pub fn lines(corpora: &std::path::Path, files: &[&str]) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for file in files {
        let bytes = std::fs::read(corpora.join(file))
            .unwrap_or_else(|e| panic!("cannot read corpus file {file}: {e}"));
        for line in String::from_utf8_lossy(&bytes).lines() {
            let line = line.trim_end_matches('\r');
            if !line.trim().is_empty() && seen.insert(line.to_owned()) {
                out.push(line.to_owned());
            }
        }
    }
    out
}

/// Every XSS payload line and every naughty string, deduplicated.
pub fn xss_payloads(corpora: &std::path::Path) -> Vec<String> {
    let mut files: Vec<String> = std::fs::read_dir(corpora.join("xss/payloadsallthethings"))
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().to_string_lossy().into_owned();
            name.ends_with(".txt")
                .then(|| format!("xss/payloadsallthethings/{name}"))
        })
        .collect();
    files.sort();
    files.push("xss/html5sec/rss.txt".to_owned());
    let names: Vec<&str> = files.iter().map(String::as_str).collect();
    let mut all = lines(corpora, &names);
    let blns: Vec<String> =
        serde_json::from_slice(&std::fs::read(corpora.join("xss/blns/blns.json")).unwrap())
            .unwrap();
    let mut seen: std::collections::HashSet<String> = all.iter().cloned().collect();
    all.extend(
        blns.into_iter()
            .filter(|s| !s.is_empty() && seen.insert(s.clone())),
    );
    all
}

/// Percent-encodes a value for a query string.
pub fn q(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// Percent-encodes a value as one path segment (every byte outside unreserved characters).
pub fn seg(value: &str) -> String {
    value
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}
