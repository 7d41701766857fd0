//! The log of one test: a JSON `tracing` subscriber that writes into memory while it is in
//! force, to read the security events a request logged.

use std::sync::{Arc, Mutex};

use tracing::subscriber::DefaultGuard;

/// Log lines written while a capture is in force on this thread.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    /// The security events, as the JSON log format writes them (`fields` and `span`).
    pub fn events(&self) -> Vec<serde_json::Value> {
        String::from_utf8_lossy(&self.0.lock().unwrap())
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter(|e| e["fields"]["security_event"].is_string())
            .collect()
    }

    /// Everything logged, as written.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

/// Captures the JSON log of this thread until the guard is dropped. A test runs on one
/// thread (a current-thread runtime), so the capture sees the requests this test sends and
/// nothing of the tests running beside it.
pub fn capture() -> (Captured, DefaultGuard) {
    // `tracing` caches each callsite's interest once, process-wide. While a single
    // dispatcher exists it asks the default of the thread that reaches the callsite first:
    // a test beside this one, with no subscriber, would cache `never` and this capture
    // would miss the event. A second dispatcher that lives for the whole run (never a
    // default anywhere, it sees nothing) makes every registration ask all of them.
    static ANCHOR: std::sync::OnceLock<tracing::Dispatch> = std::sync::OnceLock::new();
    ANCHOR.get_or_init(|| {
        tracing::Dispatch::new(
            tracing_subscriber::fmt()
                .with_writer(std::io::sink)
                .finish(),
        )
    });
    let log = Captured::default();
    let writer = log.clone();
    let subscriber = tracing_subscriber::fmt()
        .json()
        .with_writer(move || writer.clone())
        .finish();
    (log, tracing::subscriber::set_default(subscriber))
}
