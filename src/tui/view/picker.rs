//! The "mentioned elsewhere" list: the other articles' mentions of an
//! entity, each with its article's title and the text around it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Clear, Widget};

use super::text::fit;
use crate::tui::app::App;
use crate::tui::geometry::picker_box;
use crate::tui::library_state::Picker;

pub fn render(app: &App, picker: &Picker, buf: &mut Buffer, screen: Rect) {
    let theme = &app.theme;
    let area = picker_box(screen.width, screen.height, picker.hits.len());
    Clear.render(area, buf);
    let title = format!(" {} elsewhere: {} mentions ", picker.entity, picker.hits.len());
    Block::bordered()
        .title(Line::styled(
            fit(&title, usize::from(area.width.saturating_sub(2))),
            theme.pane_title,
        ))
        .title_bottom(Line::styled(" enter opens · esc closes ", theme.dim).right_aligned())
        .border_style(theme.border_focused)
        .render(area, buf);
    let inner = Rect::new(
        area.x + 1,
        area.y + 1,
        area.width.saturating_sub(2),
        area.height.saturating_sub(2),
    );
    let w = usize::from(inner.width.saturating_sub(1));
    let fits = usize::from(inner.height / 2);
    for (slot, (i, hit)) in picker
        .hits
        .iter()
        .enumerate()
        .skip(picker.offset)
        .take(fits)
        .enumerate()
    {
        let y = inner.y + u16::try_from(slot * 2).unwrap_or(u16::MAX);
        buf.set_stringn(inner.x + 1, y, fit(&hit.title, w), w, theme.pane_title);
        buf.set_stringn(inner.x + 1, y + 1, fit(&hit.snippet, w), w, theme.dim);
        if i == picker.selected {
            let style = theme.list_selected;
            buf.set_style(Rect::new(inner.x, y, inner.width, 2), style);
        }
    }
}
