//! Merging mentions into entities: one per real-world thing.
//!
//! Full names are settled first; then short forms join them: a surname joins
//! the person it ends ("Bukele" → "Nayib Bukele"), an acronym joins the name
//! whose initials it spells ("UIC" → "University of Illinois at Chicago"), a
//! head noun joins the one organization it heads ("the Court" → "Italian
//! Supreme Court of Cassation"), a variant joins its canonical form ("US" →
//! "United States").

// Keys are names from the article; foldhash is several times faster than SipHash on them.
use foldhash::{HashMap, HashMapExt};

use crate::article::Span;
use crate::extract::{Entity, EntityType};
use crate::lexicon::gazetteer::Gazetteer;

use super::classify::{Strength, Typed};

mod buckets;
mod cluster;
mod names;
mod repairs;
mod short_forms;
use buckets::{TableBuilder, caseless_hash, exact_hash};
use cluster::Cluster;
use names::{Names, norm_into};
use repairs::{merge_misspellings, type_product_lines};
use short_forms::{ClusterIndex, attach};

/// One name in the text. Its surface is `text[span]`, the text's own
/// words: nothing is copied per mention.
#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub typed: Typed,
    /// A sentence opener that is also a common word: it may join an entity
    /// named elsewhere but never starts one.
    pub weak: bool,
    /// Shorter forms the mention contains, kept as aliases ("Sunday").
    pub parts: Vec<String>,
    pub words: usize,
    /// The other form of the same name given beside it in brackets.
    pub alias_of: Option<Span>,
    /// A single word that is a known given name ("Eloise").
    pub given_name: bool,
}

/// Words of a name that spell an acronym: capitalized words, skipping
/// connectors ("University of Illinois at Chicago" → "UIC"); a version
/// number is kept whole ("Internet Explorer 6" → "IE6").
fn initials<'w>(words: impl IntoIterator<Item = &'w str>, out: &mut String) {
    out.clear();
    for w in words {
        if w.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(w);
        } else if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
            out.push(c);
        }
    }
}

/// The word a name is headed by: before "of"/"for"/"at", else the last.
fn head_index(words: &[&str]) -> usize {
    words
        .iter()
        .position(|w| matches!(*w, "of" | "for" | "at"))
        .and_then(|i| i.checked_sub(1))
        .unwrap_or(words.len().saturating_sub(1))
}

/// Whether `short` names the same thing as the longer `long` by being its
/// head with modifiers dropped ("Supreme Court" in "Italian Supreme Court
/// of Cassation"), never a part of it ("Kennedy Space Center" in "Kennedy
/// Space Center Visitor Complex").
fn is_head_form(short: &[&str], long: &[&str]) -> bool {
    if short.is_empty() || short.len() >= long.len() {
        return false;
    }
    let h = head_index(long);
    if h + 1 < short.len() {
        return false;
    }
    let start = h + 1 - short.len();
    long[start..=h]
        .iter()
        .zip(short)
        .all(|(a, b)| a.eq_ignore_ascii_case(b))
}

/// Builds entities from mentions in text order; `text` is the article's.
pub fn build(mentions: Vec<Mention>, text: &str, gaz: &Gazetteer) -> Vec<Entity> {
    let mut strings = Vec::new();
    let mut items = Vec::with_capacity(mentions.len());
    for m in mentions {
        items.push(Item::new(m, &mut strings));
    }
    resolve(items, &strings, text, gaz)
}

/// A mention as resolution keeps it: its strings (a canonical key, the
/// forms it contains) moved into one list the clusters borrow from, so
/// that the mentions can be let go before the entities are made.
struct Item {
    span: Span,
    alias_of: Option<Span>,
    kind: Option<EntityType>,
    strength: Strength,
    weak: bool,
    given_name: bool,
    words: u32,
    /// Index of the canonical key in the strings, or `u32::MAX`.
    key: u32,
    /// Range of the contained forms in the strings.
    parts: (u32, u32),
}

