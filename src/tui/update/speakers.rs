//! `update` for the speakers view: who is quoted across the library, one
//! speaker's quotes, and from a quote to its article.
//!
//! Enter goes one step in (speaker → quotes → the article at the quote),
//! Esc or Backspace one step out (quotes → speakers → articles), `y` copies
//! the selected quote as `y` on that quote in its article would.

use std::sync::Arc;

use super::super::action::{Action, Effect};
use super::super::app::{App, Document, Pane, PromptKind};
use super::super::copy_text::copy_text;
use super::super::geometry::library_rows;
use super::super::library_state::speakers::{QUOTE_ROWS, QuoteList};
use super::super::library_state::{LibraryState, SpeakersState};
use super::to_i64;

/// `S`: opens the speakers view over the library, or leaves it for the
/// list of articles when it is on screen.
pub(super) fn toggle(app: &mut App) {
    let Some(lib) = app.library.as_mut() else { return };
    if lib.showing && lib.speakers.is_some() {
        lib.speakers = None;
        return;
    }
    let speakers = match lib.speakers.take() {
        Some(s) => s.rebuilt(&lib.rows, lib.done),
        None => SpeakersState::build(&lib.rows, lib.done),
    };
    lib.showing = true;
    app.message = Some(summary(lib, &speakers));
    lib.speakers = Some(speakers);
    sync(app);
}

/// What the view holds, for the status bar.
fn summary(lib: &LibraryState, speakers: &SpeakersState) -> String {
    let analysed = lib.rows.iter().filter(|r| r.analysed.is_some()).count();
    let yet = if lib.finished() {
        ""
    } else {
        " so far (analysis still running)"
    };
    if speakers.entries.is_empty() {
        return format!("no attributed quotes in {analysed} analysed articles{yet}");
    }
    format!(
        "{} speakers, {} quotes in {analysed} analysed articles{yet}",
        speakers.entries.len(),
        speakers.quote_count()
    )
}

/// Rebuilds of the index while the analysis runs: about one per this many
/// articles, so a large library is not re-indexed on every finished one.
const REBUILDS: usize = 20;

/// New rows from the library: the view follows the analysis as it goes,
/// and is complete once it is done.
pub(super) fn refresh(app: &mut App) {
    let Some(lib) = app.library.as_mut() else { return };
    let Some(speakers) = lib.speakers.as_ref() else { return };
    let step = (lib.rows.len() / REBUILDS).max(1);
    let stale = speakers.total != lib.rows.len()
        || (lib.finished() && speakers.built_from != lib.done)
        || lib.done >= speakers.built_from + step;
    if stale {
        lib.speakers = Some(speakers.rebuilt(&lib.rows, lib.done));
    }
    sync(app);
}

/// Keys while the speakers view is on screen.
pub(super) fn action(app: &mut App, action: &Action, effects: &mut Vec<Effect>) {
    let page = usize::from(library_rows(app.width, app.height).height).max(1);
    let Some(lib) = app.library.as_mut() else { return };
    let Some(speakers) = lib.speakers.as_mut() else { return };
    let in_quotes = speakers.quotes.is_some();
    let (len, page) = match speakers.open_entry() {
        Some(e) => (e.quotes.len(), (page / QUOTE_ROWS).max(1)),
        None => (speakers.visible.len(), page),
    };
    let selected = match speakers.quotes.as_mut() {
        Some(list) => &mut list.selected,
        None => &mut speakers.selected,
    };
    let last = to_i64(len.saturating_sub(1));
    let mut move_by = |by: i64| {
        *selected = usize::try_from((to_i64(*selected) + by).clamp(0, last)).unwrap_or(0);
    };
    match action {
        Action::Down => move_by(1),
        Action::Up => move_by(-1),
        Action::HalfPageDown => move_by(to_i64((page / 2).max(1))),
        Action::HalfPageUp => move_by(-to_i64((page / 2).max(1))),
        Action::PageArticle => move_by(to_i64(page)),
        Action::Top => move_by(-last),
        Action::Bottom => move_by(last),
        Action::Scroll { delta, .. } => move_by(i64::from(*delta)),
        Action::Click { row, .. } => click(app, *row),
        Action::Activate if in_quotes => {
            if let Some(q) = speakers.selected_quote() {
                effects.push(Effect::OpenArticle {
                    index: q.article,
                    at: Some(q.span),
                });
            }
        }
        Action::Activate => {
            if let Some(speaker) = speakers.selected_index() {
                speakers.quotes = Some(QuoteList {
                    speaker,
                    selected: 0,
                    offset: 0,
                });
            }
        }
        Action::StartSearch if !in_quotes => {
            let filter = speakers.filter.clone();
            super::open_prompt(app, PromptKind::Speakers, filter.clone(), filter);
        }
        Action::Copy => copy(app, effects),
        Action::ClearHighlight | Action::ShowLibrary if in_quotes => speakers.quotes = None,
        // A filter goes first, then the view.
        Action::ClearHighlight | Action::ShowLibrary if !speakers.filter.is_empty() => speakers.set_filter(""),
        Action::ClearHighlight | Action::ShowLibrary => lib.speakers = None,
        _ => {}
    }
    sync(app);
}

