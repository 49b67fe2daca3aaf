//! Every mention of a person, organization or place, in text order, for
//! the look-ups of the speaker rules ("which entities are named in this
//! phrase").
//!
//! The rules ask only for those three kinds, so mentions of other kinds are
//! not held. A long text holds tens of thousands of mentions, so each is
//! held in twelve bytes, with `u32` offsets and entity index; a text of
//! 4 GiB or more (or an entity list as long) keeps them at full width.

use crate::article::Span;
use crate::extract::{Entity, EntityType};

/// Bytes of text per bucket of the counting sort.
const BUCKET_BITS: u32 = 8;

/// Mentions in text order: by start, then end; mentions at the same span
/// keep entity order.
pub(super) struct Mentions {
    held: Held,
}

enum Held {
    Narrow(Vec<Narrow>),
    Wide(Vec<(Span, usize)>),
}

/// A mention in a text shorter than 4 GiB.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Narrow {
    start: u32,
    end: u32,
    entity: u32,
}

impl Narrow {
    fn get(&self) -> (Span, usize) {
        (Span::new(self.start as usize, self.end as usize), self.entity as usize)
    }
}

/// Mentions as (span, entity index), front to back.
pub(super) enum Iter<'a> {
    Narrow(std::slice::Iter<'a, Narrow>),
    Wide(std::slice::Iter<'a, (Span, usize)>),
}

impl Iterator for Iter<'_> {
    type Item = (Span, usize);

    fn next(&mut self) -> Option<(Span, usize)> {
        match self {
            Iter::Narrow(it) => it.next().map(Narrow::get),
            Iter::Wide(it) => it.next().copied(),
        }
    }
}

impl DoubleEndedIterator for Iter<'_> {
    fn next_back(&mut self) -> Option<(Span, usize)> {
        match self {
            Iter::Narrow(it) => it.next_back().map(Narrow::get),
            Iter::Wide(it) => it.next_back().copied(),
        }
    }
}

impl Mentions {
    pub fn new(text: &str, entities: &[Entity]) -> Mentions {
        let fits = |n: usize| u32::try_from(n).is_ok();
        if fits(text.len()) && fits(entities.len()) {
            Mentions::narrow(text, entities)
        } else {
            Mentions::wide(text, entities)
        }
    }

    fn narrow(text: &str, entities: &[Entity]) -> Mentions {
        // Both fit: checked by the caller.
        let make = |m: Span, e: usize| Narrow {
            start: m.start as u32,
            end: m.end as u32,
            entity: e as u32,
        };
        Mentions {
            held: Held::Narrow(in_text_order(text, entities, make, |n| {
                (n.start as usize, n.end as usize)
            })),
        }
    }

    fn wide(text: &str, entities: &[Entity]) -> Mentions {
        Mentions {
            held: Held::Wide(in_text_order(text, entities, |m, e| (m, e), |(m, _)| (m.start, m.end))),
        }
    }

    /// The mentions starting at or after byte `from` and before byte `to`.
    pub fn starting_within(&self, from: usize, to: usize) -> Iter<'_> {
        match &self.held {
            Held::Narrow(v) => {
                let a = v.partition_point(|n| (n.start as usize) < from);
                let b = v.partition_point(|n| (n.start as usize) < to).max(a);
                Iter::Narrow(v[a..b].iter())
            }
            Held::Wide(v) => {
                let a = v.partition_point(|(m, _)| m.start < from);
                let b = v.partition_point(|(m, _)| m.start < to).max(a);
                Iter::Wide(v[a..b].iter())
            }
        }
    }
}

/// Whether the speaker rules ask for mentions of this kind.
fn is_asked_for(kind: EntityType) -> bool {
    matches!(kind, EntityType::Person | EntityType::Organization | EntityType::Place)
}

