//! Rendering the library: the list of articles while analysis runs and
//! when it is done, at two widths, and the "mentioned elsewhere" list.
//! Rows are built by hand, so the snapshots do not move with extraction.

use std::sync::Arc;

use byline::Span;
use byline::article::Article;
use byline::calendar::CivilDate;
use byline::seeds;
use byline::tui::library_state::{ElsewhereHit, LibraryRow, LibraryState, RowState, SharedArticle};
use byline::tui::update::update_now as update;
use byline::tui::view;
use byline::tui::{Action, App, Pane, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

fn row(path: &str, title: &str, source: Option<&str>, words: usize, quotes: usize) -> LibraryRow {
    LibraryRow {
        path: path.into(),
        title: Some(title.into()),
        source: source.map(str::to_string),
        published: None,
        description: None,
        words: Some(words),
        quotes: Some(quotes),
        state: RowState::Analysed,
        analysed: None,
    }
}

fn rows() -> Vec<LibraryRow> {
    let mut loaded = row("seeds/003.html", "Italy cuts taxes for religious schools", None, 612, 0);
    loaded.quotes = None;
    loaded.state = RowState::Loaded;
    let mut failed = LibraryRow::pending("seeds/005.txt");
    failed.state = RowState::Failed("seeds/005.txt: no such file".into());
    // Dated as its dateline would date it.
    let mut dated = row(
        "seeds/001.md",
        "Hong Kong votes in legislative election",
        Some("Reuters"),
        1_204,
        7,
    );
    dated.published = CivilDate::new(2016, 9, 9);
    vec![
        row(
            "seeds/000.txt",
            "Trump hosts El Salvador's Bukele, key ally in anti-migrant push",
            Some("AFP"),
            540,
            4,
        ),
        dated,
        row("seeds/002.txt", "Students rally in Hong Kong", None, 389, 2),
        loaded,
        LibraryRow::pending("seeds/004.txt"),
        failed,
    ]
}

fn library_app(width: u16, height: u16, done: usize) -> App {
    let mut app = App::new(Article::default());
    let mut state = LibraryState::new(rows());
    state.done = done;
    app.library = Some(state);
    update(&mut app, Action::Resize(width, height));
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| view::draw(app, f)).unwrap();
    t
}

#[test]
fn library_while_analysing_at_100x14() {
    let mut app = library_app(100, 14, 4);
    update(&mut app, Action::Down);
    insta::assert_snapshot!("library_100x14", draw(&app).backend());
}

#[test]
fn library_done_at_60x12() {
    let app = library_app(60, 12, 6);
    insta::assert_snapshot!("library_60x12", draw(&app).backend());
}

#[test]
fn elsewhere_picker_over_the_article() {
    let mut app = library_app(100, 24, 6);
    let article = Arc::new(Article::from_text(seeds::SEED_NAME, SEED_TEXT));
    let analysis = Arc::new(byline::analyze(&article));
    update(
        &mut app,
        Action::Opened {
            index: 0,
            article: SharedArticle(article),
            analysis: Some(analysis),
            at: None,
        },
    );
    while app.focus != Pane::Entities {
        update(&mut app, Action::FocusNext);
    }
    let hits = vec![
        ElsewhereHit {
            article: 1,
            span: Span::new(10, 16),
            title: "Hong Kong votes in legislative election".into(),
            snippet: "… observers said Bukele had been invited to speak …".into(),
        },
        ElsewhereHit {
            article: 2,
            span: Span::new(40, 46),
            title: "Students rally in Hong Kong".into(),
            snippet: "… a poster of Bukele was carried through …".into(),
        },
    ];
    update(
        &mut app,
        Action::ElsewhereFound {
            entity: "Nayib Bukele".into(),
            hits,
        },
    );
    update(&mut app, Action::Down);
    insta::assert_snapshot!("elsewhere_picker_100x24", draw(&app).backend());
}

#[test]
fn library_selection_is_reverse_video_without_colour() {
    let mut app = library_app(100, 14, 6);
    app.theme = Theme::monochrome();
    let t = draw(&app);
    let buf = t.backend().buffer();
    let cell = &buf[(5, 3)];
    assert!(cell.modifier.contains(ratatui::style::Modifier::REVERSED));
    assert_eq!(cell.bg, ratatui::style::Color::Reset);
}

#[test]
fn a_feed_lists_dates_and_the_selected_items_summary() {
    let item = |title: &str, date: &str, about: &str| LibraryRow {
        published: byline::calendar::CivilDate::parse_iso(date),
        description: Some(about.into()),
        source: Some("Harbour Gazette".into()),
        ..LibraryRow::pending(format!("https://news.example/{}", title.len()))
    };
    let mut gone = item("Market moves indoors", "2024-03-06", "A page that is not there.");
    gone.title = Some("Market moves indoors".into());
    gone.state = RowState::Failed(format!("{}: HTTP 404 Not Found", gone.path));
    let mut ferry = item(
        "Ferry service resumes",
        "2024-03-04",
        "The island ferry is running again.",
    );
    ferry.title = Some("Ferry service resumes".into());
    let mut app = App::new(Article::default());
    let mut state = LibraryState::new(vec![ferry, gone]);
    state.done = 1;
    app.library = Some(state);
    update(&mut app, Action::Resize(100, 10));
    let screen = format!("{}", draw(&app).backend());
    assert!(screen.contains("Date"), "{screen}");
    assert!(screen.contains("2024-03-04"), "{screen}");
    assert!(screen.contains("The island ferry is running again."), "{screen}");
    // The failed item says why without repeating its address.
    assert!(screen.contains("Market moves indoors — HTTP 404 Not Found"), "{screen}");
    update(&mut app, Action::Down);
    let screen = format!("{}", draw(&app).backend());
    assert!(screen.contains("A page that is not there."), "{screen}");
    assert!(!screen.contains("The island ferry is running again."), "{screen}");
}
