//! The speakers view: everyone quoted across the library with how many
//! quotes and articles, or one speaker's quotes, each with the article (and
//! its date when known) it is from.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span as TextSpan};
use ratatui::widgets::{Block, Widget};

use super::library::{heading, pad_left, pad_right, progress};
use super::status::{key, status_row};
use super::text::fit;
use crate::tui::app::App;
use crate::tui::geometry::{library_box, library_rows};
use crate::tui::library_state::speakers::{self, QuoteList, SpeakerEntry, SpeakerQuote};
use crate::tui::library_state::{LibraryState, SpeakersState};

/// Screen rows per listed quote: the quote, then where it is from.
const QUOTE_ROWS: u16 = speakers::QUOTE_ROWS as u16;

/// Draws the whole speakers screen: title bar, list, status bar (or the
/// filter prompt, whose cursor position it returns).
pub fn render(
    app: &App,
    lib: &LibraryState,
    speakers: &SpeakersState,
    buf: &mut Buffer,
    screen: Rect,
) -> Option<Position> {
    let theme = &app.theme;
    heading(
        app,
        buf,
        screen,
        &format!("byline — who said what in {} articles", lib.rows.len()),
    );
    let area = library_box(screen.width, screen.height);
    let title = match speakers.open_entry() {
        Some(e) => format!(" {} ", e.name),
        None => " Speakers ".to_string(),
    };
    Block::bordered()
        .title(Line::styled(
            fit(&title, usize::from(area.width.saturating_sub(4))),
            theme.pane_title,
        ))
        .title_bottom(Line::styled(progress(lib), theme.dim).right_aligned())
        .border_style(theme.border_focused)
        .render(area, buf);
    let rows = library_rows(screen.width, screen.height);
    if !rows.is_empty() {
        let header = Rect::new(rows.x, rows.y - 1, rows.width, 1);
        match (speakers.quotes, speakers.open_entry()) {
            (Some(list), Some(entry)) => quote_list(app, entry, list, buf, header, rows),
            _ => speaker_list(app, speakers, buf, header, rows),
        }
    }
    let bottom = Rect::new(screen.x, screen.bottom().saturating_sub(1), screen.width, 1);
    if app.prompt.is_some() {
        return super::status::prompt(app, buf, bottom);
    }
    status(app, speakers, buf, bottom);
    None
}

/// Widths of the count columns.
const QUOTES_COLUMN: usize = 8;
const ARTICLES_COLUMN: usize = 10;

fn speaker_list(app: &App, speakers: &SpeakersState, buf: &mut Buffer, header: Rect, rows: Rect) {
    let theme = &app.theme;
    let w = usize::from(rows.width);
    let name_width = w.saturating_sub(QUOTES_COLUMN + ARTICLES_COLUMN + 2);
    let head = format!(
        " {}{}{}",
        pad_right("Speaker", name_width),
        pad_left("Quotes", QUOTES_COLUMN),
        pad_left("Articles", ARTICLES_COLUMN)
    );
    buf.set_stringn(header.x, header.y, head, w, theme.pane_title);
    if speakers.visible.is_empty() && !speakers.entries.is_empty() {
        let none = format!("No speaker's name contains “{}”.", speakers.filter);
        buf.set_stringn(rows.x + 1, rows.y, fit(&none, w.saturating_sub(1)), w, theme.dim);
        return;
    }
    if speakers.entries.is_empty() {
        let why = if speakers.built_from < speakers.total {
            "No attributed quotes yet: the articles are still being analysed."
        } else {
            "No attributed quotes in these articles."
        };
        buf.set_stringn(rows.x + 1, rows.y, fit(why, w.saturating_sub(1)), w, theme.dim);
        return;
    }
    let visible = speakers
        .visible
        .iter()
        .enumerate()
        .skip(speakers.offset)
        .take(usize::from(rows.height))
        .filter_map(|(i, &e)| Some((i, speakers.entries.get(e)?)));
    for (slot, (i, entry)) in visible.enumerate() {
        let y = rows.y + u16::try_from(slot).unwrap_or(u16::MAX);
        let line = Line::from(vec![
            TextSpan::raw(" "),
            // An unnamed speaker ("a spokesman") is a description, not a name.
            TextSpan::styled(
                pad_right(&entry.name, name_width),
                if entry.named { theme.text_body } else { theme.dim },
            ),
            TextSpan::raw(pad_left(&entry.quotes.len().to_string(), QUOTES_COLUMN)),
            TextSpan::raw(pad_left(&entry.articles.to_string(), ARTICLES_COLUMN)),
        ]);
        buf.set_line(rows.x, y, &line, rows.width);
        if i == speakers.selected {
            buf.set_style(Rect::new(rows.x, y, rows.width, 1), theme.list_selected);
        }
    }
}

