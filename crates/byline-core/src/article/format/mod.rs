//! Input formats: turning a saved web page or a Markdown file into the plain
//! text byline reads, before normalization.
//!
//! Every format becomes a list of [`Block`]s (title, byline, heading or body
//! paragraph); their texts joined by blank lines are the article text, and
//! their kinds become the paragraph kinds, so a heading found by the HTML
//! or Markdown parser stays a heading instead of being guessed again. Plain
//! text skips all of this and goes through [`Article::from_text`] unchanged.

mod dates;
mod html;
pub mod html_guard;
mod markdown;
mod title;

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use super::{Article, Loaded, ParagraphKind, Span, normalize};
use crate::calendar::CivilDate;

/// How the bytes of an article are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub const fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// The format a file name promises, when its extension is a known one.
    pub fn from_extension(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }

    /// Guesses the format from the first bytes of the content: an HTML
    /// document announces itself with a doctype or an `<html>` tag; Markdown
    /// is only assumed when the text opens with a heading, so ordinary plain
    /// text is never reinterpreted.
    pub fn sniff(raw: &str) -> Format {
        let head = raw.trim_start();
        let mut prefix_end = head.len().min(1024);
        while !head.is_char_boundary(prefix_end) {
            prefix_end -= 1;
        }
        let prefix = head[..prefix_end].to_ascii_lowercase();
        if prefix.starts_with("<!doctype html")
            || prefix.starts_with("<html")
            || (prefix.starts_with("<?xml") && prefix.contains("<html"))
            || (prefix.starts_with("<!--") && prefix.contains("<html"))
            || prefix.starts_with("<head")
            || prefix.starts_with("<body")
        {
            return Format::Html;
        }
        let mut lines = head.lines();
        let first = lines.next().unwrap_or("");
        let second = lines.next().unwrap_or("");
        let atx_heading = first.starts_with('#') && first.trim_start_matches('#').starts_with(' ') && {
            let level = first.len() - first.trim_start_matches('#').len();
            level <= 6
        };
        let setext_heading = !first.trim().is_empty() && second.len() >= 3 && second.bytes().all(|b| b == b'=');
        if atx_heading || setext_heading {
            Format::Markdown
        } else {
            Format::Text
        }
    }

    /// The format of a loaded article: its extension when that is known,
    /// otherwise what its content looks like.
    pub fn detect(path: &str, raw: &str) -> Format {
        Format::from_extension(Path::new(path)).unwrap_or_else(|| Format::sniff(raw))
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Format {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "text" | "txt" | "plain" => Ok(Format::Text),
            "markdown" | "md" => Ok(Format::Markdown),
            "html" | "htm" => Ok(Format::Html),
            other => Err(format!("unknown format {other:?} (expected text, markdown or html)")),
        }
    }
}

/// What a converted block of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Title,
    Byline,
    Heading,
    Body,
}

impl BlockKind {
    const fn paragraph_kind(self) -> ParagraphKind {
        match self {
            BlockKind::Title => ParagraphKind::Title,
            BlockKind::Byline => ParagraphKind::Byline,
            BlockKind::Heading => ParagraphKind::Heading,
            BlockKind::Body => ParagraphKind::Body,
        }
    }
}

/// One paragraph-like piece of a converted document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: String,
}

/// A document converted to plain text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Converted {
    /// The plain text: the blocks' texts separated by blank lines.
    pub text: String,
    /// The blocks in order (empty for plain text, whose structure is found
    /// later by the segmenter).
    pub blocks: Vec<Block>,
    /// The page's title, from its metadata (HTML) or first heading (Markdown).
    pub title: Option<String>,
    /// The author line the page declares.
    pub byline: Option<String>,
    /// The publication's name ("The Guardian"), for HTML.
    pub site_name: Option<String>,
    /// The date the page's metadata or the file's front matter declares.
    pub published: Option<CivilDate>,
    /// Limits hit while converting (a page nested too deeply), one line
    /// each, for the user to see.
    pub warnings: Vec<String>,
}

