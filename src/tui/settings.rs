//! What the explorer is started with: its key bindings, colours, mouse
//! capture and a notice to show at once. The binary builds it from the
//! configuration (`config::Loaded::explorer_settings`), so the explorer
//! depends on no configuration file format and `config` may build on the
//! explorer's types without a cycle.

use super::keymap::Keymap;
use super::theme::Theme;

/// How the explorer looks and answers keys for one session.
#[derive(Debug, Clone)]
pub struct Settings {
    pub keymap: Keymap,
    pub theme: Theme,
    /// Capture the mouse; off leaves it to the terminal for selecting text.
    pub mouse: bool,
    /// A notice that stays under the status bar until dismissed (say,
    /// mistakes in the configuration, which the full screen hides from
    /// stderr).
    pub notice: Option<String>,
}
