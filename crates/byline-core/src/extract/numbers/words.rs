//! The English words the numbers extractor reacts to: spelled-out cardinals,
//! ordinals and fractions, vague quantities, calendar words, and the
//! function words that end a counted noun phrase.
//!
//! Every lookup takes a word already folded to lower case (see [`Lower`]),
//! so a `match` on a short string replaces any allocation or regex.

use crate::lexicon::{adverbs, dates};

/// An ASCII-lower-cased copy of a short word, kept on the stack.
pub struct Lower {
    buf: [u8; 32],
    len: usize,
}

impl Lower {
    /// Folds `s`; words longer than the buffer fold to "" (none of the
    /// words looked up here is that long).
    pub fn new(s: &str) -> Lower {
        let mut buf = [0u8; 32];
        let bytes = s.as_bytes();
        if bytes.len() > buf.len() {
            return Lower { buf, len: 0 };
        }
        for (d, &b) in buf.iter_mut().zip(bytes) {
            *d = b.to_ascii_lowercase();
        }
        Lower { buf, len: bytes.len() }
    }

    pub fn as_str(&self) -> &str {
        // Only ASCII bytes were changed, so a valid UTF-8 input stays valid.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }
}

/// Every word that can begin a number written without digits, or follow
/// "a" in one ("a dozen", "a third", "a million"): cardinals, ordinals,
/// scale words, fraction denominators, vague quantities and month names.
/// Sorted, for a binary search; a unit test keeps it in step with the
/// lookups below.
const STARTERS: &[&str] = &[
    "apr",
    "april",
    "aug",
    "august",
    "billion",
    "billions",
    "crore",
    "dec",
    "december",
    "dozen",
    "dozens",
    "eight",
    "eighteen",
    "eighteenth",
    "eightfold",
    "eighth",
    "eighths",
    "eightieth",
    "eighty",
    "eleven",
    "eleventh",
    "feb",
    "february",
    "few",
    "fifteen",
    "fifteenth",
    "fifth",
    "fifths",
    "fiftieth",
    "fifty",
    "first",
    "five",
    "fivefold",
    "fortieth",
    "forty",
    "four",
    "fourfold",
    "fourteen",
    "fourteenth",
    "fourth",
    "fourths",
    "half",
    "halves",
    "hundred",
    "hundredfold",
    "hundreds",
    "hundredth",
    "jan",
    "january",
    "jul",
    "july",
    "jun",
    "june",
    "lakh",
    "mar",
    "march",
    "may",
    "million",
    "millions",
    "millionth",
    "nine",
    "ninefold",
    "nineteen",
    "nineteenth",
    "ninetieth",
    "ninety",
    "ninth",
    "ninths",
    "nov",
    "november",
    "oct",
    "october",
    "one",
    "quarter",
    "quarters",
    "second",
    "sep",
    "sept",
    "september",
    "seven",
    "sevenfold",
    "seventeen",
    "seventeenth",
    "seventh",
    "sevenths",
    "seventieth",
    "seventy",
    "several",
    "six",
    "sixfold",
    "sixteen",
    "sixteenth",
    "sixth",
    "sixths",
    "sixtieth",
    "sixty",
    "ten",
    "tenfold",
    "tens",
    "tenth",
    "tenths",
    "third",
    "thirds",
    "thirteen",
    "thirteenth",
    "thirtieth",
    "thirty",
    "thousand",
    "thousandfold",
    "thousands",
    "thousandth",
    "three",
    "threefold",
    "trillion",
    "trillions",
    "twelfth",
    "twelve",
    "twentieth",
    "twenty",
    "two",
    "twofold",
    "zero",
];

/// The longest word in [`STARTERS`].
const MAX_STARTER: usize = 15;

/// For each first letter and length, a bit per second letter of the
/// [`STARTERS`] of that shape: most words are dismissed by one lookup.
const STARTER_SHAPES: [[u32; MAX_STARTER + 1]; 26] = {
    let mut shapes = [[0u32; MAX_STARTER + 1]; 26];
    let mut k = 0;
    while k < STARTERS.len() {
        let w = STARTERS[k].as_bytes();
        assert!(w.len() >= 2 && w.len() <= MAX_STARTER && w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase());
        if k > 0 {
            assert!(precedes(STARTERS[k - 1].as_bytes(), w), "STARTERS must be sorted");
        }
        shapes[(w[0] - b'a') as usize][w.len()] |= 1 << (w[1] - b'a');
        k += 1;
    }
    shapes
};

/// `a < b` in byte order, usable in a constant.
const fn precedes(a: &[u8], b: &[u8]) -> bool {
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return a[i] < b[i];
        }
        i += 1;
    }
    a.len() < b.len()
}

