//! Finding an article's structure in its normalized text: title, byline
//! and agency lines, section headings, paragraphs and sentences.
//!
//! Paragraphs are blocks separated by a blank line. Sentences never cross a
//! paragraph; splitting is abbreviation-aware (Mr., U.S., Jan., initials,
//! decimals) because news text is full of them.

use std::sync::LazyLock;

use regex::Regex;

use super::{Paragraph, ParagraphKind, Sentence, Span};
use crate::lexicon::{abbreviations, dates};

pub(super) struct Segmented {
    pub title: Option<Span>,
    pub source: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// Blocks of text separated by blank lines, as spans.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut push = |s: Span| {
        let s = trim_span(text, s);
        if !s.is_empty() {
            spans.push(s);
        }
    };
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut from = 0;
    // Each "\n\n" in turn, as `match_indices` finds them.
    while let Some(skip) = text[from..].find('\n') {
        let i = from + skip;
        if bytes.get(i + 1) != Some(&b'\n') {
            from = i + 1;
            continue;
        }
        if i > start {
            push(Span::new(start, i));
        }
        start = i + 2;
        from = start;
    }
    if start < text.len() {
        push(Span::new(start, text.len()));
    }
    spans
}

fn trim_span(text: &str, s: Span) -> Span {
    let slice = &text[s.start..s.end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    Span::new(s.start + lead, s.end - trail)
}

pub(super) fn segment(text: &str) -> Segmented {
    let spans = split_paragraphs(text);
    let mut paragraphs: Vec<Paragraph> = spans
        .iter()
        .map(|&span| Paragraph {
            span,
            kind: ParagraphKind::Body,
        })
        .collect();
    let mut title = None;
    if paragraphs.len() > 1 && looks_like_title(&text[spans[0].start..spans[0].end]) {
        paragraphs[0].kind = ParagraphKind::Title;
        title = Some(spans[0]);
    }
    let mut source = None;
    let mut seen_body = false;
    for p in paragraphs.iter_mut() {
        if p.kind == ParagraphKind::Title {
            continue;
        }
        let s = &text[p.span.start..p.span.end];
        if is_heading(s) {
            p.kind = ParagraphKind::Heading;
        } else if is_byline_line(s) {
            p.kind = ParagraphKind::Byline;
        } else if !seen_body {
            seen_body = true;
            source = agency_prefix(s);
        }
    }
    let sentences = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            split_sentences(&text[p.span.start..p.span.end])
                .into_iter()
                .map(move |s| Sentence {
                    span: Span::new(p.span.start + s.start, p.span.start + s.end),
                    paragraph: i,
                })
        })
        .collect();
    Segmented {
        title,
        source,
        paragraphs,
        sentences,
    }
}

fn looks_like_title(s: &str) -> bool {
    !s.contains('\n') && s.chars().count() <= 200 && !s.ends_with('.') && s.split_whitespace().count() >= 2
}

/// `– $6 million deal –`, `## Heading`, `-- Heading --`.
fn is_heading(s: &str) -> bool {
    !s.contains('\n') && (is_dashed(s) || (s.starts_with('#') && s.trim_start_matches('#').starts_with(' ')))
}

fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '-')
}

/// Whether a line without `\n` matches `^[–—-]{1,2}\s+\S.{0,100}\s+[–—-]{1,2}$`,
/// read directly: one or two dashes, white space, a word, at most 100 more
/// chars, white space, one or two dashes.
fn is_dashed(s: &str) -> bool {
    let lead = s.chars().take(3).take_while(|&c| is_dash(c)).count();
    let trail = s.chars().rev().take(3).take_while(|&c| is_dash(c)).count();
    if !(1..=2).contains(&lead) || !(1..=2).contains(&trail) {
        return false;
    }
    // Dashes are one to three bytes; work in chars from here.
    let after_lead = s.char_indices().nth(lead).map_or(s.len(), |(i, _)| i);
    let before_trail = s.char_indices().rev().nth(trail - 1).map_or(0, |(i, _)| i);
    if after_lead >= before_trail {
        return false;
    }
    let middle = &s[after_lead..before_trail];
    // \s+ then \S: the white space after the leading dashes, then a word.
    let body = middle.trim_start();
    if body.len() == middle.len() || body.is_empty() {
        return false;
    }
    // \s+ before the trailing dashes; what lies between is \S.{0,100}.
    let inner = body.trim_end();
    if inner.len() == body.len() {
        return false;
    }
    // `inner` starts with the \S; the rest is the .{0,100}.
    inner.chars().count() <= 101
}

