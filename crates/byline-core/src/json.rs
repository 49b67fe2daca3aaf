//! The `byline/1` JSON contract (see `docs` in the README): the serde types
//! and the conversion from byte spans to character offsets, which happens
//! here and nowhere else.

use serde::Serialize;

use crate::article::{Article, Span};
use crate::extract::Analysis;
use crate::untrusted::is_unsafe;

pub const SCHEMA: &str = "byline/1";

/// The whole document. Its lists are written as they are walked
/// ([`Lazy`]), so a large article's JSON is never held in memory.
#[derive(Serialize)]
struct Document<'a, P, E, Q, N> {
    schema: &'static str,
    path: &'a str,
    title: Option<&'a str>,
    source: Option<&'a str>,
    /// The article's own date, "YYYY-MM-DD".
    published: Option<String>,
    /// Where the article was fetched from; absent for files and stdin.
    #[serde(skip_serializing_if = "Option::is_none")]
    source_url: Option<&'a str>,
    text: &'a str,
    paragraphs: P,
    entities: E,
    quotes: Q,
    numbers: N,
}

/// A list serialized item by item as a function makes them.
struct Lazy<F>(F);

impl<F, I> Serialize for Lazy<F>
where
    F: Fn() -> I,
    I: IntoIterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq((self.0)())
    }
}

#[derive(Debug, Serialize)]
pub struct ParagraphJson {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
}

#[derive(Debug, Serialize)]
pub struct MentionJson {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
pub struct EntityJson<'a, M> {
    pub id: usize,
    pub name: &'a str,
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub aliases: &'a [String],
    /// [`MentionJson`]s.
    pub mentions: M,
    /// The calendar value of a date entity, ISO 8601 at its precision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct QuoteJson<'a> {
    pub id: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub speaker: Option<&'a str>,
    pub speaker_entity: Option<usize>,
    pub cue: Option<&'a str>,
}

#[derive(Debug, Serialize)]
pub struct NumberJson<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: &'static str,
    /// Whole numbers print without a fraction ("6000000", not "6000000.0").
    pub value: Option<serde_json::Number>,
    pub unit: Option<&'a str>,
    pub context: &'a str,
    /// The calendar value of a date or year number, ISO 8601 at its precision.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<String>,
}

/// Converts byte offsets to character offsets with a sparse index: one
/// checkpoint every [`CharIndex::STRIDE`] bytes, so memory stays small for
/// large articles and each lookup counts at most one stride of characters.
pub struct CharIndex<'a> {
    text: &'a str,
    checkpoints: Vec<usize>,
}

impl<'a> CharIndex<'a> {
    const STRIDE: usize = 1024;

    pub fn new(text: &'a str) -> Self {
        let mut checkpoints = Vec::with_capacity(text.len() / Self::STRIDE + 1);
        let mut next = 0;
        for (chars, (i, _)) in text.char_indices().enumerate() {
            while i >= next {
                // Checkpoints sit on char boundaries at or after each stride.
                checkpoints.push(chars);
                next += Self::STRIDE;
            }
        }
        CharIndex { text, checkpoints }
    }

    /// The character offset of byte offset `byte` (a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        let slot = byte / Self::STRIDE;
        let Some(&base_chars) = self.checkpoints.get(slot) else {
            return self.text.chars().count();
        };
        // The checkpoint counts the chars that start before slot * STRIDE.
        let mut from = slot * Self::STRIDE;
        while from > 0 && !self.text.is_char_boundary(from) {
            from += 1;
        }
        let from = from.min(byte);
        base_chars + self.text[from..byte].chars().count()
    }

    fn span(&self, span: Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }
}

fn json_number(v: f64) -> Option<serde_json::Number> {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 {
        Some(serde_json::Number::from(v as i64))
    } else {
        serde_json::Number::from_f64(v)
    }
}

