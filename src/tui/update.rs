//! The one place state changes: `update(app, action)`.
//!
//! Pure with respect to the outside world: it returns [`Effect`]s (such as
//! quitting) for the event loop to carry out, so every action is testable
//! on a plain `App`.

use crate::article::Span;
use crate::extract::EntityType;
use crate::search::Matcher;

use super::action::{Action, Effect, SearchFound};
use super::app::{App, Highlight, Pane, Prompt, PromptKind, Target};
use super::copy_text::copy_text;
use super::geometry::{Geometry, MEDIUM, list_rows};
use super::layout_cache::Wrapped;

mod library;
#[cfg(test)]
mod search_tests;
mod speakers;
#[cfg(test)]
mod tests;

/// Most search matches kept; the status bar shows "+" beyond.
pub const MATCH_LIMIT: usize = 100_000;
/// Article rows one wheel notch scrolls.
const WHEEL_ROWS: i32 = 3;

/// Applies one action.
pub fn update(app: &mut App, action: Action) -> Vec<Effect> {
    let mut effects = Vec::new();
    // Keys typed into the prompt only edit its text; anything else first
    // lets that text take effect.
    if app.prompt_pending
        && !matches!(
            action,
            Action::PromptInput(_) | Action::PromptBackspace | Action::PromptCancel
        )
    {
        app.prompt_pending = false;
        prompt_changed(app, &mut effects);
    }
    if matches!(action, Action::PromptSettled) {
        return effects;
    }
    // What the workers report leaves the reader's message standing.
    if !matches!(
        action,
        Action::AnalysisProgress(_)
            | Action::AnalysisDone(_)
            | Action::LibraryRows { .. }
            | Action::SearchFound { .. }
            | Action::Resize(..)
    ) {
        app.message = None;
    }
    if app.notice.is_some() && matches!(action, Action::ClearHighlight | Action::DismissNotice) {
        app.notice = None;
        return effects;
    }
    if let Action::SearchFound { id, found } = action {
        search_found(app, id, found);
        return effects;
    }
    // A report reads the same whichever view is showing (the library's
    // views take every other action first).
    if let Action::Report(text) = action {
        app.message = Some(text);
        return effects;
    }
    if app.help.is_some()
        && !matches!(
            action,
            Action::Resize(..)
                | Action::AnalysisProgress(_)
                | Action::AnalysisDone(_)
                | Action::AnalysisFailed(_)
                | Action::Quit
        )
    {
        help_action(app, &action);
        return effects;
    }
    if library::intercept(app, &action, &mut effects) {
        return effects;
    }
    match action {
        Action::Quit => {
            app.quit = true;
            effects.push(Effect::Quit);
        }
        Action::FocusNext => set_focus(app, app.focus.next()),
        Action::FocusPrev => set_focus(app, app.focus.prev()),
        Action::ToggleSidePanel => {
            let target = if app.focus == Pane::Article {
                app.side_tab
            } else {
                Pane::Article
            };
            set_focus(app, target);
        }
        Action::Down => move_by(app, 1),
        Action::Up => move_by(app, -1),
        Action::HalfPageDown => {
            let half = half_page(app);
            move_by(app, half);
        }
        Action::HalfPageUp => {
            let half = half_page(app);
            move_by(app, -half);
        }
        Action::Top => move_to(app, false),
        Action::Bottom => move_to(app, true),
        Action::PageArticle => {
            let rows = article_rows(app).max(1);
            scroll_article(app, to_i64(rows));
        }
        Action::Activate => activate(app),
        Action::NextMention => step(app, true),
        Action::PrevMention => step(app, false),
        Action::ClearHighlight => {
            if app.highlight.take().is_none() {
                app.search.forget();
            }
        }
        Action::CycleFilter => cycle_filter(app),
        Action::ToggleTimeline => toggle_timeline(app),
        Action::PickFilter(n) => pick_filter(app, n),
        Action::StartTextFilter => {
            if app.focus != Pane::Article {
                let before = app.list(app.focus).text.clone();
                open_prompt(app, PromptKind::Filter(app.focus), before.clone(), before);
            }
        }
        Action::QuotesBySelected => quotes_by_selected(app),
        Action::ToggleMarks => {
            app.show_marks = !app.show_marks;
            app.message = Some(format!("highlighting {}", if app.show_marks { "on" } else { "off" }));
        }
        Action::Copy => match copy_text(app) {
            Ok((what, text)) => effects.push(Effect::Copy { what, text }),
            Err(why) => app.message = Some(why),
        },
        Action::ShowLibrary | Action::MentionsElsewhere | Action::ShowSpeakers => {
            app.message = Some("only one article is open".to_string());
        }
        Action::StartSearch => {
            let saved = Box::new(app.search.clone());
            open_prompt(app, PromptKind::Search, String::new(), String::new());
            if let Some(p) = app.prompt.as_mut() {
                p.before_search = Some(saved);
            }
        }
        Action::SearchNext => search_step(app, true),
        Action::SearchPrev => search_step(app, false),
        Action::ToggleHelp => app.help = Some(0),
        Action::PromptInput(c) => {
            if let Some(p) = app.prompt.as_mut() {
                p.text.push(c);
                p.history_pos = None;
                app.prompt_pending = true;
            }
        }
        Action::PromptBackspace => {
            if let Some(p) = app.prompt.as_mut() {
                p.text.pop();
                p.history_pos = None;
                app.prompt_pending = true;
            }
        }
        Action::PromptSubmit => prompt_submit(app, &mut effects),
        Action::PromptCancel => prompt_cancel(app),
        Action::PromptHistoryPrev => recall(app, true, &mut effects),
        Action::PromptHistoryNext => recall(app, false, &mut effects),
        Action::Resize(w, h) => resize(app, w, h),
        Action::Click { column, row } => click(app, column, row),
        Action::Scroll { column, row, delta } => wheel(app, column, row, delta),
        Action::AnalysisProgress(p) => app.doc.progress = p.clamp(0.0, 1.0),
        Action::AnalysisFailed(why) => {
            app.doc.set_analysis(crate::extract::Analysis::default());
            app.message = Some(format!("analysis failed: {why}"));
        }
        Action::AnalysisDone(analysis) => {
            app.doc.set_shared_analysis(analysis);
            for pane in Pane::LISTS {
                refilter(app, pane);
            }
        }
        // Decided by the library (above) when there is one; settled above.
        Action::LibraryRows { .. }
        | Action::Report(_)
        | Action::Opened { .. }
        | Action::ElsewhereFound { .. }
        | Action::SearchFound { .. }
        | Action::PromptSettled
        | Action::DismissNotice => {}
    }
    sync_lists(app);
    effects
}

