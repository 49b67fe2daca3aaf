//! `byline --print-config`: the full default file, generated from the
//! keymap table and the dark theme so it can never be out of date.

use std::fmt::Write;

use crate::tui::keymap::{Context, Keymap};
use crate::tui::theme::{ROLES, Theme, format_style};

/// The default configuration as a commented TOML file.
pub fn default_file() -> String {
    let mut out = String::new();
    out.push_str(
        "# byline configuration. Every value below is a default: save this as\n\
         # $XDG_CONFIG_HOME/byline/config.toml (else ~/.config/byline/config.toml),\n\
         # or pass it with --config, and keep only the lines you change.\n\n\
         # Capture the mouse (click to focus a pane, wheel to scroll). false leaves\n\
         # the mouse to the terminal, for selecting and copying text.\n\
         mouse = true\n\n\
         # Colour theme: \"dark\", \"light\" or \"monochrome\". NO_COLOR in the\n\
         # environment always means monochrome (bold, underline, reverse video).\n\
         theme = \"dark\"\n\n\
         # Feeds `byline --feeds` opens: addresses or files (RSS, Atom, JSON Feed).\n\
         # feeds = [\"https://example.org/news/rss.xml\"]\n\n\
         # Seconds to wait for a web server to connect or send (default 15).\n\
         # timeout = 15\n\n\
         # Key bindings: action = [keys]. Keys are written \"j\", \"G\", \"?\",\n\
         # \"ctrl-d\", \"alt-x\", \"shift-tab\", \"enter\", \"esc\", \"space\",\n\
         # \"backspace\", \"tab\", \"up\", \"down\", \"left\", \"right\", \"home\",\n\
         # \"end\", \"pgup\", \"pgdn\". A key given here is taken from any other\n\
         # action of the same section; [] unbinds an action.\n\
         [keys]\n",
    );
    let keymap = Keymap::default();
    let mut order: Vec<Context> = vec![Context::Always];
    order.extend(Context::HELP_ORDER.iter().filter(|c| **c != Context::Always));
    for context in order {
        let rows: Vec<_> = keymap.bindings.iter().filter(|b| b.context == context).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n# {}", context.title());
        for b in rows {
            let keys: Vec<String> = b.keys.iter().map(|k| format!("{k:?}")).collect();
            let line = format!("{} = [{}]", b.name, keys.join(", "));
            let _ = writeln!(out, "{line:<36} # {}", b.description);
        }
    }
    out.push_str(
        "\n# Colours, over the chosen theme: \"fg on bg attributes\", for example\n\
         # \"black on light-cyan bold\". Colours are names (black, red, green, yellow,\n\
         # blue, magenta, cyan, gray, dark-gray, light-red, light-green,\n\
         # light-yellow, light-blue, light-magenta, light-cyan, white), 0-255 or\n\
         # \"#rrggbb\"; attributes are bold, dim, italic, underline, reverse;\n\
         # \"plain\" is the terminal's own style. The dark theme's values are shown;\n\
         # uncomment a line to change it.\n\
         [colors]\n",
    );
    let theme = Theme::dark();
    for role in ROLES {
        let style = theme.role(role).map(format_style).unwrap_or_default();
        let _ = writeln!(out, "# {role} = {style:?}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Config, parse};

    #[test]
    fn the_printed_file_reads_back_as_the_defaults() {
        let text = default_file();
        let (config, errors) = parse(&text, "printed", false);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config, Config::default());
    }

    #[test]
    fn uncommented_colours_are_the_dark_theme() {
        let text = default_file().replace("\n# ", "\n");
        // Only the colour lines parse once uncommented; keep the TOML part.
        let colors = text.split("[colors]\n").nth(1).unwrap();
        let lines: String = colors
            .lines()
            .filter(|l| l.contains(" = \""))
            .map(|l| format!("{l}\n"))
            .collect();
        let (config, errors) = parse(&format!("[colors]\n{lines}"), "printed", false);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(config.theme, Theme::dark());
    }

    #[test]
    fn every_binding_is_listed() {
        let text = default_file();
        for b in &Keymap::default().bindings {
            assert!(text.contains(&format!("\n{} = [", b.name)), "{}", b.name);
        }
    }
}
