//! The `?` overlay, generated from the keymap so it always tells the truth.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::centered;
use crate::tui::app::App;
use crate::tui::keymap::Context;

/// Every help line: section headings, then "keys  description".
pub fn lines(app: &App) -> Vec<Line<'static>> {
    let theme = &app.theme;
    let mut out = Vec::new();
    for context in Context::HELP_ORDER {
        // The library's own keys only matter when several articles are open.
        if app.library.is_none() && matches!(context, Context::Library | Context::Picker) {
            continue;
        }
        let rows = app.keymap.help_lines(context);
        if rows.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(Line::raw(""));
        }
        out.push(Line::styled(context.title(), theme.help_heading));
        for (keys, description) in rows {
            out.push(Line::from(vec![
                TextSpan::styled(format!("  {keys:<20}"), theme.help_key),
                TextSpan::raw(format!(" {description}")),
            ]));
        }
    }
    out
}

pub fn render(app: &App, buf: &mut Buffer, screen: Rect, scroll: u16) {
    let area = centered(screen, 90, screen.height.saturating_sub(2));
    Clear.render(area, buf);
    let lines = lines(app);
    let inner_h = area.height.saturating_sub(2);
    let max = u16::try_from(lines.len()).unwrap_or(u16::MAX).saturating_sub(inner_h);
    let scroll = scroll.min(max);
    // The closing and scrolling keys as configured.
    let keys = |name: &str| {
        app.keymap
            .bindings
            .iter()
            .find(|b| b.name == name)
            .map(|b| b.keys.join(" or "))
            .unwrap_or_default()
    };
    let title = if max > 0 {
        format!(
            " Keys ({}/{} scroll, {} closes) ",
            keys("help-down").split(' ').next().unwrap_or(""),
            keys("help-up").split(' ').next().unwrap_or(""),
            keys("help-close")
        )
    } else {
        format!(" Keys ({} closes) ", keys("help-close"))
    };
    Paragraph::new(lines)
        .scroll((scroll, 0))
        .block(Block::bordered().title(title).border_style(app.theme.border_focused))
        .render(area, buf);
}
