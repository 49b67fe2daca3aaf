//! Finding quotation spans by their marks, in one linear pass per paragraph.
//!
//! News text mixes straight and curly marks, sometimes within one quote
//! (`"…“`), so while a double quote is open any double mark closes it.
//! Guillemets pair with each other. Single marks double as apostrophes
//! (America’s, don't, ’90s), so a single-quoted span is accepted only at top
//! level, opening at a word start and closing at a word end. A quote never
//! runs past its paragraph: one left open ends there, and the next paragraph
//! opening with a mark carries it on.

use crate::article::Span;

/// One quotation as found by its marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Marked {
    /// From the opening mark to the end of the closing mark, or to the
    /// paragraph's end when the quote is left open.
    pub outer: Span,
    /// The text inside the marks, trimmed of white space.
    pub inner: Span,
    pub closed: bool,
    pub paragraph: usize,
    /// Opens its paragraph and carries on a quote the paragraph before left open.
    pub continues: bool,
}

/// Longest single-quoted span considered; longer runs are apostrophes.
const MAX_SINGLE_QUOTE: usize = 600;

/// Every quotation in the given paragraphs, in text order.
pub(super) fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Marked> {
    let mut out = Vec::new();
    for (index, &para) in paragraphs.iter().enumerate() {
        let before = out.len();
        // The mark the next paragraph opens with, if it opens with one.
        let next_opens = paragraphs
            .get(index + 1)
            .and_then(|n| text[n.start..n.end].trim_start().chars().next())
            .filter(|c| matches!(c, '‘' | '\''));
        scan_paragraph(text, para, index, next_opens, &mut out);
        let carried = before > 0 && out[before - 1].paragraph + 1 == index && !out[before - 1].closed;
        if carried
            && let Some(first) = out.get_mut(before)
            && text[para.start..first.outer.start].trim().is_empty()
        {
            first.continues = true;
        }
    }
    // Held through attribution: no room left over from growing.
    out.shrink_to_fit();
    out
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Guillemet,
}

struct Open {
    family: Family,
    mark: char,
    start: usize,
    inner_start: usize,
    depth: usize,
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„')
}

/// A mark with a word on its right and none on its left.
fn left_flanking(prev: Option<char>, next: Option<char>) -> bool {
    next.is_some_and(|n| !n.is_whitespace())
        && prev.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–'))
}

fn opens_double(c: char, prev: Option<char>, next: Option<char>) -> bool {
    let word_follows = next.is_some_and(|n| !n.is_whitespace() && !is_double(n));
    // A mark glued to a word or sentence end is a stray close, not an opening
    // (and `6'2"` is inches).
    let free_left = prev.is_none_or(|p| !p.is_alphanumeric() && !matches!(p, '.' | ',' | '!' | '?' | ';'));
    match c {
        '"' | '“' | '„' => word_follows && free_left,
        // Swedish-style or mistyped `”…”`.
        '”' => left_flanking(prev, next),
        _ => false,
    }
}

fn scan_paragraph(text: &str, para: Span, index: usize, next_opens: Option<char>, out: &mut Vec<Marked>) {
    let p = &text[para.start..para.end];
    let base = para.start;
    let mut open: Option<Open> = None;
    let bytes = p.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match next_mark_byte(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        let Some(c) = p[i..].chars().next() else {
            break;
        };
        let after = i + c.len_utf8();
        if !matches!(c, '"' | '\'' | '“' | '”' | '„' | '‘' | '’' | '«' | '»') {
            i = after;
            continue;
        }
        let prev = p[..i].chars().next_back();
        let next = p[after..].chars().next();
        match open.as_mut() {
            None => {
                if is_double(c) && opens_double(c, prev, next) {
                    open = Some(Open {
                        family: Family::Double,
                        mark: c,
                        start: i,
                        inner_start: after,
                        depth: 0,
                    });
                } else if c == '«' {
                    open = Some(Open {
                        family: Family::Guillemet,
                        mark: c,
                        start: i,
                        inner_start: after,
                        depth: 0,
                    });
                } else if matches!(c, '‘' | '\'') && opens_single(p, i, c, prev, next) {
                    if let Some((close, len)) = find_single_close(p, after, c) {
                        push(out, text, base, index, i, after, close, Some(close + len));
                        i = close + len;
                        continue;
                    }
                    // A single-quoted passage carried on in the next
                    // paragraph, which opens with the same mark.
                    if next_opens == Some(c) && !p[after..].contains(['’', '‘', '"', '“', '”']) && c == '‘' {
                        push(out, text, base, index, i, after, p.trim_end().len(), None);
                        break;
                    }
                }
            }
            Some(o) => {
                let closes = match o.family {
                    Family::Double if is_double(c) => {
                        let curly_outer = matches!(o.mark, '“' | '„');
                        if o.depth > 0 && !left_flanking(prev, next) {
                            o.depth -= 1;
                            false
                        } else if curly_outer && c == '“' && left_flanking(prev, next) {
                            // “…“nested”…” keeps the inner quote inside the outer one.
                            o.depth += 1;
                            false
                        } else {
                            o.depth == 0
                        }
                    }
                    Family::Guillemet if c == '«' => {
                        o.depth += 1;
                        false
                    }
                    Family::Guillemet if c == '»' => {
                        if o.depth > 0 {
                            o.depth -= 1;
                            false
                        } else {
                            true
                        }
                    }
                    _ => false,
                };
                if closes {
                    push(out, text, base, index, o.start, o.inner_start, i, Some(after));
                    open = None;
                }
            }
        }
        i = after;
    }
    if let Some(o) = open {
        push(out, text, base, index, o.start, o.inner_start, p.len(), None);
    }
}

