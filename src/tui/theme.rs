//! Colours and text attributes, as data.
//!
//! Views never name a colour; they ask the theme. The shipped themes are
//! TOML files (`assets/themes/`) embedded in the binary, written in the same
//! style language as the `[colors]` section of the configuration file, so a
//! user override and a theme are one thing. [`Theme::monochrome`] keeps every
//! highlight distinguishable with bold, underline and reverse video alone
//! (`NO_COLOR`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use crate::extract::{EntityType, NumberKind};

/// The shipped themes: name and TOML source.
pub const SHIPPED: [(&str, &str); 2] = [
    ("dark", include_str!("../../assets/themes/dark.toml")),
    ("light", include_str!("../../assets/themes/light.toml")),
];

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

/// Role names as the theme files and the configuration spell them, in the
/// order `--print-config` lists them.
pub const ROLES: [&str; 32] = [
    "title_bar",
    "status_bar",
    "status_key",
    "border",
    "border_focused",
    "pane_title",
    "text_title",
    "text_heading",
    "text_byline",
    "text_body",
    "entity_person",
    "entity_organization",
    "entity_place",
    "entity_group",
    "entity_date",
    "entity_event",
    "entity_law",
    "entity_work",
    "entity_product",
    "entity_other",
    "quote",
    "number",
    "selected_span",
    "search_match",
    "search_current",
    "list_selected",
    "list_selected_unfocused",
    "dim",
    "filter_active",
    "prompt",
    "help_key",
    "help_heading",
];

/// A theme file: only its `[colors]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    colors: BTreeMap<String, String>,
}

static DARK: LazyLock<Theme> = LazyLock::new(|| Theme::shipped("dark").unwrap_or_else(Theme::plain));

impl Default for Theme {
    fn default() -> Self {
        Theme::dark()
    }
}

impl Theme {
    /// Every role in the terminal's own style.
    pub fn plain() -> Theme {
        let plain = Style::new();
        Theme {
            title_bar: plain,
            status_bar: plain,
            status_key: plain,
            border: plain,
            border_focused: plain,
            pane_title: plain,
            text_title: plain,
            text_heading: plain,
            text_byline: plain,
            text_body: plain,
            entity: [plain; 10],
            quote: plain,
            number: plain,
            selected_span: plain,
            search_match: plain,
            search_current: plain,
            list_selected: plain,
            list_selected_unfocused: plain,
            dim: plain,
            filter_active: plain,
            prompt: plain,
            help_key: plain,
            help_heading: plain,
        }
    }

    /// The default, for dark terminal backgrounds.
    pub fn dark() -> Theme {
        DARK.clone()
    }

    /// A shipped theme by name ("dark", "light").
    pub fn shipped(name: &str) -> Option<Theme> {
        let (_, source) = SHIPPED.iter().find(|(n, _)| *n == name)?;
        Theme::from_toml(source).ok()
    }

    /// A theme from a theme file's text: every role starts plain.
    pub fn from_toml(source: &str) -> Result<Theme, String> {
        let file: ThemeFile = toml::from_str(source).map_err(|e| e.message().to_string())?;
        let mut theme = Theme::plain();
        for (role, spec) in &file.colors {
            theme.set(role, spec)?;
        }
        Ok(theme)
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

    /// Whether `NO_COLOR` is set to anything non-empty (no-color.org).
    pub fn no_color_requested() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }

    /// The default theme, or [`Theme::monochrome`] under `NO_COLOR`.
    pub fn from_env() -> Theme {
        if Theme::no_color_requested() {
            Theme::monochrome()
        } else {
            Theme::dark()
        }
    }

    /// The same theme with every colour removed and attributes kept, so
    /// user overrides cannot bring colour back under `NO_COLOR`.
    pub fn without_colors(mut self) -> Theme {
        for role in ROLES {
            if let Some(style) = self.role_mut(role) {
                style.fg = None;
                style.bg = None;
                style.underline_color = None;
            }
        }
        self
    }

