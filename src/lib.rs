//! byline: a terminal explorer for news articles.
//!
//! The engine lives in `byline-core` (loading, extraction, the `byline/1`
//! JSON, exports, the library of many articles) and knows nothing of
//! terminals; this crate adds the explorer ([`tui`]) and its configuration
//! ([`config`]). The core's modules are re-exported so `byline::extract`
//! and `crate::article` read the same from either side.

pub use byline_core::{
    article, calendar, export, extract, json, lexicon, library, ordered, search, source, speakers, untrusted,
};

pub mod allocator;
pub mod config;
pub mod credits;
pub mod seeds;
pub mod tui;

pub use byline_core::{Analysis, Article, Span, analyze};
