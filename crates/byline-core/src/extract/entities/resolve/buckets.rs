//! Clusters listed under keys (a last word, a head word, initials), so a
//! short form looks at a handful of clusters, not all of them.
//!
//! One table of links for all keys rather than a `Vec` per key: on a long
//! text most keys hold one cluster, and a `Vec` each would be an
//! allocation each.

use std::hash::{BuildHasher, Hash};

// Keys are names from the article; foldhash is several times faster than SipHash on them.
use foldhash::{HashMap, HashMapExt};

const END: u32 = u32::MAX;

pub(super) struct Buckets<K> {
    /// Key → (first link, last link).
    heads: HashMap<K, (u32, u32)>,
    /// (cluster, next link of the same key or [`END`]).
    links: Vec<(u32, u32)>,
}

impl<K: Hash + Eq> Buckets<K> {
    pub(super) fn new() -> Self {
        Buckets {
            heads: HashMap::new(),
            links: Vec::new(),
        }
    }

    /// Lists `cluster` under `key`, after those listed before.
    pub(super) fn push(&mut self, key: K, cluster: usize) {
        let at = self.links.len() as u32;
        self.links.push((cluster as u32, END));
        match self.heads.get_mut(&key) {
            Some((_, last)) => {
                self.links[*last as usize].1 = at;
                *last = at;
            }
            None => {
                self.heads.insert(key, (at, at));
            }
        }
    }

    /// The clusters listed under `key`, in the order they were listed.
    pub(super) fn get(&self, key: &K) -> impl Iterator<Item = usize> + '_ {
        let mut at = self.heads.get(key).map_or(END, |&(first, _)| first);
        std::iter::from_fn(move || {
            let &(cluster, next) = self.links.get(at as usize)?;
            at = next;
            Some(cluster as usize)
        })
    }
}

/// A hash of words joined by spaces with ASCII letters folded to
/// lowercase: words equal but for ASCII case hash alike. A key for lists
/// whose every hit is checked word by word, so a rare collision only adds
/// a candidate that the check turns away.
pub(super) fn caseless_hash<'w>(words: impl IntoIterator<Item = &'w str>, buf: &mut String) -> u64 {
    buf.clear();
    for (i, w) in words.into_iter().enumerate() {
        if i > 0 {
            buf.push(' ');
        }
        buf.push_str(w);
    }
    buf.make_ascii_lowercase();
    foldhash::fast::FixedState::with_seed(0).hash_one(buf.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_come_back_in_the_order_listed() {
        let mut b = Buckets::new();
        b.push("court", 4);
        b.push("bank", 1);
        b.push("court", 2);
        b.push("court", 9);
        assert_eq!(b.get(&"court").collect::<Vec<_>>(), vec![4, 2, 9]);
        assert_eq!(b.get(&"bank").collect::<Vec<_>>(), vec![1]);
        assert_eq!(b.get(&"museum").count(), 0);
    }

    #[test]
    fn ascii_case_does_not_change_the_hash() {
        let mut buf = String::new();
        let a = caseless_hash(["Supreme", "COURT"], &mut buf);
        let b = caseless_hash(["supreme", "Court"], &mut buf);
        let c = caseless_hash(["supreme court"], &mut buf);
        assert_eq!(a, b);
        assert_eq!(a, c);
        assert_ne!(a, caseless_hash(["supreme"], &mut buf));
    }
}
