//! Running byline (or `less`) in a real pseudo-terminal and reading its
//! screen with a vt100 parser. Tests poll the screen until what they expect
//! appears, with a generous timeout, rather than sleeping a fixed time.

#![allow(dead_code)]

use std::io::{Read, Write};
use std::num::NonZeroU16;
use std::sync::{Arc, Mutex};
use std::thread;
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

pub struct Pty {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for timing first appearances.
    bytes: Arc<Mutex<usize>>,
    /// The raw output, for escape sequences the screen parser drops (OSC 52)
    /// or folds into cell attributes (SGR colours).
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
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
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let writer = pair.master.take_writer().expect("pty writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(nz(rows), nz(cols), 0)));
        let bytes = Arc::new(Mutex::new(0));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (p, b, r) = (Arc::clone(&parser), Arc::clone(&bytes), Arc::clone(&raw));
        thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                p.lock().unwrap().process(&buf[..n]);
                r.lock().unwrap().extend_from_slice(&buf[..n]);
                *b.lock().unwrap() += n;
            }
        });
        Pty {
            parser,
            bytes,
            raw,
            writer,
            child,
            master: pair.master,
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn resize(&mut self, cols: u16, rows: u16) {
        self.parser.lock().unwrap().screen_mut().set_size(nz(rows), nz(cols));
        self.master
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
        let _ = self.child.kill();
    }
}
