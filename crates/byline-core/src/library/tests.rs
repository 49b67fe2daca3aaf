//! The library end to end on small articles of our own: listing, loading,
//! feed items, the queue, and the cross-article index.

use super::*;

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

const ELECTION: &str = "Hong Kong votes in legislative election\n\n\
Pro-democracy candidate Nathan Law won a seat on Sunday, officials said.\n\n\
\"We will keep fighting,\" Nathan Law said after the count.";

const PROTEST: &str = "# Students rally in Hong Kong\n\n\
Thousands marched through Hong Kong on Saturday.\n\n\
Organizers said Nathan Law would speak at the rally on Monday.";

const BUDGET: &str = "<html><body><article><h1>Italy cuts school taxes</h1>\
<p>The Italian government said on Friday that religious schools would pay less tax next year, \
ending a dispute with local municipalities that had lasted for more than a decade.</p></article></body></html>";

#[test]
fn directory_lists_articles_sorted_and_skips_other_files() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b_protest.md", PROTEST);
    write(dir.path(), "a_election.txt", ELECTION);
    write(dir.path(), "c_budget.html", BUDGET);
    write(dir.path(), "notes.json", "{}");
    write(dir.path(), "README.md", "# About these articles");
    let files = expand_inputs(&[dir.path().to_path_buf()]).unwrap();
    let names: Vec<_> = files.iter().filter_map(|p| p.file_name()?.to_str()).collect();
    assert_eq!(names, ["a_election.txt", "b_protest.md", "c_budget.html"]);

    let empty = tempfile::tempdir().unwrap();
    let err = expand_inputs(&[empty.path().to_path_buf()]).unwrap_err();
    assert!(err.to_string().contains("is a directory with no articles"), "{err}");
}

#[test]
fn lists_at_once_then_fills_in() {
    let dir = tempfile::tempdir().unwrap();
    let paths = vec![
        write(dir.path(), "a.txt", ELECTION),
        write(dir.path(), "b.md", PROTEST),
        write(dir.path(), "c.html", BUDGET),
        dir.path().join("missing.txt"),
    ];
    let mut lib = Library::new(paths, None);
    let listed = lib.summaries();
    assert_eq!(listed.len(), 4);
    assert!(listed.iter().all(|s| s.status == Status::Pending && s.title.is_none()));
    assert_eq!(lib.progress(), Progress { done: 0, total: 4 });

    lib.wait();
    assert!(lib.progress().is_finished());
    let s = lib.summaries();
    assert_eq!(s[0].title.as_deref(), Some("Hong Kong votes in legislative election"));
    assert_eq!(s[0].status, Status::Analysed);
    assert!(s[0].quotes.is_some());
    assert_eq!(s[1].title.as_deref(), Some("Students rally in Hong Kong"));
    assert_eq!(s[2].title.as_deref(), Some("Italy cuts school taxes"));
    assert!(s[2].word_count.is_some_and(|w| w > 20));
    assert!(
        matches!(&s[3].status, Status::Failed(m) if m.contains("no such file")),
        "{:?}",
        s[3]
    );
    assert!(lib.analysis(3).is_none());
}

#[test]
fn the_same_person_is_found_in_other_articles() {
    let dir = tempfile::tempdir().unwrap();
    let paths = vec![
        write(dir.path(), "a.txt", ELECTION),
        write(dir.path(), "b.md", PROTEST),
        write(dir.path(), "c.html", BUDGET),
    ];
    let mut lib = Library::new(paths, None);
    lib.wait();
    let analysis = lib.analysis(0).unwrap();
    let law = analysis
        .entities
        .iter()
        .find(|e| e.name == "Nathan Law")
        .expect("Nathan Law in the election story");
    let elsewhere = lib.mentions_elsewhere(0, law);
    assert!(!elsewhere.is_empty());
    assert!(elsewhere.iter().all(|&(a, _)| a == 1), "{elsewhere:?}");
    let protest = lib.article(1).unwrap();
    assert!(elsewhere.iter().all(|&(_, span)| protest.slice(span).contains("Law")));

    // Hong Kong is in both stories; the Italian one mentions neither.
    let hk = analysis.entities.iter().find(|e| e.name == "Hong Kong").unwrap();
    assert!(lib.mentions_elsewhere(0, hk).iter().all(|&(a, _)| a == 1));
}

