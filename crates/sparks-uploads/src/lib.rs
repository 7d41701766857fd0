//! Uploaded files, made safe before anything keeps them.
//!
//! [`process`] takes the bytes someone sent and either refuses them with a reason, or returns a
//! new file that is safe to keep and serve:
//! - the type comes from the bytes (magic numbers), never from the name or a header;
//! - only raster images are accepted (PNG, JPEG, GIF, WebP); SVG, HTML, PDF, archives and
//!   everything else are refused (an SVG is a program; sanitising one is a losing game);
//! - size and pixel caps are checked before decoding, and the decoder runs under limits, so a
//!   decompression bomb is refused, not expanded;
//! - the image is decoded and encoded anew: EXIF (GPS positions, camera serials), comments,
//!   text chunks and anything hidden after the image data are gone. JPEG stays JPEG (with its
//!   orientation applied first); the others become PNG; an animated GIF keeps its first frame;
//! - the stored name is random: nothing the uploader chose reaches a path.
//!
//! [`ObjectStore`] keeps the result outside the web root (a local directory, [`LocalDir`], or
//! an S3-compatible bucket shared by several servers, [`S3`]); the web layer serves it as an
//! attachment with `nosniff` and a sandboxing CSP.

mod s3;
mod store;
#[cfg(feature = "testing")]
pub mod testing;

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

pub use s3::{S3, S3Config, S3ConfigError};
pub use store::{LocalDir, ObjectStore, StoreError, content_type_of, is_stored_name};

/// Caps applied to an upload.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Largest upload, in bytes.
    pub max_bytes: usize,
    /// Largest width or height, in pixels.
    pub max_side: u32,
    /// Largest number of pixels (width × height).
    pub max_pixels: u64,
}

impl Default for Policy {
    /// 8 MiB, 8,000 pixels a side, 40 megapixels: more than a media-pack banner needs.
    fn default() -> Self {
        Policy {
            max_bytes: 8 * 1024 * 1024,
            max_side: 8_000,
            max_pixels: 40_000_000,
        }
    }
}

/// Why an upload was refused. Every message can be shown to the uploader.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum UploadError {
    /// Larger than [`Policy::max_bytes`].
    #[error("the file is larger than {max} bytes")]
    TooLarge {
        /// The cap.
        max: usize,
    },
    /// Not one of the accepted image types (by its content).
    #[error("only PNG, JPEG, GIF and WebP images are accepted")]
    UnsupportedType,
    /// Wider, taller or more pixels than the policy allows.
    #[error(
        "the image is {width}×{height} pixels; the limit is {max_side} a side and {max_pixels} in all"
    )]
    TooManyPixels {
        /// Width.
        width: u32,
        /// Height.
        height: u32,
        /// The side cap.
        max_side: u32,
        /// The pixel cap.
        max_pixels: u64,
    },
    /// The file claims to be an image but does not decode.
    #[error("the image is damaged or not what it claims to be")]
    Damaged,
}

/// A processed upload, ready to store.
#[derive(Debug, Clone)]
pub struct Upload {
    /// The new file.
    pub bytes: Vec<u8>,
    /// Its type: `image/png` or `image/jpeg`.
    pub content_type: &'static str,
    /// File extension matching the type.
    pub extension: &'static str,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// Checks and re-encodes an upload (see the crate documentation).
pub fn process(bytes: &[u8], policy: &Policy) -> Result<Upload, UploadError> {
    if bytes.len() > policy.max_bytes {
        return Err(UploadError::TooLarge {
            max: policy.max_bytes,
        });
    }
    let format = image::guess_format(bytes).map_err(|_| UploadError::UnsupportedType)?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::Gif | ImageFormat::WebP
    ) {
        return Err(UploadError::UnsupportedType);
    }
    let reader = || {
        let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
        let mut limits = Limits::default();
        limits.max_image_width = Some(policy.max_side);
        limits.max_image_height = Some(policy.max_side);
        // Decoded RGBA at the pixel cap, plus room for the decoder's own buffers.
        limits.max_alloc = Some(policy.max_pixels.saturating_mul(4).saturating_add(64 << 20));
        reader.limits(limits);
        reader
    };
    // The header first: a bomb is refused before a pixel is decoded.
    let (width, height) = match reader().into_dimensions() {
        Ok(dims) => dims,
        Err(image::ImageError::Limits(_)) => return Err(too_many(u32::MAX, u32::MAX, policy)),
        Err(_) => return Err(UploadError::Damaged),
    };
    if width > policy.max_side
        || height > policy.max_side
        || u64::from(width) * u64::from(height) > policy.max_pixels
    {
        return Err(too_many(width, height, policy));
    }
    let mut decoder = reader().into_decoder().map_err(|_| UploadError::Damaged)?;
    let orientation = decoder.orientation().map_err(|_| UploadError::Damaged)?;
    let mut image = DynamicImage::from_decoder(decoder).map_err(|_| UploadError::Damaged)?;
    image.apply_orientation(orientation);
    encode(image, format)
}

fn too_many(width: u32, height: u32, policy: &Policy) -> UploadError {
    UploadError::TooManyPixels {
        width,
        height,
        max_side: policy.max_side,
        max_pixels: policy.max_pixels,
    }
}

/// Encodes the pixels, and nothing else, into a fresh file.
fn encode(image: DynamicImage, format: ImageFormat) -> Result<Upload, UploadError> {
    let (width, height) = (image.width(), image.height());
    let mut out = Cursor::new(Vec::new());
    let (content_type, extension) = if format == ImageFormat::Jpeg {
        let rgb = DynamicImage::ImageRgb8(image.to_rgb8());
        let encoder = image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90);
        rgb.write_with_encoder(encoder)
            .map_err(|_| UploadError::Damaged)?;
        ("image/jpeg", "jpg")
    } else {
        image
            .write_to(&mut out, ImageFormat::Png)
            .map_err(|_| UploadError::Damaged)?;
        ("image/png", "png")
    };
    Ok(Upload {
        bytes: out.into_inner(),
        content_type,
        extension,
        width,
        height,
    })
}

/// Processes an upload and keeps it under a new random name; returns that name.
pub fn process_and_store(
    bytes: &[u8],
    policy: &Policy,
    store: &dyn ObjectStore,
) -> Result<(String, Upload), ProcessError> {
    let upload = process(bytes, policy)?;
    let name = store::random_name(upload.extension)?;
    store.put(&name, &upload.bytes)?;
    Ok((name, upload))
}

/// Either the upload was refused or it could not be kept.
#[derive(Debug, thiserror::Error)]
pub enum ProcessError {
    /// Refused, with a reason for the uploader.
    #[error(transparent)]
    Refused(#[from] UploadError),
    /// The store failed (logged, not shown).
    #[error(transparent)]
    Store(#[from] StoreError),
}
