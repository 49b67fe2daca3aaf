//! The names an article uses, each kept once: a surface is borrowed from
//! the article text (or from the mention that holds it) and numbered, and
//! its normalized form, the key mentions merge on, is worked out and stored
//! once per distinct surface rather than once per mention.

use std::hash::BuildHasher;

// Keys are names from the article; foldhash is several times faster than SipHash on them.
use foldhash::{HashMap, HashMapExt};

/// A distinct surface, numbered in the order met.
pub(super) type NameId = u32;

/// A distinct normalized form ([`norm_into`]).
pub(super) type KeyId = u32;

const NO_CLUSTER: u32 = u32::MAX;

/// Names and keys are found by a hash of their text and checked against
/// it: a map of hashes holds no copy of the text. Two texts that share a
/// hash (next to never) go to a second map by the text itself.
pub(super) struct Names<'a> {
    ids: HashMap<u64, NameId>,
    ids_shared: HashMap<&'a str, NameId>,
    /// Each surface and the key of its normalized form.
    names: Vec<(&'a str, KeyId)>,
    keys: HashMap<u64, KeyId>,
    keys_shared: HashMap<Box<str>, KeyId>,
    /// The first surface of each key, whose normalized form is the key's.
    key_surfaces: Vec<NameId>,
    /// The cluster each key belongs to, or [`NO_CLUSTER`].
    owners: Vec<u32>,
    buf: String,
    other: String,
}

fn hash(s: &str) -> u64 {
    foldhash::fast::FixedState::with_seed(0).hash_one(s)
}

impl<'a> Names<'a> {
    pub(super) fn new() -> Self {
        Names {
            ids: HashMap::new(),
            ids_shared: HashMap::new(),
            names: Vec::new(),
            keys: HashMap::new(),
            keys_shared: HashMap::new(),
            key_surfaces: Vec::new(),
            owners: Vec::new(),
            buf: String::new(),
            other: String::new(),
        }
    }

    /// The number of `surface`, given one the first time it is met.
    pub(super) fn intern(&mut self, surface: &'a str) -> NameId {
        let h = hash(surface);
        let id = self.names.len() as NameId;
        match self.ids.get(&h) {
            Some(&known) if self.names[known as usize].0 == surface => return known,
            Some(_) => match self.ids_shared.get(surface) {
                Some(&known) => return known,
                None => {
                    self.ids_shared.insert(surface, id);
                }
            },
            None => {
                self.ids.insert(h, id);
            }
        }
        norm_into(surface, &mut self.buf);
        let key = self.key_of_normalized(id);
        self.names.push((surface, key));
        id
    }

    /// The key of the form in `self.buf`, first met as surface `id`.
    fn key_of_normalized(&mut self, id: NameId) -> KeyId {
        let h = hash(&self.buf);
        let fresh = self.owners.len() as KeyId;
        match self.keys.get(&h) {
            Some(&known) => {
                let first = self.key_surfaces[known as usize];
                norm_into(self.names[first as usize].0, &mut self.other);
                if self.other == self.buf {
                    return known;
                }
                if let Some(&shared) = self.keys_shared.get(self.buf.as_str()) {
                    return shared;
                }
                self.keys_shared.insert(self.buf.as_str().into(), fresh);
            }
            None => {
                self.keys.insert(h, fresh);
            }
        }
        self.key_surfaces.push(id);
        self.owners.push(NO_CLUSTER);
        fresh
    }

    pub(super) fn str(&self, id: NameId) -> &'a str {
        self.names[id as usize].0
    }

    /// The key of a surface's normalized form.
    pub(super) fn key(&self, id: NameId) -> KeyId {
        self.names[id as usize].1
    }

    /// The cluster that holds the key, if any.
    pub(super) fn owner(&self, key: KeyId) -> Option<usize> {
        let c = self.owners[key as usize];
        (c != NO_CLUSTER).then_some(c as usize)
    }

    /// Gives the key to a cluster unless one holds it already.
    pub(super) fn claim(&mut self, key: KeyId, cluster: usize) {
        let c = &mut self.owners[key as usize];
        if *c == NO_CLUSTER {
            *c = cluster as u32;
        }
    }

    /// The surfaces by number, once nothing more is looked up.
    pub(super) fn into_surfaces(self) -> Vec<&'a str> {
        let Names { names, .. } = self;
        names.into_iter().map(|(s, _)| s).collect()
    }

    /// Gives the key to a cluster, whichever held it before.
    pub(super) fn assign(&mut self, key: KeyId, cluster: usize) {
        self.owners[key as usize] = cluster as u32;
    }
}

/// Lowercase, without a leading "the" or inner possessives ("New People's
/// Party" and "New People Party" are one name), written into `out`.
pub(super) fn norm_into(s: &str, out: &mut String) {
    out.clear();
    let s = s.strip_prefix("the ").or_else(|| s.strip_prefix("The ")).unwrap_or(s);
    if s.is_ascii() {
        out.push_str(s);
        out.make_ascii_lowercase();
    } else {
        // Full Unicode rules (a final sigma lowercases differently).
        out.push_str(&s.to_lowercase());
    }
    // A byte test first: a substring search costs more to set up than most
    // names are long.
    if !out.is_ascii() || out.as_bytes().contains(&b'\'') && out.contains("'s ") {
        let replaced = out.replace('\u{a0}', " ").replace("'s ", " ").replace("’s ", " ");
        *out = replaced;
    }
    // "the Moon to Mars program" and "… initiative" name one programme.
    let stem = ["program", "programme", "initiative"]
        .iter()
        .find_map(|p| out.strip_suffix(p))
        .filter(|stem| stem.ends_with(' '))
        .map(|stem| stem.trim_end().len());
    if let Some(len) = stem {
        out.truncate(len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> String {
        let mut out = String::new();
        norm_into(s, &mut out);
        out
    }

    #[test]
    fn normalized_forms() {
        assert_eq!(norm("The New People's Party"), "new people party");
        assert_eq!(norm("New People’s Party"), "new people party");
        assert_eq!(norm("San\u{a0}Diego"), "san diego");
        assert_eq!(norm("the Moon to Mars program"), "moon to mars");
        assert_eq!(norm("Moon to Mars initiative"), "moon to mars");
        assert_eq!(norm("Deprogram"), "deprogram");
        assert_eq!(norm("ΟΔΥΣΣΕΥΣ"), "οδυσσευς");
    }

    #[test]
    fn one_key_per_normalized_form() {
        let mut names = Names::new();
        let a = names.intern("United Nations");
        let b = names.intern("the United Nations");
        let c = names.intern("United Nations");
        assert_eq!(a, c);
        assert_ne!(a, b);
        assert_eq!(names.key(a), names.key(b));
        names.claim(names.key(a), 3);
        names.claim(names.key(b), 5);
        assert_eq!(names.owner(names.key(b)), Some(3));
        names.assign(names.key(b), 5);
        assert_eq!(names.owner(names.key(a)), Some(5));
    }
}
