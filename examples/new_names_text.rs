//! Writes the benchmark's text in which nearly every name is new, for
//! `byline --json` and profilers:
//! `cargo run --release --example new_names_text -- BYTES > FILE` (BYTES
//! defaults to 10 MiB).

#[path = "../benches/support/new_names_text.rs"]
mod new_names_text;

use std::io::Write;

fn main() -> anyhow::Result<()> {
    let bytes = match std::env::args().nth(1) {
        None => 10 * 1024 * 1024,
        Some(n) => n
            .parse()
            .map_err(|e| anyhow::anyhow!("BYTES {n}: {e} (usage: new_names_text [BYTES])"))?,
    };
    let text = new_names_text::new_names_text(bytes, 9);
    std::io::stdout().lock().write_all(text.as_bytes())?;
    Ok(())
}
