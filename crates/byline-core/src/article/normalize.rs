//! Text normalization: what the reader sees and every span points into.
//!
//! Unicode NFC, `\r\n` and lone `\r` folded to `\n`, Markdown/LaTeX escapes
//! such as `\$` unescaped, trailing spaces removed, runs of blank lines
//! collapsed to one, and blank lines at either end dropped. Quotation marks
//! are kept as they are.

use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfc_quick};

/// Characters whose backslash escape is undone (`\$` → `$`).
const ESCAPABLE: &[char] = &['$', '%', '&', '#', '_', '*'];

pub fn normalize(raw: &str) -> String {
    let nfc: std::borrow::Cow<str> = if quick_nfc(raw) {
        raw.into()
    } else {
        raw.nfc().collect::<String>().into()
    };
    let mut out = String::with_capacity(nfc.len());
    let mut blank_run = 0usize;
    let mut started = false;
    let mut add_piece = |piece: &str| {
        let piece = piece.trim_end();
        if piece.is_empty() {
            blank_run += 1;
            return;
        }
        if started {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        started = true;
        blank_run = 0;
        unescape_into(piece, &mut out);
    };
    for line in nfc.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.as_bytes().contains(&b'\r') {
            // A lone \r inside a line is an old Mac line break.
            line.split('\r').for_each(&mut add_piece);
        } else {
            add_piece(line);
        }
    }
    out
}

/// Whether the quick check finds `raw` in NFC. ASCII is NFC and resets
/// the check's state, so only the runs of other chars are checked.
fn quick_nfc(raw: &str) -> bool {
    let bytes = raw.as_bytes();
    let mut from = 0;
    while let Some(skip) = bytes[from..].iter().position(|b| !b.is_ascii()) {
        let start = from + skip;
        let end = bytes[start..]
            .iter()
            .position(u8::is_ascii)
            .map_or(bytes.len(), |n| start + n);
        if is_nfc_quick(raw[start..end].chars()) != IsNormalized::Yes {
            return false;
        }
        from = end;
    }
    true
}

/// Copies `line` to `out` without the backslash of each escape, a slice
/// at a time.
fn unescape_into(line: &str, out: &mut String) {
    let mut rest = line;
    while let Some(i) = rest.find('\\') {
        let escapes = rest[i + 1..].starts_with(ESCAPABLE);
        out.push_str(&rest[..i]);
        if !escapes {
            out.push('\\');
        }
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

/// `s` on one line: every run of whitespace, line breaks included, becomes
/// one space, and none is left at either end (for a list row, a CSV cell,
/// a copied quote).
pub fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn folds_line_endings_and_blank_runs() {
        assert_eq!(normalize("\n\nA  \r\n\r\n\r\nB\rC\n\n"), "A\n\nB\nC");
    }

    #[test]
    fn unescapes_markdown_dollars() {
        assert_eq!(
            normalize(r"received \$6 million, 5\% more"),
            "received $6 million, 5% more"
        );
        assert_eq!(normalize(r"a \ b"), r"a \ b");
    }

    #[test]
    fn composes_to_nfc() {
        assert_eq!(normalize("Cafe\u{301}"), "Caf\u{e9}");
    }

    #[test]
    fn keeps_quotation_marks() {
        assert_eq!(normalize("“a” \"b\""), "“a” \"b\"");
    }
}
