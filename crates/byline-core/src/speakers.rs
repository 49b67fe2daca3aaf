//! Who is quoted across a library of articles: one entry per person or body
//! with at least one quote, with every quote it is given, most quoted first.
//!
//! Each article already knows its speakers (a quote's `speaker_entity`, whose
//! name is the fullest form that article uses). Across articles the risk is
//! the opposite of within one: two different people who share a surname
//! ("Fiona Parry", "Eloise Parry") or a one-word alias must stay two. So
//! speakers are matched on their full names, and a short form ("Parry",
//! "Fed") is joined to a full name only when exactly one full name in the
//! whole library has that short form. A one-word person name that no single
//! full name claims, and an unnamed description ("a federal judge", "the
//! spokesman"), stay within their own article. Nothing here knows about
//! terminals.

use std::collections::{BTreeSet, HashMap};

use crate::extract::{Analysis, EntityType};
use crate::library::Library;

/// One quote of a speaker: which article, and which of its quotes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteRef {
    /// The article's index in the library (as given to [`index`]).
    pub article: usize,
    /// The quote's position in that article's [`Analysis::quotes`].
    pub quote: usize,
}

/// A person or body quoted somewhere in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The full name, as most of its articles write it; a description as
    /// written for an unnamed speaker.
    pub name: String,
    /// The entity type, when the speaker is a known entity.
    pub kind: Option<EntityType>,
    /// Every quote, by article then in text order.
    pub quotes: Vec<QuoteRef>,
    /// How many articles quote the speaker.
    pub articles: usize,
    /// A name, rather than a description of someone unnamed ("a spokesman").
    pub named: bool,
}

impl Library {
    /// Every speaker of the analysed articles, most quoted first (then in
    /// most articles, names before descriptions, then alphabetically).
    pub fn speakers(&self) -> Vec<Speaker> {
        let analyses: Vec<_> = (0..self.len())
            .filter_map(|i| self.analysis(i).map(|a| (i, a)))
            .collect();
        index(analyses.iter().map(|(i, a)| (*i, a.as_ref())))
    }
}

/// Whether a name belongs to a person (whose one-word names are short
/// forms) or to a body (an organization, group or place, whose name is
/// whole even when it is one word, like "NASA"). A speaker named without an
/// entity could be either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Class {
    Person,
    Body,
    Unknown,
}

impl Class {
    fn of(kind: Option<EntityType>) -> Class {
        match kind {
            Some(EntityType::Person) => Class::Person,
            Some(_) => Class::Body,
            None => Class::Unknown,
        }
    }

    fn compatible(self, other: Class) -> bool {
        self == other || self == Class::Unknown || other == Class::Unknown
    }
}

/// Who a quote belongs to across the library.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    /// A full name, the same person or body in every article.
    Name(String),
    /// Known only within one article.
    Local(usize, String),
}

/// One quote's speaker as its article names it.
struct Said<'a> {
    at: QuoteRef,
    name: &'a str,
    kind: Option<EntityType>,
    /// Whether it is a name (rather than a description like "a spokesman").
    named: bool,
}

/// Builds the speaker index over `(article index, analysis)` pairs: most
/// quoted first, then in most articles, names before descriptions, then
/// alphabetically.
pub fn index<'a>(articles: impl IntoIterator<Item = (usize, &'a Analysis)>) -> Vec<Speaker> {
    let articles: Vec<(usize, &Analysis)> = articles.into_iter().collect();
    let said = quotes_said(&articles);
    let names = FullNames::new(&articles, &said);
    let mut groups: HashMap<Key, Vec<&Said>> = HashMap::new();
    for s in &said {
        groups.entry(names.key(s)).or_default().push(s);
    }
    let mut speakers: Vec<Speaker> = groups
        .into_iter()
        .map(|(key, said)| speaker(&key, &said, &names))
        .collect();
    speakers.sort_by(|a, b| {
        b.quotes
            .len()
            .cmp(&a.quotes.len())
            .then(b.articles.cmp(&a.articles))
            .then(b.named.cmp(&a.named))
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
            .then_with(|| a.quotes.cmp(&b.quotes))
    });
    speakers
}

fn quotes_said<'a>(articles: &[(usize, &'a Analysis)]) -> Vec<Said<'a>> {
    let mut said = Vec::new();
    for &(article, analysis) in articles {
        for (quote, q) in analysis.quotes.iter().enumerate() {
            let Some(text) = q.speaker.as_deref() else { continue };
            let at = QuoteRef { article, quote };
            let entity = q.speaker_entity.and_then(|id| analysis.entities.get(id));
            said.push(match entity {
                // The entity's name is the fullest form its article uses.
                Some(e) => Said {
                    at,
                    name: &e.name,
                    kind: Some(e.kind),
                    named: true,
                },
                None => Said {
                    at,
                    name: text,
                    kind: None,
                    named: is_proper_name(text),
                },
            });
        }
    }
    said
}

/// The entry for one group of quotes.
fn speaker(key: &Key, said: &[&Said], names: &FullNames) -> Speaker {
    let mut quotes: Vec<QuoteRef> = said.iter().map(|s| s.at).collect();
    quotes.sort_unstable();
    quotes.dedup();
    let articles = quotes.iter().map(|q| q.article).collect::<BTreeSet<_>>().len();
    let name = match key {
        // The spelling most of its quotes use (the longest on a tie), else
        // the full name as the library writes it: a speaker quoted only by
        // a short form is shown by the full name it was matched to.
        Key::Name(full) => {
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for s in said.iter().filter(|s| normalize(s.name, Class::of(s.kind)) == *full) {
                *counts.entry(s.name).or_default() += 1;
            }
            counts
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(a.0.len().cmp(&b.0.len())).then(b.0.cmp(a.0)))
                .map(|(n, _)| n.to_string())
                .or_else(|| names.spelling.get(full).cloned())
                .unwrap_or_else(|| said[0].name.to_string())
        }
        Key::Local(..) => said[0].name.to_string(),
    };
    Speaker {
        name,
        kind: said.iter().find_map(|s| s.kind),
        quotes,
        articles,
        named: said.iter().any(|s| s.named),
    }
}

