//! The bundled seed article end to end, with exact expectations: who each
//! quote is attributed to, the value of each number, and the people,
//! places and groups it names. A change that breaks any of these on the
//! article byline opens by default should be noticed at once.

use byline::article::Article;
use byline::extract::{Analysis, EntityType, NumberKind, analyze};
use byline::seeds;

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

fn seed() -> (Article, Analysis) {
    let article = Article::from_text(seeds::SEED_NAME, SEED_TEXT);
    let analysis = analyze(&article);
    (article, analysis)
}

#[test]
fn every_quote_has_its_speaker() {
    let (article, analysis) = seed();
    let got: Vec<(&str, Option<&str>)> = analysis
        .quotes
        .iter()
        .map(|q| (article.slice(q.span), q.speaker.as_deref()))
        .collect();
    let expected = [
        ("administrative error.", "the Trump administration"),
        ("facilitate", "A federal judge"),
        (
            "our nations are working closely together to eradicate terrorist organizations and build a future of Prosperity.",
            "Donald Trump",
        ),
        ("criminals", "Marco Rubio"),
        (
            "The alliance between (Donald Trump) and President (Bukele) has become an example for security and prosperity in our hemisphere,",
            "Marco Rubio",
        ),
        ("a very low fee for them, but a high one for us.", "Nayib Bukele"),
        ("a little more clarity", "Jorge Arriaza"),
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for ((text, speaker), (want_text, want_speaker)) in got.iter().zip(expected) {
        assert_eq!(*text, want_text);
        assert_eq!(*speaker, Some(want_speaker), "speaker of {text:?}");
    }
}

#[test]
fn pronoun_speaker_links_to_the_entity() {
    // "…," he wrote on X: "he" is Marco Rubio from the sentence before.
    let (article, analysis) = seed();
    let alliance = analysis
        .quotes
        .iter()
        .find(|q| article.slice(q.span).starts_with("The alliance"))
        .expect("the alliance quote");
    let entity = alliance.speaker_entity.map(|id| &analysis.entities[id]);
    assert_eq!(
        entity.map(|e| (e.name.as_str(), e.kind)),
        Some(("Marco Rubio", EntityType::Person))
    );
    assert_eq!(alliance.cue.as_deref(), Some("wrote"));
}

#[test]
fn every_number_has_its_value() {
    let (article, analysis) = seed();
    let got: Vec<(&str, NumberKind, Option<f64>)> = analysis
        .numbers
        .iter()
        .filter(|n| n.value.is_some())
        .map(|n| (article.slice(n.span), n.kind, n.value))
        .collect();
    use NumberKind::*;
    let expected: &[(&str, NumberKind, f64)] = &[
        ("second term", Ordinal, 2.0),
        ("250 migrants", Count, 250.0),
        ("1798", Year, 1798.0),
        ("10 further \"criminals\"", Count, 10.0),
        ("$6 million", Money, 6e6),
        ("$6 million", Money, 6e6),
        ("10 percent", Percent, 10.0),
        ("$6.5 billion", Money, 6.5e9),
        ("2024", Year, 2024.0),
        ("$2.1 billion", Money, 2.1e9),
        ("2.5 million Salvadorans", Count, 2.5e6),
        ("$8.5 billion", Money, 8.5e9),
        ("2024", Year, 2024.0),
        ("23 percent", Percent, 23.0),
        ("14 percent", Percent, 14.0),
        ("2024", Year, 2024.0),
    ];
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    for ((text, kind, value), (want_text, want_kind, want_value)) in got.iter().zip(expected) {
        assert_eq!((*text, *kind, *value), (*want_text, *want_kind, Some(*want_value)));
    }
    let money = analysis
        .numbers
        .iter()
        .find(|n| n.kind == Money)
        .and_then(|n| n.unit.as_deref());
    assert_eq!(money, Some("USD"));
}

#[test]
fn names_join_their_short_forms() {
    let (_, analysis) = seed();
    let find = |name: &str| analysis.entities.iter().find(|e| e.name == name);
    let bukele = find("Nayib Bukele").expect("Nayib Bukele");
    assert_eq!(bukele.kind, EntityType::Person);
    assert!(bukele.aliases.iter().any(|a| a == "Bukele"));
    // The headline's "Bukele", the possessives and the full name: one entity.
    assert_eq!(bukele.mentions.len(), 10);
    let garcia = find("Kilmar Abrego Garcia").expect("Kilmar Abrego Garcia");
    assert!(garcia.aliases.iter().any(|a| a == "Abrego Garcia"));
    assert_eq!(find("United States").map(|e| e.kind), Some(EntityType::Place));
    assert_eq!(find("Salvadorans").map(|e| e.kind), Some(EntityType::Group));
    assert_eq!(find("CECOT").map(|e| e.kind), Some(EntityType::Place));
    assert_eq!(find("January and February").map(|e| e.kind), Some(EntityType::Date));
    assert!(find("Bukele").is_none(), "no separate short-form entity");
}
