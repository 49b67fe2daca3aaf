//! The list of articles when several are open, as plain data.
//!
//! The run loop copies what the background analysis has got to into these
//! rows; `update` moves the selection and asks (through effects) for an
//! article to be opened or for the other articles mentioning an entity.
//! Nothing here touches threads, so all of it is testable on plain values.

use std::sync::Arc;

use crate::article::{Article, Span};

/// Where one article stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowState {
    Pending,
    /// Read; analysis queued or running.
    Loaded,
    Analysed,
    Failed(String),
}

/// One article in the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryRow {
    pub path: String,
    pub title: Option<String>,
    pub source: Option<String>,
    /// The date a feed gives the item ("YYYY-MM-DD").
    pub date: Option<String>,
    /// The feed's summary of the item.
    pub description: Option<String>,
    pub words: Option<usize>,
    pub quotes: Option<usize>,
    pub state: RowState,
}

impl LibraryRow {
    /// A row known only by its path, before the file is read.
    pub fn pending(path: impl Into<String>) -> LibraryRow {
        LibraryRow {
            path: path.into(),
            title: None,
            source: None,
            date: None,
            description: None,
            words: None,
            quotes: None,
            state: RowState::Pending,
        }
    }

    /// The title, or the file name until the title is known (the whole
    /// address for a web page, whose last segment may be empty or opaque).
    pub fn label(&self) -> &str {
        self.title.as_deref().unwrap_or_else(|| {
            if self.path.contains("://") {
                &self.path
            } else {
                self.path.rsplit('/').next().unwrap_or(&self.path)
            }
        })
    }
}

/// A mention of an entity in another article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElsewhereHit {
    /// Index into the library.
    pub article: usize,
    pub span: Span,
    /// That article's title (or file name).
    pub title: String,
    /// The text around the mention, on one line.
    pub snippet: String,
}

/// The "mentioned elsewhere" list over the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub entity: String,
    pub hits: Vec<ElsewhereHit>,
    pub selected: usize,
    pub offset: usize,
}

/// An article handed over by the run loop; equal when it is the same one.
#[derive(Debug, Clone)]
pub struct SharedArticle(pub Arc<Article>);

impl PartialEq for SharedArticle {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The library: its rows, the selection, and which article is open.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LibraryState {
    pub rows: Vec<LibraryRow>,
    /// Articles analysed or failed.
    pub done: usize,
    pub selected: usize,
    pub offset: usize,
    /// The article shown in the explorer, if one was opened.
    pub open: Option<usize>,
    /// Whether the list is on screen (rather than the open article).
    pub showing: bool,
    pub picker: Option<Picker>,
}

impl LibraryState {
    pub fn new(rows: Vec<LibraryRow>) -> LibraryState {
        LibraryState {
            rows,
            showing: true,
            ..LibraryState::default()
        }
    }

    /// Analysis progress over the whole library, 0..1.
    pub fn fraction(&self) -> f32 {
        if self.rows.is_empty() {
            1.0
        } else {
            self.done as f32 / self.rows.len() as f32
        }
    }

    pub fn finished(&self) -> bool {
        self.done >= self.rows.len()
    }
}