/// A line that is only a date, an agency name or a release number.
fn is_byline_line(s: &str) -> bool {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^(?:
                (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?
                (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}
              | (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}
              | \d{4}-\d{2}-\d{2}
              | By\s+[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|and|de|van|von))*(?:,\s+.{1,60})?
              | [A-Z][A-Z&.]{1,11}
              | [A-Z]{3,}\s+[\w-]*\d[\w-]*
            )$",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    if s.contains('\n') {
        return false;
    }
    let s = s.trim();
    is_agency_name(s) || (may_be_dateline(s) && DATELINE.is_match(s))
}

/// `[A-Z][A-Z&.]{1,11}`, the whole line: "AFP", "U.P.I.".
fn is_agency_name(s: &str) -> bool {
    let b = s.as_bytes();
    (2..=12).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[1..].iter().all(|&c| c.is_ascii_uppercase() || c == b'&' || c == b'.')
}

/// A cheap test that every line the dateline pattern matches passes: the
/// pattern is only run on the few lines that start like a date, a "By"
/// line or a release number.
fn may_be_dateline(s: &str) -> bool {
    const DAYS: &[&str] = &["Mon", "Tues", "Wednes", "Thurs", "Fri", "Satur", "Sun"];
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut words = s.split_whitespace();
    let (Some(first), second) = (words.next(), words.next()) else {
        return false;
    };
    if first.starts_with(char::is_numeric) || first == "By" {
        return true;
    }
    let day = DAYS
        .iter()
        .any(|d| first.strip_prefix(d).is_some_and(|r| r == "day" || r == "day,"));
    let month = MONTHS.iter().any(|m| {
        first
            .strip_prefix(m)
            .is_some_and(|r| r.trim_end_matches('.').bytes().all(|c| c.is_ascii_lowercase()))
    }) && second.is_some_and(|w| w.starts_with(char::is_numeric));
    let release = first.len() >= 3
        && first.bytes().all(|c| c.is_ascii_uppercase())
        && second.is_some_and(|w| w.contains(char::is_numeric))
        && words.next().is_none();
    day || month || release
}

/// "AFP – US President…" gives "AFP"; "WASHINGTON (Reuters) - …" gives "Reuters".
fn agency_prefix(s: &str) -> Option<String> {
    static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:([A-Z][A-Z&.]{1,11})\s+[–—-]{1,2}\s|[A-Z][A-Za-z .,'-]{0,40}?\s*\(([A-Z][A-Za-z&. ]{1,30})\)\s*[–—-]{1,2}\s)",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    if let Some(name) = agency_dash(s) {
        // "CAIRO — …" is a dateline's city, not an agency.
        return (!is_place_in_capitals(name)).then(|| name.to_string());
    }
    // The pattern's second form needs a capital first and a bracket.
    if !s.starts_with(|c: char| c.is_ascii_uppercase()) || !s.contains('(') {
        return None;
    }
    let caps = AGENCY.captures(s)?;
    caps.get(1).or_else(|| caps.get(2)).map(|m| m.as_str().to_string())
}

fn is_place_in_capitals(word: &str) -> bool {
    let mut chars = word.chars();
    let titled: String = chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect();
    crate::lexicon::gazetteer::get().place(&titled).is_some()
}

