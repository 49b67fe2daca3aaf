//! How a short mention finds the full name it stands for: an acronym the
//! name's initials spell, a surname or short product name it ends, a given
//! name it starts, a head noun it is headed by. An index by those words
//! keeps each look-up to a handful of candidate clusters.

use crate::extract::EntityType;

use super::super::classify::is_acronym;
use super::buckets::{ClusterTable, TableBuilder, caseless_hash, exact_hash};
use super::names::{NameId, Names};
use super::{Cluster, Item, head_index, initials};

/// Clusters by the words short forms are matched on, so joining a short form
/// looks at a handful of clusters, not all of them. Tables hold hashes, so
/// every hit is checked against the words the cluster was listed under.
pub(super) struct ClusterIndex {
    by_last_word: ClusterTable,
    by_initials: ClusterTable,
    by_head: ClusterTable,
    by_first_word: ClusterTable,
    /// The surface each cluster was listed under, by cluster ([`NOT_LISTED`]
    /// if none): a cluster's longest surface may grow after the index is
    /// made, and a hit must match the words it was listed under.
    listed_as: Vec<NameId>,
}

const NOT_LISTED: NameId = NameId::MAX;

impl ClusterIndex {
    pub(super) fn new(clusters: &[Cluster], names: &Names) -> Self {
        let indexed = |c: &&Cluster| c.word_count() >= 2 && !c.mentions.is_empty();
        let n = clusters.iter().filter(indexed).count();
        let mut by_last_word = TableBuilder::with_capacity(n);
        let mut by_initials = TableBuilder::with_capacity(n);
        let mut by_head = TableBuilder::with_capacity(n);
        let mut by_first_word = TableBuilder::with_capacity(n);
        let mut listed_as = vec![NOT_LISTED; clusters.len()];
        let (mut words, mut buf) = (Vec::new(), String::new());
        for (i, c) in clusters.iter().enumerate() {
            let Some(longest) = c.longest().filter(|_| indexed(&c)) else {
                continue;
            };
            listed_as[i] = longest;
            c.words_into(names, &mut words);
            if let Some(last) = words.last() {
                by_last_word.push(caseless_hash([*last], &mut buf), i);
            }
            initials(words.iter().copied(), &mut buf);
            by_initials.push(exact_hash(&buf), i);
            by_head.push(exact_hash(words[head_index(&words)]), i);
            by_first_word.push(exact_hash(words[0]), i);
        }
        ClusterIndex {
            by_last_word: by_last_word.build(),
            by_initials: by_initials.build(),
            by_head: by_head.build(),
            by_first_word: by_first_word.build(),
            listed_as,
        }
    }

    /// The words cluster `i` was listed under.
    fn listed_words<'a>(&self, i: usize, names: &Names<'a>) -> std::str::SplitWhitespace<'a> {
        match self.listed_as.get(i).copied().filter(|&id| id != NOT_LISTED) {
            Some(id) => names.str(id).split_whitespace(),
            None => "".split_whitespace(),
        }
    }

    /// Whether cluster `i` was listed under `word` as its last word
    /// (ASCII case aside), as its first word, or as its head word.
    fn listed_last(&self, i: usize, names: &Names, word: &str) -> bool {
        self.listed_words(i, names)
            .next_back()
            .is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    fn listed_first(&self, i: usize, names: &Names, word: &str) -> bool {
        self.listed_words(i, names).next() == Some(word)
    }

    fn listed_head(&self, i: usize, names: &Names, word: &str) -> bool {
        let words: Vec<&str> = self.listed_words(i, names).collect();
        !words.is_empty() && words[head_index(&words)] == word
    }

    fn listed_initials(&self, i: usize, names: &Names, letters: &str, buf: &mut String) -> bool {
        initials(self.listed_words(i, names), buf);
        buf == letters
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
        let mut hits = index.by_initials.get(exact_hash(&letters)).filter(|&i| {
            index.listed_initials(i, names, &letters, &mut buf) && {
                initials(clusters[i].words(names), &mut buf);
                buf == letters
            }
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
    for i in index.by_last_word.get(caseless_hash([last], &mut buf)) {
        let c = &clusters[i];
        if !index.listed_last(i, names, last) || !suffix_of(c) {
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
            .get(exact_hash(ws[0]))
            .filter(|&i| index.listed_first(i, names, ws[0]) && matches!(clusters[i].kind(), Some(EntityType::Person)));
        if let (Some(i), None) = (hits.next(), hits.next())
            && m.given_name
        {
            return Some(i);
        }
    }
    // "the Court" → the one organization headed by "Court".
    if ws.len() == 1 {
        let mut hits = index.by_head.get(exact_hash(ws[0])).filter(|&i| {
            index.listed_head(i, names, ws[0]) && matches!(clusters[i].kind(), Some(EntityType::Organization))
        });
        if let (Some(i), None) = (hits.next(), hits.next()) {
            return Some(i);
        }
    }
    None
}
