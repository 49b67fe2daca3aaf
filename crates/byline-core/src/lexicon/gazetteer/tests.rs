use super::*;
use crate::lexicon::lists::{column, entries, with_key};

fn g() -> &'static Gazetteer {
    get()
}

#[test]
fn us_forms_name_the_united_states() {
    // "U.S. Secretary of State Marco Rubio": "U.S." used as an adjective.
    for form in ["U.S.", "US", "USA", "America", "United States"] {
        assert_eq!(g().place(form), Some(PlaceKind::Country), "{form}");
        assert_eq!(g().canonical_place(form), Some("United States"), "{form}");
    }
    assert_eq!(g().canonical_place("Britain"), Some("United Kingdom"));
    assert_eq!(g().place("El Salvador"), Some(PlaceKind::Country));
    assert_eq!(g().place("Ivory Coast"), Some(PlaceKind::Country));
    assert_eq!(g().canonical_place("Korea"), Some("South Korea"));
    assert_eq!(g().place("us"), None, "places are case-sensitive");
}

#[test]
fn cities_regions_and_their_precedence() {
    assert_eq!(g().place("San Salvador"), Some(PlaceKind::City));
    assert_eq!(g().place("Livorno"), Some(PlaceKind::City));
    assert_eq!(g().place("Hong Kong"), Some(PlaceKind::Country));
    assert_eq!(g().place("Washington"), Some(PlaceKind::City));
    assert!(g().is_place_of_kind("Washington", PlaceKind::Region));
    assert_eq!(g().place("Georgia"), Some(PlaceKind::Country));
    assert!(g().is_place_of_kind("Georgia", PlaceKind::Region));
    assert_eq!(g().place("Texas"), Some(PlaceKind::Region));
    assert_eq!(g().place("Lombardy"), Some(PlaceKind::Region));
    assert_eq!(g().place("Middle East"), Some(PlaceKind::Region));
    assert_eq!(g().place("Moon"), Some(PlaceKind::Region));
    assert_eq!(g().canonical_place("São Paulo"), Some("Sao Paulo"));
    assert_eq!(g().canonical_place("Kiev"), Some("Kyiv"));
    // Local spellings in translated news: "the port of Genova".
    assert_eq!(g().canonical_place("Genova"), Some("Genoa"));
    assert_eq!(g().canonical_place("Köln"), Some("Cologne"));
    // Word-like city names are left out: "Nice to see you", "Reading the report".
    for word in ["Nice", "Reading", "Mobile", "Split", "Bath", "Of"] {
        assert_eq!(g().place(word), None, "{word}");
    }
}

#[test]
fn group_words_key_on_the_adjective() {
    assert_eq!(g().group("Salvadorans"), Some("Salvadoran"));
    assert_eq!(g().group("Salvadoran"), Some("Salvadoran"));
    assert_eq!(g().group("Jews"), Some("Jewish"));
    assert_eq!(g().group("Jew"), Some("Jewish"));
    assert_eq!(g().group("Texans"), Some("Texan"));
    assert_eq!(g().group("Britons"), Some("British"));
    assert_eq!(g().group("Chinese"), Some("Chinese"));
    assert_eq!(g().group("Republicans"), Some("Republican"));
    assert_eq!(g().group("Tories"), Some("Tory"));
    assert_eq!(g().group("Kurds"), Some("Kurdish"));
    assert_eq!(g().group("Bukele"), None);
}

#[test]
fn given_names_carry_gender() {
    assert_eq!(g().given_name("Karoline"), Some(Gender::Female));
    assert_eq!(g().given_name("Donald"), Some(Gender::Male));
    assert_eq!(g().given_name("Nayib"), Some(Gender::Male));
    assert_eq!(g().given_name("Giorgia"), Some(Gender::Female));
    assert_eq!(g().given_name("Nunzio"), Some(Gender::Male));
    // Female in the census, male in Italian: unknown.
    assert_eq!(g().given_name("Andrea"), Some(Gender::Unknown));
    assert_eq!(g().given_name("DONALD"), Some(Gender::Male));
    assert_eq!(g().given_name("donald"), None, "must be capitalized");
    assert_eq!(g().given_name("Bukele"), None);
    assert_eq!(g().given_name(""), None);
}

#[test]
fn organizations_and_acronyms() {
    assert_eq!(g().organization("NASA"), Some("NASA"));
    assert_eq!(g().organization("AP"), Some("Associated Press"));
    assert_eq!(g().organization("UN"), Some("United Nations"));
    assert_eq!(g().organization("WHO"), Some("World Health Organization"));
    assert_eq!(g().organization("Who"), None);
    assert_eq!(g().organization("White House"), Some("White House"));
}

