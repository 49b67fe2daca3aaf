//! The command line on input meant to break it: text that made extraction
//! panic, pages nested a hundred thousand deep, endless devices, FIFOs with
//! no writer, file names and articles carrying terminal escape sequences,
//! CSV cells written as formulas, pages in legacy charsets. Each test is
//! named after the case it guards; every process started here is waited
//! for or killed.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use byline::library::{Library, Status};

const BYLINE: &str = env!("CARGO_BIN_EXE_byline");

fn byline(args: &[&str], dir: &Path) -> Output {
    byline_with(args, dir, &[])
}

fn byline_with(args: &[&str], dir: &Path, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(BYLINE);
    cmd.args(args).current_dir(dir).stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("byline runs")
}

fn write(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("temp file");
    p
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// No byte that a terminal would obey.
fn assert_inert(s: &str) {
    let bad: Vec<char> = s.chars().filter(|&c| byline::untrusted::is_unsafe(c)).collect();
    assert!(bad.is_empty(), "unsafe characters {bad:?} in {s:?}");
}

const ARTICLE: &str = "Council passes budget\n\n\"We kept our promise,\" said Mayor Jane Doe on Monday.";

/// The reproduction: the 600th byte of a sentence inside "é".
#[test]
fn panic_on_ordinary_text_with_a_multibyte_character_at_a_byte_reach() {
    let dir = tempfile::tempdir().expect("temp dir");
    let text = format!("Trump ordered the government to \"facilitate\" {}.\n", "é".repeat(301));
    write(dir.path(), "p.txt", text);
    let o = byline(&["--json", "p.txt"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("\"quotes\""));
}

#[test]
fn one_failing_article_costs_no_other_in_json_and_exports() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.txt", ARTICLE);
    write(dir.path(), "p.txt", format!("\u{1B}]0;PWN\u{7} {ARTICLE}"));
    write(dir.path(), "b.txt", ARTICLE);
    let fail = [("BYLINE_FAIL_ON", "p.txt")];
    for args in [["--json"], ["--export=csv"], ["--export=md"]] {
        let mut all = args.to_vec();
        all.extend(["a.txt", "p.txt", "nothere.txt", "b.txt"]);
        let o = byline_with(&all, dir.path(), &fail);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let out = stdout(&o);
        assert!(out.contains("a.txt") && out.contains("b.txt"), "{args:?}: {out}");
        assert!(!out.contains("p.txt"), "{args:?}: half an article written: {out}");
        let err = stderr(&o);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "{args:?}: {err}");
        assert!(
            lines[0].starts_with("byline: p.txt: internal error") && !lines[0].contains("PWN"),
            "{}",
            lines[0]
        );
        assert_eq!(lines[1], "byline: nothere.txt: no such file");
        assert_inert(&err);
    }
}

#[test]
fn one_bad_article_never_costs_the_others_in_the_library() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = vec![
        write(dir.path(), "a.txt", ARTICLE),
        write(
            dir.path(),
            "image.txt",
            [0x89, b'P', b'N', b'G', 0, 0, 0, 13, 0, 0, 1, 2],
        ),
        write(dir.path(), "b.txt", ARTICLE),
    ];
    let mut library = Library::new(paths, None);
    library.wait();
    let s = library.summaries();
    assert_eq!(s[0].status, Status::Analysed);
    assert!(matches!(&s[1].status, Status::Failed(m) if m.contains("image.txt") && m.contains("binary")));
    assert_eq!(s[2].status, Status::Analysed);
}

/// Once an abort by stack overflow (exit 134).
#[test]
fn stack_overflow_on_deeply_nested_html() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = format!("<html><body><article><p>Hi said Bob.</p>{}", "<span>".repeat(150_000));
    write(dir.path(), "s.html", page);
    let o = byline(&["--json", "s.html"], dir.path());
    assert!(o.status.success(), "{:?} {}", o.status, stderr(&o));
    assert!(stdout(&o).contains("Hi said Bob."));
    assert!(stderr(&o).contains("nested deeper than 256 levels"), "{}", stderr(&o));
}

