//! Numbers written in words: runs of number words ("two hundred and
//! fifty", "a dozen"), hyphenated compounds ("Forty-three", "two-year"),
//! ordinal words ("second term") and vague quantities ("dozens").

use super::{Core, Found, MAX_NOUN_WORDS, MAX_ORDINAL_WORDS, Scanner, forms, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::units;
use crate::extract::numbers::words::{self, Lower};

impl Scanner<'_> {
    /// "Forty-three", "twenty-first", "one-half", "two-year", "first-ever".
    pub(super) fn spelled_compound(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let l = self.low(i);
        let w = l.as_str();
        let parts: Vec<&str> = w.split(['-', '‑']).collect();
        let [p0, p1] = parts[..] else {
            return None;
        };
        let span = self.toks[i].span;
        if let Some(a) = words::cardinal(p0) {
            if let Some(b) = words::cardinal(p1)
                && a >= 20
                && a % 10 == 0
                && b < 10
            {
                return self.spelled_run(i, out);
            }
            if let Some(b) = words::ordinal(p1)
                && a >= 20
                && a % 10 == 0
                && b < 10
            {
                return self.ordinal_word(i, (a + b) as f64, out);
            }
            if let Some(den) = words::fraction_denominator(p1)
                && (a == 1) != p1.ends_with('s')
            {
                out.push(found(span, NumberKind::Other, Some(a as f64 / den), None));
                return Some(i + 1);
            }
            if units::unit(p1).is_some() && a > 0 {
                out.push(found(
                    span,
                    NumberKind::Measure,
                    Some(a as f64),
                    Some(units::unit_plural(p1)),
                ));
                return Some(i + 1);
            }
            if p1 == "fold" {
                out.push(found(span, NumberKind::Other, Some(a as f64), None));
                return Some(i + 1);
            }
            // "six-member team", "three-nation alliance": a count made an adjective.
            if a > 1 && p1.len() >= 3 && p1.bytes().all(|b| b.is_ascii_lowercase()) && !forms::idiom_after_hyphen(p1) {
                out.push(found(span, NumberKind::Count, Some(a as f64), Some(p1.to_string())));
                return Some(i + 1);
            }
            return None;
        }
        if let Some(v) = words::ordinal(p0)
            && !words::non_ordinal_compound(p1)
            && p1.chars().all(char::is_alphabetic)
        {
            let end = match self.noun_phrase(i + 1, MAX_ORDINAL_WORDS, false) {
                Some(np) => np.end,
                None if p1 == "ever" || self.determiner_before(i) => span.end,
                None => return None,
            };
            let next = self
                .noun_phrase(i + 1, MAX_ORDINAL_WORDS, false)
                .map_or(i + 1, |np| np.next);
            out.push(found(
                Span::new(span.start, end),
                NumberKind::Ordinal,
                Some(v as f64),
                None,
            ));
            return Some(next);
        }
        None
    }

    pub(super) fn determiner_before(&self, i: usize) -> bool {
        i > 0 && self.is_word(i - 1) && words::determiner(self.low(i - 1).as_str())
    }

    /// "second term", "the first space shuttle mission": an ordinal word
    /// attached to a noun.
    pub(super) fn ordinal_word(&self, i: usize, value: f64, out: &mut Vec<Found>) -> Option<usize> {
        let prev = if i > 0 && self.is_word(i - 1) {
            self.low(i - 1)
        } else {
            Lower::new("")
        };
        if prev.as_str() == "at" {
            return None;
        }
        // "the fourth or fifth day": the first ordinal shares the noun.
        if matches!(self.low(i + 1).as_str(), "or" | "and" | "to")
            && words::ordinal(self.low(i + 2).as_str()).is_some()
            && self.noun_phrase(i + 3, MAX_ORDINAL_WORDS, false).is_some()
        {
            out.push(found(self.toks[i].span, NumberKind::Ordinal, Some(value), None));
            return Some(i + 1);
        }
        let np = self.noun_phrase(i + 1, MAX_ORDINAL_WORDS, false)?;
        out.push(found(
            Span::new(self.start(i), np.end),
            NumberKind::Ordinal,
            Some(value),
            None,
        ));
        Some(np.next)
    }

    /// A run of number words: "five thousand", "two hundred and fifty",
    /// "a dozen", "Forty-three", "a million".
    pub(super) fn spelled_run(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        #[derive(Clone, Copy, PartialEq)]
        enum Last {
            Start,
            A,
            Small,
            Tens,
            Hundred,
            Big,
        }
        let mut last = Last::Start;
        let mut total = 0.0;
        let mut cur = 0.0;
        let mut big_scale = 1.0;
        let mut end = self.start(i);
        let mut k = i;
        let mut words_used = 0;
        while k < self.toks.len() && self.is_word(k) {
            let l = self.low(k);
            let w = l.as_str();
            let after = self.low(k + 1);
            let scale_next = words::scale_word(after.as_str()).is_some() || after.as_str() == "dozen";
            if (w == "a" || w == "an") && last == Last::Start {
                if !scale_next {
                    return None;
                }
                cur = 1.0;
                last = Last::A;
                k += 1;
                continue;
            }
            if w == "and" && matches!(last, Last::Hundred | Last::Big) && words::cardinal(after.as_str()).is_some() {
                k += 1;
                continue;
            }
            if let Some(v) = compound_cardinal(w) {
                let fits = match last {
                    Last::Start | Last::Hundred | Last::Big => true,
                    Last::Tens => v < 10 && !w.contains('-'),
                    Last::A | Last::Small => false,
                };
                if !fits {
                    break;
                }
                cur += v as f64;
                last = if v >= 20 && v % 10 == 0 {
                    Last::Tens
                } else {
                    Last::Small
                };
            } else if w == "hundred" && matches!(last, Last::A | Last::Small | Last::Tens) {
                cur = cur.max(1.0) * 100.0;
                last = Last::Hundred;
            } else if w == "dozen" && matches!(last, Last::A | Last::Small) {
                cur = cur.max(1.0) * 12.0;
                last = Last::Small;
            } else if let Some(sc) = words::scale_word(w).filter(|&s| s >= 1e3)
                && last != Last::Start
            {
                total += cur.max(1.0) * sc;
                cur = 0.0;
                big_scale = sc;
                last = Last::Big;
            } else {
                break;
            }
            end = self.end(k);
            words_used += 1;
            k += 1;
        }
        if words_used == 0 || matches!(last, Last::Start | Last::A) {
            return None;
        }
        let value = total + cur;
        let weak_one = words_used == 1 && self.low(i).as_str() == "one";
        // "two thirds of", "one quarter": a fraction.
        if value <= 10.0
            && words_used == 1
            && let Some(den) = words::fraction_denominator(self.low(k).as_str())
            && (value == 1.0) != self.low(k).as_str().ends_with('s')
            && self.noun_phrase(k + 1, 1, false).is_none()
        {
            out.push(found(
                Span::new(self.start(i), self.end(k)),
                NumberKind::Other,
                Some(value / den),
                None,
            ));
            return Some(k + 1);
        }
        let scale = if last == Last::Big { big_scale } else { 1.0 };
        let core = Core {
            weak_one,
            ..Core::spelled(i, self.start(i), end, k, value, scale)
        };
        Some(self.tail(core, out))
    }

    /// "several", "dozens", "thousands", "tens of thousands", "the past few":
    /// a count without a value.
    pub(super) fn vague(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let l = self.low(i);
        let w = l.as_str();
        let prev = if i > 0 { self.low(i - 1) } else { Lower::new("") };
        if w == "few" && !matches!(prev.as_str(), "a" | "past" | "last" | "next" | "first") {
            return None;
        }
        let mut end_tok = i;
        // "several hundred protesters", "a few thousand votes".
        if matches!(w, "several" | "few")
            && matches!(
                self.low(i + 1).as_str(),
                "hundred" | "thousand" | "million" | "billion" | "dozen"
            )
        {
            end_tok = i + 1;
        } else if matches!(w, "tens" | "hundreds" | "dozens")
            && self.low(i + 1).as_str() == "of"
            && matches!(self.low(i + 2).as_str(), "thousands" | "millions" | "billions")
        {
            end_tok = i + 2;
        } else if w == "tens" {
            return None;
        }
        let mut k = end_tok + 1;
        if self.low(k).as_str() == "of" {
            k += 1;
            while self.is_word(k) && words::determiner(self.low(k).as_str()) {
                k += 1;
            }
        }
        let span = Span::new(self.start(i), self.end(end_tok));
        if let Some(code) = self.is_word(k).then(|| units::currency_word(self.low(k).as_str()))
            && let Some((code, _)) = code
        {
            out.push(found(span, NumberKind::Money, None, Some(code.to_string())));
            return Some(k + 1);
        }
        let unit = self.noun_phrase(k, MAX_NOUN_WORDS, true).map(|np| np.unit);
        out.push(found(span, NumberKind::Count, None, unit));
        Some(end_tok + 1)
    }
}

/// A cardinal word or a hyphenated tens-and-units one ("forty-three").
pub(super) fn compound_cardinal(w: &str) -> Option<u64> {
    if let Some(v) = words::cardinal(w) {
        return Some(v);
    }
    let (a, b) = w.split_once(['-', '‑'])?;
    let (a, b) = (words::cardinal(a)?, words::cardinal(b)?);
    (a >= 20 && a % 10 == 0 && (1..10).contains(&b)).then_some(a + b)
}