impl Item {
    fn new(m: Mention, strings: &mut Vec<String>) -> Item {
        let key = match m.typed.key {
            Some(k) => {
                strings.push(k);
                (strings.len() - 1) as u32
            }
            None => u32::MAX,
        };
        let first = strings.len() as u32;
        strings.extend(m.parts);
        Item {
            span: m.span,
            alias_of: m.alias_of,
            kind: m.typed.kind,
            strength: m.typed.strength,
            weak: m.weak,
            given_name: m.given_name,
            words: u32::try_from(m.words).unwrap_or(u32::MAX),
            key,
            parts: (first, strings.len() as u32),
        }
    }

    fn key<'s>(&self, strings: &'s [String]) -> Option<&'s str> {
        strings.get(self.key as usize).map(String::as_str)
    }

    fn parts<'s>(&self, strings: &'s [String]) -> &'s [String] {
        &strings[self.parts.0 as usize..self.parts.1 as usize]
    }
}

fn resolve<'a>(mentions: Vec<Item>, strings: &'a [String], text: &'a str, gaz: &Gazetteer) -> Vec<Entity> {
    // Each mention makes at most one cluster. The room is reserved once,
    // so the list is never copied as it grows (a large block's pages cost
    // memory only once written), and given back once resolution is done.
    let mut clusters: Vec<Cluster<'a>> = Vec::with_capacity(mentions.len());
    let mut names = Names::new();
    // Mentions the word lists gave a canonical form, by (type, lowercase form).
    let mut by_canonical: HashMap<(EntityType, &str), usize> = HashMap::new();
    let surface = |m: &Item| &text[m.span.start..m.span.end];
    let is_full = |m: &Item| {
        !m.weak && (m.key != u32::MAX || m.words >= 2 || (m.kind.is_some() && m.strength >= Strength::Context))
    };

    // Full names first, so short forms met earlier can still join them.
    for m in mentions.iter().filter(|m| is_full(m)) {
        // Canonical forms come from the word lists (or are lowercase date
        // keys), so their spelling is stable: no case folding needed.
        let canonical = match (m.key(strings), m.kind) {
            (Some(key), Some(kind)) => Some((kind, key)),
            _ => None,
        };
        let id = names.intern(surface(m));
        let surface_key = names.key(id);
        // "U.N." keyed "United Nations" joins the name written out in full,
        // met before or after it.
        let canonical_form = match canonical {
            Some((kind, key)) if kind != EntityType::Date => {
                let canonical = names.intern(key);
                Some(names.key(canonical))
            }
            _ => None,
        };
        let found = match &canonical {
            Some(c) => by_canonical.get(c).copied(),
            None => None,
        }
        .or_else(|| canonical_form.and_then(|f| names.owner(f)))
        .or_else(|| names.owner(surface_key))
        // "Paris" the person (a surname) and "Paris" the city stay apart.
        .filter(|&i| {
            let person = |k: Option<EntityType>| k == Some(EntityType::Person);
            let place = |k: Option<EntityType>| k == Some(EntityType::Place);
            let (a, b) = (clusters[i].kind(), m.kind);
            !(person(a) && place(b) || place(a) && person(b)) || m.strength < Strength::Context
        });
        let idx = found.unwrap_or_else(|| {
            clusters.push(Cluster::default());
            clusters.len() - 1
        });
        if clusters[idx].canonical.is_none() && m.kind == Some(EntityType::Place) {
            clusters[idx].canonical = m.key(strings);
        }
        clusters[idx].add(m, id, m.parts(strings), &mut names);
        if let Some(c) = canonical {
            by_canonical.entry(c).or_insert(idx);
        }
        names.claim(surface_key, idx);
        if let Some(f) = canonical_form {
            names.claim(f, idx);
        }
    }
    drop(by_canonical);
    merge_head_forms(&mut clusters, &mut names);

    // Then short forms and unknowns.
    let index = ClusterIndex::new(&clusters, &names);
    let mut normalized = String::new();
    for m in mentions.iter().filter(|m| !is_full(m)) {
        let id = names.intern(surface(m));
        let key = names.key(id);
        if let Some(i) = names.owner(key) {
            clusters[i].add(m, id, m.parts(strings), &mut names);
            continue;
        }
        let linked = m.alias_of.and_then(|a| {
            let alias = names.intern(&text[a.start..a.end]);
            names.owner(names.key(alias))
        });
        if let Some(i) = linked {
            clusters[i].add_short(m, id, m.parts(strings), &mut names);
            names.claim(key, i);
            continue;
        }
        if let Some(i) = attach(&clusters, &index, &names, m, surface(m)) {
            clusters[i].add_short(m, id, m.parts(strings), &mut names);
            names.claim(key, i);
            continue;
        }
        let keep = !m.weak
            && (m.kind.is_some() || {
                norm_into(surface(m), &mut normalized);
                !gaz.is_common_word(&normalized)
            });
        if keep {
            let mut c = Cluster::default();
            c.add(m, id, m.parts(strings), &mut names);
            if c.votes.is_empty() {
                c.votes.add(EntityType::Other, Strength::Weak, 1);
            }
            clusters.push(c);
            names.assign(key, clusters.len() - 1);
        }
    }
    drop(index);
    drop(mentions);
    clusters.shrink_to_fit();
    // A surname seen before its full name, or a two-word surname
    // ("Abrego Garcia"): merge the clusters.
    merge_short_person_clusters(&mut clusters, &names, gaz);
    type_product_lines(&mut clusters, &names);
    merge_misspellings(&mut clusters, &names);
    let names = names.into_surfaces();
    let mut entities = Vec::with_capacity(clusters.iter().filter(|c| makes_entity(c)).count());
    // Made from the last cluster back, so the list of clusters can shrink
    // as the list of entities grows.
    while let Some(c) = clusters.pop() {
        if let Some(e) = entity(c, &names) {
            entities.push(e);
        }
        if clusters.len() < clusters.capacity() / 2 {
            clusters.shrink_to_fit();
        }
    }
    entities.reverse();
    in_text_order(&mut entities);
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    entities
}

