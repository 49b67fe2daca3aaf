//! Properties that hold for any input, checked on generated ones: arbitrary
//! Unicode, arbitrary bytes, and text built from the pieces extraction
//! reacts to (quotation marks, digits, capitalised names, nested tags).
//!
//! For every input, `analyze` and each loader (text, Markdown, HTML) must
//! not panic; every span must lie inside the text on character boundaries;
//! an entity's mentions must read as one of its surface forms; a quote's
//! span must sit between quotation marks; number values must be finite; and
//! the same input must give the same output.
//!
//! The default run checks a few thousand cases. The long run checks a
//! million (more with `BYLINE_PROPERTY_CASES`):
//!
//! ```text
//! cargo test --release -p byline-core --test properties -- --ignored
//! ```

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config, TestCaseError, TestCaseResult, TestRunner};

use byline_core::article::{Format, Loaded, load_bytes};
use byline_core::{Article, Span, analyze};

/// Cases per property in the default run (six properties).
const CASES: u32 = 700;

// ---------------------------------------------------------------- checks

fn check_span(text: &str, span: Span, what: &str) -> TestCaseResult {
    prop_assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what} {span:?} outside a text of {} bytes",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what} {span:?} cuts a character"
    );
    Ok(())
}

/// White space folded and lower-cased, to compare a mention with a name.
fn folded(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '„'
            | '‟'
            | '‘'
            | '’'
            | '‚'
            | '‛'
            | '«'
            | '»'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Everything an analysed article promises about its spans.
fn check_article(article: &Article) -> TestCaseResult {
    let text = &article.text;
    for p in &article.paragraphs {
        check_span(text, p.span, "paragraph")?;
    }
    for s in &article.sentences {
        check_span(text, s.span, "sentence")?;
    }
    let analysis = analyze(article);
    for e in &analysis.entities {
        let forms: Vec<String> = e.aliases.iter().chain([&e.name]).map(|a| folded(a)).collect();
        for &m in &e.mentions {
            check_span(text, m, "mention")?;
            let surface = folded(&text[m.start..m.end]);
            prop_assert!(forms.contains(&surface), "mention {surface:?} is none of {forms:?}");
        }
    }
    for q in &analysis.quotes {
        check_span(text, q.span, "quote")?;
        let before = text[..q.span.start].trim_end().chars().next_back();
        prop_assert!(
            before.is_some_and(is_quote_mark),
            "quote {:?} does not follow a quotation mark",
            &text[q.span.start..q.span.end]
        );
        let after = text[q.span.end..].trim_start().chars().next();
        prop_assert!(
            after.is_none_or(is_quote_mark) || text[q.span.end..].starts_with('\n'),
            "quote {:?} is not followed by a quotation mark or a paragraph end",
            &text[q.span.start..q.span.end]
        );
    }
    for n in &analysis.numbers {
        check_span(text, n.span, "number")?;
        check_span(text, n.context, "number context")?;
        prop_assert!(n.value.is_none_or(f64::is_finite), "value {:?}", n.value);
    }
    prop_assert_eq!(&analysis, &analyze(article), "analysis is not deterministic");
    Ok(())
}

fn check_text(raw: &str) -> TestCaseResult {
    check_article(&Article::from_text("t.txt", raw))
}

fn check_format(raw: &str, format: Format) -> TestCaseResult {
    let loaded = Loaded {
        path: "t".into(),
        text: raw.to_string(),
        lossy: false,
    };
    match Article::from_loaded(&loaded, Some(format)) {
        Ok(article) => {
            let again = Article::from_loaded(&loaded, Some(format)).map_err(|e| TestCaseError::fail(e.to_string()))?;
            prop_assert_eq!(&article.text, &again.text, "conversion is not deterministic");
            check_article(&article)
        }
        // A refusal is an answer; only a panic or a bad span is a failure.
        Err(_) => Ok(()),
    }
}

fn check_bytes(bytes: Vec<u8>) -> TestCaseResult {
    if let Ok(loaded) = load_bytes("t".into(), bytes) {
        let article = Article::from_loaded(&loaded, None);
        if let Ok(article) = article {
            check_article(&article)?;
        }
    }
    Ok(())
}

// ------------------------------------------------------------ generators

fn any_unicode() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..300).prop_map(|cs| cs.into_iter().collect())
}

/// Text made of what the extractors look for.
fn newsy() -> impl Strategy<Value = String> {
    const PIECES: &[&str] = &[
        "\"",
        "“",
        "”",
        "‘",
        "’",
        "'",
        "«",
        "»",
        "„",
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        ".",
        ",",
        ":",
        ";",
        "?",
        "(",
        ")",
        "((it))",
        "-",
        "–",
        "—",
        "$",
        "€",
        "£",
        "%",
        "0",
        "5",
        "12",
        "1,000",
        "3.5",
        "2019",
        "1st",
        "million",
        "billion",
        "percent",
        "per cent",
        "said",
        "says",
        "told",
        "according to",
        "he",
        "she",
        "they",
        "the",
        "of",
        "and",
        "Jane",
        "Doe",
        "Smith",
        "Senator",
        "President",
        "Mr",
        "Dr.",
        "U.S.",
        "AFP",
        "Reuters",
        "Monday",
        "March",
        "Paris",
        "New York",
        "Senate",
        "Ministry of Health",
        "Ltd",
        "é",
        "ö",
        "Ω",
        "中",
        "🙂",
        "\u{301}",
        "\u{200B}",
        "\u{A0}",
        "\t",
        "#",
        "*",
        "A",
        "B",
    ];
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|ps| ps.concat())
}

