//! Taking over the terminal and always giving it back.
//!
//! Raw mode, the alternate screen, mouse capture and a hidden cursor are set
//! up together and undone together: on return, on error (a drop guard), on
//! panic (a hook that restores before the message is printed, so the message
//! is readable), and when a signal or a lost terminal ends the event loop
//! (see [`events`](super::events)).

use std::io::{self, Stdout, Write, stdout};
use std::panic;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::{self, ThreadId};

use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::{DisableMouseCapture, EnableMouseCapture};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{
    Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

pub type Term = Terminal<CrosstermBackend<Stdout>>;

/// Whether the terminal is currently taken over.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// The thread that draws; a panic elsewhere (the analysis worker) is
/// reported through the worker's channel instead of over the screen.
static UI_THREAD: OnceLock<ThreadId> = OnceLock::new();

/// Restores the terminal when dropped, whatever path leaves `run`.
pub struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Enters raw mode and the alternate screen, with mouse capture unless the
/// configuration leaves the mouse to the terminal.
pub fn setup(mouse: bool) -> io::Result<(Term, Guard)> {
    let _ = UI_THREAD.set(thread::current().id());
    install_panic_hook();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard;
    // No `Terminal::clear`: it asks the terminal for the cursor position,
    // which a terminal that does not answer turns into a failed start.
    execute!(stdout(), EnterAlternateScreen, Clear(ClearType::All))?;
    if mouse {
        execute!(stdout(), EnableMouseCapture)?;
    }
    let mut terminal = Terminal::new(CrosstermBackend::new(stdout()))?;
    terminal.hide_cursor()?;
    Ok((terminal, guard))
}

/// Leaves the alternate screen, shows the cursor, ends raw mode. Safe to
/// call more than once.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = stdout();
        let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, Show);
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

fn install_panic_hook() {
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            let on_ui = UI_THREAD.get() == Some(&thread::current().id());
            if ACTIVE.load(Ordering::SeqCst) && !on_ui {
                // The worker's panic is caught and shown in the status bar.
                return;
            }
            restore();
            previous(info);
        }));
    });
}
