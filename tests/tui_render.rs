//! Rendering tests: the seed drawn into ratatui's TestBackend at the three
//! layout widths, the help overlay, styles on cells, and the small-terminal
//! message. Snapshots change as extraction improves; review them with
//! `cargo insta review` or refresh with INSTA_UPDATE=always.

use byline::Span;
use byline::article::Article;
use byline::extract::{Analysis, Entity, EntityType, NumberKind, NumberMention, Quote};
use byline::seeds;
use byline::tui::update::update_now as update;
use byline::tui::view;
use byline::tui::{Action, App, Pane, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

/// The seed article, read at compile time: tests and benchmarks may carry it,
/// binaries never do.
const SEED_TEXT: &str = include_str!("../seeds/000_b57316d73bd39c35.txt");

fn seed_app(width: u16, height: u16) -> App {
    let article = Article::from_text(seeds::SEED_NAME, SEED_TEXT);
    let analysis = byline::analyze(&article);
    let mut app = App::new(article);
    update(&mut app, Action::AnalysisDone(std::sync::Arc::new(analysis)));
    update(&mut app, Action::Resize(width, height));
    app
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).unwrap();
    t.draw(|f| view::draw(app, f)).unwrap();
    t
}

fn screen_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
            out.push_str(symbol);
        }
        out.push('\n');
    }
    out
}

/// Position of the first cell where `needle` starts on screen.
fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_below(buf, needle, 0)
}

fn find_below(buf: &Buffer, needle: &str, top: u16) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in top..area.height {
        let row: Vec<&str> = (0..area.width).map(|x| buf[(x, y)].symbol()).collect();
        let line: String = row.concat();
        if let Some(byte) = line.find(needle) {
            // Cells here are single-byte for the ASCII needles used.
            let x = line[..byte].chars().count();
            return Some((u16::try_from(x).unwrap(), y));
        }
    }
    None
}

#[test]
fn seed_at_120x40() {
    let t = draw(&seed_app(120, 40));
    insta::assert_snapshot!("seed_120x40", t.backend());
}

#[test]
fn seed_at_80x24() {
    let t = draw(&seed_app(80, 24));
    insta::assert_snapshot!("seed_80x24", t.backend());
}

#[test]
fn seed_at_50x15() {
    let t = draw(&seed_app(50, 15));
    insta::assert_snapshot!("seed_50x15", t.backend());
}

#[test]
fn seed_at_50x15_side_panel() {
    let mut app = seed_app(50, 15);
    update(&mut app, Action::ToggleSidePanel);
    let t = draw(&app);
    insta::assert_snapshot!("seed_50x15_side_panel", t.backend());
}

#[test]
fn help_overlay() {
    let mut app = seed_app(100, 50);
    update(&mut app, Action::ToggleHelp);
    let t = draw(&app);
    insta::assert_snapshot!("help_100x50", t.backend());
}

#[test]
fn help_lists_every_binding() {
    let mut app = seed_app(100, 50);
    let help_text = |app: &App| {
        view::help_lines(app)
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    };
    // With one article, the library's own sections are left out.
    assert!(!help_text(&app).contains("In the list of articles"));
    app.library = Some(byline::tui::library_state::LibraryState::new(Vec::new()));
    let text = help_text(&app);
    for b in &app.keymap.bindings {
        assert!(text.contains(b.description), "{} missing from help", b.description);
        for k in &b.keys {
            assert!(text.contains(k.as_str()), "key {k} missing from help");
        }
    }
}

#[test]
fn title_and_status_bars() {
    let t = draw(&seed_app(120, 40));
    let text = screen_text(t.backend().buffer());
    let first = text.lines().next().unwrap();
    assert!(first.contains("Trump hosts El Salvador's Bukele"), "{first}");
    assert!(first.contains("AFP"));
    let last = text.lines().last().unwrap();
    assert!(last.contains("000_b57316d73bd39c35.txt"), "{last}");
    assert!(last.contains("? help"));
    assert!(last.contains("Article"));
}

#[test]
fn tiny_terminal_says_so() {
    for (w, h) in [(10, 3), (1, 1), (23, 40), (120, 5)] {
        let mut app = seed_app(w, h);
        update(&mut app, Action::Down);
        let t = draw(&app);
        let text = screen_text(t.backend().buffer());
        assert!(text.contains("terminal") || w < 10, "{w}x{h}: {text}");
    }
}

#[test]
fn zero_sized_terminal_does_not_panic() {
    let app = seed_app(0, 0);
    let t = draw(&app);
    assert_eq!(t.backend().buffer().area.width, 0);
}

