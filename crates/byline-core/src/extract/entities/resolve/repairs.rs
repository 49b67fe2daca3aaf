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
pub(super) fn merge_misspellings(clusters: &mut [Cluster]) {
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
        let targets: Vec<usize> = (0..clusters.len())
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
}
