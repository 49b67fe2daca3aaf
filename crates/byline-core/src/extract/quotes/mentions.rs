//! Every mention of every entity, in text order, for the look-ups of the
//! speaker rules ("which entities are named in this phrase").

use crate::article::Span;
use crate::extract::Entity;

/// Bytes of text per bucket of the counting sort.
const BUCKET_BITS: u32 = 8;

/// Every mention within `text` as (span, entity index), by start and then
/// end; mentions at the same span keep entity order. A counting sort by
/// position, then a sort within each small bucket: linear in the number of
/// mentions, which runs to tens of thousands in a long text.
pub(super) fn in_text_order(text: &str, entities: &[Entity]) -> Vec<(Span, usize)> {
    let valid = |m: &&Span| m.end <= text.len() && text.is_char_boundary(m.start) && text.is_char_boundary(m.end);
    let buckets = (text.len() >> BUCKET_BITS) + 1;
    // starts[b + 1] counts bucket b, then holds where bucket b + 1 starts.
    let mut starts = vec![0usize; buckets + 1];
    for e in entities {
        for m in e.mentions.iter().filter(valid) {
            starts[(m.start >> BUCKET_BITS) + 1] += 1;
        }
    }
    for b in 1..starts.len() {
        starts[b] += starts[b - 1];
    }
    let mut out = vec![(Span::new(0, 0), 0); starts[buckets]];
    let mut next = starts.clone();
    for (i, e) in entities.iter().enumerate() {
        for &m in e.mentions.iter().filter(valid) {
            let slot = &mut next[m.start >> BUCKET_BITS];
            out[*slot] = (m, i);
            *slot += 1;
        }
    }
    for b in 0..buckets {
        let bucket = &mut out[starts[b]..starts[b + 1]];
        if bucket.len() > 1 {
            bucket.sort_by_key(|&(m, _)| (m.start, m.end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::EntityType;

    #[test]
    fn mentions_sort_by_position_then_entity() {
        let text = "x".repeat(2000);
        let spans = |v: &[(usize, usize)]| v.iter().map(|&(a, b)| Span::new(a, b)).collect::<Vec<_>>();
        let entity = |id: usize, mentions: Vec<Span>| Entity {
            id,
            name: String::new(),
            kind: EntityType::Person,
            aliases: Vec::new(),
            mentions,
        };
        let entities = vec![
            entity(0, spans(&[(900, 905), (10, 20), (300, 310), (5000, 5001)])),
            entity(1, spans(&[(10, 14), (10, 20), (1999, 2000)])),
            entity(2, spans(&[(300, 310), (12, 13)])),
        ];
        let mut expected: Vec<(Span, usize)> = entities
            .iter()
            .enumerate()
            .flat_map(|(i, e)| e.mentions.iter().map(move |&m| (m, i)))
            .filter(|(m, _)| m.end <= text.len())
            .collect();
        expected.sort_by_key(|&(m, _)| (m.start, m.end));
        assert_eq!(in_text_order(&text, &entities), expected);
    }
}