    pub fn role(&self, name: &str) -> Option<Style> {
        let mut copy = self.clone();
        copy.role_mut(name).map(|s| *s)
    }

    fn role_mut(&mut self, name: &str) -> Option<&mut Style> {
        if let Some(kind) = name.strip_prefix("entity_") {
            let i = EntityType::ALL.iter().position(|k| k.as_str() == kind)?;
            return self.entity.get_mut(i);
        }
        Some(match name {
            "title_bar" => &mut self.title_bar,
            "status_bar" => &mut self.status_bar,
            "status_key" => &mut self.status_key,
            "border" => &mut self.border,
            "border_focused" => &mut self.border_focused,
            "pane_title" => &mut self.pane_title,
            "text_title" => &mut self.text_title,
            "text_heading" => &mut self.text_heading,
            "text_byline" => &mut self.text_byline,
            "text_body" => &mut self.text_body,
            "quote" => &mut self.quote,
            "number" => &mut self.number,
            "selected_span" => &mut self.selected_span,
            "search_match" => &mut self.search_match,
            "search_current" => &mut self.search_current,
            "list_selected" => &mut self.list_selected,
            "list_selected_unfocused" => &mut self.list_selected_unfocused,
            "dim" => &mut self.dim,
            "filter_active" => &mut self.filter_active,
            "prompt" => &mut self.prompt,
            "help_key" => &mut self.help_key,
            "help_heading" => &mut self.help_heading,
            _ => return None,
        })
    }

