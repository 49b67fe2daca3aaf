//! Dates, years and times of day: "April 12, 1981", "8 July 2015",
//! "14/04/2025", "14.04.2025", "22:30"; and the fractions that share the
//! slash ("1/2").

use super::{Found, Scanner, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::numeral::{self, Numeral};
use crate::extract::numbers::words;

impl Scanner<'_> {
    /// "22:30", "2:30 p.m."
    pub(super) fn clock(&self, i: usize, integer: bool, out: &mut Vec<Found>) -> Option<usize> {
        if !(integer
            && self.glued(i)
            && self.is_punct(i + 1, ":")
            && self.glued(i + 1)
            && self.is_num(i + 2)
            && self.t(i + 2).len() == 2
            && self.t(i).len() <= 2)
        {
            return None;
        }
        let mut k = i + 3;
        if self.glued(k - 1) && self.is_punct(k, ":") && self.is_num(k + 1) {
            k += 2;
        }
        if matches!(self.low(k).as_str(), "a.m." | "p.m." | "am" | "pm") {
            k += 1;
        }
        out.push(found(
            Span::new(self.start(i), self.end(k - 1)),
            NumberKind::Other,
            None,
            None,
        ));
        Some(k)
    }

    /// "14/04/2025" is a date, "1/2" a fraction, "24/7" something else.
    pub(super) fn slashed(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        if !(self.glued(i) && self.is_punct(i + 1, "/") && self.glued(i + 1) && self.is_num(i + 2)) {
            return None;
        }
        let a: u32 = self.t(i).parse().ok()?;
        let b: u32 = self.t(i + 2).parse().ok()?;
        if self.glued(i + 2) && self.is_punct(i + 3, "/") && self.glued(i + 3) && self.is_num(i + 4) {
            let c: u32 = self.t(i + 4).parse().ok()?;
            let plausible = (1..=31).contains(&a) && (1..=31).contains(&b) && (a <= 12 || b <= 12);
            let year = self.t(i + 4).len() == 4 || self.t(i + 4).len() == 2;
            if plausible && year && c > 0 {
                out.push(found(
                    Span::new(self.start(i), self.end(i + 4)),
                    NumberKind::Date,
                    None,
                    None,
                ));
                return Some(i + 5);
            }
            return None;
        }
        // "1/2" is a fraction; "9/11" and "24/7" are names.
        let value = (a < b && b <= 10).then(|| f64::from(a) / f64::from(b));
        out.push(found(
            Span::new(self.start(i), self.end(i + 2)),
            NumberKind::Other,
            value,
            None,
        ));
        Some(i + 3)
    }

    /// "14.04.2025": a date written with dots.
    pub(super) fn dotted_date(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let parts: Vec<&str> = self.t(i).split('.').collect();
        if parts.len() != 3 || !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
            return None;
        }
        let d: u32 = parts[0].parse().ok()?;
        let m: u32 = parts[1].parse().ok()?;
        if (1..=31).contains(&d) && (1..=12).contains(&m) && matches!(parts[2].len(), 2 | 4) {
            out.push(found(self.toks[i].span, NumberKind::Date, None, None));
            return Some(i + 1);
        }
        None
    }

    /// "8 July 2015", "the 8th of July": a day before a month name.
    pub(super) fn day_month(&self, i: usize, num: &Numeral, out: &mut Vec<Found>) -> Option<usize> {
        if !(num.integer && !num.grouped && (1.0..=31.0).contains(&num.value)) {
            return None;
        }
        let mut k = i + 1;
        if self.low(k).as_str() == "of" {
            k += 1;
        }
        if !(self.is_word(k) && self.capitalized(k) && words::month(self.low(k).as_str())) {
            return None;
        }
        let mut end = self.end(k);
        k += 1;
        if self.is_punct(k, ".") && self.glued(k - 1) {
            k += 1;
        }
        if let Some(y) = self.year_at(k) {
            end = self.end(y);
            k = y + 1;
        }
        out.push(found(Span::new(self.start(i), end), NumberKind::Date, None, None));
        Some(k)
    }

    /// A four-digit year at token `k`, or after a comma there.
    pub(super) fn year_at(&self, k: usize) -> Option<usize> {
        let k = if self.is_punct(k, ",") { k + 1 } else { k };
        let n = numeral::parse(self.t(k)).filter(|_| self.is_num(k))?;
        n.year_like().then_some(k)
    }

    /// "April 12, 1981", "July 8", "Sep 25, 2020", "April 2020".
    pub(super) fn month_date(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let mut k = i + 1;
        if self.is_punct(k, ".") && self.glued(i) {
            k += 1;
        }
        if !self.is_num(k) {
            return None;
        }
        let s = self.t(k);
        // A day range "April 12-14" is one date.
        let day_part = s.split(['-', '‑']).next().unwrap_or(s);
        let (digits, suffix) = numeral::split_suffix(day_part);
        let num = numeral::parse(digits)?;
        let day_ok = num.integer
            && !num.grouped
            && num.int_digits <= 2
            && (1.0..=31.0).contains(&num.value)
            && (suffix.is_empty() || numeral::ordinal_suffix(&suffix.to_ascii_lowercase()));
        if day_ok {
            let mut end = self.end(k);
            let mut next = k + 1;
            if let Some(y) = self.year_at(k + 1) {
                end = self.end(y);
                next = y + 1;
            }
            out.push(found(Span::new(self.start(i), end), NumberKind::Date, None, None));
            return Some(next);
        }
        if suffix.is_empty() && num.year_like() && s == digits {
            // "July 2003": a year item valued at its year.
            out.push(found(
                Span::new(self.start(i), self.end(k)),
                NumberKind::Year,
                Some(num.value),
                None,
            ));
            return Some(k + 1);
        }
        None
    }
}
