//! The explorer's whole state, as plain data.
//!
//! Nothing here draws or reads the terminal. [`update`](super::update)
//! changes it in response to actions and [`view`](super::view) draws it, so
//! every behaviour can be tested by building an `App`, applying actions and
//! looking at the fields. The article and its analysis live in a
//! [`Document`]; the rest is what the reader is doing with it, so a library
//! of several documents can later swap the document without touching panes.

use std::sync::Arc;

use crate::article::{Article, Span};
use crate::extract::{Analysis, EntityType, NumberKind};

use super::geometry::Geometry;
use super::keymap::Keymap;
use super::layout_cache::Wrapped;
use super::library_state::LibraryState;
use super::theme::Theme;

/// The four panes, in Tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Article,
    Entities,
    Quotes,
    Numbers,
}

impl Pane {
    pub const ORDER: [Pane; 4] = [Pane::Article, Pane::Entities, Pane::Quotes, Pane::Numbers];
    pub const LISTS: [Pane; 3] = [Pane::Entities, Pane::Quotes, Pane::Numbers];

    pub fn next(self) -> Pane {
        let i = Pane::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        Pane::ORDER[(i + 1) % Pane::ORDER.len()]
    }

    pub fn prev(self) -> Pane {
        let i = Pane::ORDER.iter().position(|p| *p == self).unwrap_or(0);
        Pane::ORDER[(i + Pane::ORDER.len() - 1) % Pane::ORDER.len()]
    }

    pub const fn title(self) -> &'static str {
        match self {
            Pane::Article => "Article",
            Pane::Entities => "Entities",
            Pane::Quotes => "Quotes",
            Pane::Numbers => "Numbers",
        }
    }

    /// Screen rows each list item takes.
    pub const fn item_height(self) -> usize {
        match self {
            Pane::Article | Pane::Entities => 1,
            Pane::Quotes | Pane::Numbers => 2,
        }
    }
}

/// Someone quoted in the article, for the quote pane's speaker filter.
#[derive(Debug, Clone, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub entity: Option<usize>,
    pub quotes: usize,
}

/// Spans to colour in the article, each list sorted by start.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    pub entities: Vec<(Span, EntityType)>,
    pub quotes: Vec<Span>,
    pub numbers: Vec<Span>,
}

/// One article, its analysis once it arrives, and what is derived from it.
#[derive(Debug, Clone)]
pub struct Document {
    pub article: Arc<Article>,
    pub analysis: Option<Arc<Analysis>>,
    /// Analysis progress, 0..1, while it runs.
    pub progress: f32,
    /// Entity ids by mention count (descending), then first appearance.
    pub entity_order: Vec<usize>,
    pub speakers: Vec<Speaker>,
    pub marks: Marks,
    /// Items per entity type and per number kind (in `ALL` order), counted
    /// once: the filter row shows them on every frame.
    pub entity_kind_counts: [usize; EntityType::ALL.len()],
    pub number_kind_counts: [usize; NumberKind::ALL.len()],
}

impl Document {
    pub fn new(article: Arc<Article>) -> Document {
        Document {
            article,
            analysis: None,
            progress: 0.0,
            entity_order: Vec::new(),
            speakers: Vec::new(),
            marks: Marks::default(),
            entity_kind_counts: [0; EntityType::ALL.len()],
            number_kind_counts: [0; NumberKind::ALL.len()],
        }
    }

    pub fn set_analysis(&mut self, analysis: Analysis) {
        self.set_shared_analysis(Arc::new(analysis));
    }

    /// Takes an analysis shared with others (the library's).
    pub fn set_shared_analysis(&mut self, analysis: Arc<Analysis>) {
        let mut order: Vec<usize> = (0..analysis.entities.len()).collect();
        order.sort_by_key(|&i| {
            let e = &analysis.entities[i];
            let first = e.mentions.first().map_or(usize::MAX, |m| m.start);
            (std::cmp::Reverse(e.mentions.len()), first, i)
        });
        let mut speakers: Vec<Speaker> = Vec::new();
        for q in &analysis.quotes {
            let Some(name) = q.speaker.as_deref() else {
                continue;
            };
            match speakers.iter_mut().find(|s| s.name == name) {
                Some(s) => s.quotes += 1,
                None => speakers.push(Speaker {
                    name: name.to_string(),
                    entity: q.speaker_entity,
                    quotes: 1,
                }),
            }
        }
        let mut marks = Marks::default();
        for e in &analysis.entities {
            marks.entities.extend(e.mentions.iter().map(|&m| (m, e.kind)));
        }
        marks.entities.sort_by_key(|(s, _)| (s.start, s.end));
        marks.quotes = analysis.quotes.iter().map(|q| q.span).collect();
        marks.quotes.sort_by_key(|s| (s.start, s.end));
        marks.numbers = analysis.numbers.iter().map(|n| n.span).collect();
        marks.numbers.sort_by_key(|s| (s.start, s.end));
        let mut entity_kind_counts = [0; EntityType::ALL.len()];
        for e in &analysis.entities {
            if let Some(k) = EntityType::ALL.iter().position(|k| *k == e.kind) {
                entity_kind_counts[k] += 1;
            }
        }
        let mut number_kind_counts = [0; NumberKind::ALL.len()];
        for n in &analysis.numbers {
            if let Some(k) = NumberKind::ALL.iter().position(|k| *k == n.kind) {
                number_kind_counts[k] += 1;
            }
        }
        self.entity_kind_counts = entity_kind_counts;
        self.number_kind_counts = number_kind_counts;
        self.entity_order = order;
        self.speakers = speakers;
        self.marks = marks;
        self.progress = 1.0;
        self.analysis = Some(analysis);
    }

