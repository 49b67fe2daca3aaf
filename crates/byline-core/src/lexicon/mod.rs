//! What byline knows about words, in one place at the bottom of the core:
//! the gazetteer of places, groups, given names, organizations and titles
//! ([`gazetteer`]), and the closed word classes of news English shared by
//! article segmentation and every extractor.
//!
//! Nothing here imports the rest of the crate: article loading and
//! extraction import the lexicon, never the other way round.

pub mod gazetteer;
pub(crate) mod lists;

pub use gazetteer::Gazetteer;
