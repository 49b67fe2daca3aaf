//! Running byline (or `less`) in a real pseudo-terminal and reading its
//! screen with a vt100 parser. Tests poll the screen until what they expect
//! appears, with a generous timeout, rather than sleeping a fixed time.

#![allow(dead_code)]

use std::num::NonZeroU16;
use std::os::fd::{BorrowedFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const TIMEOUT: Duration = Duration::from_secs(15);

fn nz(n: u16) -> NonZeroU16 {
    NonZeroU16::new(n.max(1)).unwrap_or(NonZeroU16::MIN)
}

/// Rows and columns of a screen.
pub fn size(s: &vt100::Screen) -> (u16, u16) {
    let (r, c) = s.size();
    (r.get(), c.get())
}

/// Standard base64, as OSC 52 carries it.
pub fn unbase64(s: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        _ => 63,
    };
    let digits: Vec<u8> = s.bytes().filter(|&c| c != b'=').map(value).collect();
    let mut out = Vec::new();
    for chunk in digits.chunks(4) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &d)| n | (u32::from(d) << (18 - 6 * i)));
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// The payloads of every OSC 52 clipboard sequence in `raw`, decoded.
pub fn osc52_payloads(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(raw);
    text.split("\x1b]52;c;")
        .skip(1)
        .filter_map(|rest| rest.split('\x07').next())
        .map(|b64| String::from_utf8_lossy(&unbase64(b64)).into_owned())
        .collect()
}

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for timing first appearances.
    bytes: Arc<Mutex<usize>>,
    /// The raw output, for escape sequences the screen parser drops (OSC 52)
    /// or folds into cell attributes (SGR colours).
    raw: Arc<Mutex<Vec<u8>>>,
    /// Our own copy of the terminal's master side, read by a thread and
    /// written by `send`; with `master` dropped too, the terminal is closed.
    fd: Option<Arc<OwnedFd>>,
    stop_reading: Arc<AtomicBool>,
    reading: Option<JoinHandle<()>>,
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
}

/// The environment every test starts from: a known terminal, colour on,
/// not inside tmux, and no user configuration file.
fn clean_env(cmd: &mut CommandBuilder) {
    cmd.cwd(env!("CARGO_MANIFEST_DIR"));
    cmd.env("TERM", "xterm-256color");
    cmd.env_remove("NO_COLOR");
    cmd.env_remove("TMUX");
    cmd.env_remove("DISPLAY");
    cmd.env_remove("WAYLAND_DISPLAY");
    cmd.env("XDG_CONFIG_HOME", "/nonexistent/byline-test-config");
}

/// The seed's analysis as `byline --json` gives it, so the assertions
/// follow whatever the extractors currently find.
pub fn seed_json() -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--json")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    serde_json::from_slice(&out.stdout).unwrap()
}

pub fn byline() -> CommandBuilder {
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_byline"));
    clean_env(&mut cmd);
    cmd
}

/// byline with arguments.
pub fn byline_with(args: &[&str]) -> CommandBuilder {
    let mut cmd = byline();
    for a in args {
        cmd.arg(a);
    }
    cmd
}

/// A shell command line with `$BYLINE` standing for the binary, for pipes.
pub fn shell(script: &str) -> CommandBuilder {
    let mut cmd = CommandBuilder::new("sh");
    cmd.arg("-c");
    cmd.arg(script);
    cmd.env("BYLINE", env!("CARGO_BIN_EXE_byline"));
    clean_env(&mut cmd);
    cmd
}

/// byline run by `sh`, which then prints its exit status and the terminal
/// modes (`stty -a`), to check that the terminal was left usable.
pub fn byline_then_stty(args: &str) -> CommandBuilder {
    let mut cmd = CommandBuilder::new("sh");
    cmd.arg("-c");
    cmd.arg(format!(
        "\"$BYLINE\" {args}; echo EXIT=$?; stty -a; echo STTY-DONE; sleep 5"
    ));
    cmd.env("BYLINE", env!("CARGO_BIN_EXE_byline"));
    clean_env(&mut cmd);
    cmd
}

