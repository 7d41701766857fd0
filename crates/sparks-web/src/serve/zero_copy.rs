//! Large cached page bodies sent from a file, without copying them into the socket.
//!
//! Why: answering a cached directory page (37 KB) with 32 connections, a server core spent
//! a fifth of its time copying the body into the socket (`rep movs` under `writev`), and that
//! copy was what separated Sparks from nginx serving the same bytes: nginx with `sendfile
//! off` served fewer pages per second than Sparks, with `sendfile on` 1.6 times as many
//! (BENCHMARKS.md, "Issue #20, afternoon of 2026-12-07"). So a kept body of [`MIN_BYTES`] or
//! more is also copied once into an anonymous in-memory file (`memfd_create`, sealed against
//! change), and the server's connections ([`ZeroCopyStream`]) send such a body with
//! `sendfile` from that file, which passes page references instead of copying.
//!
//! hyper writes a response as bytes (the head, then the body), so the stream recognises a
//! kept body by its address: a [`FileBacked`] registers the address range of the body it
//! holds, and that memory stays alive and unchanged while it is registered (it holds a
//! clone of the immutable `Bytes`). A write of any other bytes is an ordinary write. At most
//! [`MAX_FILES`] bodies are kept in files at once, each with one file descriptor.

use std::collections::BTreeMap;
use std::io::{self, IoSlice, Write};
use std::os::fd::OwnedFd;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll, ready};

use axum::body::Bytes;
use tokio::io::{AsyncRead, AsyncWrite, Interest, ReadBuf};
use tokio::net::TcpStream;

/// Bodies at least this large are kept in a file: for smaller ones the copy costs less than
/// the second system call (the head is sent apart from the body).
pub const MIN_BYTES: usize = 16 << 10;
/// The most bodies kept in files at once: each holds a file descriptor, which connections
/// need too. The page cache's hot pages come first (a page is kept on its second render).
pub const MAX_FILES: usize = 64;
/// A rest of a body smaller than this (after a partial send) is written as bytes.
const MIN_SEND_FROM_FILE: usize = 4 << 10;

/// A registered body: where it ends, and its file.
struct Registered {
    end: usize,
    file: Arc<OwnedFd>,
}

/// Kept bodies by the address of their first byte.
static REGISTERED: RwLock<BTreeMap<usize, Registered>> = RwLock::new(BTreeMap::new());
/// How many bodies are kept in files.
static FILES: AtomicUsize = AtomicUsize::new(0);
/// How many body bytes have been sent from files, for the tests.
static SENT_FROM_FILES: AtomicU64 = AtomicU64::new(0);

/// How many body bytes this process has sent from files.
pub fn bytes_sent_from_files() -> u64 {
    SENT_FROM_FILES.load(Ordering::Relaxed)
}

/// A body kept in an in-memory file as long as this lives; while it does, a
/// [`ZeroCopyStream`] sends that body (or any part of it) from the file.
#[derive(Debug)]
pub struct FileBacked {
    /// The body, held so that its memory is neither freed nor reused while registered.
    body: Bytes,
    file: Arc<OwnedFd>,
}

impl FileBacked {
    /// Keeps `body` in a file, or `None` when it is smaller than [`MIN_BYTES`], when
    /// [`MAX_FILES`] bodies are kept already, or when the file cannot be made (then the body
    /// is simply sent as bytes).
    pub fn new(body: &Bytes) -> Option<FileBacked> {
        if body.len() < MIN_BYTES {
            return None;
        }
        if FILES.fetch_add(1, Ordering::Relaxed) >= MAX_FILES {
            FILES.fetch_sub(1, Ordering::Relaxed);
            return None;
        }
        let file = match file_with(body) {
            Ok(file) => Arc::new(file),
            Err(e) => {
                FILES.fetch_sub(1, Ordering::Relaxed);
                tracing::debug!(error = %e, "could not keep a page body in a file");
                return None;
            }
        };
        let start = body.as_ptr().addr();
        let registered = Registered {
            end: start + body.len(),
            file: Arc::clone(&file),
        };
        let mut map = REGISTERED
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        map.insert(start, registered);
        Some(FileBacked {
            body: body.clone(),
            file,
        })
    }
}