#[test]
fn in_memory_articles_are_analysed_too() {
    let mut lib = Library::from_articles(vec![Article::from_text("-", ELECTION)]);
    assert_eq!(lib.summaries()[0].status, Status::Loaded);
    lib.wait();
    assert_eq!(lib.summaries()[0].status, Status::Analysed);
    assert!(lib.summaries()[0].quotes.is_some());
    assert!(lib.analysis(0).is_some());
}

#[test]
fn a_thousand_articles_list_before_analysis() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..1000 {
        write(dir.path(), &format!("{i:04}.txt"), ELECTION);
    }
    let files = expand_inputs(&[dir.path().to_path_buf()]).unwrap();
    let started = std::time::Instant::now();
    let mut lib = Library::new(files, None);
    lib.start();
    assert_eq!(lib.summaries().len(), 1000);
    assert!(started.elapsed() < std::time::Duration::from_secs(1));
    drop(lib); // cancels the rest
}

#[test]
fn feed_items_list_their_feed_details_and_failed_inputs_stay_listed() {
    let item = FeedItem {
        title: Some("Ferry service resumes".into()),
        link: None,
        date: Some("2024-03-05".into()),
        summary: Some("The island ferry runs again.".into()),
        content: Some(format!("<p>{}</p>", ELECTION.replace("\n\n", "</p><p>"))),
        feed_title: Some("Harbour Gazette".into()),
    };
    let entries = vec![
        Entry::Item(item),
        Entry::Failed {
            label: "https://x.example/rss".into(),
            message: "https://x.example/rss: not a feed: no root".into(),
        },
    ];
    let mut lib = Library::from_entries(entries, None, None);
    let listed = lib.summaries();
    assert_eq!(listed[0].title.as_deref(), Some("Ferry service resumes"));
    assert_eq!(
        listed[0].published.map(|d| d.to_string()).as_deref(),
        Some("2024-03-05")
    );
    assert_eq!(listed[0].source.as_deref(), Some("Harbour Gazette"));
    assert!(matches!(&listed[1].status, Status::Failed(m) if m.contains("not a feed")));
    assert_eq!(lib.progress().done, 1);
    lib.wait();
    let s = lib.summary(0).unwrap();
    assert_eq!(s.status, Status::Analysed);
    assert_eq!(s.description.as_deref(), Some("The island ferry runs again."));
    assert!(lib.article(0).unwrap().text.contains("Nathan Law"));
    assert!(lib.progress().is_finished());
}

#[test]
fn waiting_for_one_article_returns_when_it_is_done() {
    let dir = tempfile::tempdir().unwrap();
    let paths = vec![
        write(dir.path(), "a.txt", ELECTION),
        dir.path().join("missing.txt"),
        write(dir.path(), "c.md", PROTEST),
    ];
    let mut lib = Library::new(paths, None);
    let last = lib.wait_for(2).unwrap();
    assert_eq!(last.status, Status::Analysed);
    assert!(lib.analysis(2).is_some());
    assert!(matches!(lib.wait_for(1).unwrap().status, Status::Failed(_)));
    assert_eq!(lib.wait_for(0).unwrap().status, Status::Analysed);
    assert!(lib.wait_for(3).is_none());
}

#[test]
fn a_prioritised_article_is_next() {
    let dir = tempfile::tempdir().unwrap();
    let paths = (0..5)
        .map(|i| write(dir.path(), &format!("{i}.txt"), ELECTION))
        .collect();
    let lib = Library::new(paths, None);
    lib.prioritise(3);
    assert_eq!(lib.shared.next(), Some(3));
    assert_eq!(lib.shared.next(), Some(0));
}
