//! The context shown beside a number: its sentence when that is short,
//! otherwise the clauses around it, trimmed to about [`MAX_CONTEXT`] bytes
//! at clause or word boundaries, so a list of numbers reads on its own.

use crate::article::Span;
use crate::extract::tokens::{Token, TokenKind};

/// About how long a context may be.
pub const MAX_CONTEXT: usize = 120;

/// One sentence's clauses, computed once and shared by all its numbers;
/// the reader keeps one and refills it sentence after sentence.
pub struct SentenceContext {
    sentence: Span,
    /// Clause starts, then the sentence end; empty for a short sentence.
    bounds: Vec<usize>,
}

impl SentenceContext {
    pub fn new() -> SentenceContext {
        SentenceContext {
            sentence: Span::new(0, 0),
            bounds: Vec::new(),
        }
    }

    /// Reads the clauses of `sentence`, whose tokens from byte `from` on
    /// (a token boundary) are `toks`.
    pub fn read(&mut self, text: &str, sentence: Span, from: usize, toks: &[Token]) {
        self.sentence = trim(text, sentence);
        self.bounds.clear();
        if self.sentence.len() > MAX_CONTEXT {
            clause_bounds(text, self.sentence, from, toks, &mut self.bounds);
        }
    }

    /// The context of `target` (a span inside the sentence).
    pub fn around(&self, text: &str, target: Span) -> Span {
        let bounds = &self.bounds;
        if bounds.len() < 2 || !self.sentence.contains(target) {
            return self.sentence;
        }
        let clause_of = |pos: usize| bounds.partition_point(|&b| b <= pos).saturating_sub(1);
        let mut lo = clause_of(target.start);
        let mut hi = clause_of(target.end.saturating_sub(1).max(target.start)).max(lo);
        let span_of = |lo: usize, hi: usize| clean(text, Span::new(bounds[lo], bounds[hi + 1]));
        let mut cur = span_of(lo, hi);
        while cur.len() <= MAX_CONTEXT {
            let before = (lo > 0).then(|| (lo - 1, hi));
            let after = (hi + 2 < bounds.len()).then(|| (lo, hi + 1));
            let pick = [after, before]
                .into_iter()
                .flatten()
                .map(|(l, h)| (l, h, span_of(l, h)))
                .filter(|(_, _, s)| s.len() <= MAX_CONTEXT)
                .min_by_key(|(_, _, s)| s.len());
            match pick {
                Some((l, h, s)) => (lo, hi, cur) = (l, h, s),
                None => break,
            }
        }
        if cur.len() <= MAX_CONTEXT && cur.contains(target) {
            cur
        } else if cur.contains(target) {
            window(text, cur, target)
        } else {
            window(text, self.sentence, target)
        }
    }
}

/// The context of `target` inside `sentence` (both spans into `text`).
#[cfg(test)]
pub fn context_span(text: &str, sentence: Span, target: Span) -> Span {
    let toks = crate::extract::tokens::tokenize(&text[sentence.start..sentence.end], sentence.start);
    let mut ctx = SentenceContext::new();
    ctx.read(text, sentence, sentence.start, &toks);
    ctx.around(text, target)
}

/// Start positions of the clauses of `sentence`, then its end, into
/// `bounds`. A clause ends after a comma, semicolon, colon or closing
/// bracket followed by a space, and before an opening bracket or a dash
/// standing after a space.
///
/// Before `from` every byte is looked at; from there on only the tokens
/// `toks`, since each of those marks is a punctuation token of its own
/// (a comma inside a numeral is followed by a digit, not a space).
fn clause_bounds(text: &str, sentence: Span, from: usize, toks: &[Token], bounds: &mut Vec<usize>) {
    let bytes = text.as_bytes();
    let from = from.clamp(sentence.start, sentence.end);
    bounds.push(sentence.start);
    for i in sentence.start..from {
        if CLAUSE_MARK[usize::from(bytes[i])] {
            push_bound(bytes, sentence, i, bounds);
        }
    }
    for t in toks {
        if t.span.start >= sentence.end {
            break;
        }
        if t.kind == TokenKind::Punct && t.span.start >= from && CLAUSE_MARK[usize::from(bytes[t.span.start])] {
            push_bound(bytes, sentence, t.span.start, bounds);
        }
    }
    bounds.push(sentence.end);
}

/// The bytes that may mark a clause boundary; 0xE2 leads the dashes' UTF-8.
const CLAUSE_MARK: [bool; 256] = {
    let mut mark = [false; 256];
    let marks = [b',', b';', b':', b')', b'(', 0xE2];
    let mut k = 0;
    while k < marks.len() {
        mark[marks[k] as usize] = true;
        k += 1;
    }
    mark
};

/// Adds the clause boundary the mark at byte `i` makes, if it makes one.
fn push_bound(bytes: &[u8], sentence: Span, i: usize, bounds: &mut Vec<usize>) {
    let b = bytes[i];
    let spaced_after = bytes.get(i + 1).is_none_or(|c| c.is_ascii_whitespace());
    let spaced_before = i > sentence.start && bytes[i - 1].is_ascii_whitespace();
    let at = if matches!(b, b',' | b';' | b':' | b')') && spaced_after {
        Some(i + 1)
    } else if spaced_before
        && (b == b'(' || bytes[i..].starts_with("\u{2013}".as_bytes()) || bytes[i..].starts_with("\u{2014}".as_bytes()))
    {
        Some(i)
    } else {
        None
    };
    if let Some(at) = at
        && at > *bounds.last().unwrap_or(&0)
        && at < sentence.end
    {
        bounds.push(at);
    }
}

