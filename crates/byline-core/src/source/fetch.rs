//! Getting a page or a feed over HTTP(S) with ureq (rustls, no OpenSSL):
//! gzip, deflate and brotli bodies, at most five redirects, connect and
//! read timeouts, a size cap enforced while reading, `User-Agent:
//! byline/VERSION`, proxies from `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`
//! (and `NO_PROXY`), and the on-disk [`Cache`]: a cached address is
//! revalidated (`If-None-Match`, `If-Modified-Since`; a 304 is served from
//! the cache) and, with `offline`, served as it is without asking anyone.

use std::io::Read;
use std::time::Duration;

use flate2::read::{DeflateDecoder, ZlibDecoder};
use ureq::ResponseExt;

use super::cache::{self, Cache, Meta};
use super::error::{Cause, FetchError};
use super::is_url;

/// The `User-Agent` byline sends.
pub const USER_AGENT: &str = concat!("byline/", env!("CARGO_PKG_VERSION"));

/// How byline fetches.
#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// For connecting, for the response to start, and for each read.
    pub timeout: Duration,
    /// Largest body accepted, counted after decompression.
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// Serve from the cache only; never touch the network.
    pub offline: bool,
    pub cache: Option<Cache>,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(15),
            max_bytes: 20_000_000,
            max_redirects: 5,
            offline: false,
            cache: None,
        }
    }
}

/// Where a fetched body came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Downloaded now.
    Network,
    /// The server said it had not changed (304); the cached copy was used.
    Revalidated,
    /// The cached copy, without asking the server (`offline`).
    Cache,
}

/// A fetched response body and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The address as requested.
    pub url: String,
    /// Where it was found after redirects.
    pub final_url: String,
    pub content_type: Option<String>,
    /// Decompressed, not yet decoded.
    pub body: Vec<u8>,
    pub origin: Origin,
}

impl Fetched {
    /// The media type alone, lowercased ("text/html").
    pub fn mime(&self) -> Option<String> {
        let ct = self.content_type.as_deref()?;
        let mime = ct.split(';').next().unwrap_or(ct).trim().to_ascii_lowercase();
        (!mime.is_empty()).then_some(mime)
    }

    fn from_cache(entry: cache::Entry, origin: Origin) -> Fetched {
        Fetched {
            url: entry.meta.url,
            final_url: entry.meta.final_url,
            content_type: entry.meta.content_type,
            body: entry.body,
            origin,
        }
    }
}

/// An HTTP client with byline's settings; cheap to share between threads.
#[derive(Debug)]
pub struct Fetcher {
    agent: ureq::Agent,
    options: FetchOptions,
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Fetcher {
        let t = Some(options.timeout);
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(options.max_redirects)
            .user_agent(USER_AGENT)
            .accept_encoding("gzip, deflate, br")
            .timeout_resolve(t)
            .timeout_connect(t)
            .timeout_recv_response(t)
            .timeout_per_read(t)
            .build()
            .new_agent();
        Fetcher { agent, options }
    }

    pub fn options(&self) -> &FetchOptions {
        &self.options
    }

    /// Fetches `url`, through the cache when there is one.
    pub fn fetch(&self, url: &str) -> Result<Fetched, FetchError> {
        if !is_url(url) {
            return Err(FetchError::new(
                url,
                Cause::BadUrl("only http:// and https:// are fetched".into()),
            ));
        }
        let cache = self.options.cache.as_ref();
        let cached = cache.and_then(|c| c.get(url));
        if self.options.offline {
            return cached
                .map(|entry| Fetched::from_cache(entry, Origin::Cache))
                .ok_or_else(|| FetchError::new(url, Cause::NotCached));
        }
        let mut request = self.agent.get(url);
        if let Some(entry) = &cached {
            if let Some(etag) = &entry.meta.etag {
                request = request.header("If-None-Match", etag);
            }
            if let Some(date) = &entry.meta.last_modified {
                request = request.header("If-Modified-Since", date);
            }
        }
        let err = |cause| FetchError::new(url, cause);
        let mut response = request.call().map_err(|e| err(self.cause(e)))?;
        let status = response.status();
        if status.as_u16() == 304
            && let Some(entry) = cached
        {
            return Ok(Fetched::from_cache(entry, Origin::Revalidated));
        }
        if !status.is_success() {
            return Err(err(Cause::Http {
                status: status.as_u16(),
                reason: status.canonical_reason().unwrap_or("").to_string(),
            }));
        }
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header("content-type");
        let encoding = header("content-encoding").map(|e| e.trim().to_ascii_lowercase());
        let no_store = header("cache-control").is_some_and(|c| c.to_ascii_lowercase().contains("no-store"));
        let meta = Meta {
            url: url.to_string(),
            final_url: response.get_uri().to_string(),
            content_type: content_type.clone(),
            etag: header("etag"),
            last_modified: header("last-modified"),
            stored: cache::now(),
        };
        let body = self.read_body(&mut response, encoding.as_deref()).map_err(err)?;
        if let Some(cache) = cache.filter(|_| !no_store) {
            // A cache that cannot be written costs only the next visit.
            let _ = cache.put(&meta, &body);
        }
        Ok(Fetched {
            url: meta.url,
            final_url: meta.final_url,
            content_type,
            body,
            origin: Origin::Network,
        })
    }

