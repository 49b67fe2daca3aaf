//! Small text helpers shared by the panes: fitting text to a width.

use unicode_segmentation::UnicodeSegmentation;

use crate::tui::layout_cache::cell_width;

/// `s` cut to at most `width` cells, with "…" when cut. Line breaks and
/// tabs become spaces.
pub fn fit(s: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    let total: usize = s.graphemes(true).map(cell_width).sum();
    let room = if total > width { width.saturating_sub(1) } else { width };
    for g in s.graphemes(true) {
        let w = cell_width(g);
        if used + w > room {
            break;
        }
        used += w;
        if g.chars().any(char::is_control) {
            out.push(' ');
        } else {
            out.push_str(g);
        }
    }
    if total > width && width > 0 {
        out.push('…');
    }
    out
}

/// `s` fitted to `width` cells so that the part from byte `key` to byte
/// `key_end` shows: when the text before it is too long, its start is cut
/// and marked "…", keeping a little of what precedes it.
pub fn fit_around(s: &str, key: usize, key_end: usize, width: usize) -> String {
    if key > key_end || !s.is_char_boundary(key) || !s.is_char_boundary(key_end) {
        return fit(s, width);
    }
    let after_key = &s[key..];
    let needed = self::width(&s[key..key_end]).min(width);
    // Keep as much of the lead-in as fits beside the key and a few cells
    // of what follows it.
    let room_before = width.saturating_sub(needed + 8.min(self::width(&s[key_end..])));
    if self::width(&s[..key]) <= room_before {
        return fit(s, width);
    }
    let mut lead: Vec<&str> = Vec::new();
    let mut used = 1; // the "…"
    for g in s[..key].graphemes(true).rev() {
        let w = cell_width(g);
        if used + w > room_before {
            break;
        }
        used += w;
        lead.push(g);
    }
    lead.reverse();
    let mut lead = lead.concat();
    // Start on a word, not inside one.
    if let Some(space) = lead.find(char::is_whitespace) {
        lead = lead[space..].trim_start().to_string();
    }
    fit(&format!("…{lead}{after_key}"), width)
}

/// Display width of `s` in cells.
pub fn width(s: &str) -> usize {
    s.graphemes(true).map(cell_width).sum()
}

/// A value as a reader writes it: 6500000000 → "6,500,000,000", 2.5 → "2.5".
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        let digits = format!("{}", v.abs() as u64);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 { format!("-{out}") } else { out }
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_with_ellipsis() {
        assert_eq!(fit("Marco Rubio", 20), "Marco Rubio");
        assert_eq!(fit("Marco Rubio", 6), "Marco…");
        assert_eq!(fit("日本語です", 5), "日本…");
        assert_eq!(fit("a\nb", 5), "a b");
    }

    #[test]
    fn fit_around_never_cuts_the_key_away() {
        let context =
            "Officials said 250 migrants there in a rapid deportation drew on a law from 1798 that few remember.";
        let at = context.find("1798").unwrap();
        let shown = fit_around(context, at, at + 4, 30);
        assert!(shown.contains("1798"), "{shown}");
        assert!(shown.starts_with('…'), "{shown}");
        assert!(width(&shown) <= 30, "{shown}");
        // A key near the start shows as fit would show it.
        let at = context.find("250").unwrap();
        assert_eq!(fit_around(context, at, at + 3, 30), fit(context, 30));
        // Out-of-range offsets fall back to a plain fit.
        assert_eq!(fit_around("abc", 9, 12, 2), fit("abc", 2));
    }

    #[test]
    fn numbers_read_naturally() {
        assert_eq!(number(6.5e9), "6,500,000,000");
        assert_eq!(number(14.0), "14");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-1200.0), "-1,200");
    }
}
