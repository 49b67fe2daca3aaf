//! End to end, for everyday use: copying through OSC 52, NO_COLOR, a
//! configuration file (rebinding, mouse off, mistakes) and an article piped
//! on standard input, all with the built binary in a pseudo-terminal.

mod pty_harness;

use std::io::Write;
use std::process::Command;

use pty_harness::{Pty, byline, byline_with, osc52_payloads, seed_json, shell, unbase64};

const SEED: &str = "seeds/000_b57316d73bd39c35.txt";

fn open(cmd: portable_pty::CommandBuilder) -> Pty {
    let pty = Pty::spawn(cmd, 120, 40);
    pty.wait_for("Trump hosts El Salvador");
    pty.wait_for("0:all");
    pty
}

/// Every SGR parameter that sets a colour: 30–38, 40–48, 58 and 90–107.
/// Sub-parameters of 38/48/58 are skipped, so "38;5;1" is one colour, not
/// a colour and a bold.
fn colour_sgr(raw: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < raw.len() {
        if raw[i] == 0x1b && raw[i + 1] == b'[' {
            let start = i + 2;
            let mut j = start;
            while j < raw.len() && (raw[j].is_ascii_digit() || raw[j] == b';' || raw[j] == b':') {
                j += 1;
            }
            if j < raw.len() && raw[j] == b'm' {
                let params = String::from_utf8_lossy(&raw[start..j]).into_owned();
                let mut parts = params.split(';');
                while let Some(p) = parts.next() {
                    let head = p.split(':').next().unwrap_or("");
                    let n: u32 = head.parse().unwrap_or(0);
                    let colour = matches!(n, 30..=38 | 40..=48 | 58 | 90..=97 | 100..=107);
                    if colour {
                        found.push(params.clone());
                    }
                    if matches!(n, 38 | 48 | 58) && !p.contains(':') {
                        // 5;n or 2;r;g;b follow.
                        match parts.next() {
                            Some("5") => {
                                parts.next();
                            }
                            Some("2") => {
                                parts.next();
                                parts.next();
                                parts.next();
                            }
                            _ => {}
                        }
                    }
                }
            }
            i = j;
        } else {
            i += 1;
        }
    }
    found
}

#[test]
fn colour_scanner_finds_colours_and_ignores_attributes() {
    assert!(colour_sgr(b"\x1b[1;4;7m\x1b[0m\x1b[39m\x1b[49m\x1b[38;5;1m").len() == 1);
    assert!(colour_sgr(b"\x1b[1m\x1b[22;2m\x1b[38;2;1;2;3m").len() == 1);
    assert!(colour_sgr(b"\x1b[1m\x1b[0m\x1b[7m").is_empty());
    assert_eq!(colour_sgr(b"\x1b[1;31m").len(), 1);
    assert_eq!(colour_sgr(b"\x1b[104m").len(), 1);
}

