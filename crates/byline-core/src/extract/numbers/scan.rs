//! The scanner: one left-to-right pass over a sentence's tokens that
//! recognises each number (digits, spelled-out words, dates, identifiers)
//! and then reads what is attached to it: a scale word, a currency, a
//! percent sign, a unit or the noun phrase it counts.

use super::numeral::{self, Numeral};
use super::units::{self, UnitClass};
use super::words::{self, Lower};
use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::tokens::{Token, TokenKind};

mod forms;

/// A number found in a sentence, before its context is attached.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub span: Span,
    pub kind: NumberKind,
    pub value: Option<f64>,
    pub unit: Option<String>,
    /// The scale word applied ("million" → 1e6), 1 without one.
    pub scale: f64,
    /// Nothing was attached to it ("from 9 to 10").
    pub bare: bool,
}

/// A number's own words or digits, before what follows it is read.
#[derive(Debug, Clone, Copy)]
struct Core {
    /// Byte start, including a currency written before it.
    start: usize,
    end: usize,
    /// The first token after it.
    next: usize,
    value: f64,
    scale: f64,
    money: Option<&'static str>,
    year_like: bool,
    spelled: bool,
    integer: bool,
    grouped: bool,
    /// A lone "one", reported only with a unit, currency or percent.
    weak_one: bool,
    /// The index of its first token.
    first: usize,
}

/// The longest counted noun phrase read after a number.
const MAX_NOUN_WORDS: usize = 4;
/// The longest noun phrase shown with an ordinal ("first space shuttle mission").
const MAX_ORDINAL_WORDS: usize = 3;
/// How far to look for the edges of a URL around a digit.
const MAX_URL_CHUNK: usize = 300;

pub struct Scanner<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// A title or heading: capitalized words there are not names.
    title_case: bool,
    /// The first byte of the sentence's first word or number.
    first_word: usize,
}