/// Puts entities in the order of their first mentions, those that start
/// together in the order they had. Their keys are sorted and the entities
/// swapped into place along the permutation's cycles: a stable sort of the
/// entities themselves would move each several times and borrow a buffer
/// of half of them, on a long text of new names tens of megabytes.
fn in_text_order(entities: &mut [Entity]) {
    let mut order: Vec<(usize, usize)> = entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.mentions.first().map_or(0, |s| s.start), i))
        .collect();
    order.sort_unstable();
    let mut from: Vec<usize> = order.into_iter().map(|(_, i)| i).collect();
    permute(entities, &mut from);
}

/// Reorders `items` so that position `k` holds what was at `from[k]`;
/// `from` is used up.
fn permute<T>(items: &mut [T], from: &mut [usize]) {
    const DONE: usize = usize::MAX;
    for start in 0..items.len() {
        // Walk the cycle through `start`, carrying its item along.
        let mut at = start;
        while from[at] != DONE {
            let next = from[at];
            from[at] = DONE;
            if next == start {
                break;
            }
            items.swap(at, next);
            at = next;
        }
    }
}

/// Whether a cluster makes an entity.
fn makes_entity(c: &Cluster) -> bool {
    let Some(kind) = c.kind().filter(|_| !c.mentions.is_empty()) else {
        return false;
    };
    // A name nothing types, met once, is more likely noise than a thing.
    let untyped = c.votes.iter().all(|(_, s, _)| s == Strength::Weak);
    !(untyped && kind == EntityType::Other && c.mentions.len() < 2)
}