/// Whether a run of ASCII letters (any case) can begin a number written
/// without digits, alone or as the first part of a compound ("Forty-three").
#[inline]
pub fn starter(run: &[u8]) -> bool {
    let [a, b, ..] = *run else {
        return false;
    };
    // ASCII letters fold to lower case by setting one bit.
    let (a, b) = (a | 0x20, b | 0x20);
    if run.len() > MAX_STARTER || !a.is_ascii_lowercase() || !b.is_ascii_lowercase() {
        return false;
    }
    STARTER_SHAPES[(a - b'a') as usize][run.len()] & (1 << (b - b'a')) != 0 && is_starter(run)
}

/// The exact test behind [`starter`]'s filter.
fn is_starter(run: &[u8]) -> bool {
    let mut buf = [0u8; MAX_STARTER];
    let low = &mut buf[..run.len()];
    low.copy_from_slice(run);
    low.make_ascii_lowercase();
    STARTERS.binary_search_by(|w| w.as_bytes().cmp(low)).is_ok()
}

/// The leading run of ASCII letters of a word ("Forty" in "Forty-three").
#[inline]
pub fn leading_letters(s: &[u8]) -> &[u8] {
    let end = s.iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(s.len());
    &s[..end]
}

/// "three" → 3, "forty" → 40 (zero to ninety; no scale words).
pub fn cardinal(w: &str) -> Option<u64> {
    Some(match w {
        "zero" => 0,
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        _ => return None,
    })
}

/// Scale words that multiply what precedes them ("five thousand").
pub fn scale_word(w: &str) -> Option<f64> {
    Some(match w {
        "hundred" => 1e2,
        "thousand" => 1e3,
        "million" => 1e6,
        "billion" => 1e9,
        "trillion" => 1e12,
        // South Asian news writes large sums in lakh and crore.
        "lakh" => 1e5,
        "crore" => 1e7,
        _ => return None,
    })
}

/// Abbreviated scales, accepted after a currency ("£5m", "$2 bn") and, for
/// the unambiguous ones, after any number ("5bn").
pub fn scale_abbrev(w: &str, money: bool) -> Option<f64> {
    Some(match w {
        "bn" | "bln" => 1e9,
        "tn" | "trn" => 1e12,
        "mn" | "mln" => 1e6,
        "m" if money => 1e6,
        "b" if money => 1e9,
        "k" if money => 1e3,
        _ => return None,
    })
}

/// "first" → 1, "thirtieth" → 30.
pub fn ordinal(w: &str) -> Option<u64> {
    Some(match w {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "fifth" => 5,
        "sixth" => 6,
        "seventh" => 7,
        "eighth" => 8,
        "ninth" => 9,
        "tenth" => 10,
        "eleventh" => 11,
        "twelfth" => 12,
        "thirteenth" => 13,
        "fourteenth" => 14,
        "fifteenth" => 15,
        "sixteenth" => 16,
        "seventeenth" => 17,
        "eighteenth" => 18,
        "nineteenth" => 19,
        "twentieth" => 20,
        "thirtieth" => 30,
        "fortieth" => 40,
        "fiftieth" => 50,
        "sixtieth" => 60,
        "seventieth" => 70,
        "eightieth" => 80,
        "ninetieth" => 90,
        "hundredth" => 100,
        "thousandth" => 1000,
        "millionth" => 1_000_000,
        _ => return None,
    })
}