#[test]
fn titles_before_names() {
    assert!(g().is_title("Secretary of State"));
    assert!(g().is_title("secretary  of\nstate"));
    assert!(g().is_title("spokeswoman"));
    assert!(g().is_title("Sen."));
    assert!(!g().is_title("NASA Administrator"));
    assert!(g().is_title("Administrator"));
    assert!(!g().is_title("despite"));
    let text = "said US Secretary of State ";
    assert_eq!(
        g().title_at_end(text),
        Some((text.find("Secretary").unwrap_or(0), "Secretary of State"))
    );
    // "White House spokeswoman Karoline Leavitt": the title is the last word.
    let text = "White House spokeswoman";
    assert_eq!(g().title_at_end(text), Some((12, "Spokeswoman")));
    assert_eq!(g().title_at_end("(Sen."), Some((1, "Sen.")));
    assert_eq!(g().title_at_end("the ex-President"), Some((7, "President")));
    assert_eq!(g().title_at_end("the weather"), None);
    assert_eq!(g().title_at_end(""), None);
    let titles = g().titles();
    assert!(titles.windows(2).all(|w| w[0].len() >= w[1].len()));
}

#[test]
fn head_words() {
    assert!(g().is_org_word("Association"));
    assert!(g().is_org_word("party"));
    assert!(g().is_org_word("Inc."));
    assert!(g().is_facility_word("Planetarium"));
    assert!(g().is_facility_word("Airport"));
    assert!(!g().is_facility_word("Association"));
    assert!(!g().is_org_word("Airport"));
}

#[test]
fn common_words() {
    assert!(g().is_common_word("despite"));
    assert!(g().is_common_word("the"));
    assert!(!g().is_common_word("bukele"));
    assert!(!g().is_common_word("Despite"), "expects lowercase input");
}

#[test]
fn with_key_folds_case_and_space() {
    assert_eq!(with_key("  Vice   President ", str::to_owned), "vice president");
    assert_eq!(with_key("Señora", str::to_owned), "señora");
    let long = "A ".repeat(40);
    assert_eq!(with_key(&long, |k| k.len()), 79);
}

/// Loading parses every list; its time is measured by
/// `cargo bench --bench extract -- gazetteer`, not here.
#[test]
fn load_reads_every_list() {
    let loaded = Gazetteer::load();
    assert!(loaded.is_common_word("despite"));
    assert!(loaded.given_name("Donald").is_some() && loaded.is_title("Secretary of State"));
    assert!(loaded.is_org_word("Party") && loaded.is_facility_word("Museum") && loaded.is_head_noun("Embassies"));
}

/// Each asset with its allowed column counts.
const FILES: [(&str, &str, usize, usize); 11] = [
    ("countries.txt", COUNTRIES, 1, 2),
    ("cities.txt", CITIES, 1, 3),
    ("regions.txt", REGIONS, 1, 3),
    ("demonyms.tsv", DEMONYMS, 2, 3),
    ("given_names.txt", GIVEN_NAMES, 2, 2),
    ("given_names_world.txt", GIVEN_NAMES_WORLD, 2, 2),
    ("organizations.txt", ORGANIZATIONS, 1, 2),
    ("titles.txt", TITLES, 1, 1),
    ("org_words.txt", ORG_WORDS, 1, 1),
    ("facility_words.txt", FACILITY_WORDS, 1, 1),
    ("english_words.txt", ENGLISH_WORDS, 1, 1),
];