/// `update` for callers without an event loop (tests, tools): the prompt
/// settles at once and the searches it asks for run on this thread. Returns
/// the other effects.
pub fn update_now(app: &mut App, action: Action) -> Vec<Effect> {
    let mut queue: std::collections::VecDeque<Effect> = update(app, action).into();
    if app.prompt_pending {
        queue.extend(update(app, Action::PromptSettled));
    }
    let mut rest = Vec::new();
    while let Some(effect) = queue.pop_front() {
        match effect {
            Effect::Search { id, query } => {
                let found = search_job(&app.doc.article.text, &query);
                queue.extend(update(app, Action::SearchFound { id, found }));
            }
            other => rest.push(other),
        }
    }
    rest
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

fn help_action(app: &mut App, action: &Action) {
    match action {
        Action::Down | Action::HalfPageDown | Action::PageArticle => {
            app.help = app.help.map(|s| s.saturating_add(1));
        }
        Action::Up | Action::HalfPageUp => app.help = app.help.map(|s| s.saturating_sub(1)),
        Action::Top => app.help = Some(0),
        Action::Scroll { delta, .. } => {
            app.help = app
                .help
                .map(|s| s.saturating_add_signed(i16::try_from(*delta).unwrap_or(0)));
        }
        _ => app.help = None,
    }
}

fn set_focus(app: &mut App, pane: Pane) {
    app.focus = pane;
    if pane != Pane::Article {
        app.side_tab = pane;
    }
}

/// Geometry as if the article were shown (narrow terminals hide it while a
/// side pane has focus, but its size is still what scrolling is about).
fn article_geometry(app: &App) -> Geometry {
    Geometry::new(app.width, app.height, Pane::Article, app.side_tab, app.prompt.is_some())
}

fn article_rows(app: &App) -> usize {
    usize::from(article_geometry(app).article_text.height)
}

fn max_scroll(app: &App) -> usize {
    app.wrapped.len().saturating_sub(article_rows(app).max(1))
}

fn scroll_article(app: &mut App, delta: i64) {
    let target = to_i64(app.scroll).saturating_add(delta).max(0);
    app.scroll = usize::try_from(target).unwrap_or(0).min(max_scroll(app));
}

/// Rows visible in a list pane, in items.
fn list_page(app: &App, pane: Pane) -> usize {
    let area = app.geometry().pane_area(pane).unwrap_or_default();
    (usize::from(list_rows(area).height) / pane.item_height()).max(1)
}

fn half_page(app: &App) -> i64 {
    let rows = if app.focus == Pane::Article {
        article_rows(app)
    } else {
        list_page(app, app.focus)
    };
    to_i64((rows / 2).max(1))
}

fn move_by(app: &mut App, delta: i64) {
    if app.focus == Pane::Article {
        scroll_article(app, delta);
        return;
    }
    let list = app.list_mut(app.focus);
    let last = list.visible.len().saturating_sub(1);
    let target = to_i64(list.selected).saturating_add(delta).clamp(0, to_i64(last));
    list.selected = usize::try_from(target).unwrap_or(0);
}

fn move_to(app: &mut App, bottom: bool) {
    if app.focus == Pane::Article {
        app.scroll = if bottom { max_scroll(app) } else { 0 };
        return;
    }
    let list = app.list_mut(app.focus);
    list.selected = if bottom {
        list.visible.len().saturating_sub(1)
    } else {
        0
    };
}

/// Scrolls so that `span` is on screen, a third of the way down when the
/// article has to move.
pub fn reveal(app: &mut App, span: Span) {
    let rows = article_rows(app).max(1);
    let first = app.wrapped.row_of(span.start);
    let last = app.wrapped.row_of(span.end.saturating_sub(1).max(span.start));
    let visible = app.scroll..app.scroll + rows;
    if !visible.contains(&first) || !visible.contains(&last) {
        let mut top = first.saturating_sub(rows / 3);
        if last >= top + rows {
            top = (last + 1).saturating_sub(rows).min(first);
        }
        app.scroll = top.min(max_scroll(app));
    }
}

fn highlight(app: &mut App, target: Target, span: Span, mention: usize) {
    app.highlight = Some(Highlight { target, span, mention });
    reveal(app, span);
}

fn activate(app: &mut App) {
    let pane = app.focus;
    let Some(item) = app.list(pane).selected_item() else {
        return;
    };
    let Some(analysis) = app.doc.analysis.clone() else {
        return;
    };
    match pane {
        Pane::Article => return,
        Pane::Entities => {
            let Some(&span) = analysis.entities.get(item).and_then(|e| e.mentions.first()) else {
                return;
            };
            highlight(app, Target::Entity(item), span, 0);
        }
        Pane::Quotes => {
            let Some(q) = analysis.quotes.get(item) else {
                return;
            };
            highlight(app, Target::Quote(item), q.span, 0);
        }
        Pane::Numbers => {
            let Some(n) = analysis.numbers.get(item) else {
                return;
            };
            highlight(app, Target::Number(item), n.span, 0);
        }
    }
    if app.width < MEDIUM {
        // The list covers the article on a narrow terminal: show the jump.
        app.focus = Pane::Article;
    }
}

/// `]` / `[`: the next mention of the highlighted entity, or the next quote
/// or number in its list.
fn step(app: &mut App, forward: bool) {
    let Some(analysis) = app.doc.analysis.clone() else {
        return;
    };
    let current = app.highlight.map(|h| (h.target, h.mention)).or_else(|| {
        // Nothing highlighted yet: start from the selected item of the list.
        let pane = app.focus;
        let item = app.list(pane).selected_item()?;
        let target = match pane {
            Pane::Entities => Target::Entity(item),
            Pane::Quotes => Target::Quote(item),
            Pane::Numbers => Target::Number(item),
            Pane::Article => return None,
        };
        Some((target, usize::MAX))
    });
    let Some((target, mention)) = current else {
        app.message = Some("select an entity, quote or number first (Enter)".to_string());
        return;
    };
    match target {
        Target::Entity(id) => {
            let Some(e) = analysis.entities.get(id) else {
                return;
            };
            let n = e.mentions.len();
            if n == 0 {
                return;
            }
            let next = if mention == usize::MAX {
                // First step: the first mention from the top of the screen.
                let top = app.wrapped.anchor(app.scroll);
                let after = e.mentions.partition_point(|m| m.start < top);
                if forward { after % n } else { (after + n - 1) % n }
            } else if forward {
                (mention + 1) % n
            } else {
                (mention + n - 1) % n
            };
            highlight(app, Target::Entity(id), e.mentions[next], next);
            app.message = Some(format!("{}: mention {}/{}", e.name, next + 1, n));
        }
        Target::Quote(id) | Target::Number(id) => {
            let pane = if matches!(target, Target::Quote(_)) {
                Pane::Quotes
            } else {
                Pane::Numbers
            };
            let list = app.list_mut(pane);
            let n = list.visible.len();
            if n == 0 {
                return;
            }
            let at = list.visible.iter().position(|&i| i == id);
            let next = match (at, mention == usize::MAX) {
                (Some(i), true) => i,
                (Some(i), false) if forward => (i + 1) % n,
                (Some(i), false) => (i + n - 1) % n,
                (None, _) => 0,
            };
            list.selected = next;
            let item = list.visible[next];
            let span = match target {
                Target::Quote(_) => analysis.quotes.get(item).map(|q| (Target::Quote(item), q.span)),
                _ => analysis.numbers.get(item).map(|x| (Target::Number(item), x.span)),
            };
            if let Some((t, s)) = span {
                highlight(app, t, s, 0);
            }
        }
    }
}

fn refilter(app: &mut App, pane: Pane) {
    let (kind, text) = {
        let l = app.list(pane);
        (l.kind, l.text.clone())
    };
    let order: Vec<usize> = if pane == Pane::Entities && app.list(pane).timeline {
        timeline_order(app)
    } else if pane == Pane::Entities {
        app.doc.entity_order.clone()
    } else {
        (0..app.doc.item_count(pane)).collect()
    };
    let visible: Vec<usize> = order
        .into_iter()
        .filter(|&i| app.doc.item_passes(pane, i, kind, &text))
        .collect();
    let list = app.list_mut(pane);
    let keep = list.selected_item();
    list.visible = visible;
    list.selected = keep
        .and_then(|k| list.visible.iter().position(|&i| i == k))
        .unwrap_or(0);
}

/// The date entities in calendar order; those that could not be placed
/// follow, in text order.
fn timeline_order(app: &App) -> Vec<usize> {
    let Some(a) = app.doc.analysis.as_deref() else {
        return Vec::new();
    };
    let mut dates: Vec<usize> = a
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Date)
        .map(|e| e.id)
        .collect();
    dates.sort_by_cached_key(|&id| {
        let first = a.entities[id].mentions.first().map_or(usize::MAX, |m| m.start);
        let placed = a.dates.entity(id).map(|v| v.timeline_key());
        (placed.is_none(), placed, first)
    });
    dates
}

