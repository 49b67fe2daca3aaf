//! The byline/1 contract on real articles: every offset in the JSON of
//! every bundled and corpus article is exact, and the command line reports
//! bad input with one clear line and exit status 2.

mod shared_corpus;

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn byline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_byline"))
}

/// The shared evaluation corpus beside the repository, when present. CI
/// always has it; a plain clone may not, and then only the seeds are checked
/// (unless `BYLINE_REQUIRE_SHARED=1` or `CI` is set, where its absence is an
/// error).
fn corpus_articles() -> Vec<PathBuf> {
    let root = std::env::var_os("BYLINE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus"));
    let out = shared_corpus::txt_files(&root, &["seed", "dev"]);
    if out.is_empty() {
        shared_corpus::missing("corpus", &root, "checking seeds only");
    }
    out
}

fn seed_articles() -> Vec<PathBuf> {
    let v = shared_corpus::txt_files(Path::new(env!("CARGO_MANIFEST_DIR")), &["seeds"]);
    assert!(!v.is_empty(), "seeds/ has no articles");
    v
}

fn json_of(paths: &[PathBuf]) -> Vec<Value> {
    let out = byline().arg("--json").args(paths).output().expect("run byline");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout)
        .expect("UTF-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect()
}

fn slice(chars: &[char], item: &Value) -> String {
    let start = item["start"].as_u64().expect("start") as usize;
    let end = item["end"].as_u64().expect("end") as usize;
    assert!(start <= end && end <= chars.len(), "span {start}..{end} outside text");
    chars[start..end].iter().collect()
}

fn check_offsets(doc: &Value) {
    let text = doc["text"].as_str().expect("text");
    let chars: Vec<char> = text.chars().collect();
    let path = doc["path"].as_str().unwrap_or("?");
    assert_eq!(doc["schema"], "byline/1");
    for p in doc["paragraphs"].as_array().expect("paragraphs") {
        let s = slice(&chars, p);
        assert!(!s.trim().is_empty(), "{path}: empty paragraph");
    }
    for e in doc["entities"].as_array().expect("entities") {
        let aliases: Vec<&str> = e["aliases"]
            .as_array()
            .expect("aliases")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        let mentions = e["mentions"].as_array().expect("mentions");
        assert!(!mentions.is_empty(), "{path}: entity {} has no mention", e["name"]);
        for m in mentions {
            let s = slice(&chars, m);
            assert!(
                aliases.contains(&s.as_str()),
                "{path}: mention {s:?} of {} is not among its aliases {aliases:?}",
                e["name"]
            );
        }
    }
    for q in doc["quotes"].as_array().expect("quotes") {
        assert_eq!(
            slice(&chars, q),
            q["text"].as_str().expect("quote text"),
            "{path}: quote offsets"
        );
    }
    for n in doc["numbers"].as_array().expect("numbers") {
        assert_eq!(
            slice(&chars, n),
            n["text"].as_str().expect("number text"),
            "{path}: number offsets"
        );
        let context = n["context"].as_str().expect("context");
        assert!(
            text.contains(context),
            "{path}: context {context:?} is not from the text"
        );
    }
}

#[test]
fn offsets_are_exact_in_every_article() {
    let mut paths = seed_articles();
    paths.extend(corpus_articles());
    let docs = json_of(&paths);
    assert_eq!(docs.len(), paths.len(), "one line per article");
    for doc in &docs {
        check_offsets(doc);
    }
}

#[test]
fn no_argument_analyses_the_bundled_seed() {
    let docs = json_of(&[]);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], "AFP");
    assert_eq!(
        docs[0]["title"],
        "Trump hosts El Salvador's Bukele, key ally in anti-migrant push"
    );
}

