//! The user's configuration: key bindings, colours, mouse capture, and the
//! feeds and network timeout for articles from the web.
//!
//! Defaults live in the code (the keymap table and the shipped themes); the
//! TOML file only overrides them. A file that cannot be read or has
//! mistakes never stops byline: each mistake is reported once, naming the
//! file and line, and the defaults stand in for what was wrong. The file is
//! walked setting by setting, so a wrong type in one key costs only that
//! key; reporting takes linear time however many mistakes there are, and
//! long values and control characters are cut from the messages.

mod print;

use std::path::{Path, PathBuf};
use std::time::Duration;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

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
    /// Feeds (addresses or files) `byline --feeds` opens.
    pub feeds: Vec<String>,
    /// Network timeout; `None` is byline's default.
    pub timeout: Option<Duration>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            keymap: Keymap::default(),
            theme: Theme::dark(),
            mouse: true,
            feeds: Vec::new(),
            timeout: None,
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

/// Settings a file may have.
const SETTINGS: &str = "mouse, theme, feeds, timeout, keys, colors";
/// Longest name or value taken; anything longer cannot be a key, an action
/// or a colour.
const LONGEST_VALUE: usize = 64;
/// Most keys one action takes.
const MOST_KEYS: usize = 16;

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

impl Loaded {
    /// What the explorer starts with. Mistakes in the file were reported on
    /// stderr already; the first is also a notice inside, since the full
    /// screen hides stderr: "config: PATH:3: … (and 2 more, on stderr)".
    pub fn explorer_settings(&self) -> crate::tui::Settings {
        let notice = self.errors.first().map(|first| match self.errors.len() - 1 {
            0 => format!("config: {first}"),
            more => format!("config: {first} (and {more} more, on stderr)"),
        });
        crate::tui::Settings {
            keymap: self.config.keymap.clone(),
            theme: self.config.theme.clone(),
            mouse: self.config.mouse,
            notice,
        }
    }
}

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

/// Line numbers of byte offsets, found by binary search over the line
/// starts, so many mistakes are located in linear time overall.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        Lines(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i)
                .collect(),
        )
    }

    /// 1-based line of byte `offset`.
    fn of(&self, offset: usize) -> usize {
        self.0.partition_point(|&nl| nl < offset) + 1
    }
}

/// `s` as a reader should see it in a message: quoted, control characters
/// escaped, and cut after a few dozen characters with the full length said.
pub fn shown(s: &str) -> String {
    let n = s.chars().count();
    if n <= LONGEST_VALUE {
        return format!("{s:?}");
    }
    let head: String = s.chars().take(40).collect();
    format!("{:?} ({n} characters)", format!("{head}…"))
}

/// A message line safe for a terminal: control characters (from a file
/// name, say) replaced.
fn printable(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { '?' } else { c }).collect()
}

