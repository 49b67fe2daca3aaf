//! `byline --json` and `--export csv` over many articles: they are analysed
//! on every core, yet printed in the order they were given, and a file that
//! cannot be read is reported without losing the others.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn byline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_byline"))
}

/// A directory of `count` short articles whose sizes vary a lot (every
/// seventh is about forty times longer), so that with several threads later
/// articles finish before earlier ones. Returns the files in name order.
fn articles_of_uneven_length(dir: &Path, count: usize) -> Vec<PathBuf> {
    let mut paths = Vec::new();
    for i in 0..count {
        let paragraph = format!(
            "Officials in Northfield {i} said the bridge would reopen in {} weeks. \
             \"We are nearly there,\" said Dana Holt, the town engineer.\n\n",
            i % 9 + 2
        );
        let repeats = if i % 7 == 0 { 40 } else { 1 };
        let path = dir.join(format!("article_{i:04}.txt"));
        std::fs::write(&path, paragraph.repeat(repeats)).expect("write article");
        paths.push(path);
    }
    paths
}

#[test]
fn json_lines_come_out_in_input_order_with_many_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let expected = articles_of_uneven_length(dir.path(), 150);
    let out = byline()
        .arg("--json")
        .arg(dir.path())
        .env("RAYON_NUM_THREADS", "4")
        .output()
        .expect("run byline");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let printed: Vec<String> = String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("one JSON object per line");
            v["path"].as_str().expect("path").to_owned()
        })
        .collect();
    let expected: Vec<String> = expected.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(printed, expected);
}

#[test]
fn csv_rows_follow_the_order_of_the_articles() {
    let dir = tempfile::tempdir().expect("tempdir");
    let expected = articles_of_uneven_length(dir.path(), 60);
    let out = byline()
        .args(["--export", "csv"])
        .arg(dir.path())
        .env("RAYON_NUM_THREADS", "4")
        .output()
        .expect("run byline");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let path_column = reader
        .headers()
        .expect("header")
        .iter()
        .position(|h| h == "article")
        .expect("an article column");
    let mut order: Vec<String> = Vec::new();
    for row in reader.records() {
        let row = row.expect("CSV row");
        let article = row[path_column].to_owned();
        if order.last() != Some(&article) {
            order.push(article);
        }
    }
    let expected: Vec<String> = expected.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(order, expected, "each article's rows together, in input order");
}

#[test]
fn an_unreadable_file_among_many_is_reported_and_the_rest_printed_in_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles = articles_of_uneven_length(dir.path(), 40);
    let missing = dir.path().join("missing.txt");
    let mut inputs = articles[..20].to_vec();
    inputs.push(missing.clone());
    inputs.extend_from_slice(&articles[20..]);
    let out = byline()
        .arg("--json")
        .args(&inputs)
        .env("RAYON_NUM_THREADS", "4")
        .output()
        .expect("run byline");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("missing.txt"), "{err}");
    let printed: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("JSON");
            v["path"].as_str().expect("path").to_owned()
        })
        .collect();
    let expected: Vec<String> = articles.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(printed, expected);
}

/// An article too large to render on a worker (its JSON is written straight
/// to the output) keeps its place among small ones, and its line is whole.
#[test]
fn a_large_article_among_small_ones_keeps_its_place() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut articles = articles_of_uneven_length(dir.path(), 30);
    let large = dir.path().join("article_0014_large.txt");
    let paragraph = "The harbour board said on Monday that 412 ships had docked since March.\n\n";
    std::fs::write(&large, paragraph.repeat(5000)).expect("write large article");
    articles.insert(15, large.clone());
    let out = byline()
        .arg("--json")
        .arg(dir.path())
        .env("RAYON_NUM_THREADS", "2")
        .output()
        .expect("run byline");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    let printed: Vec<&str> = lines.iter().map(|v| v["path"].as_str().expect("path")).collect();
    let expected: Vec<String> = articles.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(printed, expected);
    let large_text = lines[15]["text"].as_str().expect("text");
    assert!(large_text.len() > 300_000, "the large article's text is whole");
}