/// Selects the clicked speaker or quote.
fn click(app: &mut App, row: u16) {
    let rows = library_rows(app.width, app.height);
    let Some(speakers) = app.library.as_mut().and_then(|l| l.speakers.as_mut()) else {
        return;
    };
    if row < rows.y || row >= rows.bottom() {
        return;
    }
    let slot = usize::from(row - rows.y);
    let len = speakers.open_entry().map(|e| e.quotes.len());
    match (speakers.quotes.as_mut(), len) {
        (Some(list), Some(len)) => {
            let i = list.offset + slot / QUOTE_ROWS;
            if i < len {
                list.selected = i;
            }
        }
        _ => {
            let i = speakers.offset + slot;
            if i < speakers.visible.len() {
                speakers.selected = i;
            }
        }
    }
}

/// `y`: the selected quote, copied exactly as `y` copies it in its own
/// article's Quotes pane (one copy path for every quote), so it carries
/// the same attribution and source.
fn copy(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(lib) = app.library.as_ref() else { return };
    let Some(q) = lib.speakers.as_ref().and_then(SpeakersState::selected_quote) else {
        app.message = Some("Enter lists the speaker's quotes; y copies the selected one".to_string());
        return;
    };
    let Some(source) = lib.rows.get(q.article).and_then(|r| r.analysed.as_ref()) else {
        app.message = Some("that article is no longer available".to_string());
        return;
    };
    let mut doc = Document::new(Arc::clone(&source.article));
    doc.set_shared_analysis(Arc::clone(&source.analysis));
    let mut there = App::with_document(doc);
    there.focus = Pane::Quotes;
    there.quotes.visible = vec![q.quote];
    match copy_text(&there) {
        Ok((what, text)) => effects.push(Effect::Copy { what, text }),
        Err(why) => app.message = Some(why),
    }
}

/// The filter prompt's text, applied as it is typed (and restored on Esc).
pub(super) fn set_filter(app: &mut App, text: &str) {
    if let Some(speakers) = app.library.as_mut().and_then(|l| l.speakers.as_mut()) {
        speakers.set_filter(text);
        speakers.offset = 0;
    }
    sync(app);
}

/// Keeps the selected speaker or quote on screen.
pub(super) fn sync(app: &mut App) {
    let page = usize::from(library_rows(app.width, app.height).height).max(1);
    let Some(speakers) = app.library.as_mut().and_then(|l| l.speakers.as_mut()) else {
        return;
    };
    super::library::keep_visible(
        &mut speakers.selected,
        &mut speakers.offset,
        speakers.visible.len(),
        page,
    );
    let len = speakers.open_entry().map(|e| e.quotes.len());
    if let (Some(list), Some(len)) = (speakers.quotes.as_mut(), len) {
        let page = (page / QUOTE_ROWS).max(1);
        super::library::keep_visible(&mut list.selected, &mut list.offset, len, page);
    }
}
