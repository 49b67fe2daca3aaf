//! The list of articles when several are open, as plain data.
//!
//! The run loop copies what the background analysis has got to into these
//! rows; `update` moves the selection and asks (through effects) for an
//! article to be opened or for the other articles mentioning an entity.
//! Nothing here touches threads, so all of it is testable on plain values.

pub mod speakers;

use crate::calendar::CivilDate;
use std::fmt;
use std::sync::Arc;

use crate::article::{Article, Span};
use crate::extract::Analysis;

pub use speakers::SpeakersState;

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
    /// The article's own date, once known.
    pub published: Option<CivilDate>,
    /// The feed's summary of the item.
    pub description: Option<String>,
    pub words: Option<usize>,
    pub quotes: Option<usize>,
    pub state: RowState,
    /// The article and its analysis, once analysed: what the speakers view
    /// gathers across the library.
    pub analysed: Option<Analysed>,
}

/// An analysed article handed over with its row; equal when it is the same
/// one, and shown by path only (an article is long).
#[derive(Clone)]
pub struct Analysed {
    pub article: Arc<Article>,
    pub analysis: Arc<Analysis>,
}

impl PartialEq for Analysed {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.article, &other.article) && Arc::ptr_eq(&self.analysis, &other.analysis)
    }
}

impl Eq for Analysed {}

impl fmt::Debug for Analysed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Analysed({})", self.article.path)
    }
}

impl LibraryRow {
    /// A row known only by its path, before the file is read.
    pub fn pending(path: impl Into<String>) -> LibraryRow {
        LibraryRow {
            path: path.into(),
            title: None,
            source: None,
            published: None,
            description: None,
            words: None,
            quotes: None,
            state: RowState::Pending,
            analysed: None,
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
    /// The speakers view, when open: shown instead of the list of articles.
    pub speakers: Option<SpeakersState>,
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