/// Denominators of spelled fractions ("a third", "two-thirds", "one-half").
pub fn fraction_denominator(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// "tenfold", "threefold": a multiplier written as one word, its factor.
pub fn multiplier_word(w: &str) -> Option<u64> {
    match w {
        "twofold" => Some(2),
        "threefold" => Some(3),
        "fourfold" => Some(4),
        "fivefold" => Some(5),
        "sixfold" => Some(6),
        "sevenfold" => Some(7),
        "eightfold" => Some(8),
        "ninefold" => Some(9),
        "tenfold" => Some(10),
        "hundredfold" => Some(100),
        "thousandfold" => Some(1000),
        _ => None,
    }
}

/// Quantities without a value ("several", "dozens", "thousands").
pub fn vague(w: &str) -> bool {
    matches!(
        w,
        "several" | "dozens" | "hundreds" | "thousands" | "millions" | "billions" | "trillions"
    )
}

/// A month in full or abbreviated ("aug", "sept"), lowercase.
pub fn month(w: &str) -> bool {
    dates::month_number(w).is_some()
}

/// A weekday in full or abbreviated, lowercase. Besides the three-letter
/// forms the calendar reads, the scanner also passes over "tues", "thur"
/// and "thurs" as date words; the calendar does not resolve those, so they
/// stay here rather than in the lexicon (adding them there would change
/// which dates get a value).
pub fn weekday(w: &str) -> bool {
    dates::weekday_number(w).is_some() || matches!(w, "tues" | "thur" | "thurs")
}

/// Words a counted noun phrase never contains: the lexicon's function
/// words (`lexicon::function_words`; a test keeps every one of them here)
/// and common verbs, adverbs and a few more words that only end a counted
/// phrase. Spelled out as a `match` rather than read from the lexicon's
/// set: the scanner asks about nearly every word, and the match costs
/// fewer instructions than hashing (measured with callgrind on
/// `examples/stage_times.rs`).
pub fn stopword(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "of"
            | "to"
            | "in"
            | "on"
            | "at"
            | "by"
            | "for"
            | "from"
            | "with"
            | "without"
            | "into"
            | "onto"
            | "over"
            | "under"
            | "about"
            | "after"
            | "before"
            | "since"
            | "during"
            | "until"
            | "till"
            | "than"
            | "as"
            | "and"
            | "or"
            | "but"
            | "nor"
            | "so"
            | "yet"
            | "if"
            | "that"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "what"
            | "when"
            | "where"
            | "while"
            | "why"
            | "how"
            | "this"
            | "these"
            | "those"
            | "there"
            | "here"
            | "it"
            | "its"
            | "he"
            | "she"
            | "they"
            | "we"
            | "you"
            | "i"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "them"
            | "him"
            | "us"
            | "me"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "being"
            | "am"
            | "have"
            | "has"
            | "had"
            | "having"
            | "do"
            | "does"
            | "did"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "not"
            | "no"
            | "also"
            | "each"
            | "per"
            | "apiece"
            | "aboard"
            | "ago"
            | "earlier"
            | "later"
            | "more"
            | "less"
            | "fewer"
            | "most"
            | "least"
            | "only"
            | "just"
            | "even"
            | "still"
            | "already"
            | "again"
            | "too"
            | "very"
            | "all"
            | "both"
            | "either"
            | "neither"
            | "every"
            | "some"
            | "any"
            | "many"
            | "much"
            | "said"
            | "says"
            | "say"
            | "according"
            | "between"
            | "among"
            | "against"
            | "through"
            | "throughout"
            | "across"
            | "along"
            | "around"
            | "near"
            | "up"
            | "down"
            | "out"
            | "off"
            | "back"
            | "away"
            | "together"
            | "alone"
            | "instead"
            | "including"
            | "such"
            | "like"
            | "via"
            | "vs"
            | "respectively"
            | "nationwide"
            | "worldwide"
            | "annually"
            | "abroad"
            | "overall"
            | "last"
            | "next"
            | "own"
            | "another"
            | "same"
            | "then"
            | "now"
            | "became"
            | "become"
            | "came"
            | "come"
            | "went"
            | "go"
            | "took"
            | "take"
            | "made"
            | "make"
            | "saw"
            | "see"
            | "got"
            | "get"
            | "gave"
            | "give"
            | "met"
            | "told"
            | "began"
            | "begin"
            | "found"
            | "won"
            | "lost"
            | "ran"
            | "left"
            | "put"
            | "brought"
            | "thought"
            | "knew"
            | "held"
            | "wrote"
            | "spoke"
            | "ever"
            | "because"
            | "though"
            | "although"
            | "unless"
            | "whether"
            | "toward"
            | "towards"
            | "upon"
            | "within"
            | "beyond"
            | "above"
            | "below"
            | "behind"
            | "beside"
            | "besides"
            | "despite"
            | "except"
            | "plus"
            | "minus"
            | "times"
            | "total"
            | "altogether"
            | "combined"
    )
}

