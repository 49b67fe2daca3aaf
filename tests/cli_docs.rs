//! The flags that print documentation and exit: --version, --credits,
//! --completions and --man; and what the binary carries (the credits) and
//! does not carry (the seed article, which is not freely licensed).

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// The seed article, read at compile time: tests may carry it, binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

fn byline(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("byline runs")
}

fn stdout_of(args: &[&str]) -> String {
    let out = byline(args);
    assert!(
        out.status.success(),
        "byline {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

#[test]
fn version_names_the_package_version() {
    let out = stdout_of(&["--version"]);
    assert_eq!(out.trim(), format!("byline {}", env!("CARGO_PKG_VERSION")));
}

#[test]
fn credits_print_third_party_md() {
    let out = stdout_of(&["--credits"]);
    let file = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("THIRD-PARTY.md")).unwrap();
    assert_eq!(out, file);
    for licence in [
        "MIT",
        "Apache",
        "CC BY 4.0",
        "Unicode License v3",
        "CC BY 2.5",
        "CC0 1.0",
    ] {
        assert!(out.contains(licence), "--credits does not mention {licence}");
    }
}

/// Every data file shipped in the binary is credited: a list added to
/// assets/gazetteer/ (or another bundled article) without a line in
/// THIRD-PARTY.md fails here. README.md only describes the lists.
#[test]
fn credits_list_every_bundled_data_file() {
    let out = stdout_of(&["--credits"]);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for dir in ["assets/gazetteer", "assets/articles", "assets/themes"] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            if name == "README.md" {
                continue;
            }
            let path = format!("{dir}/{name}");
            assert!(out.contains(&path), "--credits does not credit {path}");
            checked += 1;
        }
    }
    assert!(checked >= 14, "only {checked} files found under assets/");
}

#[test]
fn bash_completions_know_every_flag() {
    let out = stdout_of(&["--completions", "bash"]);
    assert!(out.contains("complete -F"), "{out}");
    for flag in ["--json", "--export", "--credits", "--completions", "--man", "--config"] {
        assert!(out.contains(flag), "bash completions lack {flag}");
    }
}

#[test]
fn completions_for_an_unknown_shell_are_refused() {
    let out = byline(&["--completions", "cmd.exe"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cmd.exe") && err.contains("bash"), "{err}");
}

#[test]
fn man_page_is_roff_with_every_flag() {
    let out = stdout_of(&["--man"]);
    assert!(
        out.contains(".TH byline 1"),
        "no title header: {}",
        &out[..out.len().min(200)]
    );
    for flag in ["json", "export", "credits", "completions", "config"] {
        assert!(out.contains(&format!("\\-\\-{flag}")), "man page lacks --{flag}");
    }
}

/// The AFP seed is read from the checkout at run time; its text must not be
/// in the binary, while the bundled Wikinews article is.
#[test]
fn binary_does_not_embed_the_seed_article() {
    let binary = std::fs::read(env!("CARGO_BIN_EXE_byline")).unwrap();
    let contains = |needle: &str| binary.windows(needle.len()).any(|w| w == needle.as_bytes());
    let seed_sentence = SEED_TEXT
        .lines()
        .find(|l| l.len() > 80)
        .map(|l| &l[..60])
        .expect("a long paragraph in the seed");
    assert!(!contains(seed_sentence), "the seed article is compiled into the binary");
    let bundled = byline::seeds::BUNDLED.text.lines().find(|l| l.len() > 80).unwrap();
    assert!(
        contains(&bundled[..60]),
        "the bundled article is missing from the binary"
    );
}