/// The first byte at or after `from` that may start a quotation mark:
/// '"', '\'', and the lead bytes of U+2018..U+201F and of « ». Eight bytes
/// are tested at a time: text is mostly bytes that are none of these.
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::lexicon::bytes::{HIGH, ONES};
    // The high bit of each zero byte, and perhaps of bytes above one; the
    // lowest bit set is always the first zero byte.
    let zero_bytes = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let mut i = from;
    while let Some(chunk) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk);
        let found = zero_bytes(word ^ (ONES * u64::from(b'"')))
            | zero_bytes(word ^ (ONES * u64::from(b'\'')))
            // 0xC2 and 0xE2 differ only in the bit 0x20.
            | zero_bytes((word | (ONES * 0x20)) ^ (ONES * 0xE2));
        if found != 0 {
            return Some(i + (found.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter()
        .position(|&b| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2))
        .map(|k| i + k)
}

/// Pushes a quote from paragraph-relative offsets, unless it holds no word.
#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<Marked>,
    text: &str,
    base: usize,
    paragraph: usize,
    open: usize,
    inner_start: usize,
    inner_end: usize,
    outer_end: Option<usize>,
) {
    let raw = &text[base + inner_start..base + inner_end];
    if !raw.chars().any(char::is_alphanumeric) {
        return;
    }
    let lead = raw.len() - raw.trim_start().len();
    let trail = raw.len() - raw.trim_end().len();
    out.push(Marked {
        outer: Span::new(base + open, base + outer_end.unwrap_or(inner_end)),
        inner: Span::new(base + inner_start + lead, base + inner_end - trail),
        closed: outer_end.is_some(),
        paragraph,
        continues: false,
    });
}

/// Elisions written with a leading apostrophe ('em, 'n', 'cause).
const ELISIONS: &[&str] = &[
    "em", "n", "cause", "til", "tis", "twas", "bout", "round", "til", "s", "d", "ll", "re", "ve",
];

