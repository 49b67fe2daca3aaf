//! The list of articles: title, source, date, word count, quotes and where each
//! stands in the background analysis, with the library's progress.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, Widget};

use super::status::{key, status_row};
use super::text::{fit, number, width};
use crate::tui::app::App;
use crate::tui::geometry::{library_box, library_rows};
use crate::tui::library_state::{LibraryRow, LibraryState, RowState};

/// Columns after the title, by how much room there is.
struct Columns {
    source: usize,
    /// Only when some article has a date.
    date: usize,
    words: usize,
    quotes: usize,
    state: usize,
}

impl Columns {
    fn for_width(w: usize, dated: bool) -> Columns {
        let mut cols = Columns::undated(w);
        if dated && w >= 60 {
            cols.date = DATE_WIDTH;
        }
        cols
    }

    fn undated(w: usize) -> Columns {
        if w >= 90 {
            Columns {
                date: 0,
                source: 18,
                words: 8,
                quotes: 7,
                state: 10,
            }
        } else if w >= 60 {
            Columns {
                date: 0,
                source: 0,
                words: 8,
                quotes: 7,
                state: 10,
            }
        } else {
            Columns {
                date: 0,
                source: 0,
                words: 0,
                quotes: 7,
                state: 0,
            }
        }
    }

    fn title_width(&self, w: usize) -> usize {
        w.saturating_sub(self.source + self.date + self.words + self.quotes + self.state + 1)
    }
}

/// "2024-03-05" and a space.
const DATE_WIDTH: usize = 11;

/// Draws `text` in the title bar, the screen's top row.
pub fn heading(app: &App, buf: &mut Buffer, screen: Rect, text: &str) {
    let theme = &app.theme;
    buf.set_style(Rect::new(screen.x, screen.y, screen.width, 1), theme.title_bar);
    buf.set_stringn(
        screen.x + 1,
        screen.y,
        fit(text, usize::from(screen.width.saturating_sub(2))),
        usize::from(screen.width),
        theme.title_bar,
    );
}

/// Draws the whole library screen: title bar, list, status bar.
pub fn render(app: &App, lib: &LibraryState, buf: &mut Buffer, screen: Rect) {
    let theme = &app.theme;
    heading(app, buf, screen, &format!("byline — {} articles", lib.rows.len()));
    let area = library_box(screen.width, screen.height);
    let progress = progress(lib);
    // The feed's summary of the selected item, where the border has room.
    let room = usize::from(area.width).saturating_sub(width(&progress) + 6);
    let about = lib
        .rows
        .get(lib.selected)
        .and_then(|r| r.description.as_deref())
        .filter(|_| room > 10)
        .map(|d| format!(" {} ", fit(d, room)));
    let mut block = Block::bordered()
        .title(Line::styled(" Articles ", theme.pane_title))
        .title_bottom(Line::styled(progress, theme.dim).right_aligned())
        .border_style(theme.border_focused);
    if let Some(about) = about {
        block = block.title_bottom(Line::styled(about, theme.text_body).left_aligned());
    }
    block.render(area, buf);
    let rows = library_rows(screen.width, screen.height);
    if rows.is_empty() {
        return;
    }
    let w = usize::from(rows.width);
    let cols = Columns::for_width(w, lib.rows.iter().any(|r| r.published.is_some()));
    header(app, buf, Rect::new(rows.x, rows.y - 1, rows.width, 1), &cols);
    for (slot, (i, row)) in lib
        .rows
        .iter()
        .enumerate()
        .skip(lib.offset)
        .take(usize::from(rows.height))
        .enumerate()
    {
        let y = rows.y + u16::try_from(slot).unwrap_or(u16::MAX);
        buf.set_line(rows.x, y, &entry(app, row, &cols, w), rows.width);
        if i == lib.selected {
            buf.set_style(Rect::new(rows.x, y, rows.width, 1), theme.list_selected);
        }
    }
    status(
        app,
        lib,
        buf,
        Rect::new(screen.x, screen.bottom().saturating_sub(1), screen.width, 1),
    );
}

/// The library's analysis progress, for the bottom of its box.
pub(super) fn progress(lib: &LibraryState) -> String {
    if lib.finished() {
        format!(" all {} analysed ", lib.rows.len())
    } else {
        format!(
            " {} analysing… {}/{} ({}%) ",
            bar(lib.fraction(), 10),
            lib.done,
            lib.rows.len(),
            (lib.fraction() * 100.0).floor() as u32
        )
    }
}

