//! Closed word classes the attribution rules need: titles and roles that
//! precede names, function words that end a noun phrase, and the nouns that
//! can head a speaker's description.

use std::sync::LazyLock;

use crate::lexicon::lists::entries;
pub(super) use crate::lexicon::lower::{with_ascii_lower, with_lower};
use crate::lexicon::{abbreviations, adverbs};

/// Title words attribution reads that the gazetteer's titles
/// (`assets/gazetteer/titles.txt`, which this list extends) hold only inside
/// a longer title ("vice", "prime", "chief", "head" of "Vice President",
/// "head coach") or not at all (the abbreviations "Pres.", "Supt.",
/// "Insp."). They stay here, not in the gazetteer, because entity
/// extraction reads the gazetteer's titles too and would change with them.
const TITLES: &[&str] = &[
    "assistant",
    "cabinet",
    "chief",
    "counterpart",
    "head",
    "insp",
    "mufti",
    "pres",
    "prime",
    "supt",
    "under-secretary",
    "vice",
];

/// Nouns that head an organization's name: a phrase ending in one names a
/// body, not the person holding a title in it.
const BODY_HEADS: &[&str] = &[
    "association",
    "council",
    "department",
    "ministry",
    "party",
    "committee",
    "union",
    "company",
    "corporation",
    "corp",
    "inc",
    "bank",
    "university",
    "office",
    "agency",
    "court",
    "conference",
    "center",
    "centre",
    "institute",
    "commission",
    "board",
    "group",
    "foundation",
    "society",
    "league",
    "federation",
    "organization",
    "organisation",
    "administration",
    "government",
    "house",
    "senate",
    "assembly",
    "parliament",
    "congress",
    "police",
    "army",
    "navy",
    "force",
    "service",
    "authority",
    "network",
    "club",
    "school",
    "college",
    "hospital",
    "museum",
    "church",
    "movement",
    "front",
    "alliance",
    "coalition",
    "region",
    "state",
    "city",
    "county",
    "province",
    "municipality",
    "republic",
    "kingdom",
    "nations",
    "states",
    "fund",
    "trust",
    "times",
    "post",
    "news",
    "press",
    "program",
    "programme",
    "industries",
    "ltd",
    "llc",
    "plc",
    "team",
    "secretariat",
    "bureau",
];

/// Nouns that can head the description of an unnamed speaker or body
/// ("A federal judge", "the city", "officials"), one a line.
const SPEAKER_HEADS_FILE: &str = include_str!("../../../../../assets/lexicon/speaker_heads.txt");

/// Nouns a body's name may use for what a definite description calls it:
/// "the city" is "the Municipality of Livorno", "the court" the "Supreme Court".
pub(super) fn body_synonyms(noun: &str) -> &'static [&'static str] {
    match noun {
        "city" | "town" | "municipality" => &["city", "town", "municipality", "comune", "council"],
        "court" => &["court", "tribunal"],
        "company" | "firm" => &["company", "corporation", "corp", "inc", "ltd", "plc", "group"],
        "agency" => &["agency", "administration", "office", "bureau"],
        "ministry" | "department" => &["ministry", "department"],
        "party" => &["party"],
        "council" => &["council"],
        "union" => &["union"],
        "university" => &["university", "college"],
        "government" => &["government", "administration"],
        "bank" => &["bank"],
        "committee" | "commission" => &["committee", "commission"],
        "association" => &["association"],
        "museum" => &["museum"],
        "police" => &["police"],
        _ => &[],
    }
}

/// Things said or written by their owner: "Cornyn's statement added" is Cornyn.
const DOCUMENTS: &[&str] = &[
    "statement",
    "analysis",
    "statements",
    "letter",
    "post",
    "posts",
    "tweet",
    "tweets",
    "message",
    "release",
    "memo",
    "email",
    "note",
    "filing",
    "ruling",
    "website",
    "account",
    "speech",
    "address",
    "remarks",
    "op-ed",
    "column",
    "blog",
    "report",
    "decree",
    "communique",
    "communiqué",
];

