//! The article pane: only the visible rows of the cached layout are drawn,
//! each cut into segments where a highlight starts or ends.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::{Block, Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget, Widget};

use crate::article::{ParagraphKind, Span};
use crate::tui::app::{App, Pane};

pub fn render(app: &App, buf: &mut Buffer, area: Rect, text: Rect) {
    let theme = &app.theme;
    let focused = app.focus == Pane::Article;
    Block::bordered()
        .title(Line::styled(" Article ", theme.pane_title))
        .border_style(if focused { theme.border_focused } else { theme.border })
        .render(area, buf);
    let rows = &app.wrapped.rows;
    let first = app.scroll.min(rows.len());
    let last = (first + usize::from(text.height)).min(rows.len());
    for (y, row) in (text.y..).zip(&rows[first..last]) {
        if row.blank {
            continue;
        }
        let kind = app
            .doc
            .article
            .paragraphs
            .get(row.paragraph as usize)
            .map_or(ParagraphKind::Body, |p| p.kind);
        let base = match kind {
            ParagraphKind::Title => theme.text_title,
            ParagraphKind::Heading => theme.text_heading,
            ParagraphKind::Byline => theme.text_byline,
            ParagraphKind::Body => theme.text_body,
        };
        draw_row(app, buf, text.x, y, text.width, row.span, base);
    }
    if rows.len() > usize::from(text.height) {
        let mut state = ScrollbarState::new(app.max_scroll().max(1))
            .position(app.scroll)
            .viewport_content_length(usize::from(text.height));
        Scrollbar::new(ScrollbarOrientation::VerticalRight)
            .begin_symbol(None)
            .end_symbol(None)
            .render(area.inner(Margin::new(0, 1)), buf, &mut state);
    }
}

/// The spans of a sorted, non-overlapping list that overlap `row`.
fn overlapping<T>(list: &[T], row: Span, span: impl Fn(&T) -> Span) -> &[T] {
    let from = list.partition_point(|x| span(x).end <= row.start);
    let to = from + list[from..].partition_point(|x| span(x).start < row.end);
    &list[from..to]
}

fn draw_row(app: &App, buf: &mut Buffer, x: u16, y: u16, width: u16, row: Span, base: Style) {
    let theme = &app.theme;
    let text = &app.doc.article.text;
    // Highlights on this row, weakest first; later ones patch earlier ones.
    let mut layers: Vec<(Span, Style)> = Vec::new();
    if app.show_marks {
        let marks = &app.doc.marks;
        layers.extend(
            overlapping(&marks.quotes, row, |s| *s)
                .iter()
                .map(|s| (*s, theme.quote)),
        );
        layers.extend(
            overlapping(&marks.numbers, row, |s| *s)
                .iter()
                .map(|s| (*s, theme.number)),
        );
        layers.extend(
            overlapping(&marks.entities, row, |m| m.0)
                .iter()
                .map(|(s, k)| (*s, theme.entity_style(*k))),
        );
    }
    let search = &app.search;
    let found = overlapping(&search.matches, row, |s| *s);
    let current = search.current.and_then(|i| search.matches.get(i)).copied();
    layers.extend(found.iter().map(|s| {
        let style = if Some(*s) == current {
            theme.search_current
        } else {
            theme.search_match
        };
        (*s, style)
    }));
    if let Some(h) = app.highlight.filter(|h| h.span.overlaps(row)) {
        layers.push((h.span, theme.selected_span));
    }
    let mut cuts = vec![row.start, row.end];
    for (s, _) in &layers {
        cuts.push(s.start.clamp(row.start, row.end));
        cuts.push(s.end.clamp(row.start, row.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let right = x.saturating_add(width);
    let mut cx = x;
    for w in cuts.windows(2) {
        let seg = Span::new(w[0], w[1]);
        let Some(piece) = text.get(seg.start..seg.end) else {
            continue;
        };
        let mut style = base;
        for (s, layer) in &layers {
            if s.contains(seg) {
                style = style.patch(*layer);
            }
        }
        if cx >= right {
            break;
        }
        let room = usize::from(right - cx);
        let (nx, _) = if piece.contains(|c: char| c.is_control()) {
            let clean: String = piece.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
            buf.set_stringn(cx, y, clean, room, style)
        } else {
            buf.set_stringn(cx, y, piece, room, style)
        };
        cx = nx;
    }
}
