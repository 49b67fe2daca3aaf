//! The article's word-wrapped layout for one width.
//!
//! Wrapping a 10 MB article takes tens of milliseconds, drawing a screen of
//! it must take well under one, so the rows are computed once per width and
//! kept: a row is just a byte range into the article text. Widths are
//! measured per grapheme cluster with unicode-width, like the terminal and
//! ratatui's buffer, so wide characters and emoji wrap correctly. Plain
//! ASCII paragraphs, the common case, take a byte-level fast path.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::article::{Article, Span};

/// One screen row of article text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    /// Byte range shown on this row (trailing spaces excluded). Empty for the
    /// blank row between paragraphs.
    pub span: Span,
    /// Index into `Article::paragraphs`.
    pub paragraph: u32,
    pub blank: bool,
}

/// All rows of an article at one width.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub width: u16,
    pub rows: Vec<Row>,
}

/// Cells a grapheme cluster occupies; control characters (shown as spaces)
/// take one.
pub fn cell_width(grapheme: &str) -> usize {
    if grapheme.len() == 1 { 1 } else { grapheme.width() }
}

fn is_space_byte(b: u8) -> bool {
    matches!(b, b' ' | b'\n' | b'\t' | b'\r' | b'\x0b' | b'\x0c')
}

impl Wrapped {
    /// Wraps every paragraph of `article` to `width` cells.
    pub fn new(article: &Article, width: u16) -> Wrapped {
        let width = width.max(1);
        let mut rows = Vec::with_capacity(article.text.len() / usize::from(width) + 16);
        for (i, p) in article.paragraphs.iter().enumerate() {
            let paragraph = u32::try_from(i).unwrap_or(u32::MAX);
            if i > 0 {
                rows.push(Row {
                    span: Span::new(p.span.start, p.span.start),
                    paragraph,
                    blank: true,
                });
            }
            let mut push = |start: usize, end: usize| {
                rows.push(Row {
                    span: Span::new(start, end),
                    paragraph,
                    blank: false,
                })
            };
            let slice = &article.text[p.span.start..p.span.end];
            if slice.is_ascii() {
                wrap_ascii(slice.as_bytes(), p.span.start, usize::from(width), &mut push);
            } else {
                wrap_unicode(slice, p.span.start, usize::from(width), &mut push);
            }
        }
        Wrapped { width, rows }
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The row showing byte `pos` (the nearest row before it if `pos` falls
    /// in skipped whitespace).
    pub fn row_of(&self, pos: usize) -> usize {
        let i = self.rows.partition_point(|r| r.span.start <= pos);
        let mut i = i.saturating_sub(1);
        while i > 0 && self.rows[i].blank {
            i -= 1;
        }
        i
    }

    /// First byte shown at or after row `row`, for keeping the reading
    /// position across a re-wrap.
    pub fn anchor(&self, row: usize) -> usize {
        self.rows
            .get(row..)
            .and_then(|rest| rest.iter().find(|r| !r.blank))
            .or_else(|| self.rows.last())
            .map_or(0, |r| r.span.start)
    }
}

fn wrap_ascii(bytes: &[u8], base: usize, width: usize, push: &mut impl FnMut(usize, usize)) {
    let end = bytes.len();
    let mut pos = 0;
    loop {
        while pos < end && is_space_byte(bytes[pos]) {
            pos += 1;
        }
        if pos >= end {
            return;
        }
        let start = pos;
        let limit = start + width;
        if end <= limit {
            push(base + start, base + trim_end(bytes, start, end));
            return;
        }
        // The last space at or before `limit`: a word ending exactly at the
        // width still fits.
        match bytes[start + 1..=limit].iter().rposition(|&b| is_space_byte(b)) {
            Some(k) => {
                let space = start + 1 + k;
                push(base + start, base + trim_end(bytes, start, space));
                pos = space + 1;
            }
            None => {
                push(base + start, base + limit);
                pos = limit;
            }
        }
    }
}

fn trim_end(bytes: &[u8], start: usize, mut end: usize) -> usize {
    while end > start && is_space_byte(bytes[end - 1]) {
        end -= 1;
    }
    end
}

fn wrap_unicode(text: &str, base: usize, width: usize, push: &mut impl FnMut(usize, usize)) {
    let mut line_start: Option<usize> = None;
    let mut used = 0;
    // Start of the last whitespace run on this line, and the word after it.
    let mut space_at: Option<usize> = None;
    let mut word_at: Option<(usize, usize)> = None;
    let mut prev_space = false;
    for (i, g) in text.grapheme_indices(true) {
        let is_space = g.chars().all(char::is_whitespace);
        let Some(start) = line_start else {
            if !is_space {
                line_start = Some(i);
                used = cell_width(g);
                space_at = None;
                word_at = None;
                prev_space = false;
            }
            continue;
        };
        let w = cell_width(g);
        if is_space {
            if !prev_space {
                space_at = Some(i);
            }
            prev_space = true;
            used += w;
            continue;
        }
        if prev_space {
            word_at = Some((i, used));
        }
        prev_space = false;
        if used > 0 && used + w > width {
            match (space_at, word_at) {
                (Some(sp), Some((word, used_before))) if sp > start => {
                    push(base + start, base + sp);
                    line_start = Some(word);
                    used -= used_before;
                }
                _ => {
                    push(base + start, base + i);
                    line_start = Some(i);
                    used = 0;
                }
            }
            space_at = None;
            word_at = None;
        }
        used += w;
    }
    if let Some(start) = line_start {
        let end = text.trim_end().len().max(start);
        push(base + start, base + end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str, width: u16) -> Vec<String> {
        let a = Article::from_text("t", text);
        let w = Wrapped::new(&a, width);
        w.rows.iter().map(|r| a.slice(r.span).to_string()).collect()
    }

    fn display_width(s: &str) -> usize {
        s.graphemes(true).map(cell_width).sum()
    }

    #[test]
    fn ascii_words_wrap_at_spaces() {
        let r = rows(
            "Title line here\n\nThe United States is the main destination for Salvadoran exports.",
            20,
        );
        assert_eq!(
            r,
            [
                "Title line here",
                "",
                "The United States is",
                "the main destination",
                "for Salvadoran",
                "exports."
            ]
        );
    }

    #[test]
    fn long_words_are_broken() {
        let r = rows("Title\n\nabcdefghijklmnopqrstuvwxyz end", 10);
        assert_eq!(r[2..], ["abcdefghij", "klmnopqrst", "uvwxyz end"]);
    }

    #[test]
    fn wide_characters_and_emoji_count_two_cells() {
        let text = "Title\n\n日本語の記事 は 👍🏽 とても 長い です 😀😀😀😀";
        let a = Article::from_text("t", text);
        let w = Wrapped::new(&a, 8);
        for r in &w.rows {
            let s = a.slice(r.span);
            assert!(display_width(s) <= 8, "{s:?} is too wide");
        }
        let joined: String = w.rows.iter().map(|r| a.slice(r.span)).collect();
        assert_eq!(joined.replace(' ', ""), "Title日本語の記事は👍🏽とても長いです😀😀😀😀");
    }

    #[test]
    fn unicode_path_matches_ascii_path_on_ascii_text() {
        let text = "In January and February, remittances grew 14 percent compared to the same period in 2024, due to fears over deportation.";
        let mut a = Vec::new();
        wrap_ascii(text.as_bytes(), 0, 17, &mut |s, e| a.push((s, e)));
        let mut u = Vec::new();
        wrap_unicode(text, 0, 17, &mut |s, e| u.push((s, e)));
        assert_eq!(a, u);
    }

    #[test]
    fn row_of_and_anchor_keep_position_across_widths() {
        let raw = include_str!("../../seeds/000_b57316d73bd39c35.txt");
        let a = Article::from_text("seed", raw);
        let wide = Wrapped::new(&a, 100);
        let narrow = Wrapped::new(&a, 40);
        let pos = a.text.find("remittances").unwrap();
        let row = narrow.row_of(pos);
        assert!(narrow.rows[row].span.start <= pos && pos < narrow.rows[row].span.end);
        let anchor = wide.anchor(wide.row_of(pos));
        assert!(anchor <= pos);
        assert!(narrow.len() > wide.len());
    }

    #[test]
    fn zero_width_never_loops() {
        let r = rows("Title\n\nabc", 1);
        assert_eq!(r[r.len() - 3..], ["a", "b", "c"]);
    }
}
