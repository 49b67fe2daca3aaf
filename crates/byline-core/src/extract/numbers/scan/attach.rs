//! What follows a number and says what it is: a scale word, a currency,
//! a percent, a unit of measure, a label context ("Vostok 1"), or the
//! noun it counts ([`super::noun_phrase`]).

use super::noun_phrase::NounPhrase;
use super::{Core, Found, MAX_NOUN_WORDS, Scanner, found};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::numbers::units::{self, UnitClass};
use crate::extract::numbers::words;
use crate::extract::tokens::TokenKind;

impl Scanner<'_> {
    /// Reads the scale, currency, percent, unit or counted noun after a
    /// number and reports it; returns the next token to scan.
    pub(super) fn tail(&self, mut core: Core, out: &mut Vec<Found>) -> usize {
        if let Some(next) = self.rank_mark(&core, out) {
            return next;
        }
        // "[Ten] years ago": an editor's brackets around the number.
        if self.is_punct(core.next, "]")
            && core.first > 0
            && self.is_punct(core.first - 1, "[")
            && self.unit_after(core.next + 1).is_some()
        {
            core.start = self.start(core.first - 1);
            core.next += 1;
        }
        let mut j = core.next;
        let mut end = core.end;
        let mut value = core.value;
        let mut scale = core.scale;
        if scale == 1.0 && self.is_word(j) {
            let l = self.low(j);
            let sc = words::scale_word(l.as_str())
                .filter(|&s| s >= 1e3 || !core.spelled)
                .or_else(|| words::scale_abbrev(l.as_str(), core.money.is_some()));
            if let Some(sc) = sc {
                value *= sc;
                scale = sc;
                end = self.end(j);
                j += 1;
            }
        }
        let scaled = scale > 1.0;
        let span = |end: usize| Span::new(core.start, end);
        let mk = |span: Span, kind, unit: Option<String>| Found {
            span,
            kind,
            value: Some(value),
            unit,
            scale,
            bare: false,
        };
        if let Some(code) = core.money {
            out.push(mk(span(end), NumberKind::Money, Some(code.to_string())));
            return j;
        }
        if let Some((e, next, unit)) = self.percent_at(j) {
            out.push(mk(span(e), NumberKind::Percent, Some(unit.to_string())));
            return next;
        }
        if let Some((code, factor, e, next)) = self.currency_after(j, scaled, value) {
            out.push(Found {
                value: Some(value * factor),
                ..mk(span(e), NumberKind::Money, Some(code.to_string()))
            });
            return next;
        }
        if let Some(next) = self.multiplier(&core, j, value, out) {
            return next;
        }
        if core.integer
            && !core.grouped
            && !scaled
            && value <= 12.0
            && matches!(self.low(j).as_str(), "a.m." | "p.m." | "am" | "pm")
            && !core.spelled
        {
            out.push(found(span(self.end(j)), NumberKind::Other, None, None));
            return j + 1;
        }
        if let Some((e, next, unit)) = self.unit_after(j) {
            out.push(mk(span(e), NumberKind::Measure, Some(unit)));
            return next;
        }
        let np = self.noun_phrase(j, MAX_NOUN_WORDS, true);
        if core.year_like && !scaled {
            let approx = core.first > 0 && words::approximator(self.low(core.first - 1).as_str());
            let counted = np.as_ref().is_some_and(|np| np.plural);
            if !(counted && (approx || value < 1500.0)) {
                out.push(mk(span(end), NumberKind::Year, None));
                return j;
            }
        }
        if core.weak_one && !scaled {
            return j;
        }
        if !core.spelled && !scaled && self.label_context(&core, np.as_ref()) {
            out.push(mk(span(end), NumberKind::Other, None));
            return j;
        }
        if let Some(np) = &np
            && self.capitalized(np.first)
            && is_street(np.unit.rsplit(' ').next().unwrap_or(""))
        {
            out.push(mk(span(end), NumberKind::Other, None));
            return j;
        }
        match np {
            Some(np) => {
                out.push(mk(span(np.end), NumberKind::Count, Some(np.unit)));
                np.next
            }
            None if !scaled && self.is_age(&core) => {
                out.push(mk(span(end), NumberKind::Measure, Some("years".to_string())));
                j
            }
            None if !scaled && self.stage_number(&core, out).is_some() => j,
            None => {
                out.push(Found {
                    bare: !scaled,
                    ..mk(span(end), NumberKind::Count, None)
                });
                j
            }
        }
    }

    /// "%", "percent", "per cent", "percentage points".
    pub(super) fn percent_at(&self, j: usize) -> Option<(usize, usize, &'static str)> {
        if self.is_punct(j, "%") {
            return Some((self.end(j), j + 1, "%"));
        }
        if !self.is_word(j) {
            return None;
        }
        let l = self.low(j);
        match l.as_str() {
            "percent" | "pct" => Some((self.end(j), j + 1, "%")),
            "per" if self.low(j + 1).as_str() == "cent" => Some((self.end(j + 1), j + 2, "%")),
            "percentage" if matches!(self.low(j + 1).as_str(), "point" | "points") => {
                Some((self.end(j + 1), j + 2, "percentage points"))
            }
            _ => None,
        }
    }

    /// A currency after the amount: "422,000 euros", "5 million Hong Kong
    /// dollars", "10 USD". Returns (code, factor, end byte, next token).
    pub(super) fn currency_after(
        &self,
        j: usize,
        scaled: bool,
        value: f64,
    ) -> Option<(&'static str, f64, usize, usize)> {
        if !self.is_word(j) {
            return None;
        }
        if let Some(code) = units::currency_code(self.t(j)) {
            return Some((code, 1.0, self.end(j), j + 1));
        }
        // Up to two qualifying words before the currency word.
        for skip in 0..=2 {
            let k = j + skip;
            if !self.is_word(k) {
                return None;
            }
            let l = self.low(k);
            let w = l.as_str();
            if let Some((default, factor)) = units::currency_word(w) {
                let money = match w {
                    "pound" | "pounds" => scaled || self.low(k + 1).as_str() == "sterling" || skip > 0,
                    "won" => scaled || value >= 1000.0,
                    _ => true,
                };
                if !money {
                    return None;
                }
                let code = match skip {
                    0 => default,
                    1 => units::currency_qualifier("", self.low(j).as_str(), default)?,
                    _ => units::currency_qualifier(self.low(j).as_str(), self.low(j + 1).as_str(), default)?,
                };
                let mut end = self.end(k);
                let mut next = k + 1;
                if self.low(next).as_str() == "sterling" {
                    end = self.end(next);
                    next += 1;
                }
                return Some((code, factor, end, next));
            }
            if !self.capitalized(k) && !matches!(w, "u.s." | "us") {
                return None;
            }
        }
        None
    }

    /// A unit after a number: "73 seconds", "30 degrees Celsius", "5 km/h",
    /// "10 square miles", "35 years old".
    pub(super) fn unit_after(&self, j: usize) -> Option<(usize, usize, String)> {
        let mut k = j;
        let mut prefix = "";
        if self.is_word(k) && matches!(self.low(k).as_str(), "square" | "sq" | "cubic") {
            prefix = self.t(k);
            k += 1;
        }
        let l = self.low(k);
        let w = l.as_str();
        let class = units::unit(w)?;
        if self.kind(k) == Some(TokenKind::Number) {
            return None;
        }
        let mut end = self.end(k);
        let mut unit = if prefix.is_empty() {
            self.t(k).to_string()
        } else {
            format!("{prefix} {}", self.t(k))
        };
        let mut next = k + 1;
        // "km/h", "°C"
        if self.glued(k) && self.is_punct(next, "/") && self.glued(next) && self.is_word(next + 1) {
            let per = self.t(next + 1);
            if per.len() <= 3 {
                unit = format!("{unit}/{per}");
                end = self.end(next + 1);
                next += 2;
            }
        } else if w == "°" && self.glued(k) && matches!(self.t(next), "C" | "F") {
            unit = format!("°{}", self.t(next));
            end = self.end(next);
            next += 1;
        } else if self.low(next).as_str() == "per"
            && self.is_word(next + 1)
            && units::unit(self.low(next + 1).as_str()).is_some()
        {
            unit = format!("{unit} per {}", self.t(next + 1));
            end = self.end(next + 1);
            next += 2;
        } else if self.is_word(next) && units::unit_qualifier(self.low(next).as_str()) {
            let q = self.low(next);
            // "20 years old" is an age; "30 degrees Celsius" a temperature.
            let fits = match q.as_str() {
                "old" | "long" | "tall" | "deep" => class == UnitClass::Time || w != "degrees",
                _ => w.starts_with("degree") || w == "°",
            };
            if fits {
                if w.starts_with("degree") || w == "°" {
                    unit = format!("{unit} {}", self.t(next));
                }
                end = self.end(next);
                next += 1;
            }
        }
        Some((end, next, unit))
    }

    /// A number used as a label: "Vostok 1", "Movimento 5 Stelle", "No. 10".
    pub(super) fn label_context(&self, core: &Core, np: Option<&NounPhrase>) -> bool {
        let i = core.first;
        if !core.integer || core.grouped || core.value >= 10000.0 || i == 0 {
            return false;
        }
        if self.is_punct(i - 1, "#")
            || (self.is_punct(i - 1, ".") && i >= 2 && words::label_word(self.low(i - 2).as_str()))
            || (self.is_word(i - 1) && matches!(self.low(i - 1).as_str(), "number" | "no."))
        {
            return true;
        }
        let prev = i - 1;
        if !self.is_word(prev) || !self.capitalized(prev) || self.sentence_start(prev) {
            return false;
        }
        let p = self.t(prev);
        let l = self.low(prev);
        let pw = l.as_str();
        // Title case ("Vostok"), not an acronym ("US") or a calendar word.
        let title_case = p.chars().skip(1).any(char::is_lowercase);
        if !title_case || words::month(pw) || words::weekday(pw) || words::stopword(pw) {
            return false;
        }
        // "Trump's 250 migrants": a lower-case counted noun wins.
        np.is_none_or(|np| self.capitalized(np.first))
    }
}

/// The last word of a street address ("10 Downing Street").
pub(super) fn is_street(w: &str) -> bool {
    matches!(
        w,
        "Street" | "St" | "Avenue" | "Ave" | "Road" | "Rd" | "Boulevard" | "Blvd" | "Lane" | "Drive"
    )
}
