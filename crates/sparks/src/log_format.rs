//! How a log line is written: the time and the fields of the human-readable format.
//!
//! Why not tracing-subscriber's defaults: the server writes a line per request, and with
//! the default timer and field formatter that line cost more than a third of the
//! instructions of answering a cached page (BENCHMARKS.md, "Issue #20, afternoon of
//! 2026-12-07"). The default timer formats the whole date and time for every line, and the
//! default field formatter paints every field name and `=` through `nu_ansi_term` even
//! when colours are off, and formats floats through `core::fmt`. The lines written here are
//! the same as those of the defaults without colours; the tests compare them.

use std::cell::RefCell;
use std::fmt::{self, Write as _};
use std::time::{SystemTime, UNIX_EPOCH};

use tracing::field::{Field, Visit};
use tracing_subscriber::field::RecordFields;
use tracing_subscriber::fmt::FormatFields;

use sparks_web::request_log::RequestLine;
use tracing_subscriber::fmt::format::Writer;
use tracing_subscriber::fmt::time::FormatTime;

/// The time of a log line in UTC with microseconds (`2026-12-07T13:09:52.123456Z`), as
/// tracing-subscriber's default timer writes it. The part up to the second is formatted
/// once per second and thread.
#[derive(Debug, Clone, Copy, Default)]
pub struct UtcMicros;

impl FormatTime for UtcMicros {
    fn format_time(&self, w: &mut Writer<'_>) -> fmt::Result {
        write_utc_micros(w, SystemTime::now())
    }
}

thread_local! {
    /// The second last formatted on this thread, and its text up to the decimal point.
    static SECOND: RefCell<(u64, String)> = const { RefCell::new((u64::MAX, String::new())) };
}

/// Writes `at` as [`UtcMicros`] does. A time before 1970 (a clock set wrong) is written as
/// 1970-01-01T00:00:00.000000Z rather than failing the line.
fn write_utc_micros(w: &mut impl fmt::Write, at: SystemTime) -> fmt::Result {
    let since_epoch = at.duration_since(UNIX_EPOCH).unwrap_or_default();
    let second = since_epoch.as_secs();
    SECOND.with_borrow_mut(|(cached, prefix)| {
        if *cached != second || prefix.is_empty() {
            prefix.clear();
            write_second(prefix, second)?;
            *cached = second;
        }
        w.write_str(prefix)
    })?;
    let mut micros = since_epoch.subsec_micros();
    let mut digits = [b'0'; 6];
    for digit in digits.iter_mut().rev() {
        // `micros % 10` is below 10: the cast cannot truncate.
        *digit = b'0' + (micros % 10) as u8;
        micros /= 10;
    }
    w.write_str(std::str::from_utf8(&digits).map_err(|_| fmt::Error)?)?;
    w.write_char('Z')
}

/// `2026-12-07T13:09:52.` for the second `second` after 1970.
fn write_second(out: &mut String, second: u64) -> fmt::Result {
    let at = i64::try_from(second)
        .ok()
        .and_then(|s| time::OffsetDateTime::from_unix_timestamp(s).ok())
        .unwrap_or(time::OffsetDateTime::UNIX_EPOCH);
    write!(
        out,
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.",
        at.year(),
        u8::from(at.month()),
        at.day(),
        at.hour(),
        at.minute(),
        at.second()
    )
}

/// The fields of an event or span as tracing-subscriber's default field formatter writes
/// them without colours: the message first and bare, then `name=value` separated by spaces,
/// strings quoted, errors with their sources. Control characters in a message or value are
/// escaped (`\x1b`), so no logged text can start a terminal escape sequence or forge a line.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlainFields;

impl<'writer> FormatFields<'writer> for PlainFields {
    fn format_fields<R: RecordFields>(&self, writer: Writer<'writer>, fields: R) -> fmt::Result {
        let mut visitor = PlainVisitor {
            writer,
            empty: true,
            result: Ok(()),
        };
        fields.record(&mut visitor);
        visitor.result
    }
}

struct PlainVisitor<'writer> {
    writer: Writer<'writer>,
    empty: bool,
    result: fmt::Result,
}

