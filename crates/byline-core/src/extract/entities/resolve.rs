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

mod repairs;
mod short_forms;
use repairs::{merge_misspellings, type_product_lines};
use short_forms::{ClusterIndex, attach};

#[derive(Debug, Clone)]
pub struct Mention {
    pub span: Span,
    pub surface: String,
    pub typed: Typed,
    /// A sentence opener that is also a common word: it may join an entity
    /// named elsewhere but never starts one.
    pub weak: bool,
    /// Shorter forms the mention contains, kept as aliases ("Sunday").
    pub parts: Vec<String>,
    pub words: usize,
    /// The other form of the same name given beside it in brackets.
    pub alias_of: Option<String>,
    /// A single word that is a known given name ("Eloise").
    pub given_name: bool,
}

/// The strongest evidence and the number of mentions for each type a
/// cluster's mentions were given; a few entries, so a plain list.
#[derive(Debug, Default)]
struct Votes(Vec<(EntityType, Strength, u32)>);

impl Votes {
    fn add(&mut self, kind: EntityType, strength: Strength, count: u32) {
        match self.0.iter_mut().find(|(k, _, _)| *k == kind) {
            Some((_, s, n)) => {
                *s = (*s).max(strength);
                *n += count;
            }
            None => self.0.push((kind, strength, count)),
        }
    }
}

#[derive(Debug)]
struct Cluster {
    /// Strongest evidence per type.
    votes: Votes,
    surfaces: Vec<String>,
    mentions: Vec<Span>,
    /// The canonical form the word lists gave, if any.
    canonical: Option<String>,
    /// Words of the longest surface.
    words: Vec<String>,
}

impl Cluster {
    fn new() -> Self {
        Cluster {
            votes: Votes::default(),
            surfaces: Vec::new(),
            mentions: Vec::new(),
            canonical: None,
            words: Vec::new(),
        }
    }

    fn add(&mut self, m: &Mention) {
        self.add_as(m, m.typed.strength);
    }

    fn add_as(&mut self, m: &Mention, strength: Strength) {
        if let Some(kind) = m.typed.kind {
            self.votes.add(kind, strength, 1);
        }
        for s in std::iter::once(&m.surface).chain(&m.parts) {
            if !self.surfaces.iter().any(|x| x == s) {
                self.surfaces.push(s.clone());
            }
        }
        if m.words > self.words.len() || self.words.is_empty() {
            let ws: Vec<String> = m.surface.split_whitespace().map(str::to_string).collect();
            if ws.len() > self.words.len() {
                self.words = ws;
            }
        }
        self.mentions.push(m.span);
    }

    /// Adds a short form of the name: its shape alone ("IE6" looks like an
    /// organization's acronym) does not outvote the full name's evidence.
    fn add_short(&mut self, m: &Mention) {
        let strength = if m.typed.strength <= Strength::Shape {
            Strength::Weak
        } else {
            m.typed.strength
        };
        self.add_as(m, strength);
    }

    fn kind(&self) -> Option<EntityType> {
        self.votes
            .0
            .iter()
            .max_by_key(|(k, s, n)| (*s, *n, std::cmp::Reverse(*k)))
            .map(|(k, _, _)| *k)
    }

    fn first(&self) -> usize {
        self.mentions.iter().map(|s| s.start).min().unwrap_or(0)
    }
}

/// Lowercase, without a leading "the" or inner possessives ("New People's
/// Party" and "New People Party" are one name).
fn norm(s: &str) -> String {
    let s = s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s);
    let lower = s
        .to_lowercase()
        .replace('\u{a0}', " ")
        .replace("'s ", " ")
        .replace("’s ", " ");
    // "the Moon to Mars program" and "… initiative" name one programme.
    match ["program", "programme", "initiative"]
        .iter()
        .find_map(|p| lower.strip_suffix(p))
    {
        Some(stem) if stem.ends_with(' ') => stem.trim_end().to_string(),
        _ => lower,
    }
}