impl<'a> Scanner<'a> {
    /// `toks` are the sentence's tokens from some point on, and `first_word`
    /// the first byte of its first word or number (see
    /// [`super::trigger::first_word_start`]).
    pub fn new(text: &'a str, toks: &'a [Token], title_case: bool, first_word: usize) -> Scanner<'a> {
        Scanner {
            text,
            toks,
            title_case,
            first_word,
        }
    }

    /// Appends every number of the sentence to `out`, in text order.
    pub fn scan(&self, out: &mut Vec<Found>) {
        let mut i = 0;
        while i < self.toks.len() {
            if !self.live(i) {
                i += 1;
                continue;
            }
            i = match self.at(i, out) {
                Some(next) => next.max(i + 1),
                None => i + 1,
            };
        }
    }

    // ---- token helpers -------------------------------------------------

    fn t(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.text(self.text))
    }

    fn low(&self, i: usize) -> Lower {
        Lower::new(self.t(i))
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.toks.get(i).map(|t| t.kind)
    }

    fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Word)
    }

    fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Number)
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && self.t(i) == p
    }

    fn start(&self, i: usize) -> usize {
        self.toks[i].span.start
    }

    fn end(&self, i: usize) -> usize {
        self.toks[i].span.end
    }

    /// Tokens `i` and `i + 1` touch, with no space between.
    fn glued(&self, i: usize) -> bool {
        i + 1 < self.toks.len() && self.end(i) == self.start(i + 1)
    }

    fn capitalized(&self, i: usize) -> bool {
        self.t(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Only punctuation comes before token `i` in the sentence.
    fn sentence_start(&self, i: usize) -> bool {
        self.start(i) <= self.first_word
    }

    /// Whether a number can begin at token `i`; a cheap test that lets
    /// [`Self::at`] see only the few tokens that may start one.
    fn live(&self, i: usize) -> bool {
        let tok = &self.toks[i];
        match tok.kind {
            TokenKind::Number => true,
            // A currency symbol before digits.
            TokenKind::Punct => self.is_num(i + 1),
            TokenKind::Word => {
                let s = &self.text.as_bytes()[tok.span.start..tok.span.end];
                let letters = words::leading_letters(s);
                // Digits, a currency code or "FY" before digits, a number
                // word, or "a" before one ("a dozen", "a third").
                s[letters.len()..].iter().any(u8::is_ascii_digit)
                    || (s.first().is_some_and(u8::is_ascii_uppercase) && self.is_num(i + 1))
                    || words::starter(letters)
                    || ((s.eq_ignore_ascii_case(b"a") || s.eq_ignore_ascii_case(b"an"))
                        && self.is_word(i + 1)
                        && words::starter(words::leading_letters(self.t(i + 1).as_bytes())))
            }
        }
    }

    fn is_quote(&self, i: usize) -> bool {
        self.kind(i) == Some(TokenKind::Punct) && matches!(self.t(i), "\"" | "“" | "”" | "'" | "‘" | "’")
    }

    /// A word that can be part of a counted noun phrase.
    fn content_word(&self, i: usize) -> bool {
        if !self.is_word(i) {
            return false;
        }
        let s = self.t(i);
        if s.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        let l = self.low(i);
        let w = l.as_str();
        // "US" in "US trade partners" is a name, not the pronoun.
        let acronym = s.len() >= 2 && s.bytes().all(|b| b.is_ascii_uppercase() || b == b'.');
        if w.is_empty()
            || (words::stopword(w) && !acronym)
            || words::cardinal(w).is_some()
            || words::ordinal(w).is_some()
            || words::scale_word(w).is_some()
            || words::vague(w)
            || w == "dozen"
        {
            return false;
        }
        if self.capitalized(i) && (words::month(w) || words::weekday(w)) {
            return false;
        }
        true
    }

    /// The whitespace-delimited chunk around token `i` is a URL or address.
    fn in_url(&self, i: usize) -> bool {
        let bytes = self.text.as_bytes();
        let mut a = self.start(i);
        let floor = a.saturating_sub(MAX_URL_CHUNK);
        while a > floor && !bytes[a - 1].is_ascii_whitespace() {
            a -= 1;
        }
        let mut b = self.end(i);
        let ceil = (b + MAX_URL_CHUNK).min(bytes.len());
        while b < ceil && !bytes[b].is_ascii_whitespace() {
            b += 1;
        }
        let chunk = &bytes[a..b];
        let has = |pat: &[u8]| chunk.windows(pat.len()).any(|w| w == pat);
        if has(b"://") || has(b"www.") || chunk.contains(&b'@') {
            return true;
        }
        // "go.nasa.gov/3cxsYlU": a domain before the first slash.
        match chunk.iter().position(|&c| c == b'/') {
            Some(slash) => chunk[..slash]
                .windows(2)
                .any(|w| w[0] == b'.' && w[1].is_ascii_alphabetic()),
            None => false,
        }
    }

    /// The first token after the chunk holding token `i`.
    fn skip_chunk(&self, i: usize) -> usize {
        let mut k = i + 1;
        while k < self.toks.len() && self.start(k) == self.end(k - 1) {
            k += 1;
        }
        k
    }

    // ---- dispatch ------------------------------------------------------

    fn at(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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

    fn word_at(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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
            let core = Core {
                start: self.start(i),
                end: self.end(i + 2),
                next: i + 3,
                value: 0.5 * sc,
                scale: sc,
                money: None,
                year_like: false,
                spelled: true,
                integer: true,
                grouped: false,
                weak_one: false,
                first: i,
            };
            return Some(self.tail(core, out));
        }
        if let Some(v) = words::ordinal(w) {
            return self.ordinal_word(i, v as f64, out);
        }
        self.spelled_run(i, out)
    }

    // ---- digits --------------------------------------------------------

    fn numeral_at(&self, i: usize, money: Option<(&'static str, usize)>, out: &mut Vec<Found>) -> Option<usize> {
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

    /// "22:30", "2:30 p.m."
    fn clock(&self, i: usize, integer: bool, out: &mut Vec<Found>) -> Option<usize> {
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
    fn slashed(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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
    fn dotted_date(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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
    fn day_month(&self, i: usize, num: &Numeral, out: &mut Vec<Found>) -> Option<usize> {
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
    fn year_at(&self, k: usize) -> Option<usize> {
        let k = if self.is_punct(k, ",") { k + 1 } else { k };
        let n = numeral::parse(self.t(k)).filter(|_| self.is_num(k))?;
        n.year_like().then_some(k)
    }

    /// "April 12, 1981", "July 8", "Sep 25, 2020", "April 2020".
    fn month_date(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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

    /// Number tokens with hyphens: ranges ("3-5%", "2004-2009"), dates
    /// ("2025-04-14"), compounds ("35-year-old") and identifiers ("20-093").
    fn hyphenated(&self, i: usize, money: Option<(&'static str, usize)>, out: &mut Vec<Found>) -> Option<usize> {
        let s = self.t(i);
        let base = self.start(i);
        let parts: Vec<(usize, &str)> = split_hyphens(s);
        let nums: Vec<Option<Numeral>> = parts.iter().map(|(_, p)| numeral::parse(p)).collect();
        let all_numeric = nums.iter().all(Option::is_some);
        if all_numeric && parts.len() == 3 {
            let [a, b, c] = [nums[0], nums[1], nums[2]].map(|n| n.map_or(0.0, |n| n.value));
            let iso = nums[0].is_some_and(|n| n.year_like()) && b <= 12.0 && c <= 31.0;
            let kind = if iso { NumberKind::Date } else { NumberKind::Other };
            let _ = a;
            out.push(found(self.toks[i].span, kind, None, None));
            return Some(i + 1);
        }
        if all_numeric && parts.len() == 2 {
            let (n1, n2) = (nums[0]?, nums[1]?);
            let (o1, p1) = parts[0];
            let (o2, p2) = parts[1];
            let span1 = Span::new(money.map_or(base + o1, |m| m.1), base + o1 + p1.len());
            let span2 = Span::new(base + o2, base + o2 + p2.len());
            // "2011-12": a financial year, one item.
            if money.is_none()
                && let Some(year) = forms::financial_year(p1, p2)
                && p2.len() == 2
            {
                out.push(found(self.toks[i].span, NumberKind::Year, Some(year), None));
                return Some(i + 1);
            }
            // "2004-2009", "2020-21": two years.
            if money.is_none() && n1.year_like() {
                let second = if n2.year_like() {
                    Some(n2.value)
                } else if p2.len() == 2 && n2.integer {
                    let century = (n1.value / 100.0).floor() * 100.0;
                    Some(century + n2.value).filter(|&y| y > n1.value)
                } else {
                    None
                };
                if let Some(y2) = second {
                    out.push(found(span1, NumberKind::Year, Some(n1.value), None));
                    out.push(found(span2, NumberKind::Year, Some(y2), None));
                    return Some(i + 1);
                }
            }
            // A range when something is attached to it: "3-5%", "$3-5 million", "10-15 people".
            let core = Core {
                start: span2.start,
                end: span2.end,
                next: i + 1,
                value: n2.value,
                scale: 1.0,
                money: money.map(|m| m.0),
                year_like: false,
                spelled: false,
                integer: n2.integer,
                grouped: n2.grouped,
                weak_one: false,
                first: i,
            };
            let mut tail = Vec::new();
            let next = self.tail(core, &mut tail);
            // "3-1 win" is a score: a range counts plural things.
            let attached = money.is_some()
                || tail.iter().any(|f| {
                    !f.bare
                        && (f.kind != NumberKind::Count
                            || f.unit.as_deref().is_some_and(|u| {
                                words::looks_plural(&u.rsplit(' ').next().unwrap_or(u).to_ascii_lowercase())
                            }))
                });
            // Leading zeros ("20-093") mark an identifier, not a range.
            let padded = p2.len() > 1 && p2.starts_with('0');
            if attached && !padded {
                for mut f in tail {
                    let mut first = f.clone();
                    first.span = span1;
                    first.value = Some(n1.value * f.scale);
                    if f.kind == NumberKind::Count {
                        // The first end of "10-15 people" is just "10".
                        first.unit = f.unit.clone();
                    }
                    f.span.start = span2.start;
                    out.push(first);
                    out.push(f);
                }
                return Some(next);
            }
            out.push(found(self.toks[i].span, NumberKind::Other, None, None));
            return Some(i + 1);
        }
        // "35-year-old", "10-point": a number compounded with a word.
        let (_, head) = parts[0];
        let n = nums[0]?;
        if parts.len() >= 2 && money.is_none() {
            let (_, word) = parts[1];
            let l = Lower::new(word);
            let w = l.as_str();
            if units::unit(w).is_some() {
                out.push(found(
                    self.toks[i].span,
                    NumberKind::Measure,
                    Some(n.value),
                    Some(units::unit_plural(w)),
                ));
                return Some(i + 1);
            }
            if w == "fold" {
                // "18-fold": a multiplier.
                out.push(found(self.toks[i].span, NumberKind::Other, Some(n.value), None));
                return Some(i + 1);
            }
            if w.len() >= 3 && word.bytes().all(|b| b.is_ascii_lowercase()) {
                out.push(found(
                    self.toks[i].span,
                    NumberKind::Count,
                    Some(n.value),
                    Some(word.to_string()),
                ));
                return Some(i + 1);
            }
        }
        let _ = head;
        Some(i + 1)
    }

    /// Words with digits: "FY2019" is a year, "STS-135" an identifier,
    /// "M5S" or "G20" nothing.
    fn identifier(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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

    // ---- spelled-out numbers -------------------------------------------

    /// "Forty-three", "twenty-first", "one-half", "two-year", "first-ever".
    fn spelled_compound(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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

    fn determiner_before(&self, i: usize) -> bool {
        i > 0 && self.is_word(i - 1) && words::determiner(self.low(i - 1).as_str())
    }

    /// "second term", "the first space shuttle mission": an ordinal word
    /// attached to a noun.
    fn ordinal_word(&self, i: usize, value: f64, out: &mut Vec<Found>) -> Option<usize> {
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
    fn spelled_run(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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
        let core = Core {
            start: self.start(i),
            end,
            next: k,
            value,
            scale: if last == Last::Big { big_scale } else { 1.0 },
            money: None,
            year_like: false,
            spelled: true,
            integer: true,
            grouped: false,
            weak_one,
            first: i,
        };
        Some(self.tail(core, out))
    }

    /// "several", "dozens", "thousands", "tens of thousands", "the past few":
    /// a count without a value.
    fn vague(&self, i: usize, out: &mut Vec<Found>) -> Option<usize> {
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

    // ---- what follows a number -------------------------------------------

    /// Reads the scale, currency, percent, unit or counted noun after a
    /// number and reports it; returns the next token to scan.
    fn tail(&self, mut core: Core, out: &mut Vec<Found>) -> usize {
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
    fn percent_at(&self, j: usize) -> Option<(usize, usize, &'static str)> {
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
    fn currency_after(&self, j: usize, scaled: bool, value: f64) -> Option<(&'static str, f64, usize, usize)> {
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
    fn unit_after(&self, j: usize) -> Option<(usize, usize, String)> {
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
    fn label_context(&self, core: &Core, np: Option<&NounPhrase>) -> bool {
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

    /// The noun phrase a number counts ("migrants", "space agencies",
    /// "further \"criminals\"") starting at token `j`.
    fn noun_phrase(&self, j: usize, max: usize, counting: bool) -> Option<NounPhrase> {
        let mut k = j;
        let mut taken: [usize; MAX_NOUN_WORDS] = [0; MAX_NOUN_WORDS];
        let mut n = 0;
        let mut quoted = false;
        let mut close_quote = None;
        while k < self.toks.len() && n < max.min(MAX_NOUN_WORDS) {
            if self.is_quote(k) && !quoted && self.glued(k) && self.content_word(k + 1) {
                quoted = true;
                k += 1;
                continue;
            }
            if !self.content_word(k) {
                break;
            }
            let l = self.low(k);
            let w = l.as_str();
            if w.len() > 4 && w.ends_with("ly") && !words::ly_noun(w) {
                break;
            }
            taken[n] = k;
            n += 1;
            k += 1;
            if quoted && self.is_quote(k) && self.glued(k - 1) {
                close_quote = Some(k);
                quoted = false;
                k += 1;
            }
            if counting && words::looks_plural(w) {
                break;
            }
        }
        // Participles end a phrase rather than name the thing ("five killed").
        while n > 0 {
            let l = self.low(taken[n - 1]);
            let w = l.as_str();
            if w.len() > 4 && w.ends_with("ed") {
                n -= 1;
            } else {
                break;
            }
        }
        if n == 0 {
            return None;
        }
        let last = taken[n - 1];
        let (end, next) = match close_quote {
            Some(q) if q == last + 1 => (self.end(q), q + 1),
            _ => (self.end(last), last + 1),
        };
        let unit: String = self.text[self.start(taken[0])..self.end(last)]
            .chars()
            .filter(|c| !matches!(c, '"' | '“' | '”'))
            .collect();
        Some(NounPhrase {
            first: taken[0],
            end,
            next,
            unit,
            plural: words::looks_plural(self.low(last).as_str()),
        })
    }
}

struct NounPhrase {
    first: usize,
    end: usize,
    next: usize,
    unit: String,
    plural: bool,
}

fn found(span: Span, kind: NumberKind, value: Option<f64>, unit: Option<String>) -> Found {
    Found {
        span,
        kind,
        value,
        unit,
        scale: 1.0,
        bare: false,
    }
}

/// Whether a lower-cased word can begin a spelled-out number, a date or a
/// vague quantity; most words cannot, and are dismissed with this check.
fn may_start_number(w: &str) -> bool {
    w.contains('-')
        || w.contains('‑')
        || matches!(w, "a" | "an" | "half" | "tens" | "few" | "dozen")
        || words::month(w)
        || words::vague(w)
        || words::multiplier_word(w).is_some()
        || words::cardinal(w).is_some()
        || words::ordinal(w).is_some()
}

/// The last word of a street address ("10 Downing Street").
fn is_street(w: &str) -> bool {
    matches!(
        w,
        "Street" | "St" | "Avenue" | "Ave" | "Road" | "Rd" | "Boulevard" | "Blvd" | "Lane" | "Drive"
    )
}

/// "2019" → 2019, "19" → 2019 (after "FY").
fn fiscal_year(s: &str) -> Option<f64> {
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

/// A cardinal word or a hyphenated tens-and-units one ("forty-three").
fn compound_cardinal(w: &str) -> Option<u64> {
    if let Some(v) = words::cardinal(w) {
        return Some(v);
    }
    let (a, b) = w.split_once(['-', '‑'])?;
    let (a, b) = (words::cardinal(a)?, words::cardinal(b)?);
    (a >= 20 && a % 10 == 0 && (1..10).contains(&b)).then_some(a + b)
}

/// The parts of a hyphenated token with their byte offsets.
fn split_hyphens(s: &str) -> Vec<(usize, &str)> {
    let mut parts = Vec::with_capacity(3);
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c == '-' || c == '‑' {
            parts.push((start, &s[start..i]));
            start = i + c.len_utf8();
        }
    }
    parts.push((start, &s[start..]));
    parts
}