impl<'writer> PlainVisitor<'writer> {
    /// Starts a field: the space before it unless it is the first, and `name=` unless it is
    /// the message. `None` when the field is not written (an earlier write failed, or it is
    /// one of the `log.` fields that the line's head already shows).
    fn start(&mut self, field: &Field) -> Option<Escaping<'_, 'writer>> {
        let name = field.name();
        if self.result.is_err() || name.starts_with("log.") {
            return None;
        }
        if let Err(e) = self.head(name) {
            self.result = Err(e);
            return None;
        }
        Some(Escaping {
            inner: &mut self.writer,
        })
    }

    fn head(&mut self, name: &str) -> fmt::Result {
        if !std::mem::replace(&mut self.empty, false) {
            self.writer.write_char(' ')?;
        }
        if name != "message" {
            self.writer
                .write_str(name.strip_prefix("r#").unwrap_or(name))?;
            self.writer.write_char('=')?;
        }
        Ok(())
    }

    fn write(&mut self, field: &Field, value: fmt::Arguments<'_>) {
        if let Some(mut out) = self.start(field) {
            let written = out.write_fmt(value);
            self.result = written;
        }
    }
}

impl Visit for PlainVisitor<'_> {
    fn record_f64(&mut self, field: &Field, value: f64) {
        let mut buffer = ryu::Buffer::new();
        let text = float_text(&mut buffer, value);
        self.write(field, format_args!("{text}"));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.write(field, format_args!("{value}"));
    }

    fn record_u64(&mut self, field: &Field, value: u64) {
        self.write(field, format_args!("{value}"));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.write(field, format_args!("{value}"));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        if field.name() == "message" {
            self.write(field, format_args!("{value}"));
        } else {
            self.write(field, format_args!("{value:?}"));
        }
    }

    fn record_error(&mut self, field: &Field, value: &(dyn std::error::Error + 'static)) {
        let name = field.name();
        let Some(mut out) = self.start(field) else {
            return;
        };
        let mut written = write!(out, "{value}");
        let mut source = value.source();
        if source.is_some() {
            written = written.and_then(|()| write!(out, " {name}.sources=["));
            let mut first = true;
            while let Some(error) = source {
                if !std::mem::replace(&mut first, false) {
                    written = written.and_then(|()| out.write_str(", "));
                }
                written = written.and_then(|()| write!(out, "{error}"));
                source = error.source();
            }
            written = written.and_then(|()| out.write_char(']'));
        }
        self.result = written;
    }

    fn record_debug(&mut self, field: &Field, value: &dyn fmt::Debug) {
        self.write(field, format_args!("{value:?}"));
    }
}

/// A float as `{:?}` writes it (shortest form that reads back the same), by `ryu`.
fn float_text(buffer: &mut ryu::Buffer, value: f64) -> &str {
    if value.is_finite() {
        buffer.format_finite(value)
    } else if value.is_nan() {
        "NaN"
    } else if value > 0.0 {
        "inf"
    } else {
        "-inf"
    }
}

/// Writes through to a log line, escaping control characters other than tab.
struct Escaping<'a, 'writer> {
    inner: &'a mut Writer<'writer>,
}

impl fmt::Write for Escaping<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        write_escaped(self.inner, s)
    }
}

/// Writes `s` with its control characters other than tab escaped (`\x{1b}`).
fn write_escaped(out: &mut impl fmt::Write, s: &str) -> fmt::Result {
    // Most text has no control character, and a look at its bytes shows it: control
    // characters are bytes below 0x20, 0x7f, or 0xc2 followed by 0x80–0x9f (U+0080 to
    // U+009F). Such text is written whole; other text (0xc2 also begins `£`, say) is
    // looked at character by character.
    if !s
        .bytes()
        .any(|b| (b < 0x20 && b != b'\t') || b == 0x7f || b == 0xc2)
    {
        return out.write_str(s);
    }
    for c in s.chars() {
        if c.is_control() && c != '\t' {
            write!(out, "\\x{{{:x}}}", u32::from(c))?;
        } else {
            out.write_char(c)?;
        }
    }
    Ok(())
}