    /// Reads the body up to the size cap. ureq undoes gzip and brotli
    /// itself; deflate is undone here, zlib-wrapped as the standard says or
    /// raw as some servers send it.
    fn read_body(
        &self,
        response: &mut ureq::http::Response<ureq::Body>,
        encoding: Option<&str>,
    ) -> Result<Vec<u8>, Cause> {
        let limit = self.options.max_bytes;
        let too_large = Cause::TooLarge { limit };
        // A body announced as too large is refused before it is downloaded.
        if encoding.is_none() && response.body().content_length().is_some_and(|n| n > limit) {
            return Err(too_large);
        }
        let mut reader = response.body_mut().with_config().limit(limit).reader();
        let mut raw = Vec::new();
        reader
            .read_to_end(&mut raw)
            .map_err(|e| self.cause(ureq::Error::from(e)))?;
        if encoding != Some("deflate") {
            return Ok(raw);
        }
        let inflate = |r: &mut dyn Read| {
            let mut out = Vec::new();
            r.take(limit + 1).read_to_end(&mut out).map(|_| out)
        };
        let out = inflate(&mut ZlibDecoder::new(raw.as_slice()))
            .or_else(|_| inflate(&mut DeflateDecoder::new(raw.as_slice())))
            .map_err(|e| Cause::Network(format!("cannot decompress the deflate body: {e}")))?;
        if out.len() as u64 > limit {
            return Err(too_large);
        }
        Ok(out)
    }

    /// The cause, in the reader's terms, of a ureq error.
    fn cause(&self, e: ureq::Error) -> Cause {
        use std::io::ErrorKind;
        match e {
            ureq::Error::HostNotFound => Cause::Dns,
            ureq::Error::Timeout(_) => Cause::Timeout(self.options.timeout),
            ureq::Error::TooManyRedirects => Cause::TooManyRedirects(self.options.max_redirects),
            ureq::Error::BodyExceedsLimit(limit) => Cause::TooLarge { limit },
            ureq::Error::BadUri(why) => Cause::BadUrl(why),
            ureq::Error::Tls(why) => Cause::Tls(why.to_string()),
            ureq::Error::Rustls(e) => Cause::Tls(e.to_string()),
            ureq::Error::Pem(e) => Cause::Tls(e.to_string()),
            ureq::Error::StatusCode(status) => Cause::Http {
                status,
                reason: String::new(),
            },
            ureq::Error::Io(io) => {
                if let Some(tls) = io.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>()) {
                    return Cause::Tls(tls.to_string());
                }
                match io.kind() {
                    ErrorKind::ConnectionRefused => Cause::Refused,
                    ErrorKind::TimedOut | ErrorKind::WouldBlock => Cause::Timeout(self.options.timeout),
                    // The system resolver's failure has no error kind of its
                    // own; std words it this way on every platform.
                    _ if io.to_string().starts_with("failed to lookup address") => Cause::Dns,
                    _ => Cause::Network(io.to_string()),
                }
            }
            other => Cause::Network(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offline_without_a_cached_copy_is_an_error_naming_the_address() {
        let dir = tempfile::tempdir().unwrap();
        let fetcher = Fetcher::new(FetchOptions {
            offline: true,
            cache: Some(Cache::new(dir.path())),
            ..FetchOptions::default()
        });
        let e = fetcher.fetch("https://example.org/story").unwrap_err();
        assert_eq!(e.cause, Cause::NotCached);
        assert!(e.to_string().starts_with("https://example.org/story: "));
    }

    #[test]
    fn offline_serves_the_cached_copy_as_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let meta = Meta {
            url: "https://example.org/story".into(),
            final_url: "https://example.org/story/".into(),
            content_type: Some("text/html".into()),
            etag: None,
            last_modified: None,
            stored: 0,
        };
        cache.put(&meta, b"<p>cached</p>").unwrap();
        let fetcher = Fetcher::new(FetchOptions {
            offline: true,
            cache: Some(cache),
            ..FetchOptions::default()
        });
        let page = fetcher.fetch("https://example.org/story").unwrap();
        assert_eq!(page.origin, Origin::Cache);
        assert_eq!(page.body, b"<p>cached</p>");
        assert_eq!(page.final_url, "https://example.org/story/");
        assert_eq!(page.mime().as_deref(), Some("text/html"));
    }

    #[test]
    fn only_web_addresses_are_fetched() {
        let e = Fetcher::new(FetchOptions::default())
            .fetch("file:///etc/passwd")
            .unwrap_err();
        assert!(matches!(e.cause, Cause::BadUrl(_)), "{e}");
    }

    #[test]
    fn ureq_errors_become_causes_a_reader_understands() {
        let f = Fetcher::new(FetchOptions::default());
        assert_eq!(f.cause(ureq::Error::HostNotFound), Cause::Dns);
        assert_eq!(
            f.cause(ureq::Error::Io(std::io::ErrorKind::ConnectionRefused.into())),
            Cause::Refused
        );
        assert_eq!(
            f.cause(ureq::Error::BodyExceedsLimit(10)),
            Cause::TooLarge { limit: 10 }
        );
        assert_eq!(f.cause(ureq::Error::TooManyRedirects), Cause::TooManyRedirects(5));
        let garbled = std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            rustls::Error::InvalidMessage(rustls::InvalidMessage::InvalidContentType),
        );
        assert!(matches!(f.cause(ureq::Error::Io(garbled)), Cause::Tls(_)));
        let unresolved = std::io::Error::other("failed to lookup address information: Name or service not known");
        assert_eq!(f.cause(ureq::Error::Io(unresolved)), Cause::Dns);
    }
}