impl Drop for FileBacked {
    fn drop(&mut self) {
        let start = self.body.as_ptr().addr();
        let mut map = REGISTERED
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        // Only this body's own registration (another one for the same address would be a
        // clone of the same bytes, registered later).
        if map
            .get(&start)
            .is_some_and(|r| Arc::ptr_eq(&r.file, &self.file))
        {
            map.remove(&start);
        }
        FILES.fetch_sub(1, Ordering::Relaxed);
    }
}

/// An in-memory file holding `body`, sealed so that nothing can change or resize it.
fn file_with(body: &[u8]) -> io::Result<OwnedFd> {
    use rustix::fs::{MemfdFlags, SealFlags};
    let fd = rustix::fs::memfd_create(
        "sparks-page",
        MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING,
    )?;
    let mut file = std::fs::File::from(fd);
    file.write_all(body)?;
    let fd = OwnedFd::from(file);
    rustix::fs::fcntl_add_seals(
        &fd,
        SealFlags::SEAL | SealFlags::WRITE | SealFlags::SHRINK | SealFlags::GROW,
    )?;
    Ok(fd)
}

/// The file and offset that hold `bytes`, when they are (part of) a kept body.
fn file_holding(bytes: &[u8]) -> Option<(Arc<OwnedFd>, u64)> {
    if bytes.len() < MIN_SEND_FROM_FILE {
        return None;
    }
    let start = bytes.as_ptr().addr();
    let map = REGISTERED.read().ok()?;
    let (&body_start, registered) = map.range(..=start).next_back()?;
    let offset = u64::try_from(start - body_start).ok()?;
    (start + bytes.len() <= registered.end).then(|| (Arc::clone(&registered.file), offset))
}

/// A TCP connection that sends kept bodies from their files (see the module's notes) and
/// everything else as an ordinary write.
#[derive(Debug)]
pub struct ZeroCopyStream {
    inner: TcpStream,
}

impl ZeroCopyStream {
    /// Wraps an accepted connection.
    pub fn new(inner: TcpStream) -> Self {
        ZeroCopyStream { inner }
    }
}