/// Every mention within `text` of an entity of a kind asked for, made by
/// `make` from its span and entity index, in text order (`position` gives
/// the start and end of one made). A counting sort by position, then a sort
/// within each small bucket: linear in the number of mentions.
fn in_text_order<T: Copy + Default>(
    text: &str,
    entities: &[Entity],
    make: impl Fn(Span, usize) -> T,
    position: impl Fn(&T) -> (usize, usize),
) -> Vec<T> {
    let valid = |m: &&Span| m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end);
    let asked = || entities.iter().enumerate().filter(|(_, e)| is_asked_for(e.kind));
    let buckets = (text.len() >> BUCKET_BITS) + 1;
    // ends[b] counts bucket b, then holds where bucket b ends.
    let mut ends = vec![0usize; buckets];
    for (_, e) in asked() {
        for m in e.mentions.iter().filter(valid) {
            ends[m.start >> BUCKET_BITS] += 1;
        }
    }
    for b in 1..buckets {
        ends[b] += ends[b - 1];
    }
    let mut out = vec![T::default(); ends[buckets - 1]];
    // Filled from the back, the last entity first, so that each bucket
    // keeps entity order and `ends` ends up holding where buckets start.
    for (i, e) in asked().rev() {
        for &m in e.mentions.iter().filter(valid).rev() {
            let slot = &mut ends[m.start >> BUCKET_BITS];
            *slot -= 1;
            out[*slot] = make(m, i);
        }
    }
    let starts = ends;
    for b in 0..buckets {
        let end = starts.get(b + 1).copied().unwrap_or(out.len());
        let bucket = &mut out[starts[b]..end];
        if bucket.len() > 1 {
            // Stable: mentions at one span stay in entity order.
            bucket.sort_by_key(&position);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(id: usize, kind: EntityType, mentions: &[(usize, usize)]) -> Entity {
        Entity {
            id,
            name: String::new(),
            kind,
            aliases: Vec::new(),
            mentions: mentions.iter().map(|&(a, b)| Span::new(a, b)).collect(),
        }
    }

    fn entities() -> Vec<Entity> {
        vec![
            entity(0, EntityType::Person, &[(900, 905), (10, 20), (300, 310), (5000, 5001)]),
            entity(1, EntityType::Organization, &[(10, 14), (10, 20), (1999, 2000)]),
            entity(2, EntityType::Date, &[(11, 12), (300, 310)]),
            entity(3, EntityType::Place, &[(300, 310), (12, 13), (256, 260), (255, 256)]),
        ]
    }

    #[test]
    fn mentions_sort_by_position_then_entity() {
        let text = "x".repeat(2000);
        let entities = entities();
        let mut expected: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .filter(|(_, e)| is_asked_for(e.kind))
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
            .filter(|(m, _)| m.end <= text.len())
            .collect();
        expected.sort_by_key(|&(m, _)| (m.start, m.end));
        let found: Vec<_> = Mentions::new(&text, &entities).starting_within(0, text.len()).collect();
        assert_eq!(found, expected);
    }

    #[test]
    fn narrow_mentions_are_the_wide_ones() {
        let text = "x".repeat(2000);
        let entities = entities();
        let narrow = Mentions::narrow(&text, &entities);
        let wide = Mentions::wide(&text, &entities);
        assert!(matches!(narrow.held, Held::Narrow(_)) && matches!(wide.held, Held::Wide(_)));
        for (from, to) in [
            (0, 2000),
            (10, 11),
            (11, 300),
            (12, 12),
            (256, 2001),
            (300, 10),
            (2000, 6000),
        ] {
            let n: Vec<_> = narrow.starting_within(from, to).collect();
            let w: Vec<_> = wide.starting_within(from, to).collect();
            assert_eq!(n, w, "{from}..{to}");
            assert_eq!(
                narrow.starting_within(from, to).rev().collect::<Vec<_>>(),
                w.into_iter().rev().collect::<Vec<_>>()
            );
        }
    }
}