#[test]
fn every_asset_file_is_well_formed() {
    let mut problems = Vec::new();
    for (name, text, min, max) in FILES {
        let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
        for field in ["# Source:", "# License:", "# Regenerate:"] {
            if !header.iter().any(|l| l.starts_with(field)) {
                problems.push(format!("{name}: header lacks {field}"));
            }
        }
        let mut seen = std::collections::HashSet::new();
        let mut count = 0;
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            count += 1;
            let at = format!("{name}:{}", n + 1);
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < min || cols.len() > max {
                problems.push(format!("{at}: {} columns: {line:?}", cols.len()));
            }
            if cols[0].is_empty() || cols.iter().any(|c| c.trim() != *c || c.contains("  ")) {
                problems.push(format!("{at}: stray whitespace: {line:?}"));
            }
            let key = if name == "titles.txt" {
                cols[0].to_lowercase()
            } else {
                cols[0].to_owned()
            };
            if !seen.insert(key) {
                problems.push(format!("{at}: duplicate {:?}", cols[0]));
            }
            if name.starts_with("given_names") && Gender::from_code(cols[1]).is_none() {
                problems.push(format!("{at}: gender not m/f/u: {line:?}"));
            }
            if name == "english_words.txt" && cols[0].to_lowercase() != cols[0] {
                problems.push(format!("{at}: not lowercase: {line:?}"));
            }
            if let Some(cc) = cols.get(2).filter(|_| name.ends_with(".txt"))
                && !(cc.is_empty() || cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()))
            {
                problems.push(format!("{at}: bad country code: {line:?}"));
            }
        }
        if count == 0 {
            problems.push(format!("{name}: no entries"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn canonical_names_are_listed_forms() {
    // An alias pointing at a name no list holds would dangle.
    for (name, text, _, _) in &FILES[..3] {
        for cols in entries(text) {
            if let Some(canonical) = column(&cols, 1) {
                assert!(
                    g().places.contains_key(canonical),
                    "{name}: {} -> {canonical} not listed",
                    cols[0]
                );
            }
        }
    }
}

/// Words near the keys of a list: the key itself, in other cases, with a
/// letter changed, added or dropped at either end, padded with spaces, and
/// with accents; a shape test that rules out one of them wrongly shows up
/// as a lookup that disagrees with the plain one.
fn variants<'k>(keys: impl Iterator<Item = &'k str>) -> Vec<String> {
    let mut words = Vec::new();
    for key in keys {
        let mut chars = key.chars();
        let capitalized = match chars.next() {
            Some(c) => c.to_uppercase().chain(chars).collect(),
            None => String::new(),
        };
        words.extend([
            key.to_string(),
            key.to_uppercase(),
            key.to_lowercase(),
            format!("{capitalized}s"),
            format!("{capitalized}\u{e9}"),
            format!(" {capitalized} "),
            capitalized.chars().skip(1).collect(),
            capitalized
                .chars()
                .take(capitalized.chars().count().saturating_sub(1))
                .collect(),
            capitalized,
        ]);
    }
    words
}

/// The shape tests before the place and given-name lookups never change
/// an answer: on every listed form and the words near each, and on words
/// of other shapes (non-ASCII, digits, punctuation, empty), the filtered
/// lookup gives what a plain lookup in the map gives.
#[test]
fn shape_tests_agree_with_plain_lookups() {
    let gaz = g();
    let mut words = variants(gaz.places.keys().copied());
    words.extend(variants(gaz.given_names.keys().map(String::as_str)));
    words.extend(
        [
            "",
            " ",
            "Ça",
            "Über",
            "İstanbul",
            "ÉLODIE",
            "Zoë",
            "4x4",
            "\"Paris",
            "Paris,",
            "U.S.",
            "Dr.",
            "New  York",
            "São Paulo",
            "Ō",
            "x",
        ]
        .map(String::from),
    );
    for w in &words {
        let plain = gaz.places.get(w.as_str());
        assert_eq!(
            gaz.place(w),
            plain.and_then(|p| PlaceKind::ALL.into_iter().find(|k| p.kinds & k.bit() != 0)),
            "{w:?}"
        );
        assert_eq!(gaz.canonical_place(w), plain.map(|p| p.canonical), "{w:?}");
        for kind in PlaceKind::ALL {
            assert_eq!(
                gaz.is_place_of_kind(w, kind),
                plain.is_some_and(|p| p.kinds & kind.bit() != 0),
                "{w:?}"
            );
        }
        let given = w
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            .then(|| gaz.given_names.get(&slow_key(w)).copied())
            .flatten();
        assert_eq!(gaz.given_name(w), given, "{w:?}");
    }
}

/// The one-word path of `is_title` agrees with a plain lookup of the key
/// on every title, its words, and phrases with odd spacing and accents.
#[test]
fn is_title_agrees_with_a_plain_lookup() {
    let gaz = g();
    let mut phrases: Vec<String> = gaz.titles().iter().map(|t| t.to_string()).collect();
    phrases.extend(gaz.titles().iter().flat_map(|t| t.split(' ').map(String::from)));
    phrases.extend(variants(gaz.titles().iter().copied()));
    phrases.extend(
        [
            "",
            " ",
            "\tminister",
            "minister\u{a0}",
            "Prime\u{2003}Minister",
            "señora",
            "Sen.",
            "sen",
            "Mr.",
            "it's",
        ]
        .map(String::from),
    );
    for p in &phrases {
        let plain = gaz.title_keys.contains_key(&slow_key(p));
        assert_eq!(gaz.is_title(p), plain, "{p:?}");
    }
}

/// One lookup for several kinds answers as asking for each kind does, on
/// every listed form and the words near it.
#[test]
fn place_of_any_kind_agrees_with_each_kind() {
    let gaz = g();
    let kinds = PlaceKind::ALL;
    let sets: [&[PlaceKind]; 5] = [&[], &kinds[..1], &kinds[1..], &[kinds[0], kinds[2]], &kinds];
    let mut words = variants(gaz.places.keys().copied());
    words.extend(["", "Georgia", "Washington", "Bukele", "São Paulo", "U.S."].map(String::from));
    for w in &words {
        for set in sets {
            let each = set.iter().any(|&k| gaz.is_place_of_kind(w, k));
            assert_eq!(gaz.is_place_of_any_kind(w, set), each, "{w:?} {set:?}");
        }
    }
    assert!(gaz.is_place_of_any_kind("Georgia", &[PlaceKind::Region]));
    assert!(!gaz.is_place_of_any_kind("Georgia", &[PlaceKind::City]));
}