fn opens_single(p: &str, i: usize, c: char, prev: Option<char>, next: Option<char>) -> bool {
    // Only a letter may follow: ‘90s and '90s are years.
    if !next.is_some_and(char::is_alphabetic) || !left_flanking(prev, next) {
        return false;
    }
    let word: String = p[i + c.len_utf8()..]
        .chars()
        .take_while(|ch| ch.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    !ELISIONS.contains(&word.as_str())
}

/// The closing single mark for an opening at `from`, if one lies at a word
/// end within reach; apostrophes inside words never close.
fn find_single_close(p: &str, from: usize, opener: char) -> Option<(usize, usize)> {
    let limit = (from + MAX_SINGLE_QUOTE).min(p.len());
    let mut prev: Option<char> = None;
    // A plural possessive ("the unions’ terms") that may yet be the close.
    let mut possessive = None;
    let mut letters = 0usize;
    let mut iter = p[from..].char_indices().peekable();
    while let Some((k, c)) = iter.next() {
        let j = from + k;
        if j >= limit {
            break;
        }
        let next = iter.peek().map(|&(_, d)| d);
        let candidate = match opener {
            '‘' => matches!(c, '’' | '\''),
            _ => c == '\'',
        };
        if candidate
            && letters >= 2
            && prev.is_some_and(|q| !q.is_whitespace())
            && !next.is_some_and(char::is_alphanumeric)
        {
            if !plural_possessive(prev, next, &p[j + c.len_utf8()..]) {
                return Some((j, c.len_utf8()));
            }
            possessive = possessive.or(Some((j, c.len_utf8())));
        }
        if c.is_alphabetic() {
            letters += 1;
        }
        prev = Some(c);
    }
    // "‘We reject these terms’ said the unions": with no other close, the
    // mark after an -s closes the quote.
    possessive
}

/// `the students' union`: an `s'` followed by a lower-case word that is
/// not a verb of saying ("‘…these terms’ said the unions").
fn plural_possessive(prev: Option<char>, next: Option<char>, rest: &str) -> bool {
    let word: String = rest.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    prev == Some('s') && next == Some(' ') && word.starts_with(char::is_lowercase) && !super::cues::is_cue(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes_of(text: &str) -> Vec<&str> {
        let paras = crate::article::split_paragraphs(text);
        find_quotes(text, &paras)
            .iter()
            .map(|q| &text[q.inner.start..q.inner.end])
            .collect()
    }

    #[test]
    fn mark_bytes_are_found_in_every_position() {
        let marks = [b'"', b'\'', 0xE2, 0xC2];
        for len in 0..20 {
            for at in 0..=len {
                for filler in [b'a', b' ', 0x80, 0xA2, 0x02, 0x07, 0xE3, 0xC3] {
                    for &mark in &marks {
                        let mut bytes = vec![filler; len];
                        if at < len {
                            bytes[at] = mark;
                        }
                        let want = (0..len).find(|&k| marks.contains(&bytes[k]));
                        for from in 0..=len {
                            let expected = want.filter(|&k| k >= from);
                            assert_eq!(next_mark_byte(&bytes, from), expected, "{bytes:?} from {from}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn straight_and_curly_double_quotes() {
        let t = "He called it \"administrative error.\" and “a very low fee.”";
        assert_eq!(quotes_of(t), vec!["administrative error.", "a very low fee."]);
    }

    #[test]
    fn mismatched_marks_close_the_open_quote() {
        // Cornyn's statement in the shuttle article closes with an opening mark.
        let t = "Cornyn's statement added, \"There is no question. I m deeply disappointed with the Administration's misguided decision.“ However, the JSC will recieve seats.";
        assert_eq!(
            quotes_of(t),
            vec!["There is no question. I m deeply disappointed with the Administration's misguided decision."]
        );
        assert_eq!(quotes_of("“Yes,\" he said."), vec!["Yes,"]);
    }

    #[test]
    fn apostrophes_never_open_or_close() {
        let t =
            "America’s space program, NASA's budget, don't, the ’90s and the '90s, rock 'n' roll, the students' union.";
        assert!(quotes_of(t).is_empty());
    }

    #[test]
    fn single_quotes_at_top_level() {
        let t = "The minister said the plan was ‘dead in the water’ and 'not worth the paper it's on'.";
        assert_eq!(quotes_of(t), vec!["dead in the water", "not worth the paper it's on"]);
    }

    #[test]
    fn nested_quotes_stay_in_the_outer_one() {
        let t = "“He told me ‘never again’ and I believed him,” she said. “They called it “a win” today,” he added.";
        assert_eq!(
            quotes_of(t),
            vec![
                "He told me ‘never again’ and I believed him,",
                "They called it “a win” today,"
            ]
        );
    }

    #[test]
    fn single_quote_closing_after_a_plural() {
        let t = "‘We will never accept these terms’ said the nurses, and ‘the doctors’ pay’ was raised.";
        assert_eq!(
            quotes_of(t),
            vec!["We will never accept these terms", "the doctors’ pay"]
        );
        let t = "Officials said it was ‘a matter for the ministers’. Nobody else spoke.";
        assert_eq!(quotes_of(t), vec!["a matter for the ministers"]);
    }

    #[test]
    fn single_quoted_passage_over_two_paragraphs() {
        let t = "The mayor wrote: ‘We have waited long enough for the new bridge.\n\n‘Work starts in the spring.’";
        let paras = crate::article::split_paragraphs(t);
        let qs = find_quotes(t, &paras);
        let texts: Vec<&str> = qs.iter().map(|q| &t[q.inner.start..q.inner.end]).collect();
        assert_eq!(
            texts,
            vec![
                "We have waited long enough for the new bridge.",
                "Work starts in the spring."
            ]
        );
        assert!(!qs[0].closed && qs[1].continues);
    }

    #[test]
    fn guillemets() {
        assert_eq!(quotes_of("Il a dit «non, merci» hier."), vec!["non, merci"]);
    }

    #[test]
    fn inches_do_not_open() {
        assert!(quotes_of("A 6'2\" forward and a 12\" pipe.").is_empty());
    }

    #[test]
    fn open_quote_ends_at_paragraph_and_continues() {
        let t =
            "Gregoire said, \"The Museum of Flight put in effort.\n\n\"However, the trainer will soon call it home.\"";
        let paras = crate::article::split_paragraphs(t);
        let qs = find_quotes(t, &paras);
        assert_eq!(qs.len(), 2);
        assert_eq!(
            &t[qs[0].inner.start..qs[0].inner.end],
            "The Museum of Flight put in effort."
        );
        assert!(!qs[0].closed);
        assert!(qs[1].continues && qs[1].closed);
        assert_eq!(
            &t[qs[1].inner.start..qs[1].inner.end],
            "However, the trainer will soon call it home."
        );
    }

    #[test]
    fn wikinews_language_marker_is_outside() {
        let t = "called the sentence \"dangerous\" ((it)) and \"ideological\" ((it)).";
        assert_eq!(quotes_of(t), vec!["dangerous", "ideological"]);
    }
}