#[test]
fn standard_input_is_an_article() {
    use std::io::Write;
    let mut child = byline()
        .args(["--json", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("\u{feff}Headline words here\r\n\r\n\"It works,\" she said.\r\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["path"], "-");
    assert_eq!(doc["text"], "Headline words here\n\n\"It works,\" she said.");
    check_offsets(&doc);
}

fn error_of(args: &[&str]) -> (i32, String) {
    let out = byline().args(args).output().expect("run byline");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn bad_input_gets_one_clear_line_and_status_2() {
    let dir = tempfile::tempdir().expect("tempdir");
    let binary = dir.path().join("image.png");
    std::fs::write(&binary, b"\x89PNG\r\n\x1a\n\0\0\0IHDR").expect("write");
    let cases = [
        (dir.path().join("missing.txt"), "no such file"),
        (dir.path().to_path_buf(), "is a directory"),
        (binary, "binary file"),
    ];
    for (path, needle) in cases {
        let shown = path.display().to_string();
        let (code, err) = error_of(&["--json", &shown]);
        assert_eq!(code, 2, "{shown}: {err}");
        assert_eq!(err.lines().count(), 1, "one line for {shown}: {err}");
        assert!(err.contains(&shown) && err.contains(needle), "{err}");
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn invalid_utf8_warns_once_and_empty_file_is_valid() {
    let dir = tempfile::tempdir().expect("tempdir");
    let latin1 = dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 in Paris.\n").expect("write");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, b"").expect("write");
    let out = byline().arg("--json").arg(&latin1).arg(&empty).output().expect("run");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("invalid UTF-8"), "{err}");
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["text"], "Caf\u{fffd} in Paris.");
    assert_eq!(lines[1]["text"], "");
    assert_eq!(lines[1]["entities"].as_array().map(Vec::len), Some(0));
}

#[test]
fn one_bad_file_does_not_hide_the_others() {
    let seed = seed_articles().remove(0);
    let out = byline()
        .arg("--json")
        .arg("/no/such/article.txt")
        .arg(&seed)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn unknown_format_or_export_is_one_line_and_status_2() {
    let seed = seed_articles().remove(0);
    let seed = seed.display().to_string();
    for (args, needle) in [
        (vec!["--json", "--format", "pdf", &seed], "--format pdf"),
        (vec!["--export", "xlsx", &seed], "--export xlsx"),
    ] {
        let (code, err) = error_of(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(needle), "{err}");
    }
    let (code, _) = error_of(&["--json", "--export", "md", &seed]);
    assert_eq!(code, 2, "--json and --export together");
}

#[test]
fn a_directory_is_its_articles_in_name_order() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let docs = json_of(std::slice::from_ref(&seeds));
    let paths: Vec<&str> = docs.iter().filter_map(|d| d["path"].as_str()).collect();
    assert_eq!(paths.len(), seed_articles().len(), "{paths:?}");
    assert!(paths.windows(2).all(|w| w[0] < w[1]), "{paths:?}");
    assert!(
        paths.iter().all(|p| p.ends_with(".txt")),
        "README is not an article: {paths:?}"
    );
    for doc in &docs {
        check_offsets(doc);
    }
}

#[test]
fn a_directory_without_articles_does_not_hide_the_others() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("data.json"), b"{}").expect("write");
    let seed = seed_articles().remove(0);
    let out = byline().arg("--json").arg(dir.path()).arg(&seed).output().expect("run");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("is a directory with no articles"), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 1);
}

#[test]
fn html_and_markdown_files_are_read_as_such() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = "<!DOCTYPE html><html><head><title>Port strike ends | Harbour News</title>\
<meta property=\"og:site_name\" content=\"Harbour News\"></head><body><nav>Home | Ports | Ships</nav>\
<article><h1>Port strike ends</h1><p>Dock workers in Rotterdam returned to work on Monday after a \
three-week strike over pay, the union said, ending a dispute that had left 40 ships waiting at anchor.</p>\
<p>&ldquo;We got what we asked for,&rdquo; said union leader Anna de Vries, who led the talks with the \
port authority through the weekend.</p></article><footer>All rights reserved</footer></body></html>";
    let html = dir.path().join("strike.html");
    std::fs::write(&html, page).expect("write");
    let saved_as_text = dir.path().join("strike.txt");
    std::fs::write(&saved_as_text, page).expect("write");
    let md = dir.path().join("strike.md");
    std::fs::write(
        &md,
        "# Port strike ends\n\nDock workers in [Rotterdam](https://example.org/r) returned on *Monday*.\n",
    )
    .expect("write");

    let docs = json_of(&[html.clone(), md]);
    assert_eq!(docs[0]["title"], "Port strike ends");
    assert_eq!(docs[0]["source"], "Harbour News");
    assert_eq!(docs[0]["paragraphs"][0]["kind"], "title");
    let text = docs[0]["text"].as_str().expect("text");
    assert!(
        text.contains("“We got what we asked for,” said union leader Anna de Vries"),
        "{text}"
    );
    assert!(
        !text.contains("All rights reserved") && !text.contains("Ships"),
        "{text}"
    );
    assert_eq!(
        docs[1]["text"],
        "Port strike ends\n\nDock workers in Rotterdam returned on Monday."
    );
    assert_eq!(docs[1]["title"], "Port strike ends");
    for doc in &docs {
        check_offsets(doc);
    }

    // A .txt file is text unless --format says otherwise.
    let as_text = json_of(std::slice::from_ref(&saved_as_text));
    assert!(as_text[0]["text"].as_str().is_some_and(|t| t.contains("<article>")));
    let out = byline()
        .args(["--json", "--format", "html"])
        .arg(&saved_as_text)
        .output()
        .expect("run");
    assert!(out.status.success());
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(doc["title"], "Port strike ends");
}

#[test]
fn exports_of_the_seed_read_back() {
    let seed = seed_articles().remove(0);
    let out = byline().args(["--export", "md"]).arg(&seed).output().expect("run");
    assert!(out.status.success());
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(
        md.lines().next(),
        Some("# Trump hosts El Salvador's Bukele, key ally in anti-migrant push")
    );
    for heading in ["## Quotes", "## Numbers", "## Entities"] {
        assert!(md.lines().any(|l| l == heading), "{heading} missing");
    }

    let out = byline()
        .args(["--export", "csv"])
        .arg(&seed)
        .arg(&seed)
        .output()
        .expect("run");
    assert!(out.status.success());
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    assert_eq!(reader.headers().expect("header").len(), 8);
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    let (first, second) = rows.split_at(rows.len() / 2);
    assert!(!first.is_empty() && first == second, "two copies of the same rows");
    assert!(rows.iter().any(|r| &r[1] == "entity" && &r[3] == "Nayib Bukele"));
}
