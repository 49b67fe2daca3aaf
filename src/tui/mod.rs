//! The terminal explorer: a view of an [`Analysis`](crate::extract::Analysis).
//!
//! Elm-shaped: [`App`] is plain data; terminal events become [`Action`]s
//! through one [`keymap`] table ([`input`]); [`update()`] changes the state
//! and [`view::draw`] paints it. The event loop blocks on one channel
//! ([`events`]) that the terminal reader, the workers, the library and
//! signals all send into; it drains every pending event, then draws once.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod copy_text;
pub mod events;
pub mod geometry;
pub mod input;
pub mod keymap;
pub mod layout_cache;
pub mod library_source;
pub mod library_state;
mod settings;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod worker;

use std::sync::Arc;
use std::sync::mpsc::Receiver;

use crate::article::{Article, Span};
use events::{Event, Events};
use library_state::{LibraryState, RowState, SharedArticle};

pub use action::{Action, Effect};
pub use app::{App, Document, Pane};
pub use library_source::Articles;
pub use settings::Settings;
pub use theme::Theme;
pub use update::update;

/// How the explorer ended, for the exit status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The reader quit.
    Quit,
    /// A signal ended it.
    Signal(i32),
    /// The terminal went away (closed window, dropped connection).
    TerminalLost,
}

impl Ending {
    /// 0 after quitting, 128 + n after signal n; a lost terminal counts as
    /// a hangup (129).
    pub fn exit_status(self) -> u8 {
        let signal = match self {
            Ending::Quit => return 0,
            Ending::Signal(n) => n,
            Ending::TerminalLost => signal_hook::consts::SIGHUP,
        };
        u8::try_from(128 + signal).unwrap_or(255)
    }
}

/// Runs the interactive explorer on one article until the user quits.
pub fn run(article: Article, settings: &Settings) -> anyhow::Result<Ending> {
    let article = Arc::new(article);
    let app = App::with_document(Document::new(Arc::clone(&article)));
    session(app, Some(article), None, events::channel(), settings)
}

/// Runs the explorer on a library: the list of its articles first, filled
/// in while the library reads and analyses them in the background.
pub fn run_library<L: Articles + Send + Sync + 'static>(mut library: L, settings: &Settings) -> anyhow::Result<Ending> {
    let (tx, rx) = events::channel();
    let news = tx.clone();
    library.start(Box::new(move || {
        let _ = news.send(Event::LibraryChanged);
    }));
    let (rows, done) = library.rows();
    let mut app = App::new(Article::default());
    let mut state = LibraryState::new(rows);
    state.done = done;
    app.library = Some(state);
    session(app, None, Some(Arc::new(library)), (tx, rx), settings)
}

/// Sets the terminal up, runs the loop, and always restores the terminal.
fn session(
    mut app: App,
    analyse: Option<Arc<Article>>,
    library: Option<Arc<dyn Articles + Send + Sync>>,
    (tx, rx): (Events, Receiver<Event>),
    settings: &Settings,
) -> anyhow::Result<Ending> {
    app.theme = settings.theme.clone();
    app.keymap = settings.keymap.clone();
    // Signals first, so one that comes during set-up still restores.
    events::watch_signals(tx.clone())?;
    let (mut term, guard) = terminal::setup(settings.mouse)?;
    events::read_terminal(tx.clone())?;
    let size = term.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    app.notice = settings.notice.clone();
    // The first screen comes before analysis starts competing for the CPU.
    term.draw(|frame| view::draw(&app, frame))?;
    let mut state = Loop {
        searcher: worker::Searcher::spawn(tx.clone()),
        events: tx,
        library,
        analysis: None,
        elsewhere: None,
        jobs: 0,
    };
    if let Some(article) = analyse {
        state.analyse(article);
    }
    let ending = event_loop(&mut term, &mut app, &mut state, &rx);
    // Stops the analysis that is still running.
    drop(state);
    drop(guard);
    if term.show_cursor().is_err() {
        // The terminal is gone; dropped, ratatui would report that on a
        // stderr that may be gone too.
        std::mem::forget(term);
    }
    Ok(ending)
}

/// What the event loop works with besides the app.
struct Loop {
    events: Events,
    library: Option<Arc<dyn Articles + Send + Sync>>,
    /// The analysis of the article on screen, while it runs.
    analysis: Option<worker::Job>,
    /// The "mentioned elsewhere" search still wanted.
    elsewhere: Option<u64>,
    searcher: worker::Searcher,
    jobs: u64,
}

/// What a batch of events asks of the loop once drained.
#[derive(Default)]
struct Batch {
    library: bool,
    resized: bool,
}

impl Loop {
    fn next_job(&mut self) -> u64 {
        self.jobs += 1;
        self.jobs
    }

    /// Analyses `article`, stopping the analysis it replaces.
    fn analyse(&mut self, article: Arc<Article>) {
        let id = self.next_job();
        self.analysis = Some(worker::analyse(article, id, self.events.clone()));
    }

    /// Whether a worker's report is still wanted. Searches (job 0) carry
    /// their own numbers, which `update` checks.
    fn wanted(&self, job: u64) -> bool {
        job == 0 || self.analysis.as_ref().is_some_and(|j| j.id == job) || self.elsewhere == Some(job)
    }