/// Normalized forms of surfaces, each worked out once: an article names the
/// same things again and again.
#[derive(Default)]
struct Norms<'a> {
    index: HashMap<&'a str, usize>,
    forms: Vec<String>,
}

impl<'a> Norms<'a> {
    fn of(&mut self, surface: &'a str) -> usize {
        if let Some(&i) = self.index.get(surface) {
            return i;
        }
        self.forms.push(norm(surface));
        self.index.insert(surface, self.forms.len() - 1);
        self.forms.len() - 1
    }
}

fn insert_absent(map: &mut HashMap<String, usize>, key: &str, idx: usize) {
    if !map.contains_key(key) {
        map.insert(key.to_string(), idx);
    }
}

/// Words of a name that spell an acronym: capitalized words, skipping
/// connectors ("University of Illinois at Chicago" → "UIC"); a version
/// number is kept whole ("Internet Explorer 6" → "IE6").
fn initials(words: &[String]) -> String {
    let mut out = String::new();
    for w in words {
        if w.bytes().all(|b| b.is_ascii_digit()) {
            out.push_str(w);
        } else if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
            out.push(c);
        }
    }
    out
}

/// The word a name is headed by: before "of"/"for"/"at", else the last.
fn head_index(words: &[String]) -> usize {
    words
        .iter()
        .position(|w| matches!(w.as_str(), "of" | "for" | "at"))
        .and_then(|i| i.checked_sub(1))
        .unwrap_or(words.len().saturating_sub(1))
}