/// The entity a cluster makes, if it makes one.
fn entity(c: Cluster, names: &[&str]) -> Option<Entity> {
    if !makes_entity(&c) {
        return None;
    }
    let kind = c.kind()?;
    let mut mentions = c.mentions.to_vec();
    mentions.sort();
    mentions.dedup();
    mentions.shrink_to_fit();
    let surfaces = || c.surfaces.iter().map(|id| names[id as usize]);
    let name = match c.canonical {
        Some(canon) => canon,
        None => surfaces()
            .max_by_key(|s| (s.split_whitespace().count(), s.len()))
            .unwrap_or_default(),
    };
    let mut aliases = Vec::with_capacity(c.surfaces.len() + usize::from(!surfaces().any(|s| s == name)));
    aliases.push(name.to_string());
    for s in surfaces() {
        if s != name {
            aliases.push(s.to_string());
        }
    }
    Some(Entity {
        id: 0,
        name: name.to_string(),
        kind,
        aliases,
        mentions,
    })
}

/// Merges an organization or place cluster into a longer one it is the head
/// form of, when exactly one such longer cluster exists.
fn merge_head_forms<'a>(clusters: &mut [Cluster<'a>], names: &mut Names<'a>) {
    // Longer names by each head form they contain ("supreme court",
    // "court" for "Italian Supreme Court of Cassation"): a short name finds
    // the names it is the head form of in one lookup. Every hit is checked
    // word by word ([`is_head_form`]), so a hash of the form is its key.
    let mut by_head = TableBuilder::default();
    let (mut words, mut buf) = (Vec::new(), String::new());
    for (j, c) in clusters.iter().enumerate() {
        if c.word_count() < 2 {
            continue;
        }
        c.words_into(names, &mut words);
        let h = head_index(&words);
        for k in 1..=(h + 1).min(4) {
            by_head.push(caseless_hash(words[h + 1 - k..=h].iter().copied(), &mut buf), j);
        }
    }
    let by_head = by_head.build();
    let (mut own, mut long) = (Vec::new(), Vec::new());
    let mut targets = Vec::new();
    for i in 0..clusters.len() {
        let kind = clusters[i].kind();
        if !matches!(kind, Some(EntityType::Organization | EntityType::Place))
            || clusters[i].canonical.is_some()
            || !(1..=4).contains(&clusters[i].word_count())
        {
            continue;
        }
        clusters[i].words_into(names, &mut own);
        targets.clear();
        for j in by_head.get(caseless_hash(own.iter().copied(), &mut buf)) {
            if j == i || targets.last() == Some(&j) {
                continue;
            }
            let t = &clusters[j];
            if t.mentions.is_empty() || !matches!(t.kind(), Some(EntityType::Organization | EntityType::Place)) {
                continue;
            }
            t.words_into(names, &mut long);
            if is_head_form(&own, &long) {
                targets.push(j);
            }
        }
        if let [j] = targets[..] {
            let moved = std::mem::take(&mut clusters[i]);
            for s in moved.surfaces.iter() {
                names.assign(names.key(s), j);
            }
            for (k, _, n) in moved.votes.iter() {
                clusters[j].votes.add(k, Strength::Weak, n);
            }
            clusters[j].absorb(moved);
        }
    }
}

