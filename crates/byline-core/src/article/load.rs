//! Reading an article's bytes from a file, a device, a FIFO or standard
//! input, and decoding them to text.
//!
//! Every input goes through one bounded reader ([`read_bounded`]): at most
//! [`MAX_ARTICLE_BYTES`] are read, whatever the file claims its length is
//! (devices and FIFOs report 0), and the first [`SNIFF_BYTES`] decide
//! whether it is text before the rest is read, so `/dev/zero` or a large
//! image is refused after a few kilobytes. Nothing is read twice.
//!
//! Decoding honours a byte-order mark (UTF-8, UTF-16LE, UTF-16BE), then a
//! page's declared charset (`<meta charset>` or `http-equiv`) when the
//! bytes are not UTF-8, with encoding_rs; otherwise invalid UTF-8 is
//! replaced and the caller warns.
//!
//! Errors are data that name the bad input (with control characters in the
//! name escaped), so the binary can print one clear line and exit; nothing
//! here panics on what a user hands it.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::untrusted::neutralize_line;

/// Articles larger than this are refused rather than exhausting memory.
pub const MAX_ARTICLE_BYTES: u64 = 1 << 30;

/// How much of an input decides whether it is text.
pub const SNIFF_BYTES: usize = 8 << 10;

/// Share of control bytes in the sniffed prefix above which an input is
/// taken for binary. Text has none or a stray few (a NUL left by an
/// editor); compressed or compiled data has about one byte in nine.
const BINARY_CONTROL_SHARE: f64 = 0.02;

/// How far into a page its `<meta charset>` is looked for.
const CHARSET_PRESCAN_BYTES: usize = 4096;

/// Text decoded from a file or stream, before normalization.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    /// The path as the user gave it ("-" for standard input).
    pub path: String,
    pub text: String,
    /// True when invalid bytes were replaced (the caller warns once).
    pub lossy: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: no such file", neutralize_line(.path))]
    NotFound { path: String },
    #[error("{}: is a directory, not an article", neutralize_line(.path))]
    IsDirectory { path: String },
    /// Mostly control bytes: an image, an archive, a compiled file.
    #[error(
        "{}: looks like a binary file (control bytes in its first {SNIFF_BYTES} bytes), not an article",
        neutralize_line(.path)
    )]
    Binary { path: String },
    /// More than `limit` bytes; `bytes` is the file's length, or what was
    /// read before stopping when the input could not tell (a device, a
    /// FIFO, standard input).
    #[error("{}: larger than the {limit}-byte limit (stopped at {bytes} bytes)", neutralize_line(.path))]
    TooLarge { path: String, bytes: u64, limit: u64 },
    #[error("{}: cannot read: {source}", neutralize_line(.path))]
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
    let bytes = read_path(path, MAX_ARTICLE_BYTES, true)?;
    load_bytes(path.display().to_string(), bytes)
}

/// Reads and decodes standard input to its end.
pub fn load_stdin() -> Result<Loaded, LoadError> {
    let bytes = read_bounded(io::stdin().lock(), "-", MAX_ARTICLE_BYTES, true)?;
    load_bytes("-".to_string(), bytes)
}

/// Whether opening `path` may wait for another program: a FIFO waits until
/// something opens it for writing. The binary says so before reading, so
/// a FIFO nobody writes to is not a silent hang.
pub fn waits_for_writer(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        std::fs::metadata(path).is_ok_and(|m| m.file_type().is_fifo())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// The bytes of the file, device or FIFO at `path`, at most `limit` of
/// them; with `text_only`, refused as [`LoadError::Binary`] as soon as its
/// first bytes show it is not text. Configuration files are read with this
/// too.
pub fn read_path(path: &Path, limit: u64, text_only: bool) -> Result<Vec<u8>, LoadError> {
    let shown = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&shown, e))?;
    if meta.is_dir() {
        return Err(LoadError::IsDirectory { path: shown });
    }
    // A regular file's length is known: refuse before reading.
    if meta.is_file() && meta.len() > limit {
        return Err(LoadError::TooLarge {
            path: shown,
            bytes: meta.len(),
            limit,
        });
    }
    let file = File::open(path).map_err(|e| io_error(&shown, e))?;
    read_bounded(file, &shown, limit, text_only)
}