fn quote_list(app: &App, entry: &SpeakerEntry, list: QuoteList, buf: &mut Buffer, header: Rect, rows: Rect) {
    let theme = &app.theme;
    let w = usize::from(rows.width);
    let (n, a) = (entry.quotes.len(), entry.articles);
    let head = format!(
        " {n} quote{} in {a} article{}",
        if n == 1 { "" } else { "s" },
        if a == 1 { "" } else { "s" }
    );
    buf.set_stringn(header.x, header.y, fit(&head, w), w, theme.pane_title);
    let fits = usize::from(rows.height / QUOTE_ROWS);
    let visible = entry.quotes.iter().enumerate().skip(list.offset).take(fits);
    for (slot, (i, q)) in visible.enumerate() {
        let y = rows.y + u16::try_from(slot).unwrap_or(u16::MAX) * QUOTE_ROWS;
        let text = fit(&format!("“{}”", q.text), w.saturating_sub(2));
        buf.set_stringn(rows.x + 1, y, text, w.saturating_sub(1), theme.text_body);
        buf.set_stringn(
            rows.x + 3,
            y + 1,
            fit(&source(q), w.saturating_sub(4)),
            w.saturating_sub(3),
            theme.dim,
        );
        if i == list.selected {
            buf.set_style(Rect::new(rows.x, y, rows.width, QUOTE_ROWS), theme.list_selected);
        }
    }
}

/// "Title · 2025-04-12", or the title alone when the date is unknown.
fn source(q: &SpeakerQuote) -> String {
    match &q.date {
        Some(date) => format!("{} · {date}", q.title),
        None => q.title.clone(),
    }
}

fn status(app: &App, speakers: &SpeakersState, buf: &mut Buffer, area: Rect) {
    let mut parts = match (speakers.quotes, speakers.open_entry()) {
        (Some(list), Some(entry)) => vec![
            "Speakers".to_string(),
            entry.name.clone(),
            format!(
                "quote {}/{}",
                (list.selected + 1).min(entry.quotes.len()),
                entry.quotes.len()
            ),
        ],
        _ => {
            let mut parts = vec![
                "Speakers".to_string(),
                format!(
                    "{}/{}",
                    (speakers.selected + 1).min(speakers.visible.len()),
                    speakers.visible.len()
                ),
            ];
            if !speakers.filter.is_empty() {
                parts.push(format!("/{}", speakers.filter));
            }
            parts
        }
    };
    if let Some(msg) = &app.message {
        parts.push(msg.clone());
    }
    let hint = if speakers.quotes.is_some() {
        format!(
            " {} open  {} copy  {} back ",
            key(app, "open", "enter"),
            key(app, "copy", "y"),
            key(app, "back", "esc")
        )
    } else {
        format!(
            " {} quotes  {} back  {} help ",
            key(app, "open", "enter"),
            key(app, "back", "esc"),
            key(app, "help", "?")
        )
    };
    status_row(app, buf, area, &parts, &hint);
}