    /// Number of items in a list pane before filtering.
    pub fn item_count(&self, pane: Pane) -> usize {
        self.analysis.as_ref().map_or(0, |a| match pane {
            Pane::Article => 0,
            Pane::Entities => a.entities.len(),
            Pane::Quotes => a.quotes.len(),
            Pane::Numbers => a.numbers.len(),
        })
    }

    /// The filter choices of a list pane: label and item count, in the order
    /// the digits pick them (choice 1 is the first).
    pub fn filter_choices(&self, pane: Pane) -> Vec<(String, usize)> {
        if self.analysis.is_none() {
            return Vec::new();
        }
        match pane {
            Pane::Article => Vec::new(),
            Pane::Entities => EntityType::ALL
                .iter()
                .zip(self.entity_kind_counts)
                .map(|(k, n)| (k.as_str().to_string(), n))
                .collect(),
            Pane::Numbers => NumberKind::ALL
                .iter()
                .zip(self.number_kind_counts)
                .map(|(k, n)| (k.as_str().to_string(), n))
                .collect(),
            Pane::Quotes => self.speakers.iter().map(|s| (s.name.clone(), s.quotes)).collect(),
        }
    }

    /// Whether item `i` of `pane` passes a kind filter and a text filter
    /// (lower-cased).
    pub fn item_passes(&self, pane: Pane, i: usize, kind: Option<usize>, text: &str) -> bool {
        let Some(a) = self.analysis.as_ref() else {
            return false;
        };
        let article = &self.article;
        let has = |s: &str| text.is_empty() || s.to_lowercase().contains(text);
        match pane {
            Pane::Article => false,
            Pane::Entities => {
                let e = &a.entities[i];
                kind.is_none_or(|k| EntityType::ALL.get(k) == Some(&e.kind))
                    && (has(&e.name) || e.aliases.iter().any(|x| has(x)) || has(e.kind.as_str()))
            }
            Pane::Quotes => {
                let q = &a.quotes[i];
                let speaker = q.speaker.as_deref().unwrap_or("");
                kind.is_none_or(|k| self.speakers.get(k).is_some_and(|s| s.name == speaker))
                    && (has(article.slice(q.span)) || has(speaker))
            }
            Pane::Numbers => {
                let n = &a.numbers[i];
                kind.is_none_or(|k| NumberKind::ALL.get(k) == Some(&n.kind))
                    && (has(article.slice(n.span)) || has(article.slice(n.context)) || has(n.kind.as_str()))
            }
        }
    }
}

/// Selection, scroll and filters of one list pane.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListState {
    /// Index into `visible`.
    pub selected: usize,
    /// First visible item (index into `visible`).
    pub offset: usize,
    /// Index into the pane's filter choices; `None` is "all".
    pub kind: Option<usize>,
    /// Lower-cased text filter.
    pub text: String,
    /// Entities pane: only dates, ordered on the calendar.
    pub timeline: bool,
    /// Item indices (entity ids, quote ids, number indices) shown, in order.
    pub visible: Vec<usize>,
}

impl ListState {
    pub fn selected_item(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }
}

/// An item the reader jumped to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Entity(usize),
    Quote(usize),
    Number(usize),
}

/// The item highlighted in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub target: Target,
    pub span: Span,
    /// Which mention of an entity (0-based); 0 for quotes and numbers.
    pub mention: usize,
}

/// The kept search.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    pub query: String,
    pub matches: Vec<Span>,
    pub truncated: bool,
    /// Index into `matches` of the match last jumped to.
    pub current: Option<usize>,
    /// Earlier queries, oldest first.
    pub history: Vec<String>,
    /// The search asked for and not answered yet; an answer to any other
    /// is stale and dropped.
    pub pending: Option<u64>,
    /// Why the query was not searched as typed (a regex too large).
    pub note: Option<String>,
}

