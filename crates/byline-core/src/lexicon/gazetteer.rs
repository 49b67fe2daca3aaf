//! Word lists from open data (see `assets/gazetteer/README.md`), loaded once.
//!
//! The entity extractor is rule-based: it needs to know which capitalized
//! words name places, groups, organizations and people, which words are
//! titles standing before a name, and which capitalized sentence-initial words
//! are only ordinary English words. The lists are embedded in the binary and
//! parsed into hash maps the first time [`get`] is called (a few milliseconds;
//! see the `load_time` test).
//!
//! File format: UTF-8, one entry per line, TAB-separated columns; blank lines
//! and lines starting with `#` are skipped. A malformed line is skipped, never
//! a panic: the `every_asset_file_is_well_formed` test keeps the files clean.

use std::fmt;
use std::sync::LazyLock;

use super::lists::{FastMap, FastSet, Shapes, WordSet, column, entries, slow_key, with_key};

const COUNTRIES: &str = include_str!("../../../../assets/gazetteer/countries.txt");
const CITIES: &str = include_str!("../../../../assets/gazetteer/cities.txt");
const REGIONS: &str = include_str!("../../../../assets/gazetteer/regions.txt");
const DEMONYMS: &str = include_str!("../../../../assets/gazetteer/demonyms.tsv");
const GIVEN_NAMES: &str = include_str!("../../../../assets/gazetteer/given_names.txt");
const GIVEN_NAMES_WORLD: &str = include_str!("../../../../assets/gazetteer/given_names_world.txt");
const ORGANIZATIONS: &str = include_str!("../../../../assets/gazetteer/organizations.txt");
const TITLES: &str = include_str!("../../../../assets/gazetteer/titles.txt");
const ORG_WORDS: &str = include_str!("../../../../assets/gazetteer/org_words.txt");
const FACILITY_WORDS: &str = include_str!("../../../../assets/gazetteer/facility_words.txt");
const ENGLISH_WORDS: &str = include_str!("../../../../assets/gazetteer/english_words.txt");

/// What kind of place a name denotes. A name in several lists takes the first
/// kind in this order ("Georgia" is a country before it is a US state; "New
/// York" a city before a state); [`Gazetteer::is_place_of_kind`] sees them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Country,
    City,
    Region,
}

impl PlaceKind {
    const ALL: [PlaceKind; 3] = [PlaceKind::Country, PlaceKind::City, PlaceKind::Region];

    fn bit(self) -> u8 {
        match self {
            PlaceKind::Country => 1,
            PlaceKind::City => 2,
            PlaceKind::Region => 4,
        }
    }
}

/// The gender a given name usually carries, for pronoun resolution.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    /// Used for both sexes, or not known.
    Unknown,
}

impl Gender {
    fn from_code(code: &str) -> Option<Gender> {
        match code {
            "m" => Some(Gender::Male),
            "f" => Some(Gender::Female),
            "u" => Some(Gender::Unknown),
            _ => None,
        }
    }

    /// Two sources that disagree leave the gender unknown.
    fn merge(self, other: Gender) -> Gender {
        if self == other { self } else { Gender::Unknown }
    }
}

#[derive(Debug, Clone, Copy)]
struct Place {
    kinds: u8,
    canonical: &'static str,
}

/// The word lists the entity extractor consults.
pub struct Gazetteer {
    places: FastMap<&'static str, Place>,
    groups: FastMap<&'static str, &'static str>,
    /// Keyed by the lowercase name.
    given_names: FastMap<String, Gender>,
    /// The shapes of given names, asked before a word is folded and hashed.
    given_name_shapes: Shapes,
    organizations: FastMap<&'static str, &'static str>,
    /// Lowercase, single-spaced title → the title as listed.
    title_keys: FastMap<String, &'static str>,
    /// Lowercase first words of the titles, to rule most words out at once.
    title_firsts: FastSet<String>,
    /// The shapes of title first words: most words fail this before any hashing.
    title_first_shapes: Shapes,
    /// Listed titles, longest first.
    titles: Vec<&'static str>,
    max_title_words: usize,
    org_words: FastSet<String>,
    org_word_shapes: Shapes,
    facility_words: FastSet<String>,
    facility_word_shapes: Shapes,
    /// Organization and facility words and their regular plurals, each
    /// with the ways it heads a name ([`HEAD`], [`PLURAL_IES`], [`PLURAL_S`]).
    head_nouns: FastMap<String, u8>,
    head_noun_shapes: Shapes,
    common_words: WordSet,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// The bundled gazetteer, built on first use.
pub fn get() -> &'static Gazetteer {
    &GAZETTEER
}

