//! What byline knows about words, in one place at the bottom of the core:
//! the gazetteer of places, groups, given names, organizations and titles
//! ([`gazetteer`]), abbreviations that keep their period
//! ([`abbreviations`]), month and weekday names ([`dates`]), function words
//! ([`function_words`]) and the "-ly" words that are not adverbs
//! ([`adverbs`]): word knowledge shared by date reading, article
//! segmentation and every extractor.
//!
//! Nothing here imports the rest of the crate: article loading and
//! extraction import the lexicon, never the other way round.

pub mod abbreviations;
pub mod adverbs;
pub mod dates;
pub mod function_words;
pub mod gazetteer;
pub(crate) mod lists;

pub use gazetteer::Gazetteer;
