//! Server-rendered HTML for Sparks.
//!
//! Page structs here are view models: plain, pre-formatted data that the web layer fills and
//! the askama templates (checked at compile time, HTML-escaped by default) render. The
//! stylesheet and the one progressive-enhancement script are embedded in the binary.

pub mod campaigns;
pub mod community;
pub mod content;
pub mod discovery;
pub mod format;
pub mod groups;
pub mod i18n;
pub mod links;
pub mod notifications;
pub mod pages;
pub mod review;
pub mod site;
pub mod uptake;
pub mod wording;

pub use askama::Template;
pub use campaigns::*;
pub use community::*;
pub use content::*;
pub use discovery::*;
pub use groups::*;
pub use i18n::{Arg, Locale};
pub use links::{BrokenLinkRow, BrokenLinks, LinksAdminPage};
pub use notifications::*;
pub use pages::*;
pub use review::*;
pub use site::*;
pub use uptake::*;
pub use wording::*;

/// The stylesheet, served at [`STYLESHEET_PATH`].
pub const STYLESHEET: &str = include_str!("../static/style.css");
/// Where the stylesheet is served.
pub const STYLESHEET_PATH: &str = "/static/style.css";
/// The quick-exit script (Shift pressed three times leaves the site), served at [`QUICK_EXIT_SCRIPT_PATH`].
pub const QUICK_EXIT_SCRIPT: &str = include_str!("../static/quick-exit.js");
/// Where the quick-exit script is served.
pub const QUICK_EXIT_SCRIPT_PATH: &str = "/static/quick-exit.js";
/// The copy buttons of the media pack, served at [`COPY_SCRIPT_PATH`].
pub const COPY_SCRIPT: &str = include_str!("../static/copy.js");
/// Where the copy script is served.
pub const COPY_SCRIPT_PATH: &str = "/static/copy.js";
/// A downloadable graphic of the media pack, served at `/static/media/{name}`.
#[derive(Debug, Clone, Copy)]
pub struct MediaFile {
    /// File name in the URL.
    pub name: &'static str,
    /// MIME type.
    pub content_type: &'static str,
    /// The file.
    pub bytes: &'static [u8],
}

/// The media pack's graphics, each `NAME.svg` with its `NAME.png` from `static/media/`.
macro_rules! media_files {
    ($($name:literal),+ $(,)?) => {
        &[$(
            MediaFile {
                name: concat!($name, ".svg"),
                content_type: "image/svg+xml",
                bytes: include_bytes!(concat!("../static/media/", $name, ".svg")),
            },
            MediaFile {
                name: concat!($name, ".png"),
                content_type: "image/png",
                bytes: include_bytes!(concat!("../static/media/", $name, ".png")),
            },
        )+]
    };
}

/// The media pack's graphics: SVG sources and their PNG renderings (made by
/// `static/media/render.sh`). Our own files, served inline, downloadable.
pub const MEDIA_FILES: &[MediaFile] = media_files!["wordmark", "banner-social", "banner-square"];

/// The Sparks wordmark, served at [`WORDMARK_PATH`].
pub const WORDMARK_SVG: &str = include_str!("../static/sparks-wordmark.svg");
/// Where the wordmark is served.
pub const WORDMARK_PATH: &str = "/static/sparks-wordmark.svg";
/// The neutral site the quick-exit link leads to unless the site sets another
/// (`SPARKS_QUICK_EXIT_URL`).
pub const QUICK_EXIT_URL: &str = "https://www.google.com/";

/// The site's name unless the operator names it (`SPARKS_SITE_NAME`).
pub const DEFAULT_SITE_NAME: &str = "Sparks";

/// Renders a template; askama's only failure is a formatting error, which our view models
/// never produce, so this keeps handlers free of that case.
pub fn render(template: &impl Template) -> String {
    template.render().unwrap_or_else(|e| {
        format!("<!doctype html><title>Error</title><p>Rendering failed: {e}</p>")
    })
}
