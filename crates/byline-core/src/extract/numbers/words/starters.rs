//! The words that can begin a number written without digits. The byte scan
//! that decides whether a sentence can hold a number, and the scanner's
//! test of whether a token can start one, ask about nearly every word, so
//! the list sits behind a filter on a word's shape that dismisses most
//! words with one table lookup.

/// Every word that can begin a number written without digits, or follow
/// "a" in one ("a dozen", "a third", "a million"): cardinals, ordinals,
/// scale words, fraction denominators, vague quantities and month names.
/// Sorted, for a binary search; a unit test in [`super`] keeps it in step
/// with the other lists.
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
