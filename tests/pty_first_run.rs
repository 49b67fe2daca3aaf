//! What a new user meets first: byline without a terminal, `byline -` with
//! nothing piped, a long search typed into a large article, and a
//! configuration with mistakes (reported inside the explorer too).

mod pty_harness;

const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

use std::io::Write;
use std::time::Duration;

use pty_harness::{Pty, byline_with, shell};

const NO_TERMINAL: &str = "byline: the explorer needs a terminal; use --json or --export for scripts";

#[test]
fn no_terminal_on_stdin_says_so_and_exits_2() {
    let pty = Pty::spawn(
        shell("\"$BYLINE\" README.md </dev/null; echo EXIT=$?; sleep 5"),
        120,
        10,
    );
    pty.wait_for("EXIT=");
    let text = pty.contents();
    assert!(text.contains(NO_TERMINAL), "{text}");
    assert!(text.contains("EXIT=2"), "{text}");
    assert!(!text.contains("os error"), "{text}");
}

#[test]
fn stdout_not_a_terminal_says_so_and_exits_2() {
    let pty = Pty::spawn(
        shell("\"$BYLINE\" README.md | cat; echo EXIT=$(( $? )) ${PIPESTATUS:-}; sleep 5"),
        120,
        10,
    );
    pty.wait_for("EXIT=");
    let text = pty.contents();
    assert!(text.contains(NO_TERMINAL), "{text}");
    // Outside a terminal nothing was drawn: no alternate screen left on.
    assert!(!pty.with_screen(|s| s.alternate_screen()));
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("README.md")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("XDG_CONFIG_HOME", "/nonexistent/byline-test-config")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stderr).trim(), NO_TERMINAL);
}

#[test]
fn dash_with_a_terminal_on_stdin_explains_instead_of_a_blank_screen() {
    let pty = Pty::spawn(shell("\"$BYLINE\" -; echo EXIT=$?; sleep 5"), 120, 10);
    pty.wait_for("EXIT=");
    let text = pty.contents();
    assert!(
        text.contains("byline: \"-\" reads the article from standard input"),
        "{text}"
    );
    assert!(text.contains("EXIT=2"), "{text}");
    assert!(!pty.with_screen(|s| s.alternate_screen()));
}

fn config_file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".toml").tempfile().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

#[test]
fn config_warnings_show_in_a_notice_that_stays_until_dismissed() {
    let cfg = config_file("mouse = \"yes\"\n[keys]\nquiet = \"x\"\n");
    let path = cfg.path().to_str().unwrap();
    let mut pty = Pty::spawn(byline_with(&["--config", path]), 120, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.wait_status("config: ");
    pty.wait_status(":1: ");
    pty.wait_status("(and 1 more, on stderr)");
    pty.wait_status("esc dismiss");
    // Other keys leave it standing.
    pty.send("\tj");
    pty.wait_for("0:all");
    std::thread::sleep(Duration::from_millis(200));
    assert!(pty.status().contains("config: "), "{}", pty.status());
    pty.send("\x1b");
    pty.wait_until("the notice dismissed", |s| !s.contents().contains("esc dismiss"));
    pty.wait_status("Entities");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

/// An article of about 2 MB.
fn large_article() -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".txt").tempfile().unwrap();
    for _ in 0..400 {
        f.write_all(SEED_TEXT.as_bytes()).unwrap();
        f.write_all(b"\n\n").unwrap();
    }
    f
}

#[test]
fn a_long_search_query_never_holds_up_esc_and_q() {
    let file = large_article();
    let mut pty = Pty::spawn(byline_with(&[file.path().to_str().unwrap()]), 120, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.send("/");
    pty.wait_for("/");
    // 10 KB typed (pasted) into the prompt, then Esc and q straight after.
    let query = "remittances grew ".repeat(600);
    for chunk in query.as_bytes().chunks(1000) {
        pty.send(std::str::from_utf8(chunk).unwrap());
    }
    pty.send("\x1b");
    // The prompt closes (the row above the status bar is the article's
    // frame again), then q quits.
    let took = pty.wait_until("the prompt closed by Esc", |s| {
        let (rows, cols) = pty_harness::size(s);
        !s.contents_between(rows - 2, 0, rows - 2, cols).starts_with('/')
    });
    eprintln!("Esc after a 10 KB query: prompt closed in {took:?}");
    pty.send("q");
    match pty.exit_within(Duration::from_secs(10)) {
        Some((status, took)) => {
            assert!(status.success(), "{status:?}");
            eprintln!("q after a 10 KB query: exited in {took:?}");
        }
        None => panic!("q was held up behind the search"),
    }
}

#[test]
fn ctrl_c_quits_when_the_config_unbinds_every_quit_key() {
    let cfg = config_file("[keys]\nquit = []\nforce-quit = []\nhelp-close = []\n");
    let path = cfg.path().to_str().unwrap();
    let mut pty = Pty::spawn(byline_with(&["--config", path]), 120, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.send("q");
    pty.send("?");
    pty.wait_for("Keys (");
    pty.send("\x03");
    match pty.exit_within(Duration::from_secs(5)) {
        Some((status, _)) => assert!(status.success(), "{status:?}"),
        None => panic!("ctrl-c did not quit"),
    }
}

#[test]
fn config_is_checked_with_json_and_export_too() {
    for mode in [&["--json"][..], &["--export", "md"][..]] {
        for (config, complaint) in [
            ("/nonexistent/byline.toml", "cannot read the configuration"),
            ("Cargo.toml", "unknown setting"),
        ] {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
                .args(mode)
                .args(["--config", config])
                .current_dir(env!("CARGO_MANIFEST_DIR"))
                .output()
                .unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stderr.starts_with(&format!("byline: warning: {config}")) && stderr.contains(complaint),
                "{mode:?} {config}: {stderr}"
            );
            assert!(out.status.success(), "a configuration never stops the output");
            assert!(!out.stdout.is_empty());
        }
    }
}