/// A small article with hand-built analysis, so style tests do not depend
/// on extraction quality.
fn styled_app() -> App {
    let raw = "A headline about remittances\n\n\
               Marco Rubio said \"remittances grew\" by 14 percent in El Salvador.";
    let article = Article::from_text("t.txt", raw);
    let at = |s: &str| {
        let i = article.text.find(s).unwrap();
        Span::new(i, i + s.len())
    };
    let analysis = Analysis {
        entities: vec![
            Entity {
                id: 0,
                name: "Marco Rubio".into(),
                kind: EntityType::Person,
                aliases: vec!["Marco Rubio".into()],
                mentions: vec![at("Marco Rubio")],
            },
            Entity {
                id: 1,
                name: "El Salvador".into(),
                kind: EntityType::Place,
                aliases: vec!["El Salvador".into()],
                mentions: vec![at("El Salvador")],
            },
        ],
        quotes: vec![Quote {
            id: 0,
            span: at("remittances grew"),
            speaker: Some("Marco Rubio".into()),
            speaker_entity: Some(0),
            cue: Some("said".into()),
        }],
        numbers: vec![NumberMention {
            span: at("14 percent"),
            kind: NumberKind::Percent,
            value: Some(14.0),
            unit: Some("%".into()),
            context: at("remittances grew\" by 14 percent"),
        }],
        ..Analysis::default()
    };
    let mut app = App::new(article);
    update(&mut app, Action::AnalysisDone(std::sync::Arc::new(analysis)));
    update(&mut app, Action::Resize(120, 20));
    app
}

#[test]
fn entities_are_coloured_by_type() {
    let app = styled_app();
    let t = draw(&app);
    let buf = t.backend().buffer();
    let theme = Theme::dark();
    let (x, y) = find(buf, "Marco Rubio said").unwrap();
    assert_eq!(buf[(x, y)].fg, theme.entity_style(EntityType::Person).fg.unwrap());
    let (x, y) = find(buf, "El Salvador.").unwrap();
    assert_eq!(buf[(x, y)].fg, theme.entity_style(EntityType::Place).fg.unwrap());
}

#[test]
fn quotes_and_numbers_are_subtly_marked() {
    let app = styled_app();
    let t = draw(&app);
    let buf = t.backend().buffer();
    let (x, y) = find(buf, "remittances grew").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::ITALIC));
    let (x, y) = find(buf, "14 percent in").unwrap();
    assert!(buf[(x, y)].modifier.contains(Modifier::UNDERLINED));
    assert_eq!(buf[(x, y)].bg, Color::Reset);
}

#[test]
fn marks_toggle_off() {
    let mut app = styled_app();
    update(&mut app, Action::ToggleMarks);
    let t = draw(&app);
    let buf = t.backend().buffer();
    let (x, y) = find(buf, "Marco Rubio said").unwrap();
    assert_eq!(buf[(x, y)].fg, Color::Reset);
}

#[test]
fn selected_item_is_highlighted_strongly() {
    let mut app = styled_app();
    update(&mut app, Action::FocusNext);
    update(&mut app, Action::FocusNext);
    assert_eq!(app.focus, Pane::Quotes);
    update(&mut app, Action::Activate);
    let t = draw(&app);
    let buf = t.backend().buffer();
    let theme = Theme::dark();
    let (x, y) = find(buf, "remittances grew\"").unwrap();
    assert_eq!(buf[(x, y)].bg, theme.selected_span.bg.unwrap());
    // The quote list shows the speaker under the quote.
    assert!(find(buf, "— Marco Rubio (said)").is_some());
}

#[test]
fn search_matches_are_highlighted_and_counted() {
    let mut app = styled_app();
    update(&mut app, Action::StartSearch);
    for c in "remittances".chars() {
        update(&mut app, Action::PromptInput(c));
    }
    update(&mut app, Action::PromptSubmit);
    let t = draw(&app);
    let buf = t.backend().buffer();
    let theme = Theme::dark();
    // Below the title bar: the article's own headline.
    let (x, y) = find_below(buf, "about remittances", 1).unwrap();
    let x = x + 6;
    let bg = buf[(x, y)].bg;
    assert!(bg == theme.search_current.bg.unwrap() || bg == theme.search_match.bg.unwrap());
    assert!(screen_text(buf).contains("1/2"), "{}", screen_text(buf));
}

#[test]
fn no_color_theme_draws_no_colours() {
    let mut app = styled_app();
    app.theme = Theme::monochrome();
    update(&mut app, Action::StartSearch);
    update(&mut app, Action::PromptInput('r'));
    let t = draw(&app);
    for cell in t.backend().buffer().content() {
        assert_eq!(cell.fg, Color::Reset);
        assert_eq!(cell.bg, Color::Reset);
    }
}

#[test]
fn progress_shows_before_analysis_arrives() {
    let article = Article::from_text(seeds::SEED_NAME, SEED_TEXT);
    let mut app = App::new(article);
    update(&mut app, Action::Resize(120, 30));
    update(&mut app, Action::AnalysisProgress(0.43));
    let t = draw(&app);
    let text = screen_text(t.backend().buffer());
    assert!(text.contains("analyzing… 43%"), "{text}");
    assert!(text.contains("Trump hosts El Salvador"));
}

#[test]
fn wide_characters_render_in_place() {
    let raw = "見出し\n\n日本語の記事 😀 and more text to wrap around the pane edge nicely.";
    let mut app = App::new(Article::from_text("w.txt", raw));
    update(&mut app, Action::AnalysisDone(std::sync::Arc::default()));
    update(&mut app, Action::Resize(40, 10));
    let t = draw(&app);
    let text = screen_text(t.backend().buffer());
    assert!(text.contains("日本語の記事"), "{text}");
}