impl Gazetteer {
    /// Parses the embedded lists. [`get`] calls this once and keeps the result.
    pub fn load() -> Gazetteer {
        let mut places = FastMap::default();
        for (text, kind) in [
            (COUNTRIES, PlaceKind::Country),
            (CITIES, PlaceKind::City),
            (REGIONS, PlaceKind::Region),
        ] {
            for cols in entries(text) {
                let form = cols[0];
                let canonical = column(&cols, 1).unwrap_or(form);
                // The first list to name a form (countries, then cities) sets its canonical name.
                places.entry(form).or_insert(Place { kinds: 0, canonical }).kinds |= kind.bit();
            }
        }

        let mut groups = FastMap::default();
        for cols in entries(DEMONYMS) {
            let key = cols[0];
            groups.entry(key).or_insert(key);
            let others = column(&cols, 2).into_iter().flat_map(|c| c.split(','));
            for form in column(&cols, 1).into_iter().chain(others) {
                groups.entry(form.trim()).or_insert(key);
            }
        }

        let mut given_names: FastMap<String, Gender> = FastMap::default();
        for text in [GIVEN_NAMES, GIVEN_NAMES_WORLD] {
            for cols in entries(text) {
                let gender = column(&cols, 1).and_then(Gender::from_code).unwrap_or(Gender::Unknown);
                given_names
                    .entry(cols[0].to_lowercase())
                    .and_modify(|g| *g = g.merge(gender))
                    .or_insert(gender);
            }
        }

        let mut organizations = FastMap::default();
        for cols in entries(ORGANIZATIONS) {
            organizations
                .entry(cols[0])
                .or_insert(column(&cols, 1).unwrap_or(cols[0]));
        }

        let mut titles: Vec<&'static str> = entries(TITLES).map(|cols| cols[0]).collect();
        titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        let title_keys: FastMap<String, &'static str> = titles.iter().map(|&t| (slow_key(t), t)).collect();
        let max_title_words = titles.iter().map(|t| t.split_whitespace().count()).max().unwrap_or(0);
        let title_firsts: FastSet<String> = title_keys
            .keys()
            .filter_map(|k| k.split(' ').next().map(str::to_string))
            .collect();
        let title_first_shapes = Shapes::of(title_firsts.iter().map(String::as_str));

        let word_set =
            |text: &'static str| -> FastSet<String> { entries(text).map(|cols| slow_key(cols[0])).collect() };

        let org_words = word_set(ORG_WORDS);
        let facility_words = word_set(FACILITY_WORDS);
        let head_nouns = head_nouns(org_words.iter().chain(&facility_words));
        Gazetteer {
            places,
            groups,
            given_name_shapes: Shapes::of(given_names.keys().map(String::as_str)),
            given_names,
            organizations,
            title_keys,
            title_firsts,
            title_first_shapes,
            titles,
            max_title_words,
            org_word_shapes: Shapes::of(org_words.iter().map(String::as_str)),
            org_words,
            facility_word_shapes: Shapes::of(facility_words.iter().map(String::as_str)),
            facility_words,
            head_noun_shapes: Shapes::of(head_nouns.keys().map(String::as_str)),
            head_nouns,
            // One column, no tabs: skip the column splitting of `entries`.
            common_words: WordSet::of_lines(ENGLISH_WORDS),
        }
    }