/// Words that end a noun phrase when walking back from a verb.
const BOUNDARIES: &[&str] = &[
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "where",
    "when",
    "while",
    "after",
    "before",
    "because",
    "as",
    "and",
    "but",
    "or",
    "nor",
    "if",
    "since",
    "although",
    "though",
    "unless",
    "whereas",
    "also",
    "however",
    "meanwhile",
    "then",
    "so",
    "yet",
    "until",
    "once",
    "than",
    "thus",
    "hence",
    "therefore",
    "now",
    "still",
    "not",
    "according",
    "in",
    "on",
    "by",
    "with",
    "during",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "against",
    "through",
    "without",
    "within",
    "like",
    "per",
    "via",
    "amid",
    "among",
    "across",
    "to",
    "there",
    "here",
    "this",
    "these",
    "those",
    "what",
    "how",
    "why",
    "whether",
    "i",
    "we",
    "you",
    "me",
    "us",
    "him",
    "them",
    "told",
    "about",
];

/// Auxiliaries and modals: they end a speaker's phrase and may stand between
/// a subject and its verb, so they belong to both classes below.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
    "shall", "should", "can", "could", "may", "might", "must",
];

/// Adverbs (and, through [`AUXILIARIES`], auxiliaries) between a subject and its verb
/// ("has previously said", "was quoted as saying").
const FILLERS: &[&str] = &[
    "not",
    "never",
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "again",
    "once",
    "further",
    "quoted",
    "as",
    "today",
    "yesterday",
    "tonight",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "last",
    "on",
    "had",
    "just",
    "already",
    "often",
    "always",
    "still",
    "too",
];

/// Words that open a phrase describing someone ("a spokesman", "the city").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "one",
    "another", "two", "three", "four", "five", "several", "many", "some", "other", "both", "each", "every", "no",
    "any", "all", "most", "few",
];

/// Linking words inside a name ("Secretary of State", "Ursula von der Leyen").
const NAME_CONNECTORS: &[&str] = &[
    "of", "for", "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "la", "le",
    "al", "bin", "ibn", "y", "and", "the",
];

/// Openings of an introductory phrase closed by a comma ("In a statement,").
const INTRODUCERS: &[&str] = &[
    "in",
    "at",
    "on",
    "for",
    "after",
    "before",
    "during",
    "despite",
    "since",
    "following",
    "under",
    "with",
    "without",
    "amid",
    "over",
    "according",
    "when",
    "while",
    "although",
    "though",
    "if",
    "as",
    "because",
    "speaking",
    "asked",
    "from",
    "to",
    "by",
    "of",
    "once",
    "unlike",
    "like",
    "shortly",
    "earlier",
    "later",
    "last",
    "this",
    "on",
];

/// Sentence adverbs and conjunctions that may simply be dropped.
const SENTENCE_ADVERBS: &[&str] = &[
    "also",
    "but",
    "and",
    "so",
    "then",
    "still",
    "yet",
    "now",
    "meanwhile",
    "however",
    "instead",
    "indeed",
    "moreover",
    "furthermore",
    "finally",
    "separately",
    "nonetheless",
    "nevertheless",
    "besides",
    "likewise",
    "similarly",
    "today",
    "yesterday",
    "thus",
];

/// Personal and possessive pronouns that can stand for a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pronoun {
    /// he, she, his, her: a person.
    Personal,
    /// it, its: an organization first.
    Neuter,
    /// they, their: an organization or people.
    Plural,
}

pub(super) fn pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        "he" | "she" | "his" | "her" | "him" => Some(Pronoun::Personal),
        "it" | "its" => Some(Pronoun::Neuter),
        "they" | "their" | "them" => Some(Pronoun::Plural),
        _ => None,
    }
}

