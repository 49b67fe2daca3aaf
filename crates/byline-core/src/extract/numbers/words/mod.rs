//! The English words the numbers extractor reacts to, one file per kind of
//! list:
//!
//! - [`starters`]: the words that can begin a number without digits, the
//!   cheap first test for every word;
//! - [`number_words`]: spelled-out cardinals, ordinals, scales, fractions,
//!   multipliers and vague quantities, with their values;
//! - [`calendar`]: month and weekday names;
//! - [`noun_phrase`]: the function words, verbs and plurals that end the
//!   noun phrase a number counts;
//! - [`cues`]: words beside a number that change how it reads;
//! - [`lower`]: the case folding every lookup goes through.
//!
//! Every lookup takes a word already folded to lower case (see [`Lower`]),
//! so a `match` on a short string replaces any allocation or regex.

mod calendar;
mod cues;
mod lower;
mod noun_phrase;
mod number_words;
mod starters;

pub use calendar::{month, weekday};
pub use cues::{approximator, determiner, label_word, non_ordinal_compound};
pub use lower::Lower;
pub use noun_phrase::{looks_plural, ly_noun, stopword};
pub use number_words::{cardinal, fraction_denominator, multiplier_word, ordinal, scale_abbrev, scale_word, vague};
pub use starters::{leading_letters, may_begin_starter, starter};

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the lookups accept that can begin a number is a starter,
    /// read from the word lists' own files so a new entry is not missed.
    #[test]
    fn starters_cover_the_lookups() {
        let src = [
            include_str!("calendar.rs"),
            include_str!("cues.rs"),
            include_str!("lower.rs"),
            include_str!("noun_phrase.rs"),
            include_str!("number_words.rs"),
            include_str!("starters.rs"),
        ]
        .concat();
        let quoted = src.split('\u{22}').skip(1).step_by(2);
        let mut checked = 0;
        for w in quoted.filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase())) {
            let begins = cardinal(w).is_some()
                || ordinal(w).is_some()
                || scale_word(w).is_some()
                || fraction_denominator(w).is_some()
                || vague(w)
                || month(w)
                || multiplier_word(w).is_some()
                || matches!(w, "half" | "tens" | "few" | "dozen");
            assert_eq!(begins, starter(w.as_bytes()), "{w}");
            checked += 1;
        }
        assert!(checked > 300, "{checked}");
        assert!(starter(b"Forty") && starter(b"MILLION") && !starter(b"the") && !starter(b""));
        assert_eq!(leading_letters(b"Forty-three"), b"Forty");
    }
}
