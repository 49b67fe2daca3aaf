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
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

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
            File::options().read(true).write(true).open("/dev/tty").map(KeySource::Tty)
        }
    }

    fn fd(&self) -> BorrowedFd<'_> {
        match self {
            KeySource::Stdin(s) => s.as_fd(),
            KeySource::Tty(f) => f.as_fd(),
        }
    }
}

/// Starts the thread that reads the terminal.
///
/// crossterm's reader cannot tell a hung-up terminal from a quiet one (it
/// retries a read that returns end of file for ever), so the thread first
/// waits on the terminal itself with `poll(2)`: a hangup or error there ends
/// the explorer, and only input that is really there is handed to crossterm
/// to decode.
pub fn read_terminal(tx: Events) -> io::Result<()> {
    let source = KeySource::open()?;
    thread::Builder::new()
        .name("byline-keys".to_string())
        .spawn(move || {
            let why = read_loop(source.fd(), &tx);
            let _ = tx.send(Event::TerminalClosed(why));
        })?;
    Ok(())
}

/// Reads until the terminal goes away or the UI stops listening; returns why.
fn read_loop(fd: BorrowedFd<'_>, tx: &Events) -> String {
    loop {
        let mut fds = [PollFd::from_borrowed_fd(fd, PollFlags::IN)];
        match rustix::event::poll(&mut fds, None) {
            Ok(_) => {}
            Err(Errno::INTR) => continue,
            Err(e) => return format!("the terminal cannot be read: {e}"),
        }
        let ready = fds[0].revents();
        if ready.intersects(PollFlags::HUP | PollFlags::ERR | PollFlags::NVAL) {
            return "the terminal hung up".to_string();
        }
        if !ready.contains(PollFlags::IN) {
            continue;
        }
        // Everything crossterm can decode from what is there now.
        loop {
            match term_event::poll(Duration::ZERO) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => return format!("the terminal cannot be read: {e}"),
            }
            match term_event::read() {
                Ok(ev) => {
                    if tx.send(Event::Terminal(ev)).is_err() {
                        return "the explorer stopped".to_string();
                    }
                }
                Err(e) => return format!("the terminal cannot be read: {e}"),
            }
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