    /// Handles one event; returns how the explorer ends, if this ends it.
    fn handle(&mut self, app: &mut App, event: Event, batch: &mut Batch) -> Option<Ending> {
        match event {
            Event::Terminal(ev) => {
                if let Some(action) = input::to_action(app, &ev) {
                    self.act(app, action);
                }
            }
            Event::TerminalClosed(_) => return Some(Ending::TerminalLost),
            Event::Signal(n) => return Some(Ending::Signal(n)),
            Event::Resized => batch.resized = true,
            Event::LibraryChanged => batch.library = true,
            Event::Job { job, action } if self.wanted(job) => {
                if matches!(action, Action::AnalysisDone(_) | Action::AnalysisFailed(_)) {
                    self.analysis = None;
                }
                if matches!(action, Action::ElsewhereFound { .. }) {
                    self.elsewhere = None;
                }
                self.act(app, action);
            }
            Event::Job { .. } => {}
        }
        app.quit.then_some(Ending::Quit)
    }

    fn act(&mut self, app: &mut App, action: Action) {
        let showing_list = app.showing_library();
        let effects = update(app, action);
        self.perform(app, effects);
        if !showing_list && app.showing_library() {
            // Back to the list: the open article's own analysis and search
            // of the other articles are no longer wanted (the library
            // analyses it in its turn).
            self.analysis = None;
            self.elsewhere = None;
        } else if showing_list && !app.showing_library() && app.doc.analysis.is_none() && self.analysis.is_none() {
            // Back to an article whose analysis was stopped.
            if let Some(index) = app.library.as_ref().and_then(|l| l.open) {
                match self.library.as_ref().and_then(|l| l.analysis(index)) {
                    Some(analysis) => {
                        let effects = update(app, Action::AnalysisDone(analysis));
                        self.perform(app, effects);
                    }
                    None => self.analyse(Arc::clone(&app.doc.article)),
                }
            }
        }
    }

    /// Carries out what `update` asked for; what that brings back goes
    /// through `update` too.
    fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                // The loop sees `app.quit`.
                Effect::Quit => {}
                Effect::Copy { what, text } => {
                    let report = clipboard::copy(what, &text, &mut std::io::stdout());
                    self.act(app, Action::Report(report));
                }
                Effect::Search { id, query } => {
                    let article = Arc::clone(&app.doc.article);
                    if !self.searcher.request(id, Arc::clone(&article), query.clone()) {
                        let found = update::search_job(&article.text, &query);
                        self.act(app, Action::SearchFound { id, found });
                    }
                }
                Effect::OpenArticle { index, at } => self.open(app, index, at),
                Effect::FindElsewhere { article, entity } => {
                    let Some(library) = self.library.clone() else { continue };
                    let Some(entity) = app.doc.analysis.as_ref().and_then(|a| a.entities.get(entity).cloned()) else {
                        continue;
                    };
                    let id = self.next_job();
                    self.elsewhere = Some(id);
                    app.message = Some(format!("looking for {} in the other articles…", entity.name));
                    worker::find_elsewhere(library, article, entity, id, self.events.clone());
                }
            }
        }
    }

    fn open(&mut self, app: &mut App, index: usize, at: Option<Span>) {
        let Some(library) = self.library.clone() else { return };
        let Some(article) = library.article(index) else {
            app.message = Some(match library.rows().0.get(index).map(|r| &r.state) {
                Some(RowState::Failed(why)) => why.clone(),
                _ => "not read yet; try again in a moment".to_string(),
            });
            return;
        };
        let analysis = library.analysis(index);
        // Not analysed yet: analyse it now on its own, rather than wait for
        // its turn in the library's queue. Any other analysis stops.
        self.analysis = None;
        self.elsewhere = None;
        if analysis.is_none() {
            self.analyse(Arc::clone(&article));
        }
        let effects = update(
            app,
            Action::Opened {
                index,
                article: SharedArticle(article),
                analysis,
                at,
            },
        );
        self.perform(app, effects);
    }
}

fn event_loop(term: &mut terminal::Term, app: &mut App, state: &mut Loop, rx: &Receiver<Event>) -> Ending {
    loop {
        // Blocks until something happens; nothing wakes the loop on a timer.
        let Ok(first) = rx.recv() else {
            return Ending::TerminalLost;
        };
        let mut batch = Batch::default();
        let mut next = Some(first);
        while let Some(event) = next {
            if let Some(ending) = state.handle(app, event, &mut batch) {
                return ending;
            }
            next = rx.try_recv().ok();
        }
        if batch.library
            && let Some(library) = state.library.as_ref()
        {
            let (rows, done) = library.rows();
            update(app, Action::LibraryRows { rows, done });
        }
        if batch.resized {
            // A resize is read from the terminal, however many signals came.
            match term.size() {
                Ok(size) if (size.width, size.height) != (app.width, app.height) => {
                    update(app, Action::Resize(size.width, size.height));
                }
                Ok(_) => {}
                Err(_) => return Ending::TerminalLost,
            }
        }
        if app.prompt_pending {
            let effects = update(app, Action::PromptSettled);
            state.perform(app, effects);
        }
        if term.draw(|frame| view::draw(app, frame)).is_err() {
            return Ending::TerminalLost;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ending;

    #[test]
    fn exit_statuses_follow_the_shell_convention() {
        assert_eq!(Ending::Quit.exit_status(), 0);
        assert_eq!(Ending::Signal(signal_hook::consts::SIGHUP).exit_status(), 129);
        assert_eq!(Ending::Signal(signal_hook::consts::SIGINT).exit_status(), 130);
        assert_eq!(Ending::Signal(signal_hook::consts::SIGTERM).exit_status(), 143);
        assert_eq!(Ending::TerminalLost.exit_status(), 129);
    }
}
