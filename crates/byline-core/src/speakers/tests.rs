//! The speaker index on hand-built analyses (so each case says exactly who
//! each article names), and once through a real library.

use super::*;
use crate::article::Span;
use crate::extract::{Entity, Quote};

/// Who a fixture quote is by: an entity of its article, a speaker given as
/// text only, or nobody.
enum By<'a> {
    Entity(usize),
    Text(&'a str),
    Nobody,
}

/// An analysis with these entities (name, type, other aliases) and quotes.
fn analysis(entities: &[(&str, EntityType, &[&str])], quotes: &[By]) -> Analysis {
    let entities: Vec<Entity> = entities
        .iter()
        .enumerate()
        .map(|(id, (name, kind, aliases))| Entity {
            id,
            name: (*name).to_string(),
            kind: *kind,
            aliases: std::iter::once(*name)
                .chain(aliases.iter().copied())
                .map(str::to_string)
                .collect(),
            mentions: vec![Span::new(id * 10, id * 10 + 4)],
        })
        .collect();
    let quotes = quotes
        .iter()
        .enumerate()
        .map(|(id, by)| {
            let (speaker, speaker_entity) = match by {
                By::Entity(e) => (Some(entities[*e].name.clone()), Some(*e)),
                By::Text(t) => (Some((*t).to_string()), None),
                By::Nobody => (None, None),
            };
            Quote {
                id,
                span: Span::new(1000 + id * 50, 1040 + id * 50),
                speaker,
                speaker_entity,
                cue: Some("said".to_string()),
            }
        })
        .collect();
    Analysis {
        entities,
        quotes,
        numbers: Vec::new(),
        ..Analysis::default()
    }
}

fn person(name: &'static str, aliases: &'static [&'static str]) -> (&'static str, EntityType, &'static [&'static str]) {
    (name, EntityType::Person, aliases)
}

fn org(name: &'static str, aliases: &'static [&'static str]) -> (&'static str, EntityType, &'static [&'static str]) {
    (name, EntityType::Organization, aliases)
}

fn run(articles: &[Analysis]) -> Vec<Speaker> {
    index(articles.iter().enumerate())
}

/// (name, quotes, articles) of each speaker, in index order.
fn summary(speakers: &[Speaker]) -> Vec<(&str, usize, usize)> {
    speakers
        .iter()
        .map(|s| (s.name.as_str(), s.quotes.len(), s.articles))
        .collect()
}

#[test]
fn two_people_sharing_a_surname_in_different_articles_stay_two() {
    let a = analysis(&[person("Fiona Parry", &["Parry"])], &[By::Entity(0)]);
    let b = analysis(&[person("Eloise Parry", &["Parry"])], &[By::Entity(0), By::Entity(0)]);
    let speakers = run(&[a, b]);
    assert_eq!(summary(&speakers), [("Eloise Parry", 2, 1), ("Fiona Parry", 1, 1)]);
}

#[test]
fn the_same_full_name_in_several_articles_is_one_speaker() {
    let a = analysis(&[person("Nathan Law", &["Law"])], &[By::Entity(0)]);
    let b = analysis(
        &[org("Electoral Affairs Commission", &[]), person("Nathan Law", &[])],
        &[By::Entity(1), By::Entity(0)],
    );
    let speakers = run(&[a, b]);
    assert_eq!(
        summary(&speakers),
        [("Nathan Law", 2, 2), ("Electoral Affairs Commission", 1, 1)]
    );
    assert_eq!(
        speakers[0].quotes,
        [QuoteRef { article: 0, quote: 0 }, QuoteRef { article: 1, quote: 0 }]
    );
    assert_eq!(speakers[0].kind, Some(EntityType::Person));
}