impl Converted {
    fn from_blocks(blocks: Vec<Block>) -> Converted {
        let blocks: Vec<Block> = blocks
            .into_iter()
            .map(|b| Block {
                kind: b.kind,
                text: normalize(&b.text),
            })
            .filter(|b| !b.text.is_empty())
            .collect();
        let text = blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n");
        let title = blocks
            .iter()
            .find(|b| b.kind == BlockKind::Title)
            .map(|b| b.text.clone());
        Converted {
            text,
            blocks,
            title,
            byline: None,
            site_name: None,
            published: None,
            warnings: Vec::new(),
        }
    }
}

/// Why a document could not be converted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot read as {format}: {message}")]
pub struct FormatError {
    pub format: Format,
    pub message: String,
}

/// Converts a document in `format` to plain text with its structure.
pub fn to_plain_text(format: Format, raw: &str) -> Result<Converted, FormatError> {
    match format {
        Format::Text => Ok(Converted {
            text: raw.to_string(),
            ..Converted::default()
        }),
        Format::Markdown => Ok(markdown::convert(raw)),
        Format::Html => html::convert(raw),
    }
}

/// Builds the article for a loaded file: plain text exactly as
/// [`Article::from_text`] does, other formats through their converter.
/// The warnings are the converter's (limits it hit).
pub(super) fn article_from_loaded(
    loaded: &Loaded,
    format: Option<Format>,
) -> Result<(Article, Vec<String>), FormatError> {
    let format = format.unwrap_or_else(|| Format::detect(&loaded.path, &loaded.text));
    if format == Format::Text {
        return Ok((Article::from_text(loaded.path.clone(), &loaded.text), Vec::new()));
    }
    let converted = to_plain_text(format, &loaded.text)?;
    Ok((
        article_from_converted(loaded.path.clone(), &converted),
        converted.warnings,
    ))
}

/// Builds an article from converted blocks, keeping the kinds the converter
/// found instead of the segmenter's guesses.
pub fn article_from_converted(path: String, converted: &Converted) -> Article {
    let mut article = Article::from_text(path, &converted.text);
    // Declared metadata outranks a dateline found in the text.
    if converted.published.is_some() {
        article.published = converted.published;
    }
    if converted.blocks.is_empty() || article.text != converted.text {
        // Not produced by from_blocks (or normalization changed it): keep
        // the segmenter's structure.
        return article;
    }
    let mut block_spans = Vec::with_capacity(converted.blocks.len());
    let mut pos = 0;
    for b in &converted.blocks {
        block_spans.push((Span::new(pos, pos + b.text.len()), b.kind));
        pos += b.text.len() + 2;
    }
    for p in &mut article.paragraphs {
        let i = block_spans.partition_point(|(s, _)| s.end <= p.span.start);
        if let Some(&(span, kind)) = block_spans.get(i)
            && span.contains(p.span)
        {
            // A segmenter byline line ("AFP", a date) inside a body block stays one.
            if !(kind == BlockKind::Body && p.kind == ParagraphKind::Byline) {
                p.kind = kind.paragraph_kind();
            }
        }
    }
    if let Some(first) = article.paragraphs.first()
        && first.kind == ParagraphKind::Title
    {
        article.title = Some(article.slice(first.span).to_string());
    } else {
        article.title = None;
    }
    // The page's own metadata names the publication more reliably than a
    // guess from the first paragraph.
    if converted.site_name.is_some() {
        article.source = converted.site_name.clone();
    }
    article
}

/// Inline text as a browser renders it: runs of white space fold to one
/// space, no space at the start of a line, and a no-break space is a space.
#[derive(Debug, Default)]
pub(crate) struct InlineText {
    buf: String,
    pending_space: bool,
}

impl InlineText {
    pub fn push(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_whitespace() && c != '\u{a0}' {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.buf.is_empty() && !self.buf.ends_with('\n') {
                self.buf.push(' ');
            }
            self.pending_space = false;
            self.buf.push(if c == '\u{a0}' { ' ' } else { c });
        }
    }

