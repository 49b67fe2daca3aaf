//! A terminal that goes away ends byline: closing the terminal's master
//! side (a closed window, a dropped SSH connection) in the article view,
//! in the library view and in the middle of analysing a large file, with
//! and without the hangup signal that usually comes with it.

mod pty_harness;

const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

use std::io::Write;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use pty_harness::{Pty, byline, byline_with, shell};

/// How long byline may take to notice.
const LIMIT: Duration = Duration::from_secs(2);

fn ends_within_the_limit(pty: &mut Pty, what: &str) {
    pty.hang_up();
    match pty.exit_within(LIMIT) {
        Some((status, took)) => {
            // 129: ended as by a hangup.
            assert_eq!(status.exit_code(), 129, "{what}: {status:?}");
            eprintln!("{what}: exited {took:?} after the terminal closed");
        }
        None => panic!("{what}: byline still running {LIMIT:?} after its terminal closed"),
    }
}

#[test]
fn closing_the_terminal_in_the_article_view_ends_byline() {
    let mut pty = Pty::spawn(byline(), 100, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.wait_for("0:all");
    ends_within_the_limit(&mut pty, "article view");
}

fn seed_copies(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..n {
        let mut f = std::fs::File::create(dir.path().join(format!("a{i}.txt"))).unwrap();
        f.write_all(SEED_TEXT.as_bytes()).unwrap();
    }
    dir
}

#[test]
fn closing_the_terminal_in_the_library_view_ends_byline() {
    let dir = seed_copies(3);
    let mut pty = Pty::spawn(byline_with(&[dir.path().to_str().unwrap()]), 100, 30);
    pty.wait_for("Library");
    ends_within_the_limit(&mut pty, "library view");
}

/// An article large enough that its analysis is still running when the
/// terminal closes.
fn large_article() -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".txt").tempfile().unwrap();
    let body = SEED_TEXT;
    for _ in 0..400 {
        f.write_all(body.as_bytes()).unwrap();
        f.write_all(b"\n\n").unwrap();
    }
    f
}

#[test]
fn closing_the_terminal_during_the_analysis_of_a_large_file_ends_byline() {
    let file = large_article();
    let mut pty = Pty::spawn(byline_with(&[file.path().to_str().unwrap()]), 100, 30);
    pty.wait_status("analyzing");
    ends_within_the_limit(&mut pty, "during analysis");
}

#[test]
fn closing_the_terminal_ends_byline_even_without_a_hangup_signal() {
    // In a session of its own, byline has no controlling terminal, so no
    // SIGHUP comes: only the terminal's end of file tells.
    // (`setsid -w` stays as the terminal's session leader; the hangup
    // signal goes to it.)
    let file = large_article();
    let path = file.path().display().to_string();
    let script = format!("exec setsid -w \"$BYLINE\" {path}");
    let mut pty = Pty::spawn(shell(&script), 100, 30);
    pty.wait_status("analyzing");
    let pattern = format!("^{} {path}$", env!("CARGO_BIN_EXE_byline"));
    let found = Command::new("pgrep").args(["-f", &pattern]).output().unwrap();
    let pid = String::from_utf8_lossy(&found.stdout).trim().to_string();
    assert!(!pid.is_empty() && !pid.contains('\n'), "byline's pid: {pid:?}");
    pty.hang_up();
    let start = Instant::now();
    while Path::new(&format!("/proc/{pid}")).exists() && start.elapsed() < LIMIT {
        std::thread::sleep(Duration::from_millis(5));
    }
    let running = Path::new(&format!("/proc/{pid}")).exists();
    if running {
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
    }
    assert!(!running, "byline still running {LIMIT:?} after its terminal closed");
}
