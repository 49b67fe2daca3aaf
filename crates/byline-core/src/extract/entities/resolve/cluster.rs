//! A cluster of mentions that name one thing, kept small: on a long text
//! most names are met once, so a cluster holds its first surface, mention
//! and vote inline and allocates only for a second one.

use crate::article::Span;
use crate::extract::EntityType;

use super::super::classify::Strength;
use super::Item;
use super::names::{NameId, Names};

/// A list that most often holds one item, kept inline; the rest are
/// allocated on the second push. Order is the order of pushes.
#[derive(Debug)]
pub(super) struct Few<T> {
    first: Option<T>,
    // Boxed so that a cluster with one item stays small: the box is one
    // word where a `Vec` is three.
    #[allow(clippy::box_collection)]
    rest: Option<Box<Vec<T>>>,
}

impl<T> Default for Few<T> {
    fn default() -> Self {
        Few {
            first: None,
            rest: None,
        }
    }
}

impl<T: Copy> Few<T> {
    pub(super) fn push(&mut self, item: T) {
        match (&self.first, &mut self.rest) {
            (None, _) => self.first = Some(item),
            (Some(_), Some(rest)) => rest.push(item),
            (Some(_), rest @ None) => *rest = Some(Box::new(vec![item])),
        }
    }

    pub(super) fn iter(&self) -> impl DoubleEndedIterator<Item = T> + '_ {
        self.first
            .iter()
            .copied()
            .chain(self.rest.iter().flat_map(|r| r.iter().copied()))
    }

    pub(super) fn len(&self) -> usize {
        usize::from(self.first.is_some()) + self.rest.as_ref().map_or(0, |r| r.len())
    }

    pub(super) fn is_empty(&self) -> bool {
        self.first.is_none()
    }

    pub(super) fn extend(&mut self, other: Few<T>) {
        for item in other.iter() {
            self.push(item);
        }
    }

    pub(super) fn to_vec(&self) -> Vec<T> {
        let mut out = Vec::with_capacity(self.len());
        out.extend(self.iter());
        out
    }

    /// Moves the greatest item by `key` to the front (the first of equals
    /// stays where it is).
    fn move_max_first<K: Ord>(&mut self, key: impl Fn(&T) -> K) {
        let (Some(first), Some(rest)) = (&mut self.first, &mut self.rest) else {
            return;
        };
        let mut best: Option<usize> = None;
        for (i, item) in rest.iter().enumerate() {
            let current = best.map_or_else(|| key(first), |b| key(&rest[b]));
            if key(item) > current {
                best = Some(i);
            }
        }
        if let Some(b) = best {
            std::mem::swap(first, &mut rest[b]);
        }
    }

    fn iter_mut(&mut self) -> impl Iterator<Item = &mut T> {
        self.first
            .iter_mut()
            .chain(self.rest.iter_mut().flat_map(|r| r.iter_mut()))
    }
}

/// The strongest evidence and the number of mentions for each type a
/// cluster's mentions were given; a few entries, so a plain list.
#[derive(Debug, Default)]
pub(super) struct Votes(Few<(EntityType, Strength, u32)>);

impl Votes {
    pub(super) fn add(&mut self, kind: EntityType, strength: Strength, count: u32) {
        if let Some((_, s, n)) = self.0.iter_mut().find(|(k, _, _)| *k == kind) {
            *s = (*s).max(strength);
            *n += count;
        } else {
            self.0.push((kind, strength, count));
        }
        // The winning vote is kept first: a cluster's type is asked for
        // many times more often than it is voted on.
        self.0.move_max_first(|&(k, s, n)| (s, n, std::cmp::Reverse(k)));
    }

    /// The type with the strongest evidence, then the most mentions.
    pub(super) fn winner(&self) -> Option<EntityType> {
        self.0.first.map(|(k, _, _)| k)
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = (EntityType, Strength, u32)> + '_ {
        self.0.iter()
    }

    pub(super) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether no vote is stronger than `strength`.
    pub(super) fn all_at_most(&self, strength: Strength) -> bool {
        self.iter().all(|(_, s, _)| s <= strength)
    }

    /// Whether some vote is at least as strong as `strength`.
    pub(super) fn any_at_least(&self, strength: Strength) -> bool {
        self.iter().any(|(_, s, _)| s >= strength)
    }
}