/// The library's full names and the short forms each is known by.
struct FullNames {
    /// Normalized full name → its class.
    class: HashMap<String, Class>,
    /// Normalized full name → how the library first writes it.
    spelling: HashMap<String, String>,
    /// Normalized short form → the full names that have it.
    by_short: HashMap<String, BTreeSet<String>>,
}

impl FullNames {
    /// Every person or body the library names (quoted or not), so that a
    /// short form is unique only if no one else in any article has it.
    fn new(articles: &[(usize, &Analysis)], said: &[Said]) -> FullNames {
        let mut names = FullNames {
            class: HashMap::new(),
            spelling: HashMap::new(),
            by_short: HashMap::new(),
        };
        for (_, analysis) in articles {
            for e in analysis.entities.iter().filter(|e| e.kind != EntityType::Date) {
                let aliases: Vec<&str> = e.aliases.iter().map(String::as_str).collect();
                names.add(&e.name, Class::of(Some(e.kind)), &aliases);
            }
        }
        for s in said.iter().filter(|s| s.named && s.kind.is_none()) {
            names.add(s.name, Class::Unknown, &[]);
        }
        names
    }

    fn add(&mut self, name: &str, class: Class, aliases: &[&str]) {
        let full = normalize(name, class);
        if full.is_empty() || !is_full(&full, class) {
            return;
        }
        self.class.entry(full.clone()).or_insert(class);
        self.spelling
            .entry(full.clone())
            .or_insert_with(|| name.trim().to_string());
        let mut shorts: Vec<String> = aliases
            .iter()
            .map(|a| normalize(a, class))
            .filter(|a| !a.is_empty() && *a != full)
            .collect();
        if class != Class::Body {
            shorts.extend(surnames(&full));
        }
        for short in shorts {
            self.by_short.entry(short).or_default().insert(full.clone());
        }
    }

    /// The one longer full name that has `name` as a short form, if exactly
    /// one does.
    fn unique_longer(&self, name: &str, class: Class) -> Option<&str> {
        let words = name.split(' ').count();
        let mut fits = self
            .by_short
            .get(name)?
            .iter()
            .filter(|f| f.split(' ').count() > words && self.class.get(*f).is_some_and(|c| c.compatible(class)));
        let only = fits.next()?;
        fits.next().is_none().then_some(only.as_str())
    }

    /// Where a quote's speaker belongs.
    fn key(&self, s: &Said) -> Key {
        let class = Class::of(s.kind);
        let name = normalize(s.name, class);
        if !s.named || name.is_empty() {
            return Key::Local(s.at.article, name);
        }
        // Follow short forms up to the full name; each step is longer, so
        // this ends.
        let mut current = name.clone();
        while let Some(longer) = self.unique_longer(&current, class) {
            current = longer.to_string();
        }
        if current == name && !is_full(&name, class) {
            // A one-word person name no single full name claims: two
            // articles' "Smith" may be two people.
            return Key::Local(s.at.article, name);
        }
        Key::Name(current)
    }
}

/// Whether a (normalized) name is a full name: a person's has at least two
/// words; a body's name is whole however short.
fn is_full(name: &str, class: Class) -> bool {
    class == Class::Body || name.split(' ').count() >= 2
}

/// Suffixes after a surname, which are not themselves a surname.
const GENERATIONAL: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// A person's trailing word runs shorter than the whole name ("de vincenti"
/// and "vincenti" for "claudio de vincenti"), without "jr" and the like.
fn surnames(full: &str) -> Vec<String> {
    let mut words: Vec<&str> = full.split(' ').collect();
    while words.len() > 2 && words.last().is_some_and(|w| GENERATIONAL.contains(w)) {
        words.pop();
    }
    (1..words.len()).map(|i| words[i..].join(" ")).collect()
}

/// Lower case, one space between words, no full stops (so "U.S." and "US"
/// agree), straight apostrophes; a body's leading "the" dropped.
fn normalize(name: &str, class: Class) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| *c != '.')
        .map(|c| if c == '’' { '\'' } else { c })
        .collect::<String>()
        .to_lowercase();
    let mut words: Vec<&str> = cleaned.split_whitespace().collect();
    if class == Class::Body && words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    words.join(" ")
}

/// Words that open a description rather than a name ("the spokesman",
/// "a federal judge", "his lawyer").
const DETERMINERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some",
    "one", "another", "each", "every", "many", "several", "both",
];

/// Lower-case words that may sit inside a name ("Claudio de Vincenti",
/// "Ludwig van Beethoven").
const NAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "bin", "ibn", "al", "y", "dos",
    "das",
];

/// Whether a speaker given as text (with no entity) reads as a proper name:
/// capitalized words, particles aside, and no determiner first.
fn is_proper_name(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let Some(first) = words.first() else { return false };
    if DETERMINERS.contains(&first.to_lowercase().as_str()) {
        return false;
    }
    words.iter().enumerate().all(|(i, w)| {
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        let particle = i > 0 && i + 1 < words.len() && NAME_PARTICLES.contains(w);
        (capital || particle) && !w.chars().any(|c| c.is_ascii_digit())
    })
}

#[cfg(test)]
mod tests;
