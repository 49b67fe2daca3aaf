//! The one table from keys to actions.
//!
//! Every binding is data: a context, the keys, the action and a
//! description. Input handling looks keys up here and the `?` overlay is
//! generated from the same table, so help can never drift from behaviour.
//! Keys are written as text ("ctrl-d", "shift-tab", "G") so a configuration
//! file can override the defaults with the same spelling.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

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
    /// The list of articles (several files or a directory).
    Library,
    /// The "mentioned elsewhere" list over an article.
    Picker,
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
            Context::Library => "In the list of articles or of speakers",
            Context::Picker => "In the list of other articles mentioning an entity",
            Context::Prompt => "In the search or filter prompt",
            Context::Help => "In this help",
        }
    }

    /// Order of sections in the help overlay.
    pub const HELP_ORDER: [Context; 8] = [
        Context::Global,
        Context::Lists,
        Context::Entities,
        Context::Library,
        Context::Picker,
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
    /// The row's name, as a configuration file spells it ("half-page-down").
    pub name: &'static str,
    /// The keys as written ("ctrl-d"), shown as-is in help.
    pub keys: Vec<String>,
    pub chords: Vec<KeyChord>,
    pub action: Action,
    pub description: &'static str,
}

/// The defaults: (context, name, keys separated by spaces, action,
/// description). The name is how a configuration file rebinds the row;
/// rows with the same context and description are shown as one help line.
pub const DEFAULTS: &[(Context, &str, &str, Action, &str)] = &[
    (Context::Always, "force-quit", "ctrl-c", Action::Quit, "quit"),
    (Context::Global, "quit", "q", Action::Quit, "quit"),
    (
        Context::Global,
        "help",
        "?",
        Action::ToggleHelp,
        "show or hide this help",
    ),
    (
        Context::Global,
        "focus-next",
        "tab",
        Action::FocusNext,
        "focus the next pane",
    ),
    (
        Context::Global,
        "focus-prev",
        "shift-tab",
        Action::FocusPrev,
        "focus the previous pane",
    ),
    (
        Context::Global,
        "side-panel",
        "p",
        Action::ToggleSidePanel,
        "switch between article and side panel",
    ),
    (
        Context::Global,
        "down",
        "j down",
        Action::Down,
        "move down (scroll in the article)",
    ),
    (
        Context::Global,
        "up",
        "k up",
        Action::Up,
        "move up (scroll in the article)",
    ),
    (Context::Global, "top", "g home", Action::Top, "go to the top"),
    (Context::Global, "bottom", "G end", Action::Bottom, "go to the bottom"),
    (
        Context::Global,
        "half-page-down",
        "ctrl-d pgdn",
        Action::HalfPageDown,
        "half a page down",
    ),
    (
        Context::Global,
        "half-page-up",
        "ctrl-u pgup",
        Action::HalfPageUp,
        "half a page up",
    ),
    (
        Context::Global,
        "page",
        "space",
        Action::PageArticle,
        "page the article down",
    ),
    (
        Context::Global,
        "search",
        "/",
        Action::StartSearch,
        "search the article (regex or text; lower case ignores case)",
    ),
    (
        Context::Global,
        "search-next",
        "n",
        Action::SearchNext,
        "next search match",
    ),
    (
        Context::Global,
        "search-prev",
        "N",
        Action::SearchPrev,
        "previous search match",
    ),
    (
        Context::Global,
        "next-mention",
        "]",
        Action::NextMention,
        "next mention of the highlighted entity (next quote/number)",
    ),
    (
        Context::Global,
        "prev-mention",
        "[",
        Action::PrevMention,
        "previous mention of the highlighted entity",
    ),
    (
        Context::Global,
        "clear",
        "esc",
        Action::ClearHighlight,
        "dismiss a notice, clear the highlight, then the search",
    ),
    (
        Context::Global,
        "marks",
        "m",
        Action::ToggleMarks,
        "colour entities, quotes and numbers in the article on/off",
    ),
    (
        Context::Global,
        "copy",
        "y",
        Action::Copy,
        "copy the selected quote, number or entity (with its source)",
    ),
    (
        Context::Global,
        "library",
        "backspace L",
        Action::ShowLibrary,
        "back to the list of articles",
    ),
    (
        Context::Global,
        "speakers",
        "S",
        Action::ShowSpeakers,
        "who said what: the speakers quoted across the articles",
    ),
    (
        Context::Lists,
        "jump",
        "enter",
        Action::Activate,
        "jump to the selected item in the article",
    ),
    (
        Context::Lists,
        "cycle-filter",
        "t",
        Action::CycleFilter,
        "cycle the filter: type / kind / speaker",
    ),
    (
        Context::Lists,
        "filter-0",
        "0",
        Action::PickFilter(0),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-1",
        "1",
        Action::PickFilter(1),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-2",
        "2",
        Action::PickFilter(2),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-3",
        "3",
        Action::PickFilter(3),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-4",
        "4",
        Action::PickFilter(4),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-5",
        "5",
        Action::PickFilter(5),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-6",
        "6",
        Action::PickFilter(6),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-7",
        "7",
        Action::PickFilter(7),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-8",
        "8",
        Action::PickFilter(8),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "filter-9",
        "9",
        Action::PickFilter(9),
        "pick a filter directly (0 = all)",
    ),
    (
        Context::Lists,
        "text-filter",
        "f",
        Action::StartTextFilter,
        "filter the list by text as you type",
    ),
    (
        Context::Entities,
        "speaker-quotes",
        "s",
        Action::QuotesBySelected,
        "show the quotes of the selected person",
    ),
    (
        Context::Entities,
        "timeline",
        "d",
        Action::ToggleTimeline,
        "dates on a timeline (in calendar order), and back",
    ),
    (
        Context::Entities,
        "elsewhere",
        "o",
        Action::MentionsElsewhere,
        "list the other articles that mention the selected entity",
    ),
    (
        Context::Library,
        "open",
        "enter",
        Action::Activate,
        "open the selected article, speaker or quote",
    ),
    (
        Context::Library,
        "speakers-filter",
        "/",
        Action::StartSearch,
        "in the speakers: filter them by name as you type",
    ),
    (
        Context::Library,
        "back",
        "esc",
        Action::ClearHighlight,
        "back a step: out of a speaker's quotes, the filter, the speakers",
    ),
    (
        Context::Picker,
        "pick",
        "enter",
        Action::Activate,
        "open the chosen article at that mention",
    ),
    (
        Context::Picker,
        "picker-close",
        "esc q",
        Action::ClearHighlight,
        "close the list",
    ),
    (
        Context::Prompt,
        "prompt-submit",
        "enter",
        Action::PromptSubmit,
        "keep the search or filter",
    ),
    (Context::Prompt, "prompt-cancel", "esc", Action::PromptCancel, "cancel"),
    (
        Context::Prompt,
        "prompt-backspace",
        "backspace",
        Action::PromptBackspace,
        "delete a character",
    ),
    (
        Context::Prompt,
        "prompt-history-prev",
        "up",
        Action::PromptHistoryPrev,
        "earlier query",
    ),
    (
        Context::Prompt,
        "prompt-history-next",
        "down",
        Action::PromptHistoryNext,
        "later query",
    ),
    (Context::Help, "help-close", "? esc q", Action::ToggleHelp, "close help"),
    (Context::Help, "help-down", "j down", Action::Down, "scroll help"),
    (Context::Help, "help-up", "k up", Action::Up, "scroll help"),
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
            .map(|(context, name, keys, action, description)| {
                let keys: Vec<String> = keys.split(' ').map(str::to_string).collect();
                let chords = keys.iter().filter_map(|k| KeyChord::parse(k).ok()).collect();
                Binding {
                    context: *context,
                    name,
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
    /// Gives the binding called `name` these keys instead of its defaults
    /// (none unbinds it). A key taken from another binding of the same
    /// context is removed there, so the new binding is the one that works
    /// and help shows the truth.
    pub fn rebind(&mut self, name: &str, keys: &[String]) -> Result<(), String> {
        let Some(at) = self.bindings.iter().position(|b| b.name == name) else {
            return Err(format!("unknown action {name:?} (byline --print-config lists them)"));
        };
        let chords = keys.iter().map(|k| KeyChord::parse(k)).collect::<Result<Vec<_>, _>>()?;
        let context = self.bindings[at].context;
        for (i, other) in self.bindings.iter_mut().enumerate() {
            if i == at || other.context != context {
                continue;
            }
            let taken: Vec<usize> = (0..other.chords.len())
                .filter(|&j| chords.contains(&other.chords[j]))
                .collect();
            for j in taken.into_iter().rev() {
                other.chords.remove(j);
                other.keys.remove(j);
            }
        }
        let binding = &mut self.bindings[at];
        binding.keys = keys.to_vec();
        binding.chords = chords;
        Ok(())
    }

    /// The first key of the binding called `name`, for hints ("? help").
    pub fn key_for(&self, name: &str) -> Option<&str> {
        self.bindings
            .iter()
            .find(|b| b.name == name)
            .and_then(|b| b.keys.first())
            .map(String::as_str)
    }

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
            if b.keys.is_empty() {
                continue;
            }
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
        for (_, _, keys, _, _) in DEFAULTS {
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
    fn names_are_unique_and_kebab_case() {
        let mut names: Vec<&str> = DEFAULTS.iter().map(|row| row.1).collect();
        assert!(names.iter().all(|n| {
            n.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        }));
        names.sort_unstable();
        let n = names.len();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate binding names");
    }

    #[test]
    fn rebinding_moves_a_key_and_help_follows() {
        let mut km = Keymap::default();
        km.rebind("copy", &["c".to_string(), "ctrl-y".to_string()]).unwrap();
        let c = chord(KeyCode::Char('c'), KeyModifiers::NONE);
        assert_eq!(km.lookup(&[Context::Global], c), Some(&Action::Copy));
        let y = chord(KeyCode::Char('y'), KeyModifiers::NONE);
        assert_eq!(km.lookup(&[Context::Global], y), None);
        let help = km.help_lines(Context::Global);
        assert!(help.iter().any(|(k, d)| k == "c ctrl-y" && d.starts_with("copy")));
        // Taking "j" for copying takes it away from moving down.
        km.rebind("copy", &["j".to_string()]).unwrap();
        let j = chord(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(km.lookup(&[Context::Global], j), Some(&Action::Copy));
        let down = km.help_lines(Context::Global);
        assert!(down.iter().any(|(k, d)| k == "down" && d.starts_with("move down")));
    }

    #[test]
    fn rebinding_rejects_unknown_names_and_keys() {
        let mut km = Keymap::default();
        assert!(
            km.rebind("quiet", &["q".to_string()])
                .unwrap_err()
                .contains("unknown action")
        );
        assert!(km.rebind("quit", &["ctrl-nothing".to_string()]).is_err());
        km.rebind("marks", &[]).unwrap();
        assert!(
            !km.help_lines(Context::Global)
                .iter()
                .any(|(_, d)| d.starts_with("colour"))
        );
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
            Action::ToggleTimeline,
            Action::StartSearch,
            Action::SearchNext,
            Action::SearchPrev,
            Action::ToggleHelp,
            Action::ToggleMarks,
            Action::Copy,
            Action::ShowLibrary,
            Action::MentionsElsewhere,
            Action::ShowSpeakers,
        ] {
            assert!(km.bindings.iter().any(|b| b.action == a), "{a:?}");
        }
    }
}
