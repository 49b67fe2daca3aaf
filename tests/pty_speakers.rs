//! End to end, the speakers view over the bundled articles (`seeds/`):
//! reach it with `S`, pick a speaker, list their quotes, open the article at
//! one, come back, copy it with `y` (through OSC 52), and step back out.
//! Speakers and quotes are read off the screen, so the test follows
//! whatever the extractors currently find.

mod pty_harness;

use pty_harness::{Pty, byline_with, osc52_payloads};

/// Screen row `row`, without the box's borders and surrounding spaces.
fn row_text(pty: &Pty, row: u16) -> String {
    pty.with_screen(|s| {
        let (_, cols) = pty_harness::size(s);
        s.contents_between(row, 0, row, cols)
            .trim_matches(|c: char| c == '│' || c.is_whitespace())
            .to_string()
    })
}

/// The speaker's name in a row of the speakers list: what comes before the
/// quote and article counts.
fn speaker_in(row: &str) -> String {
    let words: Vec<&str> = row.split_whitespace().collect();
    assert!(words.len() >= 3, "not a speaker row: {row:?}");
    assert!(
        words[words.len() - 2..].iter().all(|w| w.parse::<usize>().is_ok()),
        "{row:?}"
    );
    words[..words.len() - 2].join(" ")
}

#[test]
fn speakers_view_picks_a_speaker_and_opens_the_article_at_a_quote() {
    let mut pty = Pty::spawn(byline_with(&["seeds/"]), 120, 40);
    pty.wait_for("all 5 analysed");
    pty.wait_status("S speakers");
    pty.send("S");
    pty.wait_status("Speakers │ 1/");
    pty.wait_for("Quotes  Articles");
    // Rows 3 and 4 are the two most quoted speakers; pick the second.
    let first = speaker_in(&row_text(&pty, 3));
    let second = speaker_in(&row_text(&pty, 4));
    assert_ne!(first, second);
    pty.send("j");
    pty.wait_status("Speakers │ 2/");
    pty.send("\r");
    pty.wait_status(&format!("Speakers │ {second} │ quote 1/"));
    // The first quote, and under it the article it is from.
    let quote = row_text(&pty, 3);
    assert!(quote.starts_with('“'), "{quote:?}");
    let row = row_text(&pty, 4);
    // The row under a quote reads "Title · date" when the article is dated.
    let title = row.split(" · ").next().unwrap_or_default().to_string();
    assert!(!title.is_empty());

    pty.send("\r");
    pty.wait_title(title.trim_end_matches('…'));
    pty.wait_status(&format!("· {second}"));
    assert!(pty.status().contains("quote "), "{}", pty.status());

    // Backspace returns to the speaker's quotes, where the reader was.
    pty.send("\x7f");
    pty.wait_status(&format!("Speakers │ {second} │ quote 1/"));
    pty.send("y");
    pty.wait_status("quote sent to the terminal's clipboard");
    pty.wait_raw("the OSC 52 sequence", |raw| !osc52_payloads(raw).is_empty());
    let copied = osc52_payloads(&pty.raw()).pop().unwrap_or_default();
    assert!(copied.starts_with('“'), "{copied:?}");
    assert!(copied.ends_with(&format!("— {second}, in {title}")), "{copied:?}");

    // Esc steps back to the speakers, then to the articles.
    pty.send("\x1b");
    pty.wait_status("Speakers │ 2/");
    pty.send("\x1b");
    pty.wait_status("Library │");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn speakers_view_fits_a_small_terminal() {
    let mut pty = Pty::spawn(byline_with(&["seeds/"]), 80, 24);
    pty.wait_for("all 5 analysed");
    pty.send("S");
    pty.wait_status("Speakers │ 1/");
    let first = speaker_in(&row_text(&pty, 3));
    pty.send("\r");
    pty.wait_status(&format!("Speakers │ {first}"));
    // Help lists the key, a few rows down on a small screen.
    pty.send("?");
    pty.wait_for("Reading and moving");
    pty.send("jjjjjjjj");
    pty.wait_for("who said what: the speakers quoted across the articles");
    pty.send("q");
    pty.wait_status(&format!("Speakers │ {first}"));
    // Back to the speakers, and / narrows them by name as you type.
    pty.send("\x1b");
    pty.wait_status("Speakers │ 1/");
    let surname = first.rsplit(' ').next().unwrap_or_default().to_lowercase();
    pty.send("/");
    pty.wait_for("filter speakers: ");
    pty.send(&surname);
    pty.wait_for(&format!("filter speakers: {surname}"));
    pty.send("\r");
    pty.wait_status(&format!("/{surname}"));
    assert_eq!(speaker_in(&row_text(&pty, 3)), first);
    pty.send("q");
    assert!(pty.wait_exit().success());
}