    /// A place named exactly `name` (case-sensitive surface form, "U.S." and
    /// "US" included). A name in several lists gives the first of country,
    /// city, region.
    pub fn place(&self, name: &str) -> Option<PlaceKind> {
        let place = self.places.get(name)?;
        PlaceKind::ALL.into_iter().find(|kind| place.kinds & kind.bit() != 0)
    }

    /// Whether `name` is listed as a place of this kind ("Georgia" is both a
    /// country and a region).
    pub fn is_place_of_kind(&self, name: &str, kind: PlaceKind) -> bool {
        self.places.get(name).is_some_and(|p| p.kinds & kind.bit() != 0)
    }

    /// Whether `name` is listed as a place of any of `kinds`: one lookup
    /// where asking [`Gazetteer::is_place_of_kind`] for each kind hashes
    /// the name once per kind.
    pub fn is_place_of_any_kind(&self, name: &str, kinds: &[PlaceKind]) -> bool {
        let mask = kinds.iter().fold(0, |m, k| m | k.bit());
        self.places.get(name).is_some_and(|p| p.kinds & mask != 0)
    }

    /// The canonical name of a place alias ("US" → "United States"); the name
    /// itself when it is canonical.
    pub fn canonical_place(&self, name: &str) -> Option<&str> {
        self.places.get(name).map(|p| p.canonical)
    }

    /// The adjective form that keys a group: "Salvadorans" → "Salvadoran",
    /// "Salvadoran" → "Salvadoran", "Jews" → "Jewish". Case-sensitive.
    pub fn group(&self, word: &str) -> Option<&str> {
        self.groups.get(word).copied()
    }

    /// Whether `word` is a known given name ("Donald", "Karoline"), and its
    /// gender if known. The word must start with a capital letter; the rest
    /// is matched without regard to case ("DeAndre", "DONALD").
    pub fn given_name(&self, word: &str) -> Option<Gender> {
        if !word.chars().next().is_some_and(char::is_uppercase) || !self.given_name_shapes.may_contain(word) {
            return None;
        }
        with_key(word, |key| self.given_names.get(key).copied())
    }

    /// The canonical name of a well-known organization or acronym ("AP" →
    /// "Associated Press"); the name itself when it is canonical.
    /// Case-sensitive, so "WHO" is an organization and "Who" is not.
    pub fn organization(&self, name: &str) -> Option<&str> {
        self.organizations.get(name).copied()
    }

    /// Whether `words` (e.g. "Secretary of State", "spokeswoman") is a title
    /// or role before a name; case-insensitive, any run of whitespace counts
    /// as one space.
    pub fn is_title(&self, words: &str) -> bool {
        // One word, as most asked about are: it is its own first word,
        // found without decoding characters in search of whitespace.
        let first = if words.bytes().all(|b| b.is_ascii_graphic()) {
            words
        } else {
            words.split_whitespace().next().unwrap_or("")
        };
        if !self.title_first_shapes.may_contain(first) {
            return false;
        }
        // Every key's first word is a title's first word, so the shape test
        // above is the only filter needed before the one lookup.
        with_key(words, |key| self.title_keys.contains_key(key))
    }

    /// Whether some title begins with `word` ("Secretary" for "Secretary of
    /// State"); case-insensitive. Rules most words out before longer lookups.
    pub fn is_title_start(&self, word: &str) -> bool {
        self.title_first_shapes.may_contain(word) && with_key(word, |key| self.title_firsts.contains(key))
    }

    /// The longest title ending exactly at the end of `text` (trailing
    /// whitespace ignored) and starting at a word boundary, as its byte offset
    /// in `text` and its listed form: "said US Secretary of State " gives the
    /// offset of "Secretary" and "Secretary of State".
    pub fn title_at_end(&self, text: &str) -> Option<(usize, &'static str)> {
        let text_end = text.trim_end();
        let mut best = None;
        let mut words = 0;
        let mut prev: Option<char> = None;
        // Walk backwards; a word starts where an alphanumeric follows a non-alphanumeric.
        for (i, c) in text_end.char_indices().rev() {
            if let Some(next) = prev
                && c.is_whitespace()
                && !next.is_whitespace()
            {
                words += 1;
                if words >= self.max_title_words {
                    break;
                }
            }
            let at_boundary = text_end[..i]
                .chars()
                .next_back()
                .is_none_or(|before| !before.is_alphanumeric());
            if c.is_alphanumeric()
                && at_boundary
                && let Some(&title) = with_key(&text_end[i..], |k| self.title_keys.get(k))
            {
                best = Some((i, title));
            }
            prev = Some(c);
        }
        best
    }

