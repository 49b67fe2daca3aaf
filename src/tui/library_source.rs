//! What the explorer needs from a library of articles, and the glue that
//! turns the library's answers into rows and "mentioned elsewhere" entries.
//!
//! The run loop only sees this trait, so the interface does not depend on
//! how the library loads and analyses its articles.

use std::sync::Arc;

use crate::article::{Article, Span};
use crate::extract::{Analysis, Entity};

use super::library_state::{Analysed, ElsewhereHit, LibraryRow, RowState};

/// A set of articles analysed in the background.
pub trait Articles {
    /// Starts reading and analysing in the background; `notify` is called
    /// whenever there is news for [`Articles::rows`].
    fn start(&mut self, notify: Box<dyn Fn() + Send + Sync>);
    /// Every article's row, and how many are analysed (or failed).
    fn rows(&self) -> (Vec<LibraryRow>, usize);
    /// The article, once read.
    fn article(&self, index: usize) -> Option<Arc<Article>>;
    /// Its analysis, once done.
    fn analysis(&self, index: usize) -> Option<Arc<Analysis>>;
    /// Mentions of `entity` (of article `index`) in the other articles.
    fn mentions_elsewhere(&self, index: usize, entity: &Entity) -> Vec<(usize, Span)>;
}

/// The library that loads and analyses articles in the background.
impl Articles for crate::library::Library {
    fn start(&mut self, notify: Box<dyn Fn() + Send + Sync>) {
        self.start_with(notify);
    }

    fn rows(&self) -> (Vec<LibraryRow>, usize) {
        let rows = self
            .summaries()
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                let mut row = row(s);
                if row.state == RowState::Analysed {
                    row.analysed = analysed(self, i);
                }
                row
            })
            .collect();
        (rows, self.progress().done)
    }

    /// An article asked for before its turn (a feed item opened while the
    /// feed is still being fetched) is fetched and analysed next.
    fn article(&self, index: usize) -> Option<Arc<Article>> {
        let article = crate::library::Library::article(self, index);
        if article.is_none() {
            self.prioritise(index);
        }
        article
    }

    fn analysis(&self, index: usize) -> Option<Arc<Analysis>> {
        crate::library::Library::analysis(self, index)
    }

    fn mentions_elsewhere(&self, index: usize, entity: &Entity) -> Vec<(usize, Span)> {
        crate::library::Library::mentions_elsewhere(self, index, entity)
    }
}

/// The article with its analysis, when both are there.
fn analysed(library: &crate::library::Library, index: usize) -> Option<Analysed> {
    Some(Analysed {
        article: library.article(index)?,
        analysis: library.analysis(index)?,
    })
}

fn row(s: crate::library::Summary) -> LibraryRow {
    use crate::library::Status;
    LibraryRow {
        path: s.path,
        title: s.title,
        source: s.source,
        published: s.published,
        description: s.description,
        words: s.word_count,
        quotes: s.quotes,
        state: match s.status {
            Status::Pending => RowState::Pending,
            Status::Loaded => RowState::Loaded,
            Status::Analysed => RowState::Analysed,
            Status::Failed(why) => RowState::Failed(why),
        },
        analysed: None,
    }
}

/// Most entries the "mentioned elsewhere" list shows.
pub const ELSEWHERE_LIMIT: usize = 500;

/// The other articles' mentions of `entity`, with their titles and the
/// text around each mention.
pub fn elsewhere(library: &dyn Articles, index: usize, entity: &Entity) -> Vec<ElsewhereHit> {
    let (rows, _) = library.rows();
    let mut hits = Vec::new();
    let mut current: Option<(usize, Arc<Article>)> = None;
    for (article, span) in library
        .mentions_elsewhere(index, entity)
        .into_iter()
        .take(ELSEWHERE_LIMIT)
    {
        if current.as_ref().is_none_or(|(i, _)| *i != article) {
            current = library.article(article).map(|a| (article, a));
        }
        let Some((_, text)) = current.as_ref() else { continue };
        hits.push(ElsewhereHit {
            article,
            span,
            title: rows
                .get(article)
                .map_or_else(|| text.path.clone(), |r| r.label().to_string()),
            snippet: snippet(&text.text, span, 50, 70),
        });
    }
    hits
}

/// Up to `before` and `after` characters around `span`, on one line, cut
/// at word boundaries and marked "…" where cut.
pub fn snippet(text: &str, span: Span, before: usize, after: usize) -> String {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let head: String = {
        let chars: Vec<char> = text[..start].chars().rev().take(before).collect();
        let mut s: String = chars.into_iter().rev().collect();
        if s.chars().count() == before
            && let Some(space) = s.find(char::is_whitespace)
        {
            s = format!("…{}", &s[space..]);
        }
        s
    };
    let tail: String = {
        let mut s: String = text[end..].chars().take(after).collect();
        if s.chars().count() == after
            && let Some(space) = s.rfind(char::is_whitespace)
        {
            s.truncate(space);
            s.push('…');
        }
        s
    };
    let joined = format!("{head}{}{tail}", &text[start..end]);
    crate::article::one_line(&joined)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippet_keeps_the_mention_and_cuts_at_words() {
        let text = "Earlier this week the Salvadoran president Nayib Bukele met\nreporters in Washington before flying home on Tuesday night.";
        let at = text.find("Nayib Bukele").unwrap();
        let s = snippet(text, Span::new(at, at + 12), 20, 25);
        assert!(s.contains("Nayib Bukele met reporters"), "{s}");
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(!s.contains('\n'));
        assert_eq!(snippet("Rubio said", Span::new(0, 5), 10, 10), "Rubio said");
    }
}
