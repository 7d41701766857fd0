//! Every file of `../shared/corpora/uploads` (SVG with script, HTML, XML, XXE, polyglots,
//! images with payloads in EXIF and comments, archives, the EICAR string, ...) is refused or
//! comes out as a plain re-encoded image with none of its payload; and the caps hold.

#![expect(
    clippy::unwrap_used,
    reason = "test helpers too may unwrap: a panic is a failed test"
)]

use std::io::Cursor;
use std::path::{Path, PathBuf};

use sparks_uploads::{LocalDir, ObjectStore, Policy, UploadError, process, process_and_store};

/// Text that must never survive into a kept file.
const PAYLOAD_MARKERS: &[&[u8]] = &[
    b"<script",
    b"<svg",
    b"<html",
    b"javascript:",
    b"onerror",
    b"onload",
    b"<?php",
    b"<?xml",
    b"Exif",
    b"alert(",
    b"EICAR",
    b"<!ENTITY",
    b"xlink",
];

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w.eq_ignore_ascii_case(needle))
}

fn assert_clean(name: &str, bytes: &[u8]) {
    let format = image::guess_format(bytes).unwrap();
    assert!(
        matches!(format, image::ImageFormat::Png | image::ImageFormat::Jpeg),
        "{name}: kept as {format:?}"
    );
    image::load_from_memory(bytes)
        .unwrap_or_else(|e| panic!("{name}: output does not decode: {e}"));
    for marker in PAYLOAD_MARKERS {
        assert!(
            !contains(bytes, marker),
            "{name}: {:?} survived",
            String::from_utf8_lossy(marker)
        );
    }
}

#[test]
fn every_upload_attack_file_is_refused_or_neutralised() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpora/uploads");
    if !root.is_dir() {
        eprintln!("SKIPPED upload corpus: ../shared/corpora is not there");
        return;
    }
    let mut all = Vec::new();
    files(&root, &mut all);
    all.sort();
    assert!(all.len() >= 40, "the corpus is there ({})", all.len());
    let (mut refused, mut kept) = (0, 0);
    for path in &all {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        let bytes = std::fs::read(path).unwrap();
        match process(&bytes, &Policy::default()) {
            Ok(upload) => {
                assert_clean(&name, &upload.bytes);
                kept += 1;
            }
            Err(e) => {
                assert!(!e.to_string().is_empty());
                let lower = name.to_lowercase();
                assert!(
                    !(lower.ends_with(".png")
                        || lower.ends_with(".jpg")
                        || lower.ends_with(".gif"))
                        || e != UploadError::UnsupportedType
                        || !bytes.starts_with(b"\x89PNG"),
                    "{name}: a real image refused as the wrong type"
                );
                refused += 1;
            }
        }
    }
    eprintln!("uploads corpus: {refused} refused, {kept} re-encoded clean");
    assert!(refused > 20 && kept > 0, "{refused} refused, {kept} kept");
}

fn tiny_jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(16, 16, image::Rgb([200, 30, 30]));
    let mut out = Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(img)
        .write_to(&mut out, image::ImageFormat::Jpeg)
        .unwrap();
    out.into_inner()
}

#[test]
fn metadata_and_trailing_data_are_stripped() {
    let jpeg = tiny_jpeg();
    // EXIF (APP1) with a "GPS" position and a comment segment, right after the SOI marker.
    let mut doctored = vec![0xFF, 0xD8];
    for (marker, data) in [
        (
            0xE1u8,
            b"Exif\0\0GPS 52.2297N 21.0122E <script>alert(1)</script>".to_vec(),
        ),
        (0xFE, b"COMMENT onerror=alert(2)".to_vec()),
    ] {
        doctored.extend([0xFF, marker]);
        doctored.extend(u16::try_from(data.len() + 2).unwrap().to_be_bytes());
        doctored.extend(data);
    }
    doctored.extend(&jpeg[2..]);
    // And an HTML page glued after the end of the image (a polyglot).
    doctored.extend(b"<html><script>alert(3)</script></html>");
    assert!(contains(&doctored, b"GPS 52.2297N"));
    let upload = process(&doctored, &Policy::default()).unwrap();
    assert_eq!(upload.content_type, "image/jpeg");
    assert_clean("doctored.jpg", &upload.bytes);
    assert!(!contains(&upload.bytes, b"GPS 52.2297N") && !contains(&upload.bytes, b"COMMENT"));
}

#[test]
fn size_and_pixel_caps_refuse_before_decoding() {
    let jpeg = tiny_jpeg();
    let small = Policy {
        max_bytes: 100,
        ..Policy::default()
    };
    assert_eq!(
        process(&jpeg, &small).unwrap_err(),
        UploadError::TooLarge { max: 100 }
    );
    let narrow = Policy {
        max_side: 8,
        ..Policy::default()
    };
    assert!(matches!(
        process(&jpeg, &narrow).unwrap_err(),
        UploadError::TooManyPixels { .. }
    ));
    let few = Policy {
        max_pixels: 100,
        ..Policy::default()
    };
    assert!(matches!(
        process(&jpeg, &few).unwrap_err(),
        UploadError::TooManyPixels { .. }
    ));
    // A PNG signature and nothing after it: damaged, not a crash.
    assert_eq!(
        process(b"\x89PNG\r\n\x1a\n", &Policy::default()).unwrap_err(),
        UploadError::Damaged
    );
    assert_eq!(
        process(b"<svg onload=alert(1)>", &Policy::default()).unwrap_err(),
        UploadError::UnsupportedType
    );
}

#[test]
fn stored_under_a_random_name_outside_the_web_root() {
    let dir = tempfile::tempdir().unwrap();
    let store = LocalDir::new(dir.path().join("uploads"));
    let (a, upload) = process_and_store(&tiny_jpeg(), &Policy::default(), &store).unwrap();
    let (b, _) = process_and_store(&tiny_jpeg(), &Policy::default(), &store).unwrap();
    assert_ne!(a, b, "every upload gets its own name");
    assert!(a.ends_with(".jpg") && a.len() == 36, "{a}");
    assert_eq!(store.get(&a).unwrap().unwrap(), upload.bytes);
    assert_eq!(store.get("../../etc/passwd").unwrap(), None);
    assert!(store.put("evil.html", b"<script>").is_err());
}
