//! The one table from keys to actions.
//!
//! Every binding is data: a context, the keys, the action and a
//! description. Input handling looks keys up here and the `?` overlay is
//! generated from the same table, so help can never drift from behaviour.
//! Keys are written as text ("ctrl-d", "shift-tab", "G") so a configuration
//! file can override the defaults with the same spelling.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::action::Action;

/// Where a binding applies. Lookup tries the most specific context first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    /// Checked before anything else, even in prompts and help.
    Always,
    Global,
    /// Any of the three side lists.
    Lists,
    Entities,
    Prompt,
    Help,
}

impl Context {
    pub const fn title(self) -> &'static str {
        match self {
            Context::Always => "Anywhere",
            Context::Global => "Reading and moving",
            Context::Lists => "In a list (entities, quotes, numbers)",
            Context::Entities => "In the entities list",
            Context::Prompt => "In the search or filter prompt",
            Context::Help => "In this help",
        }
    }

    /// Order of sections in the help overlay.
    pub const HELP_ORDER: [Context; 6] = [
        Context::Global,
        Context::Lists,
        Context::Entities,
        Context::Prompt,
        Context::Help,
        Context::Always,
    ];
}

/// A key with its modifiers, normalized so that `G` and `shift-g` agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyChord {
    pub code: KeyCode,
    pub modifiers: KeyModifiers,
}

impl KeyChord {
    pub fn new(code: KeyCode, modifiers: KeyModifiers) -> KeyChord {
        let mut modifiers = modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            // Terminals report Shift-Tab as BackTab, with or without SHIFT.
            KeyCode::BackTab => {
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            KeyCode::Char(c) => {
                // The character already says whether shift was held.
                modifiers.remove(KeyModifiers::SHIFT);
                KeyCode::Char(c)
            }
            other => other,
        };
        KeyChord { code, modifiers }
    }

    pub fn from_event(event: &KeyEvent) -> Option<KeyChord> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        Some(KeyChord::new(event.code, event.modifiers))
    }

    /// Parses "j", "G", "ctrl-d", "shift-tab", "pgdn", "space", "?".
    pub fn parse(spec: &str) -> Result<KeyChord, String> {
        let mut modifiers = KeyModifiers::NONE;
        let mut rest = spec;
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.len() > 1 && lower.starts_with("ctrl-") {
                modifiers |= KeyModifiers::CONTROL;
                rest = &rest[5..];
            } else if rest.len() > 1 && lower.starts_with("alt-") {
                modifiers |= KeyModifiers::ALT;
                rest = &rest[4..];
            } else if rest.len() > 1 && lower.starts_with("shift-") {
                modifiers |= KeyModifiers::SHIFT;
                rest = &rest[6..];
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" if modifiers.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            "pgup" | "pageup" => KeyCode::PageUp,
            _ => {
                let mut chars = rest.chars();
                match (chars.next(), chars.next()) {
                    (Some(c), None) => {
                        let c = if modifiers.contains(KeyModifiers::SHIFT) {
                            c.to_ascii_uppercase()
                        } else {
                            c
                        };
                        KeyCode::Char(c)
                    }
                    _ => return Err(format!("unknown key {spec:?}")),
                }
            }
        };
        Ok(KeyChord::new(code, modifiers))
    }
}

/// One row of the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub context: Context,
    /// The keys as written ("ctrl-d"), shown as-is in help.
    pub keys: Vec<String>,
    pub chords: Vec<KeyChord>,
    pub action: Action,
    pub description: &'static str,
}

/// The defaults: (context, keys separated by spaces, action, description).
/// Rows with the same context and description are shown as one help line.
const DEFAULTS: &[(Context, &str, Action, &str)] = &[
    (Context::Always, "ctrl-c", Action::Quit, "quit"),
    (Context::Global, "q", Action::Quit, "quit"),
    (Context::Global, "?", Action::ToggleHelp, "show or hide this help"),
    (Context::Global, "tab", Action::FocusNext, "focus the next pane"),
    (
        Context::Global,
        "shift-tab",
        Action::FocusPrev,
        "focus the previous pane",
    ),
    (
        Context::Global,
        "p",
        Action::ToggleSidePanel,
        "switch between article and side panel",
    ),
    (
        Context::Global,
        "j down",
        Action::Down,
        "move down (scroll in the article)",
    ),
    (Context::Global, "k up", Action::Up, "move up (scroll in the article)"),
    (Context::Global, "g home", Action::Top, "go to the top"),
    (Context::Global, "G end", Action::Bottom, "go to the bottom"),
    (Context::Global, "ctrl-d pgdn", Action::HalfPageDown, "half a page down"),
    (Context::Global, "ctrl-u pgup", Action::HalfPageUp, "half a page up"),
    (Context::Global, "space", Action::PageArticle, "page the article down"),
    (
        Context::Global,
        "/",
        Action::StartSearch,
        "search the article (regex or text; lower case ignores case)",
    ),
    (Context::Global, "n", Action::SearchNext, "next search match"),
    (Context::Global, "N", Action::SearchPrev, "previous search match"),
    (
        Context::Global,
        "]",
        Action::NextMention,
        "next mention of the highlighted entity (next quote/number)",
    ),
    (
        Context::Global,
        "[",
        Action::PrevMention,
        "previous mention of the highlighted entity",
    ),
    (
        Context::Global,
        "esc",
        Action::ClearHighlight,
        "clear the highlight, then the search",
    ),
    (
        Context::Global,
        "m",
        Action::ToggleMarks,
        "colour entities, quotes and numbers in the article on/off",
    ),
    (
        Context::Lists,
        "enter",
        Action::Activate,
        "jump to the selected item in the article",
    ),
    (
        Context::Lists,
        "t",
        Action::CycleFilter,
        "cycle the filter: type / kind / speaker",
    ),
    (
        Context::Lists,
        "0",
        Action::PickFilter(0),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "1",
        Action::PickFilter(1),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "2",
        Action::PickFilter(2),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "3",
        Action::PickFilter(3),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "4",
        Action::PickFilter(4),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "5",
        Action::PickFilter(5),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "6",
        Action::PickFilter(6),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "7",
        Action::PickFilter(7),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "8",
        Action::PickFilter(8),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "9",
        Action::PickFilter(9),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "f",
        Action::StartTextFilter,
        "filter the list by text as you type",
    ),
    (
        Context::Entities,
        "s",
        Action::QuotesBySelected,
        "show the quotes of the selected person",
    ),
    (
        Context::Prompt,
        "enter",
        Action::PromptSubmit,
        "keep the search or filter",
    ),
    (Context::Prompt, "esc", Action::PromptCancel, "cancel"),
    (
        Context::Prompt,
        "backspace",
        Action::PromptBackspace,
        "delete a character",
    ),
    (Context::Prompt, "up", Action::PromptHistoryPrev, "earlier query"),
    (Context::Prompt, "down", Action::PromptHistoryNext, "later query"),
    (Context::Help, "? esc q", Action::ToggleHelp, "close help"),
    (Context::Help, "j down", Action::Down, "scroll help"),
    (Context::Help, "k up", Action::Up, "scroll help"),
];

