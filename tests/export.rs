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

/// The `## ` headings of the "Who said what" section, with their items.
fn who_said_what(md: &str) -> Vec<(String, Vec<String>)> {
    let Some(start) = md.find("# Who said what\n") else {
        return Vec::new();
    };
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for line in md[start..].lines().skip(1) {
        assert!(!line.starts_with("# "), "a sheet after the section: {line:?}");
        if let Some(h) = line.strip_prefix("## ") {
            out.push((unescape(h), Vec::new()));
        } else if let Some(item) = line.strip_prefix("- ") {
            out.last_mut().expect("item under a speaker").1.push(unescape(item));
        }
    }
    out
}

#[test]
fn who_said_what_gathers_a_speaker_across_articles_and_keeps_namesakes_apart() {
    let (seed, seed_analysis) = seed();
    let text = "Rubio visits Panama\n\n\"We will keep the canal open,\" Marco Rubio said.\n\n\
                \"Trade must flow,\" Rubio added.\n\n\"We are ready to talk,\" said Jane Trump, a trader.";
    let panama = Article::from_text("panama.txt", text);
    let quote = |id: usize, said: &str, speaker: &str| {
        let start = panama.text.find(said).expect("in the text");
        Quote {
            id,
            span: Span::new(start, start + said.len()),
            speaker: Some(speaker.to_string()),
            speaker_entity: None,
            cue: Some("said".to_string()),
        }
    };
    let panama_analysis = Analysis {
        quotes: vec![
            quote(0, "We will keep the canal open,", "Marco Rubio"),
            quote(1, "Trade must flow,", "Rubio"),
            quote(2, "We are ready to talk,", "Jane Trump"),
        ],
        ..Analysis::default()
    };
    let md = export::who_said_what(&[(&seed, &seed_analysis), (&panama, &panama_analysis)]);
    assert!(md.starts_with("# Who said what\n"), "{md}");
    let speakers = who_said_what(&md);
    let headings: Vec<&str> = speakers.iter().map(|(h, _)| h.as_str()).collect();
    // Rubio's short form is his alone; the two Trumps share only a surname.
    assert_eq!(headings[0], "Marco Rubio (4 quotes in 2 articles)", "{md}");
    assert!(
        headings.contains(&"Donald Trump (1 quote in 1 article)"),
        "{headings:?}"
    );
    assert!(headings.contains(&"Jane Trump (1 quote in 1 article)"), "{headings:?}");
    assert!(!headings.iter().any(|h| h.starts_with("Unattributed")));
    let rubio = &speakers[0].1;
    assert!(
        rubio[0].starts_with("“criminals” (called) — Trump hosts El Salvador's Bukele"),
        "{rubio:?}"
    );
    assert!(
        rubio[3].starts_with("“Trade must flow,” (said) — Rubio visits Panama ¶"),
        "{rubio:?}"
    );
    let quoted: usize = speakers.iter().map(|(_, items)| items.len()).sum();
    assert_eq!(quoted, 8, "every attributed quote once: {md}");
}

#[test]
fn export_md_of_several_files_ends_with_who_said_what() {
    let dir = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, text: &str| {
        let p = dir.path().join(name);
        std::fs::write(&p, text).expect("write article");
        p
    };
    let a = write(
        "a.txt",
        "Harbour plan approved\n\nThe council approved the harbour plan on Tuesday.\n\n\
         \"This is a good day for the town,\" said Teresa Lindqvist, the mayor.\n",
    );
    let b = write(
        "b.txt",
        "Ferry fares to rise\n\nFerry fares will rise next month.\n\n\
         \"Nobody likes paying more,\" said Teresa Lindqvist.\n\n\
         \"The crossing costs us more every winter,\" said Omar Lindqvist, who runs the ferry company.\n",
    );
    let c = write(
        "c.txt",
        "Winter timetable\n\nThe winter timetable starts in November.\n\n\
         \"Fewer sailings will suit nobody,\" Lindqvist said.\n",
    );
    let run = |files: &[&std::path::Path]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["--export", "md"])
            .args(files)
            .output()
            .expect("run byline");
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let md = run(&[&a, &b, &c]);
    assert_eq!(md.matches("# Who said what\n").count(), 1);
    let speakers = who_said_what(&md);
    let headings: Vec<&str> = speakers.iter().map(|(h, _)| h.as_str()).collect();
    // "Lindqvist" alone could be either of them, so it joins neither.
    assert_eq!(
        headings,
        [
            "Teresa Lindqvist (2 quotes in 2 articles)",
            "Lindqvist (1 quote in 1 article)",
            "Omar Lindqvist (1 quote in 1 article)",
        ],
        "{md}"
    );
    // One article alone has no section.
    assert!(!run(&[&a]).contains("Who said what"));
}