/// Whether `short` names the same thing as the longer `long` by being its
/// head with modifiers dropped ("Supreme Court" in "Italian Supreme Court
/// of Cassation"), never a part of it ("Kennedy Space Center" in "Kennedy
/// Space Center Visitor Complex").
fn is_head_form(short: &[String], long: &[String]) -> bool {
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

/// Builds entities from mentions in text order.
pub fn build(mentions: Vec<Mention>, gaz: &Gazetteer) -> Vec<Entity> {
    let mut clusters: Vec<Cluster> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    // Mentions the word lists gave a canonical form, by (type, lowercase form).
    let mut by_canonical: HashMap<(EntityType, &str), usize> = HashMap::new();
    let mut norms = Norms::default();
    let is_full = |m: &Mention| {
        !m.weak
            && (m.typed.key.is_some()
                || m.words >= 2
                || (m.typed.kind.is_some() && m.typed.strength >= Strength::Context))
    };

    // Full names first, so short forms met earlier can still join them.
    for m in mentions.iter().filter(|m| is_full(m)) {
        // Canonical forms come from the word lists (or are lowercase date
        // keys), so their spelling is stable: no case folding needed.
        let canonical = match (&m.typed.key, m.typed.kind) {
            (Some(key), Some(kind)) => Some((kind, key.as_str())),
            _ => None,
        };
        let surface_key = norms.of(&m.surface);
        // "U.N." keyed "United Nations" joins the name written out in full,
        // met before or after it.
        let canonical_form = match canonical {
            Some((kind, key)) if kind != EntityType::Date => Some(norms.of(key)),
            _ => None,
        };
        let found = match &canonical {
            Some(c) => by_canonical.get(c).copied(),
            None => None,
        }
        .or_else(|| canonical_form.and_then(|f| by_key.get(&norms.forms[f]).copied()))
        .or_else(|| by_key.get(&norms.forms[surface_key]).copied())
        // "Paris" the person (a surname) and "Paris" the city stay apart.
        .filter(|&i| {
            let person = |k: Option<EntityType>| k == Some(EntityType::Person);
            let place = |k: Option<EntityType>| k == Some(EntityType::Place);
            let (a, b) = (clusters[i].kind(), m.typed.kind);
            !(person(a) && place(b) || place(a) && person(b)) || m.typed.strength < Strength::Context
        });
        let idx = found.unwrap_or_else(|| {
            clusters.push(Cluster::new());
            clusters.len() - 1
        });
        if clusters[idx].canonical.is_none() && m.typed.kind == Some(EntityType::Place) {
            clusters[idx].canonical = m.typed.key.clone();
        }
        clusters[idx].add(m);
        if let Some(c) = canonical {
            by_canonical.entry(c).or_insert(idx);
        }
        insert_absent(&mut by_key, &norms.forms[surface_key], idx);
        if let Some(f) = canonical_form {
            insert_absent(&mut by_key, &norms.forms[f], idx);
        }
    }
    merge_head_forms(&mut clusters, &mut by_key);

    // Then short forms and unknowns.
    let index = ClusterIndex::new(&clusters);
    for m in mentions.iter().filter(|m| !is_full(m)) {
        let ki = norms.of(&m.surface);
        let key = &norms.forms[ki];
        let linked = m.alias_of.as_deref().and_then(|a| by_key.get(&norm(a)));
        if let Some(&i) = by_key.get(key) {
            clusters[i].add(m);
            continue;
        }
        if let Some(&i) = linked {
            clusters[i].add_short(m);
            insert_absent(&mut by_key, key, i);
            continue;
        }
        if let Some(i) = attach(&clusters, &index, m) {
            clusters[i].add_short(m);
            insert_absent(&mut by_key, key, i);
            continue;
        }
        let key = key.clone();
        let keep = !m.weak && (m.typed.kind.is_some() || !gaz.is_common_word(&key));
        if keep {
            let mut c = Cluster::new();
            c.add(m);
            if c.votes.0.is_empty() {
                c.votes.add(EntityType::Other, Strength::Weak, 1);
            }
            clusters.push(c);
            by_key.insert(key, clusters.len() - 1);
        }
    }
    // A surname seen before its full name, or a two-word surname
    // ("Abrego Garcia"): merge the clusters.
    merge_short_person_clusters(&mut clusters, gaz);
    type_product_lines(&mut clusters);
    merge_misspellings(&mut clusters);

    let mut entities: Vec<Entity> = clusters
        .into_iter()
        .filter(|c| !c.mentions.is_empty())
        .filter_map(|mut c| {
            let kind = c.kind()?;
            // A name nothing types, met once, is more likely noise than a thing.
            let untyped = c.votes.0.iter().all(|(_, s, _)| *s == Strength::Weak);
            if untyped && kind == EntityType::Other && c.mentions.len() < 2 {
                return None;
            }
            c.mentions.sort();
            c.mentions.dedup();
            let name = match &c.canonical {
                Some(canon) => canon.clone(),
                None => c
                    .surfaces
                    .iter()
                    .max_by_key(|s| (s.split_whitespace().count(), s.len()))
                    .cloned()
                    .unwrap_or_default(),
            };
            let mut aliases = vec![name.clone()];
            for s in c.surfaces {
                if !aliases.contains(&s) {
                    aliases.push(s);
                }
            }
            Some(Entity {
                id: 0,
                name,
                kind,
                aliases,
                mentions: c.mentions,
            })
        })
        .collect();
    entities.sort_by_key(|e| e.mentions.first().map_or(0, |s| s.start));
    for (i, e) in entities.iter_mut().enumerate() {
        e.id = i;
    }
    entities
}

/// Merges an organization or place cluster into a longer one it is the head
/// form of, when exactly one such longer cluster exists.
fn merge_head_forms(clusters: &mut [Cluster], by_key: &mut HashMap<String, usize>) {
    // Longer names by each head form they contain ("supreme court",
    // "court" for "Italian Supreme Court of Cassation"): a short name finds
    // the names it is the head form of in one lookup.
    let mut by_head: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, c) in clusters.iter().enumerate() {
        if c.words.len() < 2 {
            continue;
        }
        let h = head_index(&c.words);
        for k in 1..=(h + 1).min(4) {
            let form = c.words[h + 1 - k..=h].join(" ").to_lowercase();
            by_head.entry(form).or_default().push(j);
        }
    }
    for i in 0..clusters.len() {
        let kind = clusters[i].kind();
        if !matches!(kind, Some(EntityType::Organization | EntityType::Place)) || clusters[i].canonical.is_some() {
            continue;
        }
        let own = clusters[i].words.join(" ").to_lowercase();
        let targets: Vec<usize> = listed(&by_head, &own)
            .iter()
            .copied()
            .filter(|&j| {
                j != i
                    && !clusters[j].mentions.is_empty()
                    && matches!(clusters[j].kind(), Some(EntityType::Organization | EntityType::Place))
                    && is_head_form(&clusters[i].words, &clusters[j].words)
            })
            .collect();
        if let [j] = targets[..] {
            let moved = std::mem::replace(&mut clusters[i], Cluster::new());
            for s in &moved.surfaces {
                by_key.insert(norm(s), j);
                if !clusters[j].surfaces.contains(s) {
                    clusters[j].surfaces.push(s.clone());
                }
            }
            clusters[j].mentions.extend(moved.mentions);
            for (k, _, n) in moved.votes.0 {
                clusters[j].votes.add(k, Strength::Weak, n);
            }
        }
    }
}

