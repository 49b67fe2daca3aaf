//! Reading real saved news pages: byline's article body against the body
//! Mozilla Readability extracts (`expected.html` in each case folder of
//! `../shared/corpus/html/`), scored as word-level F1 over the visible text.
//!
//! The headline and byline are scored apart from the body, as Readability
//! removes them from `expected.html`. A title may differ from the expected
//! one only by a trailing " - Site" / " | Site" naming the publication, which
//! byline moves to the article's source.

mod shared_corpus;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use byline::article::format::BlockKind;
use byline::article::{Format, to_plain_text};
use regex::Regex;

fn corpus_dir() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/html");
    if root.is_dir() {
        return Some(root);
    }
    shared_corpus::missing("HTML corpus", &root, "skipping");
    None
}

/// Visible text of an HTML fragment: tags removed, script/style/noscript
/// content dropped, entities decoded.
fn visible_text(html: &str) -> String {
    static HIDDEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?is)<(script|style|noscript|template)\b.*?</(script|style|noscript|template)\s*>|<!--.*?-->")
            .expect("regex")
    });
    static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").expect("regex"));
    let without_hidden = HIDDEN.replace_all(html, " ");
    let without_tags = TAG.replace_all(&without_hidden, " ");
    decode_entities(&without_tags)
}

fn decode_entities(s: &str) -> String {
    static ENTITY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);").expect("regex"));
    ENTITY
        .replace_all(s, |c: &regex::Captures| {
            let name = &c[1];
            let decoded = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .map(String::from)
            } else if let Some(dec) = name.strip_prefix('#') {
                dec.parse().ok().and_then(char::from_u32).map(String::from)
            } else {
                let named = match name {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" | "rsquo" | "lsquo" => "'",
                    "nbsp" | "ensp" | "emsp" | "thinsp" => " ",
                    "ldquo" | "rdquo" => "\"",
                    "ndash" | "mdash" => "-",
                    "hellip" => "...",
                    "copy" => "©",
                    _ => "",
                };
                (!named.is_empty()).then(|| named.to_string())
            };
            decoded.unwrap_or_else(|| c[0].to_string())
        })
        .into_owned()
}

fn words(text: &str) -> HashMap<String, usize> {
    static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("regex"));
    let lower = text.to_lowercase();
    let mut counts = HashMap::new();
    for m in WORD.find_iter(&lower) {
        *counts.entry(m.as_str().to_string()).or_insert(0) += 1;
    }
    counts
}

/// (precision, recall, F1) of the multiset of words in `found` against `expected`.
fn word_f1(found: &str, expected: &str) -> (f64, f64, f64) {
    let (f, e) = (words(found), words(expected));
    let overlap: usize = f.iter().map(|(w, n)| (*n).min(e.get(w).copied().unwrap_or(0))).sum();
    let (nf, ne) = (f.values().sum::<usize>(), e.values().sum::<usize>());
    if nf == 0 || ne == 0 {
        return (0.0, 0.0, 0.0);
    }
    let p = overlap as f64 / nf as f64;
    let r = overlap as f64 / ne as f64;
    let f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    (p, r, f1)
}

fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Equal after folding white space, or `expected` is `found` plus a site suffix.
fn title_matches(found: &str, expected: &str) -> bool {
    let (found, expected) = (fold(found), fold(expected));
    if found == expected {
        return true;
    }
    [" | ", " - ", " – ", " — ", " :: ", " · "].iter().any(|sep| {
        expected
            .strip_prefix(found.as_str())
            .is_some_and(|rest| rest.starts_with(sep))
    })
}

#[test]
fn saved_news_pages_read_like_readability() {
    let Some(root) = corpus_dir() else { return };
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&root)
        .expect("read corpus")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.join("source.html").is_file())
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no cases in {}", root.display());

    let mut failures = Vec::new();
    let mut total_f1 = 0.0;
    println!("{:<16} {:>6} {:>6} {:>6} {:>6}  title", "case", "words", "P", "R", "F1");
    for case in &cases {
        let name = case.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        let source = std::fs::read_to_string(case.join("source.html")).expect("source.html");
        let expected_html = std::fs::read_to_string(case.join("expected.html")).expect("expected.html");
        let meta: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(case.join("expected-metadata.json")).expect("metadata"))
                .expect("metadata JSON");
        let converted = to_plain_text(Format::Html, &source).unwrap_or_else(|e| panic!("{name}: {e}"));
        let body: Vec<&str> = converted
            .blocks
            .iter()
            .filter(|b| !matches!(b.kind, BlockKind::Title | BlockKind::Byline))
            .map(|b| b.text.as_str())
            .collect();
        let (p, r, f1) = word_f1(&body.join("\n\n"), &visible_text(&expected_html));
        total_f1 += f1;
        let expected_title = meta["title"].as_str().unwrap_or("");
        let found_title = converted.title.as_deref().unwrap_or("");
        let title_ok = title_matches(found_title, expected_title);
        println!(
            "{name:<16} {:>6} {p:>6.3} {r:>6.3} {f1:>6.3}  {}",
            body.iter().map(|b| b.split_whitespace().count()).sum::<usize>(),
            if title_ok { "ok" } else { "DIFFERS" }
        );
        if f1 < 0.85 {
            failures.push(format!("{name}: F1 {f1:.3} < 0.85"));
        }
        if !title_ok {
            failures.push(format!("{name}: title {found_title:?}, expected {expected_title:?}"));
        }
    }
    let mean = total_f1 / cases.len() as f64;
    println!("{:<16} {:>6} {:>6} {:>6} {mean:>6.3}", "mean", "", "", "");
    assert!(mean >= 0.95, "mean F1 {mean:.3} < 0.95");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn scoring_helpers_work() {
    assert_eq!(
        visible_text("<p>A&amp;B <script>x()</script>caf&#233; &#x2014;</p>").trim(),
        "A&B  café —"
    );
    let (_, _, f1) = word_f1("the cat sat", "the cat sat");
    assert!((f1 - 1.0).abs() < 1e-9);
    let (p, r, _) = word_f1("the cat", "the cat sat down");
    assert!((p - 1.0).abs() < 1e-9 && (r - 0.5).abs() < 1e-9);
    assert!(title_matches("Mozilla", "Mozilla - Wikipedia"));
    assert!(!title_matches("Mozilla", "Mozilla Firefox"));
}
