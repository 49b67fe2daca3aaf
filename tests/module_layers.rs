//! Imports run downward only. In the core, the word knowledge (`lexicon`)
//! and the date primitives (`calendar`) sit below article loading, which
//! sits below extraction; in the binary, the configuration builds on the
//! explorer's types and the explorer knows no configuration. A path that
//! names a module above its own fails here, comments and all, so the
//! layering does not erode one convenient import at a time.

use std::path::{Path, PathBuf};

/// (directory, paths its files must not name, why).
const RULES: &[(&str, &[&str], &str)] = &[
    (
        "crates/byline-core/src/lexicon",
        &["crate::extract", "crate::article", "crate::calendar"],
        "the lexicon is the bottom layer of the core",
    ),
    (
        "crates/byline-core/src/calendar",
        &["crate::extract", "crate::article"],
        "the calendar's date primitives sit below article loading and extraction",
    ),
    (
        "crates/byline-core/src/article",
        &["crate::extract"],
        "article loading sits below extraction",
    ),
    (
        "src/tui",
        &["crate::config"],
        "the explorer takes tui::Settings; config builds on tui, not the reverse",
    ),
];

/// Every `.rs` file under `dir`, recursively.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|x| x == "rs") {
                files.push(path);
            }
        }
    }
    files
}

/// "FILE:LINE: names PATH (WHY)" for every line of `text` naming a forbidden path.
fn violations(file: &str, text: &str, forbidden: &[&str], why: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in text.lines().enumerate() {
        for path in forbidden {
            if line.contains(path) {
                found.push(format!("{file}:{}: names {path} ({why})", n + 1));
            }
        }
    }
    found
}

#[test]
fn no_module_imports_a_layer_above_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut problems = Vec::new();
    for (dir, forbidden, why) in RULES {
        let files = rust_files(&root.join(dir));
        assert!(!files.is_empty(), "{dir}: no Rust files; the rule checks nothing");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            let name = file.strip_prefix(root).unwrap_or(&file).display().to_string();
            problems.extend(violations(&name, &text, forbidden, why));
        }
    }
    assert!(problems.is_empty(), "upward imports:\n{}", problems.join("\n"));
}

#[test]
fn an_upward_import_is_caught_wherever_it_is_written() {
    let text = "use std::fmt;\nuse crate::extract::Entity;\nfn f() { crate::extract::analyze(a); }\n";
    let found = violations("a.rs", text, &["crate::extract"], "test");
    assert_eq!(found.len(), 2);
    assert!(found[0].starts_with("a.rs:2: names crate::extract"), "{found:?}");
    assert!(violations("b.rs", "use crate::calendar::CivilDate;\n", &["crate::extract"], "test").is_empty());
}