#[test]
fn a_short_form_joins_its_full_name_only_when_unique() {
    let full = analysis(&[person("Nathan Law", &["Law"])], &[By::Entity(0)]);
    let short = analysis(&[person("Law", &[])], &[By::Entity(0), By::Entity(0)]);
    let joined = run(&[full, short]);
    assert_eq!(summary(&joined), [("Nathan Law", 3, 2)]);

    // A third article names another Law, quoted or not: "Law" is no longer
    // one person's, so the short form stays on its own.
    let full = analysis(&[person("Nathan Law", &["Law"])], &[By::Entity(0)]);
    let short = analysis(&[person("Law", &[])], &[By::Entity(0), By::Entity(0)]);
    let other = analysis(&[person("Jane Law", &[])], &[]);
    let apart = run(&[full, short, other]);
    assert_eq!(summary(&apart), [("Law", 2, 1), ("Nathan Law", 1, 1)]);
}

#[test]
fn a_short_form_is_shown_by_the_full_name_it_joined() {
    // The full name is only mentioned, never quoted.
    let a = analysis(&[person("Nathan Law", &["Law"])], &[]);
    let b = analysis(&[person("Law", &[])], &[By::Entity(0)]);
    assert_eq!(summary(&run(&[a, b])), [("Nathan Law", 1, 1)]);
}

#[test]
fn a_one_word_name_no_full_name_claims_stays_in_its_article() {
    let a = analysis(&[person("Smith", &[])], &[By::Entity(0)]);
    let b = analysis(&[person("Smith", &[])], &[By::Entity(0)]);
    assert_eq!(summary(&run(&[a, b])), [("Smith", 1, 1), ("Smith", 1, 1)]);
}

#[test]
fn a_first_name_joins_only_through_an_alias() {
    // "Fiona" is Fiona Parry's alias in her article; a first name is not
    // otherwise a short form.
    let a = analysis(&[person("Fiona Parry", &["Fiona"])], &[By::Entity(0)]);
    let b = analysis(&[person("Fiona", &[])], &[By::Entity(0)]);
    assert_eq!(summary(&run(&[a, b])), [("Fiona Parry", 2, 2)]);
    let a = analysis(&[person("Ellen Gille", &[])], &[By::Entity(0)]);
    let b = analysis(&[person("Ellen", &[])], &[By::Entity(0)]);
    assert_eq!(summary(&run(&[a, b])), [("Ellen", 1, 1), ("Ellen Gille", 1, 1)]);
}

#[test]
fn a_multi_word_surname_joins_the_longer_name() {
    let a = analysis(&[person("Claudio De Vincenti", &[])], &[By::Entity(0)]);
    let b = analysis(&[person("De Vincenti", &[])], &[By::Entity(0)]);
    assert_eq!(summary(&run(&[a, b])), [("Claudio De Vincenti", 2, 2)]);
}

#[test]
fn bodies_join_on_their_name_and_on_an_alias_only_one_has() {
    let a = analysis(&[org("Federal Reserve", &["Fed"])], &[By::Entity(0)]);
    let b = analysis(&[org("Fed", &[])], &[By::Entity(0)]);
    let c = analysis(&[org("NASA", &[])], &[By::Entity(0)]);
    let d = analysis(&[org("NASA", &[])], &[By::Entity(0), By::Entity(0)]);
    assert_eq!(
        summary(&run(&[a, b, c, d])),
        [("NASA", 3, 2), ("Federal Reserve", 2, 2)]
    );

    // Two bodies called "Mozilla" for short: a third article's "Mozilla"
    // joins neither.
    let a = analysis(&[org("Mozilla Foundation", &["Mozilla"])], &[By::Entity(0)]);
    let b = analysis(&[org("Mozilla Corporation", &["Mozilla"])], &[By::Entity(0)]);
    let c = analysis(&[org("Mozilla", &[])], &[By::Entity(0)]);
    let speakers = run(&[a, b, c]);
    assert_eq!(speakers.len(), 3, "{speakers:?}");
    assert!(speakers.iter().all(|s| s.articles == 1));
}

#[test]
fn a_person_short_form_does_not_join_a_body() {
    let a = analysis(&[org("Warner Music", &["Warner"])], &[By::Entity(0)]);
    let b = analysis(&[person("Warner", &[])], &[By::Entity(0)]);
    let speakers = run(&[a, b]);
    assert_eq!(summary(&speakers), [("Warner", 1, 1), ("Warner Music", 1, 1)]);
}

