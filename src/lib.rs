//! byline: a terminal explorer for news articles.
//!
//! The library reads an article ([`article`]), extracts its entities,
//! quotes and numbers ([`extract`]), writes the `byline/1` JSON contract
//! ([`json`]) and shows it all in a terminal interface ([`tui`]). Only
//! `tui` knows about terminals.

pub mod article;
pub mod config;
pub mod export;
pub mod extract;
pub mod json;
pub mod library;
pub mod search;
pub mod seeds;
pub mod tui;

pub use article::{Article, Span};
pub use extract::{Analysis, analyze};
