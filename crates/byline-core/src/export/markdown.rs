//! The Markdown fact sheet: the article's quotes grouped by speaker, its
//! numbers grouped by kind with their context, and its entities by type
//! with how often each is mentioned.

use std::fmt::Write;

use super::{one_line, paragraph_number};
use crate::article::Article;
use crate::extract::{Analysis, EntityType, NumberKind};
use crate::untrusted::{is_unsafe, neutralize_line};

/// Heading for quotes nobody is named as saying.
pub const UNATTRIBUTED: &str = "Unattributed";

/// The fact sheet of one analysed article, ending with a newline.
pub fn to_markdown(article: &Article, analysis: &Analysis) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_sheet(&mut out, article, analysis);
    out
}

fn write_sheet(out: &mut String, article: &Article, analysis: &Analysis) -> std::fmt::Result {
    let title = article.title.as_deref().unwrap_or(&article.path);
    writeln!(out, "# {}", escape(title))?;
    writeln!(out)?;
    if let Some(source) = &article.source {
        writeln!(out, "- Source: {}", escape(source))?;
    }
    writeln!(out, "- File: {}", escape(&article.path))?;
    writeln!(out, "- Words: {}", article.word_count())?;
    writeln!(
        out,
        "- Quotes: {}, numbers: {}, entities: {}",
        analysis.quotes.len(),
        analysis.numbers.len(),
        analysis.entities.len()
    )?;

    writeln!(out, "\n## Quotes")?;
    if analysis.quotes.is_empty() {
        writeln!(out, "\nNo direct quotes.")?;
    }
    // Speakers in order of their first quote; unattributed quotes last.
    let mut speakers: Vec<Option<&str>> = Vec::new();
    for q in &analysis.quotes {
        let s = q.speaker.as_deref();
        if s.is_some() && !speakers.contains(&s) {
            speakers.push(s);
        }
    }
    if analysis.quotes.iter().any(|q| q.speaker.is_none()) {
        speakers.push(None);
    }
    for speaker in speakers {
        writeln!(out, "\n### {}\n", escape(speaker.unwrap_or(UNATTRIBUTED)))?;
        for q in analysis.quotes.iter().filter(|q| q.speaker.as_deref() == speaker) {
            write!(out, "- “{}”", escape(&one_line(article, q.span)))?;
            if let Some(cue) = &q.cue {
                write!(out, " ({})", escape(cue))?;
            }
            if let Some(p) = paragraph_number(article, q.span) {
                write!(out, " ¶{p}")?;
            }
            writeln!(out)?;
        }
    }

    writeln!(out, "\n## Numbers")?;
    if analysis.numbers.is_empty() {
        writeln!(out, "\nNo numbers.")?;
    }
    for kind in NumberKind::ALL {
        let mut numbers = analysis.numbers.iter().filter(|n| n.kind == kind).peekable();
        if numbers.peek().is_none() {
            continue;
        }
        writeln!(out, "\n### {}\n", capitalized(kind.as_str()))?;
        for n in numbers {
            write!(out, "- **{}**", escape(&one_line(article, n.span)))?;
            if let Some(unit) = &n.unit {
                write!(out, " [{}]", escape(unit))?;
            }
            writeln!(out, ": {}", escape(&one_line(article, n.context)))?;
        }
    }

    writeln!(out, "\n## Entities")?;
    if analysis.entities.is_empty() {
        writeln!(out, "\nNo entities.")?;
    }
    for kind in EntityType::ALL {
        let mut entities: Vec<_> = analysis.entities.iter().filter(|e| e.kind == kind).collect();
        if entities.is_empty() {
            continue;
        }
        // Most mentioned first; ties in order of first mention.
        entities.sort_by_key(|e| std::cmp::Reverse(e.mentions.len()));
        writeln!(out, "\n### {}\n", capitalized(kind.as_str()))?;
        for e in entities {
            let n = e.mentions.len();
            write!(
                out,
                "- {} ({n} mention{})",
                escape(&e.name),
                if n == 1 { "" } else { "s" }
            )?;
            let others: Vec<String> = e.aliases.iter().filter(|a| **a != e.name).map(|a| escape(a)).collect();
            if !others.is_empty() {
                write!(out, ", also “{}”", others.join("”, “"))?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

/// Heading of the section that gathers every speaker's quotes across the
/// articles exported together.
pub const WHO_SAID_WHAT: &str = "Who said what";

/// The "Who said what" section for several analysed articles: each speaker
/// of the [`speakers`](crate::speakers) index, most quoted first, with every
/// quote and the article it is from. Speakers are matched across articles
/// the way the index matches them (full names; a short form only when one
/// full name has it). Ends with a newline.
pub fn who_said_what(articles: &[(&Article, &Analysis)]) -> String {
    let mut out = String::new();
    // Writing to a String cannot fail.
    let _ = write_who_said_what(&mut out, articles);
    out
}

fn write_who_said_what(out: &mut String, articles: &[(&Article, &Analysis)]) -> std::fmt::Result {
    let speakers = crate::speakers::index(articles.iter().enumerate().map(|(i, (_, a))| (i, *a)));
    writeln!(out, "# {WHO_SAID_WHAT}")?;
    let quoted = speakers.iter().map(|s| s.quotes.len()).sum::<usize>();
    writeln!(
        out,
        "\n{} speakers, {quoted} attributed quotes, {} articles.",
        speakers.len(),
        articles.len()
    )?;
    for speaker in &speakers {
        let (n, a) = (speaker.quotes.len(), speaker.articles);
        writeln!(
            out,
            "\n## {} ({n} quote{} in {a} article{})\n",
            escape(&speaker.name),
            if n == 1 { "" } else { "s" },
            if a == 1 { "" } else { "s" }
        )?;
        for at in &speaker.quotes {
            let Some((article, analysis)) = articles.get(at.article) else {
                continue;
            };
            let Some(q) = analysis.quotes.get(at.quote) else {
                continue;
            };
            write!(out, "- “{}”", escape(&one_line(article, q.span)))?;
            if let Some(cue) = &q.cue {
                write!(out, " ({})", escape(cue))?;
            }
            let title = article.title.as_deref().unwrap_or(&article.path);
            write!(out, " — {}", escape(title))?;
            if let Some(p) = paragraph_number(article, q.span) {
                write!(out, " ¶{p}")?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

/// Backslash-escapes the characters Markdown would read as markup inside a
/// line, so a quote with `*` or `[` in it stays literal text, and shows
/// control characters as escapes ([`neutralize_line`]), so a sheet printed
/// to a terminal cannot drive it.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if is_unsafe(c) || c == '\n' || c == '\t' {
            let mut buf = [0; 4];
            out.push_str(&neutralize_line(c.encode_utf8(&mut buf)));
            continue;
        }
        if matches!(c, '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_characters_are_escaped() {
        assert_eq!(escape("a *bold* [claim] <b>"), r"a \*bold\* \[claim\] \<b\>");
        assert_eq!(capitalized("money"), "Money");
    }

    /// Regression: ESC c, BEL, BS, U+009B and U+202E passed through the
    /// fact sheet to the terminal it was printed on.
    #[test]
    fn terminal_controls_in_a_sheet_are_shown_not_sent() {
        let e = escape("a\u{1B}cb\u{7}\u{8}\u{9B}2J\u{202E}z");
        assert_eq!(e, "a\\u{1B}cb\\u{7}\\u{8}\\u{9B}2J\\u{202E}z");
        assert!(!e.chars().any(is_unsafe));
    }
}
