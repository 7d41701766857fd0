use super::*;

fn words() -> Words<'static> {
    Words {
        site_name: "Sparks",
        lang: "pl",
        slogan: "Razem przeciw wykorzystywaniu dzieci: źdźbło, żółć, Grüße, façade, año",
        title: "Kampania <startowa> & \"Sparks\"",
        hashtags: "#SparksInTheDark #CounteringCSAE #UnitedAgainstCSAE #ChildSafety #ProtectChildren",
    }
}

#[test]
fn wrap_breaks_at_spaces_and_cuts_long_words() {
    assert_eq!(wrap("one two three", 7), vec!["one two", "three"]);
    assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    assert!(wrap("   ", 10).is_empty());
    assert_eq!(wrap("żółć żółć", 4), vec!["żółć", "żółć"]);
}

#[test]
fn escape_keeps_markup_out() {
    assert_eq!(
        escape("<a href=\"x\">&'"),
        "&lt;a href=&quot;x&quot;&gt;&amp;&apos;"
    );
}

#[test]
fn white_text_passes_aa_on_every_pillar_colour() {
    for pillar in [
        None,
        Some("prevention"),
        Some("detection-investigation"),
        Some("victim-support"),
    ] {
        let ratio = Colour::WHITE.contrast(pillar_colour(pillar));
        assert!(ratio >= 4.5, "{pillar:?}: {ratio}");
    }
}

#[test]
fn every_format_renders_at_its_size_with_visible_text() {
    for format in Format::ALL {
        let svg = svg(format, &words(), pillar_colour(Some("prevention")));
        assert!(
            svg.contains("&lt;startowa&gt;") || format == Format::Wordmark,
            "{svg}"
        );
        let bytes = png(&svg).unwrap();
        // To look at them: SPARKS_GRAPHICS_DUMP=/some/dir cargo test -p sparks-graphics
        if let Some(dir) = std::env::var_os("SPARKS_GRAPHICS_DUMP") {
            let path = std::path::Path::new(&dir).join(format!("{}.png", format.name()));
            std::fs::write(path, &bytes).unwrap();
        }
        let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        assert_eq!((info.width, info.height), format.size(), "{format:?}");
        // The text is drawn: a good share of the pixels are white (the background is green).
        let white = buf
            .chunks(info.color_type.samples())
            .filter(|p| p[0] > 240 && p[1] > 240 && p[2] > 240)
            .count();
        assert!(white > 2000, "{format:?}: only {white} white pixels");
    }
}

#[test]
fn format_names_round_trip() {
    for format in Format::ALL {
        assert_eq!(Format::from_name(format.name()), Some(format));
    }
    assert_eq!(Format::from_name("nope"), None);
}