impl SearchState {
    /// Drops the query and what it found, keeping the history.
    pub fn forget(&mut self) {
        *self = SearchState {
            history: std::mem::take(&mut self.history),
            ..SearchState::default()
        };
    }

    /// "no matches for QUERY", or why the query found nothing.
    pub fn nothing_found(&self) -> String {
        let why = self.note.as_deref().unwrap_or("no matches");
        format!("{why} for {}", self.query)
    }
}

/// What the prompt at the bottom is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PromptKind {
    Search,
    Filter(Pane),
    /// Filtering the speakers view by name.
    Speakers,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prompt {
    pub kind: PromptKind,
    pub text: String,
    /// Position in the search history while recalling.
    pub history_pos: Option<usize>,
    /// What was in effect before the prompt opened, restored on Esc.
    pub before: String,
    pub before_search: Option<Box<SearchState>>,
    /// Article scroll when the prompt opened: search starts from here and
    /// returns here on Esc.
    pub origin_scroll: usize,
}

/// Everything the explorer shows and remembers.
#[derive(Debug, Clone)]
pub struct App {
    pub doc: Document,
    pub focus: Pane,
    /// The side pane shown when side panes are tabs.
    pub side_tab: Pane,
    pub entities: ListState,
    pub quotes: ListState,
    pub numbers: ListState,
    pub highlight: Option<Highlight>,
    pub search: SearchState,
    pub prompt: Option<Prompt>,
    /// Help overlay scroll, when help is shown.
    pub help: Option<u16>,
    /// Colour entities, quotes and numbers in the article.
    pub show_marks: bool,
    pub width: u16,
    pub height: u16,
    /// The article wrapped at the article pane's text width.
    pub wrapped: Wrapped,
    /// First article row on screen.
    pub scroll: usize,
    pub keymap: Keymap,
    pub theme: Theme,
    /// A one-off message for the status bar.
    pub message: Option<String>,
    /// A notice that stays in the status bar until dismissed (configuration
    /// warnings).
    pub notice: Option<String>,
    /// The prompt's text changed and its search or filter has not run yet.
    pub prompt_pending: bool,
    /// Numbers searches, so answers can be matched to questions.
    pub search_seq: u64,
    /// The list of articles, when several are open.
    pub library: Option<LibraryState>,
    pub quit: bool,
}

impl App {
    pub fn new(article: Article) -> App {
        App::with_document(Document::new(Arc::new(article)))
    }

    pub fn with_document(doc: Document) -> App {
        App {
            doc,
            focus: Pane::Article,
            side_tab: Pane::Entities,
            entities: ListState::default(),
            quotes: ListState::default(),
            numbers: ListState::default(),
            highlight: None,
            search: SearchState::default(),
            prompt: None,
            help: None,
            show_marks: true,
            width: 0,
            height: 0,
            wrapped: Wrapped::default(),
            scroll: 0,
            keymap: Keymap::default(),
            theme: Theme::default(),
            message: None,
            notice: None,
            prompt_pending: false,
            search_seq: 0,
            library: None,
            quit: false,
        }
    }

    pub fn geometry(&self) -> Geometry {
        Geometry::new(
            self.width,
            self.height,
            self.focus,
            self.side_tab,
            self.prompt.is_some(),
        )
    }

    /// Whether the library list (not an article) is on screen.
    pub fn showing_library(&self) -> bool {
        self.library.as_ref().is_some_and(|l| l.showing)
    }

    /// Whether the "mentioned elsewhere" list is open.
    pub fn picker_open(&self) -> bool {
        self.library.as_ref().is_some_and(|l| l.picker.is_some())
    }

    /// Article rows on screen.
    pub fn article_rows(&self) -> usize {
        usize::from(self.geometry().article_text.height)
    }

    /// Last useful scroll position: the last row at the bottom of the pane.
    pub fn max_scroll(&self) -> usize {
        self.wrapped.len().saturating_sub(self.article_rows().max(1))
    }

    pub fn list(&self, pane: Pane) -> &ListState {
        match pane {
            Pane::Quotes => &self.quotes,
            Pane::Numbers => &self.numbers,
            _ => &self.entities,
        }
    }

    pub fn list_mut(&mut self, pane: Pane) -> &mut ListState {
        match pane {
            Pane::Quotes => &mut self.quotes,
            Pane::Numbers => &mut self.numbers,
            _ => &mut self.entities,
        }
    }

    /// Reading position in percent, as `less` shows it: how far down the
    /// bottom of the screen is.
    pub fn percent(&self) -> usize {
        let total = self.wrapped.len();
        if total == 0 {
            return 100;
        }
        let bottom = (self.scroll + self.article_rows()).min(total);
        bottom * 100 / total
    }
}
