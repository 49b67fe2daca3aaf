//! Telling an "-ly" adverb ("previously", "roughly") from the "-ly" words
//! that are not adverbs ("family", "assembly", "daily"), for the rules
//! that skip adverbs between a speaker and a verb or inside a counted
//! phrase. The exceptions are `assets/lexicon/ly_nouns.txt`.

use std::sync::LazyLock;

use super::lists::{FastSet, entries};

const LY_NOUNS_FILE: &str = include_str!("../../../../assets/lexicon/ly_nouns.txt");

static LY_NOUNS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| entries(LY_NOUNS_FILE).map(|cols| cols[0]).collect());

/// A lowercase word ending in "-ly" that is not an adverb ("family").
pub fn is_ly_noun(lower: &str) -> bool {
    lower.ends_with("ly") && LY_NOUNS.contains(lower)
}

/// A lowercase word that reads as an "-ly" adverb: longer than four
/// letters ("ally", "only" are not), ending in "-ly", not on the list of
/// exceptions.
pub fn is_ly_adverb(lower: &str) -> bool {
    lower.len() > 4 && lower.ends_with("ly") && !is_ly_noun(lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverbs_and_the_ly_words_that_are_not() {
        for w in ["previously", "roughly", "nearly", "reportedly"] {
            assert!(is_ly_adverb(w), "{w}");
        }
        for w in [
            "family", "assembly", "supply", "daily", "italy", "reply", "only", "ally", "fly",
        ] {
            assert!(!is_ly_adverb(w), "{w}");
        }
        assert!(is_ly_noun("monopoly"));
        assert!(!is_ly_noun("previously"));
    }

    #[test]
    fn the_list_is_lowercase_sorted_and_ends_in_ly() {
        let words: Vec<&str> = entries(LY_NOUNS_FILE).map(|cols| cols[0]).collect();
        assert!(!words.is_empty());
        assert!(words.is_sorted(), "keep ly_nouns.txt sorted");
        for w in words {
            assert!(w.ends_with("ly") && w == w.to_lowercase(), "{w}");
        }
    }
}