#[derive(Debug, Default)]
pub(super) struct Cluster<'a> {
    /// Strongest evidence per type.
    pub(super) votes: Votes,
    /// Every form used, each once, in the order met.
    pub(super) surfaces: Few<NameId>,
    pub(super) mentions: Few<Span>,
    /// The canonical form the word lists gave, if any.
    pub(super) canonical: Option<&'a str>,
    /// The surface with the most words, whose words the name is matched on.
    longest: Option<NameId>,
    n_words: u32,
}

impl<'a> Cluster<'a> {
    /// Adds a mention written `surface` that contains the forms `parts`.
    pub(super) fn add(&mut self, m: &Item, surface: NameId, parts: &'a [String], names: &mut Names<'a>) {
        self.add_as(m, surface, m.strength, parts, names);
    }

    fn add_as(&mut self, m: &Item, surface: NameId, strength: Strength, parts: &'a [String], names: &mut Names<'a>) {
        if let Some(kind) = m.kind {
            self.votes.add(kind, strength, 1);
        }
        self.add_surface(surface);
        for p in parts {
            let id = names.intern(p);
            self.add_surface(id);
        }
        if m.words > self.n_words || self.longest.is_none() {
            let n = names.str(surface).split_whitespace().count();
            if n > self.n_words as usize {
                self.longest = Some(surface);
                self.n_words = n as u32;
            }
        }
        self.mentions.push(m.span);
    }

    /// Adds a short form of the name: its shape alone ("IE6" looks like an
    /// organization's acronym) does not outvote the full name's evidence.
    pub(super) fn add_short(&mut self, m: &Item, surface: NameId, parts: &'a [String], names: &mut Names<'a>) {
        let strength = if m.strength <= Strength::Shape {
            Strength::Weak
        } else {
            m.strength
        };
        self.add_as(m, surface, strength, parts, names);
    }

    pub(super) fn add_surface(&mut self, id: NameId) {
        if !self.surfaces.iter().any(|x| x == id) {
            self.surfaces.push(id);
        }
    }

    /// Takes in another cluster's surfaces and mentions.
    pub(super) fn absorb(&mut self, moved: Cluster<'a>) {
        for s in moved.surfaces.iter() {
            self.add_surface(s);
        }
        self.mentions.extend(moved.mentions);
    }

    pub(super) fn kind(&self) -> Option<EntityType> {
        self.votes.winner()
    }

    pub(super) fn first(&self) -> usize {
        self.mentions.iter().map(|s| s.start).min().unwrap_or(0)
    }

    /// The surface with the most words, if any.
    pub(super) fn longest(&self) -> Option<NameId> {
        self.longest
    }

    /// How many words the longest surface has.
    pub(super) fn word_count(&self) -> usize {
        self.n_words as usize
    }

    /// The words of the longest surface.
    pub(super) fn words(&self, names: &Names<'a>) -> std::str::SplitWhitespace<'a> {
        match self.longest {
            Some(id) => names.str(id).split_whitespace(),
            None => "".split_whitespace(),
        }
    }

    /// The words of the longest surface, collected into `buf`.
    pub(super) fn words_into(&self, names: &Names<'a>, buf: &mut Vec<&'a str>) {
        buf.clear();
        buf.extend(self.words(names));
    }

    /// The words of the longest surface joined by single spaces.
    pub(super) fn joined(&self, names: &Names<'a>, out: &mut String) {
        out.clear();
        for (i, w) in self.words(names).enumerate() {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The winner kept first is the vote a full search finds, whatever
    /// the order the votes came in.
    #[test]
    fn the_winning_vote_is_the_greatest() {
        let kinds = [
            EntityType::Person,
            EntityType::Organization,
            EntityType::Place,
            EntityType::Product,
            EntityType::Other,
        ];
        let strengths = [Strength::Weak, Strength::Shape, Strength::Context, Strength::Lexical];
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..500 {
            let mut votes = Votes::default();
            for _ in 0..(seed % 7) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let kind = kinds[(seed % 5) as usize];
                let strength = strengths[((seed >> 8) % 4) as usize];
                votes.add(kind, strength, 1 + ((seed >> 16) % 3) as u32);
                let searched = votes
                    .iter()
                    .max_by_key(|(k, s, n)| (*s, *n, std::cmp::Reverse(*k)))
                    .map(|(k, _, _)| k);
                assert_eq!(votes.winner(), searched);
            }
            seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        }
        assert_eq!(Votes::default().winner(), None);
    }
}