#[test]
fn no_color_means_no_colour_sequences_and_highlights_stay_visible() {
    let mut cmd = byline();
    cmd.env("NO_COLOR", "1");
    let mut pty = open(cmd);
    // Exercise every kind of highlight: a list selection, a jump, a search.
    pty.send("\t");
    pty.wait_status("│ Entities");
    pty.send("\r");
    pty.send("/remittances\r");
    pty.wait_status("/remittances 1/");
    pty.send("\t");
    pty.wait_status("│ Quotes");
    // The selected row is drawn in reverse video.
    pty.wait_until("a reversed cell", |s| {
        let (rows, cols) = pty_harness::size(s);
        (0..rows).any(|r| (0..cols).any(|c| s.cell(r, c).is_some_and(|cell| cell.inverse())))
    });
    pty.send("q");
    assert!(pty.wait_exit().success());
    let found = colour_sgr(&pty.raw());
    assert!(found.is_empty(), "colour sequences under NO_COLOR: {found:?}");
    // Without NO_COLOR the same screens do use colour (the check can fail).
    let mut coloured = open(byline());
    coloured.send("q");
    coloured.wait_exit();
    assert!(!colour_sgr(&coloured.raw()).is_empty());
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn y_copies_the_selected_quote_or_number_with_its_source() {
    let json = seed_json();
    let title = json["title"].as_str().unwrap();
    let mut pty = open(byline());
    pty.send("\t\t");
    pty.wait_status("│ Quotes");
    pty.send("y");
    let mut expected = Vec::new();
    match json["quotes"].as_array().and_then(|q| q.first()) {
        Some(quote) => {
            let text = one_line(quote["text"].as_str().unwrap());
            expected.push(match quote["speaker"].as_str() {
                Some(who) => format!("“{text}” — {who}, in {title}"),
                None => format!("“{text}” — in {title}"),
            });
            pty.wait_status("quote sent to the terminal's clipboard");
        }
        None => {
            pty.wait_status("nothing selected");
        }
    }
    pty.send("\t");
    pty.wait_status("│ Numbers");
    pty.send("y");
    pty.wait_status("number sent to the terminal's clipboard");
    let number = &json["numbers"][0];
    expected.push(format!(
        "{} — “{}”, in {title}",
        one_line(number["text"].as_str().unwrap()),
        one_line(number["context"].as_str().unwrap())
    ));
    let n = expected.len();
    pty.wait_raw("the OSC 52 sequences", |raw| osc52_payloads(raw).len() == n);
    assert_eq!(osc52_payloads(&pty.raw()), expected);
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn inside_a_tmux_that_cannot_be_asked_a_plain_osc52_goes_to_tmux_and_the_report_says_so() {
    let mut cmd = byline();
    // A tmux server that is not there: its settings cannot be read.
    cmd.env("TMUX", "/nonexistent/byline-test-tmux/default,1,0");
    let mut pty = open(cmd);
    pty.send("\t");
    pty.wait_status("│ Entities");
    pty.send("y");
    pty.wait_status("name sent to tmux (OSC 52)");
    assert!(!pty.status().contains("copied"), "{}", pty.status());
    pty.wait_raw("a plain OSC 52", |raw| {
        String::from_utf8_lossy(raw).contains("\x1b]52;c;")
    });
    let raw = String::from_utf8_lossy(&pty.raw()).into_owned();
    assert!(!raw.contains("\x1bPtmux;"), "no passthrough wrapping tmux would drop");
    let inner = raw.split("\x1b]52;c;").nth(1).unwrap();
    let b64 = inner.split('\x07').next().unwrap();
    let first_entity = seed_json()["entities"][0]["name"].as_str().unwrap().to_string();
    assert_eq!(String::from_utf8(unbase64(b64)).unwrap(), first_entity);
    pty.send("q");
    assert!(pty.wait_exit().success());
}

fn config_file(text: &str) -> tempfile::NamedTempFile {
    let mut f = tempfile::Builder::new().suffix(".toml").tempfile().unwrap();
    f.write_all(text.as_bytes()).unwrap();
    f
}

#[test]
fn a_rebound_key_works_and_shows_in_help() {
    let cfg = config_file("[keys]\nhelp = \"h\"\ncopy = [\"c\"]\n");
    let path = cfg.path().to_str().unwrap();
    let mut pty = open(byline_with(&["--config", path]));
    pty.wait_status(" h help");
    pty.send("?");
    pty.send("h");
    pty.wait_for("copy the selected quote");
    let help_line = pty.with_screen(|s| {
        s.contents()
            .lines()
            .find(|l| l.contains("copy the selected quote"))
            .map(str::to_string)
    });
    let line = help_line.unwrap_or_else(|| panic!("copy not in help:\n{}", pty.contents()));
    assert!(line.contains("  c "), "{line}");
    assert!(!line.contains(" y "), "{line}");
    pty.send("\x1b");
    pty.wait_until("help closed", |s| !s.contents().contains("Keys ("));
    pty.send("\t");
    pty.wait_status("│ Entities");
    pty.send("c");
    pty.wait_status("name sent to the terminal's clipboard");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn mouse_off_in_the_config_leaves_the_mouse_to_the_terminal() {
    let cfg = config_file("mouse = false\n");
    let mut pty = open(byline_with(&["--config", cfg.path().to_str().unwrap()]));
    pty.with_screen(|s| assert_eq!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None));
    pty.send("q");
    assert!(pty.wait_exit().success());
    let mut with_mouse = open(byline());
    with_mouse.with_screen(|s| assert_ne!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None));
    with_mouse.send("q");
    with_mouse.wait_exit();
}

#[test]
fn a_bad_config_is_reported_with_its_line_and_byline_still_starts() {
    let cfg = config_file("mouse = false\n\n[keys\ncopy = \"c\"\n");
    let path = cfg.path().to_str().unwrap().to_string();
    let mut pty = Pty::spawn(
        shell(&format!("\"$BYLINE\" --config '{path}'; echo EXIT=$?; sleep 5")),
        120,
        40,
    );
    pty.wait_for("Trump hosts El Salvador");
    pty.wait_status(&format!("config: {path}:3:"));
    // The defaults stand: y still copies, the mouse is still captured.
    pty.with_screen(|s| assert_ne!(s.mouse_protocol_mode(), vt100::MouseProtocolMode::None));
    pty.send("q");
    pty.wait_for("EXIT=0");
    // The warning is left on the normal screen, once.
    let text = pty.contents();
    assert_eq!(
        text.matches(&format!("byline: warning: {path}:3:")).count(),
        1,
        "{text}"
    );
    pty.send("x");
}

#[test]
fn print_config_reads_back_without_warnings() {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--print-config")
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("copy = [\"y\"]"));
    assert!(text.contains("# selected_span = \"black on light-cyan bold\""));
    let cfg = config_file(&text);
    let json = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(["--config", cfg.path().to_str().unwrap(), "--json", SEED])
        .output()
        .unwrap();
    assert!(json.status.success());
}

#[test]
fn an_article_piped_on_stdin_opens_and_takes_keys_from_the_terminal() {
    let mut pty = Pty::spawn(shell(&format!("cat {SEED} | \"$BYLINE\" -")), 120, 40);
    pty.wait_for("Trump hosts El Salvador");
    pty.wait_for("0:all");
    pty.send("\t");
    pty.wait_status("│ Entities");
    pty.send("/remittances\r");
    pty.wait_status("/remittances 1/");
    pty.send("q");
    assert!(pty.wait_exit().success());
}
