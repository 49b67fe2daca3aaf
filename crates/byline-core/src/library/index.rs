//! The cross-article index: which articles name the same person, place or
//! organization, by name or alias, case and spacing aside.

use std::collections::HashMap;

use crate::extract::{Analysis, Entity, EntityType};

/// Entity name or alias (lowercased) → (article, entity id) pairs.
#[derive(Default)]
pub(super) struct EntityIndex {
    pub(super) by_name: HashMap<String, Vec<(usize, usize)>>,
}

impl EntityIndex {
    pub(super) fn add(&mut self, article: usize, analysis: &Analysis) {
        for e in analysis.entities.iter().filter(|e| indexable(e)) {
            for key in keys(e) {
                self.by_name.entry(key).or_default().push((article, e.id));
            }
        }
    }
}

/// Dates ("Friday", "2019") name different days in different articles, so
/// they are not the same thing across a library.
pub(super) fn indexable(e: &Entity) -> bool {
    e.kind != EntityType::Date
}

pub(super) fn keys(e: &Entity) -> Vec<String> {
    let mut keys: Vec<String> = std::iter::once(&e.name)
        .chain(&e.aliases)
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    keys
}
