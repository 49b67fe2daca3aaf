//! The extraction output of every annotated article, pinned.
//!
//! Each article in `../shared/corpus` and `../shared/corpus-extra` is run
//! through `byline --json` and its output (all of it but the article text,
//! which is replaced by its length) is compared with a stored snapshot. A
//! refactoring must leave these byte-identical; a quality change updates
//! them on purpose (`INSTA_UPDATE=always cargo test --test analysis_stable`)
//! and the diff shows exactly what it changed.

mod shared_corpus;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// The annotated articles beside the repository, or none (with a note) in a
/// plain clone. `CI` or `BYLINE_REQUIRE_SHARED` make their absence an error.
fn annotated_articles() -> Vec<PathBuf> {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let out = shared_corpus::txt_files(&shared, &["corpus/seed", "corpus/dev", "corpus-extra"]);
    if out.is_empty() {
        shared_corpus::missing("annotated articles", &shared, "nothing pinned");
    }
    out
}

/// The `--json` document of one article with its text replaced by its
/// length in characters, pretty-printed so a change reads as a small diff.
fn pinned_json(path: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .arg("--json")
        .arg(path)
        .output()
        .expect("run byline");
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let mut doc: Value = serde_json::from_slice(&out.stdout).expect("one JSON document");
    let chars = doc["text"].as_str().map(|t| t.chars().count()).unwrap_or(0);
    doc["text"] = Value::from(format!("<{chars} characters>"));
    // The path differs between checkouts; the file name is what identifies it.
    if let Some(name) = path.file_name() {
        doc["path"] = Value::from(name.to_string_lossy().into_owned());
    }
    serde_json::to_string_pretty(&doc).expect("serialize")
}

#[test]
fn analysis_of_every_annotated_article_is_unchanged() {
    for path in annotated_articles() {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        insta::assert_snapshot!(name, pinned_json(&path));
    }
}