/// Reads `reader` to its end, refusing it once more than `limit` bytes have
/// come (the check is made while reading, so an endless device costs at
/// most `limit` bytes of memory) and, with `text_only`, once its first
/// [`SNIFF_BYTES`] look binary.
pub fn read_bounded(reader: impl Read, path: &str, limit: u64, text_only: bool) -> Result<Vec<u8>, LoadError> {
    let mut bytes = Vec::new();
    let mut reader = reader.take(limit.saturating_add(1));
    let sniff = SNIFF_BYTES.min(usize::try_from(limit).unwrap_or(usize::MAX));
    (&mut reader)
        .take(sniff as u64)
        .read_to_end(&mut bytes)
        .map_err(|e| io_error(path, e))?;
    if text_only && looks_binary(&bytes) {
        return Err(LoadError::Binary { path: path.into() });
    }
    reader.read_to_end(&mut bytes).map_err(|e| io_error(path, e))?;
    if bytes.len() as u64 > limit {
        return Err(LoadError::TooLarge {
            path: path.into(),
            bytes: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// Whether the start of an input is binary data rather than text: more
/// than one, and more than [`BINARY_CONTROL_SHARE`] of its bytes, are
/// control bytes other than white space and ESC. A byte-order mark makes
/// it text (UTF-16 is full of NULs).
fn looks_binary(bytes: &[u8]) -> bool {
    if Encoding::for_bom(bytes).is_some() {
        return false;
    }
    let prefix = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let controls = prefix
        .iter()
        .filter(|&&b| matches!(b, 0..=8 | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F))
        .count();
    // One stray control byte is never proof, however short the text.
    controls > 1 && controls as f64 > prefix.len() as f64 * BINARY_CONTROL_SHARE
}

/// Decodes bytes: by their byte-order mark, else as UTF-8 when they are
/// valid UTF-8, else in the charset a page declares, else as UTF-8 with
/// the invalid bytes replaced (`lossy`). Binary data is refused.
pub fn load_bytes(path: String, bytes: Vec<u8>) -> Result<Loaded, LoadError> {
    if looks_binary(&bytes) {
        return Err(LoadError::Binary { path });
    }
    let (text, lossy) = decode(&bytes);
    Ok(Loaded { path, text, lossy })
}

/// The text of `bytes` and whether any were replaced.
fn decode(bytes: &[u8]) -> (String, bool) {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, lossy) = encoding.decode_without_bom_handling(&bytes[bom..]);
        return (text.into_owned(), lossy);
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return (s.to_string(), false);
    }
    let encoding = declared_charset(bytes).unwrap_or(UTF_8);
    let (text, lossy) = encoding.decode_without_bom_handling(bytes);
    (text.into_owned(), lossy)
}

/// The charset a page declares in its first [`CHARSET_PRESCAN_BYTES`]:
/// `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=…">`, with the labels and aliases of the
/// WHATWG Encoding standard (so ISO-8859-1 reads as windows-1252, as
/// browsers do). A declared UTF-16 means UTF-8, as in the HTML standard:
/// a page that is really UTF-16 has a byte-order mark.
fn declared_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes[..bytes.len().min(CHARSET_PRESCAN_BYTES)].to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&head[from..], b"<meta") {
        let tag_start = from + at;
        let tag_end = head[tag_start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(head.len(), |e| tag_start + e);
        let tag = &head[tag_start..tag_end];
        if let Some(c) = find(tag, b"charset") {
            let value = tag[c + b"charset".len()..]
                .iter()
                .skip_while(|b| b.is_ascii_whitespace())
                .skip_while(|&&b| b == b'=')
                .skip_while(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\''))
                .take_while(|b| !b.is_ascii_whitespace() && !matches!(b, b'"' | b'\'' | b';' | b'/' | b'>'))
                .copied()
                .collect::<Vec<u8>>();
            if let Some(encoding) = Encoding::for_label(&value) {
                let is_utf16 = encoding == UTF_16LE || encoding == UTF_16BE;
                return Some(if is_utf16 { UTF_8 } else { encoding });
            }
        }
        from = tag_end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
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
    fn control_bytes_mean_binary() {
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

    #[test]
    fn a_stray_nul_in_text_is_not_binary() {
        let mut bytes = b"The council met on Monday. ".repeat(40);
        bytes.insert(300, 0);
        let l = load_bytes("a.txt".into(), bytes).unwrap();
        assert!(l.text.starts_with("The council met"));
        assert!(load_bytes("short.txt".into(), b"Hi\0 there".to_vec()).is_ok());
    }

    #[test]
    fn utf16_with_a_bom_is_text() {
        let text = "\u{201C}Caf\u{e9} owners,\u{201D} she said.";
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        for bytes in [le, be] {
            let l = load_bytes("a.txt".into(), bytes).unwrap();
            assert_eq!(l.text, text);
            assert!(!l.lossy);
        }
    }

    #[test]
    fn declared_charsets_are_honoured() {
        let page = |head: &str, body: &[u8]| {
            let mut b = format!("<html><head>{head}</head><body><p>").into_bytes();
            b.extend_from_slice(body);
            b
        };
        let cafe = b"Caf\xE9 owners said \x93prices rose 5 percent\x94.";
        for head in [
            "<meta charset=\"windows-1252\">",
            "<meta charset=ISO-8859-1>",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">",
        ] {
            let l = load_bytes("p.html".into(), page(head, cafe)).unwrap();
            assert!(
                l.text.contains("Café owners said “prices rose 5 percent”."),
                "{head}: {}",
                l.text
            );
            assert!(!l.lossy);
        }
        // "Москва" in KOI8-R, "東京" in Shift_JIS.
        let koi8 = load_bytes(
            "r.html".into(),
            page("<meta charset='koi8-r'>", b"\xED\xCF\xD3\xCB\xD7\xC1"),
        )
        .unwrap();
        assert!(koi8.text.contains("Москва"), "{}", koi8.text);
        let sjis = load_bytes("j.html".into(), page("<meta charset=Shift_JIS>", b"\x93\x8C\x8B\x9E")).unwrap();
        assert!(sjis.text.contains("東京"), "{}", sjis.text);
        // Valid UTF-8 stays UTF-8 whatever the page claims.
        let utf8 = load_bytes("u.html".into(), page("<meta charset=windows-1252>", "Café".as_bytes())).unwrap();
        assert!(utf8.text.contains("Café"));
    }

    #[test]
    fn dev_zero_is_refused_after_its_first_bytes() {
        let e = read_path(Path::new("/dev/zero"), MAX_ARTICLE_BYTES, true).unwrap_err();
        assert!(matches!(e, LoadError::Binary { .. }), "{e}");
    }

    #[test]
    fn an_endless_text_stream_stops_at_the_limit() {
        let e = read_bounded(io::repeat(b'a'), "/dev/text", 100_000, true).unwrap_err();
        assert!(matches!(e, LoadError::TooLarge { bytes: 100_001, .. }), "{e}");
        assert_eq!(
            e.to_string(),
            "/dev/text: larger than the 100000-byte limit (stopped at 100001 bytes)"
        );
        let exact = read_bounded(io::repeat(b'a').take(100_000), "x", 100_000, true).unwrap();
        assert_eq!(exact.len(), 100_000);
    }

    #[test]
    fn control_characters_in_a_file_name_are_escaped_in_messages() {
        let e = load_path(Path::new("/no/such/x\u{1B}]0;PWN\u{7}.txt")).unwrap_err();
        assert_eq!(e.to_string(), "/no/such/x\\u{1B}]0;PWN\\u{7}.txt: no such file");
    }
}
