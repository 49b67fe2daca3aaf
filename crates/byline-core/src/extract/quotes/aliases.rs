//! From a name written in a speaker phrase to the person or organization it
//! is an alias of.
//!
//! Most articles look up only a few names, while a long one may hold tens
//! of thousands of aliases, so the index is built on the first look-up and
//! holds, for each alias of a person or organization, 32 bits of the hash of
//! its case-folded form and the entity's index, packed in one `u64` in an
//! open-addressing table a quarter larger than the aliases: ten bytes an
//! alias, no copy of it. A look-up confirms each hit against the entity's
//! own aliases, so two aliases sharing a hash cost only a second comparison.

use std::cell::OnceCell;
use std::hash::{BuildHasher, Hasher};

// Keys are hashes already; foldhash is several times faster than SipHash.
use foldhash::fast::FixedState;

use crate::extract::{Entity, EntityType};
use crate::lexicon::bytes::ascii_lowercase;

/// Bits of an index entry holding the entity; the hash is above them.
const ENTITY_BITS: u32 = 32;

/// An index slot holding no entry: no entity has the index `u32::MAX`.
const EMPTY: u64 = u64::MAX;

pub(super) struct Aliases<'a> {
    entities: &'a [Entity],
    hasher: FixedState,
    /// The bits of the folded hash kept in the index (fewer only in tests,
    /// to make aliases share hashes).
    hash_mask: u64,
    /// Slots of `hash << ENTITY_BITS | entity`, one for each alias of a
    /// person or body, placed by linear probing from the slot the hash
    /// points at; `None` when entity indexes do not fit their bits or the
    /// slots outnumber what a 32-bit hash addresses, and look-ups read
    /// every entity.
    index: OnceCell<Option<Vec<u64>>>,
}

