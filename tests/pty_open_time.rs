//! byline against `less` on a ~10 MB article, side by side in a
//! pseudo-terminal: time to the first screen and to answer `G`.
//! Ignored by default (it wants a release build):
//!
//!     cargo test --release --test pty_open_time -- --ignored --nocapture

mod pty_harness;

use std::io::Write;
use std::time::{Duration, Instant};

use portable_pty::CommandBuilder;
use pty_harness::{Pty, byline};

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

const LAST: &str = "The very last paragraph of the long article";

fn big_article() -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".txt").tempfile().unwrap();
    let mut written = 0;
    while written < 10 << 20 {
        f.write_all(SEED_TEXT.as_bytes()).unwrap();
        f.write_all(b"\n\n").unwrap();
        written += SEED_TEXT.len() + 2;
    }
    writeln!(f, "{LAST}.").unwrap();
    f.flush().unwrap();
    f
}

/// (time to first screen, time to answer G), best of `runs`.
fn measure(make: impl Fn() -> CommandBuilder, runs: usize) -> (Duration, Duration) {
    let mut best = (Duration::MAX, Duration::MAX);
    for _ in 0..runs {
        let start = Instant::now();
        let mut pty = Pty::spawn(make(), 120, 40);
        pty.wait_for("Trump hosts El Salvador");
        let open = start.elapsed();
        let start = Instant::now();
        pty.send("G");
        pty.wait_for(LAST);
        let end = start.elapsed();
        pty.send("q");
        let _ = pty.wait_exit();
        best = (best.0.min(open), best.1.min(end));
    }
    best
}

#[test]
#[ignore = "timing; run with --release --ignored"]
fn opens_and_jumps_to_the_end_close_to_less() {
    let file = big_article();
    let path = file.path().to_path_buf();
    let less = measure(
        || {
            let mut c = CommandBuilder::new("less");
            c.arg(&path);
            c.env("TERM", "xterm-256color");
            c.env("LESS", "");
            c
        },
        5,
    );
    let ours = measure(
        || {
            let mut c = byline();
            c.arg(&path);
            c
        },
        5,
    );
    println!("10 MB article, 120x40 pty, best of 5:");
    println!("  less:   first screen {:>8.1?}   G {:>8.1?}", less.0, less.1);
    println!("  byline: first screen {:>8.1?}   G {:>8.1?}", ours.0, ours.1);
    let open_budget = (less.0 * 3).max(Duration::from_millis(300));
    assert!(
        ours.0 <= open_budget,
        "byline opened in {:?}, budget {open_budget:?}",
        ours.0
    );
    assert!(ours.1 <= Duration::from_millis(200), "G took {:?}", ours.1);
}

/// Where opening time goes, outside the terminal.
#[test]
#[ignore = "timing; run with --release --ignored"]
fn open_time_breakdown() {
    let file = big_article();
    let start = Instant::now();
    let raw = std::fs::read_to_string(file.path()).unwrap();
    let read = start.elapsed();
    let start = Instant::now();
    let article = byline::Article::from_text("big.txt", &raw);
    let parse = start.elapsed();
    let start = Instant::now();
    let wrapped = byline::tui::layout_cache::Wrapped::new(&article, 68);
    let wrap = start.elapsed();
    println!(
        "read {read:.1?}, normalize+segment {parse:.1?}, wrap {wrap:.1?} ({} rows)",
        wrapped.len()
    );
}
