//! Terminal events to actions.
//!
//! Keys go through the [`Keymap`](super::keymap::Keymap) in the contexts
//! that apply right now (help, prompt, focused pane); printable keys typed
//! into a prompt become text. Mouse and resize events map directly.

use ratatui::crossterm::event::{Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};

use super::action::Action;
use super::app::{App, Pane};
use super::keymap::{Context, KeyChord};

/// The action for one terminal event, if any.
pub fn to_action(app: &App, event: &Event) -> Option<Action> {
    match event {
        Event::Key(key) => {
            let chord = KeyChord::from_event(key)?;
            // Whatever the configuration binds or unbinds, ctrl-c quits.
            if chord == KeyChord::new(KeyCode::Char('c'), KeyModifiers::CONTROL) {
                return Some(Action::Quit);
            }
            let contexts = contexts(app);
            if let Some(action) = app.keymap.lookup(&contexts, chord) {
                return Some(action.clone());
            }
            match (app.prompt.is_some(), chord.code) {
                (true, KeyCode::Char(c)) if !chord.modifiers.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                    Some(Action::PromptInput(c))
                }
                _ => None,
            }
        }
        Event::Mouse(mouse) => mouse_action(mouse),
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

/// Contexts to look keys up in, most specific first.
pub fn contexts(app: &App) -> Vec<Context> {
    if app.help.is_some() {
        return vec![Context::Always, Context::Help];
    }
    if app.prompt.is_some() {
        return vec![Context::Always, Context::Prompt];
    }
    if app.picker_open() {
        return vec![Context::Always, Context::Picker, Context::Global];
    }
    if app.showing_library() {
        return vec![Context::Always, Context::Library, Context::Global];
    }
    match app.focus {
        Pane::Article => vec![Context::Always, Context::Global],
        Pane::Entities => vec![Context::Always, Context::Entities, Context::Lists, Context::Global],
        Pane::Quotes | Pane::Numbers => vec![Context::Always, Context::Lists, Context::Global],
    }
}

fn mouse_action(mouse: &MouseEvent) -> Option<Action> {
    let (column, row) = (mouse.column, mouse.row);
    match mouse.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Action::Scroll { column, row, delta: 1 }),
        MouseEventKind::ScrollUp => Some(Action::Scroll { column, row, delta: -1 }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use ratatui::crossterm::event::{KeyEvent, KeyEventKind, KeyEventState};

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent {
            code,
            modifiers,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        })
    }

    fn app() -> App {
        App::new(Article::from_text("t", "Title\n\nBody text."))
    }

    #[test]
    fn keys_follow_the_focused_pane() {
        let mut a = app();
        let enter = key(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(to_action(&a, &enter), None);
        a.focus = Pane::Quotes;
        assert_eq!(to_action(&a, &enter), Some(Action::Activate));
        let s = key(KeyCode::Char('s'), KeyModifiers::NONE);
        assert_eq!(to_action(&a, &s), None);
        a.focus = Pane::Entities;
        assert_eq!(to_action(&a, &s), Some(Action::QuotesBySelected));
    }

    #[test]
    fn prompt_takes_text_but_ctrl_c_still_quits() {
        let mut a = app();
        crate::tui::update::update(&mut a, Action::StartSearch);
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(to_action(&a, &q), Some(Action::PromptInput('q')));
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(to_action(&a, &ctrl_c), Some(Action::Quit));
        let shift_n = key(KeyCode::Char('N'), KeyModifiers::SHIFT);
        assert_eq!(to_action(&a, &shift_n), Some(Action::PromptInput('N')));
    }

    #[test]
    fn ctrl_c_quits_even_when_the_config_unbinds_every_quit_key() {
        let mut a = app();
        // What a `[keys]` section with `quit = []` and the like does.
        for name in ["quit", "force-quit", "help-close"] {
            a.keymap.rebind(name, &[]).unwrap();
        }
        let q = key(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(to_action(&a, &q), None, "q is unbound");
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(to_action(&a, &ctrl_c), Some(Action::Quit));
        a.help = Some(0);
        assert_eq!(to_action(&a, &ctrl_c), Some(Action::Quit));
    }

    #[test]
    fn shift_g_and_backtab() {
        let a = app();
        assert_eq!(
            to_action(&a, &key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
            Some(Action::Bottom)
        );
        assert_eq!(
            to_action(&a, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
            Some(Action::FocusPrev)
        );
        assert_eq!(
            to_action(&a, &key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
            Some(Action::HalfPageDown)
        );
    }

    #[test]
    fn mouse_and_resize() {
        let a = app();
        let click = Event::Mouse(MouseEvent {
            kind: MouseEventKind::Down(MouseButton::Left),
            column: 3,
            row: 4,
            modifiers: KeyModifiers::NONE,
        });
        assert_eq!(to_action(&a, &click), Some(Action::Click { column: 3, row: 4 }));
        assert_eq!(to_action(&a, &Event::Resize(80, 24)), Some(Action::Resize(80, 24)));
    }
}