/// Key bindings, looked up by context.
#[derive(Debug, Clone, PartialEq)]
pub struct Keymap {
    pub bindings: Vec<Binding>,
}

impl Default for Keymap {
    fn default() -> Self {
        let bindings = DEFAULTS
            .iter()
            .map(|(context, keys, action, description)| {
                let keys: Vec<String> = keys.split(' ').map(str::to_string).collect();
                let chords = keys.iter().filter_map(|k| KeyChord::parse(k).ok()).collect();
                Binding {
                    context: *context,
                    keys,
                    chords,
                    action: action.clone(),
                    description,
                }
            })
            .collect();
        Keymap { bindings }
    }
}

impl Keymap {
    /// The action bound to `chord`, trying `contexts` in order.
    pub fn lookup(&self, contexts: &[Context], chord: KeyChord) -> Option<&Action> {
        contexts.iter().find_map(|&context| {
            self.bindings
                .iter()
                .find(|b| b.context == context && b.chords.contains(&chord))
                .map(|b| &b.action)
        })
    }

    /// Help lines for one context: (keys, description), bindings sharing a
    /// description merged into one line.
    pub fn help_lines(&self, context: Context) -> Vec<(String, &'static str)> {
        let mut lines: Vec<(String, &'static str)> = Vec::new();
        for b in self.bindings.iter().filter(|b| b.context == context) {
            let keys = b.keys.join(" ");
            match lines.last_mut() {
                Some((k, d)) if *d == b.description => {
                    k.push(' ');
                    k.push_str(&keys);
                }
                _ => lines.push((keys, b.description)),
            }
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chord(code: KeyCode, m: KeyModifiers) -> KeyChord {
        KeyChord::new(code, m)
    }

    #[test]
    fn every_default_key_parses() {
        for (_, keys, _, _) in DEFAULTS {
            for k in keys.split(' ') {
                assert!(KeyChord::parse(k).is_ok(), "{k}");
            }
        }
    }

    #[test]
    fn shifted_letters_and_tabs_normalize() {
        assert_eq!(
            KeyChord::parse("G").unwrap(),
            chord(KeyCode::Char('G'), KeyModifiers::SHIFT)
        );
        assert_eq!(
            KeyChord::parse("shift-tab").unwrap(),
            chord(KeyCode::BackTab, KeyModifiers::SHIFT)
        );
        assert_eq!(
            KeyChord::parse("ctrl-d").unwrap(),
            chord(KeyCode::Char('d'), KeyModifiers::CONTROL)
        );
        assert!(KeyChord::parse("ctrl-").is_err() || KeyChord::parse("ctrl-").is_ok());
        assert!(KeyChord::parse("nonsense").is_err());
    }

    #[test]
    fn lookup_prefers_the_first_context() {
        let km = Keymap::default();
        let enter = chord(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            km.lookup(&[Context::Prompt, Context::Global], enter),
            Some(&Action::PromptSubmit)
        );
        assert_eq!(
            km.lookup(&[Context::Lists, Context::Global], enter),
            Some(&Action::Activate)
        );
        assert_eq!(km.lookup(&[Context::Global], enter), None);
    }

    #[test]
    fn help_merges_digit_rows() {
        let km = Keymap::default();
        let lines = km.help_lines(Context::Lists);
        let digits = lines.iter().find(|(_, d)| d.starts_with("pick a filter")).unwrap();
        assert_eq!(digits.0, "0 1 2 3 4 5 6 7 8 9");
    }

    #[test]
    fn every_action_a_user_needs_has_a_key() {
        let km = Keymap::default();
        for a in [
            Action::Quit,
            Action::FocusNext,
            Action::FocusPrev,
            Action::Activate,
            Action::NextMention,
            Action::PrevMention,
            Action::CycleFilter,
            Action::StartTextFilter,
            Action::QuotesBySelected,
            Action::StartSearch,
            Action::SearchNext,
            Action::SearchPrev,
            Action::ToggleHelp,
            Action::ToggleMarks,
        ] {
            assert!(km.bindings.iter().any(|b| b.action == a), "{a:?}");
        }
    }
}
