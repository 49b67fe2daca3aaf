//! What byline knows about words, in one place at the bottom of the core:
//! the gazetteer of places, groups, given names, organizations and titles
//! ([`gazetteer`]), abbreviations that keep their period
//! ([`abbreviations`]), month and weekday names ([`dates`]), function words
//! ([`function_words`]) and the "-ly" words that are not adverbs
//! ([`adverbs`]): word knowledge shared by date reading, article
//! segmentation and every extractor.
//!
//! Nothing here imports the rest of the crate: article loading and
//! extraction import the lexicon, never the other way round.

pub mod abbreviations;
pub mod adverbs;
pub(crate) mod bytes;
pub mod dates;
pub mod function_words;
pub mod gazetteer;
pub(crate) mod lists;
pub(crate) mod lower;

pub use gazetteer::Gazetteer;

#[cfg(test)]
mod tests {
    /// The lexicon's own list files, as compiled in.
    const FILES: [(&str, &str); 3] = [
        (
            "function_words.txt",
            include_str!("../../../../assets/lexicon/function_words.txt"),
        ),
        ("ly_nouns.txt", include_str!("../../../../assets/lexicon/ly_nouns.txt")),
        (
            "speaker_heads.txt",
            include_str!("../../../../assets/lexicon/speaker_heads.txt"),
        ),
    ];

    #[test]
    fn every_lexicon_file_has_its_header_and_one_word_a_line() {
        let mut problems = Vec::new();
        for (name, text) in FILES {
            for field in ["# Source:", "# License:", "# Regenerate:"] {
                if !text
                    .lines()
                    .take_while(|l| l.starts_with('#'))
                    .any(|l| l.starts_with(field))
                {
                    problems.push(format!("{name}: header lacks {field}"));
                }
            }
            let mut seen = std::collections::HashSet::new();
            for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.starts_with('#')) {
                if line.is_empty() || line.contains(char::is_whitespace) || line != line.to_lowercase() {
                    problems.push(format!("{name}:{}: not one lowercase word: {line:?}", n + 1));
                }
                if !seen.insert(line) {
                    problems.push(format!("{name}:{}: duplicate {line:?}", n + 1));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
