//! `y` inside a real tmux: with tmux's defaults nothing a program sends
//! reaches a clipboard, and byline says so instead of "copied"; with
//! `set-clipboard on` the text lands in tmux's buffer. Skipped where tmux
//! is not installed.

mod pty_harness;

use std::process::{Command, Output};
use std::thread;
use std::time::{Duration, Instant};

use pty_harness::{TIMEOUT, seed_json};

/// A private tmux server, killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    fn start(name: &str, options: &[&str]) -> Option<Tmux> {
        let socket = format!("byline-test-{name}-{}", std::process::id());
        let tmux = Tmux { socket };
        let mut cmd = vec!["-f", "/dev/null", "start-server", ";"];
        for option in options {
            cmd.extend(["set", "-g"]);
            cmd.extend(option.split(' '));
            cmd.push(";");
        }
        let program = format!(
            "env XDG_CONFIG_HOME=/nonexistent/byline-test-config TERM=xterm-256color {}",
            env!("CARGO_BIN_EXE_byline")
        );
        cmd.extend(["new-session", "-d", "-s", "t", "-x", "120", "-y", "30", &program]);
        let started = tmux.run(&cmd)?;
        started.status.success().then_some(tmux)
    }

    fn run(&self, args: &[&str]) -> Option<Output> {
        Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env_remove("TMUX")
            .output()
            .ok()
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", "t"])
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
            .unwrap_or_default()
    }

    fn wait_for(&self, text: &str) {
        let start = Instant::now();
        while !self.screen().contains(text) {
            assert!(
                start.elapsed() < TIMEOUT,
                "timed out waiting for {text:?}:\n{}",
                self.screen()
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend(keys);
        self.run(&args);
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        self.run(&["kill-server"]);
    }
}

fn tmux_installed() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// Copies the first entity's name inside tmux; returns the screen after.
fn copy_first_entity(tmux: &Tmux, expect: &str) -> String {
    tmux.wait_for("0:all");
    tmux.keys(&["Tab"]);
    tmux.wait_for("│ Entities");
    tmux.keys(&["y"]);
    tmux.wait_for(expect);
    tmux.screen()
}

#[test]
fn y_in_tmux_with_its_defaults_says_nothing_was_copied() {
    if !tmux_installed() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let Some(tmux) = Tmux::start("defaults", &["allow-passthrough off"]) else {
        eprintln!("tmux could not start; skipped");
        return;
    };
    let screen = copy_first_entity(&tmux, "not copied");
    assert!(
        screen.contains("name not copied: tmux needs set-clipboard on"),
        "{screen}"
    );
    tmux.keys(&["q"]);
}

#[test]
fn y_in_tmux_with_set_clipboard_on_lands_in_its_buffer() {
    if !tmux_installed() {
        eprintln!("tmux not installed; skipped");
        return;
    }
    let Some(tmux) = Tmux::start("set-clipboard", &["set-clipboard on"]) else {
        eprintln!("tmux could not start; skipped");
        return;
    };
    let screen = copy_first_entity(&tmux, "copied name to tmux's clipboard");
    assert!(!screen.contains("not copied"), "{screen}");
    let name = seed_json()["entities"][0]["name"].as_str().unwrap().to_string();
    let start = Instant::now();
    loop {
        let buffer = tmux
            .run(&["show-buffer"])
            .map(|o| String::from_utf8_lossy(&o.stdout).into_owned());
        if buffer.as_deref() == Some(name.as_str()) {
            break;
        }
        assert!(start.elapsed() < TIMEOUT, "tmux buffer {buffer:?}, expected {name:?}");
        thread::sleep(Duration::from_millis(20));
    }
    tmux.keys(&["q"]);
}
