//! The user's configuration: key bindings, colours and mouse capture.
//!
//! Defaults live in the code (the keymap table and the shipped themes); the
//! TOML file only overrides them. A file that cannot be read or has
//! mistakes never stops byline: each mistake is reported once, naming the
//! file and line, and the defaults stand in for what was wrong.

mod print;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::tui::keymap::Keymap;
use crate::tui::theme::Theme;

pub use print::default_file;

/// Theme names a configuration may choose.
pub const THEMES: [&str; 3] = ["dark", "light", "monochrome"];

/// Everything the configuration decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Capture the mouse; off leaves it to the terminal for selecting text.
    pub mouse: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            keymap: Keymap::default(),
            theme: Theme::dark(),
            mouse: true,
        }
    }
}

/// A configuration and the mistakes found while reading it.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub config: Config,
    /// The file read, if any.
    pub path: Option<PathBuf>,
    /// One line per mistake: "PATH:LINE: what is wrong".
    pub errors: Vec<String>,
}

/// The file as written. Every field is optional: the file only overrides.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    mouse: Option<bool>,
    theme: Option<Spanned<String>>,
    #[serde(default)]
    keys: BTreeMap<Spanned<String>, Spanned<Keys>>,
    #[serde(default)]
    colors: BTreeMap<Spanned<String>, Spanned<String>>,
}

/// `quit = "q"` or `down = ["j", "down"]`.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Keys {
    One(String),
    Many(Vec<String>),
}

/// `$XDG_CONFIG_HOME/byline/config.toml`, else `~/.config/byline/config.toml`.
pub fn default_path() -> Option<PathBuf> {
    let non_empty = |var: &str| std::env::var_os(var).filter(|v| !v.is_empty());
    let base = non_empty("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| non_empty("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("byline").join("config.toml"))
}

/// A configuration is a page of settings; anything larger (a device, a
/// stray log file) is refused while reading rather than loaded.
pub const MAX_CONFIG_BYTES: u64 = 1 << 20;

/// Reads the configuration: `explicit` (from `--config`) if given, else the
/// default path if that file exists. `no_color` (from `NO_COLOR`) makes the
/// theme monochrome whatever the file says.
pub fn load(explicit: Option<&Path>, no_color: bool) -> Loaded {
    let path = match explicit {
        Some(p) => Some(p.to_path_buf()),
        None => default_path().filter(|p| p.exists()),
    };
    let Some(path) = path else {
        return Loaded {
            config: parse("", "", no_color).0,
            path: None,
            errors: Vec::new(),
        };
    };
    let label = path.display().to_string();
    let shown = crate::untrusted::shown_path(&path);
    // The reader's errors start with the path; the message names it once.
    let read = crate::article::read_path(&path, MAX_CONFIG_BYTES, true)
        .map_err(|e| {
            let message = e.to_string();
            message
                .strip_prefix(&format!("{shown}: "))
                .map_or_else(|| message.clone(), str::to_string)
        })
        .and_then(|bytes| String::from_utf8(bytes).map_err(|_| "it is not UTF-8".to_string()));
    match read {
        Ok(text) => {
            let (config, errors) = parse(&text, &label, no_color);
            Loaded {
                config,
                path: Some(path),
                errors,
            }
        }
        Err(e) => Loaded {
            config: parse("", "", no_color).0,
            path: Some(path),
            errors: vec![format!("{shown}: cannot read the configuration: {e}")],
        },
    }
}

/// 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].iter().filter(|&&b| b == b'\n').count() + 1
}

