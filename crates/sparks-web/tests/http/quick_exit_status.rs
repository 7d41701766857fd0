//! The screen-reader side of the quick exit (issue #18, GOV.UK "Exit this page"): every page
//! carries a polite live region, `#quick-exit-status`, with the two counts the script reads
//! out after the first and the second Shift press, in the page's language. That the script
//! really announces them is in tests/browser/keyboard.test.mjs.

use crate::common::sqlite_app;

/// The two announcements of each language: two presses left, one press left.
const TEXTS: &[(&str, &str, &str)] = &[
    (
        "en",
        "Shift, press 2 more times to exit.",
        "Shift, press 1 more time to exit.",
    ),
    (
        "de",
        "Umschalttaste noch zweimal drücken, um die Seite zu verlassen.",
        "Umschalttaste noch einmal drücken, um die Seite zu verlassen.",
    ),
    (
        "fr",
        "Maj : appuyez encore 2 fois pour quitter.",
        "Maj : appuyez encore une fois pour quitter.",
    ),
    (
        "es",
        "Mayús: pulse 2 veces más para salir.",
        "Mayús: pulse 1 vez más para salir.",
    ),
    (
        "pl",
        "Shift: naciśnij jeszcze 2 razy, aby wyjść.",
        "Shift: naciśnij jeszcze raz, aby wyjść.",
    ),
];

/// The opening tag of the live region in `page`.
fn status_region(page: &str) -> &str {
    let start = page
        .find("<div id=\"quick-exit-status\"")
        .unwrap_or_else(|| panic!("no #quick-exit-status in: {page}"));
    let len = page[start..].find('>').unwrap();
    &page[start..=start + len]
}

#[tokio::test]
async fn every_page_announces_the_quick_exit_count_in_its_language() {
    let app = sqlite_app().await;
    for (lang, two, one) in TEXTS {
        // A page, the same page from the cache, and an error page.
        for path in ["/about", "/about", "/no-such-page"] {
            let uri = format!("{path}?lang={lang}");
            let page = app.get(&uri).await;
            let region = status_region(&page.body);
            assert!(
                region.contains("role=\"status\"") && region.contains("aria-live=\"polite\""),
                "{uri}: not a polite live region: {region}"
            );
            assert!(
                region.contains("class=\"visually-hidden\""),
                "{uri}: the region is for screen readers only: {region}"
            );
            assert!(
                region.contains(&format!("data-press-two=\"{two}\"")),
                "{uri}: {region}"
            );
            assert!(
                region.contains(&format!("data-press-one=\"{one}\"")),
                "{uri}: {region}"
            );
            // Empty until a press: nothing is read out when the page loads.
            let after = &page.body[page.body.find(region).unwrap() + region.len()..];
            assert!(
                after.starts_with("</div>"),
                "{uri}: the region is not empty"
            );
        }
    }
    let js = app.get("/static/quick-exit.js").await;
    assert!(
        js.body.contains("quick-exit-status") && js.body.contains("data-press-two"),
        "the script does not write to the live region"
    );
}
