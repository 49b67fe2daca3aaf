//! Repairs after mentions have merged: a misspelt name joins the name it
//! misspells, and a product line named without its version takes the
//! version's type.

use crate::extract::EntityType;

use super::super::cues;
use super::{Cluster, Strength};

/// "Untied Nations" once beside "United Nations": a name met once, one
/// typing slip away from a better-attested name of the same length in words
/// (and of the same type, unless only its shape typed it), is that name
/// misspelt.
///
/// Comparing every name with every other is quadratic, minutes on a long
/// text full of names, so the names that can be misspelt are found through
/// [`SlipIndex`] and only those few are compared.
pub(super) fn merge_misspellings(clusters: &mut [Cluster]) {
    // Only a name met more than once or typed by its context can be the
    // right spelling, and a merge only adds to a cluster that already
    // could: the index built now holds every cluster that ever can.
    let index = SlipIndex::new(clusters.iter().enumerate().filter(|(_, t)| {
        t.words.len() >= 2 && (t.mentions.len() > 1 || t.votes.0.iter().any(|(_, s, _)| *s >= Strength::Context))
    }));
    let mut nearby = Vec::new();
    for i in 0..clusters.len() {
        let c = &clusters[i];
        let guessed = c.votes.0.iter().all(|(_, s, _)| *s <= Strength::Shape);
        let kind = c.kind();
        if c.mentions.len() != 1 || c.words.len() < 2 || matches!(c.kind(), Some(EntityType::Person | EntityType::Date))
        {
            continue;
        }
        let name = c.words.join(" ");
        if name.len() < 8 {
            continue;
        }
        index.nearby(&name, &mut nearby);
        let targets: Vec<usize> = nearby
            .iter()
            .copied()
            .filter(|&j| {
                let t = &clusters[j];
                j != i
                    && (guessed || t.kind() == kind)
                    && t.words.len() == clusters[i].words.len()
                    && (t.mentions.len() > 1 || t.votes.0.iter().any(|(_, s, _)| *s >= Strength::Context))
                    && one_slip_apart(&name, &t.words.join(" "))
            })
            .collect();
        if let [j] = targets[..] {
            let moved = std::mem::replace(&mut clusters[i], Cluster::new());
            for s in moved.surfaces {
                if !clusters[j].surfaces.contains(&s) {
                    clusters[j].surfaces.push(s);
                }
            }
            clusters[j].mentions.extend(moved.mentions);
        }
    }
}

/// Names by the forms they take with one letter past the first dropped
/// (and as they are): two names one slip apart ([`one_slip_apart`]) always
/// share one of these forms, so looking a name's forms up finds every name
/// it may misspell, and a few that only share a hash.
struct SlipIndex {
    /// Hash of a form → the last entry of its chain in `entries`.
    heads: foldhash::HashMap<u64, u32>,
    /// (cluster, previous entry of the same form's chain, or `u32::MAX`).
    entries: Vec<(usize, u32)>,
}

impl SlipIndex {
    fn new<'c>(clusters: impl Iterator<Item = (usize, &'c Cluster)>) -> SlipIndex {
        let mut index = SlipIndex {
            heads: foldhash::HashMap::default(),
            entries: Vec::new(),
        };
        let mut buf = String::new();
        for (i, c) in clusters {
            let name = c.words.join(" ");
            for_each_form(&name, &mut buf, |h| {
                let next = u32::try_from(index.entries.len()).unwrap_or(u32::MAX);
                let previous = index.heads.insert(h, next).unwrap_or(u32::MAX);
                index.entries.push((i, previous));
            });
        }
        index
    }

    /// The clusters sharing a form with `name`, each once, in order.
    fn nearby(&self, name: &str, out: &mut Vec<usize>) {
        out.clear();
        let mut buf = String::new();
        for_each_form(name, &mut buf, |h| {
            let mut at = self.heads.get(&h).copied().unwrap_or(u32::MAX);
            while let Some(&(i, previous)) = self.entries.get(at as usize) {
                out.push(i);
                at = previous;
            }
        });
        out.sort_unstable();
        out.dedup();
    }
}

/// Calls `f` with the hash of `name` and of each form of it with one char
/// after the first left out.
fn for_each_form(name: &str, buf: &mut String, mut f: impl FnMut(u64)) {
    use std::hash::BuildHasher;
    let hasher = foldhash::fast::FixedState::with_seed(0);
    f(hasher.hash_one(name));
    for (k, c) in name.char_indices().skip(1) {
        buf.clear();
        buf.push_str(&name[..k]);
        buf.push_str(&name[k + c.len_utf8()..]);
        f(hasher.hash_one(buf.as_str()));
    }
}

/// Whether two names differ by one letter changed, added, dropped, or two
/// neighbours swapped ("Untied"/"United"), past their first letter.
fn one_slip_apart(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    if a == b || a.first() != b.first() {
        return false;
    }
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match ra.len() as isize - rb.len() as isize {
        0 => ra[1..] == rb[1..] || (ra.len() >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        1 => ra[1..] == *rb,
        -1 => *ra == rb[1..],
        _ => false,
    }
}

/// "Internet Explorer" beside "Internet Explorer 6": a name only guessed
/// at that is a product's name without its version is that product line.
pub(super) fn type_product_lines(clusters: &mut [Cluster]) {
    let lines: foldhash::HashSet<String> = clusters
        .iter()
        .filter(|c| c.kind() == Some(EntityType::Product) && c.words.len() >= 2)
        .filter(|c| c.words.last().is_some_and(|w| cues::is_version(w)))
        .map(|c| c.words[..c.words.len() - 1].join(" "))
        .collect();
    if lines.is_empty() {
        return;
    }
    for c in clusters.iter_mut() {
        let guessed = c.votes.0.iter().all(|(_, s, _)| *s <= Strength::Shape);
        if guessed && c.kind() != Some(EntityType::Product) && lines.contains(&c.words.join(" ")) {
            c.votes.add(EntityType::Product, Strength::Context, 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_slips() {
        assert!(one_slip_apart("Untied Nations", "United Nations"));
        assert!(one_slip_apart("Brazillian", "Brazilian"));
        assert!(one_slip_apart("World Bnk", "World Bank"));
        assert!(!one_slip_apart("Austria", "Australia"));
        assert!(!one_slip_apart("Iran", "Iraq Iran"));
    }

    /// Every pair one slip apart shares a form in the index, whichever the
    /// kind of slip, so the index never hides a misspelling.
    #[test]
    fn slip_forms_meet_for_every_kind_of_slip() {
        let pairs = [
            ("Untied Nations", "United Nations"),
            ("World Bnk", "World Bank"),
            ("Brazillian Senate", "Brazilian Senate"),
            ("Wrold Health", "World Health"),
            ("Zürich Kantonalbank", "Zürich Kantonalbnak"),
        ];
        for (a, b) in pairs {
            assert!(one_slip_apart(a, b), "{a} / {b}");
            let (mut fa, mut fb, mut buf) = (Vec::new(), Vec::new(), String::new());
            for_each_form(a, &mut buf, |h| fa.push(h));
            for_each_form(b, &mut buf, |h| fb.push(h));
            assert!(fa.iter().any(|h| fb.contains(h)), "{a} / {b}");
        }
    }
}