impl Pty {
    pub fn spawn(cmd: CommandBuilder, cols: u16, rows: u16) -> Pty {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pseudo-terminal");
        let child = pair.slave.spawn_command(cmd).expect("spawn in the pty");
        drop(pair.slave);
        let raw_fd = pair.master.as_raw_fd().expect("the master's descriptor");
        // SAFETY: the master owns this descriptor and outlives the borrow.
        let borrowed = unsafe { BorrowedFd::borrow_raw(raw_fd) };
        let fd = Arc::new(rustix::io::dup(borrowed).expect("dup the master"));
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let bytes = Arc::new(Mutex::new(0));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let (p, b, r, f, stop) = (
            Arc::clone(&parser),
            Arc::clone(&bytes),
            Arc::clone(&raw),
            Arc::clone(&fd),
            Arc::clone(&stop_reading),
        );
        // Reads with a short poll, so `hang_up` can stop it and close the
        // terminal for real.
        let reading = thread::spawn(move || {
            let mut buf = [0u8; 65536];
            let timeout = rustix::event::Timespec {
                tv_sec: 0,
                tv_nsec: 20_000_000,
            };
            while !stop.load(Ordering::SeqCst) {
                let mut fds = [rustix::event::PollFd::new(&*f, rustix::event::PollFlags::IN)];
                match rustix::event::poll(&mut fds, Some(&timeout)) {
                    Ok(0) => continue,
                    Ok(_) => {}
                    Err(rustix::io::Errno::INTR) => continue,
                    Err(_) => break,
                }
                let n = match rustix::io::read(&*f, &mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => n,
                };
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                *b.lock().unwrap() += n;
            }
        });
        Pty {
            parser,
            bytes,
            raw,
            fd: Some(fd),
            stop_reading,
            reading: Some(reading),
            child,
            master: Some(pair.master),
        }
    }

    /// Closes the terminal's master side, as closing a terminal window or
    /// losing an SSH connection does. Nothing can be sent or read after.
    pub fn hang_up(&mut self) {
        self.stop_reading.store(true, Ordering::SeqCst);
        if let Some(reading) = self.reading.take() {
            let _ = reading.join();
        }
        self.fd = None;
        self.master = None;
    }

    /// Waits at most `limit` for the program to exit; its exit status and
    /// how long it took, or `None` (and the program killed) if it did not.
    pub fn exit_within(&mut self, limit: Duration) -> Option<(portable_pty::ExitStatus, Duration)> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                return Some((status, start.elapsed()));
            }
            thread::sleep(Duration::from_millis(5));
        }
        let _ = self.child.kill();
        None
    }

    pub fn send(&mut self, keys: &str) {
        let fd = self.fd.as_ref().expect("the terminal is open");
        let mut rest = keys.as_bytes();
        while !rest.is_empty() {
            match rustix::io::write(&**fd, rest) {
                Ok(n) => rest = &rest[n..],
                Err(rustix::io::Errno::INTR) => {}
                Err(e) => panic!("writing to the terminal: {e}"),
            }
        }
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().screen_mut().set_size(nz(rows), nz(cols));
        self.master
            .as_ref()
            .expect("the terminal is open")
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Everything the program wrote so far.
    pub fn raw(&self) -> Vec<u8> {
        self.raw.lock().unwrap().clone()
    }

    /// Waits until the raw output holds `pred`; panics after `TIMEOUT`.
    pub fn wait_raw(&self, what: &str, pred: impl Fn(&[u8]) -> bool) {
        let start = Instant::now();
        while !pred(&self.raw.lock().unwrap()) {
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(2));
        }
    }

    pub fn contents(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    pub fn with_screen<T>(&self, f: impl FnOnce(&vt100::Screen) -> T) -> T {
        f(self.parser.lock().unwrap().screen())
    }

    /// Waits until `pred` holds for the screen; panics with the screen after
    /// `TIMEOUT`.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&vt100::Screen) -> bool) -> Duration {
        let start = Instant::now();
        loop {
            if self.with_screen(&pred) {
                return start.elapsed();
            }
            if start.elapsed() > TIMEOUT {
                panic!("timed out waiting for {what}; screen:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(2));
        }
    }

    pub fn wait_for(&self, text: &str) -> Duration {
        self.wait_until(text, |s| s.contents().contains(text))
    }

    /// Waits until the top row (the open article's title bar) holds `text`.
    pub fn wait_title(&self, text: &str) -> Duration {
        self.wait_until(&format!("title bar showing {text:?}"), |s| {
            let (_, cols) = size(s);
            s.contents_between(0, 0, 0, cols).contains(text)
        })
    }

    /// The last screen row (the status bar).
    pub fn status(&self) -> String {
        self.with_screen(|s| {
            let (rows, cols) = size(s);
            s.contents_between(rows - 1, 0, rows - 1, cols)
        })
    }

    pub fn wait_status(&self, text: &str) -> Duration {
        self.wait_until(&format!("status bar showing {text:?}"), |s| {
            let (rows, cols) = size(s);
            s.contents_between(rows - 1, 0, rows - 1, cols).contains(text)
        })
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > TIMEOUT {
                panic!("program did not exit; screen:\n{}", self.contents());
            }
            thread::sleep(Duration::from_millis(5));
        }
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        self.stop_reading.store(true, Ordering::SeqCst);
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
