//! Articles from the web: fetching a page or a feed over HTTP(S), decoding
//! its charset, keeping it in an on-disk cache, and turning it into an
//! [`Article`](crate::article::Article) or a list of feed items.
//!
//! Each file has one job: [`fetch`] talks HTTP, [`cache`] stores what was
//! fetched, [`charset`] decodes bytes, [`page`] decides what a response is
//! (a page, a feed, something else), [`feed`] reads RSS, Atom and JSON
//! Feed, and [`error`] names what went wrong. Nothing here knows about
//! terminals; the interface only sees [`Fetcher`] and its results.

pub mod cache;
pub mod charset;
pub mod error;
pub mod feed;
pub mod fetch;
pub mod open;
pub mod page;

pub use cache::Cache;
pub use error::{Cause, FetchError};
pub use feed::{Feed, FeedItem};
pub use fetch::{FetchOptions, Fetched, Fetcher, Origin};
pub use open::{Opened, is_feed_file, item_article, open_url, read_feed_file};
pub use page::{Resource, classify, page_article};

/// Whether a command-line input names a web address rather than a file.
pub fn is_url(input: &str) -> bool {
    let lower = input.get(..8).unwrap_or(input).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_http_and_https_addresses_are_urls() {
        assert!(is_url("https://example.org/news/a.html"));
        assert!(is_url("HTTP://example.org"));
        assert!(!is_url("ftp://example.org/a.txt"));
        assert!(!is_url("news/https.html"));
        assert!(!is_url("-"));
        assert!(!is_url("é"));
    }
}
