//! The title bar, the status bar and the prompt row.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span as TextSpan};

use super::text::{fit, width};
use crate::calendar::CalendarValue;
use crate::tui::app::{App, Pane, PromptKind};

pub fn title_bar(app: &App, buf: &mut Buffer, area: Rect) {
    let theme = &app.theme;
    let article = &app.doc.article;
    let mut title = article.title.clone().unwrap_or_else(|| article.path.clone());
    if let Some(source) = &article.source {
        title = format!("{title} — {source}");
    }
    buf.set_style(area, theme.title_bar);
    // The article's date sits at the right end, kept when the title is cut.
    let date = article
        .published
        .map(|d| format!("{} ", CalendarValue::Day(d).label()))
        .filter(|d| width(d) + 12 <= usize::from(area.width))
        .unwrap_or_default();
    let date_w = if date.is_empty() { 0 } else { width(&date) + 1 };
    let room = usize::from(area.width.saturating_sub(2)).saturating_sub(date_w);
    buf.set_stringn(
        area.x + 1,
        area.y,
        fit(&title, room),
        usize::from(area.width),
        theme.title_bar,
    );
    if !date.is_empty() {
        let x = area.right().saturating_sub(u16::try_from(width(&date)).unwrap_or(0));
        buf.set_stringn(x, area.y, &date, width(&date), theme.title_bar);
    }
}

/// "3/12" for the search, "12+" when the match count was capped.
pub fn match_count(app: &App) -> Option<String> {
    let s = &app.search;
    if s.query.is_empty() {
        return None;
    }
    let total = if s.truncated {
        format!("{}+", s.matches.len())
    } else {
        s.matches.len().to_string()
    };
    Some(match s.current {
        Some(i) => format!("{}/{total}", i + 1),
        None => format!("0/{total}"),
    })
}

/// The first key bound to the command `name`, as configured, so a rebinding
/// shows in the hints too; `default` when it has none.
pub fn key<'a>(app: &'a App, name: &str, default: &'a str) -> &'a str {
    app.keymap.key_for(name).unwrap_or(default)
}

/// Draws a status row: `parts` joined at the left, cut to leave room for
/// `hint` (the keys to press) at the right.
pub fn status_row(app: &App, buf: &mut Buffer, area: Rect, parts: &[String], hint: &str) {
    let theme = &app.theme;
    buf.set_style(area, theme.status_bar);
    let room = usize::from(area.width).saturating_sub(width(hint) + 1);
    let left = fit(&format!(" {}", parts.join(" │ ")), room);
    buf.set_stringn(area.x, area.y, &left, room, theme.status_bar);
    let hw = u16::try_from(width(hint)).unwrap_or(0);
    buf.set_stringn(
        area.right().saturating_sub(hw),
        area.y,
        hint,
        usize::from(hw),
        theme.status_key,
    );
}

/// Draws the notice (configuration warnings) over the status bar, if there
/// is one; returns whether it did. It stays until dismissed.
pub fn notice(app: &App, buf: &mut Buffer, area: Rect) -> bool {
    let Some(notice) = &app.notice else {
        return false;
    };
    status_row(app, buf, area, std::slice::from_ref(notice), " esc dismiss ");
    true
}

pub fn status_bar(app: &App, buf: &mut Buffer, area: Rect) {
    if notice(app, buf, area) {
        return;
    }
    let path = &app.doc.article.path;
    // A file by its name; a web page by its address, whose last segment
    // alone may be empty or say nothing.
    let file = match path.split_once("://") {
        Some((_, address)) => address.to_string(),
        None => path.rsplit('/').next().unwrap_or_default().to_string(),
    };
    let mut parts = vec![file, format!("{}%", app.percent()), app.focus.title().to_string()];
    if app.focus != Pane::Article {
        let list = app.list(app.focus);
        if let Some(k) = list.kind {
            let label = app
                .doc
                .filter_choices(app.focus)
                .get(k)
                .map(|c| c.0.clone())
                .unwrap_or_default();
            parts.push(format!("filter: {label}"));
        }
        if !list.text.is_empty() {
            parts.push(format!("text: {}", list.text));
        }
    }
    if let Some(count) = match_count(app) {
        let searching = if app.search.pending.is_some() {
            " searching…"
        } else {
            ""
        };
        parts.push(format!("/{} {count}{searching}", app.search.query));
    }
    if let Some(note) = &app.search.note {
        parts.push(note.clone());
    }
    if app.doc.analysis.is_none() {
        parts.push(format!("analyzing… {}%", (app.doc.progress * 100.0).round() as u32));
    }
    if let Some(msg) = &app.message {
        parts.push(msg.clone());
    }
    let help = key(app, "help", "?");
    let mut hint = match app.keymap.key_for("side-panel") {
        Some(panel) if app.width < crate::tui::geometry::MEDIUM => format!(" {panel} panel  {help} help "),
        _ => format!(" {help} help "),
    };
    if app.library.is_some()
        && let Some(list) = app.keymap.key_for("library")
    {
        hint = format!(" {list} list {hint}");
    }
    status_row(app, buf, area, &parts, &hint);
}

/// Draws the prompt; returns where the cursor goes.
pub fn prompt(app: &App, buf: &mut Buffer, area: Rect) -> Option<Position> {
    let theme = &app.theme;
    let p = app.prompt.as_ref()?;
    buf.set_style(area, theme.prompt);
    let label = match p.kind {
        PromptKind::Search => "/".to_string(),
        PromptKind::Filter(pane) => format!("filter {}: ", pane.title().to_lowercase()),
        PromptKind::Speakers => "filter speakers: ".to_string(),
    };
    let right = match p.kind {
        PromptKind::Search => match_count(app).map(|c| format!(" {c} ")).unwrap_or_default(),
        PromptKind::Filter(pane) => format!(" {} shown ", app.list(pane).visible.len()),
        PromptKind::Speakers => {
            let shown = app
                .library
                .as_ref()
                .and_then(|l| l.speakers.as_ref())
                .map(|s| s.visible.len());
            format!(" {} shown ", shown.unwrap_or(0))
        }
    };
    let room = usize::from(area.width).saturating_sub(width(&right) + width(&label) + 1);
    // Keep the end of a long query in view.
    let chars: Vec<char> = p.text.chars().collect();
    let skip = chars.len().saturating_sub(room);
    let text: String = chars[skip..].iter().collect();
    let line = Line::from(vec![TextSpan::raw(label.clone()), TextSpan::raw(text.clone())]);
    buf.set_line(area.x, area.y, &line, area.width);
    let rw = u16::try_from(width(&right)).unwrap_or(0);
    buf.set_stringn(
        area.x + area.width.saturating_sub(rw),
        area.y,
        &right,
        usize::from(rw),
        theme.prompt,
    );
    let cx = area.x + u16::try_from(width(&label) + width(&text)).unwrap_or(0);
    Some(Position::new(cx.min(area.right().saturating_sub(1)), area.y))
}