fn listed<'m>(map: &'m HashMap<String, Vec<usize>>, key: &str) -> &'m [usize] {
    map.get(key).map_or(&[], Vec::as_slice)
}

/// Joins single-word person clusters into the full-name cluster they end
/// when the full name came later in the text ("Bukele" in a headline).
fn merge_short_person_clusters(clusters: &mut [Cluster], gaz: &Gazetteer) {
    // Full names of people by their last and first words, so each short
    // cluster looks at a handful of candidates.
    let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
    for (j, c) in clusters.iter().enumerate() {
        if c.words.len() >= 2 && matches!(c.kind(), Some(EntityType::Person)) {
            if let Some(last) = c.words.last() {
                by_last.entry(last.to_lowercase()).or_default().push(j);
            }
            by_first.entry(c.words[0].clone()).or_default().push(j);
        }
    }
    for i in 0..clusters.len() {
        let short = clusters[i].words.clone();
        if short.is_empty() || short.len() > 2 || clusters[i].mentions.is_empty() {
            continue;
        }
        // Only person-like short clusters: a surname or "Abrego Garcia".
        let guessed = clusters[i].votes.0.iter().all(|(_, s, _)| *s <= Strength::Shape);
        if !guessed && !matches!(clusters[i].kind(), None | Some(EntityType::Person | EntityType::Other)) {
            continue;
        }
        let last = short.last().map(|w| w.to_lowercase()).unwrap_or_default();
        let mut targets: Vec<usize> = listed(&by_last, &last)
            .iter()
            .copied()
            .filter(|&j| {
                j != i
                    && clusters[j].words.len() > short.len()
                    && clusters[j].words[clusters[j].words.len() - short.len()..]
                        .iter()
                        .zip(&short)
                        .all(|(a, b)| a.eq_ignore_ascii_case(b))
            })
            .collect();
        // "said Eloise" after "Eloise Parry": a given name alone.
        if targets.is_empty() && short.len() == 1 && gaz.given_name(&short[0]).is_some() {
            targets = listed(&by_first, &short[0])
                .iter()
                .copied()
                .filter(|&j| j != i)
                .collect();
        }
        // "Mohamed" after "Ahmed Mohamed", before his father "Mohamed
        // El-Hassan Mohamed" is named: the person introduced first.
        if targets.len() > 1 {
            let first = clusters[i].first();
            let before: Vec<usize> = targets
                .iter()
                .copied()
                .filter(|&j| clusters[j].first() < first)
                .collect();
            if let [j] = before[..] {
                targets = vec![j];
            }
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
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
    fn acronym_initials() {
        assert_eq!(initials(&ws("University of Illinois at Chicago")), "UIC");
        assert_eq!(initials(&ws("Kennedy Space Center")), "KSC");
        assert_eq!(initials(&ws("Falcon Rocket 9")), "FR9");
    }
}