/// Words before a number that say it is approximate ("about 2000 people"),
/// which makes a year-shaped number a count.
pub fn approximator(w: &str) -> bool {
    matches!(
        w,
        "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "over"
            | "than"
            | "roughly"
            | "approximately"
            | "least"
            | "estimated"
            | "only"
            | "just"
            | "to"
            | "all"
            | "those"
            | "these"
    )
}

/// Determiners and possessives that make a following ordinal attributive
/// ("the second case", "its 39th mission").
pub fn determiner(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "that"
            | "these"
            | "those"
            | "whose"
            | "every"
    ) || w.ends_with("'s")
        || w.ends_with("’s")
}

/// Second halves of "first-hand" style compounds that are not ordinals.
pub fn non_ordinal_compound(w: &str) -> bool {
    matches!(
        w,
        "hand" | "handed" | "rate" | "class" | "guess" | "guessing" | "guessed" | "string"
    )
}

/// Plural-looking nouns end a counted noun phrase ("250 migrants there").
pub fn looks_plural(w: &str) -> bool {
    matches!(
        w,
        "people"
            | "men"
            | "women"
            | "children"
            | "police"
            | "staff"
            | "personnel"
            | "cattle"
            | "data"
            | "media"
            | "feet"
            | "teeth"
            | "mice"
            | "geese"
            | "sheep"
            | "fish"
            | "deer"
            | "aircraft"
            | "troops"
            | "crew"
            | "livestock"
            | "offspring"
    ) || (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s"))
}

/// Words ending in -ly that are nouns, not adverbs (the lexicon's list).
pub fn ly_noun(w: &str) -> bool {
    adverbs::is_ly_noun(w)
}

/// Capitalized words before a number that mark it as a label, not an amount
/// ("No. 10", "Number 10").
pub fn label_word(w: &str) -> bool {
    matches!(w, "no." | "no" | "number" | "nos." | "#")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_word_of_the_lexicon_is_a_stopword() {
        let all = crate::lexicon::function_words::sorted_with(&[]);
        assert!(!all.is_empty());
        for w in all {
            assert!(stopword(w), "{w} is a lexicon function word but not a stopword");
        }
    }

    #[test]
    fn lower_folds_ascii_only() {
        assert_eq!(Lower::new("Forty-Three").as_str(), "forty-three");
        assert_eq!(Lower::new("NASA’s").as_str(), "nasa’s");
    }

    #[test]
    fn lookups() {
        assert_eq!(cardinal("forty"), Some(40));
        assert_eq!(ordinal("thirtieth"), Some(30));
        assert!(vague("dozens"));
        assert!(!vague("many"));
        assert!(looks_plural("migrants"));
        assert!(!looks_plural("campus"));
        assert!(!looks_plural("NASA's"));
    }

    /// Every word the lookups accept that can begin a number is a starter,
    /// read from this file's own word lists so a new entry is not missed.
    #[test]
    fn starters_cover_the_lookups() {
        let src = include_str!("words.rs");
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
