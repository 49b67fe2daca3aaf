//! The three side panes: entities, quotes and numbers. Each is a bordered
//! list with a filter row on top; only the visible items are drawn.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, Widget};

use super::text::{fit, fit_around, number, width};
use crate::extract::Analysis;
use crate::tui::app::{App, Pane};
use crate::tui::geometry::list_rows;

/// Draws one list pane. With `tabs`, its title is a tab bar of all three.
pub fn render(app: &App, buf: &mut Buffer, pane: Pane, area: Rect, tabs: bool) {
    let theme = &app.theme;
    let focused = app.focus == pane;
    let list = app.list(pane);
    let total = app.doc.item_count(pane);
    let title = if tabs {
        let mut spans = vec![TextSpan::raw(" ")];
        for (i, p) in Pane::LISTS.into_iter().enumerate() {
            if i > 0 {
                spans.push(TextSpan::styled(" │ ", theme.dim));
            }
            let style = if p == pane {
                theme.filter_active
            } else {
                theme.pane_title
            };
            // Short labels when three full ones would not fit.
            let label = if area.width < 32 { &p.title()[..3] } else { p.title() };
            spans.push(TextSpan::styled(label, style));
        }
        spans.push(TextSpan::raw(" "));
        Line::from(spans)
    } else {
        Line::styled(format!(" {} ", pane.title()), theme.pane_title)
    };
    let mut block =
        Block::bordered()
            .title(title)
            .border_style(if focused { theme.border_focused } else { theme.border });
    if app.doc.analysis.is_some() {
        let mut count = format!(" {}/{} ", list.visible.len(), total);
        if !list.text.is_empty() {
            count = format!(" f:{} {}", list.text, count.trim_start());
        }
        if list.timeline {
            count = format!(" timeline{count}");
        }
        block = block.title_bottom(Line::styled(count, theme.dim).right_aligned());
    }
    block.render(area, buf);
    let inner = Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    if inner.is_empty() {
        return;
    }
    let Some(analysis) = app.doc.analysis.as_deref() else {
        let pct = (app.doc.progress * 100.0).round() as u32;
        let msg = format!("analyzing… {pct}%");
        buf.set_stringn(
            inner.x + 1,
            inner.y,
            msg,
            usize::from(inner.width.saturating_sub(1)),
            theme.dim,
        );
        return;
    };
    filter_row(app, buf, pane, inner);
    let rows = list_rows(area);
    if rows.is_empty() {
        return;
    }
    if list.visible.is_empty() {
        let msg = if total == 0 {
            "none found"
        } else {
            "nothing matches the filter"
        };
        buf.set_stringn(rows.x + 1, rows.y, msg, usize::from(rows.width), theme.dim);
        return;
    }
    let h = pane.item_height();
    let fits = usize::from(rows.height) / h;
    let selected_style = if focused {
        theme.list_selected
    } else {
        theme.list_selected_unfocused
    };
    for (slot, (i, &item)) in list.visible.iter().enumerate().skip(list.offset).take(fits).enumerate() {
        let y = rows.y + u16::try_from(slot * h).unwrap_or(u16::MAX);
        let row = Rect::new(rows.x, y, rows.width, u16::try_from(h).unwrap_or(1));
        let lines = match pane {
            Pane::Entities => entity_lines(app, analysis, item, rows.width),
            Pane::Quotes => quote_lines(app, analysis, item, rows.width),
            Pane::Numbers => number_lines(app, analysis, item, rows.width),
            Pane::Article => Vec::new(),
        };
        for (dy, line) in (0u16..).zip(&lines) {
            if dy < row.height {
                buf.set_line(row.x, row.y + dy, line, row.width);
            }
        }
        if i == list.selected {
            buf.set_style(row, selected_style);
        }
    }
}

/// "all 42  1 person 12  3 place 6 …": each choice with its digit and count,
/// the active one marked. Empty kinds are left out to save room.
fn filter_row(app: &App, buf: &mut Buffer, pane: Pane, inner: Rect) {
    let theme = &app.theme;
    let list = app.list(pane);
    let choices = app.doc.filter_choices(pane);
    let all = app.doc.item_count(pane);
    let mark = |active: bool| {
        if active { theme.filter_active } else { theme.dim }
    };
    let mut spans = vec![TextSpan::styled(format!("0:all {all}"), mark(list.kind.is_none()))];
    for (k, (label, n)) in choices.iter().enumerate() {
        if *n == 0 && list.kind != Some(k) {
            continue;
        }
        spans.push(TextSpan::raw("  "));
        let digit = if k < 9 { format!("{}:", k + 1) } else { String::new() };
        let label = if pane == Pane::Quotes {
            fit(label, 14)
        } else {
            label.clone()
        };
        spans.push(TextSpan::styled(
            format!("{digit}{label} {n}"),
            mark(list.kind == Some(k)),
        ));
    }
    buf.set_line(inner.x, inner.y, &Line::from(spans), inner.width);
}