/// Which of the lists above a word is on, one bit per list: the rules ask
/// about every token, so a word is hashed once instead of compared with
/// each list entry.
static CLASSES: LazyLock<foldhash::HashMap<Box<str>, u16>> = LazyLock::new(|| {
    let mut map: foldhash::HashMap<Box<str>, u16> = foldhash::HashMap::default();
    for (class, list) in LISTS {
        for word in list {
            *map.entry((*word).into()).or_insert(0) |= class;
        }
    }
    for cols in entries(SPEAKER_HEADS_FILE) {
        *map.entry(cols[0].into()).or_insert(0) |= SPEAKER_HEAD;
    }
    for word in AUXILIARIES {
        *map.entry((*word).into()).or_insert(0) |= BOUNDARY | FILLER;
    }
    // The one-word titles of the gazetteer ("spokeswoman", "Gov."), by the
    // key `is_title` looks up: lowercase, without the abbreviation's dot.
    for title in crate::lexicon::gazetteer::get().titles() {
        let lower = title.to_lowercase();
        let key = lower.trim_end_matches('.');
        if !key.contains(' ') {
            *map.entry(key.into()).or_insert(0) |= TITLE;
        }
    }
    map
});

const LISTS: [(u16, &[&str]); 9] = [
    (TITLE, TITLES),
    (BODY_HEAD, BODY_HEADS),
    (DOCUMENT, DOCUMENTS),
    (BOUNDARY, BOUNDARIES),
    (FILLER, FILLERS),
    (DETERMINER, DETERMINERS),
    (CONNECTOR, NAME_CONNECTORS),
    (INTRODUCER, INTRODUCERS),
    (SENTENCE_ADVERB, SENTENCE_ADVERBS),
];

const TITLE: u16 = 1;
const BODY_HEAD: u16 = 1 << 1;
const SPEAKER_HEAD: u16 = 1 << 2;
const DOCUMENT: u16 = 1 << 3;
const BOUNDARY: u16 = 1 << 4;
const FILLER: u16 = 1 << 5;
const DETERMINER: u16 = 1 << 6;
const CONNECTOR: u16 = 1 << 7;
const INTRODUCER: u16 = 1 << 8;
const SENTENCE_ADVERB: u16 = 1 << 9;

fn contains(class: u16, lower: &str) -> bool {
    CLASSES.get(lower).is_some_and(|c| c & class != 0)
}

pub(super) fn is_title(lower: &str) -> bool {
    contains(TITLE, lower.trim_end_matches('.'))
}
pub(super) fn is_body_head(lower: &str) -> bool {
    contains(BODY_HEAD, lower)
}
pub(super) fn is_speaker_head(lower: &str) -> bool {
    contains(SPEAKER_HEAD | TITLE, lower)
        || lower
            .strip_suffix('s')
            .is_some_and(|s| contains(SPEAKER_HEAD | TITLE, s))
}
pub(super) fn is_document(lower: &str) -> bool {
    contains(DOCUMENT, lower)
}
pub(super) fn is_boundary(lower: &str) -> bool {
    contains(BOUNDARY, lower)
}
pub(super) fn is_filler(lower: &str) -> bool {
    contains(FILLER, lower) || adverbs::is_ly_adverb(lower)
}
pub(super) fn is_determiner(lower: &str) -> bool {
    contains(DETERMINER, lower)
}
pub(super) fn is_connector(lower: &str) -> bool {
    contains(CONNECTOR, lower)
}
pub(super) fn is_introducer(lower: &str) -> bool {
    contains(INTRODUCER, lower)
}
pub(super) fn is_sentence_adverb(lower: &str) -> bool {
    contains(SENTENCE_ADVERB, lower)
}

/// Auxiliaries and modals: a finite verb follows the subject.
pub(super) fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "is" | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "shall"
            | "should"
            | "must"
            | "does"
            | "did"
            | "do"
    )
}

/// "US", "IT", "U.S.": capitals only, so not the pronoun or word it spells.
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// Abbreviations whose period belongs to the word ("Mr.", "Sen.").
pub(super) fn takes_period(word: &str) -> bool {
    (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
        || with_ascii_lower(word, |lower| {
            abbreviations::is_title_abbreviation(lower) || abbreviations::is_name_abbreviation(lower)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_title("Administrator".to_lowercase().as_str()));
        assert!(is_title("mr."));
        assert!(is_speaker_head("officials") && is_speaker_head("judge"));
        assert!(!is_speaker_head("law"));
        assert!(is_filler("repeatedly") && !is_filler("only") && !is_filler("family"));
        assert_eq!(pronoun("she"), Some(Pronoun::Personal));
        assert!(takes_period("Mr") && takes_period("P") && !takes_period("Bolden"));
    }
}
