//! `update` for the library: the list of articles, opening one, going back,
//! and the list of other articles that mention an entity.

use crate::article::Span;

use super::super::action::{Action, Effect};
use super::super::app::{App, Document, ListState, Pane, SearchState, Target};
use super::super::geometry::{library_rows, picker_page};
use super::super::layout_cache::Wrapped;
use super::{highlight, refilter, resize, reveal, to_i64};

/// Handles `action` if the library decides it (the list or the picker is on
/// screen, or it is a library action). Returns whether it did.
pub(super) fn intercept(app: &mut App, action: &Action, effects: &mut Vec<Effect>) -> bool {
    match action {
        Action::LibraryRows { rows, done } => {
            if let Some(lib) = app.library.as_mut() {
                lib.rows.clone_from(rows);
                lib.done = *done;
                lib.selected = lib.selected.min(lib.rows.len().saturating_sub(1));
            }
            sync(app);
            super::speakers::refresh(app);
            return true;
        }
        Action::Opened {
            index,
            article,
            analysis,
            at,
        } => {
            let mut doc = Document::new(std::sync::Arc::clone(&article.0));
            if let Some(a) = analysis {
                doc.set_shared_analysis(std::sync::Arc::clone(a));
            }
            open_document(app, doc, *index, *at);
            return true;
        }
        Action::ElsewhereFound { entity, hits } => {
            let Some(lib) = app.library.as_mut() else {
                return true;
            };
            if hits.is_empty() {
                let yet = if lib.finished() {
                    ""
                } else {
                    " yet (analysis still running)"
                };
                app.message = Some(format!("no other article mentions {entity}{yet}"));
            } else {
                let articles = {
                    let mut a: Vec<usize> = hits.iter().map(|h| h.article).collect();
                    a.dedup();
                    a.len()
                };
                app.message = Some(format!(
                    "{entity}: {} in {}",
                    count(hits.len(), "mention", "mentions"),
                    count(articles, "other article", "other articles")
                ));
                lib.picker = Some(super::super::library_state::Picker {
                    entity: entity.clone(),
                    hits: hits.clone(),
                    selected: 0,
                    offset: 0,
                });
            }
            return true;
        }
        _ => {}
    }
    if app.library.is_none() {
        return false;
    }
    // Always for the whole screen, whatever is shown.
    if matches!(
        action,
        Action::Resize(..)
            | Action::Quit
            | Action::ToggleHelp
            | Action::AnalysisProgress(_)
            | Action::AnalysisDone(_)
            | Action::AnalysisFailed(_)
    ) {
        return false;
    }
    // A prompt (the speakers view's filter) takes its keys the usual way.
    if app.prompt.is_some() {
        return false;
    }
    if app.picker_open() {
        picker_action(app, action, effects);
        return true;
    }
    // `S` opens the speakers view from anywhere, and leaves it.
    if matches!(action, Action::ShowSpeakers) {
        super::speakers::toggle(app);
        return true;
    }
    if app.showing_library() {
        if app.library.as_ref().is_some_and(|l| l.speakers.is_some()) {
            super::speakers::action(app, action, effects);
        } else {
            list_action(app, action, effects);
        }
        return true;
    }
    match action {
        Action::ShowLibrary => {
            if let Some(lib) = app.library.as_mut() {
                lib.showing = true;
                if let Some(open) = lib.open {
                    lib.selected = open;
                }
            }
            sync(app);
            true
        }
        Action::MentionsElsewhere => {
            let open = app.library.as_ref().and_then(|l| l.open);
            match (open, app.focus, app.entities.selected_item()) {
                (Some(article), Pane::Entities, Some(entity)) => {
                    effects.push(Effect::FindElsewhere { article, entity });
                }
                _ => app.message = Some("select an entity in the Entities pane first".to_string()),
            }
            true
        }
        _ => false,
    }
}

/// "1 mention", "3 mentions".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// Keys on the list of articles.
fn list_action(app: &mut App, action: &Action, effects: &mut Vec<Effect>) {
    let page = to_i64(usize::from(library_rows(app.width, app.height).height).max(1));
    let Some(lib) = app.library.as_mut() else { return };
    let last = lib.rows.len().saturating_sub(1);
    let moved = |by: i64| usize::try_from((to_i64(lib.selected) + by).clamp(0, to_i64(last))).unwrap_or(0);
    match action {
        Action::Down => lib.selected = moved(1),
        Action::Up => lib.selected = moved(-1),
        Action::HalfPageDown => lib.selected = moved((page / 2).max(1)),
        Action::HalfPageUp => lib.selected = moved(-(page / 2).max(1)),
        Action::PageArticle => lib.selected = moved(page),
        Action::Top => lib.selected = 0,
        Action::Bottom => lib.selected = last,
        Action::Scroll { delta, .. } => lib.selected = moved(i64::from(*delta)),
        Action::Activate if !lib.rows.is_empty() => {
            effects.push(Effect::OpenArticle {
                index: lib.selected,
                at: None,
            });
        }
        // Back to the article that was open, if any.
        Action::ShowLibrary if lib.open.is_some() => lib.showing = false,
        Action::Click { row, .. } => {
            let rows = library_rows(app.width, app.height);
            if *row >= rows.y && *row < rows.bottom() {
                let i = lib.offset + usize::from(row - rows.y);
                if i < lib.rows.len() {
                    lib.selected = i;
                }
            }
        }
        _ => {}
    }
    sync(app);
}

