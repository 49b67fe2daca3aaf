//! The speakers view as plain data: who is quoted across the open articles
//! (the core's [`speakers`](crate::speakers) index, so a surname shared by
//! two people never joins them), with each speaker's quotes ready to list.
//!
//! Built from the library rows the run loop hands over, and rebuilt as more
//! articles are analysed, keeping the reader's place by name.

use crate::article::{Article, Span, one_line};

use super::LibraryRow;

/// Screen rows one listed quote takes: the quote, then where it is from.
pub const QUOTE_ROWS: usize = 2;

/// One quote of a speaker, with the article it is from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerQuote {
    /// Index into the library.
    pub article: usize,
    /// Position in that article's quotes.
    pub quote: usize,
    pub span: Span,
    /// The quote on one line.
    pub text: String,
    /// The article's title (or file name).
    pub title: String,
    /// The article's publication date, when the article carries one.
    pub date: Option<String>,
}

/// A person or body quoted in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeakerEntry {
    pub name: String,
    /// A name, rather than a description ("a spokesman").
    pub named: bool,
    /// How many articles quote them.
    pub articles: usize,
    /// By article, then in text order.
    pub quotes: Vec<SpeakerQuote>,
}

/// One speaker's quotes, listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteList {
    /// Index into [`SpeakersState::entries`].
    pub speaker: usize,
    pub selected: usize,
    pub offset: usize,
}

/// The speakers view: the list of speakers, or one speaker's quotes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SpeakersState {
    /// Most quoted first.
    pub entries: Vec<SpeakerEntry>,
    /// Lower-cased text the names are filtered by ("" for all).
    pub filter: String,
    /// Indices into `entries` of the speakers shown, in order.
    pub visible: Vec<usize>,
    /// Index into `visible`.
    pub selected: usize,
    pub offset: usize,
    /// The speaker whose quotes are listed, if one was picked.
    pub quotes: Option<QuoteList>,
    /// Articles analysed (or failed) when the entries were built.
    pub built_from: usize,
    /// Articles in the library.
    pub total: usize,
}

impl SpeakersState {
    /// The speakers of every analysed row; `done` is how far the library's
    /// analysis has got.
    pub fn build(rows: &[LibraryRow], done: usize) -> SpeakersState {
        let entries = entries(rows);
        SpeakersState {
            visible: (0..entries.len()).collect(),
            entries,
            built_from: done,
            total: rows.len(),
            ..SpeakersState::default()
        }
    }

    /// Shows only the speakers whose name contains `text` (any case),
    /// staying on the selected one when it is still shown.
    pub fn set_filter(&mut self, text: &str) {
        let keep = self.visible.get(self.selected).copied();
        self.filter = text.to_lowercase();
        self.visible = (0..self.entries.len())
            .filter(|&i| self.entries[i].name.to_lowercase().contains(&self.filter))
            .collect();
        self.selected = keep
            .and_then(|k| self.visible.iter().position(|&i| i == k))
            .unwrap_or(0);
    }

    /// Rebuilt from newer rows, on the same speaker and quote as before
    /// when they are still there.
    pub fn rebuilt(&self, rows: &[LibraryRow], done: usize) -> SpeakersState {
        let mut next = SpeakersState::build(rows, done);
        next.set_filter(&self.filter);
        let position = |name: &str| next.entries.iter().position(|e| e.name == name);
        let selected = self.selected_entry().and_then(|e| position(&e.name));
        if let Some(i) = selected.and_then(|k| next.visible.iter().position(|&v| v == k)) {
            next.selected = i;
        }
        if let Some(list) = self.quotes {
            let open = self.entries.get(list.speaker).and_then(|e| position(&e.name));
            let at = self.selected_quote().map(|q| (q.article, q.quote));
            next.quotes = open.map(|speaker| QuoteList {
                speaker,
                selected: next.entries[speaker]
                    .quotes
                    .iter()
                    .position(|q| Some((q.article, q.quote)) == at)
                    .unwrap_or(0),
                offset: 0,
            });
        }
        next
    }

    /// The speaker under the selection, as an index into `entries`.
    pub fn selected_index(&self) -> Option<usize> {
        self.visible.get(self.selected).copied()
    }

    pub fn selected_entry(&self) -> Option<&SpeakerEntry> {
        self.entries.get(self.selected_index()?)
    }

    /// The speaker whose quotes are listed.
    pub fn open_entry(&self) -> Option<&SpeakerEntry> {
        self.quotes.and_then(|l| self.entries.get(l.speaker))
    }

    /// The selected quote, when a speaker's quotes are listed.
    pub fn selected_quote(&self) -> Option<&SpeakerQuote> {
        let list = self.quotes?;
        self.entries.get(list.speaker)?.quotes.get(list.selected)
    }

    /// Quotes attributed across the library.
    pub fn quote_count(&self) -> usize {
        self.entries.iter().map(|e| e.quotes.len()).sum()
    }
}

fn entries(rows: &[LibraryRow]) -> Vec<SpeakerEntry> {
    let analysed = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.analysed.as_ref().map(|a| (i, a.analysis.as_ref())));
    crate::speakers::index(analysed)
        .into_iter()
        .map(|speaker| SpeakerEntry {
            name: speaker.name,
            named: speaker.named,
            articles: speaker.articles,
            quotes: speaker
                .quotes
                .iter()
                .filter_map(|at| {
                    let row = rows.get(at.article)?;
                    let source = row.analysed.as_ref()?;
                    let q = source.analysis.quotes.get(at.quote)?;
                    Some(SpeakerQuote {
                        article: at.article,
                        quote: at.quote,
                        span: q.span,
                        text: one_line(source.article.slice(q.span)),
                        title: row.label().to_string(),
                        date: published(&source.article),
                    })
                })
                .collect(),
        })
        .collect()
}

/// The article's publication date as the list shows it (ISO, like the
/// library's Date column).
fn published(article: &Article) -> Option<String> {
    article.published.map(|d| d.to_string())
}