/// Writes the log line of a request at `at` as the tracing event of
/// [`sparks_web::request_log::event`] comes out of the text format without colours, with
/// [`UtcMicros`] and [`PlainFields`]: the same line, put together directly.
pub fn write_request_line(out: &mut String, at: SystemTime, line: &RequestLine<'_>) -> fmt::Result {
    write_utc_micros(out, at)?;
    out.push_str("  INFO ");
    out.push_str(sparks_web::request_log::TARGET);
    out.push_str(": request http.method=");
    write_escaped(out, line.method)?;
    out.push_str(" http.path=");
    write_escaped(out, line.path)?;
    out.push_str(" http.route=");
    write_escaped(out, line.route)?;
    out.push_str(" http.status=");
    out.push_str(itoa::Buffer::new().format(line.status));
    out.push_str(" duration_ms=");
    write_milliseconds(out, line.elapsed.as_micros());
    out.push('\n');
    Ok(())
}

/// Writes `micros` microseconds in milliseconds as `{:?}` writes the float `micros / 1000`
/// (`1.5`, `0.007`, `1500.0`): the decimal itself, whose three places at most make it the
/// shortest that reads back as that float, below 2^53 microseconds (285 years).
fn write_milliseconds(out: &mut String, micros: u128) {
    let mut digits = itoa::Buffer::new();
    out.push_str(digits.format(micros / 1000));
    out.push('.');
    let fraction = micros % 1000;
    if fraction == 0 {
        out.push('0');
        return;
    }
    // Three places, then without the zeros at the end.
    let places = [fraction / 100, fraction / 10 % 10, fraction % 10];
    let last = places.iter().rposition(|&d| d != 0).unwrap_or(0);
    for &d in &places[..=last] {
        // A decimal digit: the cast cannot truncate.
        out.push(char::from(b'0' + d as u8));
    }
}

#[cfg(test)]
mod tests {
    use std::io;
    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use tracing_subscriber::fmt::MakeWriter;

    use super::*;

