//! Putting text on the clipboard from a terminal program.
//!
//! OSC 52 asks the terminal itself to set its clipboard, which is the one
//! way that works over SSH; inside tmux the sequence is wrapped so tmux
//! passes it on. Where a local clipboard command is installed (wl-copy,
//! xclip, xsel, pbcopy) it is used as well, for terminals that ignore OSC 52.
//! Nothing here fails: a clipboard that cannot be reached is not an error.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;

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

/// Writes the OSC 52 sequence to `out` and hands `text` to a clipboard
/// command if one is installed. Returns whether a command was used.
pub fn copy(text: &str, out: &mut impl Write) -> bool {
    let in_tmux = std::env::var_os("TMUX").is_some_and(|v| !v.is_empty());
    let _ = out.write_all(osc52(text, in_tmux).as_bytes());
    let _ = out.flush();
    match clipboard_command() {
        Some((program, args)) => {
            run_in_background(program, args, text.to_string());
            true
        }
        None => false,
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
    fn copy_always_writes_the_sequence() {
        let mut out = Vec::new();
        copy("Rubio", &mut out);
        let text = String::from_utf8(out).unwrap();
        assert!(text.contains("52;c;UnViaW8="), "{text:?}");
    }
}