/// "████░░░░░░" for a fraction.
fn bar(fraction: f32, cells: usize) -> String {
    let full = ((fraction.clamp(0.0, 1.0) * cells as f32).round() as usize).min(cells);
    format!("{}{}", "█".repeat(full), "░".repeat(cells - full))
}

pub(super) fn pad_right(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let pad = w.saturating_sub(width(&s));
    format!("{s}{}", " ".repeat(pad))
}

pub(super) fn pad_left(s: &str, w: usize) -> String {
    let s = fit(s, w);
    let pad = w.saturating_sub(width(&s));
    format!("{}{s}", " ".repeat(pad))
}

fn header(app: &App, buf: &mut Buffer, area: Rect, cols: &Columns) {
    let w = usize::from(area.width);
    let mut text = format!(" {}", pad_right("Title", cols.title_width(w)));
    if cols.source > 0 {
        text.push_str(&pad_right("Source", cols.source));
    }
    if cols.date > 0 {
        text.push_str(&pad_right("Date", cols.date));
    }
    if cols.words > 0 {
        text.push_str(&pad_left("Words", cols.words));
    }
    text.push_str(&pad_left("Quotes", cols.quotes));
    if cols.state > 0 {
        text.push_str(&pad_left("", cols.state));
    }
    buf.set_stringn(area.x, area.y, text, w, app.theme.pane_title);
}

fn entry(app: &App, row: &LibraryRow, cols: &Columns, w: usize) -> Line<'static> {
    let theme = &app.theme;
    let unknown = "…";
    let title_style = match row.state {
        RowState::Failed(_) | RowState::Pending => theme.dim,
        _ => theme.text_body,
    };
    let label = match &row.state {
        // A web item's message starts with its address; the row has the
        // title, and the cause is what matters in a narrow column.
        RowState::Failed(why) if row.path.contains("://") => {
            let cause = why.strip_prefix(&format!("{}: ", row.path)).unwrap_or(why);
            format!("{} — {cause}", row.label())
        }
        RowState::Failed(why) => format!("{} — {why}", row.label()),
        _ => row.label().to_string(),
    };
    let mut spans = vec![
        TextSpan::raw(" "),
        TextSpan::styled(pad_right(&label, cols.title_width(w)), title_style),
    ];
    if cols.source > 0 {
        spans.push(TextSpan::styled(
            pad_right(row.source.as_deref().unwrap_or(""), cols.source),
            theme.dim,
        ));
    }
    if cols.date > 0 {
        let date = row.published.map(|d| d.to_string()).unwrap_or_default();
        spans.push(TextSpan::styled(pad_right(&date, cols.date), theme.dim));
    }
    if cols.words > 0 {
        let words = row.words.map_or_else(|| unknown.to_string(), |n| number(n as f64));
        spans.push(TextSpan::raw(pad_left(&words, cols.words)));
    }
    let quotes = row.quotes.map_or_else(|| unknown.to_string(), |n| n.to_string());
    spans.push(TextSpan::raw(pad_left(&quotes, cols.quotes)));
    if cols.state > 0 {
        let state = match row.state {
            RowState::Pending => "queued",
            RowState::Loaded => "analysing",
            RowState::Analysed => "",
            RowState::Failed(_) => "failed",
        };
        spans.push(TextSpan::styled(pad_left(state, cols.state), theme.dim));
    }
    Line::from(spans)
}

fn status(app: &App, lib: &LibraryState, buf: &mut Buffer, area: Rect) {
    if super::status::notice(app, buf, area) {
        return;
    }
    let mut parts = vec![
        "Library".to_string(),
        format!("{}/{}", (lib.selected + 1).min(lib.rows.len()), lib.rows.len()),
    ];
    if !lib.finished() {
        parts.push(format!("analysing… {}%", (lib.fraction() * 100.0).floor() as u32));
    }
    if let Some(msg) = &app.message {
        parts.push(msg.clone());
    }
    let hint = format!(
        " {} open  {} speakers  {} help ",
        key(app, "open", "enter"),
        key(app, "speakers", "S"),
        key(app, "help", "?")
    );
    status_row(app, buf, area, &parts, &hint);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_bar_fills_with_the_fraction() {
        assert_eq!(bar(0.0, 4), "░░░░");
        assert_eq!(bar(0.5, 4), "██░░");
        assert_eq!(bar(1.5, 4), "████");
    }
}
