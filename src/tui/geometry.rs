//! Where everything goes on screen, for a terminal size.
//!
//! One pure function used by both `view` (to draw) and `update` (to size
//! pages, wrap the article and hit-test mouse clicks), so the two can never
//! disagree about what is where.

use ratatui::layout::{Constraint, Layout, Position, Rect};

use super::app::Pane;

/// Below this the explorer shows only a "terminal too small" message.
pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;
/// From this width the three side panes stand side by side with the article.
pub const WIDE: u16 = 100;
/// From this width the article shares the screen with a tabbed side pane.
pub const MEDIUM: u16 = 60;

/// How the side panes are arranged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Entities, quotes and numbers stacked in a column.
    Stacked {
        entities: Rect,
        quotes: Rect,
        numbers: Rect,
    },
    /// One pane with tabs (`pane` is the one shown).
    Tabs { area: Rect, pane: Pane },
    /// Narrow terminal, article shown: no side pane.
    Hidden,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub too_small: bool,
    pub title: Rect,
    /// The article pane with its border; zero-sized when hidden.
    pub article: Rect,
    /// Where article text goes (inside border and padding).
    pub article_text: Rect,
    pub side: Side,
    /// The prompt row, when a prompt is open.
    pub prompt: Option<Rect>,
    pub status: Rect,
}

impl Geometry {
    /// Lays out a `width` × `height` screen. `focus` decides what a narrow
    /// terminal shows and which tab a medium one shows; `side_tab` is the
    /// side pane last shown.
    pub fn new(width: u16, height: u16, focus: Pane, side_tab: Pane, prompt: bool) -> Geometry {
        let area = Rect::new(0, 0, width, height);
        if width < MIN_WIDTH || height < MIN_HEIGHT {
            return Geometry {
                too_small: true,
                title: Rect::default(),
                article: Rect::default(),
                article_text: Rect::default(),
                side: Side::Hidden,
                prompt: None,
                status: Rect::default(),
            };
        }
        let prompt_rows = u16::from(prompt);
        let [title, body, prompt_area, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(prompt_rows),
            Constraint::Length(1),
        ])
        .areas(area);
        let tab = if focus == Pane::Article { side_tab } else { focus };
        let (article, side) = if width >= WIDE {
            let [article, side] = Layout::horizontal([Constraint::Percentage(60), Constraint::Fill(1)]).areas(body);
            let [entities, quotes, numbers] = Layout::vertical([
                Constraint::Percentage(40),
                Constraint::Percentage(30),
                Constraint::Fill(1),
            ])
            .areas(side);
            (
                article,
                Side::Stacked {
                    entities,
                    quotes,
                    numbers,
                },
            )
        } else if width >= MEDIUM {
            let [article, side] = Layout::horizontal([Constraint::Percentage(60), Constraint::Fill(1)]).areas(body);
            (article, Side::Tabs { area: side, pane: tab })
        } else if focus == Pane::Article {
            (body, Side::Hidden)
        } else {
            (Rect::default(), Side::Tabs { area: body, pane: tab })
        };
        Geometry {
            too_small: false,
            title,
            article,
            article_text: article_text_area(article),
            side,
            prompt: prompt.then_some(prompt_area),
            status,
        }
    }

    /// The screen area of a side pane, if it is visible.
    pub fn pane_area(&self, pane: Pane) -> Option<Rect> {
        match (pane, self.side) {
            (Pane::Article, _) => (!self.article.is_empty()).then_some(self.article),
            (Pane::Entities, Side::Stacked { entities, .. }) => Some(entities),
            (Pane::Quotes, Side::Stacked { quotes, .. }) => Some(quotes),
            (Pane::Numbers, Side::Stacked { numbers, .. }) => Some(numbers),
            (p, Side::Tabs { area, pane }) if p == pane => Some(area),
            _ => None,
        }
    }

    /// Which pane is at a screen position.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Pane> {
        let pos = Position::new(column, row);
        [Pane::Article, Pane::Entities, Pane::Quotes, Pane::Numbers]
            .into_iter()
            .find(|&p| self.pane_area(p).is_some_and(|r| r.contains(pos)))
    }
}