/// Builds a configuration from the file's text. A file that is not valid
/// TOML is ignored as a whole; a wrong entry is ignored on its own.
pub fn parse(text: &str, label: &str, no_color: bool) -> (Config, Vec<String>) {
    let mut errors: Vec<(usize, String)> = Vec::new();
    let at = |offset: usize, msg: String| (line_of(text, offset), msg);
    let file: File = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            errors.push(at(offset, format!("{} (the defaults are used)", e.message().trim())));
            File::default()
        }
    };
    let mut config = Config::default();
    if let Some(mouse) = file.mouse {
        config.mouse = mouse;
    }
    let theme_name = match &file.theme {
        Some(name) if THEMES.contains(&name.get_ref().as_str()) => name.get_ref().as_str(),
        Some(name) => {
            errors.push(at(
                name.span().start,
                format!("unknown theme {:?} (choose {})", name.get_ref(), THEMES.join(", ")),
            ));
            "dark"
        }
        None => "dark",
    };
    config.theme = if no_color || theme_name == "monochrome" {
        Theme::monochrome()
    } else {
        Theme::shipped(theme_name).unwrap_or_default()
    };
    // Without colour the monochrome theme stands: overrides are colours.
    if !no_color {
        for (role, spec) in &file.colors {
            if let Err(msg) = config.theme.set(role.get_ref(), spec.get_ref()) {
                errors.push(at(role.span().start, format!("[colors] {msg}")));
            }
        }
    }
    for (name, keys) in &file.keys {
        let list = match keys.get_ref() {
            Keys::One(k) => vec![k.clone()],
            Keys::Many(ks) => ks.clone(),
        };
        if let Err(msg) = config.keymap.rebind(name.get_ref(), &list) {
            errors.push(at(name.span().start, format!("[keys] {msg}")));
        }
    }
    // In file order, as the reader will fix them.
    errors.sort_by_key(|(line, _)| *line);
    let errors = errors
        .into_iter()
        .map(|(line, msg)| format!("{label}:{line}: {msg}"))
        .collect();
    (config, errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::keymap::{Context, KeyChord};
    use ratatui::style::Color;

    fn lookup(config: &Config, key: &str) -> Option<Action> {
        let chord = KeyChord::parse(key).unwrap();
        config.keymap.lookup(&[Context::Global], chord).cloned()
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let (config, errors) = parse("", "c.toml", false);
        assert!(errors.is_empty());
        assert_eq!(config, Config::default());
    }

    #[test]
    fn keys_theme_colours_and_mouse_override() {
        let text = "mouse = false\ntheme = \"light\"\n[keys]\ncopy = \"c\"\ndown = [\"j\", \"ctrl-n\"]\n\
                    [colors]\nselected_span = \"black on yellow bold\"\n";
        let (config, errors) = parse(text, "c.toml", false);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(!config.mouse);
        assert_eq!(lookup(&config, "c"), Some(Action::Copy));
        assert_eq!(lookup(&config, "y"), None);
        assert_eq!(lookup(&config, "ctrl-n"), Some(Action::Down));
        assert_eq!(config.theme.selected_span.bg, Some(Color::Yellow));
        let light = Theme::shipped("light").unwrap();
        assert_eq!(config.theme.title_bar, light.title_bar);
    }

    #[test]
    fn a_syntax_error_names_the_line_and_keeps_the_defaults() {
        let text = "mouse = false\n\n[keys\ncopy = \"c\"\n";
        let (config, errors) = parse(text, "/home/u/.config/byline/config.toml", false);
        assert_eq!(config, Config::default());
        assert_eq!(errors.len(), 1);
        assert!(
            errors[0].starts_with("/home/u/.config/byline/config.toml:3: "),
            "{errors:?}"
        );
    }

    #[test]
    fn a_wrong_entry_is_reported_and_skipped() {
        let text = "[keys]\ncopy = \"c\"\nquiet = \"x\"\nquit = \"ctrl-nothing\"\n\
                    [colors]\ndim = \"blakc\"\n";
        let (config, errors) = parse(text, "c.toml", false);
        assert_eq!(lookup(&config, "c"), Some(Action::Copy));
        assert_eq!(lookup(&config, "q"), Some(Action::Quit));
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(
            errors[0].starts_with("c.toml:3: [keys] unknown action \"quiet\""),
            "{errors:?}"
        );
        assert!(errors[1].starts_with("c.toml:4: [keys] unknown key"), "{errors:?}");
        assert!(errors[2].starts_with("c.toml:6: [colors]"), "{errors:?}");
    }

    #[test]
    fn unknown_settings_and_themes_are_named() {
        let (_, errors) = parse("colour = 1\n", "c.toml", false);
        assert!(
            errors[0].starts_with("c.toml:1: ") && errors[0].contains("colour"),
            "{errors:?}"
        );
        let (config, errors) = parse("\ntheme = \"solarized\"\n", "c.toml", false);
        assert!(errors[0].starts_with("c.toml:2: unknown theme"), "{errors:?}");
        assert_eq!(config.theme, Theme::dark());
    }

    #[test]
    fn no_color_keeps_the_theme_monochrome() {
        let text = "theme = \"light\"\n[colors]\nselected_span = \"black on yellow\"\n";
        let (config, errors) = parse(text, "c.toml", true);
        assert!(errors.is_empty());
        assert_eq!(config.theme, Theme::monochrome());
    }

    #[test]
    fn default_path_follows_xdg() {
        // Only checks the shape; the environment is the test runner's.
        if let Some(p) = default_path() {
            assert!(p.ends_with("byline/config.toml"));
        }
    }

    #[test]
    fn a_missing_explicit_file_is_reported() {
        let loaded = load(Some(Path::new("/nonexistent/byline.toml")), false);
        assert_eq!(loaded.config, Config::default());
        assert!(loaded.errors[0].starts_with("/nonexistent/byline.toml: cannot read"));
    }
}