    /// All listed titles in their usual case, longest first.
    pub fn titles(&self) -> &[&'static str] {
        &self.titles
    }

    /// Whether `word` heads organization names ("Party", "Association",
    /// "Inc."); case-insensitive.
    pub fn is_org_word(&self, word: &str) -> bool {
        self.org_word_shapes.may_contain(word) && with_key(word, |key| self.org_words.contains(key))
    }

    /// Whether `word` heads names of places and facilities ("Museum",
    /// "Airport", "River", "County"); case-insensitive.
    pub fn is_facility_word(&self, word: &str) -> bool {
        self.facility_word_shapes.may_contain(word) && with_key(word, |key| self.facility_words.contains(key))
    }

    /// Whether `word` heads organization or facility names ("Agency",
    /// "Museum") or is the regular plural of such a word ("Embassies",
    /// "Museums"; the plural ending in lowercase, as written in running
    /// text): one lookup where asking each list for the word and for its
    /// singular took four.
    pub fn is_head_noun(&self, word: &str) -> bool {
        if !self.head_noun_shapes.may_contain(word) {
            return false;
        }
        let Some(ways) = with_key(word, |key| self.head_nouns.get(key).copied()) else {
            return false;
        };
        ways & HEAD != 0
            || ways & PLURAL_IES != 0 && word.ends_with("ies")
            || ways & PLURAL_S != 0
                && word
                    .strip_suffix('s')
                    .is_some_and(|stem| !stem.ends_with('s') && stem.len() > 2)
    }

    /// Whether `lower` (already lowercase) is an ordinary English word.
    pub fn is_common_word(&self, lower: &str) -> bool {
        self.common_words.contains(lower)
    }

    /// Whether `word`, in any case, is an ordinary English word; short
    /// ASCII words are folded on the stack rather than copied.
    pub fn is_common_word_in_any_case(&self, word: &str) -> bool {
        with_key(word, |key| self.common_words.contains(key))
    }
}

/// The word heads names itself.
const HEAD: u8 = 1;
/// The word is a head noun in "-y" with "-ies" for "-y" ("embassies").
const PLURAL_IES: u8 = 2;
/// The word is a head noun with "-s" added ("museums").
const PLURAL_S: u8 = 4;

/// The head nouns (lowercase keys) and the regular plurals that
/// [`Gazetteer::is_head_noun`] takes back to them: "-ies" for "-y", and
/// "-s" after a stem of three or more letters not itself ending in "s"
/// (and not making "-ies", which the first rule reads).
fn head_nouns<'k>(keys: impl Iterator<Item = &'k String>) -> FastMap<String, u8> {
    let mut ways: FastMap<String, u8> = FastMap::default();
    for key in keys {
        *ways.entry(key.clone()).or_default() |= HEAD;
        if let Some(stem) = key.strip_suffix('y') {
            *ways.entry(format!("{stem}ies")).or_default() |= PLURAL_IES;
        }
        let plural = format!("{key}s");
        if !key.ends_with('s') && key.len() > 2 && !plural.ends_with("ies") {
            *ways.entry(plural).or_default() |= PLURAL_S;
        }
    }
    ways
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("places", &self.places.len())
            .field("groups", &self.groups.len())
            .field("given_names", &self.given_names.len())
            .field("organizations", &self.organizations.len())
            .field("titles", &self.titles.len())
            .field("org_words", &self.org_words.len())
            .field("facility_words", &self.facility_words.len())
            .field("common_words", &self.common_words.len())
            .finish()
    }
}

#[cfg(test)]
mod tests;
