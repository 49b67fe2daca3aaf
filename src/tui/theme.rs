//! Colours and text attributes, as data.
//!
//! Views never name a colour; they ask the theme. A configuration file or a
//! light theme only has to build another `Theme`, and [`Theme::monochrome`]
//! keeps every highlight distinguishable without colour (`NO_COLOR`).

use ratatui::style::{Color, Modifier, Style};

use crate::extract::{EntityType, NumberKind};

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub title_bar: Style,
    pub status_bar: Style,
    pub status_key: Style,
    pub border: Style,
    pub border_focused: Style,
    pub pane_title: Style,
    pub text_title: Style,
    pub text_heading: Style,
    pub text_byline: Style,
    pub text_body: Style,
    /// Entity mentions, indexed like [`EntityType::ALL`].
    pub entity: [Style; 10],
    pub quote: Style,
    pub number: Style,
    pub selected_span: Style,
    pub search_match: Style,
    pub search_current: Style,
    pub list_selected: Style,
    pub list_selected_unfocused: Style,
    pub dim: Style,
    pub filter_active: Style,
    pub prompt: Style,
    pub help_key: Style,
    pub help_heading: Style,
}

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

impl Theme {
    /// The default, for dark terminal backgrounds.
    pub fn dark() -> Theme {
        let plain = Style::new();
        Theme {
            title_bar: plain.fg(Color::White).bg(Color::Blue).add_modifier(Modifier::BOLD),
            status_bar: plain.fg(Color::Black).bg(Color::Gray),
            status_key: plain.fg(Color::Black).bg(Color::Gray).add_modifier(Modifier::BOLD),
            border: plain.fg(Color::DarkGray),
            border_focused: plain.fg(Color::Cyan),
            pane_title: plain.add_modifier(Modifier::BOLD),
            text_title: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            text_heading: plain.add_modifier(Modifier::BOLD),
            text_byline: plain.add_modifier(Modifier::ITALIC).fg(Color::Gray),
            text_body: plain,
            entity: [
                plain.fg(Color::LightCyan),    // person
                plain.fg(Color::LightMagenta), // organization
                plain.fg(Color::LightGreen),   // place
                plain.fg(Color::LightYellow),  // group
                plain.fg(Color::LightBlue),    // date
                plain.fg(Color::LightRed),     // event
                plain.fg(Color::Yellow),       // law
                plain.fg(Color::Magenta),      // work
                plain.fg(Color::Green),        // product
                plain.fg(Color::Gray),         // other
            ],
            quote: plain.add_modifier(Modifier::ITALIC),
            number: plain.add_modifier(Modifier::UNDERLINED),
            selected_span: plain.fg(Color::Black).bg(Color::LightCyan).add_modifier(Modifier::BOLD),
            search_match: plain.fg(Color::Black).bg(Color::Yellow),
            search_current: plain.fg(Color::Black).bg(Color::LightRed).add_modifier(Modifier::BOLD),
            list_selected: plain.fg(Color::Black).bg(Color::Cyan),
            list_selected_unfocused: plain.add_modifier(Modifier::REVERSED),
            dim: plain.fg(Color::DarkGray),
            filter_active: plain.fg(Color::Black).bg(Color::Cyan),
            prompt: plain.fg(Color::White).bg(Color::Black),
            help_key: plain.fg(Color::Cyan).add_modifier(Modifier::BOLD),
            help_heading: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// No colour at all: bold, underline, italic and reverse video only.
    pub fn monochrome() -> Theme {
        let plain = Style::new();
        let bold = plain.add_modifier(Modifier::BOLD);
        let rev = plain.add_modifier(Modifier::REVERSED);
        Theme {
            title_bar: rev.add_modifier(Modifier::BOLD),
            status_bar: rev,
            status_key: rev.add_modifier(Modifier::BOLD),
            border: plain,
            border_focused: bold,
            pane_title: bold,
            text_title: bold.add_modifier(Modifier::UNDERLINED),
            text_heading: bold,
            text_byline: plain.add_modifier(Modifier::ITALIC),
            text_body: plain,
            entity: [bold; 10],
            quote: plain.add_modifier(Modifier::ITALIC),
            number: plain.add_modifier(Modifier::UNDERLINED),
            selected_span: rev.add_modifier(Modifier::BOLD),
            search_match: rev,
            search_current: rev.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            list_selected: rev,
            list_selected_unfocused: plain.add_modifier(Modifier::UNDERLINED),
            dim: plain.add_modifier(Modifier::DIM),
            filter_active: rev,
            prompt: plain,
            help_key: bold,
            help_heading: bold.add_modifier(Modifier::UNDERLINED),
        }
    }

    /// `NO_COLOR` set to anything non-empty means no colour (no-color.org).
    pub fn from_env() -> Theme {
        match std::env::var_os("NO_COLOR") {
            Some(v) if !v.is_empty() => Theme::monochrome(),
            _ => Theme::dark(),
        }
    }

    pub fn entity_style(&self, kind: EntityType) -> Style {
        let i = EntityType::ALL.iter().position(|k| *k == kind).unwrap_or(9);
        self.entity[i]
    }

    /// Numbers are listed in one colour; their kind is written out.
    pub fn number_kind_style(&self, _kind: NumberKind) -> Style {
        self.number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_has_no_colours() {
        let t = Theme::monochrome();
        let styles = [
            t.selected_span,
            t.search_match,
            t.search_current,
            t.list_selected,
            t.entity[0],
        ];
        for s in styles {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
        }
        // The three strongest highlights stay distinguishable.
        assert_ne!(t.selected_span, t.search_match);
        assert_ne!(t.search_match, t.search_current);
    }

    #[test]
    fn entity_types_have_distinct_colours() {
        let t = Theme::dark();
        let person = t.entity_style(EntityType::Person);
        let place = t.entity_style(EntityType::Place);
        assert_ne!(person, place);
    }
}
