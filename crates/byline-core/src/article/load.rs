//! Reading an article's bytes from a file or standard input and decoding
//! them to text.
//!
//! Errors are data that name the bad input, so the binary can print one
//! clear line and exit; nothing here panics on what a user hands it.

use std::io::{self, Read};
use std::path::Path;

/// Articles larger than this are refused rather than exhausting memory.
pub const MAX_ARTICLE_BYTES: u64 = 1 << 30;

/// Text decoded from a file or stream, before normalization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The path as the user gave it ("-" for standard input).
    pub path: String,
    pub text: String,
    /// True when invalid UTF-8 was replaced (the caller warns once).
    pub lossy: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: no such file")]
    NotFound { path: String },
    #[error("{path}: is a directory, not an article")]
    IsDirectory { path: String },
    /// NUL bytes: an image, an archive, a compiled file.
    #[error("{path}: looks like a binary file (it contains NUL bytes), not an article")]
    Binary { path: String },
    #[error("{path}: {bytes} bytes is larger than the {MAX_ARTICLE_BYTES}-byte limit for one article")]
    TooLarge { path: String, bytes: u64 },
    #[error("{path}: cannot read: {source}")]
    Unreadable { path: String, source: io::Error },
}

impl LoadError {
    pub fn path(&self) -> &str {
        match self {
            LoadError::NotFound { path }
            | LoadError::IsDirectory { path }
            | LoadError::Binary { path }
            | LoadError::TooLarge { path, .. }
            | LoadError::Unreadable { path, .. } => path,
        }
    }
}

/// Reads and decodes the file at `path`.
pub fn load_path(path: &Path) -> Result<Loaded, LoadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: shown });
    }
    if meta.len() > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: shown,
            bytes: meta.len(),
        });
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(&shown, e))?;
    load_bytes(shown, bytes)
}

/// Reads and decodes standard input to its end.
pub fn load_stdin() -> Result<Loaded, LoadError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error("-", e))?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(LoadError::TooLarge {
            path: "-".into(),
            bytes: bytes.len() as u64,
        });
    }
    load_bytes("-".to_string(), bytes)
}

/// Decodes bytes: UTF-8 with or without a BOM, lossily when invalid; NUL
/// bytes mean a binary file.
pub fn load_bytes(path: String, bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    if bytes.contains(&0) {
        return Err(LoadError::Binary { path });
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let (text, lossy) = match std::str::from_utf8(body) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(body).into_owned(), true),
    };
    Ok(Loaded { path, text, lossy })
}

fn io_error(path: &str, e: io::Error) -> LoadError {
    let path = path.to_string();
    match e.kind() {
        io::ErrorKind::NotFound => LoadError::NotFound { path },
        io::ErrorKind::IsADirectory => LoadError::IsDirectory { path },
        _ => LoadError::Unreadable { path, source: e },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_stripped() {
        let l = load_bytes("a".into(), b"\xEF\xBB\xBFHello".to_vec()).unwrap();
        assert_eq!(l.text, "Hello");
        assert!(!l.lossy);
    }

    #[test]
    fn invalid_utf8_is_lossy() {
        let l = load_bytes("a".into(), b"caf\xE9 ok".to_vec()).unwrap();
        assert_eq!(l.text, "caf\u{FFFD} ok");
        assert!(l.lossy);
    }

    #[test]
    fn nul_bytes_mean_binary() {
        let e = load_bytes("img.png".into(), b"\x89PNG\0\0".to_vec()).unwrap_err();
        assert!(matches!(e, LoadError::Binary { .. }));
        assert!(e.to_string().starts_with("img.png: "));
    }

    #[test]
    fn missing_file_and_directory_name_the_path() {
        let e = load_path(Path::new("/no/such/article.txt")).unwrap_err();
        assert_eq!(e.to_string(), "/no/such/article.txt: no such file");
        let dir = std::env::temp_dir();
        let e = load_path(&dir).unwrap_err();
        assert!(matches!(e, LoadError::IsDirectory { .. }), "{e}");
    }

    #[test]
    fn empty_file_is_an_empty_article() {
        let l = load_bytes("empty".into(), Vec::new()).unwrap();
        assert_eq!(l.text, "");
    }
}
