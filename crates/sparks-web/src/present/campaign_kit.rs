//! A campaign's communication kit: its graphics (generated from its words, cached in memory
//! by their SVG, which is a pure function of the record) and the whole kit as one zip file —
//! graphics in PNG and SVG, posts and press text as Markdown and plain text, the email as
//! HTML and plain text, in every language the campaign has.

use std::collections::HashMap;
use std::io::{Cursor, Write};
use std::sync::{Arc, Mutex, OnceLock};

use sparks_core::campaign::{Campaign, CampaignText};
use sparks_graphics::{Format, Words, escape, pillar_colour};
use sparks_views::Link;
use url::form_urlencoded::byte_serialize;

use crate::WebError;

/// The SVG of one of a campaign's graphics in `lang` (None when it has no words in `lang`),
/// signed with `site_name` (the configured `SPARKS_SITE_NAME`).
pub fn graphic_svg(c: &Campaign, lang: &str, format: Format, site_name: &str) -> Option<String> {
    let t = c.texts.get(lang)?;
    let tags = c.hashtag_line();
    let words = Words {
        site_name,
        lang,
        slogan: &t.slogan,
        title: &t.title,
        hashtags: &tags,
    };
    let pillar = c.main_pillar().map(sparks_core::Pillar::slug);
    Some(sparks_graphics::svg(format, &words, pillar_colour(pillar)))
}

/// Rendered PNGs by their SVG. Rendering takes a noticeable moment; the same words give the
/// same picture on every server, so a process-local cache can never be stale.
type PngCache = Mutex<HashMap<String, Arc<Vec<u8>>>>;

/// At most this many PNGs are kept (a few campaigns in five languages and four formats).
const CACHE_LIMIT: usize = 160;

/// The PNG of an SVG from [`graphic_svg`], rendered once.
pub fn png(svg: &str) -> Result<Arc<Vec<u8>>, WebError> {
    static CACHE: OnceLock<PngCache> = OnceLock::new();
    let cache = CACHE.get_or_init(PngCache::default);
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(svg).cloned()) {
        return Ok(hit);
    }
    let bytes = Arc::new(
        sparks_graphics::png(svg).map_err(|e| WebError::Internal(format!("graphic: {e}")))?,
    );
    if let Ok(mut c) = cache.lock() {
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        c.insert(svg.to_owned(), bytes.clone());
    }
    Ok(bytes)
}

fn encode(text: &str) -> String {
    byte_serialize(text.as_bytes()).collect()
}

/// Plain share links for a text (nothing on the page loads from those sites); `email` is the
/// email link's label, and the email's subject is the site's name.
pub fn share_links(text: &str, email: String, site_name: &str) -> Vec<Link> {
    let t = encode(text);
    let link = |label: &str, href: String| Link {
        label: label.to_owned(),
        href,
    };
    vec![
        link(
            "LinkedIn",
            format!("https://www.linkedin.com/feed/?shareActive=true&text={t}"),
        ),
        link(
            "Mastodon",
            format!("https://mastodon.social/share?text={t}"),
        ),
        link(
            "Bluesky",
            format!("https://bsky.app/intent/compose?text={t}"),
        ),
        link("X", format!("https://x.com/intent/post?text={t}")),
        Link {
            label: email,
            href: format!("mailto:?subject={}&body={t}", encode(site_name)),
        },
    ]
}

/// A post with the campaign's hashtags after it, as it is shared.
pub fn with_hashtags(post: &str, c: &Campaign) -> String {
    if c.hashtags.is_empty() {
        post.to_owned()
    } else {
        format!("{post}\n\n{}", c.hashtag_line())
    }
}

/// The kit's headings in one language (the zip is read outside the site, so its files carry
/// their own words; the caller gives them in the campaign's language).
#[derive(Debug, Clone)]
pub struct KitLabels {
    /// "Key messages".
    pub messages: String,
    /// "Hashtags".
    pub hashtags: String,
    /// "Short posts".
    pub short_posts: String,
    /// "Long posts".
    pub long_posts: String,
    /// "Press text".
    pub press: String,
    /// "Call to action".
    pub cta: String,
}

fn posts_markdown(c: &Campaign, t: &CampaignText, l: &KitLabels, link: &str) -> String {
    let mut md = format!(
        "# {}\n\n**{}**\n\n{}\n\n## {}\n\n",
        t.title, t.slogan, t.summary, l.messages
    );
    for m in &t.messages {
        md.push_str(&format!("- {m}\n"));
    }
    md.push_str(&format!("\n## {}\n\n{}\n\n", l.hashtags, c.hashtag_line()));
    for (heading, posts) in [
        (&l.short_posts, &t.short_posts),
        (&l.long_posts, &t.long_posts),
    ] {
        if posts.is_empty() {
            continue;
        }
        md.push_str(&format!("## {heading}\n\n"));
        for p in posts {
            md.push_str(&format!("{}\n\n---\n\n", with_hashtags(p, c)));
        }
    }
    md.push_str(&format!("## {}\n\n[{}]({link})\n", l.cta, t.cta_label));
    md
}

