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
    let nfc: std::borrow::Cow<str> = match is_nfc_quick(raw.chars()) {
        IsNormalized::Yes => raw.into(),
        _ => raw.nfc().collect::<String>().into(),
    };
    let mut out = String::with_capacity(nfc.len());
    let mut blank_run = 0usize;
    let mut started = false;
    for line in nfc.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        // A lone \r inside a line is an old Mac line break.
        for piece in line.split('\r') {
            let piece = piece.trim_end();
            if piece.is_empty() {
                blank_run += 1;
                continue;
            }
            if started {
                out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
            }
            started = true;
            blank_run = 0;
            unescape_into(piece, &mut out);
        }
    }
    out
}

fn unescape_into(line: &str, out: &mut String) {
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\'
            && let Some(&next) = chars.peek()
            && ESCAPABLE.contains(&next)
        {
            continue;
        }
        out.push(c);
    }
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