#[test]
fn spelling_differences_of_one_name_agree() {
    let a = analysis(&[org("U.S. Department of Agriculture", &[])], &[By::Entity(0)]);
    let b = analysis(&[org("US Department of Agriculture", &[])], &[By::Entity(0)]);
    let c = analysis(&[org("the White House", &[])], &[By::Entity(0)]);
    let d = analysis(&[org("White House", &[])], &[By::Entity(0), By::Entity(0)]);
    let speakers = run(&[a, b, c, d]);
    // The spelling most quotes use names the speaker.
    assert_eq!(
        summary(&speakers),
        [("White House", 3, 2), ("U.S. Department of Agriculture", 2, 2)]
    );
}

#[test]
fn descriptions_stay_in_their_article() {
    let a = analysis(&[], &[By::Text("a spokesman"), By::Text("a spokesman")]);
    let b = analysis(&[], &[By::Text("a spokesman"), By::Text("the Trump administration")]);
    let speakers = run(&[a, b]);
    assert_eq!(
        summary(&speakers),
        [
            ("a spokesman", 2, 1),
            ("a spokesman", 1, 1),
            ("the Trump administration", 1, 1)
        ]
    );
    assert_eq!(speakers[1].quotes, [QuoteRef { article: 1, quote: 0 }]);
}

#[test]
fn a_name_without_an_entity_still_matches_by_name() {
    let a = analysis(&[], &[By::Text("Mar Hicks")]);
    let b = analysis(&[person("Mar Hicks", &["Hicks"])], &[By::Entity(0)]);
    let c = analysis(&[person("Hicks", &[])], &[By::Entity(0)]);
    assert_eq!(summary(&run(&[a, b, c])), [("Mar Hicks", 3, 3)]);
}

#[test]
fn unattributed_quotes_are_nobody_s() {
    let a = analysis(&[person("Jane Okafor", &[])], &[By::Nobody, By::Entity(0), By::Nobody]);
    let speakers = run(&[a]);
    assert_eq!(summary(&speakers), [("Jane Okafor", 1, 1)]);
    assert_eq!(speakers[0].quotes, [QuoteRef { article: 0, quote: 1 }]);
}

#[test]
fn article_indices_are_the_callers() {
    let a = analysis(&[person("Jane Okafor", &[])], &[By::Entity(0)]);
    let speakers = index([(7, &a)]);
    assert_eq!(speakers[0].quotes, [QuoteRef { article: 7, quote: 0 }]);
}

#[test]
fn proper_names_and_descriptions() {
    for name in ["Mar Hicks", "Claudio de Vincenti", "Wikinews", "Jorge Arriaza"] {
        assert!(is_proper_name(name), "{name}");
    }
    for text in [
        "a federal judge",
        "The report",
        "the Trump administration",
        "Mitch McConnell of Kentucky",
        "officials",
        "G7 leaders",
        "",
    ] {
        assert!(!is_proper_name(text), "{text}");
    }
}

#[test]
fn a_library_indexes_its_analysed_articles() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).unwrap();
        p
    };
    let paths = vec![
        write(
            "a.txt",
            "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n\n\
             \"This is a good day for the town,\" said Mayor Teresa Lindqvist.",
        ),
        write(
            "b.txt",
            "Ferry fares to rise\n\nFerry fares will rise next month.\n\n\
             \"Nobody likes paying more,\" said Teresa Lindqvist, the mayor.",
        ),
        dir.path().join("missing.txt"),
    ];
    let mut library = Library::new(paths, None);
    library.wait();
    let speakers = library.speakers();
    let lindqvist = speakers
        .iter()
        .find(|s| s.name == "Teresa Lindqvist")
        .unwrap_or_else(|| panic!("{speakers:?}"));
    assert_eq!((lindqvist.quotes.len(), lindqvist.articles), (2, 2));
}
