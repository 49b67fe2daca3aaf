//! CSV export: one row per extracted item (entity, quote or number), for
//! spreadsheets. Columns:
//!
//! - `article`: the article's path as given;
//! - `item`: `entity`, `quote` or `number`;
//! - `kind`: the entity type, the quote's reporting verb, or the number kind;
//! - `text`: the entity's name, the quote, or the number as written;
//! - `speaker_or_type`: the quote's speaker or the entity's type;
//! - `value`: the number's value, or the entity's mention count;
//! - `unit`: the number's unit or currency (`mentions` for entities);
//! - `paragraph`: the 1-based paragraph of the item (an entity's first mention).
//!
//! Text cells are written through [`inert_cell`]: control characters shown
//! as escapes, and a cell starting with `=`, `+`, `-` or `@` prefixed with
//! `'` so no spreadsheet runs it as a formula.

use std::borrow::Cow;
use std::io::{self, Write};

use super::{one_line, paragraph_number};
use crate::article::Article;
use crate::extract::Analysis;
use crate::untrusted::inert_cell;

pub const COLUMNS: [&str; 8] = [
    "article",
    "item",
    "kind",
    "text",
    "speaker_or_type",
    "value",
    "unit",
    "paragraph",
];

/// One row of the export, in [`COLUMNS`] order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvRow {
    pub article: String,
    pub item: &'static str,
    pub kind: String,
    pub text: String,
    pub speaker_or_type: String,
    pub value: String,
    pub unit: String,
    pub paragraph: String,
}

impl CsvRow {
    /// The cells as written: every text taken from the article or its path
    /// is neutralized and kept from being read as a formula; the value
    /// column is a number byline wrote, so "-5" stays a number.
    fn fields(&self) -> [Cow<'_, str>; 8] {
        [
            inert_cell(&self.article),
            Cow::Borrowed(self.item),
            inert_cell(&self.kind),
            inert_cell(&self.text),
            inert_cell(&self.speaker_or_type),
            Cow::Borrowed(&self.value),
            inert_cell(&self.unit),
            Cow::Borrowed(&self.paragraph),
        ]
    }
}

/// The rows of one article: entities, then quotes, then numbers.
pub fn rows(article: &Article, analysis: &Analysis) -> Vec<CsvRow> {
    let para = |span| {
        paragraph_number(article, span)
            .map(|p| p.to_string())
            .unwrap_or_default()
    };
    let mut out = Vec::with_capacity(analysis.entities.len() + analysis.quotes.len() + analysis.numbers.len());
    for e in &analysis.entities {
        out.push(CsvRow {
            article: article.path.clone(),
            item: "entity",
            kind: e.kind.as_str().to_string(),
            text: e.name.clone(),
            speaker_or_type: e.kind.as_str().to_string(),
            value: e.mentions.len().to_string(),
            unit: "mentions".to_string(),
            paragraph: e.mentions.first().map(|&m| para(m)).unwrap_or_default(),
        });
    }
    for q in &analysis.quotes {
        out.push(CsvRow {
            article: article.path.clone(),
            item: "quote",
            kind: q.cue.clone().unwrap_or_default(),
            text: one_line(article, q.span),
            speaker_or_type: q.speaker.clone().unwrap_or_default(),
            value: String::new(),
            unit: String::new(),
            paragraph: para(q.span),
        });
    }
    for n in &analysis.numbers {
        out.push(CsvRow {
            article: article.path.clone(),
            item: "number",
            kind: n.kind.as_str().to_string(),
            text: one_line(article, n.span),
            speaker_or_type: String::new(),
            value: n.value.map(format_value).unwrap_or_default(),
            unit: n.unit.clone().unwrap_or_default(),
            paragraph: para(n.span),
        });
    }
    out
}

/// Whole values without a fraction ("6000000", not "6000000.0").
fn format_value(v: f64) -> String {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// Writes the header line.
pub fn write_header(out: &mut impl Write) -> io::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(COLUMNS).map_err(to_io)?;
    writer.flush()
}

/// Writes one article's rows (no header), so a long run over many articles
/// can stream them.
pub fn write_rows(out: &mut impl Write, article: &Article, analysis: &Analysis) -> io::Result<()> {
    let mut writer = csv::WriterBuilder::new().has_headers(false).from_writer(out);
    for row in rows(article, analysis) {
        writer
            .write_record(row.fields().iter().map(|f| f.as_bytes()))
            .map_err(to_io)?;
    }
    writer.flush()
}

/// I/O errors keep their kind, so a closed pipe is still seen as one.
fn to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes the header and the rows of every article.
pub fn write_csv<'a, W: Write>(
    mut out: W,
    articles: impl IntoIterator<Item = (&'a Article, &'a Analysis)>,
) -> io::Result<()> {
    write_header(&mut out)?;
    for (article, analysis) in articles {
        write_rows(&mut out, article, analysis)?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_print_like_the_json() {
        assert_eq!(format_value(6e6), "6000000");
        assert_eq!(format_value(0.25), "0.25");
    }
}
