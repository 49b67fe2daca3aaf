//! What can go wrong getting something from the web, as data: the address
//! and the cause, printed as one line ("URL: timed out after 15 s").

use std::fmt;
use std::time::Duration;

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cause {
    /// Not an http:// or https:// address byline can request.
    BadUrl(String),
    /// The host name could not be resolved.
    Dns,
    /// Nothing listens at that address and port.
    Refused,
    /// No answer within the timeout (connecting or reading).
    Timeout(Duration),
    /// The secure connection could not be set up.
    Tls(String),
    /// The server answered with an error status.
    Http { status: u16, reason: String },
    /// More than the allowed number of redirects.
    TooManyRedirects(u32),
    /// The body is larger than the size limit.
    TooLarge { limit: u64 },
    /// The response is neither a page nor a feed.
    NotHtml { content_type: String },
    /// The response was expected to be a feed and is not one.
    NotAFeed(String),
    /// A page that was fetched but cannot be read as its format.
    Unreadable(String),
    /// `--offline` and the address is not in the cache.
    NotCached,
    /// The connection broke, or some other input/output error.
    Network(String),
}

/// A failed fetch: the address and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchError {
    pub url: String,
    pub cause: Cause,
}

impl FetchError {
    pub fn new(url: impl Into<String>, cause: Cause) -> FetchError {
        FetchError { url: url.into(), cause }
    }
}

impl fmt::Display for Cause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Cause::BadUrl(why) => write!(f, "not a web address byline can fetch ({why})"),
            Cause::Dns => f.write_str("host name not found (DNS)"),
            Cause::Refused => f.write_str("connection refused"),
            Cause::Timeout(t) => write!(f, "timed out after {} s", t.as_secs_f32()),
            Cause::Tls(why) => write!(f, "TLS error: {why}"),
            Cause::Http { status, reason } if reason.is_empty() => write!(f, "HTTP {status}"),
            Cause::Http { status, reason } => write!(f, "HTTP {status} {reason}"),
            Cause::TooManyRedirects(n) => write!(f, "more than {n} redirects"),
            Cause::TooLarge { limit } => write!(f, "too large: over the {} limit", megabytes(*limit)),
            Cause::NotHtml { content_type } => {
                write!(f, "not an HTML page or a feed (Content-Type {content_type})")
            }
            Cause::NotAFeed(why) => write!(f, "not a feed: {why}"),
            Cause::Unreadable(why) => f.write_str(why),
            Cause::NotCached => f.write_str("not in the cache, and --offline was given"),
            Cause::Network(why) => write!(f, "network error: {why}"),
        }
    }
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.url, self.cause)
    }
}

impl std::error::Error for FetchError {}

/// "20 MB", or bytes for limits under a megabyte.
fn megabytes(bytes: u64) -> String {
    if bytes >= 1_000_000 && bytes.is_multiple_of(1_000_000) {
        format!("{} MB", bytes / 1_000_000)
    } else {
        format!("{bytes}-byte")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_failure_is_one_line_naming_the_address() {
        let cases = [
            (Cause::Dns, "DNS"),
            (Cause::Refused, "refused"),
            (Cause::Timeout(Duration::from_secs(15)), "timed out after 15 s"),
            (
                Cause::Http {
                    status: 404,
                    reason: "Not Found".into(),
                },
                "HTTP 404 Not Found",
            ),
            (Cause::TooLarge { limit: 20_000_000 }, "over the 20 MB limit"),
            (
                Cause::NotHtml {
                    content_type: "image/png".into(),
                },
                "image/png",
            ),
        ];
        for (cause, expected) in cases {
            let line = FetchError::new("https://example.org/a", cause).to_string();
            assert!(line.starts_with("https://example.org/a: "), "{line}");
            assert!(line.contains(expected), "{line}");
            assert!(!line.contains('\n'));
        }
    }
}