/// Inside the border, with one column of padding each side.
fn article_text_area(article: Rect) -> Rect {
    if article.width < 4 || article.height < 2 {
        return Rect::default();
    }
    Rect::new(article.x + 2, article.y + 1, article.width - 4, article.height - 2)
}

/// Rows of a list pane: inside the border, below the filter row.
pub fn list_rows(area: Rect) -> Rect {
    if area.width < 2 || area.height < 3 {
        return Rect::default();
    }
    Rect::new(area.x + 1, area.y + 2, area.width - 2, area.height - 3)
}

/// The library list on a `width` × `height` screen: the bordered box
/// between the title and status bars.
pub fn library_box(width: u16, height: u16) -> Rect {
    Rect::new(0, 1, width, height.saturating_sub(2))
}

/// The rows of article entries in the library box: inside the border, below
/// the column header.
pub fn library_rows(width: u16, height: u16) -> Rect {
    list_rows(library_box(width, height))
}

/// The "mentioned elsewhere" box over the article, sized for `hits` entries
/// of two rows each.
pub fn picker_box(width: u16, height: u16, hits: usize) -> Rect {
    let w = (width.saturating_mul(4) / 5).max(40).min(width);
    let wanted = u16::try_from(hits.saturating_mul(2))
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let h = wanted.min(height.saturating_sub(4)).max(4).min(height);
    Rect::new((width - w) / 2, (height - h) / 2, w, h)
}

/// Entries visible in the picker box.
pub fn picker_page(width: u16, height: u16, hits: usize) -> usize {
    usize::from(picker_box(width, height, hits).height.saturating_sub(2) / 2).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_and_picker_boxes_fit_the_screen() {
        let rows = library_rows(80, 24);
        assert_eq!(rows, Rect::new(1, 3, 78, 19));
        let b = picker_box(80, 24, 100);
        assert!(b.right() <= 80 && b.bottom() <= 24, "{b:?}");
        assert_eq!(picker_page(80, 24, 100), 9);
        assert_eq!(picker_box(80, 24, 2).height, 6);
        let tiny = picker_box(30, 6, 3);
        assert!(tiny.right() <= 30 && tiny.bottom() <= 6, "{tiny:?}");
    }

    #[test]
    fn wide_terminal_stacks_three_panes() {
        let g = Geometry::new(120, 40, Pane::Article, Pane::Entities, false);
        assert!(matches!(g.side, Side::Stacked { .. }));
        assert_eq!(g.article.width, 72);
        assert_eq!(g.pane_at(100, 5), Some(Pane::Entities));
        assert_eq!(g.pane_at(5, 5), Some(Pane::Article));
    }

    #[test]
    fn medium_terminal_uses_tabs() {
        let g = Geometry::new(80, 24, Pane::Quotes, Pane::Entities, false);
        assert_eq!(
            g.side,
            Side::Tabs {
                area: Rect::new(48, 1, 32, 22),
                pane: Pane::Quotes
            }
        );
        let g = Geometry::new(80, 24, Pane::Article, Pane::Numbers, false);
        assert!(matches!(
            g.side,
            Side::Tabs {
                pane: Pane::Numbers,
                ..
            }
        ));
    }

    #[test]
    fn narrow_terminal_shows_one_thing() {
        let g = Geometry::new(50, 15, Pane::Article, Pane::Entities, false);
        assert_eq!(g.side, Side::Hidden);
        assert_eq!(g.article.width, 50);
        let g = Geometry::new(50, 15, Pane::Entities, Pane::Entities, false);
        assert!(g.article.is_empty());
        assert!(matches!(g.side, Side::Tabs { .. }));
    }

    #[test]
    fn tiny_terminal_is_too_small() {
        assert!(Geometry::new(10, 3, Pane::Article, Pane::Entities, false).too_small);
        assert!(Geometry::new(0, 0, Pane::Article, Pane::Entities, true).too_small);
    }

    #[test]
    fn prompt_takes_a_row() {
        let g = Geometry::new(80, 24, Pane::Article, Pane::Entities, true);
        assert_eq!(g.prompt, Some(Rect::new(0, 22, 80, 1)));
        assert_eq!(g.status.y, 23);
    }
}
