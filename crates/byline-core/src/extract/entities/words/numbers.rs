//! Number words ("forty-three", "Several"): quantities, never names. A
//! capitalized word is tested against them often, so the test is a
//! compiled `match` behind a first-letter-and-length mask.

/// "Forty-three", "Two", "Several": quantities, not names.
pub fn is_number_word(word: &str) -> bool {
    // "Forty-three": only hyphenated (or non-ASCII) words need splitting.
    if word.bytes().any(|b| b == b'-' || b >= 0x80) {
        word.split(['-', '‑']).all(is_unhyphenated_number_word)
    } else {
        is_unhyphenated_number_word(word)
    }
}

/// [`is_number_word`] for a word the caller knows has no hyphen and no
/// non-ASCII byte, without looking for them again.
pub fn is_unhyphenated_number_word(part: &str) -> bool {
    // Lengths of the number words by first letter, as bit masks: the
    // first letter and the length rule out most words before any folding.
    let bytes = part.as_bytes();
    let Some(&first) = bytes.first() else { return false };
    let first = first.to_ascii_lowercase();
    const MASKS: [u32; 26] = number_word_masks();
    if !first.is_ascii_lowercase() || MASKS[usize::from(first - b'a')] & (1 << bytes.len().min(31)) == 0 {
        return false;
    }
    let mut buf = [0u8; 9];
    let Some(lower) = buf.get_mut(..bytes.len()) else {
        return false;
    };
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    is_lower_number_word(lower)
}

/// A match compiles to a switch on length and byte compares: far cheaper
/// than searching a list for every capitalized word.
/// The caller has ruled most words out by [`number_word_masks`] already.
fn is_lower_number_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"billion"
            | b"billions"
            | b"dozen"
            | b"dozens"
            | b"eight"
            | b"eighteen"
            | b"eighth"
            | b"eighty"
            | b"eleven"
            | b"fifteen"
            | b"fifth"
            | b"fifty"
            | b"first"
            | b"five"
            | b"forty"
            | b"four"
            | b"fourteen"
            | b"fourth"
            | b"half"
            | b"hundred"
            | b"hundreds"
            | b"last"
            | b"million"
            | b"millions"
            | b"nine"
            | b"nineteen"
            | b"ninety"
            | b"ninth"
            | b"one"
            | b"second"
            | b"seven"
            | b"seventeen"
            | b"seventh"
            | b"seventy"
            | b"several"
            | b"six"
            | b"sixteen"
            | b"sixth"
            | b"sixty"
            | b"ten"
            | b"tenth"
            | b"third"
            | b"thirteen"
            | b"thirty"
            | b"thousand"
            | b"thousands"
            | b"three"
            | b"twelve"
            | b"twenty"
            | b"two"
            | b"zero"
    )
}

const fn number_word_masks() -> [u32; 26] {
    const WORDS: &[&str] = &[
        "billion",
        "billions",
        "dozen",
        "dozens",
        "eight",
        "eighteen",
        "eighth",
        "eighty",
        "eleven",
        "fifteen",
        "fifth",
        "fifty",
        "first",
        "five",
        "forty",
        "four",
        "fourteen",
        "fourth",
        "half",
        "hundred",
        "hundreds",
        "last",
        "million",
        "millions",
        "nine",
        "nineteen",
        "ninety",
        "ninth",
        "one",
        "second",
        "seven",
        "seventeen",
        "seventh",
        "seventy",
        "several",
        "six",
        "sixteen",
        "sixth",
        "sixty",
        "ten",
        "tenth",
        "third",
        "thirteen",
        "thirty",
        "thousand",
        "thousands",
        "three",
        "twelve",
        "twenty",
        "two",
        "zero",
    ];
    let mut masks = [0u32; 26];
    let mut i = 0;
    while i < WORDS.len() {
        let w = WORDS[i].as_bytes();
        masks[(w[0] - b'a') as usize] |= 1 << w.len();
        i += 1;
    }
    masks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_are_not_names() {
        assert!(is_number_word("forty-three"));
        assert!(is_number_word("two"));
        assert!(is_number_word("Several"));
        assert!(!is_number_word("bukele"));
        assert!(!is_number_word("Fortyish"));
    }
}