impl AsyncRead for ZeroCopyStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl AsyncWrite for ZeroCopyStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.poll_write_vectored(cx, &[IoSlice::new(buf)])
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        let kept = bufs
            .iter()
            .enumerate()
            .find_map(|(at, buf)| file_holding(buf).map(|(file, offset)| (at, file, offset)));
        let Some((at, file, offset)) = kept else {
            return Pin::new(&mut this.inner).poll_write_vectored(cx, bufs);
        };
        let (head, body_len) = (&bufs[..at], bufs[at].len());
        loop {
            ready!(this.inner.poll_write_ready(cx))?;
            match this.inner.try_io(Interest::WRITABLE, || {
                send_with_file(&this.inner, head, &file, offset, body_len)
            }) {
                Ok(sent) => return Poll::Ready(Ok(sent)),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Poll::Ready(Err(e)),
            }
        }
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// Sends `head` (the bytes before a kept body: a response's head, say), then `len` bytes of
/// `file` from `offset`. Returns how many bytes went, head first, as a vectored write would.
fn send_with_file(
    socket: &TcpStream,
    head: &[IoSlice<'_>],
    file: &OwnedFd,
    offset: u64,
    len: usize,
) -> io::Result<usize> {
    use rustix::net::{SendAncillaryBuffer, SendFlags};
    let head_len: usize = head.iter().map(|b| b.len()).sum();
    let mut sent = 0;
    if head_len > 0 {
        // MSG_MORE: the head waits for the body, and both leave in the same segments, as
        // they would from one write.
        sent = rustix::net::sendmsg(
            socket,
            head,
            &mut SendAncillaryBuffer::default(),
            SendFlags::MORE | SendFlags::NOSIGNAL,
        )?;
        if sent < head_len {
            return Ok(sent);
        }
    }
    let mut offset = offset;
    match rustix::fs::sendfile(socket, file, Some(&mut offset), len) {
        Ok(from_file) => {
            SENT_FROM_FILES.fetch_add(from_file as u64, Ordering::Relaxed);
            Ok(sent + from_file)
        }
        // The head went and the socket is full: report the head; the body follows when the
        // socket drains (and an error shows again on that attempt).
        Err(_) if sent > 0 => Ok(sent),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpListener;

    use super::*;

    fn body(len: usize, seed: u8) -> Bytes {
        (0..len)
            .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
            .collect::<Vec<u8>>()
            .into()
    }

    /// A connected pair: the server's side wrapped, the client's side plain.
    async fn pair() -> (ZeroCopyStream, TcpStream) {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap());
        let (client, accepted) = tokio::join!(client, listener.accept());
        (ZeroCopyStream::new(accepted.unwrap().0), client.unwrap())
    }

    /// Writes `parts` through the stream as hyper does (vectored, again with the rest until
    /// all went) while the client reads them, slowly when `slow`; returns what it read.
    async fn send_and_read(parts: Vec<Bytes>, slow: bool) -> Vec<u8> {
        let (mut server, mut client) = pair().await;
        let total: usize = parts.iter().map(Bytes::len).sum();
        let writer = tokio::spawn(async move {
            let mut parts = parts;
            while !parts.is_empty() {
                let slices: Vec<IoSlice<'_>> = parts.iter().map(|p| IoSlice::new(p)).collect();
                let mut written = server.write_vectored(&slices).await.unwrap();
                assert!(written > 0);
                while written > 0 {
                    let first = parts[0].len().min(written);
                    parts[0] = parts[0].slice(first..);
                    written -= first;
                    if parts[0].is_empty() {
                        parts.remove(0);
                    }
                }
            }
            server.flush().await.unwrap();
            server
        });
        let mut read = vec![0; total];
        let mut at = 0;
        while at < total {
            if slow {
                tokio::time::sleep(Duration::from_millis(2)).await;
            }
            let n = client.read(&mut read[at..]).await.unwrap();
            assert!(n > 0, "the connection closed after {at} of {total} bytes");
            at += n;
        }
        drop(writer.await.unwrap());
        read
    }

    #[tokio::test]
    async fn a_kept_body_after_a_head_arrives_whole_and_is_sent_from_its_file() {
        let page = body(40_000, 1);
        let kept = FileBacked::new(&page).expect("kept");
        let head = Bytes::from_static(b"HTTP/1.1 200 OK\r\ncontent-length: 40000\r\n\r\n");
        let before = bytes_sent_from_files();
        let read = send_and_read(vec![head.clone(), page.clone()], false).await;
        assert_eq!(read, [&head[..], &page[..]].concat());
        assert!(bytes_sent_from_files() - before >= 40_000);
        drop(kept);
    }

    #[tokio::test]
    async fn a_large_body_to_a_slow_reader_arrives_whole_through_partial_sends() {
        // Larger than the socket buffers: sends are partial, and the rest of the body is
        // sent from the file at its offset.
        let page = body(6 << 20, 2);
        let kept = FileBacked::new(&page).expect("kept");
        let head = Bytes::from_static(b"head");
        let tail = Bytes::from_static(b"and the next response");
        let read = send_and_read(vec![head.clone(), page.clone(), tail.clone()], true).await;
        assert_eq!(read, [&head[..], &page[..], &tail[..]].concat());
        drop(kept);
    }

    #[tokio::test]
    async fn other_bytes_and_bodies_no_longer_kept_are_written_as_bytes() {
        let page = body(40_000, 3);
        let kept = FileBacked::new(&page).expect("kept");
        assert!(file_holding(&page).is_some());
        assert!(file_holding(&page[100..]).is_some_and(|(_, offset)| offset == 100));
        drop(kept);
        assert!(file_holding(&page).is_none());
        let other = body(40_000, 4);
        assert!(file_holding(&other).is_none());
        let read = send_and_read(vec![page.clone(), other.clone()], false).await;
        assert_eq!(read, [&page[..], &other[..]].concat());
    }

    #[test]
    fn small_bodies_are_not_kept_in_files() {
        assert!(FileBacked::new(&body(MIN_BYTES - 1, 5)).is_none());
    }
}
