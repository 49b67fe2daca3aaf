//! byline-core: byline's engine, with no terminal in it.
//!
//! It reads an article ([`article`]), extracts its entities, quotes and
//! numbers ([`extract`]), writes the `byline/1` JSON contract ([`json`]) and
//! the Markdown and CSV exports ([`export`]), and holds many articles at
//! once ([`library`]) and analyses many on every core, in order
//! ([`ordered`]). The `byline` binary's explorer is one view of what
//! this crate produces; data pipelines and other programs are others.
//!
//! ```
//! use byline_core::{Article, analyze};
//!
//! let article = Article::from_text("memo.txt", "\"We will win,\" said Jane Doe.");
//! let analysis = analyze(&article);
//! assert_eq!(analysis.quotes.len(), 1);
//! ```
//!
//! [`extract::stages`] runs the steps of [`analyze`] one at a time, for a
//! program that needs only the entities, say. The extractors' own rules are
//! private to the crate.

pub mod article;
pub mod calendar;
pub mod export;
pub mod extract;
pub mod json;
pub mod lexicon;
pub mod library;
pub mod ordered;
pub mod search;
pub mod source;
pub mod speakers;
pub mod untrusted;

pub use article::{Article, Span};
pub use extract::{Analysis, analyze};