/// Trims white space and a dangling comma, semicolon or colon.
fn clean(text: &str, s: Span) -> Span {
    let mut s = trim(text, s);
    while s.end > s.start && matches!(text.as_bytes()[s.end - 1], b',' | b';' | b':') {
        s = trim(text, Span::new(s.start, s.end - 1));
    }
    s
}

/// A window of about [`MAX_CONTEXT`] bytes around `target`, cut at spaces.
fn window(text: &str, clause: Span, target: Span) -> Span {
    let slack = MAX_CONTEXT.saturating_sub(target.len());
    let mut start = target.start.saturating_sub(slack / 2).max(clause.start);
    let mut end = (start + MAX_CONTEXT).max(target.end).min(clause.end);
    if end == clause.end {
        start = end.saturating_sub(MAX_CONTEXT).max(clause.start).min(target.start);
    }
    let bytes = text.as_bytes();
    if start > clause.start {
        // Move forward to the start of a word, never past the target.
        while start < target.start && !bytes[start - 1].is_ascii_whitespace() {
            start += 1;
        }
    }
    if end < clause.end {
        while end > target.end && !bytes[end].is_ascii_whitespace() {
            end -= 1;
        }
    }
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    trim(text, Span::new(start, end))
}

fn trim(text: &str, s: Span) -> Span {
    // Most spans begin and end with a visible ASCII character.
    let bytes = text.as_bytes();
    // The ASCII white space of `char::is_whitespace`: tab to carriage return, space.
    let visible = |b: u8| b.is_ascii() && !matches!(b, b'\t'..=b'\r' | b' ');
    if s.start < s.end && visible(bytes[s.start]) && visible(bytes[s.end - 1]) {
        return s;
    }
    let slice = &text[s.start..s.end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail >= slice.len() {
        return Span::new(s.start, s.start);
    }
    Span::new(s.start + lead, s.end - trail)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx<'a>(text: &'a str, needle: &str) -> &'a str {
        let start = text.find(needle).unwrap();
        let target = Span::new(start, start + needle.len());
        let s = context_span(text, Span::new(0, text.len()), target);
        &text[s.start..s.end]
    }

    /// The clause bounds read from every byte, as before tokens were used.
    fn bounds_bytewise(text: &str, sentence: Span) -> Vec<usize> {
        let mut bounds = vec![sentence.start];
        for i in sentence.start..sentence.end {
            if CLAUSE_MARK[usize::from(text.as_bytes()[i])] {
                push_bound(text.as_bytes(), sentence, i, &mut bounds);
            }
        }
        bounds.push(sentence.end);
        bounds
    }

    #[test]
    fn bounds_from_tokens_match_bounds_from_bytes() {
        let t = "Before (this) one, the firm \u{2014} said: \"312,000 jobs; 3,a (b) \u{2013}c\" \u{2013} and, then (more) 5:30, (x)\u{2014}y ends.";
        let sentence = Span::new(0, t.len());
        let expected = bounds_bytewise(t, sentence);
        assert!(expected.len() > 8, "{expected:?}");
        // A window may start at the sentence start or after any space.
        let starts = (0..t.len()).filter(|&k| k == 0 || t.as_bytes()[k - 1] == b' ');
        for from in starts {
            let toks = crate::extract::tokens::tokenize(&t[from..], from);
            let mut bounds = Vec::new();
            clause_bounds(t, sentence, from, &toks, &mut bounds);
            assert_eq!(bounds, expected, "from {from}");
        }
    }

    #[test]
    fn short_sentence_is_its_own_context() {
        let t = "US Secretary of State Marco Rubio said Sunday that 10 further \"criminals\" had arrived.";
        assert_eq!(ctx(t, "10"), t);
    }

    #[test]
    fn long_sentence_is_cut_at_clause_boundaries() {
        let t = "The report shows that, through all NASA activities, the agency generated more than $64.3 billion in total economic output during fiscal year 2019, supported more than 312,000 jobs nationwide, and generated an estimated $7 billion in federal, state, and local taxes throughout the United States.";
        let c = ctx(t, "312,000 jobs");
        assert!(c.contains("312,000 jobs"), "{c}");
        assert!(c.len() <= MAX_CONTEXT, "{c}");
        assert!(!c.starts_with(',') && !c.ends_with(','), "{c}");
        let c = ctx(t, "$64.3 billion");
        assert!(c.contains("$64.3 billion") && c.len() <= MAX_CONTEXT, "{c}");
    }

    #[test]
    fn long_clause_is_cut_at_words() {
        let t = "In the past few days in Italy a great many municipalities have started asking religious schools to pay taxes for property and local services despite the resistance of the Catholic Church and 422,000 euros in arrears owed by schools across the region";
        let c = ctx(t, "422,000 euros");
        assert!(c.contains("422,000 euros"), "{c}");
        assert!(c.len() <= MAX_CONTEXT + 1, "{c}");
        assert!(t.contains(c));
    }
}