    /// Appends text exactly as it is (code blocks).
    pub fn push_verbatim(&mut self, s: &str) {
        self.buf.push_str(s);
        self.pending_space = false;
    }

    pub fn line_break(&mut self) {
        let trimmed = self.buf.trim_end_matches(' ').len();
        self.buf.truncate(trimmed);
        if !self.buf.is_empty() {
            self.buf.push('\n');
        }
        self.pending_space = false;
    }

    pub fn ends_with_line_break(&self) -> bool {
        self.buf.ends_with('\n')
    }

    /// The text so far, trimmed, leaving the buffer empty.
    pub fn take(&mut self) -> String {
        self.pending_space = false;
        let out = self.buf.trim().to_string();
        self.buf.clear();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extension_decides_when_known() {
        assert_eq!(Format::from_extension(Path::new("a/Page.HTML")), Some(Format::Html));
        assert_eq!(
            Format::from_extension(Path::new("notes.markdown")),
            Some(Format::Markdown)
        );
        assert_eq!(Format::from_extension(Path::new("story.txt")), Some(Format::Text));
        assert_eq!(Format::from_extension(Path::new("story")), None);
        assert_eq!(Format::detect("story.txt", "<!DOCTYPE html><html>"), Format::Text);
    }

    #[test]
    fn sniffing_recognizes_pages_and_headed_markdown_only() {
        assert_eq!(Format::sniff("  <!DOCTYPE html>\n<html lang=en>"), Format::Html);
        assert_eq!(Format::sniff("<html><body><p>Hi</p>"), Format::Html);
        assert_eq!(
            Format::sniff("# Senate passes bill\n\nThe Senate voted."),
            Format::Markdown
        );
        assert_eq!(
            Format::sniff("Senate passes bill\n===\n\nThe Senate voted."),
            Format::Markdown
        );
        assert_eq!(Format::sniff("#1 seed wins\n\nThe top seed won."), Format::Text);
        assert_eq!(
            Format::sniff("Trump hosts El Salvador's Bukele\n\nAFP – US President Donald Trump"),
            Format::Text
        );
    }

    #[test]
    fn format_names_parse() {
        assert_eq!("HTML".parse::<Format>(), Ok(Format::Html));
        assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
        assert!("pdf".parse::<Format>().is_err());
    }

    #[test]
    fn plain_text_is_untouched() {
        let raw = "Trump hosts El Salvador's Bukele\n\nreceived \\$6 million";
        let loaded = Loaded {
            path: "a.txt".into(),
            text: raw.into(),
            lossy: false,
        };
        let (a, _) = article_from_loaded(&loaded, None).unwrap();
        let b = Article::from_text("a.txt", raw);
        assert_eq!(a.text, b.text);
        assert_eq!(a.paragraphs, b.paragraphs);
        assert_eq!(a.sentences, b.sentences);
    }

    #[test]
    fn block_kinds_become_paragraph_kinds() {
        let converted = Converted::from_blocks(vec![
            Block {
                kind: BlockKind::Title,
                text: "Senate passes  budget".into(),
            },
            Block {
                kind: BlockKind::Body,
                text: "The vote was 51-49.".into(),
            },
            Block {
                kind: BlockKind::Heading,
                text: "What comes next".into(),
            },
            Block {
                kind: BlockKind::Body,
                text: "The House votes on Friday.".into(),
            },
        ]);
        let a = article_from_converted("x.md".into(), &converted);
        let kinds: Vec<ParagraphKind> = a.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Title,
                ParagraphKind::Body,
                ParagraphKind::Heading,
                ParagraphKind::Body
            ]
        );
        assert_eq!(a.title.as_deref(), Some("Senate passes  budget"));
    }

    #[test]
    fn whitespace_folds_like_a_browser() {
        let mut t = InlineText::default();
        t.push("  The\n   Senate ");
        t.push("voted");
        t.push("\u{a0}51-49.");
        t.line_break();
        t.push(" Next line");
        assert_eq!(t.take(), "The Senate voted 51-49.\nNext line");
        assert_eq!(t.take(), "");
    }
}
