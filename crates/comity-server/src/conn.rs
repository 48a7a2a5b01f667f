//! The connection layer under hyper: a request line longer than [`MAX_REQUEST_LINE`] is
//! answered with the API's JSON error shape (414, `uri-too-long`) before hyper sees it.
//! Hyper refuses a URI over 65,534 bytes itself, with an empty body that is not the API's
//! error shape (review: a 100k-character path gave 414 with no body).
//!
//! Only the first request line of a connection is checked (where such a request comes from a
//! client that opened the connection for it); a later request on a kept-alive connection
//! falls back to hyper's own 414.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::{TcpListener, TcpStream};

/// The longest request line (method, target and version) answered normally: 16 KiB, well
/// under hyper's own URI limit, so that the API answers a longer one in its own shape.
pub const MAX_REQUEST_LINE: usize = 16 * 1024;

/// The listener `comity serve` uses: TCP, each connection wrapped in [`Checked`].
pub struct CheckedListener(pub TcpListener);

impl axum::serve::Listener for CheckedListener {
    type Io = Checked;
    type Addr = std::net::SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        let (io, addr) = axum::serve::Listener::accept(&mut self.0).await;
        (Checked::new(io), addr)
    }

    fn local_addr(&self) -> io::Result<Self::Addr> {
        self.0.local_addr()
    }
}

enum State {
    /// Reading the first request line (not yet passed on).
    Checking(Vec<u8>),
    /// Passing on what was held back, from `.1`, then reading through.
    Passing(Vec<u8>, usize),
    /// Writing the 414 answer from `.1`, then end of stream.
    Rejecting(Vec<u8>, usize),
    /// The answer was written: end of stream.
    Done,
}

/// A TCP stream whose first request line is checked for length.
pub struct Checked {
    io: TcpStream,
    state: State,
}

impl Checked {
    fn new(io: TcpStream) -> Checked {
        Checked {
            io,
            state: State::Checking(Vec::new()),
        }
    }
}

/// The 414 answer: the API's error shape ([`crate::error::ErrorBody`]).
fn too_long_response() -> Vec<u8> {
    let body = serde_json::json!({
        "error": "uri-too-long",
        "detail": format!("the request line is longer than {MAX_REQUEST_LINE} bytes"),
        "hint": "names, dates and parameters are short: see /api/v1/openapi.json for the paths and parameters",
    })
    .to_string();
    format!(
        "HTTP/1.1 414 URI Too Long\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\nx-content-type-options: nosniff\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

impl AsyncRead for Checked {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        loop {
            match &mut this.state {
                State::Checking(held) => {
                    let mut chunk = [0u8; 8192];
                    let mut rb = ReadBuf::new(&mut chunk);
                    match Pin::new(&mut this.io).poll_read(cx, &mut rb) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                        Poll::Ready(Ok(())) => {
                            let got = rb.filled();
                            let eof = got.is_empty();
                            held.extend_from_slice(got);
                            let line_end = held.iter().position(|&b| b == b'\n');
                            if line_end.is_some_and(|i| i <= MAX_REQUEST_LINE)
                                || (line_end.is_none() && eof)
                            {
                                this.state = State::Passing(std::mem::take(held), 0);
                            } else if line_end.is_some() || held.len() > MAX_REQUEST_LINE {
                                this.state = State::Rejecting(too_long_response(), 0);
                            }
                        }
                    }
                }
                State::Passing(held, pos) => {
                    if *pos < held.len() {
                        let n = (held.len() - *pos).min(buf.remaining());
                        buf.put_slice(&held[*pos..*pos + n]);
                        *pos += n;
                        if *pos == held.len() {
                            *held = Vec::new();
                        }
                        return Poll::Ready(Ok(()));
                    }
                    return Pin::new(&mut this.io).poll_read(cx, buf);
                }
                State::Rejecting(resp, pos) => {
                    while *pos < resp.len() {
                        match Pin::new(&mut this.io).poll_write(cx, &resp[*pos..]) {
                            Poll::Pending => return Poll::Pending,
                            Poll::Ready(Err(e)) => return Poll::Ready(Err(e)),
                            Poll::Ready(Ok(0)) => {
                                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()))
                            }
                            Poll::Ready(Ok(n)) => *pos += n,
                        }
                    }
                    match Pin::new(&mut this.io).poll_flush(cx) {
                        Poll::Pending => return Poll::Pending,
                        Poll::Ready(r) => r?,
                    }
                    tracing::info!(
                        status = 414,
                        "request line too long: answered before routing"
                    );
                    this.state = State::Done;
                }
                // End of stream: hyper closes the connection without an answer of its own.
                State::Done => return Poll::Ready(Ok(())),
            }
        }
    }
}

impl AsyncWrite for Checked {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().io).poll_write(cx, buf)
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().io).poll_shutdown(cx)
    }
}