fn entity_lines(app: &App, a: &Analysis, id: usize, w: u16) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(e) = a.entities.get(id) else {
        return Vec::new();
    };
    let w = usize::from(w);
    let count = format!("{:>3}", e.mentions.len());
    let kind = e.kind.as_str();
    // On the timeline every row is a date: the room goes to the dates.
    let kind_w = if w >= 36 && !app.list(Pane::Entities).timeline {
        13
    } else {
        0
    };
    let name_w = w.saturating_sub(kind_w + count.len() + 2);
    // A date shows where it falls on the calendar: "last month · Mar 2025"
    // (not "2024 · 2024").
    let when = a
        .dates
        .entity(id)
        .map(|v| v.label())
        .filter(|label| !label.eq_ignore_ascii_case(&e.name))
        .map(|label| format!(" · {label}"))
        .filter(|when| width(when) + 4 <= name_w)
        .unwrap_or_default();
    let name = fit(&e.name, name_w.saturating_sub(width(&when)));
    let pad = " ".repeat(name_w.saturating_sub(width(&name) + width(&when)));
    let mut spans = vec![
        TextSpan::raw(" "),
        TextSpan::styled(name, theme.entity_style(e.kind)),
        TextSpan::styled(when, theme.dim),
        TextSpan::raw(pad),
    ];
    if kind_w > 0 {
        spans.push(TextSpan::styled(format!(" {kind:<12}"), theme.dim));
    }
    spans.push(TextSpan::raw(count));
    vec![Line::from(spans)]
}

fn quote_lines(app: &App, a: &Analysis, id: usize, w: u16) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(q) = a.quotes.get(id) else {
        return Vec::new();
    };
    let w = usize::from(w).saturating_sub(1);
    let text = fit(&format!("“{}”", app.doc.article.slice(q.span)), w);
    let speaker = q.speaker.as_deref().unwrap_or("unattributed");
    let mut who = format!("  — {speaker}");
    if let Some(cue) = &q.cue {
        who.push_str(&format!(" ({cue})"));
    }
    vec![
        Line::from(vec![TextSpan::raw(" "), TextSpan::styled(text, theme.quote)]),
        Line::styled(fit(&who, w + 1), theme.dim),
    ]
}

fn number_lines(app: &App, a: &Analysis, i: usize, w: u16) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let Some(n) = a.numbers.get(i) else {
        return Vec::new();
    };
    let w = usize::from(w).saturating_sub(1);
    let mut value = n
        .value
        .map(|v| {
            // Years read as years, not as counts ("1798", not "1,798").
            if n.kind == crate::extract::NumberKind::Year {
                format!("{v}")
            } else {
                number(v)
            }
        })
        .unwrap_or_default();
    if let Some(unit) = &n.unit {
        value = if value.is_empty() {
            unit.clone()
        } else {
            format!("{value} {unit}")
        };
    }
    let head = fit(app.doc.article.slice(n.span), w.saturating_sub(10).max(8));
    let rest = fit(
        &format!("  {} {}", n.kind.as_str(), value),
        w.saturating_sub(width(&head)),
    );
    let context = app.doc.article.slice(n.context);
    // The number itself stays in view however long its lead-in.
    let key = n.span.start.saturating_sub(n.context.start);
    let key_end = n.span.end.saturating_sub(n.context.start);
    let context_line = if n.context.start <= n.span.start && n.span.end <= n.context.end {
        format!("   {}", fit_around(context, key, key_end, w.saturating_sub(2)))
    } else {
        fit(&format!("   {context}"), w + 1)
    };
    vec![
        Line::from(vec![
            TextSpan::raw(" "),
            TextSpan::styled(head, theme.number_kind_style(n.kind)),
            TextSpan::styled(rest, Style::new().patch(theme.dim)),
        ]),
        Line::styled(context_line, theme.dim),
    ]
}
