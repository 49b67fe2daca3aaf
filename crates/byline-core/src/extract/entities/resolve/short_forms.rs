//! How a short mention finds the full name it stands for: an acronym the
//! name's initials spell, a surname or short product name it ends, a given
//! name it starts, a head noun it is headed by. An index by those words
//! keeps each look-up to a handful of candidate clusters.

use std::hash::BuildHasher;

use crate::extract::EntityType;

use super::super::classify::is_acronym;
use super::buckets::{Buckets, caseless_hash};
use super::names::Names;
use super::{Cluster, Item, head_index, initials};

/// Clusters by the words short forms are matched on, so joining a short form
/// looks at a handful of clusters, not all of them. Hits by last word and
/// by initials are checked again, so a hash is their key.
pub(super) struct ClusterIndex<'a> {
    by_last_word: Buckets<u64>,
    by_initials: Buckets<u64>,
    by_head: Buckets<&'a str>,
    by_first_word: Buckets<&'a str>,
}

fn hash(s: &str) -> u64 {
    foldhash::fast::FixedState::with_seed(0).hash_one(s)
}

impl<'a> ClusterIndex<'a> {
    pub(super) fn new(clusters: &[Cluster<'a>], names: &Names<'a>) -> Self {
        let mut index = ClusterIndex {
            by_last_word: Buckets::new(),
            by_initials: Buckets::new(),
            by_head: Buckets::new(),
            by_first_word: Buckets::new(),
        };
        let (mut words, mut buf) = (Vec::new(), String::new());
        for (i, c) in clusters.iter().enumerate() {
            if c.word_count() < 2 || c.mentions.is_empty() {
                continue;
            }
            c.words_into(names, &mut words);
            if let Some(last) = words.last() {
                index.by_last_word.push(caseless_hash([*last], &mut buf), i);
            }
            initials(words.iter().copied(), &mut buf);
            index.by_initials.push(hash(&buf), i);
            index.by_head.push(words[head_index(&words)], i);
            index.by_first_word.push(words[0], i);
        }
        index
    }
}

/// The cluster a short mention, written `surface`, belongs to, if any.
pub(super) fn attach(
    clusters: &[Cluster],
    index: &ClusterIndex,
    names: &Names,
    m: &Item,
    surface: &str,
) -> Option<usize> {
    let ws: Vec<&str> = surface.split_whitespace().collect();
    let last = *ws.last()?;
    let mut buf = String::new();
    let acronym = ws.len() == 1 && is_acronym(ws[0]);
    if acronym {
        let letters: String = ws[0].chars().filter(|c| c.is_alphanumeric()).collect();
        let mut hits = index.by_initials.get(&hash(&letters)).filter(|&i| {
            initials(clusters[i].words(names), &mut buf);
            buf == letters
        });
        if let (Some(i), None) = (hits.next(), hits.next()) {
            return Some(i);
        }
    }
    // Surname or short name of a person or product: nearest before, else after.
    let suffix_of = |c: &Cluster| {
        matches!(c.kind(), Some(EntityType::Person | EntityType::Product))
            && c.word_count() > ws.len()
            && c.words(names)
                .skip(c.word_count() - ws.len())
                .zip(&ws)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
    };
    let mut best: Option<(bool, usize, usize)> = None;
    for i in index.by_last_word.get(&caseless_hash([last], &mut buf)) {
        let c = &clusters[i];
        if !suffix_of(c) {
            continue;
        }
        let before = c
            .mentions
            .iter()
            .filter(|s| s.start < m.span.start)
            .map(|s| s.start)
            .max();
        let rank = match before {
            Some(b) => (true, m.span.start - b, i),
            None => (false, c.first().saturating_sub(m.span.start), i),
        };
        let better = match best {
            None => true,
            Some((bb, bd, _)) => (rank.0 && !bb) || (rank.0 == bb && rank.1 < bd),
        };
        if better {
            best = Some(rank);
        }
    }
    if let Some((_, _, i)) = best {
        return Some(i);
    }
    // "Eloise" → the one person whose name starts with that given name.
    if ws.len() == 1 && m.kind.is_none_or(|k| k == EntityType::Person) {
        let mut hits = index
            .by_first_word
            .get(&ws[0])
            .filter(|&i| matches!(clusters[i].kind(), Some(EntityType::Person)));
        if let (Some(i), None) = (hits.next(), hits.next())
            && m.given_name
        {
            return Some(i);
        }
    }
    // "the Court" → the one organization headed by "Court".
    if ws.len() == 1 {
        let mut hits = index
            .by_head
            .get(&ws[0])
            .filter(|&i| matches!(clusters[i].kind(), Some(EntityType::Organization)));
        if let (Some(i), None) = (hits.next(), hits.next()) {
            return Some(i);
        }
    }
    None
}
