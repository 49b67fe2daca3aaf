//! Finding an article's structure in its normalized text: title, byline
//! and agency lines, section headings, paragraphs and sentences.
//!
//! Paragraphs are blocks separated by a blank line. Sentences never cross a
//! paragraph; splitting is abbreviation-aware (Mr., U.S., Jan., initials,
//! decimals) because news text is full of them.

use std::sync::LazyLock;

use regex::Regex;

use super::{Paragraph, ParagraphKind, Sentence, Span};

pub(super) struct Segmented {
    pub title: Option<Span>,
    pub source: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

/// Blocks of text separated by blank lines, as spans.
pub fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0;
    for (i, _) in text.match_indices("\n\n") {
        if i > start {
            spans.push(Span::new(start, i));
        }
        start = i + 2;
    }
    if start < text.len() {
        spans.push(Span::new(start, text.len()));
    }
    spans
        .into_iter()
        .map(|s| trim_span(text, s))
        .filter(|s| !s.is_empty())
        .collect()
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
    static DASHED: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^[–—-]{1,2}\s+\S.{0,100}\s+[–—-]{1,2}$").unwrap_or_else(|e| panic!("{e}")));
    if s.contains('\n') {
        return false;
    }
    DASHED.is_match(s) || (s.starts_with('#') && s.trim_start_matches('#').starts_with(' '))
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
    !s.contains('\n') && DATELINE.is_match(s.trim())
}

/// "AFP – US President…" gives "AFP"; "WASHINGTON (Reuters) - …" gives "Reuters".
fn agency_prefix(s: &str) -> Option<String> {
    static AGENCY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^(?:([A-Z][A-Z&.]{1,11})\s+[–—-]{1,2}\s|[A-Z][A-Za-z .,'-]{0,40}?\s*\(([A-Z][A-Za-z&. ]{1,30})\)\s*[–—-]{1,2}\s)",
        )
        .unwrap_or_else(|e| panic!("{e}"))
    });
    let caps = AGENCY.captures(s)?;
    caps.get(1).or_else(|| caps.get(2)).map(|m| m.as_str().to_string())
}

/// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "rev", "hon", "lt", "col", "capt",
    "cmdr", "sgt", "maj", "adm", "pres", "supt", "insp", "fr", "mt", "ft", "ave", "blvd", "rd", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "nos", "vs", "etc", "approx", "est", "inc",
    "corp", "ltd", "co", "dept", "univ", "assn", "bros", "vol", "fig", "al", "cf", "e.g", "i.e",
];

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
    let next_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    let lower = word.to_lowercase();
    if matches!(lower.as_str(), "no" | "nos" | "vol" | "fig") {
        // "No. 5" but "said no. She".
        return next_word.starts_with(|c: char| c.is_ascii_digit());
    }
    if ABBREVIATIONS.contains(&lower.as_str()) {
        // "Inc." or "Jan." may still end a sentence before "The".
        return !(matches!(lower.as_str(), "inc" | "corp" | "ltd" | "co" | "etc" | "jr" | "sr")
            && SENTENCE_STARTERS.contains(&next_word.as_str()));
    }
    // Dotted acronyms: "U.S.", "U.K.", "a.m."
    if word.contains('.') && word.split('.').all(|part| part.chars().count() <= 2) {
        return !SENTENCE_STARTERS.contains(&next_word.as_str());
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
        assert!(is_byline_line("Sep 25, 2020"));
        assert!(is_byline_line("Friday, September 9, 2016"));
        assert!(is_byline_line("RELEASE 20-093"));
        assert!(!is_byline_line("NASA released Friday the results."));
    }

    #[test]
    fn headings() {
        assert!(is_heading("– $6 million deal –"));
        assert!(is_heading("## Background"));
        assert!(!is_heading("– a dash at the start of a sentence."));
    }
}