/// Writes one line of JSON (no trailing newline) for an analysed article,
/// streaming: neither the document nor its text is built in memory first.
pub fn write_line(out: &mut impl std::io::Write, article: &Article, analysis: &Analysis) -> std::io::Result<()> {
    let idx = CharIndex::new(&article.text);
    let idx = &idx;
    let document = Document {
        schema: SCHEMA,
        path: &article.path,
        title: article.title.as_deref(),
        source: article.source.as_deref(),
        published: article.published.map(|d| d.to_string()),
        source_url: article.source_url.as_deref(),
        text: &article.text,
        paragraphs: Lazy(|| {
            article.paragraphs.iter().map(|p| {
                let (start, end) = idx.span(p.span);
                ParagraphJson {
                    start,
                    end,
                    kind: p.kind.as_str(),
                }
            })
        }),
        entities: Lazy(|| {
            analysis.entities.iter().map(|e| EntityJson {
                id: e.id,
                name: &e.name,
                kind: e.kind.as_str(),
                aliases: &e.aliases,
                mentions: Lazy(move || {
                    e.mentions.iter().map(|&m| {
                        let (start, end) = idx.span(m);
                        MentionJson { start, end }
                    })
                }),
                resolved: analysis.dates.entity(e.id).map(|v| v.iso()),
            })
        }),
        quotes: Lazy(|| {
            analysis.quotes.iter().map(|q| {
                let (start, end) = idx.span(q.span);
                QuoteJson {
                    id: q.id,
                    start,
                    end,
                    text: article.slice(q.span),
                    speaker: q.speaker.as_deref(),
                    speaker_entity: q.speaker_entity,
                    cue: q.cue.as_deref(),
                }
            })
        }),
        numbers: Lazy(|| {
            analysis.numbers.iter().enumerate().map(|(i, n)| {
                let (start, end) = idx.span(n.span);
                NumberJson {
                    start,
                    end,
                    text: article.slice(n.span),
                    kind: n.kind.as_str(),
                    value: n.value.and_then(json_number),
                    unit: n.unit.as_deref(),
                    context: article.slice(n.context),
                    resolved: analysis.dates.number(i).map(|v| v.iso()),
                }
            })
        }),
    };
    let mut ser = serde_json::Serializer::with_formatter(out, TerminalSafe);
    document.serialize(&mut ser).map_err(std::io::Error::from)
}

/// One line of JSON (no trailing newline) for an analysed article.
pub fn to_line(article: &Article, analysis: &Analysis) -> String {
    let mut out = Vec::new();
    // Serializing plain structs of strings and numbers into memory cannot fail.
    match write_line(&mut out, article, analysis) {
        Ok(()) => String::from_utf8(out).unwrap_or_default(),
        Err(e) => format!("{{\"error\":\"{e}\"}}"),
    }
}

/// Compact JSON that also escapes, as `\uXXXX`, the characters serde_json
/// leaves raw but a terminal would obey (DEL, the C1 controls such as the
/// one-byte CSI U+009B, the bidi overrides): the same JSON value, safe to
/// print on a terminal (see [`crate::untrusted`]).
struct TerminalSafe;

impl serde_json::ser::Formatter for TerminalSafe {
    fn write_string_fragment<W>(&mut self, writer: &mut W, fragment: &str) -> std::io::Result<()>
    where
        W: ?Sized + std::io::Write,
    {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if is_unsafe(c) {
                writer.write_all(&fragment.as_bytes()[start..i])?;
                write!(writer, "\\u{:04x}", u32::from(c))?;
                start = i + c.len_utf8();
            }
        }
        writer.write_all(&fragment.as_bytes()[start..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_across_multibyte_text() {
        let text = "é–“x".repeat(2000);
        let idx = CharIndex::new(&text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.char_offset(byte), chars, "byte {byte}");
        }
        assert_eq!(idx.char_offset(text.len()), text.chars().count());
    }

    #[test]
    fn whole_values_print_as_integers() {
        assert_eq!(json_number(6e6).map(|n| n.to_string()).as_deref(), Some("6000000"));
        assert_eq!(json_number(0.5).map(|n| n.to_string()).as_deref(), Some("0.5"));
        assert_eq!(json_number(f64::NAN), None);
    }

    #[test]
    fn terminal_controls_are_escaped_in_the_json_too() {
        let a = Article::from_text("x\u{9B}.txt", "Hello \u{1B}]0;t\u{7} \u{9B}2J \u{202E}x\u{7F} world.");
        let line = to_line(&a, &Analysis::default());
        assert!(!line.chars().any(crate::untrusted::is_unsafe), "{line}");
        assert!(line.contains(r"\u009b2J \u202ex\u007f"), "{line}");
        let back: serde_json::Value = serde_json::from_str(&line).unwrap();
        assert_eq!(back["text"].as_str(), Some(a.text.as_str()));
        assert_eq!(back["path"].as_str(), Some("x\u{9B}.txt"));
    }
}