/// Keys on the "mentioned elsewhere" list.
fn picker_action(app: &mut App, action: &Action, effects: &mut Vec<Effect>) {
    let (w, h) = (app.width, app.height);
    let Some(lib) = app.library.as_mut() else { return };
    let Some(picker) = lib.picker.as_mut() else { return };
    let page = picker_page(w, h, picker.hits.len());
    let last = picker.hits.len().saturating_sub(1);
    let moved = |by: i64| usize::try_from((to_i64(picker.selected) + by).clamp(0, to_i64(last))).unwrap_or(0);
    match action {
        Action::Down => picker.selected = moved(1),
        Action::Up => picker.selected = moved(-1),
        Action::HalfPageDown | Action::PageArticle => picker.selected = moved(to_i64(page)),
        Action::HalfPageUp => picker.selected = moved(-to_i64(page)),
        Action::Top => picker.selected = 0,
        Action::Bottom => picker.selected = last,
        Action::Scroll { delta, .. } => picker.selected = moved(i64::from(*delta)),
        Action::Activate => {
            if let Some(hit) = picker.hits.get(picker.selected) {
                effects.push(Effect::OpenArticle {
                    index: hit.article,
                    at: Some(hit.span),
                });
            }
            lib.picker = None;
        }
        _ => lib.picker = None,
    }
    sync(app);
}

/// Keeps the list's and the picker's selections on screen.
fn sync(app: &mut App) {
    let (w, h) = (app.width, app.height);
    let page = usize::from(library_rows(w, h).height).max(1);
    let Some(lib) = app.library.as_mut() else { return };
    keep_visible(&mut lib.selected, &mut lib.offset, lib.rows.len(), page);
    if let Some(p) = lib.picker.as_mut() {
        let page = picker_page(w, h, p.hits.len());
        keep_visible(&mut p.selected, &mut p.offset, p.hits.len(), page);
    }
}

pub(super) fn keep_visible(selected: &mut usize, offset: &mut usize, len: usize, page: usize) {
    *selected = (*selected).min(len.saturating_sub(1));
    if *selected < *offset {
        *offset = *selected;
    } else if *selected >= *offset + page {
        *offset = *selected + 1 - page;
    }
    *offset = (*offset).min(len.saturating_sub(page));
}

/// Shows `doc` in the explorer, with fresh panes, at the top or at `at`.
fn open_document(app: &mut App, doc: Document, index: usize, at: Option<Span>) {
    let history = std::mem::take(&mut app.search.history);
    app.doc = doc;
    app.entities = ListState::default();
    app.quotes = ListState::default();
    app.numbers = ListState::default();
    app.highlight = None;
    app.search = SearchState {
        history,
        ..SearchState::default()
    };
    app.prompt = None;
    app.focus = Pane::Article;
    app.scroll = 0;
    app.wrapped = Wrapped::default();
    let (w, h) = (app.width, app.height);
    resize(app, w, h);
    if app.doc.analysis.is_some() {
        for pane in Pane::LISTS {
            refilter(app, pane);
        }
    }
    if let Some(lib) = app.library.as_mut() {
        lib.open = Some(index);
        lib.showing = false;
        lib.picker = None;
        lib.selected = index;
    }
    let Some(span) = at else { return };
    // A mention of an entity: highlight it as that entity's mention, so
    // `]` and `[` step on through this article.
    if let Some((id, mention, k)) = mention_at(app, span, true) {
        return highlight(app, Target::Entity(id), mention, k);
    }
    // A quote (from the speakers view): highlight it and select it in the
    // Quotes pane, so `]` and `[` step through the article's quotes.
    if open_at_quote(app, span) {
        return;
    }
    match mention_at(app, span, false) {
        Some((id, mention, k)) => highlight(app, Target::Entity(id), mention, k),
        None => reveal(app, span),
    }
}

/// The entity mention at exactly `span` (or overlapping it): entity id,
/// mention and which mention it is.
fn mention_at(app: &App, span: Span, exact: bool) -> Option<(usize, Span, usize)> {
    app.doc.analysis.as_deref().and_then(|a| {
        a.entities.iter().enumerate().find_map(|(id, e)| {
            e.mentions
                .iter()
                .position(|m| if exact { *m == span } else { m.overlaps(span) })
                .map(|k| (id, e.mentions[k], k))
        })
    })
}

/// Highlights the quote at exactly `span`, if there is one.
fn open_at_quote(app: &mut App, span: Span) -> bool {
    let Some(analysis) = app.doc.analysis.clone() else {
        return false;
    };
    let Some(id) = analysis.quotes.iter().position(|q| q.span == span) else {
        return false;
    };
    if let Some(i) = app.quotes.visible.iter().position(|&q| q == id) {
        app.quotes.selected = i;
    }
    highlight(app, Target::Quote(id), span, 0);
    let quotes = analysis.quotes.len();
    app.message = Some(match analysis.quotes[id].speaker.as_deref() {
        Some(who) => format!("quote {}/{quotes} · {who}", id + 1),
        None => format!("quote {}/{quotes}", id + 1),
    });
    true
}
