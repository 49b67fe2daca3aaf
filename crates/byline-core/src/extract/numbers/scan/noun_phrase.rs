//! The noun phrase a number counts or an ordinal qualifies: "migrants",
//! "space agencies", "further \"criminals\"".

use super::{MAX_NOUN_WORDS, Scanner};
use crate::extract::numbers::words;

impl Scanner<'_> {
    /// A word that can be part of a counted noun phrase.
    pub(super) fn content_word(&self, i: usize) -> bool {
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

    /// The noun phrase a number counts ("migrants", "space agencies",
    /// "further \"criminals\"") starting at token `j`.
    pub(super) fn noun_phrase(&self, j: usize, max: usize, counting: bool) -> Option<NounPhrase> {
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
        let phrase = &self.text[self.start(taken[0])..self.end(last)];
        // Quotes are dropped; 0xE2 begins '“' and '”' (and other marks,
        // which the filter keeps).
        let unit: String = if phrase.bytes().any(|b| b == b'"' || b == 0xE2) {
            phrase.chars().filter(|c| !matches!(c, '"' | '“' | '”')).collect()
        } else {
            phrase.to_string()
        };
        Some(NounPhrase {
            first: taken[0],
            end,
            next,
            unit,
            plural: words::looks_plural(self.low(last).as_str()),
        })
    }
}

pub(super) struct NounPhrase {
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) next: usize,
    pub(super) unit: String,
    pub(super) plural: bool,
}
