//! The words that can begin a number written without digits. The byte scan
//! that decides whether a sentence can hold a number, and the scanner's
//! test of whether a token can start one, ask about nearly every word, so
//! the list sits behind a filter on a word's shape that dismisses most
//! words with one table lookup.

/// Every word that can begin a number written without digits, or follow
/// "a" in one ("a dozen", "a third", "a million"): cardinals, ordinals,
/// scale words, fraction denominators, vague quantities and month names.
/// Sorted, to be read; a unit test in [`super`] keeps it in step with the
/// other lists.
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

/// For each first letter, a bit per second byte (from 64, where the
/// letters are, in either case) that begins one of the [`STARTERS`]: a
/// filter that needs no word length ([`may_begin_starter`]).
const STARTER_PAIRS: [u64; 26] = {
    let mut pairs = [0u64; 26];
    let mut k = 0;
    while k < STARTERS.len() {
        let w = STARTERS[k].as_bytes();
        let second = w[1];
        pairs[(w[0] - b'a') as usize] |= (1 << (second - 64)) | (1 << (second.to_ascii_uppercase() - 64));
        k += 1;
    }
    pairs
};

/// The [`STARTERS`] grouped by first letter and length, [`shape`] order,
/// each packed into one integer ([`packed`]), so the exact test compares a
/// word with the few starters of its shape, one integer comparison each.
const STARTER_KEYS: [u128; STARTERS.len()] = {
    let mut keys = [0u128; STARTERS.len()];
    let mut next = SHAPE_STARTS;
    let mut k = 0;
    while k < STARTERS.len() {
        let w = STARTERS[k].as_bytes();
        let s = shape(w[0], w.len());
        keys[next[s] as usize] = packed(w);
        next[s] += 1;
        k += 1;
    }
    keys
};

/// Where each shape's keys begin in [`STARTER_KEYS`]; shape `s` holds
/// `SHAPE_STARTS[s]..SHAPE_STARTS[s + 1]`.
const SHAPE_STARTS: [u8; SHAPES + 1] = {
    let mut starts = [0u8; SHAPES + 1];
    let mut k = 0;
    while k < STARTERS.len() {
        let w = STARTERS[k].as_bytes();
        starts[shape(w[0], w.len()) + 1] += 1;
        k += 1;
    }
    let mut s = 0;
    while s < SHAPES {
        starts[s + 1] += starts[s];
        s += 1;
    }
    starts
};

/// First letters times lengths.
const SHAPES: usize = 26 * (MAX_STARTER + 1);

/// The shape of a word from its lower-case first letter and its length.
const fn shape(first: u8, len: usize) -> usize {
    (first - b'a') as usize * (MAX_STARTER + 1) + len
}

/// Up to 16 ASCII letters folded to lower case, one byte each, in one
/// integer. Setting bit 5 folds a letter and turns no other byte into a
/// letter, so a word with any non-letter never equals a starter's key.
const fn packed(w: &[u8]) -> u128 {
    let mut key = 0u128;
    let mut i = 0;
    while i < w.len() {
        key |= ((w[i] | 0x20) as u128) << (8 * i);
        i += 1;
    }
    key
}

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
    STARTER_SHAPES[(a - b'a') as usize][run.len()] & (1 << (b - b'a')) != 0 && is_starter(a, run)
}

/// Whether `word` (any bytes) begins with two letters that begin a number
/// word: a test cheaper than [`starter`] that needs no word length, true
/// for about one word in four of news text.
#[inline]
pub fn may_begin_starter(word: &[u8]) -> bool {
    let [a, b, ..] = *word else {
        return false;
    };
    let a = a | 0x20;
    a.is_ascii_lowercase() && (64..128).contains(&b) && STARTER_PAIRS[(a - b'a') as usize] & (1 << (b - 64)) != 0
}

/// The exact test behind [`starter`]'s filter, for a run of at most
/// [`MAX_STARTER`] bytes whose lower-case first letter is `first`.
fn is_starter(first: u8, run: &[u8]) -> bool {
    let s = shape(first, run.len());
    let same_shape = &STARTER_KEYS[usize::from(SHAPE_STARTS[s])..usize::from(SHAPE_STARTS[s + 1])];
    // `packed(run)`, without a loop over the bytes.
    let mut buf = [0u8; 16];
    buf[..run.len()].copy_from_slice(run);
    let fold = u128::from_le_bytes([0x20; 16]) >> (8 * (16 - run.len()));
    same_shape.contains(&(u128::from_le_bytes(buf) | fold))
}

/// The leading run of ASCII letters of a word ("Forty" in "Forty-three").
#[inline]
pub fn leading_letters(s: &[u8]) -> &[u8] {
    &s[..crate::lexicon::bytes::leading_letters_len(s)]
}
