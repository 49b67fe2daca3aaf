//! How a short mention finds the full name it stands for: an acronym the
//! name's initials spell, a surname or short product name it ends, a given
//! name it starts, a head noun it is headed by. An index by those words
//! keeps each look-up to a handful of candidate clusters.

use foldhash::{HashMap, HashMapExt};

use crate::extract::EntityType;

use super::{Cluster, Mention, head_index, initials, listed};

/// Clusters by the words short forms are matched on, so joining a short form
/// looks at a handful of clusters, not all of them.
pub(super) struct ClusterIndex {
    by_last_word: HashMap<String, Vec<usize>>,
    by_initials: HashMap<String, Vec<usize>>,
    by_head: HashMap<String, Vec<usize>>,
    by_first_word: HashMap<String, Vec<usize>>,
}

impl ClusterIndex {
    pub(super) fn new(clusters: &[Cluster]) -> Self {
        let mut index = ClusterIndex {
            by_last_word: HashMap::new(),
            by_initials: HashMap::new(),
            by_head: HashMap::new(),
            by_first_word: HashMap::new(),
        };
        for (i, c) in clusters.iter().enumerate() {
            if c.words.len() < 2 || c.mentions.is_empty() {
                continue;
            }
            if let Some(last) = c.words.last() {
                index.by_last_word.entry(last.to_lowercase()).or_default().push(i);
            }
            index.by_initials.entry(initials(&c.words)).or_default().push(i);
            index
                .by_head
                .entry(c.words[head_index(&c.words)].clone())
                .or_default()
                .push(i);
            index.by_first_word.entry(c.words[0].clone()).or_default().push(i);
        }
        index
    }
}

/// The cluster a short mention belongs to, if any.
pub(super) fn attach(clusters: &[Cluster], index: &ClusterIndex, m: &Mention) -> Option<usize> {
    let ws: Vec<String> = m.surface.split_whitespace().map(str::to_string).collect();
    let acronym = ws.len() == 1 && super::super::classify::is_acronym(&ws[0]);
    if acronym {
        let letters: String = ws[0].chars().filter(|c| c.is_alphanumeric()).collect();
        let hits = listed(&index.by_initials, &letters);
        if let [i] = hits[..] {
            return Some(i);
        }
    }
    let last = ws.last().map(|w| w.to_lowercase()).unwrap_or_default();
    // Surname or short name of a person or product: nearest before, else after.
    let suffix_of = |c: &Cluster| {
        matches!(c.kind(), Some(EntityType::Person | EntityType::Product))
            && c.words.len() > ws.len()
            && c.words[c.words.len() - ws.len()..]
                .iter()
                .zip(&ws)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
    };
    let mut best: Option<(bool, usize, usize)> = None;
    for &i in listed(&index.by_last_word, &last) {
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
    if ws.len() == 1 && m.typed.kind.is_none_or(|k| k == EntityType::Person) {
        let hits: Vec<usize> = listed(&index.by_first_word, &ws[0])
            .iter()
            .copied()
            .filter(|&i| matches!(clusters[i].kind(), Some(EntityType::Person)))
            .take(2)
            .collect();
        if let [i] = hits[..]
            && m.given_name
        {
            return Some(i);
        }
    }
    // "the Court" → the one organization headed by "Court".
    if ws.len() == 1 {
        let hits: Vec<usize> = listed(&index.by_head, &ws[0])
            .iter()
            .copied()
            .filter(|&i| matches!(clusters[i].kind(), Some(EntityType::Organization)))
            .collect();
        if let [i] = hits[..] {
            return Some(i);
        }
    }
    None
}
