//! From a name written in a speaker phrase to the person or organization it
//! is an alias of.
//!
//! Most articles look up only a few names, while a long one may hold tens
//! of thousands of aliases, so the index is built on the first look-up and
//! keeps a hash of each case-folded alias, not a copy of it; a look-up
//! confirms its hit against the entity's own aliases.

use std::cell::OnceCell;
use std::hash::BuildHasher;

// Keys are hashes already; foldhash is several times faster than SipHash.
use foldhash::fast::FixedState;
use foldhash::{HashMap, HashMapExt};

use crate::extract::{Entity, EntityType};

pub(super) struct Aliases<'a> {
    entities: &'a [Entity],
    hasher: FixedState,
    /// Hash of a folded alias → the first entity with an alias folding so.
    index: OnceCell<HashMap<u64, usize>>,
}

impl<'a> Aliases<'a> {
    pub fn new(entities: &'a [Entity]) -> Aliases<'a> {
        Aliases {
            entities,
            hasher: FixedState::default(),
            index: OnceCell::new(),
        }
    }

    /// The first person or organization with an alias (or name) that
    /// case-folds as `name` does.
    pub fn find(&self, name: &str) -> Option<usize> {
        let mut key = String::new();
        fold_into(name, &mut key);
        let index = self.index.get_or_init(|| self.build());
        let &first = index.get(&self.hasher.hash_one(key.as_str()))?;
        let mut scratch = String::new();
        if self.folds_to(first, &key, &mut scratch) {
            return Some(first);
        }
        // Another alias with the same hash: look at every entity in order.
        (0..self.entities.len()).find(|&e| self.can_speak(e) && self.folds_to(e, &key, &mut scratch))
    }

    fn build(&self) -> HashMap<u64, usize> {
        let mut index = HashMap::new();
        let mut key = String::new();
        for (i, e) in self.entities.iter().enumerate() {
            if self.can_speak(i) {
                for a in e.aliases.iter().chain(std::iter::once(&e.name)) {
                    fold_into(a, &mut key);
                    index.entry(self.hasher.hash_one(key.as_str())).or_insert(i);
                }
            }
        }
        index
    }

    fn can_speak(&self, e: usize) -> bool {
        matches!(self.entities[e].kind, EntityType::Person | EntityType::Organization)
    }

    /// Whether an alias of entity `e` folds to `key`.
    fn folds_to(&self, e: usize, key: &str, scratch: &mut String) -> bool {
        let e = &self.entities[e];
        e.aliases.iter().chain(std::iter::once(&e.name)).any(|a| {
            fold_into(a, scratch);
            scratch == key
        })
    }
}

/// Case-folded, without a leading "the" or a trailing possessive, into
/// `out` (cleared first).
fn fold_into(s: &str, out: &mut String) {
    out.clear();
    let s = s.trim();
    if !s.is_ascii() {
        // Unicode lower-casing may change lengths and depends on context
        // (a final sigma), so it comes before the cuts.
        out.push_str(&fold(s));
        return;
    }
    // ASCII lower-cases byte for byte: cutting first gives the same result.
    let s = match s.get(..4) {
        Some(the) if the.eq_ignore_ascii_case("the ") => &s[4..],
        _ => s,
    };
    let s = match s
        .len()
        .checked_sub(2)
        .and_then(|cut| s.get(cut..).map(|end| (cut, end)))
    {
        Some((cut, end)) if end.eq_ignore_ascii_case("'s") => &s[..cut],
        _ => s,
    };
    out.push_str(s.trim());
    out.make_ascii_lowercase();
}

/// Case-folded, without a leading "the" or a trailing possessive.
fn fold(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let lower = lower.strip_prefix("the ").unwrap_or(&lower);
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower);
    lower.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Span;

    fn entity(id: usize, name: &str, kind: EntityType, aliases: &[&str]) -> Entity {
        Entity {
            id,
            name: name.to_string(),
            kind,
            aliases: aliases.iter().map(|a| (*a).to_string()).collect(),
            mentions: vec![Span::new(0, 0)],
        }
    }

    #[test]
    fn ascii_folding_matches_unicode_folding() {
        for s in [
            "The Harbour Board's",
            "  the  Water Board ",
            "THE CITY",
            "Theodora Vance",
            "the's",
            "'s",
            "The",
            "x's",
            "Ada Moore’s",
            "ΟΔΥΣΣΕΑΣ's",
            "İstanbul Council",
        ] {
            let mut out = String::new();
            fold_into(s, &mut out);
            assert_eq!(out, fold(s), "{s:?}");
        }
    }

    #[test]
    fn names_find_the_first_person_or_body_with_that_alias() {
        let entities = vec![
            entity(0, "Harbour", EntityType::Place, &["Harbour"]),
            entity(1, "Ines Harbour", EntityType::Person, &["Ines Harbour", "Harbour"]),
            entity(
                2,
                "Harbour Board",
                EntityType::Organization,
                &["the Harbour Board", "Harbour"],
            ),
        ];
        let aliases = Aliases::new(&entities);
        assert_eq!(aliases.find("harbour's"), Some(1));
        assert_eq!(aliases.find("The harbour board"), Some(2));
        assert_eq!(aliases.find("Harbour Authority"), None);
    }
}
