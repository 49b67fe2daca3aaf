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

pub use action::{Action, Effect};
pub use app::{App, Document, Pane};
pub use theme::Theme;
pub use update::update;

/// Runs the interactive explorer on one article until the user quits.
/// Configuration mistakes were reported on stderr already; the first is
/// also shown in the status bar, since the full screen hides stderr.
pub fn run(article: Article, config: &LoadedConfig) -> anyhow::Result<()> {
    let article = Arc::new(article);
    let mut app = App::with_document(Document::new(Arc::clone(&article)));
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
    let results = worker::spawn(article);
    let outcome = event_loop(&mut term, &mut app, &results, &signals);
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

/// Carries out what `update` asked for.
fn perform(effects: Vec<Effect>) {
    for effect in effects {
        match effect {
            // The loop sees `app.quit`.
            Effect::Quit => {}
            Effect::Copy(text) => {
                clipboard::copy(&text, &mut std::io::stdout());
            }
        }
    }
}

fn event_loop(
    term: &mut terminal::Term,
    app: &mut App,
    results: &Receiver<Action>,
    signals: &AtomicBool,
) -> anyhow::Result<()> {
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
        let wait = if app.doc.analysis.is_none() { 50 } else { 250 };
        if event::poll(Duration::from_millis(wait))? {
            loop {
                let ev = event::read()?;
                if let Some(action) = input::to_action(app, &ev) {
                    perform(update(app, action));
                    dirty = true;
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        while let Ok(action) = results.try_recv() {
            perform(update(app, action));
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
