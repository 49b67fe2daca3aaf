//! The annotated articles beside the repository (`../shared`), for the
//! tests that run byline over every one of them. In a plain clone they are
//! absent and those tests check less; `CI` or `BYLINE_REQUIRE_SHARED` make
//! their absence an error.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Whether the shared articles must be there: `BYLINE_REQUIRE_SHARED=1`
/// (set by `.ci/run`) or `CI` in the environment.
pub fn required() -> bool {
    std::env::var_os("BYLINE_REQUIRE_SHARED").is_some_and(|v| v != "0") || std::env::var_os("CI").is_some()
}

/// Says `what` is not at `path`: an error where it is required, else a
/// note that the test does `instead`.
pub fn missing(what: &str, path: &Path, instead: &str) {
    assert!(
        !required(),
        "{what} not found at {} (BYLINE_REQUIRE_SHARED or CI is set)",
        path.display()
    );
    eprintln!("note: no {what} at {}; {instead}", path.display());
}

/// The `.txt` articles in each of `dirs` under `root`, sorted; missing
/// folders are skipped.
pub fn txt_files(root: &Path, dirs: &[&str]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in dirs {
        if let Ok(entries) = std::fs::read_dir(root.join(dir)) {
            out.extend(
                entries
                    .filter_map(Result::ok)
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|x| x == "txt")),
            );
        }
    }
    out.sort();
    out
}