/// 100,000 nested divs, 300,000 attributes on one tag, 50,000 nested tables,
/// 1.4 million references and 20,000 unclosed `<b>`s (each reopened in every
/// later paragraph) were quadratic (a minute or more each); their
/// times are measured by `benches/hostile_html.rs`, here they must read.
#[test]
fn quadratic_html_pages_read_with_their_text() {
    let dir = tempfile::tempdir().expect("temp dir");
    let divs = format!(
        "<html><body>{}<p>Deep text said Bob.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let attrs: Vec<String> = (0..300_000).map(|i| format!("a{i}=x")).collect();
    let attrs = format!("<html><body><p {}>Many attributes.</p></body></html>", attrs.join(" "));
    let tables = format!(
        "<html><body>{}Cell text.{}</body></html>",
        "<table><tr><td>".repeat(50_000),
        "</td></tr></table>".repeat(50_000)
    );
    let refs = format!("<html><body><p>Refs {} end.</p></body></html>", "&amp;".repeat(200_000));
    let bold: String = (0..20_000).map(|i| format!("<p><b class=c{i}>x</p>")).collect();
    let bold = format!("<html><body>{bold}<p>Last paragraph.</p></body></html>");
    for (name, page, text) in [
        ("divs.html", divs, "Deep text said Bob."),
        ("attrs.html", attrs, "Many attributes."),
        ("tables.html", tables, "Cell text."),
        ("refs.html", refs, " end."),
        ("bold.html", bold, "Last paragraph."),
    ] {
        write(dir.path(), name, page);
        let o = byline(&["--json", name], dir.path());
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(stdout(&o).contains(text), "{name}");
    }
}

#[test]
fn unbounded_read_of_dev_zero_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = byline(&["--json", "/dev/zero"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        stderr(&o).trim_end(),
        "byline: /dev/zero: looks like a binary file (control bytes in its first 8192 bytes), not an article"
    );
    let config = byline::config::load(Some(Path::new("/dev/zero")), false);
    assert_eq!(config.errors.len(), 1);
    assert_eq!(
        config.errors[0],
        "/dev/zero: cannot read the configuration: looks like a binary file (control bytes in its first 8192 bytes), not an article"
    );
}

#[test]
fn an_oversized_config_is_refused_while_reading() {
    let dir = tempfile::tempdir().expect("temp dir");
    let big = write(dir.path(), "big.toml", "# x\n".repeat(300_000));
    let config = byline::config::load(Some(&big), false);
    assert_eq!(config.errors.len(), 1);
    assert!(
        config.errors[0].contains("larger than the 1048576-byte limit"),
        "{:?}",
        config.errors
    );
}

#[cfg(unix)]
#[test]
fn a_fifo_with_no_writer_says_what_it_waits_on() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("feed.txt");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo runs");
    assert!(made.success());
    let mut child = Command::new(BYLINE)
        .args(["--json", "feed.txt"])
        .current_dir(dir.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("byline starts");
    let mut err = BufReader::new(child.stderr.take().expect("stderr piped"));
    let mut line = String::new();
    let read = err.read_line(&mut line);
    // Then a writer comes, and the article is read.
    let mut writer = std::fs::OpenOptions::new().write(true).open(&fifo).expect("open fifo");
    writer.write_all(ARTICLE.as_bytes()).expect("write fifo");
    drop(writer);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break Some(status);
        }
        if started.elapsed() > Duration::from_secs(30) {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(read.is_ok());
    assert_eq!(
        line.trim_end(),
        "byline: waiting for something to write to feed.txt (a FIFO); ctrl-c to stop"
    );
    assert!(status.is_some_and(|s| s.success()), "{status:?}");
}

#[test]
fn escapes_in_file_names_are_shown_not_sent() {
    let dir = tempfile::tempdir().expect("temp dir");
    let o = byline(&["--json", "x\u{1B}]0;PWN\u{7}.txt"], dir.path());
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stderr(&o), "byline: x\\u{1B}]0;PWN\\u{7}.txt: no such file\n");
    let bad_dir = dir.path().join("d\u{1B}[2J");
    std::fs::create_dir(&bad_dir).expect("dir");
    let o = byline(&["--json", "d\u{1B}[2J"], dir.path());
    assert_inert(&stderr(&o));
    assert!(stderr(&o).contains("d\\u{1B}[2J: is a directory with no articles"));
}

const HOSTILE: &str = "Hackers strike\n\n\
\"=HYPERLINK(\"\"http://x\"\")\" said Mayor Jane Doe. \
\"Look \u{1B}]52;c;cm0gLXJmIH4=\u{7}here\u{1B}c\u{8}\u{9B}2J\u{202E}now,\" said Mayor Jane Doe. \
\"+cmd|' /C calc'!A0\" said Mayor Jane Doe. \"@SUM(A1)\" said Mayor Jane Doe.";

#[test]
fn escapes_reach_the_terminal_through_csv_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "h.txt", HOSTILE);
    let o = byline(&["--export", "csv", "h.txt"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_inert(&out);
    assert!(out.contains("\\u{1B}]52;c;"), "{out}");
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let texts: Vec<String> = reader
        .records()
        .filter_map(Result::ok)
        .filter(|r| r.get(1) == Some("quote"))
        .filter_map(|r| r.get(3).map(str::to_string))
        .collect();
    assert!(!texts.is_empty(), "{out}");
    for t in &texts {
        assert!(!t.starts_with(['=', '+', '-', '@']), "formula cell {t:?}");
    }
}

#[test]
fn csv_formula_injection_cells_are_prefixed() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "=cmd.txt", ARTICLE);
    let o = byline(&["--export", "csv", "=cmd.txt"], dir.path());
    let out = stdout(&o);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let first = reader.records().next().and_then(Result::ok).expect("a row");
    assert_eq!(first.get(0), Some("'=cmd.txt"));
}

#[test]
fn escapes_reach_the_terminal_through_markdown_export() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "h.txt", HOSTILE);
    let o = byline(&["--export", "md", "h.txt"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert_inert(&out);
    assert!(out.contains("\\u{202E}"), "{out}");
}

#[test]
fn declared_charsets_were_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut page =
        b"<html><head><meta charset=\"windows-1252\"><title>Caf\xE9 prices</title></head><body><article><p>".to_vec();
    page.extend_from_slice(b"Caf\xE9 owners said \x93prices rose 5 percent\x94 on Monday, according to the chamber of commerce, which surveyed its members.</p></article></body></html>");
    write(dir.path(), "c.html", page);
    let o = byline(&["--json", "c.html"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("Café owners said “prices rose 5 percent”"), "{out}");
    assert!(!out.contains('\u{FFFD}'));
}

#[test]
fn utf16_with_a_bom_was_refused_as_binary() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(ARTICLE.encode_utf16().flat_map(u16::to_le_bytes));
    write(dir.path(), "u.txt", bytes);
    let o = byline(&["--json", "u.txt"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("We kept our promise,"));
}

#[test]
fn one_nul_byte_rejected_a_whole_article() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "n.txt", ARTICLE.replacen(' ', "\0", 1));
    let o = byline(&["--json", "n.txt"], dir.path());
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).contains("We kept our promise,"));
}
