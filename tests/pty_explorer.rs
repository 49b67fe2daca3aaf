//! End to end: the built binary in a real pseudo-terminal, driven by keys,
//! its screen read back through a vt100 parser.

mod pty_harness;

use std::process::Command;

use pty_harness::{Pty, byline, byline_then_stty, seed_json};

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

/// Opens the seed at 120×40 and waits for the analysis to fill the panes.
fn open_seed() -> Pty {
    let pty = Pty::spawn(byline(), 120, 40);
    pty.wait_for("Trump hosts El Salvador");
    pty.wait_for("0:all");
    pty
}

/// Text of the cells painted with the selection highlight (light cyan
/// background) in the article pane, rows joined by spaces.
fn highlighted_article_text(pty: &Pty) -> String {
    pty.with_screen(|s| {
        let (rows, cols) = pty_harness::size(s);
        let article_cols = cols * 60 / 100;
        let mut rows_text = Vec::new();
        for r in 0..rows {
            let mut t = String::new();
            for c in 0..article_cols {
                if let Some(cell) = s.cell(r, c).filter(|c| c.bgcolor() == vt100::Color::Idx(14)) {
                    t.push_str(cell.contents());
                }
            }
            if !t.is_empty() {
                rows_text.push(t.trim().to_string());
            }
        }
        rows_text.join(" ")
    })
}

