//! Fetched pages and feeds on disk, by address, with the validators
//! (`ETag`, `Last-Modified`) that let byline ask the server "has it
//! changed?" instead of downloading it again, and that serve it unchanged
//! when offline.
//!
//! Layout: `DIR/pages/HASH.body` holds the body as received (decompressed)
//! and `DIR/pages/HASH.json` its address and headers; HASH is a 64-bit
//! FNV-1a of the address, and the stored address is compared on reading,
//! so two addresses can never be mistaken for each other. Files are written
//! to a temporary name and renamed, so an interrupted write leaves no half
//! entry behind.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde::{Deserialize, Serialize};

/// What is known about a cached response besides its body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The address as requested.
    pub url: String,
    /// Where the content was found after redirects.
    pub final_url: String,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// When it was stored, in seconds since 1970.
    pub stored: u64,
}

/// A cached response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub meta: Meta,
    pub body: Vec<u8>,
}

/// The cache directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cache {
    dir: PathBuf,
}

impl Cache {
    /// A cache kept in `dir` (created when first written).
    pub fn new(dir: impl Into<PathBuf>) -> Cache {
        Cache { dir: dir.into() }
    }

    /// `$XDG_CACHE_HOME/byline`, else `~/.cache/byline`; none without either.
    pub fn default_dir() -> Option<PathBuf> {
        let non_empty = |var: &str| std::env::var_os(var).filter(|v| !v.is_empty());
        let base = non_empty("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .or_else(|| non_empty("HOME").map(|h| PathBuf::from(h).join(".cache")))?;
        Some(base.join("byline"))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn pages(&self) -> PathBuf {
        self.dir.join("pages")
    }

    fn paths(&self, url: &str) -> (PathBuf, PathBuf) {
        let name = format!("{:016x}", fnv1a(url.as_bytes()));
        let pages = self.pages();
        (pages.join(format!("{name}.json")), pages.join(format!("{name}.body")))
    }

    /// The stored response for `url`, if there is a readable one.
    pub fn get(&self, url: &str) -> Option<Entry> {
        let (meta_path, body_path) = self.paths(url);
        let meta: Meta = serde_json::from_slice(&std::fs::read(meta_path).ok()?).ok()?;
        if meta.url != url {
            return None;
        }
        let body = std::fs::read(body_path).ok()?;
        Some(Entry { meta, body })
    }

    /// Stores a response, replacing any earlier one for the same address.
    pub fn put(&self, meta: &Meta, body: &[u8]) -> io::Result<()> {
        let pages = self.pages();
        std::fs::create_dir_all(&pages)?;
        let (meta_path, body_path) = self.paths(&meta.url);
        let json = serde_json::to_vec_pretty(meta).map_err(io::Error::other)?;
        write_atomically(&body_path, body)?;
        write_atomically(&meta_path, &json)
    }

    /// Deletes every stored response; returns how many there were.
    pub fn clear(&self) -> io::Result<usize> {
        let pages = self.pages();
        let count = match std::fs::read_dir(&pages) {
            Ok(entries) => entries
                .filter_map(Result::ok)
                .filter(|e| e.path().extension().is_some_and(|x| x == "json"))
                .count(),
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(0),
            Err(e) => return Err(e),
        };
        std::fs::remove_dir_all(&pages)?;
        Ok(count)
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    // Unique per process and write: a feed's items are fetched on several
    // threads, and two items may share an address.
    static WRITES: AtomicUsize = AtomicUsize::new(0);
    let n = WRITES.fetch_add(1, Ordering::Relaxed);
    let tmp = path.with_extension(format!("tmp{}-{n}", std::process::id()));
    std::fs::write(&tmp, bytes)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}

/// 64-bit FNV-1a: stable across versions and platforms, unlike std's hasher.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Seconds since 1970, for [`Meta::stored`].
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(url: &str) -> Meta {
        Meta {
            url: url.into(),
            final_url: url.into(),
            content_type: Some("text/html; charset=utf-8".into()),
            etag: Some("\"v1\"".into()),
            last_modified: None,
            stored: 1,
        }
    }

    #[test]
    fn a_stored_page_comes_back_by_its_address_and_clear_removes_it() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        assert!(cache.get("https://example.org/a").is_none());
        cache.put(&meta("https://example.org/a"), b"<p>hello</p>").unwrap();
        cache.put(&meta("https://example.org/b"), b"<p>other</p>").unwrap();
        let entry = cache.get("https://example.org/a").unwrap();
        assert_eq!(entry.body, b"<p>hello</p>");
        assert_eq!(entry.meta.etag.as_deref(), Some("\"v1\""));
        assert_eq!(cache.clear().unwrap(), 2);
        assert!(cache.get("https://example.org/a").is_none());
        assert_eq!(cache.clear().unwrap(), 0);
    }

    #[test]
    fn an_entry_for_another_address_is_not_served() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::new(dir.path());
        let (meta_path, _) = cache.paths("https://example.org/a");
        cache.put(&meta("https://example.org/a"), b"x").unwrap();
        // As if another address had hashed to the same name.
        let mut other = meta("https://example.org/zzz");
        other.stored = 2;
        std::fs::write(meta_path, serde_json::to_vec(&other).unwrap()).unwrap();
        assert!(cache.get("https://example.org/a").is_none());
    }
}