/// The pattern's first form, `^([A-Z][A-Z&.]{1,11})\s+[–—-]{1,2}\s`, read
/// directly: "AFP – …".
fn agency_dash(s: &str) -> Option<&str> {
    let b = s.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let len = 1 + b[1..]
        .iter()
        .take_while(|&&c| c.is_ascii_uppercase() || c == b'&' || c == b'.')
        .count();
    if !(2..=12).contains(&len) {
        return None;
    }
    let rest = &s[len..];
    let after_space = rest.trim_start();
    if after_space.len() == rest.len() {
        return None;
    }
    let dashes = after_space.chars().take_while(|&c| is_dash(c)).count();
    let after_dashes = after_space.chars().nth(dashes);
    ((1..=2).contains(&dashes) && after_dashes.is_some_and(char::is_whitespace)).then_some(&s[..len])
}

/// Abbreviations after which a period does not end a sentence, besides
/// the lexicon's titles and name parts ("Mr.", "Jr.") and abbreviated
/// months ("Jan."): these matter only to sentence splitting.
const ABBREVIATIONS: &[&str] = &[
    "fr", "mt", "ft", "ave", "blvd", "rd", "no", "nos", "vs", "etc", "approx", "est", "inc", "corp", "ltd", "co",
    "dept", "univ", "assn", "bros", "vol", "fig", "al", "cf", "e.g", "i.e",
];

/// Whether a period after `lower` belongs to it as an abbreviation.
fn is_abbreviation(lower: &str) -> bool {
    abbreviations::is_title_abbreviation(lower)
        || abbreviations::is_name_abbreviation(lower)
        || is_abbreviated_month(lower)
        || ABBREVIATIONS.contains(&lower)
}

/// "jan" … "dec" and "sept", but not "may", which is the whole month and
/// may end a sentence ("…until May.").
fn is_abbreviated_month(lower: &str) -> bool {
    (lower.len() == 3 || lower == "sept") && lower != "may" && dates::month_number(lower).is_some()
}

/// Words that, capitalized after an abbreviation such as "U.S." or "Inc.",
/// show a new sentence has begun.
const SENTENCE_STARTERS: &[&str] = &[
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "This", "That", "These", "Those", "But", "And",
    "Its", "His", "Her", "Their", "There", "On", "At", "As", "If", "When", "While", "After", "Before", "However",
];

/// Sentence spans relative to `p` (one paragraph).
pub fn split_sentences(p: &str) -> Vec<Span> {
    let bytes = p.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if matches!(b, b'.' | b'!' | b'?') {
            // Swallow runs of terminators and closing quotes/brackets.
            let mut end = i + 1;
            loop {
                let rest = &p[end..];
                let Some(c) = rest.chars().next() else { break };
                if matches!(c, '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            let rest = &p[end..];
            let ws = rest.len() - rest.trim_start().len();
            if end >= p.len() {
                break;
            }
            if ws > 0 && starts_sentence(&rest[ws..]) && !is_abbreviation_stop(p, i, &rest[ws..]) {
                out.push(Span::new(start, end));
                start = end + ws;
                i = start;
                continue;
            }
            i = end;
            continue;
        }
        i += 1;
    }
    if start < p.len() {
        let tail = trim_span(p, Span::new(start, p.len()));
        if !tail.is_empty() {
            out.push(tail);
        }
    }
    out
}

fn starts_sentence(rest: &str) -> bool {
    rest.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '['))
}