fn posts_text(c: &Campaign, t: &CampaignText, l: &KitLabels, link: &str) -> String {
    let mut txt = format!(
        "{}\n{}\n\n{}\n\n{}\n",
        t.title, t.slogan, t.summary, l.messages
    );
    for m in &t.messages {
        txt.push_str(&format!("- {m}\n"));
    }
    txt.push_str(&format!("\n{}\n{}\n\n", l.hashtags, c.hashtag_line()));
    for (heading, posts) in [
        (&l.short_posts, &t.short_posts),
        (&l.long_posts, &t.long_posts),
    ] {
        if posts.is_empty() {
            continue;
        }
        txt.push_str(&format!("{heading}\n\n"));
        for p in posts {
            txt.push_str(&format!("{}\n\n", with_hashtags(p, c)));
        }
    }
    txt.push_str(&format!("{}: {} {link}\n", l.cta, t.cta_label));
    txt
}

/// The email as HTML: every text escaped, paragraphs from blank lines.
pub fn email_html(lang: &str, t: &CampaignText, link: &str) -> String {
    let mut html = format!(
        "<!doctype html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n",
        escape(lang),
        escape(&t.email_subject)
    );
    for p in t.email_body.split("\n\n").filter(|p| !p.trim().is_empty()) {
        html.push_str(&format!(
            "<p>{}</p>\n",
            escape(p.trim()).replace('\n', "<br>\n")
        ));
    }
    html.push_str(&format!(
        "<p><a href=\"{}\">{}</a></p>\n</body>\n</html>\n",
        escape(link),
        escape(&t.cta_label)
    ));
    html
}

/// The whole kit as a zip. `base` is the site's address for the call to action's link (empty:
/// a path); `site_name` signs the graphics; `labels` gives each language's headings.
pub fn kit_zip(
    c: &Campaign,
    base: &str,
    site_name: &str,
    labels: impl Fn(&str) -> KitLabels,
) -> Result<Vec<u8>, WebError> {
    let fail = |e: zip::result::ZipError| WebError::Internal(format!("kit zip: {e}"));
    let io = |e: std::io::Error| WebError::Internal(format!("kit zip: {e}"));
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    // PNGs are compressed already.
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut add = |name: String, bytes: &[u8], options| -> Result<(), WebError> {
        zip.start_file(name, options).map_err(fail)?;
        zip.write_all(bytes).map_err(io)
    };
    let record = serde_json::to_string_pretty(c)
        .map_err(|e| WebError::Internal(format!("kit json: {e}")))?;
    add("campaign.json".into(), record.as_bytes(), deflated)?;
    let link = format!("{base}{}", c.cta);
    for (lang, t) in &c.texts {
        let l = labels(lang);
        let dir = format!("{}-{lang}", c.slug);
        add(
            format!("{dir}/posts.md"),
            posts_markdown(c, t, &l, &link).as_bytes(),
            deflated,
        )?;
        add(
            format!("{dir}/posts.txt"),
            posts_text(c, t, &l, &link).as_bytes(),
            deflated,
        )?;
        let press_md = format!("# {}\n\n*{}*\n\n{}\n", t.title, l.press, t.press);
        add(format!("{dir}/press.md"), press_md.as_bytes(), deflated)?;
        let press_txt = format!("{}\n{}\n\n{}\n", t.title, l.press, t.press);
        add(format!("{dir}/press.txt"), press_txt.as_bytes(), deflated)?;
        add(
            format!("{dir}/email.html"),
            email_html(lang, t, &link).as_bytes(),
            deflated,
        )?;
        let email_txt = format!(
            "{}\n\n{}\n\n{}: {link}\n",
            t.email_subject, t.email_body, t.cta_label
        );
        add(format!("{dir}/email.txt"), email_txt.as_bytes(), deflated)?;
        for format in Format::ALL {
            let Some(svg) = graphic_svg(c, lang, format, site_name) else {
                continue;
            };
            let png = png(&svg)?;
            add(
                format!("{dir}/graphics/{}.svg", format.name()),
                svg.as_bytes(),
                deflated,
            )?;
            add(
                format!("{dir}/graphics/{}.png", format.name()),
                &png,
                stored,
            )?;
        }
    }
    let out = zip.finish().map_err(fail)?;
    Ok(out.into_inner())
}
