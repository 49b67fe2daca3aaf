//! Exports of an analysed article for use outside byline: a Markdown fact
//! sheet to read or paste, and CSV rows for spreadsheets.
//!
//! Pure functions from an [`Article`] and its [`Analysis`] to text; the
//! command line decides where the text goes.

mod csv;
mod markdown;

use std::fmt;
use std::str::FromStr;

pub use self::csv::{COLUMNS, CsvRow, rows, write_csv, write_header, write_rows};
pub use self::markdown::{WHO_SAID_WHAT, to_markdown, who_said_what};

use crate::article::{Article, Span};

/// The export formats `--export` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Markdown,
    Csv,
}

impl fmt::Display for ExportFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ExportFormat::Markdown => "md",
            ExportFormat::Csv => "csv",
        })
    }
}

impl FromStr for ExportFormat {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "md" | "markdown" => Ok(ExportFormat::Markdown),
            "csv" => Ok(ExportFormat::Csv),
            other => Err(format!("unknown export format {other:?} (expected md or csv)")),
        }
    }
}

/// The 1-based number of the paragraph holding a span, as a reader counts.
fn paragraph_number(article: &Article, span: Span) -> Option<usize> {
    article.paragraph_at(span.start).map(|i| i + 1)
}

/// A span's text on one line: a quote that runs over paragraphs is joined.
fn one_line(article: &Article, span: Span) -> String {
    crate::article::one_line(article.slice(span))
}
