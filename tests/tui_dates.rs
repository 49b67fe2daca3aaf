//! Dates on the calendar in the explorer: the article's date in the title
//! bar, each date entity's calendar value beside it in the entities pane,
//! and the timeline order that `d` switches to, with Enter still jumping to
//! the mention.

use byline::article::Article;
use byline::tui::view;
use byline::tui::{Action, App, Pane, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const STORY: &str = "Harbour board delays its vote on the new container terminal\n\n\
Saturday, April 12, 2025\n\n\
The harbour board will meet on Monday to vote on the terminal, its chair Maria Lopez said. \
Cargo volumes fell last month, the first drop since the early 1990s.\n\n\
The board first discussed the plan on August 2, 2015, and members toured the docks on Thursday. \
A decision is expected next year.";

fn dated_app(width: u16, height: u16) -> App {
    let article = Article::from_text("harbour.txt", STORY);
    let analysis = byline::analyze(&article);
    let mut app = App::new(article);
    update(&mut app, Action::AnalysisDone(std::sync::Arc::new(analysis)));
    update(&mut app, Action::Resize(width, height));
    app
}

fn screen(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| view::draw(app, f)).unwrap();
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn focus(app: &mut App, pane: Pane) {
    while app.focus != pane {
        update(app, Action::FocusNext);
    }
}

/// The names of the visible entities, in list order.
fn entity_names(app: &App) -> Vec<String> {
    let analysis = app.doc.analysis.as_deref().unwrap();
    app.list(Pane::Entities)
        .visible
        .iter()
        .map(|&i| analysis.entities[i].name.clone())
        .collect()
}

#[test]
fn title_bar_shows_the_article_date() {
    let s = screen(&dated_app(120, 30));
    let title = s.lines().next().unwrap();
    assert!(title.contains("Harbour board delays its vote"), "{title}");
    assert!(title.trim_end().ends_with("12 Apr 2025"), "{title}");
}

#[test]
fn entities_pane_shows_each_date_on_the_calendar() {
    let s = screen(&dated_app(120, 30));
    assert!(s.contains("last month · Mar 2025"), "{s}");
    assert!(s.contains("Monday · 14 Apr 2025"), "{s}");
    assert!(s.contains("next year · 2026"), "{s}");
}

#[test]
fn timeline_orders_dates_on_the_calendar_and_enter_jumps_to_the_mention() {
    let mut app = dated_app(120, 30);
    focus(&mut app, Pane::Entities);
    update(&mut app, Action::ToggleTimeline);
    let names = entity_names(&app);
    let pos = |n: &str| {
        names
            .iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("{n} in {names:?}"))
    };
    assert!(pos("August 2, 2015") < pos("last month"), "{names:?}");
    assert!(pos("last month") < pos("Thursday"), "{names:?}");
    assert!(pos("Thursday") < pos("Monday"), "{names:?}");
    assert!(pos("Monday") < pos("next year"), "{names:?}");
    assert!(!names.iter().any(|n| n == "Maria Lopez"), "only dates: {names:?}");
    assert!(screen(&app).contains("timeline"));

    // Enter on "last month" highlights its mention in the article.
    for _ in 0..pos("last month") {
        update(&mut app, Action::Down);
    }
    assert_eq!(app.list(Pane::Entities).selected, pos("last month"));
    update(&mut app, Action::Activate);
    let h = app.highlight.expect("a highlight");
    assert_eq!(app.doc.article.slice(h.span), "last month");

    // And back to the usual order, every entity listed again.
    update(&mut app, Action::ToggleTimeline);
    assert!(entity_names(&app).contains(&"Maria Lopez".to_string()));
}

#[test]
fn an_undated_article_shows_no_invented_dates() {
    let undated = STORY.replace("Saturday, April 12, 2025\n\n", "");
    let article = Article::from_text("harbour.txt", &undated);
    assert_eq!(article.published, None);
    let analysis = byline::analyze(&article);
    let mut app = App::new(article);
    update(&mut app, Action::AnalysisDone(std::sync::Arc::new(analysis)));
    update(&mut app, Action::Resize(120, 30));
    let s = screen(&app);
    assert!(!s.contains("Mar 2025"), "{s}");
    assert!(!s.contains("Apr 2025"), "{s}");
    assert!(s.contains("August 2, 2015"), "{s}");
}
