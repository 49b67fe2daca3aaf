//! End to end, the library: a directory opens as a list of articles, Enter
//! opens one and Backspace returns, `o` on an entity lists the other
//! articles mentioning it and opens one at that mention, and a directory of
//! a thousand articles lists at once while analysis proceeds.

mod pty_harness;

use std::path::Path;
use std::time::Duration;

use pty_harness::{Pty, byline_with};

const ELECTION: &str = "Hong Kong votes in legislative election\n\n\
Pro-democracy candidate Nathan Law won a seat on Sunday, officials said.\n\n\
\"We will keep fighting,\" Nathan Law said after the count.\n";

const PROTEST: &str = "Students rally in Hong Kong\n\n\
Thousands marched through Hong Kong on Saturday.\n\n\
Organizers said Nathan Law would speak at the rally on Monday.\n";

const BUDGET: &str = "Italy cuts school taxes\n\n\
The Italian government said on Friday that religious schools would pay less tax next year, \
ending a dispute with local municipalities that had lasted for more than a decade.\n";

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

fn three_articles() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a_election.txt", ELECTION);
    write(dir.path(), "b_protest.txt", PROTEST);
    write(dir.path(), "c_budget.txt", BUDGET);
    dir
}

/// The screen row holding `text`, if any.
fn row_of(pty: &Pty, text: &str) -> Option<u16> {
    pty.with_screen(|s| {
        let (rows, cols) = pty_harness::size(s);
        (0..rows).find(|&r| s.contents_between(r, 0, r, cols).contains(text))
    })
}

#[test]
fn a_directory_lists_its_articles_and_enter_opens_one() {
    let dir = three_articles();
    let mut pty = Pty::spawn(byline_with(&[dir.path().to_str().unwrap()]), 100, 30);
    pty.wait_for("byline — 3 articles");
    pty.wait_for("all 3 analysed");
    pty.wait_for("Hong Kong votes in legislative election");
    pty.wait_for("Students rally in Hong Kong");
    pty.wait_for("Italy cuts school taxes");
    pty.wait_status("Library │ 1/3");
    pty.send("j");
    pty.wait_status("Library │ 2/3");
    pty.send("\r");
    pty.wait_title("Students rally in Hong Kong");
    pty.wait_for("Thousands marched");
    pty.wait_for("0:all");
    // Backspace returns to the list, at the article that was open.
    pty.send("\x7f");
    pty.wait_status("Library │ 2/3");
    // And L, from the list, goes back to the open article.
    pty.send("L");
    pty.wait_for("Thousands marched");
    pty.send("L");
    pty.wait_status("Library │ 2/3");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn o_lists_other_articles_mentioning_an_entity_and_opens_one_there() {
    let dir = three_articles();
    let mut pty = Pty::spawn(byline_with(&[dir.path().to_str().unwrap()]), 110, 30);
    pty.wait_for("all 3 analysed");
    pty.send("\r");
    pty.wait_for("Pro-democracy candidate");
    pty.wait_for("0:all");
    pty.send("\t");
    pty.wait_status("│ Entities");
    // Narrow the list to Nathan Law, then ask where else he appears.
    pty.send("fnathan\r");
    pty.wait_for("f:nathan");
    pty.send("o");
    pty.wait_for("Nathan Law elsewhere");
    assert!(
        row_of(&pty, "Students rally in Hong Kong").is_some(),
        "{}",
        pty.contents()
    );
    assert!(!pty.contents().contains("Italy cuts school taxes"));
    pty.send("\r");
    pty.wait_title("Students rally in Hong Kong");
    // Opened at the mention: it is highlighted, and ] steps through it.
    pty.send("]");
    pty.wait_status("Nathan Law: mention");
    pty.send("q");
    assert!(pty.wait_exit().success());
}

#[test]
fn a_thousand_articles_list_at_once_with_progress() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1000 {
        let text = if i % 2 == 0 { ELECTION } else { PROTEST };
        write(dir.path(), &format!("{i:04}.txt"), text);
    }
    let mut pty = Pty::spawn(byline_with(&[dir.path().to_str().unwrap()]), 100, 30);
    let shown = pty.wait_for("byline — 1000 articles");
    assert!(shown < Duration::from_secs(2), "list took {shown:?}");
    pty.wait_until("progress or completion", |s| {
        let text = s.contents();
        text.contains("analysing…") || text.contains("all 1000 analysed")
    });
    // The list works while analysis runs.
    pty.send("G");
    pty.wait_status("Library │ 1000/1000");
    pty.wait_for("all 1000 analysed");
    pty.send("q");
    assert!(pty.wait_exit().success());
}
