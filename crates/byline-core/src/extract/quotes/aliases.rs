//! From a name written in a speaker phrase to the person or organization it
//! is an alias of.
//!
//! Most articles look up only a few names, while a long one may hold tens
//! of thousands of aliases, so the index is built on the first look-up and
//! keeps a hash of each case-folded alias, not a copy of it; a look-up
//! confirms its hit against the entity's own aliases.

use std::cell::OnceCell;
use std::hash::{BuildHasher, Hasher};

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
        let index = self.index.get_or_init(|| self.build());
        let &first = index.get(&self.folded_hash(name))?;
        let mut key = String::new();
        fold_into(name, &mut key);
        let mut scratch = String::new();
        if self.folds_to(first, &key, &mut scratch) {
            return Some(first);
        }
        // Another alias with the same hash: look at every entity in order.
        (0..self.entities.len()).find(|&e| self.can_speak(e) && self.folds_to(e, &key, &mut scratch))
    }

    fn build(&self) -> HashMap<u64, usize> {
        let mut index = HashMap::with_capacity(self.entities.iter().map(|e| e.aliases.len() + 1).sum());
        for (i, e) in self.entities.iter().enumerate() {
            if !self.can_speak(i) {
                continue;
            }
            for a in &e.aliases {
                index.entry(self.folded_hash(a)).or_insert(i);
            }
            // The name is usually one of the aliases already.
            if !e.aliases.contains(&e.name) {
                index.entry(self.folded_hash(&e.name)).or_insert(i);
            }
        }
        index
    }

    /// The hash of `s` folded, computed without building the folded form
    /// when `s` is ASCII: eight bytes at a time, lower-cased on the way.
    fn folded_hash(&self, s: &str) -> u64 {
        let folded;
        let bytes = if s.is_ascii() {
            cut_ascii(s).as_bytes()
        } else {
            folded = fold(s);
            folded.as_bytes()
        };
        let mut hasher = self.hasher.build_hasher();
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            hasher.write_u64(ascii_lowercase(u64::from_le_bytes(word)));
        }
        hasher.write_usize(bytes.len());
        hasher.finish()
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
    if s.is_ascii() {
        out.push_str(cut_ascii(s));
        out.make_ascii_lowercase();
    } else {
        out.push_str(&fold(s));
    }
}

/// An ASCII `s` without the white space, leading "the" and trailing
/// possessive that [`fold`] drops: ASCII lower-cases byte for byte, so
/// cutting before lower-casing gives the same result. (Unicode
/// lower-casing may change lengths and depends on context, a final sigma,
/// so [`fold`] lower-cases first.)
fn cut_ascii(s: &str) -> &str {
    let s = trim_ascii_space(s);
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
    trim_ascii_space(s)
}

/// `str::trim` for ASCII text: the ASCII chars with Unicode's White_Space
/// property are tab to carriage return and the space.
fn trim_ascii_space(s: &str) -> &str {
    let space = |b: &u8| matches!(b, b'\t'..=b'\r' | b' ');
    let bytes = s.as_bytes();
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !space(b)).map_or(start, |e| e + 1);
    // Cut at ASCII bytes, so at char boundaries.
    s.get(start..end).unwrap_or_default()
}

/// Eight bytes with the ASCII capitals among them lower-cased.
fn ascii_lowercase(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Each byte's low seven bits plus an offset sets the byte's high bit
    // from 'A' up (and again from past 'Z'); no byte overflows.
    let low = word & !HIGH;
    let from_a = low + ONES * (0x80 - u64::from(b'A'));
    let past_z = low + ONES * (0x80 - u64::from(b'Z') - 1);
    let capitals = from_a & !past_z & !word & HIGH;
    word | (capitals >> 2)
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
    fn ascii_trim_is_unicode_trim() {
        for b in 0u8..0x80 {
            let s = format!("{c}a{c}", c = b as char);
            assert_eq!(trim_ascii_space(&s), s.trim(), "{b:#x}");
        }
    }

    #[test]
    fn eight_bytes_lower_case_as_ascii_does() {
        for start in (0u8..=248).step_by(8) {
            let bytes: [u8; 8] = std::array::from_fn(|k| start + k as u8);
            let lowered = ascii_lowercase(u64::from_le_bytes(bytes)).to_le_bytes();
            assert_eq!(lowered, bytes.map(|b| b.to_ascii_lowercase()));
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
        assert_eq!(aliases.find("INES HARBOUR"), Some(1));
    }
}