fn toggle_timeline(app: &mut App) {
    let pane = Pane::Entities;
    let list = app.list_mut(pane);
    list.timeline = !list.timeline;
    let on = list.timeline;
    refilter(app, pane);
    let list = app.list_mut(pane);
    list.selected = 0;
    list.offset = 0;
    app.message = Some(
        if on {
            "Entities: dates on a timeline"
        } else {
            "Entities: by mentions"
        }
        .to_string(),
    );
}

fn set_kind(app: &mut App, pane: Pane, kind: Option<usize>) {
    app.list_mut(pane).kind = kind;
    refilter(app, pane);
    let list = app.list_mut(pane);
    list.selected = 0;
    list.offset = 0;
    let label = match kind {
        None => "all".to_string(),
        Some(k) => app
            .doc
            .filter_choices(pane)
            .get(k)
            .map_or_else(String::new, |c| c.0.clone()),
    };
    app.message = Some(format!("{}: {label}", pane.title()));
}

fn cycle_filter(app: &mut App) {
    let pane = app.focus;
    if pane == Pane::Article {
        return;
    }
    let choices = app.doc.filter_choices(pane);
    let start = app.list(pane).kind.map_or(0, |k| k + 1);
    // Kinds with nothing in them are skipped; after the last one, "all".
    let next = (start..choices.len()).find(|&k| choices[k].1 > 0);
    set_kind(app, pane, next);
}

