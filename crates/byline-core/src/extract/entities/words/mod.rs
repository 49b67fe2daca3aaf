//! Closed-class word lists the entity rules use: function words, number
//! words, and the head nouns that say what kind of thing a name is.
//! Open-class lists (places, given names, titles) live in the gazetteer.

use std::sync::LazyLock;

use crate::lexicon::lists::WordSet;
use crate::lexicon::{abbreviations, function_words};

mod heads;
mod numbers;
pub use heads::*;
pub use numbers::{is_number_word, is_unhyphenated_number_word};

/// Words never a name on their own beyond the lexicon's function words
/// (`lexicon::function_words`): sentence adverbs ("however", "meanwhile"),
/// contractions, courtesy titles and a few others that open a sentence
/// without naming anything. The number scanner does not stop at these
/// ("one", "other" count things), so they stay here. Sorted, for binary
/// search.
const FUNCTION_WORDS: &[&str] = &[
    "aside",
    "can't",
    "dear",
    "doesn't",
    "don't",
    "finally",
    "further",
    "furthermore",
    "hence",
    "here's",
    "however",
    "i'm",
    "indeed",
    "inside",
    "isn't",
    "it's",
    "let",
    "maybe",
    "meanwhile",
    "moreover",
    "mr",
    "mrs",
    "ms",
    "one",
    "other",
    "outside",
    "perhaps",
    "shortly",
    "that's",
    "there's",
    "thus",
    "unlike",
    "we're",
    "what's",
    "won't",
    "yes",
];

/// Determiners, prepositions, pronouns, conjunctions and the like: never a
/// name on their own, even capitalized at a sentence start.
pub fn is_function_word(lower: &str) -> bool {
    static ALL: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(function_words::sorted_with(FUNCTION_WORDS)));
    // An ASCII word has no curly apostrophe: no search for one.
    if !lower.is_ascii() && lower.contains('’') {
        return ALL.contains(&lower.replace('’', "'"));
    }
    ALL.contains(lower)
}

/// "London-based", "Islamist-led": adjectives made from a name, not names.
pub fn is_compound_adjective(w: &str) -> bool {
    // Hyphens are rare: test bytes before searching for either dash.
    if !w.bytes().any(|b| b == b'-' || b >= 0x80) {
        return false;
    }
    w.rsplit_once(['-', '‑']).is_some_and(|(_, tail)| {
        matches!(
            tail,
            "based"
                | "led"
                | "backed"
                | "owned"
                | "born"
                | "made"
                | "style"
                | "era"
                | "run"
                | "funded"
                | "linked"
                | "allied"
                | "controlled"
                | "held"
                | "affiliated"
                | "bound"
                | "friendly"
                | "occupied"
                | "ruled"
                | "registered"
                | "headquartered"
                | "speaking"
                | "inspired"
                | "sponsored"
                | "aligned"
                | "leaning"
        )
    })
}

/// Whether `w` equals one of `list`, ignoring ASCII case, without allocating.
pub fn is_one_of(w: &str, list: &[&str]) -> bool {
    list.iter().any(|x| x.eq_ignore_ascii_case(w))
}

/// Titles written short with a dot: "Mr.", "Dr.", "Gov.".
pub fn is_abbreviated_title(w: &str) -> bool {
    abbreviations::is_capitalized_title_abbreviation(w)
}

/// Acronyms of ordinary things, never an organization: "GDP", "CEO".
const COMMON_ACRONYMS: &[&str] = &[
    "GDP", "GNP", "CEO", "CFO", "COO", "CTO", "TV", "PM", "AM", "PC", "ID", "IQ", "DNA", "RNA", "OK", "VAT", "IPO",
    "ETF", "AI", "VPN", "URL", "PDF", "FAQ", "ASAP", "DIY", "GPS", "SUV", "LGBT", "LGBTQ", "MP", "MPs", "MEP", "MEPs",
    "HQ", "VIP", "PR", "RSVP", "USB", "WiFi", "ATM", "CPI", "GMT", "UTC", "EST", "PST", "BC", "AD", "BCE", "CE",
];

pub fn is_common_acronym(w: &str) -> bool {
    COMMON_ACRONYMS.contains(&w)
}

/// Reporting verbs that show a lone name is someone speaking.
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "told"
            | "tells"
            | "added"
            | "adds"
            | "wrote"
            | "writes"
            | "asked"
            | "replied"
            | "insisted"
            | "argued"
            | "explained"
            | "noted"
            | "recalled"
            | "tweeted"
            | "testified"
    )
}

/// Lowercase nouns that, after a name, make it a named programme.
pub fn is_programme_noun(w: &str) -> bool {
    matches!(w, "program" | "programme" | "initiative")
}

/// Compass words that make a name a region: "Kowloon East", "South Sudan".
pub fn is_compass(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Upper"
            | "Lower"
    )
}

/// Prepositions after which an unknown single name is most likely a place.
pub fn is_place_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "at" | "near" | "from" | "to" | "across" | "outside" | "inside" | "throughout" | "into"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_sorted() {
        assert!(FUNCTION_WORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_function_word("despite") && is_function_word("we’re"));
    }
}
