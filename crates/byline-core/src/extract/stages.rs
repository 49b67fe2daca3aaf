//! The steps of [`analyze`](super::analyze) one at a time, for a program
//! that wants only some of them (the entities of many articles, say) or
//! wants to time each: entities first, quotes from the entities, numbers,
//! then the calendar values of the dates among entities and numbers.
//!
//! ```
//! use byline_core::Article;
//! use byline_core::extract::stages;
//!
//! let article = Article::from_text("note", "Ann Lee said: \u{201c}We won 3 games.\u{201d}");
//! let entities = stages::entities(&article);
//! let quotes = stages::quotes(&article, &entities);
//! let numbers = stages::numbers(&article);
//! let dates = stages::dates(&article, &entities, &numbers);
//! assert!(entities.iter().any(|e| e.name == "Ann Lee"));
//! assert_eq!(quotes.len(), 1);
//! assert_eq!(numbers.len(), 1);
//! assert!(dates.entities.iter().all(Option::is_none));
//! ```

use crate::article::Article;
use crate::lexicon::gazetteer;

use super::{Calendar, Entity, NumberMention, Quote, calendar, entities, numbers, quotes};

/// Every named entity, one per real-world thing, in order of first mention.
pub fn entities(article: &Article) -> Vec<Entity> {
    entities::extract_entities(article, gazetteer::get(), &mut |_| {})
}

/// Every direct quote, with its speaker among `entities` where one is named.
pub fn quotes(article: &Article, entities: &[Entity]) -> Vec<Quote> {
    quotes::extract_quotes(article, entities)
}

/// Every number with what it counts.
pub fn numbers(article: &Article) -> Vec<NumberMention> {
    numbers::extract_numbers(article)
}

/// The calendar values of the dates among `entities` and `numbers`,
/// resolved against the article's date.
pub fn dates(article: &Article, entities: &[Entity], numbers: &[NumberMention]) -> Calendar {
    calendar::resolve_dates(article, entities, numbers)
}
