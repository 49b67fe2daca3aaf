//! Everything that can happen to the explorer, as data.
//!
//! Keys and mouse events become actions (see [`keymap`](super::keymap) and
//! [`input`](super::input)); the analysis worker reports through actions
//! too. [`update`](super::update::update) is the only place they change state.

use std::sync::Arc;

use crate::article::Span;
use crate::extract::Analysis;

use super::library_state::{ElsewhereHit, LibraryRow, SharedArticle};

/// One thing the user (or the analysis worker) asked for.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    /// Article ↔ side panel (shows the side panel on narrow terminals).
    ToggleSidePanel,
    Up,
    Down,
    Top,
    Bottom,
    HalfPageDown,
    HalfPageUp,
    /// Page the article down, whatever pane has focus.
    PageArticle,
    /// Jump to the selected entity, quote or number.
    Activate,
    /// Next mention of the highlighted entity (next quote / number otherwise).
    NextMention,
    PrevMention,
    /// Clear the highlighted item (then the search matches).
    ClearHighlight,
    /// Cycle the focused list's filter (entity type, number kind, speaker).
    CycleFilter,
    /// Pick the focused list's filter directly: 0 = all, n = the n-th kind.
    PickFilter(u8),
    /// Start filtering the focused list by text.
    StartTextFilter,
    /// Show the quotes of the selected entity.
    QuotesBySelected,
    /// Entities pane: the dates alone, in calendar order, and back.
    ToggleTimeline,
    /// Show or hide entity / quote / number colouring in the article.
    ToggleMarks,
    /// Copy the selected quote, number or entity to the clipboard.
    Copy,
    /// Back to the list of articles.
    ShowLibrary,
    /// List the other articles that mention the selected entity.
    MentionsElsewhere,
    /// Show (or leave) the speakers view: who is quoted across the library.
    ShowSpeakers,
    StartSearch,
    SearchNext,
    SearchPrev,
    ToggleHelp,
    /// Typed into the open prompt.
    PromptInput(char),
    PromptBackspace,
    PromptSubmit,
    PromptCancel,
    PromptHistoryPrev,
    PromptHistoryNext,
    Resize(u16, u16),
    Click {
        column: u16,
        row: u16,
    },
    Scroll {
        column: u16,
        row: u16,
        /// Rows (or list items) to move; negative is up.
        delta: i32,
    },
    AnalysisProgress(f32),
    /// The analysis, shared with the library when it has one.
    AnalysisDone(Arc<Analysis>),
    /// Extraction failed; the article stays readable without it.
    AnalysisFailed(String),
    /// The library's rows as the background analysis has got them.
    LibraryRows {
        rows: Vec<LibraryRow>,
        done: usize,
    },
    /// An article of the library, ready to show; `at` is a mention to jump to.
    Opened {
        index: usize,
        article: SharedArticle,
        analysis: Option<Arc<Analysis>>,
        at: Option<Span>,
    },
    /// The other articles' mentions of an entity.
    ElsewhereFound {
        entity: String,
        hits: Vec<ElsewhereHit>,
    },
    /// The answer to search `id` (see [`Effect::Search`]).
    SearchFound {
        id: u64,
        found: SearchFound,
    },
    /// Let the prompt's text take effect: typed keys only edit the text, and
    /// the search or filter runs once per batch of keys.
    PromptSettled,
    /// Something for the status bar (a worker's or the clipboard's report).
    Report(String),
    /// Dismiss the notice (configuration warnings) under the status bar.
    DismissNotice,
}

/// What a search found, and a note when the query was not used as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchFound {
    pub spans: Vec<Span>,
    pub truncated: bool,
    /// Why the query was searched differently, or not at all.
    pub note: Option<String>,
}

/// What `update` asks the outside world to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Quit,
    /// Put `text` on the clipboard; `what` it is, for the report.
    Copy {
        what: &'static str,
        text: String,
    },
    /// Search the article for `query`; the answer comes back as
    /// [`Action::SearchFound`] with this `id`.
    Search {
        id: u64,
        query: String,
    },
    /// Show article `index` of the library, at a mention if given.
    OpenArticle {
        index: usize,
        at: Option<Span>,
    },
    /// Find the other articles that mention entity `entity` of article
    /// `article`.
    FindElsewhere {
        article: usize,
        entity: usize,
    },
}