    fn at(seconds: u64, micros: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds) + Duration::from_micros(micros)
    }

    fn utc(time: SystemTime) -> String {
        let mut out = String::new();
        write_utc_micros(&mut out, time).unwrap();
        out
    }

    #[test]
    fn times_are_utc_with_microseconds_also_within_and_across_a_second() {
        // 2026-12-07T13:09:52Z
        let second = 1_796_648_992;
        assert_eq!(utc(at(second, 0)), "2026-12-07T13:09:52.000000Z");
        assert_eq!(utc(at(second, 123_456)), "2026-12-07T13:09:52.123456Z");
        assert_eq!(utc(at(second, 999_999)), "2026-12-07T13:09:52.999999Z");
        assert_eq!(utc(at(second + 1, 7)), "2026-12-07T13:09:53.000007Z");
        assert_eq!(utc(at(second - 86_400, 5)), "2026-12-06T13:09:52.000005Z");
        assert_eq!(utc(at(0, 0)), "1970-01-01T00:00:00.000000Z");
        assert_eq!(
            utc(UNIX_EPOCH - Duration::from_secs(5)),
            "1970-01-01T00:00:00.000000Z"
        );
    }

    /// Lines written by a subscriber, kept in memory.
    #[derive(Clone, Default)]
    struct Captured(Arc<Mutex<Vec<u8>>>);

    impl io::Write for Captured {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    impl<'a> MakeWriter<'a> for Captured {
        type Writer = Captured;
        fn make_writer(&'a self) -> Captured {
            self.clone()
        }
    }

    impl Captured {
        fn text(&self) -> String {
            String::from_utf8(self.0.lock().unwrap().clone()).unwrap()
        }
    }

    #[derive(Debug)]
    struct Outer(Inner);
    #[derive(Debug)]
    struct Inner;
    impl fmt::Display for Outer {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("could not send")
        }
    }
    impl fmt::Display for Inner {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("connection refused")
        }
    }
    impl std::error::Error for Outer {
        fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
            Some(&self.0)
        }
    }
    impl std::error::Error for Inner {}

    /// The events every comparison logs: the request line and fields of every kind.
    fn log_events() {
        let method = "GET";
        tracing::info!(
            http.method = %method,
            http.path = %"/initiatives",
            http.route = %"/initiatives",
            http.status = 200u16,
            duration_ms = 0.012_345_f64,
            "request"
        );
        tracing::warn!(
            count = -3i64,
            done = true,
            name = "quoted \"text\"",
            list = ?vec![1, 2],
            error = &Outer(Inner) as &(dyn std::error::Error + 'static),
            "Sparks is listening on http://{}",
            "127.0.0.1:8080"
        );
        tracing::info!(r#type = "raw", slow = 1500.0_f64, "");
        let span = tracing::info_span!("client", ip = %"192.0.2.1");
        span.in_scope(|| tracing::info!(n = 1u64, "in a span"));
    }

    /// The lines of [`log_events`] without their times, with the given field formatter.
    fn lines_with<F>(fields: F) -> Vec<String>
    where
        F: for<'w> FormatFields<'w> + Send + Sync + 'static,
    {
        let captured = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(captured.clone())
            .with_ansi(false)
            .fmt_fields(fields)
            .finish();
        tracing::subscriber::with_default(subscriber, log_events);
        captured
            .text()
            .lines()
            .map(|line| line.split_once(' ').unwrap().1.to_owned())
            .collect()
    }

    #[test]
    fn fields_are_written_as_the_default_formatter_writes_them_without_colours() {
        let default = lines_with(tracing_subscriber::fmt::format::DefaultFields::new());
        let plain = lines_with(PlainFields);
        assert_eq!(plain.len(), 4, "{plain:#?}");
        assert_eq!(plain, default);
        assert!(plain[0].ends_with(
            "request http.method=GET http.path=/initiatives http.route=/initiatives \
             http.status=200 duration_ms=0.012345"
        ));
    }

    #[test]
    fn a_request_line_put_together_directly_is_the_events_line() {
        let lines = [
            RequestLine {
                method: "GET",
                path: "/initiatives",
                route: "/initiatives",
                status: 200,
                elapsed: Duration::from_nanos(12_345),
            },
            RequestLine {
                method: "POST",
                path: "/a\u{1b}[31m\u{85}£",
                route: "unmatched",
                status: 404,
                elapsed: Duration::from_millis(1_500),
            },
        ];
        let timed = [
            0,
            1,
            7,
            10,
            120,
            1_500,
            221_234,
            1_000_000,
            1_500_000,
            86_400_000_000,
        ]
        .map(|micros| RequestLine {
            elapsed: Duration::from_micros(micros),
            ..lines[0]
        });
        for line in lines.into_iter().chain(timed) {
            let captured = Captured::default();
            let subscriber = tracing_subscriber::fmt()
                .with_writer(captured.clone())
                .with_ansi(false)
                .with_timer(UtcMicros)
                .fmt_fields(PlainFields)
                .finish();
            tracing::subscriber::with_default(subscriber, || {
                sparks_web::request_log::event(&line);
            });
            let event = captured.text();
            let mut direct = String::new();
            write_request_line(&mut direct, SystemTime::now(), &line).unwrap();
            let without_time = |text: &str| text.split_once(' ').unwrap().1.to_owned();
            assert_eq!(without_time(&direct), without_time(&event));
            assert_eq!(direct.len(), event.len());
            assert!(!direct.contains('\u{1b}'), "{direct}");
        }
    }

    #[test]
    fn the_line_has_the_default_timers_shape() {
        let captured = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(captured.clone())
            .with_ansi(false)
            .with_timer(UtcMicros)
            .fmt_fields(PlainFields)
            .finish();
        tracing::subscriber::with_default(subscriber, || tracing::info!("started"));
        let line = captured.text();
        let (time, rest) = line.split_once(' ').unwrap();
        assert_eq!(time.len(), "2026-12-07T13:09:52.123456Z".len(), "{line}");
        assert!(time.ends_with('Z') && time.as_bytes()[10] == b'T', "{line}");
        assert!(rest.trim_start().starts_with("INFO"), "{line}");
    }

    #[test]
    fn control_characters_are_escaped_in_messages_and_values() {
        let captured = Captured::default();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(captured.clone())
            .with_ansi(false)
            .fmt_fields(PlainFields)
            .finish();
        tracing::subscriber::with_default(subscriber, || {
            tracing::info!(path = %"/a\nFORGED b", "bell\x07 {}", "\x1b[31mred");
        });
        let text = captured.text();
        assert_eq!(text.lines().count(), 1, "{text}");
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text}");
        assert!(
            text.contains(r"bell\x{7} \x{1b}[31mred path=/a\x{a}FORGED b"),
            "{text}"
        );
    }
}