/// What a value is, for "expected …, found …".
fn kind_of(v: &DeValue<'_>) -> &'static str {
    v.type_str()
}

/// Collects the mistakes, each with its byte offset.
#[derive(Default)]
struct Mistakes(Vec<(usize, String)>);

impl Mistakes {
    fn add(&mut self, at: usize, msg: String) {
        self.0.push((at, msg));
    }
}

/// A timeout of `secs` seconds, if that is a positive, finite number (at
/// most a day).
pub fn timeout_from_secs(secs: f64) -> Option<Duration> {
    (secs.is_finite() && secs > 0.0 && secs <= 86_400.0).then(|| Duration::from_secs_f64(secs))
}

/// Builds a configuration from the file's text. A file that is not valid
/// TOML is ignored as a whole (every syntax error is reported); a wrong
/// entry is ignored on its own.
pub fn parse(text: &str, label: &str, no_color: bool) -> (Config, Vec<String>) {
    let mut mistakes = Mistakes::default();
    let (table, syntax) = DeTable::parse_recoverable(text);
    let empty = DeTable::default();
    let table = if syntax.is_empty() {
        table.get_ref()
    } else {
        for e in &syntax {
            let at = e.span().map_or(0, |s| s.start);
            mistakes.add(at, format!("{} (the defaults are used)", e.message().trim()));
        }
        &empty
    };
    let mut config = Config::default();
    let mut theme: Option<Spanned<&str>> = None;
    let mut colors = None;
    let mut keys = None;
    for (name, value) in table {
        let at = name.span().start;
        match name.get_ref().as_ref() {
            "mouse" => match value.get_ref().as_bool() {
                Some(on) => config.mouse = on,
                None => mistakes.add(
                    value.span().start,
                    format!("mouse: expected true or false, found {}", kind_of(value.get_ref())),
                ),
            },
            "theme" => match value.get_ref().as_str() {
                Some(t) => theme = Some(Spanned::new(value.span(), t)),
                None => mistakes.add(
                    value.span().start,
                    format!("theme: expected a name, found {}", kind_of(value.get_ref())),
                ),
            },
            "feeds" => match value.get_ref().as_array().map(|items| {
                items
                    .iter()
                    .map(|f| f.get_ref().as_str().map(str::to_string))
                    .collect::<Option<Vec<_>>>()
            }) {
                Some(Some(feeds)) => config.feeds = feeds,
                _ => mistakes.add(
                    value.span().start,
                    "feeds: expected a list of addresses or files".to_string(),
                ),
            },
            "timeout" => {
                // Written as an integer or a float; other radixes are no timeout.
                let v = value.get_ref();
                let secs = v
                    .as_float()
                    .map(|f| f.as_str())
                    .or_else(|| v.as_integer().filter(|i| i.radix() == 10).map(|i| i.as_str()))
                    .and_then(|s| s.replace('_', "").parse::<f64>().ok());
                match secs.and_then(timeout_from_secs) {
                    Some(t) => config.timeout = Some(t),
                    None => mistakes.add(
                        value.span().start,
                        "timeout must be a number of seconds above 0 (at most a day)".to_string(),
                    ),
                }
            }
            "colors" => match value.get_ref().as_table() {
                Some(t) => colors = Some(t),
                None => mistakes.add(
                    value.span().start,
                    format!("[colors]: expected a table, found {}", kind_of(value.get_ref())),
                ),
            },
            "keys" => match value.get_ref().as_table() {
                Some(t) => keys = Some(t),
                None => mistakes.add(
                    value.span().start,
                    format!("[keys]: expected a table, found {}", kind_of(value.get_ref())),
                ),
            },
            other => mistakes.add(at, format!("unknown setting {} (settings: {SETTINGS})", shown(other))),
        }
    }
    let theme_name = match theme {
        Some(name) if THEMES.contains(name.get_ref()) => *name.get_ref(),
        Some(name) => {
            mistakes.add(
                name.span().start,
                format!("unknown theme {} (choose {})", shown(name.get_ref()), THEMES.join(", ")),
            );
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
    if !no_color && let Some(colors) = colors {
        for (role, spec) in colors {
            let at = role.span().start;
            let Some(spec) = spec.get_ref().as_str() else {
                mistakes.add(
                    at,
                    format!(
                        "[colors] {}: expected a colour such as \"black on yellow\", found {}",
                        shown(role.get_ref()),
                        kind_of(spec.get_ref())
                    ),
                );
                continue;
            };
            if role.get_ref().chars().count() > LONGEST_VALUE {
                mistakes.add(at, format!("[colors] unknown colour role {}", shown(role.get_ref())));
            } else if spec.chars().count() > LONGEST_VALUE {
                mistakes.add(
                    at,
                    format!("[colors] {}: not a colour: {}", role.get_ref(), shown(spec)),
                );
            } else if let Err(msg) = config.theme.set(role.get_ref(), spec) {
                mistakes.add(at, format!("[colors] {msg}"));
            }
        }
    }
    if let Some(keys) = keys {
        for (name, value) in keys {
            let at = name.span().start;
            match key_list(value.get_ref()) {
                Err(found) => mistakes.add(
                    at,
                    format!(
                        "[keys] {}: expected a key or a list of keys, found {found}",
                        shown(name.get_ref())
                    ),
                ),
                Ok(_) if name.get_ref().chars().count() > LONGEST_VALUE => {
                    mistakes.add(at, format!("[keys] unknown action {}", shown(name.get_ref())));
                }
                Ok(list) if list.len() > MOST_KEYS => mistakes.add(
                    at,
                    format!("[keys] {}: {} keys; at most {MOST_KEYS}", name.get_ref(), list.len()),
                ),
                Ok(list) => match list.iter().find(|k| k.chars().count() > LONGEST_VALUE) {
                    Some(long) => mistakes.add(at, format!("[keys] {}: unknown key {}", name.get_ref(), shown(long))),
                    None => {
                        if let Err(msg) = config.keymap.rebind(name.get_ref(), &list) {
                            mistakes.add(at, format!("[keys] {msg}"));
                        }
                    }
                },
            }
        }
    }
    // In file order, as the reader will fix them; each once.
    let lines = Lines::new(text);
    let mut errors: Vec<(usize, String)> = mistakes.0.into_iter().map(|(at, msg)| (lines.of(at), msg)).collect();
    errors.sort();
    errors.dedup();
    let label = printable(label);
    let errors = errors
        .into_iter()
        .map(|(line, msg)| printable(&format!("{label}:{line}: {msg}")))
        .collect();
    (config, errors)
}

/// `"q"` or `["j", "down"]` as a list of key names, or what was found
/// instead.
fn key_list(value: &DeValue<'_>) -> Result<Vec<String>, &'static str> {
    if let Some(one) = value.as_str() {
        return Ok(vec![one.to_string()]);
    }
    let Some(items) = value.as_array() else {
        return Err(kind_of(value));
    };
    items
        .iter()
        .map(|k| {
            k.get_ref()
                .as_str()
                .map(str::to_string)
                .ok_or("a list with something other than keys")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::action::Action;
    use crate::tui::keymap::{Context, KeyChord};
    use ratatui::style::Color;

    #[test]
    fn explorer_settings_carry_the_configuration_and_its_first_mistake() {
        let mut loaded = Loaded {
            config: Config {
                mouse: false,
                ..Config::default()
            },
            path: None,
            errors: Vec::new(),
        };
        let settings = loaded.explorer_settings();
        assert!(!settings.mouse);
        assert_eq!(settings.keymap, loaded.config.keymap);
        assert_eq!(settings.notice, None);
        loaded.errors = vec!["c.toml:2: unknown key".into(), "c.toml:5: bad colour".into()];
        assert_eq!(
            loaded.explorer_settings().notice.as_deref(),
            Some("config: c.toml:2: unknown key (and 1 more, on stderr)")
        );
        loaded.errors.truncate(1);
        assert_eq!(
            loaded.explorer_settings().notice.as_deref(),
            Some("config: c.toml:2: unknown key")
        );
    }

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
    fn feeds_and_timeout_are_read_and_a_bad_timeout_named() {
        let text = "feeds = [\"https://news.example/rss\", \"~/feeds/wire.xml\"]\ntimeout = 4.5\n";
        let (config, errors) = parse(text, "c.toml", false);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config.feeds, ["https://news.example/rss", "~/feeds/wire.xml"]);
        assert_eq!(config.timeout, Some(Duration::from_millis(4500)));
        let (config, errors) = parse("\ntimeout = -1\n", "c.toml", false);
        assert_eq!(config.timeout, None);
        assert!(errors[0].starts_with("c.toml:2: timeout must be"), "{errors:?}");
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

    #[test]
    fn a_type_error_in_one_key_does_not_drop_the_file() {
        let text = "mouse = \"yes\"\ntheme = \"light\"\n[keys]\ncopy = \"c\"\nquit = 3\ndown = [\"j\", 4]\n\
                    [colors]\ndim = 7\nselected_span = \"black on yellow\"\n";
        let (config, errors) = parse(text, "c.toml", false);
        assert_eq!(lookup(&config, "c"), Some(Action::Copy), "the rest of [keys] stands");
        assert_eq!(
            lookup(&config, "q"),
            Some(Action::Quit),
            "a wrong quit keeps the default"
        );
        assert_eq!(config.theme.selected_span.bg, Some(Color::Yellow));
        assert!(config.mouse, "a wrong mouse keeps the default");
        assert_eq!(errors.len(), 4, "{errors:#?}");
        assert!(
            errors[0].starts_with("c.toml:1: mouse: expected true or false"),
            "{errors:?}"
        );
        assert!(
            errors[1].starts_with("c.toml:5: [keys] \"quit\": expected a key"),
            "{errors:?}"
        );
        assert!(errors[2].starts_with("c.toml:6: [keys] \"down\""), "{errors:?}");
        assert!(errors[3].starts_with("c.toml:8: [colors] \"dim\""), "{errors:?}");
    }

    #[test]
    fn a_config_that_unbinds_every_quit_key_is_still_read() {
        let (config, errors) = parse("[keys]\nquit = []\nforce-quit = []\n", "c.toml", false);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(lookup(&config, "q"), None);
        // ctrl-c quits all the same: see tui::input.
    }

    #[test]
    fn many_unknown_actions_are_each_reported_once_in_file_order() {
        let mut text = String::from("[keys]\n");
        for i in 0..20_000 {
            text.push_str(&format!("nope{i} = \"x\"\n"));
        }
        let (_, errors) = parse(&text, "c.toml", false);
        assert_eq!(errors.len(), 20_000);
        assert!(
            errors[0].starts_with("c.toml:2: [keys] unknown action \"nope0\""),
            "{}",
            errors[0]
        );
        assert!(errors[19_999].starts_with("c.toml:20001: "), "{}", errors[19_999]);
        let mut unique = errors.clone();
        unique.dedup();
        assert_eq!(unique.len(), errors.len());
    }

    #[test]
    fn a_huge_value_is_shortened_in_the_message() {
        let huge = "z".repeat(200_000);
        let text =
            format!("theme = \"{huge}\"\n[keys]\ncopy = \"{huge}\"\n{huge} = \"c\"\n[colors]\ndim = \"{huge}\"\n");
        let (config, errors) = parse(&text, "c.toml", false);
        assert_eq!(config.keymap, Keymap::default());
        assert_eq!(
            errors.len(),
            4,
            "{}",
            errors
                .iter()
                .map(|e| &e[..80.min(e.len())])
                .collect::<Vec<_>>()
                .join("\n")
        );
        for e in &errors {
            assert!(e.len() < 300, "{} bytes: {}", e.len(), &e[..200]);
            assert!(e.contains("(200000 characters)"), "{e}");
        }
    }

    #[test]
    fn control_characters_never_reach_the_message() {
        let (_, errors) = parse("[keys]\n\"x\\u001b]0;PWN\\u0007\" = \"q\"\n", "c\u{1b}[2J.toml", false);
        assert_eq!(errors.len(), 1);
        assert!(!errors[0].chars().any(char::is_control), "{errors:?}");
        assert!(errors[0].starts_with("c?[2J.toml:2: "), "{errors:?}");
    }

    #[test]
    fn every_syntax_error_is_reported() {
        let (config, errors) = parse("mouse = \n[keys\n", "c.toml", false);
        assert_eq!(config, Config::default());
        assert!(!errors.is_empty());
        assert!(
            errors.iter().all(|e| e.ends_with("(the defaults are used)")),
            "{errors:?}"
        );
    }
}
