//! The Markdown fact sheet and the CSV export, parsed back: headings and
//! list items line by line for Markdown, a CSV reader for CSV.
//!
//! The seed's quotes are placed by hand (the quotes its gold file lists), so
//! these tests check the export whatever the quote extractor finds; entities
//! and numbers come from the real extraction.

use byline::article::Span;
use byline::export::{self, COLUMNS};
use byline::extract::{self, Analysis, Quote};
use byline::{Article, seeds};

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

/// (quote text, speaker, cue) from the seed's gold file.
const SEED_QUOTES: &[(&str, &str, &str)] = &[
    (
        "our nations are working closely together to eradicate terrorist organizations and build a future of Prosperity.",
        "Donald Trump",
        "wrote",
    ),
    ("criminals", "Marco Rubio", "called"),
    (
        "The alliance between (Donald Trump) and President (Bukele) has become an example for security and prosperity in our hemisphere,",
        "Marco Rubio",
        "said",
    ),
    (
        "a very low fee for them, but a high one for us.",
        "Nayib Bukele",
        "described",
    ),
    ("a little more clarity", "Jorge Arriaza", "said"),
];

fn seed() -> (Article, Analysis) {
    let article = Article::from_text(seeds::SEED_NAME, SEED_TEXT);
    let mut analysis = extract::analyze(&article);
    analysis.quotes = SEED_QUOTES
        .iter()
        .enumerate()
        .map(|(id, &(text, speaker, cue))| {
            let start = article
                .text
                .find(text)
                .unwrap_or_else(|| panic!("{text:?} not in the seed"));
            Quote {
                id,
                span: Span::new(start, start + text.len()),
                speaker: Some(speaker.to_string()),
                speaker_entity: None,
                cue: Some(cue.to_string()),
            }
        })
        .collect();
    // One quote nobody is named as saying.
    let start = article.text.find("administrative error.").expect("in seed");
    analysis.quotes.push(Quote {
        id: analysis.quotes.len(),
        span: Span::new(start, start + "administrative error.".len()),
        speaker: None,
        speaker_entity: None,
        cue: None,
    });
    analysis.quotes.sort_by_key(|q| q.span);
    (article, analysis)
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(n) = chars.next() {
                out.push(n);
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The list items under each `###` heading of a `##` section.
fn section(md: &str, name: &str) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    let mut inside = false;
    for line in md.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            inside = h == name;
        } else if !inside {
            continue;
        } else if let Some(h) = line.strip_prefix("### ") {
            out.push((unescape(h), Vec::new()));
        } else if let Some(item) = line.strip_prefix("- ") {
            out.last_mut().expect("item under a heading").1.push(unescape(item));
        } else {
            assert!(line.trim().is_empty() || !line.starts_with('#'), "stray line {line:?}");
        }
    }
    out
}

#[test]
fn fact_sheet_groups_quotes_by_speaker() {
    let (article, analysis) = seed();
    let md = export::to_markdown(&article, &analysis);
    let first = md.lines().next().expect("a first line");
    assert_eq!(
        first,
        "# Trump hosts El Salvador's Bukele, key ally in anti-migrant push"
    );
    assert!(md.lines().any(|l| l == "- Source: AFP"), "{md}");

    let quotes = section(&md, "Quotes");
    let speakers: Vec<&str> = quotes.iter().map(|(h, _)| h.as_str()).collect();
    assert_eq!(
        speakers,
        [
            "Donald Trump",
            "Marco Rubio",
            "Nayib Bukele",
            "Jorge Arriaza",
            "Unattributed"
        ]
    );
    for &(text, speaker, cue) in SEED_QUOTES {
        let items = &quotes.iter().find(|(h, _)| h == speaker).expect("speaker heading").1;
        assert!(
            items.iter().any(|i| i.starts_with(&format!("“{text}” ({cue}) ¶"))),
            "{text:?} under {speaker}: {items:?}"
        );
    }
    let rubio = &quotes[1].1;
    assert_eq!(rubio.len(), 2, "both Rubio quotes under one heading");
}

#[test]
fn fact_sheet_lists_numbers_and_entities_by_kind() {
    let (article, analysis) = seed();
    let md = export::to_markdown(&article, &analysis);
    let numbers = section(&md, "Numbers");
    let listed: usize = numbers.iter().map(|(_, items)| items.len()).sum();
    assert_eq!(listed, analysis.numbers.len());
    for (kind, items) in &numbers {
        assert!(
            [
                "Money", "Percent", "Count", "Measure", "Ordinal", "Year", "Date", "Other"
            ]
            .contains(&kind.as_str()),
            "{kind}"
        );
        assert!(
            items.iter().all(|i| i.starts_with("**") && i.contains(": ")),
            "{items:?}"
        );
    }
    let entities = section(&md, "Entities");
    let people = &entities.iter().find(|(h, _)| h == "Person").expect("people").1;
    let bukele = people
        .iter()
        .find(|i| i.starts_with("Nayib Bukele ("))
        .expect("Bukele listed");
    let count = analysis
        .entities
        .iter()
        .find(|e| e.name == "Nayib Bukele")
        .map(|e| e.mentions.len())
        .expect("Bukele found");
    assert!(
        bukele.starts_with(&format!("Nayib Bukele ({count} mentions)")),
        "{bukele}"
    );
}

#[test]
fn csv_has_one_row_per_item_and_reads_back() {
    let (article, analysis) = seed();
    let mut out = Vec::new();
    export::write_csv(&mut out, [(&article, &analysis)]).expect("write CSV");
    let mut reader = csv::Reader::from_reader(out.as_slice());
    let header: Vec<String> = reader.headers().expect("header").iter().map(String::from).collect();
    assert_eq!(header, COLUMNS);
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(
        records.len(),
        analysis.entities.len() + analysis.quotes.len() + analysis.numbers.len()
    );
    for r in &records {
        assert_eq!(&r[0], seeds::SEED_NAME);
        assert!(["entity", "quote", "number"].contains(&&r[1]), "{r:?}");
        assert!(r[7].parse::<usize>().is_ok_and(|p| p >= 1), "paragraph of {r:?}");
    }
    for &(text, speaker, cue) in SEED_QUOTES {
        assert!(
            records
                .iter()
                .any(|r| &r[1] == "quote" && &r[3] == text && &r[4] == speaker && &r[2] == cue),
            "{text:?}"
        );
    }
    // A quote with a comma and parentheses survives quoting intact.
    assert!(
        records
            .iter()
            .any(|r| r[3].contains("(Donald Trump) and President (Bukele)"))
    );
    let money = records
        .iter()
        .find(|r| &r[1] == "number" && &r[2] == "money")
        .expect("a money figure");
    assert!(money[5].parse::<f64>().is_ok(), "{money:?}");
}

#[test]
fn empty_article_exports_cleanly() {
    let article = Article::from_text("empty.txt", "");
    let analysis = Analysis::default();
    let md = export::to_markdown(&article, &analysis);
    assert!(md.starts_with("# empty.txt\n"));
    assert!(md.contains("No direct quotes."));
    let mut out = Vec::new();
    export::write_csv(&mut out, [(&article, &analysis)]).expect("write CSV");
    assert_eq!(String::from_utf8(out).expect("UTF-8").lines().count(), 1);
}
