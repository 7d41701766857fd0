//! Campaign graphics: social banners and a wordmark built as SVG from a campaign's own words
//! (its slogan, title and hashtags), then rendered to PNG with `resvg`.
//!
//! Everything here is a pure function of its inputs: the fonts (DejaVu Sans, regular and bold,
//! licence in `fonts/LICENSE-DejaVu.txt`) are compiled in and loaded from memory only, never
//! from the system, so a graphic renders the same on every server. DejaVu covers the letters of
//! every language the site speaks (Polish, German, French, Spanish and English).

use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

use resvg::{tiny_skia, usvg};

mod wrap;

pub use wrap::wrap;

/// DejaVu Sans, for body text.
const FONT_REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
/// DejaVu Sans Bold, for slogans and the site name.
const FONT_BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");
/// The family both files declare; every text in our SVGs names it.
const FAMILY: &str = "DejaVu Sans";

/// What can go wrong when rendering.
#[derive(Debug, thiserror::Error)]
pub enum GraphicsError {
    /// The SVG did not parse (a bug in the builder, or a foreign SVG).
    #[error("svg did not parse: {0}")]
    Parse(#[from] usvg::Error),
    /// The canvas could not be allocated (a zero or absurd size).
    #[error("cannot allocate a {0}×{1} canvas")]
    Canvas(u32, u32),
    /// PNG encoding failed.
    #[error("png encoding failed: {0}")]
    Encode(String),
}

/// The formats a campaign's kit has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// A link preview / post banner, 1200×630.
    Landscape,
    /// A square post, 1080×1080.
    Square,
    /// A story, 1080×1920.
    Story,
    /// The wordmark: site name and slogan, 960×240.
    Wordmark,
}

impl Format {
    /// Every format, in the order pages and kits list them.
    pub const ALL: [Format; 4] = [
        Format::Landscape,
        Format::Square,
        Format::Story,
        Format::Wordmark,
    ];

    /// The name used in URLs and file names.
    pub fn name(self) -> &'static str {
        match self {
            Format::Landscape => "banner-1200x630",
            Format::Square => "banner-1080x1080",
            Format::Story => "story-1080x1920",
            Format::Wordmark => "wordmark",
        }
    }

    /// The format a URL or file name names.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Format::Landscape => (1200, 630),
            Format::Square => (1080, 1080),
            Format::Story => (1080, 1920),
            Format::Wordmark => (960, 240),
        }
    }
}

/// An sRGB colour, `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Colour(pub u8, pub u8, pub u8);

impl Colour {
    /// White, the text colour on every banner.
    pub const WHITE: Colour = Colour(0xff, 0xff, 0xff);
    /// The site's accent (`--focus` in `style.css`), used for a decorative bar only.
    pub const ACCENT: Colour = Colour(0xff, 0xdd, 0x00);

    /// `#rrggbb`.
    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// WCAG contrast ratio between two colours (1 to 21).
    pub fn contrast(self, other: Colour) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// The background colour for a pillar, from the site's palette (`style.css`); the brand colour
/// for campaigns across pillars. White text on each passes WCAG AA (tested below).
pub fn pillar_colour(pillar: Option<&str>) -> Colour {
    match pillar {
        Some("prevention") => Colour(0x1c, 0x6b, 0x3a),
        Some("detection-investigation") => Colour(0x0b, 0x4f, 0x9c),
        Some("victim-support") => Colour(0x8a, 0x3b, 0x00),
        _ => Colour(0x23, 0x30, 0x5e),
    }
}

/// The words a graphic shows, all in one language.
#[derive(Debug, Clone, Copy)]
pub struct Words<'a> {
    /// The site's name (from the site's configuration, never hard-coded here).
    pub site_name: &'a str,
    /// BCP 47 language of the words.
    pub lang: &'a str,
    /// The slogan, shown large.
    pub slogan: &'a str,
    /// The campaign's title, shown under the slogan.
    pub title: &'a str,
    /// Hashtags, space separated.
    pub hashtags: &'a str,
}

/// Escapes text for XML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0; a graphic has no use for them.
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// A block of wrapped lines, left aligned at `x`, first baseline at `y`.
fn text_block(svg: &mut String, x: u32, y: u32, size: u32, bold: bool, lines: &[String]) -> u32 {
    let weight = if bold { "700" } else { "400" };
    let line_height = size * 5 / 4;
    let _ = write!(
        svg,
        r#"<text x="{x}" y="{y}" font-family="{FAMILY}" font-size="{size}" font-weight="{weight}" fill="{}">"#,
        Colour::WHITE.hex()
    );
    for (i, line) in lines.iter().enumerate() {
        let dy = if i == 0 { 0 } else { line_height };
        let _ = write!(svg, r#"<tspan x="{x}" dy="{dy}">{}</tspan>"#, escape(line));
    }
    svg.push_str("</text>");
    y + line_height * u32::try_from(lines.len().saturating_sub(1)).unwrap_or(0)
}

/// Wraps `text` for a box `width` wide, shrinking the font from `size` until it fits in
/// `max_lines` (or reaches `min`), and returns the size and the lines.
fn fit(
    text: &str,
    width: u32,
    size: u32,
    min: u32,
    max_lines: usize,
    bold: bool,
) -> (u32, Vec<String>) {
    let mut size = size;
    loop {
        let lines = wrap(text, chars_per_line(width, size, bold));
        if lines.len() <= max_lines || size <= min {
            return (size, lines);
        }
        size = size.saturating_sub(4).max(min);
    }
}

/// How many characters of DejaVu Sans fit in `width` pixels: an average advance, a little
/// generous so that wide words (capitals, "m", "w") still stay inside the margins.
fn chars_per_line(width: u32, size: u32, bold: bool) -> usize {
    let advance = if bold { 0.66 } else { 0.58 };
    let n = f64::from(width) / (f64::from(size) * advance);
    // Truncation is the point: a partial character does not fit.
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a small positive count"
    )]
    let n = n.floor().max(4.0) as usize;
    n
}