fn pick_filter(app: &mut App, n: u8) {
    let pane = app.focus;
    if pane == Pane::Article {
        return;
    }
    if n == 0 {
        set_kind(app, pane, None);
        return;
    }
    let k = usize::from(n - 1);
    if k < app.doc.filter_choices(pane).len() {
        set_kind(app, pane, Some(k));
    } else {
        app.message = Some(format!("no filter {n} here"));
    }
}

fn quotes_by_selected(app: &mut App) {
    let Some(analysis) = app.doc.analysis.clone() else {
        return;
    };
    let Some(id) = app.entities.selected_item() else {
        return;
    };
    let Some(entity) = analysis.entities.get(id) else {
        return;
    };
    let speaker = app
        .doc
        .speakers
        .iter()
        .position(|s| s.entity == Some(id) || s.name == entity.name || entity.aliases.contains(&s.name));
    match speaker {
        Some(k) => {
            set_kind(app, Pane::Quotes, Some(k));
            set_focus(app, Pane::Quotes);
            app.message = Some(format!("quotes by {}", entity.name));
        }
        None => app.message = Some(format!("no quotes attributed to {}", entity.name)),
    }
}

fn open_prompt(app: &mut App, kind: PromptKind, text: String, before: String) {
    let origin_scroll = app.scroll;
    app.prompt = Some(Prompt {
        kind,
        text,
        history_pos: None,
        before,
        before_search: None,
        origin_scroll,
    });
    // The prompt row takes one row from the article.
    app.scroll = app.scroll.min(max_scroll(app));
}

