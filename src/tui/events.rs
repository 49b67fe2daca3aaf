//! The one channel the explorer waits on.
//!
//! Everything that can wake the interface arrives here as an [`Event`]: keys,
//! mouse and resizes from a thread that reads the terminal, reports from the
//! analysis and search workers, the library's progress, and signals. The UI
//! thread blocks on the channel, so nothing polls on a timer, and a terminal
//! that goes away (end of file, an I/O error, a hangup) or a signal is just
//! one more event that ends the loop with the terminal restored.

use std::fs::File;
use std::io::{self, IsTerminal};
use std::os::fd::{AsFd, BorrowedFd};
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

use ratatui::crossterm::event::{self as term_event, Event as TermEvent};
use rustix::event::{PollFd, PollFlags};
use rustix::io::Errno;

use super::action::Action;
use super::terminal;

/// Signals that end the explorer, each with exit status 128 + its number.
pub const ENDING_SIGNALS: [i32; 6] = [
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
    signal_hook::consts::SIGQUIT,
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGUSR1,
    signal_hook::consts::SIGALRM,
];

/// Something that happened, for the UI thread.
#[derive(Debug)]
pub enum Event {
    /// A key, mouse or resize event from the terminal.
    Terminal(TermEvent),
    /// The terminal is gone: end of file or an error reading it.
    TerminalClosed(String),
    /// The window changed size (SIGWINCH).
    Resized,
    /// A signal that ends the explorer.
    Signal(i32),
    /// A worker's report for `update`, tagged with the job it belongs to.
    Job { job: u64, action: Action },
    /// The library has got further with its articles.
    LibraryChanged,
}

pub type Events = Sender<Event>;

pub fn channel() -> (Events, Receiver<Event>) {
    mpsc::channel()
}

/// Where keys come from: standard input when it is a terminal, else the
/// controlling terminal (standard input then carries the article).
enum KeySource {
    Stdin(io::Stdin),
    Tty(File),
}

impl KeySource {
    fn open() -> io::Result<KeySource> {
        let stdin = io::stdin();
        if stdin.is_terminal() {
            Ok(KeySource::Stdin(stdin))
        } else {
            File::options()
                .read(true)
                .write(true)
                .open("/dev/tty")
                .map(KeySource::Tty)
        }
    }

    fn fd(&self) -> BorrowedFd<'_> {
        match self {
            KeySource::Stdin(s) => s.as_fd(),
            KeySource::Tty(f) => f.as_fd(),
        }
    }
}

/// Starts the threads that read the terminal: one decodes keys with
/// crossterm, one watches for the terminal going away.
///
/// crossterm's reader cannot tell a hung-up terminal from a quiet one (it
/// retries a read that returns end of file for ever), so a second thread
/// waits on the terminal itself with `poll(2)` for nothing but a hangup or
/// an error, which `poll` always reports; that ends the explorer.
pub fn read_terminal(tx: Events) -> io::Result<()> {
    let source = KeySource::open()?;
    let keys = tx.clone();
    thread::Builder::new().name("byline-keys".to_string()).spawn(move || {
        // Without this thread no key arrives, not even ctrl-c: if it fails
        // in any way, the explorer ends rather than hang.
        let why = panic::catch_unwind(AssertUnwindSafe(|| {
            loop {
                match term_event::read() {
                    Ok(ev) => {
                        if keys.send(Event::Terminal(ev)).is_err() {
                            return None;
                        }
                    }
                    Err(e) => return Some(format!("the terminal cannot be read: {e}")),
                }
            }
        }))
        .unwrap_or_else(|_| Some("reading the terminal failed".to_string()));
        if let Some(why) = why {
            let _ = keys.send(Event::TerminalClosed(why));
        }
    })?;
    thread::Builder::new()
        .name("byline-hangup".to_string())
        .spawn(move || {
            let why = wait_for_hangup(source.fd());
            let _ = tx.send(Event::TerminalClosed(why));
        })?;
    Ok(())
}

/// Blocks until the terminal hangs up or cannot be polled; returns why.
fn wait_for_hangup(fd: BorrowedFd<'_>) -> String {
    loop {
        // No events asked for: poll wakes only for a hangup or an error.
        let mut fds = [PollFd::from_borrowed_fd(fd, PollFlags::empty())];
        match rustix::event::poll(&mut fds, None) {
            Ok(_) => {}
            Err(Errno::INTR) => continue,
            Err(e) => return format!("the terminal cannot be read: {e}"),
        }
        if fds[0]
            .revents()
            .intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL)
        {
            return "the terminal hung up".to_string();
        }
    }
}

/// Starts the thread that turns signals into events. A second ending
/// signal while the first is still being handled restores the terminal and
/// exits at once, so a stuck explorer can always be stopped.
pub fn watch_signals(tx: Events) -> io::Result<()> {
    use signal_hook::consts::SIGWINCH;
    use signal_hook::iterator::Signals;
    let mut wanted = ENDING_SIGNALS.to_vec();
    wanted.push(SIGWINCH);
    let mut signals = Signals::new(&wanted)?;
    thread::Builder::new()
        .name("byline-signals".to_string())
        .spawn(move || {
            let mut ending = false;
            for signal in signals.forever() {
                if signal == SIGWINCH {
                    let _ = tx.send(Event::Resized);
                    continue;
                }
                if ending || tx.send(Event::Signal(signal)).is_err() {
                    terminal::restore();
                    std::process::exit(128 + signal);
                }
                ending = true;
            }
        })?;
    Ok(())
}
