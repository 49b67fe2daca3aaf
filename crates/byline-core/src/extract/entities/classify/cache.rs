//! Memory of what the word lists and a name's own words say, per name and
//! per word, for the names an article repeats.

use crate::lexicon::gazetteer::Gazetteer;

use super::super::words;
use super::{Facts, Typed, lexical};

/// What the word lists alone say about a name, remembered per name: an
/// article repeats its names, and each lookup folds case and hashes. Keys
/// are borrowed from the article text, and whether a word is a head noun
/// is remembered per word, since new names are mostly made of old words.
///
/// Each map is emptied when it reaches [`LexicalCache::LIMIT`] names: an
/// article repeats a few names often, and a long text of names each met
/// once would otherwise keep one entry per name to no use.
#[derive(Default)]
pub struct LexicalCache<'a> {
    lexical: foldhash::HashMap<&'a str, Option<Typed>>,
    facts: foldhash::HashMap<&'a str, Facts>,
    heads: HeadWords<'a>,
}

/// [`words::is_head_word`] remembered per word.
#[derive(Default)]
pub(super) struct HeadWords<'a>(foldhash::HashMap<&'a str, bool>);

impl<'a> HeadWords<'a> {
    pub(super) fn is_head_word(&mut self, gaz: &Gazetteer, w: &'a str) -> bool {
        if let Some(&known) = self.0.get(w) {
            return known;
        }
        bound(&mut self.0);
        *self.0.entry(w).or_insert_with(|| words::is_head_word(gaz, w))
    }
}

/// Makes room in a cache map that has reached its limit.
fn bound<K, V>(map: &mut foldhash::HashMap<K, V>) {
    if map.len() >= LexicalCache::LIMIT {
        *map = foldhash::HashMap::default();
    }
}

impl<'a> LexicalCache<'a> {
    const LIMIT: usize = 1 << 14;

    pub(super) fn get(&mut self, name: &'a str, gaz: &Gazetteer) -> Option<Typed> {
        if let Some(hit) = self.lexical.get(name) {
            return hit.clone();
        }
        // "San\u{a0}Diego": web text joins names with no-break spaces.
        let found = if name.contains('\u{a0}') {
            lexical(&name.replace('\u{a0}', " "), gaz)
        } else {
            lexical(name, gaz)
        };
        bound(&mut self.lexical);
        self.lexical.insert(name, found.clone());
        found
    }

    pub(super) fn facts(&mut self, surface: &'a str, ws: &[&'a str], gaz: &Gazetteer) -> &Facts {
        if !self.facts.contains_key(surface) {
            bound(&mut self.facts);
        }
        let heads = &mut self.heads;
        self.facts.entry(surface).or_insert_with(|| Facts::of(ws, gaz, heads))
    }
}
