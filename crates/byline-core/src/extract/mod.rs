//! Extraction: from an [`Article`] to an [`Analysis`].
//!
//! A pure function of the text with no I/O and no terminal: entities first
//! (quotes need them to name speakers), then quotes, then numbers. Each
//! extractor is rule-based, with word lists from open data in `assets/`.

// The extractors' internals are the crate's own; the public surface is
// `analyze`, its model, and `stages` for one step at a time.
pub(crate) mod calendar;
pub(crate) mod entities;
pub use crate::lexicon::gazetteer;
mod model;
pub(crate) mod numbers;
pub(crate) mod quotes;
pub mod stages;
pub(crate) mod tokens;

pub use calendar::Calendar;
pub use model::{Analysis, Entity, EntityType, NumberKind, NumberMention, Quote};

use crate::article::Article;

/// Analyses an article.
pub fn analyze(article: &Article) -> Analysis {
    analyze_with_progress(article, &mut |_| {})
}

/// Analyses an article, reporting progress as a fraction from 0 to 1 so an
/// interface can show it while a large article is being read.
///
/// The extractors run one after the other, each over the whole article:
/// reading each sentence's tokens with both the entity and the number
/// extractor costs fewer instructions but measured slower (their code and
/// data evict each other from the caches), so each tokenizes on its own.
pub fn analyze_with_progress(article: &Article, progress: &mut dyn FnMut(f32)) -> Analysis {
    progress(0.0);
    let entities = entities::extract_entities(article, gazetteer::get(), &mut |f| progress(f * 0.6));
    progress(0.6);
    let quotes = quotes::extract_quotes(article, &entities);
    progress(0.8);
    let numbers = numbers::extract_numbers(article);
    let dates = calendar::resolve_dates(article, &entities, &numbers);
    progress(1.0);
    Analysis {
        entities,
        quotes,
        numbers,
        dates,
    }
}
