//! The shapes of single words that typing asks about for nearly every
//! name: acronyms ("NASA", "U.S."), codes ("STS-135"), and the lowercase
//! form of a sentence's first word. Each has a byte-wise path for ASCII
//! words, most of any text, beside the general one for the rest.

/// "NASA", "U.S.", "AT&T": two or more letters, all capitals, perhaps
/// with dots, ampersands and digits.
pub fn is_acronym(w: &str) -> bool {
    if w.is_ascii() {
        return is_ascii_acronym(w.as_bytes());
    }
    is_acronym_by_chars(w)
}

/// [`is_acronym`] for ASCII: stops at the first lowercase letter, which
/// in a name is nearly always the second byte.
fn is_ascii_acronym(bytes: &[u8]) -> bool {
    if !bytes.first().is_some_and(u8::is_ascii_uppercase) {
        return false;
    }
    let mut letters = 0;
    for &b in bytes {
        if b.is_ascii_uppercase() {
            letters += 1;
        } else if !(b == b'.' || b == b'&' || b.is_ascii_digit()) {
            return false;
        }
    }
    letters >= 2
}

/// [`is_acronym`] for any word.
fn is_acronym_by_chars(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .all(|c| c.is_uppercase() || c == '.' || c == '&' || c.is_ascii_digit())
        && w.chars().next().is_some_and(char::is_uppercase)
}

/// "STS-135", "F-35", "COVID-19".
pub(super) fn is_code(w: &str) -> bool {
    match w.split_once(['-', '‑']) {
        Some((a, b)) => {
            !a.is_empty()
                && a.chars().all(|c| c.is_ascii_uppercase())
                && !b.is_empty()
                && b.chars().all(|c| c.is_ascii_digit())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::lower::with_lower;

    const WORDS: &[&str] = &[
        "NASA",
        "U.S.",
        "AT&T",
        "F-35",
        "G7",
        "X",
        "XX",
        "X1",
        "1X",
        "Nasa",
        "nASA",
        "NASA's",
        "",
        ".",
        "&&",
        "A.",
        "A.B",
        "ÉCOLE",
        "ÉCole",
        "ŒUVRE",
        "İSTANBUL",
        "NAÏVE",
        "DŽ",
        "ǅX",
        "ΣΟΣ",
        "Σος",
        "STS-135",
        "Chung-tai",
        "COVID‑19",
        "Losa",
        "Drazet",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ",
    ];

    #[test]
    fn acronyms_and_codes() {
        assert!(is_acronym("NASA"));
        assert!(is_acronym("U.S."));
        assert!(!is_acronym("X"));
        assert!(is_code("STS-135"));
        assert!(!is_code("Chung-tai"));
    }

    /// The byte-wise acronym test answers as the general one does, on
    /// ASCII and on words with accents, ligatures and titlecase letters.
    #[test]
    fn acronym_fast_path_agrees_with_the_general_test() {
        for w in WORDS {
            assert_eq!(is_acronym(w), is_acronym_by_chars(w), "{w:?}");
        }
    }

    /// Lowercasing on the stack gives what `to_lowercase` gives, for short
    /// and long, ASCII and other words (final sigma included).
    #[test]
    fn stack_lowercase_agrees_with_to_lowercase() {
        for w in WORDS.iter().chain(&["In", "Landscape", "ΟΔΟΣ", "Señora", "McDONALD'S"]) {
            assert_eq!(with_lower(w, str::to_owned), w.to_lowercase(), "{w:?}");
        }
    }
}
