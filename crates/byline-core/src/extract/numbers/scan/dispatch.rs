//! Where each number begins: a cheap test of whether a token can start
//! one, then the choice of reader by the token's kind and word.

use super::{Core, Found, Scanner, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::units;
use crate::extract::numbers::words;
use crate::extract::tokens::TokenKind;

impl Scanner<'_> {
    /// Whether a number can begin at token `i`; a cheap test that lets
    /// [`Self::at`] see only the few tokens that may start one.
    pub(super) fn live(&self, i: usize) -> bool {
        let tok = &self.toks[i];
        match tok.kind {
            TokenKind::Number => true,
            // A currency symbol before digits.
            TokenKind::Punct => self.is_num(i + 1),
            TokenKind::Word => {
                let s = &self.text.as_bytes()[tok.span.start..tok.span.end];
                // A currency code or "FY" before digits, a number word, "a"
                // before one ("a dozen", "a third"), or digits (after the
                // first byte, a letter); cheapest tests first.
                (s.first().is_some_and(u8::is_ascii_uppercase) && self.is_num(i + 1))
                    || (words::may_begin_starter(s) && words::starter(words::leading_letters(s)))
                    || ((s.eq_ignore_ascii_case(b"a") || s.eq_ignore_ascii_case(b"an"))
                        && self.is_word(i + 1)
                        && words::starter(words::leading_letters(self.t(i + 1).as_bytes())))
                    || s.get(1..).is_some_and(|rest| rest.iter().any(u8::is_ascii_digit))
            }
        }
    }

    pub(super) fn at(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        match self.toks[i].kind {
            TokenKind::Number => {
                if self.in_url(i) {
                    return Some(self.skip_chunk(i));
                }
                self.numeral_at(i, None, out)
            }
            TokenKind::Punct => {
                let code = units::currency_symbol(self.t(i))?;
                if !self.is_num(i + 1) {
                    return None;
                }
                let mut start = self.start(i);
                let mut code = code;
                if code == "USD"
                    && i > 0
                    && self.is_word(i - 1)
                    && self.glued(i - 1)
                    && let Some(c) = units::dollar_prefix(self.t(i - 1))
                {
                    code = c;
                    start = self.start(i - 1);
                }
                self.numeral_at(i + 1, Some((code, start)), out)
            }
            TokenKind::Word => self.word_at(i, out),
        }
    }

    pub(super) fn word_at(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let s = self.t(i);
        if s.bytes().any(|b| b.is_ascii_digit()) {
            if self.in_url(i) {
                return Some(self.skip_chunk(i));
            }
            return self.identifier(i, out);
        }
        if let Some(code) = units::currency_code(s)
            && self.is_num(i + 1)
            && !self.is_punct(i + 2, "-")
        {
            return self.numeral_at(i + 1, Some((code, self.start(i))), out);
        }
        if s == "FY"
            && self.is_num(i + 1)
            && let Some(year) = fiscal_year(self.t(i + 1))
        {
            out.push(found(
                Span::new(self.start(i), self.end(i + 1)),
                NumberKind::Year,
                Some(year),
                None,
            ));
            return Some(i + 2);
        }
        let l = self.low(i);
        let w = l.as_str();
        if !may_start_number(w) {
            return None;
        }
        if words::month(w) && self.capitalized(i) {
            return self.month_date(i, out);
        }
        if let Some(factor) = words::multiplier_word(w) {
            out.push(found(self.toks[i].span, NumberKind::Other, Some(factor as f64), None));
            return Some(i + 1);
        }
        // Mid-sentence capitals are names ("District Council (Second)").
        let name_like = self.capitalized(i) && !self.sentence_start(i) && !self.title_case;
        if w.contains('-') || w.contains('‑') {
            return if name_like { None } else { self.spelled_compound(i, out) };
        }
        if words::vague(w) || w == "tens" || w == "few" {
            return self.vague(i, out);
        }
        if name_like {
            return None;
        }
        if let Some(k) = self.fraction_of_scale(i, out) {
            return Some(k);
        }
        if (w == "a" || w == "an") && self.is_word(i + 1) {
            let next = self.low(i + 1);
            if let Some(den) = words::fraction_denominator(next.as_str())
                && !next.as_str().ends_with('s')
                && self.noun_phrase(i + 2, 1, false).is_none()
            {
                out.push(found(
                    Span::new(self.start(i), self.end(i + 1)),
                    NumberKind::Other,
                    Some(1.0 / den),
                    None,
                ));
                return Some(i + 2);
            }
        }
        if w == "half"
            && self.low(i + 1).as_str() == "a"
            && let Some(sc) = words::scale_word(self.low(i + 2).as_str())
            && sc >= 1e3
        {
            let core = Core::spelled(i, self.start(i), self.end(i + 2), i + 3, 0.5 * sc, sc);
            return Some(self.tail(core, out));
        }
        if let Some(v) = words::ordinal(w) {
            return self.ordinal_word(i, v as f64, out);
        }
        self.spelled_run(i, out)
    }
}

/// Whether a lower-cased word can begin a spelled-out number, a date or a
/// vague quantity; most words cannot, and are dismissed with this check.
pub(super) fn may_start_number(w: &str) -> bool {
    w.contains('-')
        || w.contains('‑')
        || matches!(w, "a" | "an" | "half" | "tens" | "few" | "dozen")
        || words::month(w)
        || words::vague(w)
        || words::multiplier_word(w).is_some()
        || words::cardinal(w).is_some()
        || words::ordinal(w).is_some()
}

/// "2019" → 2019, "19" → 2019 (after "FY").
pub(super) fn fiscal_year(s: &str) -> Option<f64> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v: f64 = s.parse().ok()?;
    match s.len() {
        4 if (1900.0..=2100.0).contains(&v) => Some(v),
        2 => Some(2000.0 + v),
        _ => None,
    }
}
