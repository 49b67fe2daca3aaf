//! Closed-class word lists the entity rules use: function words, number
//! words, and the head nouns that say what kind of thing a name is.
//! Open-class lists (places, given names, titles) live in the gazetteer.

use std::sync::LazyLock;

use crate::lexicon::gazetteer::Gazetteer;
use crate::lexicon::lists::WordSet;
use crate::lexicon::{abbreviations, function_words};

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
    if lower.contains('’') {
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

/// "Forty-three", "Two", "Several": quantities, not names.
pub fn is_number_word(word: &str) -> bool {
    let single = |part: &str| {
        // The first letter and the length rule out most words before any folding.
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
    };
    // "Forty-three": only hyphenated (or non-ASCII) words need splitting.
    if word.bytes().any(|b| b == b'-' || b >= 0x80) {
        word.split(['-', '‑']).all(single)
    } else {
        single(word)
    }
}

/// A match compiles to a switch on length and byte compares: far cheaper
/// than searching a list for every capitalized word.
fn is_lower_number_word(w: &[u8]) -> bool {
    // Lengths of the number words by first letter, as bit masks: one test
    // rules out most words before the comparisons below.
    const MASKS: [u32; 26] = number_word_masks();
    let Some(&first) = w.first() else { return false };
    if !first.is_ascii_lowercase() || MASKS[usize::from(first - b'a')] & (1 << w.len().min(31)) == 0 {
        return false;
    }
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

/// Words that head the name of a vehicle, platform or other product.
const PRODUCT_HEADS: &[&str] = &[
    "Shuttle",
    "Rover",
    "Telescope",
    "Spacecraft",
    "Rocket",
    "Capsule",
    "Probe",
    "Satellite",
    "iPhone",
    "iPad",
    "Galaxy",
    "Boeing",
    "Airbus",
];

pub fn is_product_head(w: &str) -> bool {
    PRODUCT_HEADS.contains(&w)
}

/// Social platforms, products when they are named as where something was posted.
pub const PLATFORMS: &[&str] = &[
    "X",
    "Twitter",
    "Facebook",
    "Instagram",
    "TikTok",
    "YouTube",
    "Telegram",
    "WhatsApp",
    "Threads",
    "Bluesky",
    "Truth Social",
    "LinkedIn",
    "Reddit",
    "Snapchat",
    "WeChat",
    "Weibo",
];

const EVENT_HEADS: &[&str] = &[
    "War",
    "Olympics",
    "Games",
    "Cup",
    "Election",
    "Elections",
    "Summit",
    "Festival",
    "Championship",
    "Championships",
    "Revolution",
    "Crisis",
    "Protests",
    "Uprising",
    "Marathon",
    "Expo",
    "Fair",
    "Carnival",
    "Parade",
    "Tournament",
    "Gala",
    "Jubilee",
    "Pandemic",
    "Massacre",
    "Attack",
    "Attacks",
    "Genocide",
    "Holocaust",
    "Spring",
    "Week",
    "Day",
    "Awards",
    "Open",
    "Grand Prix",
    "Conference of the Parties",
];

/// Heads of the names of prizes and honours: "Booker Prize", "Medal of Honor".
pub fn is_award_head(w: &str) -> bool {
    matches!(w, "Prize" | "Award" | "Medal" | "Trophy")
}

pub fn is_event_head(w: &str) -> bool {
    EVENT_HEADS.contains(&w)
}

const LAW_HEADS: &[&str] = &[
    "Act",
    "Law",
    "Constitution",
    "Treaty",
    "Accord",
    "Accords",
    "Amendment",
    "Convention",
    "Directive",
    "Charter",
    "Protocol",
    "Code",
    "Bill",
    "Proposition",
    "Resolution",
];

pub fn is_law_head(w: &str) -> bool {
    LAW_HEADS.contains(&w)
}

/// A word after which "of"/"for" continues the same name: "University of
/// Illinois", "Center for Neighborhood…", "Secretary of State", "State of Texas".
pub fn takes_complement(gaz: &Gazetteer, w: &str) -> bool {
    gaz.is_org_word(w)
        || gaz.is_facility_word(w)
        || gaz.is_title(w)
        || matches!(
            w,
            "State"
                | "City"
                | "Republic"
                | "Kingdom"
                | "Commonwealth"
                | "Province"
                | "Isle"
                | "Gulf"
                | "Bay"
                | "Sea"
                | "Cape"
                | "Lake"
                | "Mount"
                | "Duke"
                | "Duchess"
                | "Prince"
                | "Princess"
                | "House"
                | "Bank"
                | "Office"
                | "Board"
                | "School"
                | "College"
                | "Court"
                | "Museum"
                | "Chamber"
                | "Order"
                | "Sisters"
                | "Brothers"
                | "Daughters"
                | "Sons"
                | "Friends"
                | "People"
                | "Bureau"
        )
}

/// A noun that heads an organization, facility or product name.
pub fn is_head_word(gaz: &Gazetteer, w: &str) -> bool {
    let base = strip_number_suffix(w);
    gaz.is_org_word(base) || gaz.is_facility_word(base) || is_product_head(base) || {
        // Plurals: "Embassies", "Museums".
        let singular = singular_of(base);
        singular != base && (gaz.is_org_word(&singular) || gaz.is_facility_word(&singular))
    }
}

/// A plural's singular by the regular rules ("Embassies" → "Embassy").
pub fn singular_of(w: &str) -> std::borrow::Cow<'_, str> {
    if let Some(stem) = w.strip_suffix("ies") {
        format!("{stem}y").into()
    } else if let Some(stem) = w.strip_suffix('s').filter(|s| !s.ends_with('s') && s.len() > 2) {
        stem.into()
    } else {
        w.into()
    }
}

/// "Facility-1" → "Facility".
pub fn strip_number_suffix(w: &str) -> &str {
    match w.rsplit_once(['-', '‑']) {
        Some((head, tail)) if !tail.is_empty() && tail.bytes().all(|b| b.is_ascii_digit()) => head,
        _ => w,
    }
}

/// Lowercase nouns that, right before a name, say it is an organization:
/// "the secularist magazine MicroMega", "localist group Youngspiration".
const ORG_NOUNS: &[&str] = &[
    "magazine",
    "newspaper",
    "paper",
    "daily",
    "weekly",
    "broadcaster",
    "network",
    "channel",
    "party",
    "group",
    "company",
    "firm",
    "corporation",
    "agency",
    "organization",
    "organisation",
    "association",
    "union",
    "bank",
    "airline",
    "carrier",
    "club",
    "band",
    "team",
    "school",
    "schools",
    "university",
    "charity",
    "ngo",
    "movement",
    "coalition",
    "alliance",
    "outlet",
    "publisher",
    "startup",
    "retailer",
    "insurer",
    "lender",
    "automaker",
    "manufacturer",
    "giant",
    "conglomerate",
    "consortium",
    "institute",
    "foundation",
    "committee",
    "council",
    "ministry",
    "department",
    "gang",
    "militia",
    "faction",
    "regulator",
    "watchdog",
    "journal",
];

pub fn is_org_noun(lower: &str) -> bool {
    ORG_NOUNS.contains(&lower)
}

/// Lowercase nouns that, right after a name, say it is a place:
/// "the CECOT mega-prison", "the New Territories West constituency".
const PLACE_NOUNS: &[&str] = &[
    "prison",
    "jail",
    "airport",
    "constituency",
    "district",
    "province",
    "region",
    "county",
    "village",
    "town",
    "city",
    "neighborhood",
    "neighbourhood",
    "suburb",
    "island",
    "islands",
    "river",
    "valley",
    "mountains",
    "desert",
    "border",
    "peninsula",
    "state",
    "municipality",
    "camp",
    "base",
    "port",
    "hospital",
    "stadium",
    "square",
    "street",
    "avenue",
    "station",
    "museum",
    "park",
    "bridge",
    "strait",
    "sea",
    "coast",
    "facility",
    "plant",
    "mine",
    "refinery",
    "embassy",
    "consulate",
    "cathedral",
    "mosque",
    "temple",
    "church",
    "palace",
    "compound",
];

/// Whether a lowercase word (or the last part of a hyphenated one,
/// "mega-prison") is a place noun.
pub fn is_place_noun(lower: &str) -> bool {
    let last = lower.rsplit(['-', '‑']).next().unwrap_or(lower);
    PLACE_NOUNS.contains(&last)
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

    #[test]
    fn number_words_are_not_names() {
        assert!(is_number_word("forty-three"));
        assert!(is_number_word("two"));
        assert!(!is_number_word("bukele"));
    }

    #[test]
    fn place_nouns_in_compounds() {
        assert!(is_place_noun("mega-prison"));
        assert!(!is_place_noun("deportees"));
    }

    #[test]
    fn numbered_heads() {
        assert_eq!(strip_number_suffix("Facility-1"), "Facility");
        assert_eq!(strip_number_suffix("Chung-tai"), "Chung-tai");
    }
}
