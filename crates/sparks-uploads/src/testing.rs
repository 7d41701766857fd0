//! An S3-compatible server for tests: moto's (`pip install 'moto[server]'`), started on a
//! free port of 127.0.0.1 and stopped when dropped.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running moto server.
#[derive(Debug)]
pub struct Moto {
    child: Child,
    addr: String,
}

impl Moto {
    /// Starts moto (`moto_server`, or `python3 -m moto.server`). `Err` says why it could not,
    /// for the test to print before it skips.
    pub fn start() -> Result<Moto, String> {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| format!("no free port: {e}"))?
            .port()
            .to_string();
        let addr = format!("127.0.0.1:{port}");
        let server = ["-H", "127.0.0.1", "-p", port.as_str()];
        let mut why = Vec::new();
        for (program, prefix) in [
            ("moto_server", &[][..]),
            ("python3", &["-m", "moto.server"][..]),
        ] {
            let spawned = Command::new(program)
                .args(prefix)
                .args(server)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            let mut child = match spawned {
                Ok(child) => child,
                Err(e) => {
                    why.push(format!("{program}: {e}"));
                    continue;
                }
            };
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                if let Ok(Some(status)) = child.try_wait() {
                    // A pyenv shim, or a Python without moto, exits at once.
                    why.push(format!("{program} exited ({status})"));
                    break;
                }
                if TcpStream::connect(&addr).is_ok() {
                    return Ok(Moto { child, addr });
                }
                if Instant::now() > deadline {
                    let _ = child.kill();
                    let _ = child.wait();
                    why.push(format!("{program} did not listen on {addr} within 30 s"));
                    break;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        Err(format!(
            "moto is not installed or does not start ({}); pip install 'moto[server]'",
            why.join("; ")
        ))
    }

    /// The endpoint URL (`http://127.0.0.1:PORT`).
    pub fn endpoint(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Creates a bucket (moto takes an unsigned `PUT /BUCKET`).
    pub fn create_bucket(&self, bucket: &str) -> Result<(), String> {
        let mut stream = TcpStream::connect(&self.addr).map_err(|e| e.to_string())?;
        write!(
            stream,
            "PUT /{bucket} HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .map_err(|e| e.to_string())?;
        let mut response = String::new();
        stream
            .read_to_string(&mut response)
            .map_err(|e| e.to_string())?;
        if response.starts_with("HTTP/1.1 200") {
            Ok(())
        } else {
            Err(format!("creating bucket {bucket}: {response}"))
        }
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
