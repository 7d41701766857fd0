//! HTML fragments under snapshot tests: the element that matters on a page (the directory's
//! facets, a profile's facts, the moderation queue, a form in its error state…), printed one
//! block per line by `markup` and kept in `snapshots/http__snapshots__*.snap`, to be reviewed
//! as markup. Each is snapshotted on SQLite; every other backend must render the very same
//! fragment, so the backends cannot drift apart unseen.
//!
//! `pages` holds what anyone sees, `members` the forms and what members and staff see; `site`
//! is the site with a logged-in browser to drive them.

mod markup;
mod members;
mod pages;
mod site;

use site::Site;

/// Renders `what` on every backend: the SQLite rendering is the snapshot `name`, and every
/// other backend must render the same.
async fn snapshot(name: &str, what: &str, render: impl AsyncFn(&Site) -> String) {
    snapshot_where(name, what, render, |a, b| a == b).await;
}

/// As `snapshot`, with `same` saying when another backend's rendering matches SQLite's.
async fn snapshot_where(
    name: &str,
    what: &str,
    render: impl AsyncFn(&Site) -> String,
    same: fn(&str, &str) -> bool,
) {
    let mut first: Option<String> = None;
    for site in site::sites().await {
        let got = render(&site).await;
        match &first {
            None => {
                assert_eq!(site.backend, "sqlite", "snapshots are taken on SQLite");
                insta::with_settings!({ description => what, omit_expression => true }, {
                    insta::assert_snapshot!(name, got);
                });
                first = Some(got);
            }
            Some(sqlite) => assert!(
                same(sqlite, &got),
                "{name}: {} renders it differently from SQLite:\n{}",
                site.backend,
                line_diff(sqlite, &got)
            ),
        }
    }
}

/// The lines where two renderings part, as `-` (SQLite) and `+` (the other backend).
fn line_diff(sqlite: &str, other: &str) -> String {
    let (a, b): (Vec<_>, Vec<_>) = (sqlite.lines().collect(), other.lines().collect());
    let mut out = String::new();
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i), b.get(i));
        if x != y {
            out.push_str(&format!(
                "{i}:\n- {}\n+ {}\n",
                x.unwrap_or(&""),
                y.unwrap_or(&"")
            ));
        }
    }
    out
}
