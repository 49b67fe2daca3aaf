//! The scanner: one left-to-right pass over a sentence's tokens that
//! recognises each number and then reads what is attached to it. The
//! files, in the order a number meets them:
//!
//! - [`dispatch`]: whether a token can begin a number, and which reader
//!   takes it;
//! - [`digits`]: numerals and words holding digits ("21st", "FY2019");
//! - [`hyphenated`]: ranges, ISO dates and compounds ("3-5%", "35-year-old");
//! - [`dates`]: dates, years and times of day ("April 12, 1981", "22:30");
//! - [`spelled`]: numbers in words ("two hundred", "second term", "dozens");
//! - [`attach`]: the scale, currency, percent, unit or label after a number;
//! - [`noun_phrase`]: the noun a number counts;
//! - [`forms`]: ages, multipliers, ranks, scores and financial years, whose
//!   kind depends on the words around them;
//! - [`cursor`]: how the readers look at tokens.

use crate::article::Span;
use crate::extract::NumberKind;
use crate::extract::tokens::Token;

mod attach;
mod cursor;
mod dates;
mod digits;
mod dispatch;
mod forms;
mod hyphenated;
mod noun_phrase;
mod spelled;

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

impl Core {
    /// A whole number spelled out in words ("two million", "half a
    /// billion"), tokens `first..next`, bytes `start..end`.
    fn spelled(first: usize, start: usize, end: usize, next: usize, value: f64, scale: f64) -> Core {
        Core {
            start,
            end,
            next,
            value,
            scale,
            money: None,
            year_like: false,
            spelled: true,
            integer: true,
            grouped: false,
            weak_one: false,
            first,
        }
    }
}

/// The longest counted noun phrase read after a number.
const MAX_NOUN_WORDS: usize = 4;
/// The longest noun phrase shown with an ordinal ("first space shuttle mission").
const MAX_ORDINAL_WORDS: usize = 3;

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