#[test]
fn tab_shows_quotes_and_enter_shows_the_quoted_passage() {
    let json = seed_json();
    let mut pty = open_seed();
    pty.send("\t");
    pty.wait_status("│ Entities");
    pty.send("\t");
    pty.wait_status("│ Quotes");
    let quotes = json["quotes"].as_array().cloned().unwrap_or_default();
    if let Some(first) = quotes.first() {
        let text = first["text"].as_str().unwrap().to_string();
        pty.send("\r");
        let words: String = text.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        pty.wait_until(&format!("highlighted quote {words:?}"), |_| true);
        let start = std::time::Instant::now();
        loop {
            let shown = highlighted_article_text(&pty);
            if shown.contains(&words) {
                break;
            }
            assert!(
                start.elapsed() < pty_harness::TIMEOUT,
                "quote {text:?} not highlighted; got {shown:?}\n{}",
                pty.contents()
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    } else {
        // No quotes found yet: the pane says so, and Enter on an entity
        // shows the same jump-and-highlight path.
        pty.wait_for("none found");
        pty.send("\x1b[Z"); // shift-tab back to entities
        pty.wait_status("│ Entities");
        pty.send("\r");
        let name = json["entities"][0]["aliases"][1]
            .as_str()
            .or(json["entities"][0]["name"].as_str())
            .unwrap()
            .to_string();
        pty.wait_until("entity mention highlighted", |_| true);
        let start = std::time::Instant::now();
        while !name.contains(&highlighted_article_text(&pty)) || highlighted_article_text(&pty).is_empty() {
            assert!(start.elapsed() < pty_harness::TIMEOUT, "{}", pty.contents());
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn search_shows_the_match_count_and_n_steps() {
    let mut pty = open_seed();
    let article = byline::Article::from_text("seed", SEED_TEXT);
    let total = byline::search::find_all(&article.text, "remittances", 1000).spans.len();
    assert!(total >= 2);
    pty.send("/remittances");
    pty.wait_for(&format!("/{total}"));
    pty.send("\r");
    pty.wait_status(&format!("/remittances 1/{total}"));
    pty.send("n");
    pty.wait_status(&format!("/remittances 2/{total}"));
    pty.send("N");
    pty.wait_status(&format!("/remittances 1/{total}"));
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn digit_applies_a_type_filter() {
    let json = seed_json();
    let places = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["type"] == "place")
        .count();
    let all = json["entities"].as_array().unwrap().len();
    let mut pty = open_seed();
    pty.send("\t");
    pty.wait_status("│ Entities");
    pty.send("3");
    pty.wait_status("filter: place");
    pty.wait_for(&format!("{places}/{all}"));
    // Every listed entity is a place.
    let listed = pty.with_screen(|s| {
        (3..12u16)
            .map(|r| s.contents_between(r, 73, r, 119))
            .filter(|row| row.contains("person") || row.contains("organization"))
            .count()
    });
    assert_eq!(listed, 0, "{}", pty.contents());
    pty.send("t");
    pty.wait_status("filter: group");
    pty.send("0");
    pty.wait_for(&format!("{all}/{all}"));
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn mouse_click_focuses_a_pane() {
    let mut pty = open_seed();
    // SGR mouse report: left button down at column 100, row 5 (1-based).
    pty.send("\x1b[<0;100;5M\x1b[<0;100;5m");
    pty.wait_status("│ Entities");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn tiny_terminal_then_resize_reflows() {
    let mut pty = Pty::spawn(byline(), 20, 5);
    pty.wait_for("too small");
    pty.resize(100, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.resize(70, 20);
    pty.wait_until("a reflowed screen", |s| s.contents().contains("Ent │ Quo │ Num"));
    pty.send("q");
    assert!(pty.wait_exit().success());
}

/// After byline exits: the main screen is back, the cursor visible, mouse
/// reporting off and the line discipline cooked again (stty shows icanon
/// and echo).
fn assert_terminal_restored(pty: &Pty, expect_exit: &str) {
    pty.wait_for("STTY-DONE");
    pty.with_screen(|s| {
        assert!(!s.alternate_screen(), "still on the alternate screen");
        assert!(!s.hide_cursor(), "cursor still hidden");
        assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None);
    });
    let text = pty.contents();
    assert!(text.contains(expect_exit), "{text}");
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(words.contains(&"icanon"), "raw mode left on:\n{text}");
    assert!(words.contains(&"echo"), "echo left off:\n{text}");
}

#[test]
fn q_exits_cleanly() {
    let mut pty = Pty::spawn(byline_then_stty(""), 100, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.send("q");
    assert_terminal_restored(&pty, "EXIT=0");
}

#[test]
fn ctrl_c_exits_cleanly_even_in_a_prompt() {
    let mut pty = Pty::spawn(byline_then_stty(""), 100, 30);
    pty.wait_for("Trump hosts El Salvador");
    pty.send("/remit");
    pty.wait_for("/remit");
    pty.send("\x03");
    assert_terminal_restored(&pty, "EXIT=0");
}

/// Sends `signal` to byline (run by a shell) and checks its exit status
/// (128 + the signal's number) and that the terminal was restored.
fn signal_restores(signal: &str, status: u8) {
    signal_restores_in("", "Trump hosts El Salvador", signal, status);
}

/// The same, with byline given `args` and signalled once `shown` shows.
fn signal_restores_in(args: &str, shown: &str, signal: &str, status: u8) {
    let mut pty = Pty::spawn(byline_then_stty(args), 100, 30);
    pty.wait_for(shown);
    // The shell's child is byline; signal it, not the shell.
    let shell = pty.pid().unwrap();
    let child = Command::new("pgrep").args(["-P", &shell.to_string()]).output().unwrap();
    let pid = String::from_utf8_lossy(&child.stdout).trim().to_string();
    assert!(!pid.is_empty());
    let sent = Command::new("kill").args([signal, &pid]).status().unwrap();
    assert!(sent.success());
    assert_terminal_restored(&pty, &format!("EXIT={status}"));
    pty.send("x");
}

#[test]
fn sigint_in_the_library_view_restores_the_terminal_and_exits_130() {
    signal_restores_in("seeds/", "Library", "-INT", 130);
}

#[test]
fn sigterm_during_the_analysis_of_a_large_file_restores_the_terminal_and_exits_143() {
    let mut file = tempfile::Builder::new().suffix(".txt").tempfile().unwrap();
    for _ in 0..400 {
        std::io::Write::write_all(&mut file, SEED_TEXT.as_bytes()).unwrap();
        std::io::Write::write_all(&mut file, b"\n\n").unwrap();
    }
    let path = file.path().display().to_string();
    signal_restores_in(&path, "analyzing", "-TERM", 143);
}

#[test]
fn sigterm_restores_the_terminal_and_exits_143() {
    signal_restores("-TERM", 143);
}

#[test]
fn sighup_restores_the_terminal_and_exits_129() {
    signal_restores("-HUP", 129);
}

#[test]
fn sigint_from_kill_restores_the_terminal_and_exits_130() {
    signal_restores("-INT", 130);
}

#[test]
fn sigquit_restores_the_terminal_and_exits_131() {
    signal_restores("-QUIT", 131);
}

#[test]
fn sigusr1_restores_the_terminal_and_exits_138() {
    signal_restores("-USR1", 138);
}

#[test]
fn sigalrm_restores_the_terminal_and_exits_142() {
    signal_restores("-ALRM", 142);
}

#[test]
fn help_overlay_from_question_mark() {
    let mut pty = open_seed();
    pty.send("?");
    pty.wait_for("show the quotes of the selected person");
    pty.send("\x1b");
    pty.wait_until("help closed", |s| !s.contents().contains("Keys ("));
    pty.send("q");
    assert!(pty.wait_exit().success());
}
