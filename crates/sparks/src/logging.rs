//! Log output: one line per event on stderr, written in batches by a thread of its own.
//!
//! Why batches: the server logs a line per request, and both writing it from the request's
//! thread (a system call each) and handing each line to a writer thread (a wake-up each)
//! were visible shares of serving a cached page. Lines are appended to a shared buffer
//! instead, which the writer thread empties every [`FLUSH_EVERY`] or when it grows large;
//! dropping the [`LogFlusher`] writes out the rest.

use std::io::Write;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

/// How long a line may wait in the buffer.
const FLUSH_EVERY: Duration = Duration::from_millis(25);
/// A buffer this large is written out at once, without waiting.
const FLUSH_AT_BYTES: usize = 256 << 10;

#[derive(Default)]
struct Shared {
    buffer: Mutex<(Vec<u8>, bool)>,
    wake: Condvar,
}

/// Where log lines go: a cheap handle on the shared buffer.
#[derive(Clone)]
pub struct BatchedStderr {
    shared: Arc<Shared>,
}

impl BatchedStderr {
    /// Appends whole lines to the buffer.
    pub fn append(&self, bytes: &[u8]) {
        let mut guard = self
            .shared
            .buffer
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        guard.0.extend_from_slice(bytes);
        if guard.0.len() >= FLUSH_AT_BYTES {
            self.shared.wake.notify_one();
        }
    }

    /// A writer of request log lines for [`sparks_web::request_log::set_writer`]: each
    /// line put together by [`crate::log_format::write_request_line`] in a buffer of the
    /// thread's own, then appended.
    pub fn request_lines(self) -> sparks_web::request_log::Writer {
        thread_local! {
            static LINE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
        }
        Box::new(move |line| {
            LINE.with_borrow_mut(|text| {
                text.clear();
                // Formatting into a String cannot fail.
                if crate::log_format::write_request_line(text, std::time::SystemTime::now(), line)
                    .is_ok()
                {
                    self.append(text.as_bytes());
                }
            });
        })
    }
}

impl Write for BatchedStderr {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.append(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for BatchedStderr {
    type Writer = BatchedStderr;

    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

/// Keeps the writer thread; dropping it writes out what is still buffered and stops it.
pub struct LogFlusher {
    shared: Arc<Shared>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for LogFlusher {
    fn drop(&mut self) {
        if let Ok(mut guard) = self.shared.buffer.lock() {
            guard.1 = true;
        }
        self.shared.wake.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// A writer for log lines and the thread that empties it into stderr.
pub fn batched_stderr() -> (BatchedStderr, LogFlusher) {
    let shared = Arc::new(Shared::default());
    let for_thread = Arc::clone(&shared);
    let thread = std::thread::Builder::new()
        .name("sparks-log".to_owned())
        .spawn(move || write_out(&for_thread))
        .ok();
    (
        BatchedStderr {
            shared: Arc::clone(&shared),
        },
        LogFlusher { shared, thread },
    )
}

fn write_out(shared: &Shared) {
    let mut out = Vec::new();
    loop {
        let stop = {
            let guard = shared
                .buffer
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let (mut guard, _) = shared
                .wake
                .wait_timeout_while(guard, FLUSH_EVERY, |(b, stop)| {
                    b.len() < FLUSH_AT_BYTES && !*stop
                })
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            std::mem::swap(&mut guard.0, &mut out);
            guard.1
        };
        if !out.is_empty() {
            let mut stderr = std::io::stderr().lock();
            // Nowhere to report a failure to write the log.
            let _ = stderr.write_all(&out);
            let _ = stderr.flush();
            out.clear();
        }
        if stop {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_reach_the_buffer_whole_and_the_flusher_stops() {
        let (mut writer, flusher) = batched_stderr();
        writer.write_all(b"one line\n").unwrap();
        writer.write_all(b"another\n").unwrap();
        drop(flusher);
        // After the flusher stopped, the buffer was taken and written out.
        assert!(writer.shared.buffer.lock().unwrap().0.is_empty());
    }
}