fn prompt_changed(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(p) = app.prompt.as_ref() else { return };
    let text = p.text.clone();
    match p.kind {
        PromptKind::Search => run_search(app, text, effects),
        PromptKind::Filter(pane) => {
            app.list_mut(pane).text = text.to_lowercase();
            refilter(app, pane);
        }
        PromptKind::Speakers => speakers::set_filter(app, &text),
    }
}

/// Asks for a search of the article for `query`; [`search_found`] jumps to
/// the first match at or after where the prompt was opened.
fn run_search(app: &mut App, query: String, effects: &mut Vec<Effect>) {
    if query.is_empty() {
        app.search.forget();
        return;
    }
    // The earlier matches stay shown until this search's answer comes.
    app.search.query.clone_from(&query);
    app.search.note = None;
    app.search_seq += 1;
    let id = app.search_seq;
    app.search.pending = Some(id);
    effects.push(Effect::Search { id, query });
}

/// The search itself, run by the search worker: every match of `query` in
/// `text`, and a note when the query could not be used as a regex.
pub fn search_job(text: &str, query: &str) -> SearchFound {
    let Some(matcher) = Matcher::new(query) else {
        return SearchFound {
            note: (!query.is_empty()).then(|| "query too long to search".to_string()),
            ..SearchFound::default()
        };
    };
    let found = matcher.find_all(text, MATCH_LIMIT);
    SearchFound {
        spans: found.spans,
        truncated: found.truncated,
        note: matcher
            .too_big
            .then(|| "regex too large to compile: searched as plain text".to_string()),
    }
}

/// Takes the answer to search `id`, if it is still the one wanted.
fn search_found(app: &mut App, id: u64, found: SearchFound) {
    if app.search.pending != Some(id) {
        return;
    }
    app.search.pending = None;
    app.search.matches = found.spans;
    app.search.truncated = found.truncated;
    app.search.note = found.note;
    app.search.current = None;
    let prompt_open = app.prompt.as_ref().is_some_and(|p| p.kind == PromptKind::Search);
    if app.search.matches.is_empty() {
        if !prompt_open {
            app.message = Some(app.search.nothing_found());
        }
        return;
    }
    let origin = app.prompt.as_ref().map_or(app.scroll, |p| p.origin_scroll);
    let from = app.wrapped.anchor(origin);
    let i = app.search.matches.partition_point(|m| m.start < from) % app.search.matches.len();
    app.search.current = Some(i);
    let span = app.search.matches[i];
    reveal(app, span);
}

fn search_step(app: &mut App, forward: bool) {
    let n = app.search.matches.len();
    if n == 0 {
        app.message = Some(if app.search.query.is_empty() {
            "no search: press / to search".to_string()
        } else {
            format!("no matches for {}", app.search.query)
        });
        return;
    }
    let next = match app.search.current {
        Some(i) if forward => (i + 1) % n,
        Some(i) => (i + n - 1) % n,
        None => {
            let top = app.wrapped.anchor(app.scroll);
            let after = app.search.matches.partition_point(|m| m.start < top);
            if forward { after % n } else { (after + n - 1) % n }
        }
    };
    app.search.current = Some(next);
    let span = app.search.matches[next];
    reveal(app, span);
}

