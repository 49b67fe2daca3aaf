//! Decoding a fetched body to text: the charset named by the
//! `Content-Type` header, else a byte-order mark, else a `<meta>` tag near
//! the top of an HTML page, else UTF-8 when the bytes are valid UTF-8, else
//! windows-1252 (what browsers assume for undeclared Western pages).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into a page a `<meta charset>` is looked for (the HTML standard
/// says 1024 bytes; some pages put it a little later).
const META_SCAN_BYTES: usize = 4096;

/// Text decoded from a body, and whether malformed bytes were replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    /// The encoding used, by its standard name ("UTF-8", "ISO-8859-2").
    pub encoding: &'static str,
    pub lossy: bool,
}

/// Decodes `body`, served with `content_type` (if any).
pub fn decode(body: &[u8], content_type: Option<&str>) -> Decoded {
    let declared = content_type
        .and_then(charset_param)
        .and_then(|label| Encoding::for_label(label.as_bytes()));
    let encoding = Encoding::for_bom(body)
        .map(|(e, _)| e)
        .or(declared)
        .or_else(|| meta_charset(body))
        .unwrap_or_else(|| {
            if std::str::from_utf8(body).is_ok() {
                UTF_8
            } else {
                WINDOWS_1252
            }
        });
    // `decode` strips a BOM and follows it over the chosen encoding.
    let (text, used, lossy) = encoding.decode(body);
    Decoded {
        text: text.into_owned(),
        encoding: used.name(),
        lossy,
    }
}

/// The `charset` parameter of a `Content-Type` value.
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches(['"', '\'']))
            .filter(|v| !v.is_empty())
    })
}

/// The charset a `<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="…; charset=…">` tag near the top of the page declares. A page
/// cannot declare itself UTF-16 this way (its tag would not be readable as
/// ASCII), so that label means UTF-8, as in browsers.
fn meta_charset(body: &[u8]) -> Option<&'static Encoding> {
    let head = &body[..body.len().min(META_SCAN_BYTES)];
    let lower: Vec<u8> = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = find(&lower[from..], b"<meta") {
        let start = from + at;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset") {
            let rest = &tag[c + b"charset".len()..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let label_end = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(e) = Encoding::for_label(&rest[..label_end]) {
                    return Some(if e.name().starts_with("UTF-16") { UTF_8 } else { e });
                }
            }
        }
        from = end.max(start + 1);
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn trim_start(s: &[u8]) -> &[u8] {
    let skip = s.iter().take_while(|b| b.is_ascii_whitespace()).count();
    &s[skip..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_header_charset_wins() {
        let d = decode(b"Caf\xe9 cr\xe8me", Some("text/html; charset=ISO-8859-1"));
        assert_eq!(d.text, "Café crème");
        assert!(!d.lossy);
    }

    #[test]
    fn a_meta_tag_names_the_charset_when_the_header_does_not() {
        let page = b"<html><head><meta charset=\"iso-8859-2\"><title>\xa3\xf3d\xbc</title>";
        let d = decode(page, Some("text/html"));
        assert_eq!(d.encoding, "ISO-8859-2");
        assert!(d.text.contains("Łódź"), "{}", d.text);

        let page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xcc\xee\xf1\xea\xe2\xe0";
        assert!(decode(page, None).text.ends_with("Москва"));
    }

    #[test]
    fn undeclared_text_is_utf8_when_valid_else_windows_1252() {
        assert_eq!(decode("naïve – ok".as_bytes(), None).text, "naïve – ok");
        let d = decode(b"smart \x93quotes\x94", None);
        assert_eq!(d.text, "smart \u{201c}quotes\u{201d}");
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn a_bom_overrides_a_wrong_declaration() {
        let d = decode(b"\xEF\xBB\xBFna\xC3\xAFve", Some("text/plain; charset=latin1"));
        assert_eq!(d.text, "naïve");
    }

    #[test]
    fn charset_parameter_is_found_in_any_case_and_quoting() {
        assert_eq!(charset_param("text/html; Charset=\"UTF-8\""), Some("UTF-8"));
        assert_eq!(charset_param("text/html"), None);
        assert_eq!(charset_param("text/html; charset="), None);
    }
}
