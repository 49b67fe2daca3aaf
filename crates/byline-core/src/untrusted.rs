//! Text byline did not write — an article's words, its title, a file name,
//! a configuration value — made safe to print.
//!
//! A terminal obeys the control characters in what it is sent: ESC starts
//! sequences that retitle the window, write the clipboard or clear the
//! screen, U+009B is a one-byte CSI, BEL and BS disturb the line, and the
//! bidirectional overrides make a line read differently from what it holds.
//! Everything byline prints outside its explorer (error and warning
//! messages, the Markdown and CSV exports) passes through [`neutralize`] or
//! [`neutralize_line`], which show such characters as visible escapes
//! (`\u{1B}`), and spreadsheet cells through [`inert_cell`]. The explorer
//! can use the same functions, so there is one definition of "unsafe".

use std::borrow::Cow;
use std::fmt::Write;
use std::path::Path;

/// Whether `c` must not reach a terminal as it is: C0 controls (tab and
/// line feed aside, see [`neutralize`]), DEL, C1 controls, and the
/// invisible marks that reorder text (bidi embeddings, overrides and
/// isolates, and the directional marks).
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{B}'..='\u{1F}' | '\u{7F}'..='\u{9F}'
        | '\u{61C}' | '\u{200E}' | '\u{200F}'
        | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `s` with every unsafe character shown as an escape (`\u{1B}`); tabs
/// and line feeds are kept. Borrows when nothing needs escaping.
pub fn neutralize(s: &str) -> Cow<'_, str> {
    escape_where(s, is_unsafe)
}

/// Like [`neutralize`], and tabs and line feeds are escaped too, so the
/// text stays on the one line of a message ("x\u{A}y.txt: no such file").
pub fn neutralize_line(s: &str) -> Cow<'_, str> {
    escape_where(s, |c| is_unsafe(c) || c == '\t' || c == '\n')
}

/// A path as a message shows it: lossily decoded, on one line, with its
/// control characters escaped.
pub fn shown_path(path: &Path) -> String {
    neutralize_line(&path.display().to_string()).into_owned()
}

/// A CSV cell a spreadsheet reads as text: neutralized, and with a leading
/// `'` when it starts with `=`, `+`, `-` or `@` (or a tab or carriage
/// return before one), which would make it a formula (OWASP's advice for
/// CSV injection). The `'` is what spreadsheets themselves use to mark a
/// cell as text.
pub fn inert_cell(s: &str) -> Cow<'_, str> {
    let safe = neutralize(s);
    if safe.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{safe}"))
    } else {
        safe
    }
}

fn escape_where(s: &str, unsafe_char: impl Fn(char) -> bool) -> Cow<'_, str> {
    let Some(first) = s.find(&unsafe_char) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if unsafe_char(c) {
            // Writing to a String cannot fail.
            let _ = write!(out, "\\u{{{:X}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_controls_become_visible_escapes() {
        let hostile = "a\u{1B}]0;PWN\u{7}b\u{1B}c\u{8}\u{9B}2J\u{202E}txt.exe\u{2066}";
        let safe = neutralize(hostile);
        assert!(!safe.chars().any(is_unsafe), "{safe}");
        assert_eq!(
            safe,
            "a\\u{1B}]0;PWN\\u{7}b\\u{1B}c\\u{8}\\u{9B}2J\\u{202E}txt.exe\\u{2066}"
        );
        assert!(matches!(neutralize("plain “text”, é\n\tok"), Cow::Borrowed(_)));
    }

    #[test]
    fn one_line_escapes_line_breaks_too() {
        assert_eq!(neutralize_line("x\ny\tz"), "x\\u{A}y\\u{9}z");
        assert_eq!(
            shown_path(Path::new("x\u{1B}]0;PWN\u{7}.txt")),
            "x\\u{1B}]0;PWN\\u{7}.txt"
        );
    }

    #[test]
    fn csv_formula_cells_are_made_text() {
        assert_eq!(inert_cell("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(inert_cell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(inert_cell("-2+3"), "'-2+3");
        assert_eq!(inert_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(inert_cell("\tx"), "'\tx");
        assert_eq!(inert_cell("Jane Doe"), "Jane Doe");
        assert_eq!(inert_cell("a\u{1B}[2Jb"), "a\\u{1B}[2Jb");
    }
}
