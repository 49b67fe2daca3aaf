//! The function words of English (articles, determiners, pronouns,
//! prepositions, conjunctions, auxiliaries) from
//! `assets/lexicon/function_words.txt`: the words the entity rules never
//! take for a name and the number scanner never takes into a counted noun
//! phrase. Each extractor adds its own few on top, where they differ (the
//! number scanner spells its superset out as a `match`, for speed).

use std::sync::LazyLock;

use super::lists::{FastSet, entries};

const FUNCTION_WORDS_FILE: &str = include_str!("../../../../assets/lexicon/function_words.txt");

static FUNCTION_WORDS: LazyLock<FastSet<&'static str>> =
    LazyLock::new(|| entries(FUNCTION_WORDS_FILE).map(|cols| cols[0]).collect());

/// Whether a lowercase word is a function word ("the", "despite", "would").
pub fn contains(lower: &str) -> bool {
    FUNCTION_WORDS.contains(lower)
}

/// The function words and `extra`, sorted and without repeats: one binary
/// search where a caller adds its own words.
pub fn sorted_with(extra: &[&'static str]) -> Vec<&'static str> {
    let mut all: Vec<&'static str> = FUNCTION_WORDS.iter().chain(extra).copied().collect();
    all.sort_unstable();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_and_others() {
        for w in ["the", "despite", "would", "they", "between"] {
            assert!(contains(w), "{w}");
        }
        for w in ["The", "council", "said", ""] {
            assert!(!contains(w), "{w}");
        }
    }

    #[test]
    fn the_list_is_lowercase_sorted_and_unique() {
        let words: Vec<&str> = entries(FUNCTION_WORDS_FILE).map(|cols| cols[0]).collect();
        assert!(words.len() > 100);
        assert!(
            words.windows(2).all(|w| w[0] < w[1]),
            "keep function_words.txt sorted, without repeats"
        );
        assert!(words.iter().all(|w| *w == w.to_lowercase()));
    }

    #[test]
    fn a_callers_words_join_the_list() {
        let all = sorted_with(&["zebra", "the"]);
        assert!(all.is_sorted() && all.binary_search(&"zebra").is_ok() && all.binary_search(&"despite").is_ok());
        assert_eq!(all.iter().filter(|w| **w == "the").count(), 1);
    }
}
