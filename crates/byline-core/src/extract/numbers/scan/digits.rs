//! Numbers written in digits: plain numerals with their suffixes
//! ("21st", "5m", "1990s", "10kg") and words holding digits ("FY2019",
//! "STS-135").

use super::dispatch::fiscal_year;
use super::{Core, Found, MAX_ORDINAL_WORDS, Scanner, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::numeral;
use crate::extract::numbers::units;
use crate::extract::numbers::words::{self, Lower};

impl Scanner<'_> {
    pub(super) fn numeral_at(
        &self,
        i: usize,
        money: Option<(&'static str, usize)>,
        out: &mut Vec<Found>,
    ) -> Option<usize> {
        let s = self.t(i);
        if s.contains('-') || s.contains('‑') {
            return self.hyphenated(i, money, out);
        }
        let (digits, suffix) = numeral::split_suffix(s);
        // "052962": zero-padded digits are a code, not an amount.
        if digits.len() > 1 && digits.starts_with('0') && !digits.starts_with("0.") {
            return Some(i + 1);
        }
        let Some(num) = numeral::parse(digits) else {
            return self.dotted_date(i, out).or(Some(i + 1));
        };
        let start = money.map_or(self.start(i), |m| m.1);
        let mut core = Core {
            start,
            end: self.end(i),
            next: i + 1,
            value: num.value,
            scale: 1.0,
            money: money.map(|m| m.0),
            year_like: num.year_like() && money.is_none(),
            spelled: false,
            integer: num.integer,
            grouped: num.grouped,
            weak_one: false,
            first: i,
        };
        if !suffix.is_empty() {
            let l = Lower::new(suffix);
            let suf = l.as_str();
            if numeral::ordinal_suffix(suf) && money.is_none() {
                if let Some(k) = self.day_month(i, &num, out) {
                    return Some(k);
                }
                let (end, next) = match self.noun_phrase(i + 1, MAX_ORDINAL_WORDS, false) {
                    Some(np) => (np.end, np.next),
                    None => (self.end(i), i + 1),
                };
                out.push(found(Span::new(start, end), NumberKind::Ordinal, Some(num.value), None));
                return Some(next);
            }
            if suf == "s" && num.integer && !num.grouped && money.is_none() {
                // Decades: "the 1990s".
                if num.int_digits == 4 && num.value % 10.0 == 0.0 {
                    out.push(found(self.toks[i].span, NumberKind::Year, Some(num.value), None));
                }
                return Some(i + 1);
            }
            if matches!(suf, "am" | "pm") && money.is_none() {
                out.push(found(self.toks[i].span, NumberKind::Other, None, None));
                return Some(i + 1);
            }
            if let Some(sc) = words::scale_abbrev(suf, money.is_some()) {
                core.value *= sc;
                core.scale = sc;
                core.year_like = false;
                return Some(self.tail(core, out));
            }
            if money.is_none() && units::glued_unit(suf).is_some() {
                out.push(found(
                    self.toks[i].span,
                    NumberKind::Measure,
                    Some(num.value),
                    Some(suffix.to_string()),
                ));
                return Some(i + 1);
            }
            // An alphanumeric code ("3cxsYlU", "5G"): not a number.
            return Some(i + 1);
        }
        if money.is_none() {
            if let Some(k) = self.clock(i, num.integer, out) {
                return Some(k);
            }
            if let Some(k) = self.split_year(i, out).or_else(|| self.slashed(i, out)) {
                return Some(k);
            }
            if let Some(k) = self.day_month(i, &num, out) {
                return Some(k);
            }
            if let Some(k) = self.dashed_score(i, out) {
                return Some(k);
            }
        }
        Some(self.tail(core, out))
    }

    /// Words with digits: "FY2019" is a year, "STS-135" an identifier,
    /// "M5S" or "G20" nothing.
    pub(super) fn identifier(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
        let s = self.t(i);
        if let Some(rest) = s.strip_prefix("FY")
            && let Some(year) = fiscal_year(rest)
        {
            out.push(found(self.toks[i].span, NumberKind::Year, Some(year), None));
            return Some(i + 1);
        }
        let (head, num) = s.rsplit_once(['-', '‑'])?;
        // Names of missions, models and diseases are capitalized ("STS-135",
        // "COVID-19"); "utf-8" and "logo-160" are markup.
        let letters =
            head.chars().all(|c| c.is_alphabetic() || c == '-') && head.chars().next().is_some_and(char::is_uppercase);
        if letters && !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) {
            let value = num.parse::<f64>().ok();
            out.push(found(self.toks[i].span, NumberKind::Other, value, None));
            return Some(i + 1);
        }
        None
    }
}