impl<'a> Aliases<'a> {
    pub fn new(entities: &'a [Entity]) -> Aliases<'a> {
        Aliases::with_hash_mask(entities, u64::from(u32::MAX))
    }

    fn with_hash_mask(entities: &'a [Entity], hash_mask: u64) -> Aliases<'a> {
        Aliases {
            entities,
            hasher: FixedState::default(),
            hash_mask,
            index: OnceCell::new(),
        }
    }

    /// The first person or organization with an alias (or name) that
    /// case-folds as `name` does.
    pub fn find(&self, name: &str) -> Option<usize> {
        let Some(index) = self.index.get_or_init(|| self.build()) else {
            return self.scan(name);
        };
        let hash = self.key_hash(name);
        let mut hits = probe(index, hash).filter(|&k| k >> ENTITY_BITS == hash).peekable();
        hits.peek()?;
        let mut key = String::new();
        fold_into(name, &mut key);
        let mut scratch = String::new();
        // Entries of one hash lie along the probe in the order they were
        // placed, which is entity order, and every entity with an alias
        // folding to `key` has one: the first that folds so is the answer.
        hits.map(|k| (k & u64::from(u32::MAX)) as usize)
            .find(|&e| self.folds_to(e, &key, &mut scratch))
    }

    /// What [`Aliases::find`] answers, read from every entity in order.
    fn scan(&self, name: &str) -> Option<usize> {
        let mut key = String::new();
        fold_into(name, &mut key);
        let mut scratch = String::new();
        (0..self.entities.len()).find(|&e| self.can_speak(e) && self.folds_to(e, &key, &mut scratch))
    }

    fn build(&self) -> Option<Vec<u64>> {
        // Entity indexes must fit their bits and never make an entry EMPTY.
        if u64::try_from(self.entities.len()).ok()? >= u64::from(u32::MAX) {
            return None;
        }
        let speaking = || self.entities.iter().enumerate().filter(|&(i, _)| self.can_speak(i));
        // The name is usually one of the aliases already: looking costs less
        // than hashing it again.
        let own_name = |e: &Entity| !e.aliases.contains(&e.name);
        let entries: usize = speaking()
            .map(|(_, e)| e.aliases.len() + usize::from(own_name(e)))
            .sum();
        // A slot at least always empty, so that every probe ends; no more
        // slots than a 32-bit hash scales to without overflow.
        let slots = entries + entries / 4 + 1;
        if u64::try_from(slots).ok()? > u64::from(u32::MAX) {
            return None;
        }
        let mut index = vec![EMPTY; slots];
        for (i, e) in speaking() {
            let name = own_name(e).then_some(&e.name);
            for a in e.aliases.iter().chain(name) {
                let entry = self.key_hash(a) << ENTITY_BITS | i as u64;
                let len = index.len();
                let mut slot = home(len, entry >> ENTITY_BITS);
                // An entry already there (an entity's two aliases folding
                // alike) is not placed twice.
                while index[slot] != EMPTY && index[slot] != entry {
                    slot = (slot + 1) % len;
                }
                index[slot] = entry;
            }
        }
        Some(index)
    }

    /// The bits of the folded hash of `s` kept in the index.
    fn key_hash(&self, s: &str) -> u64 {
        (self.folded_hash(s) >> ENTITY_BITS) & self.hash_mask
    }

    /// A hash of `s` folded, computed without building the folded form
    /// when `s` is ASCII. It reads the folded form's length and its first
    /// and last eight bytes, lower-cased as words, and no more: all of a
    /// name up to sixteen bytes, and enough of a longer one to tell it from
    /// nearly every other, since each hit is confirmed anyway. (Hashing
    /// every byte cost most of the index's making.)
    fn folded_hash(&self, s: &str) -> u64 {
        let folded;
        let bytes = if s.is_ascii() {
            cut_ascii(s).as_bytes()
        } else {
            folded = fold(s);
            folded.as_bytes()
        };
        let (head, tail) = match bytes.len() {
            // Read at full width: two words, which may overlap.
            n if n >= 8 => (
                word(bytes.first_chunk::<8>().copied()),
                word(bytes.last_chunk::<8>().copied()),
            ),
            _ => {
                let mut padded = [0u8; 8];
                padded[..bytes.len()].copy_from_slice(bytes);
                (word(Some(padded)), 0)
            }
        };
        let mut hasher = self.hasher.build_hasher();
        hasher.write_u64(ascii_lowercase(head));
        hasher.write_u64(ascii_lowercase(tail));
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
    // Most names have nothing to cut: no space at either end, no "the"
    // (it starts with a 't'), no possessive (it ends with an 's').
    if let (Some(&first), Some(&last)) = (s.as_bytes().first(), s.as_bytes().last())
        && !matches!(first, b'\t'..=b'\r' | b' ' | b't' | b'T')
        && !matches!(last, b'\t'..=b'\r' | b' ' | b's' | b'S')
    {
        return s;
    }
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

/// Eight bytes as a little-endian word (none as zero).
fn word(bytes: Option<[u8; 8]>) -> u64 {
    bytes.map_or(0, u64::from_le_bytes)
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

/// The slot of an index of `len` slots where entries of `hash` (32 bits)
/// start: the hash scaled to the length, which need not be a power of two.
fn home(len: usize, hash: u64) -> usize {
    ((hash * len as u64) >> ENTITY_BITS) as usize
}

/// The entries of `index` from where `hash`'s start to the first empty
/// slot: every entry of `hash` is among them, in the order placed.
fn probe(index: &[u64], hash: u64) -> impl Iterator<Item = u64> + '_ {
    let start = home(index.len(), hash);
    index[start..]
        .iter()
        .chain(&index[..start])
        .copied()
        .take_while(|&k| k != EMPTY)
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
            "Ines Harbour",
            "Tess",
            "x ",
            "\tVance",
            "Harbour's ",
            "Cass",
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

    #[test]
    fn names_folding_alike_hash_alike() {
        let aliases = Aliases::new(&[]);
        let hash = |s: &str| aliases.folded_hash(s);
        for (a, b) in [
            ("The Harbour Board's", "harbour board"),
            ("  the  Water Board ", "WATER BOARD"),
            ("Ada", "ADA's"),
            ("", "the"),
            (
                "Ministry of Health and Social Care",
                "the ministry of health and social care’s",
            ),
            ("ΟΔΥΣΣΕΑΣ", "οδυσσεας"),
            ("Théa Vance's", "THÉA VANCE"),
        ] {
            assert_eq!(fold(a) == fold(b), hash(a) == hash(b), "{a:?} {b:?}");
        }
        // Names differing only in their middle bytes share a hash: hits are
        // confirmed, so that costs a comparison, not a wrong answer.
        assert_eq!(
            hash("Ministry of Health of Ruritania"),
            hash("Ministry of Wealth of Ruritania")
        );
        assert_ne!(hash("Ines Harbour"), hash("Ines Harbor"));
    }

    #[test]
    fn index_finds_what_reading_every_entity_finds() {
        let kinds = [EntityType::Person, EntityType::Organization, EntityType::Place];
        let names = [
            "Ines Harbour",
            "Harbour",
            "the Harbour Board",
            "Board",
            "Vance",
            "Théa Vance",
            "ΟΔΥΣΣΕΑΣ",
        ];
        let entities: Vec<Entity> = (0..40)
            .map(|i| {
                let a = names[i % names.len()];
                let b = names[(i * 3 + 1) % names.len()];
                entity(i, a, kinds[i % kinds.len()], &[a, b])
            })
            .collect();
        let asked = [
            "harbour's",
            "THE HARBOUR BOARD",
            "board",
            "théa vance",
            "οδυσσεας",
            "Nobody",
            "vance's",
            "",
        ];
        // Two bits of hash: most aliases share one, so hits are confirmed;
        // in the top bits, runs of entries also wrap past the table's end.
        for mask in [0b11, 0xC000_0000, u64::from(u32::MAX)] {
            let aliases = Aliases::with_hash_mask(&entities, mask);
            for name in asked {
                assert_eq!(
                    aliases.find(name),
                    aliases.scan(name),
                    "{name:?} with hash mask {mask:#x}"
                );
            }
        }
        assert_eq!(Aliases::new(&entities).find("board"), Some(3));
    }
}
