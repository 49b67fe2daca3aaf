//! The article's own date (`published`) and the calendar values of its
//! dates (`resolved`), end to end: every gold file of the shared corpora
//! against the date byline finds, fixture pages and files for each kind of
//! declared date, and `--date` on the command line.

use std::path::{Path, PathBuf};
use std::process::Command;

use byline::article::{Article, load_path};
use serde_json::Value;

fn byline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_byline"))
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/dates")
        .join(name)
}

/// One JSON document per line of `byline --json` with these arguments.
fn json(args: &[&str]) -> Vec<Value> {
    let out = byline().arg("--json").args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn published(doc: &Value) -> Option<&str> {
    doc["published"].as_str()
}

/// The `resolved` value of the first date entity whose name is `name`.
fn resolved_entity<'a>(doc: &'a Value, name: &str) -> Option<&'a str> {
    doc["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["type"] == "date" && e["name"] == name)
        .unwrap_or_else(|| panic!("no date entity {name:?}"))
        .get("resolved")
        .and_then(Value::as_str)
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Every article with a gold file in ../shared/corpus and
/// ../shared/corpus-extra: (article, the gold's `published`, or None when
/// the gold gives none).
fn gold_articles() -> Vec<(PathBuf, Option<String>)> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let mut out = Vec::new();
    for dir in ["corpus/seed", "corpus/dev", "corpus-extra"] {
        let Ok(entries) = std::fs::read_dir(shared.join(dir)) else {
            continue;
        };
        for gold in entries.filter_map(Result::ok).map(|e| e.path()) {
            let Some(stem) = gold
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".gold.json"))
            else {
                continue;
            };
            let value: Value = serde_json::from_str(&std::fs::read_to_string(&gold).unwrap()).unwrap();
            let text = gold.with_file_name(format!("{stem}.txt"));
            out.push((text, value["published"].as_str().map(str::to_string)));
        }
    }
    out.sort();
    out
}

#[test]
fn article_dates_match_the_gold_files_of_both_corpora() {
    let articles = gold_articles();
    if articles.is_empty() {
        assert!(std::env::var_os("CI").is_none(), "shared corpora not found");
        eprintln!("note: no shared corpora beside the repository; nothing checked");
        return;
    }
    let (mut dated, mut found, mut right, mut invented) = (0, 0, 0, 0);
    let mut wrong = Vec::new();
    for (path, gold) in &articles {
        let loaded = load_path(path).unwrap();
        let article = Article::from_loaded(&loaded, None).unwrap();
        let got = article.published.map(|d| d.to_string());
        match (gold, &got) {
            (Some(g), Some(f)) => {
                dated += 1;
                found += 1;
                if g == f {
                    right += 1;
                } else {
                    wrong.push(format!("{}: gold {g}, found {f}", path.display()));
                }
            }
            (Some(g), None) => {
                dated += 1;
                wrong.push(format!("{}: gold {g}, none found", path.display()));
            }
            (None, Some(f)) => {
                invented += 1;
                wrong.push(format!("{}: no gold date, found {f}", path.display()));
            }
            (None, None) => {}
        }
    }
    eprintln!(
        "article dates: {} articles, {dated} dated in gold, {found} found, {right} right, {invented} invented",
        articles.len()
    );
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(right, dated);
}

#[test]
fn html_metadata_dates() {
    let docs = json(&[
        path_str(&fixture("json_ld.html")),
        path_str(&fixture("meta_tag.html")),
        path_str(&fixture("time_element.html")),
    ]);
    assert_eq!(published(&docs[0]), Some("2024-11-08"), "JSON-LD datePublished");
    assert_eq!(published(&docs[1]), Some("2023-06-14"), "article:published_time");
    assert_eq!(published(&docs[2]), Some("2022-03-04"), "<time datetime>");
    // Friday 8 November 2024: "on Tuesday" in the past is the 5th.
    assert_eq!(resolved_entity(&docs[0], "Tuesday"), Some("2024-11-05"));
    assert_eq!(resolved_entity(&docs[0], "next week"), Some("2024-W46"));
    assert_eq!(resolved_entity(&docs[1], "last year"), Some("2022"));
}

#[test]
fn front_matter_date() {
    let docs = json(&[path_str(&fixture("front_matter.md"))]);
    assert_eq!(published(&docs[0]), Some("2021-09-30"));
    assert_eq!(resolved_entity(&docs[0], "last year"), Some("2020"));
    let text = docs[0]["text"].as_str().unwrap();
    assert!(!text.contains("tags:"), "front matter is not prose");
}

#[test]
fn command_line_date_dates_an_undated_article() {
    let undated = fixture("undated.txt");
    let plain = json(&[path_str(&undated)]);
    assert_eq!(plain[0]["published"], Value::Null);
    assert_eq!(resolved_entity(&plain[0], "Monday"), None);
    assert_eq!(resolved_entity(&plain[0], "last month"), None);
    // What the text states in full is a date either way.
    assert_eq!(resolved_entity(&plain[0], "March 3, 2001"), Some("2001-03-03"));

    let dated = json(&["--date", "2025-04-12", path_str(&undated)]);
    assert_eq!(published(&dated[0]), Some("2025-04-12"));
    assert_eq!(resolved_entity(&dated[0], "Monday"), Some("2025-04-14"));
    assert_eq!(resolved_entity(&dated[0], "last month"), Some("2025-03"));
    let year_1998 = dated[0]["numbers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["text"] == "1998")
        .unwrap();
    assert_eq!(year_1998["value"], 1998);
    assert_eq!(year_1998["resolved"], "1998");
}

#[test]
fn command_line_date_outranks_the_page_metadata() {
    let docs = json(&["--date", "2020-01-31", path_str(&fixture("meta_tag.html"))]);
    assert_eq!(published(&docs[0]), Some("2020-01-31"));
}

#[test]
fn a_bad_command_line_date_is_one_clear_error() {
    for bad in ["2025-02-30", "12/04/2025", "tomorrow"] {
        let out = byline()
            .args(["--json", "--date", bad, path_str(&fixture("undated.txt"))])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(
            err.contains(&format!("--date {bad}")) && err.contains("YYYY-MM-DD"),
            "{err}"
        );
    }
}
