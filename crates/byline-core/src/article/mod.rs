//! The article model: one normalized text and its structure.
//!
//! Everything byline extracts or shows is a [`Span`] (a byte range) into
//! [`Article::text`], so the extractors, the JSON writer and the terminal
//! interface never re-parse or re-locate anything. This module has no
//! terminal dependency; it turns bytes into an [`Article`] and nothing more.

pub mod format;
mod load;
mod normalize;
pub mod published;
mod segment;

pub use format::{Converted, Format, FormatError, to_plain_text};
pub use load::{
    LoadError, Loaded, MAX_ARTICLE_BYTES, SNIFF_BYTES, load_bytes, load_path, load_stdin, read_bounded, read_path,
    waits_for_writer,
};
pub use normalize::{normalize, one_line};
pub use segment::{split_paragraphs, split_sentences};

use crate::calendar::CivilDate;

/// A byte range into [`Article::text`], end exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Whether `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The span narrowed to whole characters of `text` (and to its length):
    /// a window measured in bytes ("the first 600 bytes of a sentence") can
    /// end inside a multi-byte character, and slicing there would panic.
    pub fn on_char_boundaries(self, text: &str) -> Span {
        let end = text.floor_char_boundary(self.end.min(text.len()));
        let start = text.ceil_char_boundary(self.start.min(end));
        Span::new(start.min(end), end)
    }

    /// At most `max_bytes` from the start of this span, ending on a
    /// character boundary of `text`.
    pub fn head(self, text: &str, max_bytes: usize) -> Span {
        Span::new(self.start, self.end.min(self.start.saturating_add(max_bytes))).on_char_boundaries(text)
    }
}

/// What a paragraph is, as the byline/1 contract names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ParagraphKind {
    Title,
    /// A dateline, agency or release line ("AFP –", "Sep 25, 2020").
    Byline,
    /// A section heading such as `– $6 million deal –`.
    Heading,
    Body,
}

impl ParagraphKind {
    pub const fn as_str(self) -> &'static str {
        match self {
            ParagraphKind::Title => "title",
            ParagraphKind::Byline => "byline",
            ParagraphKind::Heading => "heading",
            ParagraphKind::Body => "body",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    pub span: Span,
    pub kind: ParagraphKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Article::paragraphs`].
    pub paragraph: usize,
}

/// A normalized article: the text a reader sees and its structure.
#[derive(Debug, Clone, Default)]
pub struct Article {
    /// Where the article came from, as the user named it ("-" for stdin,
    /// the seed's file name for the bundled article).
    pub path: String,
    pub text: String,
    pub title: Option<String>,
    /// The agency or outlet named in the byline ("AFP"), if any.
    pub source: Option<String>,
    /// The article's own date: from its page metadata or front matter, a
    /// dateline at its top, or the command line; `None` when none is known.
    pub published: Option<CivilDate>,
    /// The address the article was fetched from (after redirects), when it
    /// came from the web or a feed.
    pub source_url: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub sentences: Vec<Sentence>,
}

impl Article {
    /// Normalizes `raw` and finds its structure.
    pub fn from_text(path: impl Into<String>, raw: &str) -> Article {
        let text = normalize(raw);
        let segmented = segment::segment(&text);
        let mut article = Article {
            path: path.into(),
            title: segmented.title.map(|s| text[s.start..s.end].to_string()),
            source: segmented.source,
            published: None,
            source_url: None,
            paragraphs: segmented.paragraphs,
            sentences: segmented.sentences,
            text,
        };
        article.published = published::from_dateline(&article);
        article
    }

    /// Builds the article for a loaded file in `format`, or in the format
    /// its extension or content shows when `None`. Plain text goes through
    /// [`Article::from_text`] unchanged.
    pub fn from_loaded(loaded: &Loaded, format: Option<Format>) -> Result<Article, FormatError> {
        format::article_from_loaded(loaded, format).map(|(article, _)| article)
    }

    /// [`Article::from_loaded`], with a line for each limit the conversion
    /// hit (an HTML page nested deeper than byline reads), for the user.
    pub fn from_loaded_with_warnings(
        loaded: &Loaded,
        format: Option<Format>,
    ) -> Result<(Article, Vec<String>), FormatError> {
        format::article_from_loaded(loaded, format)
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.start..span.end]
    }

    /// Index of the paragraph holding byte `pos` (the last one for the end of text).
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= pos);
        if i < self.paragraphs.len() {
            Some(i)
        } else {
            self.paragraphs.len().checked_sub(1)
        }
    }

    /// Index of the sentence holding byte `pos`.
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= pos);
        (i < self.sentences.len()).then_some(i)
    }

    /// Number of words, for library listings.
    pub fn word_count(&self) -> usize {
        self.text.split_whitespace().count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seed_structure() {
        let raw = include_str!("../../../../seeds/000_b57316d73bd39c35.txt");
        let a = Article::from_text("seed", raw);
        assert_eq!(
            a.title.as_deref(),
            Some("Trump hosts El Salvador's Bukele, key ally in anti-migrant push")
        );
        assert_eq!(a.source.as_deref(), Some("AFP"));
        assert_eq!(a.paragraphs[0].kind, ParagraphKind::Title);
        let heading = a
            .paragraphs
            .iter()
            .find(|p| p.kind == ParagraphKind::Heading)
            .map(|p| a.slice(p.span));
        assert_eq!(heading, Some("– $6 million deal –"));
        assert!(a.text.starts_with("Trump hosts"));
        assert!(!a.text.contains("\\$"));
        assert_eq!(
            a.paragraphs.last().map(|p| (a.slice(p.span), p.kind)),
            Some(("AFP", ParagraphKind::Byline))
        );
    }

    #[test]
    fn paragraph_and_sentence_lookup() {
        let a = Article::from_text("t", "Title here\n\nOne. Two.\n\nThree.");
        let pos = a.text.find("Two").unwrap();
        assert_eq!(a.paragraph_at(pos), Some(1));
        let s = a.sentence_at(pos).unwrap();
        assert_eq!(a.slice(a.sentences[s].span), "Two.");
    }
}
