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
    fn numbers_read_naturally() {
        assert_eq!(number(6.5e9), "6,500,000,000");
        assert_eq!(number(14.0), "14");
        assert_eq!(number(2.5), "2.5");
        assert_eq!(number(-1200.0), "-1,200");
    }
}