/// Markdown: headings, lists, emphasis and code around news text.
fn markdown() -> impl Strategy<Value = String> {
    const MARKS: &[&str] = &[
        "# ",
        "## ",
        "\n",
        "\n\n",
        "- ",
        "1. ",
        "> ",
        "*",
        "_",
        "`",
        "```\n",
        "[",
        "](x)",
        "---\n",
        "===\n",
        "| a | b |\n",
    ];
    prop::collection::vec(
        prop_oneof![prop::sample::select(MARKS).prop_map(str::to_string), newsy()],
        0..12,
    )
    .prop_map(|ps| ps.concat())
}

/// HTML: nested and broken tags, entities, scripts, around news text.
fn html() -> impl Strategy<Value = String> {
    const TAGS: &[&str] = &[
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<span>",
        "</span>",
        "<article>",
        "</article>",
        "<h1>",
        "</h1>",
        "<table>",
        "<tr><td>",
        "</td></tr>",
        "</table>",
        "<ul><li>",
        "</li></ul>",
        "<br>",
        "<br/>",
        "<img src=x>",
        "<b>",
        "</b>",
        "<script>",
        "</script>",
        "<style>",
        "</style>",
        "<!--",
        "-->",
        "&amp;",
        "&nbsp;",
        "&#8220;",
        "&#x201D;",
        "&#0;",
        "&#x1F;",
        "&bogus;",
        "<title>",
        "</title>",
        "<meta charset=\"utf-8\">",
        "<p class=\"a\" id=b>",
        "<div hidden>",
        "<div style=\"display:none\">",
        "<",
        ">",
        "</",
    ];
    prop::collection::vec(
        prop_oneof![prop::sample::select(TAGS).prop_map(str::to_string), newsy()],
        0..40,
    )
    .prop_map(|ps| format!("<html><body>{}", ps.concat()))
}

fn any_bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        // Mostly text with stray bytes: BOMs, NULs, Latin-1, UTF-16.
        (newsy(), prop::collection::vec(any::<u8>(), 0..6), any::<u8>()).prop_map(|(t, junk, at)| {
            let mut b = t.into_bytes();
            let at = usize::from(at) % (b.len() + 1);
            b.splice(at..at, junk);
            b
        }),
        html().prop_map(|h| {
            let mut b = b"\xEF\xBB\xBF".to_vec();
            b.extend(h.into_bytes());
            b
        }),
        newsy().prop_map(|t| {
            let mut b = vec![0xFF, 0xFE];
            b.extend(t.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }),
    ]
}

// ---------------------------------------------------------------- runs

fn run<S: Strategy>(cases: u32, strategy: S, check: impl Fn(S::Value) -> TestCaseResult) {
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    if let Err(e) = TestRunner::new(config).run(&strategy, check) {
        panic!("{e}");
    }
}

/// The six properties, `cases` each.
fn all_properties(cases: u32) {
    run(cases, any_unicode(), |s| check_text(&s));
    run(cases, newsy(), |s| check_text(&s));
    run(cases, markdown(), |s| check_format(&s, Format::Markdown));
    run(cases, html(), |s| check_format(&s, Format::Html));
    run(cases, any_unicode(), |s| check_format(&s, Format::Html));
    run(cases, any_bytes(), check_bytes);
}

#[test]
fn analysis_of_arbitrary_unicode() {
    run(CASES, any_unicode(), |s| check_text(&s));
}

#[test]
fn analysis_of_news_like_text() {
    run(CASES, newsy(), |s| check_text(&s));
}

#[test]
fn markdown_loader() {
    run(CASES, markdown(), |s| check_format(&s, Format::Markdown));
}

#[test]
fn html_loader_on_nested_and_broken_tags() {
    run(CASES, html(), |s| check_format(&s, Format::Html));
}

#[test]
fn html_loader_on_arbitrary_unicode() {
    run(CASES, any_unicode(), |s| check_format(&s, Format::Html));
}

#[test]
fn byte_loader_on_arbitrary_bytes() {
    run(CASES, any_bytes(), check_bytes);
}

/// The properties are only as strong as the inputs reach: the structured
/// generators must give quotes, entities and numbers to check.
#[test]
fn generators_reach_quotes_entities_and_numbers() {
    let mut runner = TestRunner::deterministic();
    let (mut quotes, mut entities, mut numbers) = (0, 0, 0);
    for _ in 0..300 {
        let text = newsy().new_tree(&mut runner).map(|t| t.current()).unwrap_or_default();
        let a = analyze(&Article::from_text("t", &text));
        quotes += usize::from(!a.quotes.is_empty());
        entities += usize::from(!a.entities.is_empty());
        numbers += usize::from(!a.numbers.is_empty());
    }
    assert!(
        quotes > 10 && entities > 10 && numbers > 10,
        "{quotes} {entities} {numbers}"
    );
}

/// The long run: a million cases in all by default.
#[test]
#[ignore = "long run: cargo test --release -p byline-core --test properties -- --ignored"]
fn a_million_cases() {
    let total: u32 = std::env::var("BYLINE_PROPERTY_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    all_properties(total.div_ceil(6));
    println!("{} cases passed", total.div_ceil(6) * 6);
}