/// The SVG of one graphic of a campaign.
pub fn svg(format: Format, words: &Words<'_>, background: Colour) -> String {
    let (w, h) = format.size();
    let margin = w / 15;
    let inner = w - 2 * margin;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" xml:lang="{}" role="img">"#,
        escape(words.lang)
    );
    let _ = write!(
        svg,
        "<title>{}</title>",
        escape(&format!("{} — {}", words.site_name, words.slogan))
    );
    let _ = write!(
        svg,
        r#"<rect width="{w}" height="{h}" fill="{}"/>"#,
        background.hex()
    );
    if format == Format::Wordmark {
        let _ = write!(
            svg,
            r#"<rect x="0" y="0" width="16" height="{h}" fill="{}"/>"#,
            Colour::ACCENT.hex()
        );
        let (size, lines) = fit(words.site_name, inner, 72, 40, 1, true);
        text_block(
            &mut svg,
            margin,
            110,
            size,
            true,
            &lines[..1.min(lines.len())],
        );
        let (size, lines) = fit(words.slogan, inner, 30, 18, 2, false);
        text_block(&mut svg, margin, 168, size, false, &lines);
        svg.push_str("</svg>");
        return svg;
    }
    // Site name with the accent bar above it.
    let top = margin;
    let _ = write!(
        svg,
        r#"<rect x="{margin}" y="{top}" width="{}" height="10" fill="{}"/>"#,
        w / 6,
        Colour::ACCENT.hex()
    );
    let (name_size, name_lines) = fit(words.site_name, inner, w / 24, 24, 1, true);
    let name_baseline = top + 30 + name_size;
    text_block(
        &mut svg,
        margin,
        name_baseline,
        name_size,
        true,
        &name_lines[..1.min(name_lines.len())],
    );
    // The hashtags at the foot.
    let (title_size, tag_size) = match format {
        Format::Landscape => (30, 24),
        Format::Square => (40, 32),
        _ => (46, 36),
    };
    let tags = wrap(words.hashtags, chars_per_line(inner, tag_size, true));
    let tags_first = h - margin - block_height(tag_size, tags.len()) + tag_size;
    text_block(&mut svg, margin, tags_first, tag_size, true, &tags);
    // The slogan large and the title under it, as large as fits between the two, centred.
    let region_top = name_baseline + margin / 2;
    let region_bottom = tags_first.saturating_sub(tag_size + margin / 2);
    let available = region_bottom.saturating_sub(region_top);
    let mut size = w / 14;
    let (lines, tsize, tlines, height) = loop {
        let lines = wrap(words.slogan, chars_per_line(inner, size, true));
        let tsize = title_size.min(size * 3 / 5).max(18);
        let mut tlines = wrap(words.title, chars_per_line(inner, tsize, false));
        tlines.truncate(3);
        let height = block_height(size, lines.len()) + size / 2 + block_height(tsize, tlines.len());
        if height <= available || size <= 24 {
            break (lines, tsize, tlines, height);
        }
        size -= 4;
    };
    let first = region_top + available.saturating_sub(height) / 2 + size;
    let last = text_block(&mut svg, margin, first, size, true, &lines);
    text_block(
        &mut svg,
        margin,
        last + size / 2 + tsize,
        tsize,
        false,
        &tlines,
    );
    svg.push_str("</svg>");
    svg
}

/// From the top of a block's first line to the baseline of its last.
fn block_height(size: u32, lines: usize) -> u32 {
    size + size * 5 / 4 * u32::try_from(lines.saturating_sub(1)).unwrap_or(0)
}

/// The fonts, parsed once for the process.
fn fonts() -> Arc<usvg::fontdb::Database> {
    static FONTS: OnceLock<Arc<usvg::fontdb::Database>> = OnceLock::new();
    FONTS
        .get_or_init(|| {
            let mut db = usvg::fontdb::Database::new();
            db.load_font_data(FONT_REGULAR.to_vec());
            db.load_font_data(FONT_BOLD.to_vec());
            db.set_sans_serif_family(FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// Renders an SVG (ours) to PNG bytes at its own size.
pub fn png(svg: &str) -> Result<Vec<u8>, GraphicsError> {
    let options = usvg::Options {
        font_family: FAMILY.to_owned(),
        fontdb: fonts(),
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options)?;
    let size = tree.size().to_int_size();
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or(GraphicsError::Canvas(size.width(), size.height()))?;
    resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| GraphicsError::Encode(e.to_string()))
}

#[cfg(test)]
mod tests;
