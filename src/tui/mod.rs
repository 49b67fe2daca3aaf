//! The terminal explorer: a view of an [`Analysis`](crate::extract::Analysis).
//!
//! Elm-shaped: [`App`] is plain data; terminal events become [`Action`]s
//! through one [`keymap`] table ([`input`]); [`update()`] changes the state
//! and [`view::draw`] paints it. The event loop here drains every pending
//! event, then draws once. Analysis runs on a [`worker`] thread.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod copy_text;
pub mod geometry;
pub mod input;
pub mod keymap;
pub mod layout_cache;
pub mod library_source;
pub mod library_state;
pub mod terminal;
pub mod theme;
pub mod update;
pub mod view;
pub mod worker;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Receiver;
use std::time::Duration;

use crossterm::event;

use crate::article::Article;
use crate::config::Loaded as LoadedConfig;
use library_state::{LibraryState, RowState, SharedArticle};

pub use action::{Action, Effect};
pub use app::{App, Document, Pane};
pub use library_source::Articles;
pub use theme::Theme;
pub use update::update;

/// Runs the interactive explorer on one article until the user quits.
/// Configuration mistakes were reported on stderr already; the first is
/// also shown in the status bar, since the full screen hides stderr.
pub fn run(article: Article, config: &LoadedConfig) -> anyhow::Result<()> {
    let article = Arc::new(article);
    let app = App::with_document(Document::new(Arc::clone(&article)));
    session(app, Some(article), None, config)
}

/// Runs the explorer on a library: the list of its articles first, filled
/// in while the library analyses them in the background.
pub fn run_library(library: &dyn Articles, config: &LoadedConfig) -> anyhow::Result<()> {
    let (rows, done) = library.rows();
    let mut app = App::new(Article::default());
    let mut state = LibraryState::new(rows);
    state.done = done;
    app.library = Some(state);
    session(app, None, Some(library), config)
}

/// Sets the terminal up, runs the loop, and always restores the terminal.
fn session(
    mut app: App,
    analyse: Option<Arc<Article>>,
    library: Option<&dyn Articles>,
    config: &LoadedConfig,
) -> anyhow::Result<()> {
    app.theme = config.config.theme.clone();
    app.keymap = config.config.keymap.clone();
    let signals = terminal::watch_signals()?;
    let (mut term, guard) = terminal::setup(config.config.mouse)?;
    // Start the event source now, so a resize from here on is never lost.
    let _ = event::poll(Duration::ZERO)?;
    let size = term.size()?;
    update(&mut app, Action::Resize(size.width, size.height));
    app.message = startup_notice(config);
    // The first screen comes before analysis starts competing for the CPU.
    term.draw(|frame| view::draw(&app, frame))?;
    let mut loop_state = Loop {
        results: analyse.map(worker::spawn),
        library,
    };
    let outcome = event_loop(&mut term, &mut app, &mut loop_state, &signals);
    drop(guard);
    outcome?;
    if signals.load(Ordering::SeqCst) {
        anyhow::bail!("terminated by signal");
    }
    Ok(())
}

/// "config: PATH:3: … (2 more)" for the status bar, or nothing.
fn startup_notice(config: &LoadedConfig) -> Option<String> {
    let first = config.errors.first()?;
    let more = config.errors.len() - 1;
    Some(if more > 0 {
        format!("config: {first} (and {more} more)")
    } else {
        format!("config: {first}")
    })
}

/// What the event loop works with besides the app.
struct Loop<'a> {
    /// Analysis of the article on screen, when it runs on its own worker.
    results: Option<Receiver<Action>>,
    library: Option<&'a dyn Articles>,
}

impl Loop<'_> {
    /// Carries out what `update` asked for; what that brings back goes
    /// through `update` too.
    fn perform(&mut self, app: &mut App, effects: Vec<Effect>) {
        for effect in effects {
            match effect {
                // The loop sees `app.quit`.
                Effect::Quit => {}
                Effect::Copy(text) => {
                    clipboard::copy(&text, &mut std::io::stdout());
                }
                Effect::OpenArticle { index, at } => self.open(app, index, at),
                Effect::FindElsewhere { article, entity } => {
                    let Some(library) = self.library else { continue };
                    let Some(entity) = app.doc.analysis.as_ref().and_then(|a| a.entities.get(entity).cloned()) else {
                        continue;
                    };
                    let hits = library_source::elsewhere(library, article, &entity);
                    let effects = update(
                        app,
                        Action::ElsewhereFound {
                            entity: entity.name,
                            hits,
                        },
                    );
                    self.perform(app, effects);
                }
            }
        }
    }

    fn open(&mut self, app: &mut App, index: usize, at: Option<crate::article::Span>) {
        let Some(library) = self.library else { return };
        let Some(article) = library.article(index) else {
            app.message = Some(match library.rows().0.get(index).map(|r| &r.state) {
                Some(RowState::Failed(why)) => why.clone(),
                _ => "not read yet; try again in a moment".to_string(),
            });
            return;
        };
        let analysis = library.analysis(index);
        // Not analysed yet: analyse it now on its own, rather than wait for
        // its turn in the library's queue.
        self.results = analysis.is_none().then(|| worker::spawn(Arc::clone(&article)));
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

fn event_loop(term: &mut terminal::Term, app: &mut App, state: &mut Loop, signals: &AtomicBool) -> anyhow::Result<()> {
    let mut dirty = true;
    let mut known_size = term.size()?;
    loop {
        if dirty {
            term.draw(|frame| view::draw(app, frame))?;
            dirty = false;
        }
        if app.quit || signals.load(Ordering::SeqCst) {
            return Ok(());
        }
        // Wake often while analysis runs, to show its progress.
        let library_busy = app.library.as_ref().is_some_and(|l| !l.finished());
        let busy = library_busy || (state.results.is_some() && app.doc.analysis.is_none());
        let wait = if busy { 50 } else { 250 };
        if event::poll(Duration::from_millis(wait))? {
            loop {
                let ev = event::read()?;
                if let Some(action) = input::to_action(app, &ev) {
                    let effects = update(app, action);
                    state.perform(app, effects);
                    dirty = true;
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        while let Some(Ok(action)) = state.results.as_ref().map(Receiver::try_recv) {
            let effects = update(app, action);
            state.perform(app, effects);
            dirty = true;
        }
        if let Some(library) = state.library.filter(|_| library_busy) {
            let (rows, done) = library.rows();
            update(app, Action::LibraryRows { rows, done });
            dirty = true;
        }
        // A resize whose signal raced the start-up still reflows.
        let size = term.size()?;
        if size != known_size {
            known_size = size;
            update(app, Action::Resize(size.width, size.height));
            dirty = true;
        }
    }
}