/// Whether the period at `dot` belongs to an abbreviation or initial.
fn is_abbreviation_stop(p: &str, dot: usize, next: &str) -> bool {
    if p.as_bytes()[dot] != b'.' {
        return false;
    }
    let before = &p[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    let word = &before[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("Nathalie P. Voorhees").
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next())
        && c.is_uppercase()
    {
        return true;
    }
    let next_word = &next[..next.find(|c: char| !c.is_alphanumeric()).unwrap_or(next.len())];
    // Every abbreviation is short ASCII, and no other char lower-cases to
    // one of its letters, so longer or non-ASCII words need no folding.
    let mut buf = [0u8; 8];
    let lower = if word.is_ascii() && word.len() <= buf.len() {
        let folded = &mut buf[..word.len()];
        folded.copy_from_slice(word.as_bytes());
        folded.make_ascii_lowercase();
        std::str::from_utf8(folded).unwrap_or("")
    } else {
        ""
    };
    if matches!(lower, "no" | "nos" | "vol" | "fig") {
        // "No. 5" but "said no. She".
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if is_abbreviation(lower) {
        // "Inc." or "Jan." may still end a sentence before "The".
        return !(matches!(lower, "inc" | "corp" | "ltd" | "co" | "etc" | "jr" | "sr")
            && SENTENCE_STARTERS.contains(&next_word));
    }
    // Dotted acronyms: "U.S.", "U.K.", "a.m."
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        return !SENTENCE_STARTERS.contains(&next_word);
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(p: &str) -> Vec<&str> {
        split_sentences(p).into_iter().map(|s| &p[s.start..s.end]).collect()
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            sentences("Mr. Toccafondi says no. Dr. Who met the U.S. envoy on Jan. 5. He left."),
            vec![
                "Mr. Toccafondi says no.",
                "Dr. Who met the U.S. envoy on Jan. 5.",
                "He left."
            ]
        );
    }

    #[test]
    fn initials_and_decimals_do_not_split() {
        assert_eq!(
            sentences("The Nathalie P. Voorhees Center got $6.5 billion. It grew."),
            vec!["The Nathalie P. Voorhees Center got $6.5 billion.", "It grew."]
        );
    }

    #[test]
    fn acronym_at_sentence_end_splits_before_the() {
        assert_eq!(
            sentences("He moved to the U.S. The rest stayed."),
            vec!["He moved to the U.S.", "The rest stayed."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("He said \"no.\" She said \"yes!\" Then"),
            vec!["He said \"no.\"", "She said \"yes!\"", "Then"]
        );
    }

    #[test]
    fn agency_and_dateline() {
        assert_eq!(agency_prefix("AFP – US President Donald Trump"), Some("AFP".into()));
        assert_eq!(agency_prefix("WASHINGTON (Reuters) - The"), Some("Reuters".into()));
        assert_eq!(agency_prefix("In El Salvador, the"), None);
        // Regression: a capitalized dateline city is not the source.
        assert_eq!(agency_prefix("CAIRO — A gunman opened fire"), None);
        assert!(is_byline_line("Sep 25, 2020"));
        assert!(is_byline_line("Friday, September 9, 2016"));
        assert!(is_byline_line("RELEASE 20-093"));
        assert!(!is_byline_line("NASA released Friday the results."));
        assert!(is_byline_line("By Jane Smith and John van Doe, Reuters staff"));
        assert!(is_byline_line("2020-01-02"));
        assert!(is_byline_line("Monday, 5 March 2019"));
        assert!(!is_byline_line("Marco Rubio said"));
        assert!(!is_byline_line("AFP – US President"));
    }

    /// Regression: the hand-read heading test agrees with the pattern it
    /// replaced, at its edges (dash runs, white space, the 100-char bound).
    #[test]
    fn dashed_heading_matches_its_pattern() {
        let pattern = Regex::new(r"^[–—-]{1,2}\s+\S.{0,100}\s+[–—-]{1,2}$").unwrap_or_else(|e| panic!("{e}"));
        let long = |n: usize| format!("– x{} –", "é".repeat(n));
        let mut cases: Vec<String> = [
            "– $6 million deal –",
            "-- Heading --",
            "--- Heading ---",
            "— a —",
            "– a  \u{a0} –",
            "–a –",
            "– a–",
            "– – –",
            "- -",
            "–",
            "-- --",
            "– a b c –-",
            "– a b c –-–",
            "– a – b –",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        cases.extend([99, 100, 101].map(long));
        cases.push(format!("– x{}    –", "y".repeat(100)));
        for c in &cases {
            assert_eq!(is_dashed(c), pattern.is_match(c), "{c:?}");
        }
    }

    #[test]
    fn headings() {
        assert!(is_heading("– $6 million deal –"));
        assert!(is_heading("## Background"));
        assert!(!is_heading("– a dash at the start of a sentence."));
    }
}
