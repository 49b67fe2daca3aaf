//! Drawing: `draw(app, frame)` reads the state and paints it, deciding
//! nothing. One file per pane; [`Geometry`](super::geometry::Geometry) says
//! where each goes.

mod article;
mod help;
mod library;
mod lists;
mod picker;
mod speakers;
mod status;
mod text;

pub use help::lines as help_lines;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::app::{App, Pane};
use super::geometry::{MIN_HEIGHT, MIN_WIDTH, Side};

/// Draws the whole screen.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let g = app.geometry();
    if g.too_small || area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        let msg = format!("terminal too small (need {MIN_WIDTH}×{MIN_HEIGHT}); q quits");
        frame.render_widget(Paragraph::new(Line::raw(msg)).wrap(Wrap { trim: true }), area);
        return;
    }
    if let Some(lib) = app.library.as_ref().filter(|l| l.showing) {
        match lib.speakers.as_ref() {
            Some(speakers) => {
                if let Some(cursor) = speakers::render(app, lib, speakers, frame.buffer_mut(), area) {
                    frame.set_cursor_position(cursor);
                }
            }
            None => library::render(app, lib, frame.buffer_mut(), area),
        }
        if let Some(scroll) = app.help {
            help::render(app, frame.buffer_mut(), area, scroll);
        }
        return;
    }
    status::title_bar(app, frame.buffer_mut(), g.title);
    if !g.article.is_empty() {
        article::render(app, frame.buffer_mut(), g.article, g.article_text);
    }
    match g.side {
        Side::Stacked {
            entities,
            quotes,
            numbers,
        } => {
            lists::render(app, frame.buffer_mut(), Pane::Entities, entities, false);
            lists::render(app, frame.buffer_mut(), Pane::Quotes, quotes, false);
            lists::render(app, frame.buffer_mut(), Pane::Numbers, numbers, false);
        }
        Side::Tabs { area, pane } => lists::render(app, frame.buffer_mut(), pane, area, true),
        Side::Hidden => {}
    }
    if let Some(cursor) = g.prompt.and_then(|p| status::prompt(app, frame.buffer_mut(), p)) {
        frame.set_cursor_position(cursor);
    }
    status::status_bar(app, frame.buffer_mut(), g.status);
    if let Some(picker) = app.library.as_ref().and_then(|l| l.picker.as_ref()) {
        picker::render(app, picker, frame.buffer_mut(), area);
    }
    if let Some(scroll) = app.help {
        help::render(app, frame.buffer_mut(), area, scroll);
    }
}

/// A rectangle of at most `width` × `height`, centred in `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}