    /// Sets one role from a style spec ("black on light-cyan bold").
    pub fn set(&mut self, role: &str, spec: &str) -> Result<(), String> {
        let style = parse_style(spec)?;
        let slot = self
            .role_mut(role)
            .ok_or_else(|| format!("unknown colour role {role:?}"))?;
        *slot = style;
        Ok(())
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

const ATTRIBUTES: [(&str, Modifier); 9] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underline", Modifier::UNDERLINED),
    ("underlined", Modifier::UNDERLINED),
    ("reverse", Modifier::REVERSED),
    ("reversed", Modifier::REVERSED),
    ("strikethrough", Modifier::CROSSED_OUT),
    ("blink", Modifier::SLOW_BLINK),
];

/// Parses "[fg] [on bg] [attribute…]"; "plain" (or nothing) is no style.
pub fn parse_style(spec: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let mut words = spec.split_whitespace();
    while let Some(word) = words.next() {
        let lower = word.to_ascii_lowercase();
        if lower == "plain" || lower == "default" {
            continue;
        }
        if lower == "on" {
            let Some(bg) = words.next() else {
                return Err(format!("{spec:?}: a colour must follow \"on\""));
            };
            style.bg = Some(parse_color(bg).ok_or_else(|| format!("{spec:?}: unknown colour {bg:?}"))?);
        } else if let Some((_, m)) = ATTRIBUTES.iter().find(|(name, _)| *name == lower) {
            style = style.add_modifier(*m);
        } else if let Some(fg) = parse_color(word) {
            if style.fg.is_some() {
                return Err(format!(
                    "{spec:?}: two foreground colours (write \"on\" before a background)"
                ));
            }
            style.fg = Some(fg);
        } else {
            return Err(format!(
                "{spec:?}: {word:?} is neither a colour nor an attribute (bold, dim, italic, underline, reverse)"
            ));
        }
    }
    Ok(style)
}

fn parse_color(word: &str) -> Option<Color> {
    word.parse::<Color>().ok().filter(|c| *c != Color::Reset)
}

/// A style written back in the language [`parse_style`] reads.
pub fn format_style(style: Style) -> String {
    let mut words = Vec::new();
    if let Some(fg) = style.fg {
        words.push(color_name(fg));
    }
    if let Some(bg) = style.bg {
        words.push("on".to_string());
        words.push(color_name(bg));
    }
    for (name, m) in [
        ("bold", Modifier::BOLD),
        ("dim", Modifier::DIM),
        ("italic", Modifier::ITALIC),
        ("underline", Modifier::UNDERLINED),
        ("reverse", Modifier::REVERSED),
        ("strikethrough", Modifier::CROSSED_OUT),
        ("blink", Modifier::SLOW_BLINK),
    ] {
        if style.add_modifier.contains(m) {
            words.push(name.to_string());
        }
    }
    if words.is_empty() {
        "plain".to_string()
    } else {
        words.join(" ")
    }
}

fn color_name(c: Color) -> String {
    match c {
        Color::DarkGray => "dark-gray".to_string(),
        Color::LightRed => "light-red".to_string(),
        Color::LightGreen => "light-green".to_string(),
        Color::LightYellow => "light-yellow".to_string(),
        Color::LightBlue => "light-blue".to_string(),
        Color::LightMagenta => "light-magenta".to_string(),
        Color::LightCyan => "light-cyan".to_string(),
        other => other.to_string().to_lowercase(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_has_no_colours() {
        let t = Theme::monochrome();
        for role in ROLES {
            let s = t.role(role).unwrap();
            assert_eq!((s.fg, s.bg), (None, None), "{role}");
        }
        // The three strongest highlights stay distinguishable.
        assert_ne!(t.selected_span, t.search_match);
        assert_ne!(t.search_match, t.search_current);
        assert_ne!(t.list_selected, t.list_selected_unfocused);
    }

    #[test]
    fn entity_types_have_distinct_colours() {
        let t = Theme::dark();
        let person = t.entity_style(EntityType::Person);
        let place = t.entity_style(EntityType::Place);
        assert_ne!(person, place);
    }

    #[test]
    fn shipped_themes_parse_and_name_every_role() {
        for (name, source) in SHIPPED {
            let file: ThemeFile = toml::from_str(source).unwrap();
            for role in ROLES {
                assert!(file.colors.contains_key(role), "{name} lacks {role}");
            }
            assert!(Theme::from_toml(source).is_ok(), "{name}");
        }
        assert_ne!(Theme::shipped("dark"), Theme::shipped("light"));
        assert_eq!(Theme::dark().selected_span.bg, Some(Color::LightCyan));
    }

    #[test]
    fn every_role_is_settable() {
        let mut t = Theme::plain();
        for role in ROLES {
            t.set(role, "red").unwrap();
            assert_eq!(t.role(role).unwrap().fg, Some(Color::Red), "{role}");
        }
        assert!(t.set("nonsense", "red").is_err());
    }

    #[test]
    fn styles_read_and_write_back() {
        let s = parse_style("black on light-cyan bold").unwrap();
        assert_eq!(s.fg, Some(Color::Black));
        assert_eq!(s.bg, Some(Color::LightCyan));
        assert!(s.add_modifier.contains(Modifier::BOLD));
        assert_eq!(format_style(s), "black on light-cyan bold");
        assert_eq!(parse_style("#ff8800 on 236").unwrap().bg, Some(Color::Indexed(236)));
        assert_eq!(parse_style("plain").unwrap(), Style::new());
        for t in [Theme::dark(), Theme::shipped("light").unwrap()] {
            for role in ROLES {
                let s = t.role(role).unwrap();
                assert_eq!(parse_style(&format_style(s)).unwrap(), s, "{role}");
            }
        }
    }

    #[test]
    fn bad_styles_say_what_is_wrong() {
        assert!(parse_style("black on").unwrap_err().contains("must follow"));
        assert!(parse_style("blakc").unwrap_err().contains("\"blakc\""));
        assert!(parse_style("red blue").unwrap_err().contains("two foreground"));
    }

    #[test]
    fn without_colors_keeps_attributes() {
        let t = Theme::dark().without_colors();
        assert_eq!(t.selected_span.bg, None);
        assert!(t.selected_span.add_modifier.contains(Modifier::BOLD));
    }
}