/// Joins single-word person clusters into the full-name cluster they end
/// when the full name came later in the text ("Bukele" in a headline).
fn merge_short_person_clusters<'a>(clusters: &mut [Cluster<'a>], names: &Names<'a>, gaz: &Gazetteer) {
    // Full names of people by their last and first words, so each short
    // cluster looks at a handful of candidates. Every hit is checked word
    // by word, so a hash of the word is its key. (Merges here never change
    // a cluster's longest surface, so its words are those it was listed
    // under.)
    let mut by_last = TableBuilder::default();
    let mut by_first = TableBuilder::default();
    let mut buf = String::new();
    for (j, c) in clusters.iter().enumerate() {
        if c.word_count() >= 2 && matches!(c.kind(), Some(EntityType::Person)) {
            let mut words = c.words(names);
            let first = words.next().unwrap_or_default();
            if let Some(last) = words.next_back() {
                by_last.push(caseless_hash([last], &mut buf), j);
            }
            by_first.push(exact_hash(first), j);
        }
    }
    let (by_last, by_first) = (by_last.build(), by_first.build());
    let (mut short, mut long) = (Vec::new(), Vec::new());
    let mut targets = Vec::new();
    for i in 0..clusters.len() {
        let n = clusters[i].word_count();
        if n == 0 || n > 2 || clusters[i].mentions.is_empty() {
            continue;
        }
        // Only person-like short clusters: a surname or "Abrego Garcia".
        let guessed = clusters[i].votes.all_at_most(Strength::Shape);
        if !guessed && !matches!(clusters[i].kind(), None | Some(EntityType::Person | EntityType::Other)) {
            continue;
        }
        clusters[i].words_into(names, &mut short);
        targets.clear();
        let last = short.last().copied().unwrap_or_default();
        for j in by_last.get(caseless_hash([last], &mut buf)) {
            if j == i || clusters[j].word_count() <= n {
                continue;
            }
            clusters[j].words_into(names, &mut long);
            if long[long.len() - n..]
                .iter()
                .zip(&short)
                .all(|(a, b)| a.eq_ignore_ascii_case(b))
            {
                targets.push(j);
            }
        }
        // "said Eloise" after "Eloise Parry": a given name alone.
        if targets.is_empty() && n == 1 && gaz.given_name(short[0]).is_some() {
            let first = short[0];
            targets.extend(
                by_first
                    .get(exact_hash(first))
                    .filter(|&j| j != i && clusters[j].words(names).next() == Some(first)),
            );
        }
        // "Mohamed" after "Ahmed Mohamed", before his father "Mohamed
        // El-Hassan Mohamed" is named: the person introduced first.
        if targets.len() > 1 {
            let first = clusters[i].first();
            let mut before = targets.iter().copied().filter(|&j| clusters[j].first() < first);
            if let (Some(j), None) = (before.next(), before.next()) {
                targets.clear();
                targets.push(j);
            }
        }
        if let [j] = targets[..] {
            let moved = std::mem::take(&mut clusters[i]);
            clusters[j].absorb(moved);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<&str> {
        s.split_whitespace().collect()
    }

    fn initials_of(s: &str) -> String {
        let mut out = String::new();
        initials(s.split_whitespace(), &mut out);
        out
    }

    #[test]
    fn head_forms() {
        assert!(is_head_form(
            &ws("Supreme Court"),
            &ws("Italian Supreme Court of Cassation")
        ));
        assert!(is_head_form(
            &ws("Voorhees Center"),
            &ws("Nathalie P. Voorhees Center for Neighborhood and Community Improvement")
        ));
        assert!(!is_head_form(
            &ws("Kennedy Space Center"),
            &ws("Kennedy Space Center Visitor Complex")
        ));
    }

    #[test]
    fn permute_puts_each_item_where_it_is_asked_for() {
        // Multiplying by 7 (prime to every n here) permutes 0..n in cycles
        // of several lengths, with a fixed point or two.
        for n in [0usize, 1, 2, 9, 100] {
            let items: Vec<usize> = (0..n).map(|i| i * 10).collect();
            let from: Vec<usize> = (0..n).map(|k| (k * 7 + 3) % n).collect();
            let mut moved = items.clone();
            permute(&mut moved, &mut from.clone());
            let expected: Vec<usize> = from.iter().map(|&f| items[f]).collect();
            assert_eq!(moved, expected, "{n}");
        }
        let mut items = vec!['a', 'b', 'c', 'd'];
        permute(&mut items, &mut [2, 0, 3, 1]);
        assert_eq!(items, vec!['c', 'a', 'd', 'b']);
    }

    #[test]
    fn acronym_initials() {
        assert_eq!(initials_of("University of Illinois at Chicago"), "UIC");
        assert_eq!(initials_of("Kennedy Space Center"), "KSC");
        assert_eq!(initials_of("Falcon Rocket 9"), "FR9");
    }
}