fn prompt_submit(app: &mut App, effects: &mut Vec<Effect>) {
    let Some(p) = app.prompt.take() else { return };
    if p.kind == PromptKind::Search {
        let q = p.text;
        if q.is_empty() {
            // An empty search repeats the last one, as in less and vim:
            // from where the prompt was opened.
            if let Some(last) = app.search.history.last().cloned() {
                app.scroll = p.origin_scroll;
                run_search(app, last, effects);
            }
        } else {
            app.search.history.retain(|h| *h != q);
            app.search.history.push(q);
            if app.search.matches.is_empty() && app.search.pending.is_none() {
                app.message = Some(app.search.nothing_found());
            }
        }
    }
    app.scroll = app.scroll.min(max_scroll(app));
}

fn prompt_cancel(app: &mut App) {
    app.prompt_pending = false;
    let Some(p) = app.prompt.take() else { return };
    match p.kind {
        PromptKind::Search => {
            if let Some(before) = p.before_search {
                app.search = *before;
            }
            app.scroll = p.origin_scroll.min(max_scroll(app));
        }
        PromptKind::Filter(pane) => {
            app.list_mut(pane).text = p.before;
            refilter(app, pane);
        }
        PromptKind::Speakers => speakers::set_filter(app, &p.before),
    }
}

fn recall(app: &mut App, older: bool, effects: &mut Vec<Effect>) {
    let history = app.search.history.clone();
    let Some(p) = app.prompt.as_mut() else { return };
    if p.kind != PromptKind::Search || history.is_empty() {
        return;
    }
    let pos = match (p.history_pos, older) {
        (None, true) => Some(history.len() - 1),
        (None, false) => None,
        (Some(i), true) => Some(i.saturating_sub(1)),
        (Some(i), false) if i + 1 < history.len() => Some(i + 1),
        (Some(_), false) => None,
    };
    p.history_pos = pos;
    p.text = pos.map_or_else(String::new, |i| history[i].clone());
    prompt_changed(app, effects);
    if let Some(p) = app.prompt.as_mut() {
        p.history_pos = pos;
    }
}

fn resize(app: &mut App, width: u16, height: u16) {
    let anchor = (!app.wrapped.is_empty()).then(|| app.wrapped.anchor(app.scroll));
    app.width = width;
    app.height = height;
    let text_width = article_geometry(app).article_text.width;
    if text_width > 0 && (text_width != app.wrapped.width || app.wrapped.is_empty()) {
        app.wrapped = Wrapped::new(&app.doc.article, text_width);
        app.scroll = anchor.map_or(0, |a| app.wrapped.row_of(a));
    }
    app.scroll = app.scroll.min(max_scroll(app));
}

fn click(app: &mut App, column: u16, row: u16) {
    let g = app.geometry();
    let Some(pane) = g.pane_at(column, row) else {
        return;
    };
    set_focus(app, pane);
    if pane == Pane::Article {
        return;
    }
    let Some(area) = g.pane_area(pane) else {
        return;
    };
    let rows = list_rows(area);
    if row < rows.y || row >= rows.y + rows.height {
        return;
    }
    let list = app.list_mut(pane);
    let i = list.offset + usize::from(row - rows.y) / pane.item_height();
    if i < list.visible.len() {
        list.selected = i;
    }
}

fn wheel(app: &mut App, column: u16, row: u16, delta: i32) {
    let pane = app.geometry().pane_at(column, row).unwrap_or(app.focus);
    if pane == Pane::Article {
        scroll_article(app, i64::from(delta * WHEEL_ROWS));
    } else {
        let focus = app.focus;
        app.focus = pane;
        move_by(app, i64::from(delta));
        app.focus = focus;
    }
}

/// Keeps every list's selection in range and on screen.
fn sync_lists(app: &mut App) {
    for pane in Pane::LISTS {
        let page = list_page(app, pane);
        let list = app.list_mut(pane);
        list.selected = list.selected.min(list.visible.len().saturating_sub(1));
        if list.selected < list.offset {
            list.offset = list.selected;
        } else if list.selected >= list.offset + page {
            list.offset = list.selected + 1 - page;
        }
        list.offset = list.offset.min(list.visible.len().saturating_sub(page));
    }
}
