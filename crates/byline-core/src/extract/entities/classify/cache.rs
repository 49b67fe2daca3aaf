//! Memory of what the word lists and a name's own words say, per name, for
//! the names an article repeats; and, within one name, per word.

use crate::lexicon::gazetteer::Gazetteer;

use super::super::words;
use super::{Facts, Typed, lexical};

/// What the word lists alone say about a name, and the [`Facts`] of its
/// words, remembered per name: an article repeats its names, and each
/// lookup folds case and hashes. Keys are borrowed from the article text.
/// One map holds both, so a name met for the first time is hashed and
/// inserted once.
///
/// The map is emptied when it reaches [`LexicalCache::LIMIT`] names: an
/// article repeats a few names often, and a long text of names each met
/// once would otherwise keep one entry per name to no use.
#[derive(Default)]
pub struct LexicalCache<'a> {
    names: foldhash::HashMap<&'a str, Known>,
}

/// What is known of one name.
pub(super) struct Known {
    /// The word lists' verdict on the name without a leading "The".
    pub(super) lexical: Option<Typed>,
    /// Worked out when first asked: a name the lists know never needs them.
    pub(super) facts: Option<Facts>,
}

impl<'a> LexicalCache<'a> {
    const LIMIT: usize = 1 << 14;

    /// What is known of `surface`, whose word-list key is `name` (the
    /// surface without a leading "The"), looked up in the lists on first
    /// meeting.
    pub(super) fn known(&mut self, surface: &'a str, name: &str, gaz: &Gazetteer) -> &mut Known {
        // Emptied in place, keeping the table: a text that fills it once
        // fills it again, and growing it anew costs a rehash per doubling.
        if self.names.len() >= Self::LIMIT {
            self.names.clear();
        }
        self.names.entry(surface).or_insert_with(|| Known {
            lexical: lexical_of(name, gaz),
            facts: None,
        })
    }
}

/// The word lists' verdict on a name.
fn lexical_of(name: &str, gaz: &Gazetteer) -> Option<Typed> {
    // "San\u{a0}Diego": web text joins names with no-break spaces. An
    // ASCII name has none, and testing that is far cheaper than a search.
    if !name.is_ascii() && name.contains('\u{a0}') {
        lexical(&name.replace('\u{a0}', " "), gaz)
    } else {
        lexical(name, gaz)
    }
}

/// Whether each word of one name is a head word ([`words::is_head_word`]),
/// worked out at most once per word: the rules for a name ask about the
/// same words several times, and most words of new names are new to the
/// article, so remembering them any longer than the name does not pay.
pub(super) struct HeadWords<'w, 'a> {
    ws: &'w [&'a str],
    /// Bit i: word i has been asked about (the first 64 words).
    asked: u64,
    /// Bit i: word i is a head word.
    heads: u64,
}

impl<'w, 'a> HeadWords<'w, 'a> {
    pub(super) fn new(ws: &'w [&'a str]) -> Self {
        HeadWords { ws, asked: 0, heads: 0 }
    }

    /// Whether word `i` of the name is a head word.
    pub(super) fn is_head(&mut self, gaz: &Gazetteer, i: usize) -> bool {
        let Some(bit) = u32::try_from(i).ok().and_then(|i| 1u64.checked_shl(i)) else {
            // A run of more than 64 words: rare enough to ask afresh.
            return words::is_head_word(gaz, self.ws[i]);
        };
        if self.asked & bit == 0 {
            self.asked |= bit;
            if words::is_head_word(gaz, self.ws[i]) {
                self.heads |= bit;
            }
        }
        self.heads & bit != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The per-name memory answers as asking afresh does, for every word,
    /// asked in any order and more than once, past the 64 remembered.
    #[test]
    fn head_words_agree_with_asking_afresh() {
        let gaz = crate::lexicon::gazetteer::get();
        let mut ws = vec![
            "Drazet",
            "Museum",
            "Agencies",
            "of",
            "Facility-1",
            "Rocket",
            "MUSEUMS",
            "Café",
            "Ünion",
        ];
        while ws.len() < 70 {
            ws.push(if ws.len() % 3 == 0 { "Council" } else { "Quenfen" });
        }
        let mut memo = HeadWords::new(&ws);
        for round in 0..2 {
            for i in (0..ws.len()).rev().chain(0..ws.len()) {
                assert_eq!(
                    memo.is_head(gaz, i),
                    words::is_head_word(gaz, ws[i]),
                    "{} round {round}",
                    ws[i]
                );
            }
        }
    }

    /// A full cache is emptied and still answers.
    #[test]
    fn cache_answers_past_its_limit() {
        let gaz = crate::lexicon::gazetteer::get();
        let names: Vec<String> = (0..LexicalCache::LIMIT + 10).map(|i| format!("Name{i}")).collect();
        let mut cache = LexicalCache::default();
        for name in &names {
            assert!(cache.known(name, name, gaz).lexical.is_none());
        }
        assert!(cache.names.len() <= LexicalCache::LIMIT);
        let kind = cache
            .known("France", "France", gaz)
            .lexical
            .as_ref()
            .and_then(|t| t.kind);
        assert_eq!(kind, Some(crate::extract::EntityType::Place));
    }
}
