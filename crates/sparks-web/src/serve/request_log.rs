//! The log line of every request: a tracing event, or a faster writer of the same line.
//!
//! Why a faster writer: the server logs a line per request, and at tens of thousands of
//! cached pages a second the tracing event was the largest single cost of answering one
//! (a quarter of its instructions after the formatter was made cheaper, and the ratio to
//! nginx moved from about 0.7 to 0.8 without it; BENCHMARKS.md, "Issue #20, afternoon of
//! 2026-12-07"). The binary installs a writer (see [`set_writer`]) that puts the same line
//! together directly, when its log format allows (plain text without colours); its tests
//! compare that line with the event's.

use std::sync::OnceLock;
use std::time::Duration;

/// The target of the request log lines (this module's path).
pub const TARGET: &str = module_path!();

/// What the log line of one request says.
#[derive(Debug, Clone, Copy)]
pub struct RequestLine<'a> {
    /// The method, `GET` say.
    pub method: &'a str,
    /// The path, never the query string (which may hold what someone searched for).
    pub path: &'a str,
    /// The route pattern, `/initiatives/{slug}` say, or `unmatched`.
    pub route: &'a str,
    /// The response's status code.
    pub status: u16,
    /// How long the answer took.
    pub elapsed: Duration,
}

impl RequestLine<'_> {
    /// The duration in milliseconds to the microsecond, as the line gives it (`0.221234`
    /// rather than `0.22123400000000001`).
    pub fn duration_ms(&self) -> f64 {
        // Microseconds of a request fit a float's 53 bits exactly.
        self.elapsed.as_micros() as f64 / 1000.0
    }
}

/// A writer of request lines that replaces the tracing event.
pub type Writer = Box<dyn Fn(&RequestLine<'_>) + Send + Sync>;

static WRITER: OnceLock<Writer> = OnceLock::new();

/// Installs `writer` for the rest of the process; `false` if one was installed already. It
/// is called for each request while info-level events of this module are enabled, and must
/// write what the event would have written.
pub fn set_writer(writer: Writer) -> bool {
    WRITER.set(writer).is_ok()
}

/// Logs one request: through the installed writer, else as an info-level tracing event with
/// the fields `http.method`, `http.path`, `http.route`, `http.status` and `duration_ms`.
pub fn log_request(line: &RequestLine<'_>) {
    match WRITER.get() {
        Some(writer) => {
            if tracing::enabled!(tracing::Level::INFO) {
                writer(line);
            }
        }
        None => event(line),
    }
}

/// The request line as a tracing event.
pub fn event(line: &RequestLine<'_>) {
    tracing::info!(
        http.method = %line.method,
        http.path = %line.path,
        http.route = %line.route,
        http.status = line.status,
        duration_ms = line.duration_ms(),
        "request"
    );
}
