//! The speakers view on three articles of our own whose analyses are built
//! by hand (so neither the behaviour checked nor the snapshots move with
//! extraction): who is listed and how, Enter into a speaker's quotes and on
//! to the article at a quote, `y`, stepping back, following the analysis
//! as it goes, and the screen at 120×40 and 80×24.

use std::sync::Arc;

use byline::article::{Article, Span};
use byline::extract::{Analysis, Entity, EntityType, Quote};
use byline::tui::app::Target;
use byline::tui::keymap::Context;
use byline::tui::library_state::{Analysed, LibraryRow, LibraryState, RowState, SharedArticle};
use byline::tui::view;
// `update_now` settles a typed prompt at once, as the event loop does after a batch of keys.
use byline::tui::update::update_now as update;
use byline::tui::{Action, App, Effect};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const HARBOUR: &str = "Harbour plan approved\n\n\
The council approved the harbour plan on Tuesday after a long debate.\n\n\
\"This is a good day for the town,\" said Teresa Lindqvist, the mayor.\n\n\
\"We waited ten years for this,\" Lindqvist added.\n\n\
\"The work starts in spring,\" a council officer said.";

const FERRY: &str = "Ferry fares to rise\n\n\
Ferry fares will rise next month, the operator announced.\n\n\
\"Nobody likes paying more,\" said Teresa Lindqvist.\n\n\
\"The crossing costs us more every winter,\" said Omar Lindqvist, who runs the ferry company.";

const TIMETABLE: &str = "Winter timetable published\n\n\
The winter timetable starts in November with fewer sailings.\n\n\
\"Fewer sailings will suit nobody,\" Lindqvist said.";

/// A person entity named `name`, mentioned wherever any of `forms` occurs.
fn person(article: &Article, id: usize, name: &str, forms: &[&str]) -> Entity {
    let mut mentions: Vec<Span> = forms
        .iter()
        .flat_map(|f| article.text.match_indices(f).map(|(i, _)| Span::new(i, i + f.len())))
        .collect();
    mentions.sort();
    mentions.dedup_by(|b, a| a.contains(*b));
    Entity {
        id,
        name: name.to_string(),
        kind: EntityType::Person,
        aliases: forms.iter().map(|f| (*f).to_string()).collect(),
        mentions,
    }
}

/// A quote of `said` (the words inside the marks) by `speaker`.
fn quote(article: &Article, id: usize, said: &str, speaker: &str, entity: Option<usize>) -> Quote {
    let start = article
        .text
        .find(said)
        .unwrap_or_else(|| panic!("{said:?} not in the text"));
    Quote {
        id,
        span: Span::new(start, start + said.len()),
        speaker: Some(speaker.to_string()),
        speaker_entity: entity,
        cue: Some("said".to_string()),
    }
}

/// The three articles with their analyses: Teresa Lindqvist twice in the
/// first and once in the second, Omar Lindqvist in the second, a bare
/// "Lindqvist" (either of them) in the third, and an unnamed officer.
fn articles() -> Vec<(Arc<Article>, Arc<Analysis>)> {
    let harbour = Article::from_text("news/harbour.txt", HARBOUR);
    let harbour_analysis = Analysis {
        entities: vec![person(
            &harbour,
            0,
            "Teresa Lindqvist",
            &["Teresa Lindqvist", "Lindqvist"],
        )],
        quotes: vec![
            quote(
                &harbour,
                0,
                "This is a good day for the town,",
                "Teresa Lindqvist",
                Some(0),
            ),
            quote(
                &harbour,
                1,
                "We waited ten years for this,",
                "Teresa Lindqvist",
                Some(0),
            ),
            quote(&harbour, 2, "The work starts in spring,", "a council officer", None),
        ],
        numbers: Vec::new(),
        ..Analysis::default()
    };
    let ferry = Article::from_text("news/ferry.txt", FERRY);
    let ferry_analysis = Analysis {
        entities: vec![
            person(&ferry, 0, "Teresa Lindqvist", &["Teresa Lindqvist"]),
            person(&ferry, 1, "Omar Lindqvist", &["Omar Lindqvist"]),
        ],
        quotes: vec![
            quote(&ferry, 0, "Nobody likes paying more,", "Teresa Lindqvist", Some(0)),
            quote(
                &ferry,
                1,
                "The crossing costs us more every winter,",
                "Omar Lindqvist",
                Some(1),
            ),
        ],
        numbers: Vec::new(),
        ..Analysis::default()
    };
    let timetable = Article::from_text("news/timetable.txt", TIMETABLE);
    let timetable_analysis = Analysis {
        entities: vec![person(&timetable, 0, "Lindqvist", &["Lindqvist"])],
        quotes: vec![quote(
            &timetable,
            0,
            "Fewer sailings will suit nobody,",
            "Lindqvist",
            Some(0),
        )],
        numbers: Vec::new(),
        ..Analysis::default()
    };
    vec![
        (Arc::new(harbour), Arc::new(harbour_analysis)),
        (Arc::new(ferry), Arc::new(ferry_analysis)),
        (Arc::new(timetable), Arc::new(timetable_analysis)),
    ]
}

/// Library rows with the first `analysed` articles analysed.
fn rows(articles: &[(Arc<Article>, Arc<Analysis>)], analysed: usize) -> Vec<LibraryRow> {
    articles
        .iter()
        .enumerate()
        .map(|(i, (article, analysis))| {
            let mut row = LibraryRow::pending(article.path.clone());
            row.title = article.title.clone();
            row.words = Some(article.word_count());
            if i < analysed {
                row.quotes = Some(analysis.quotes.len());
                row.state = RowState::Analysed;
                row.analysed = Some(Analysed {
                    article: Arc::clone(article),
                    analysis: Arc::clone(analysis),
                });
            } else {
                row.state = RowState::Loaded;
            }
            row
        })
        .collect()
}

fn library_app(width: u16, height: u16) -> App {
    let mut app = App::new(Article::default());
    let all = articles();
    let mut state = LibraryState::new(rows(&all, all.len()));
    state.done = all.len();
    app.library = Some(state);
    update(&mut app, Action::Resize(width, height));
    app
}

fn speakers(app: &App) -> Vec<(String, usize, usize)> {
    let lib = app.library.as_ref().expect("a library");
    let view = lib.speakers.as_ref().expect("the speakers view");
    view.entries
        .iter()
        .map(|e| (e.name.clone(), e.quotes.len(), e.articles))
        .collect()
}

fn owned(list: &[(&str, usize, usize)]) -> Vec<(String, usize, usize)> {
    list.iter().map(|(n, q, a)| ((*n).to_string(), *q, *a)).collect()
}

/// Moves the speakers selection onto `name`.
fn select(app: &mut App, name: &str) {
    update(app, Action::Top);
    for _ in 0..speakers(app).len() {
        let lib = app.library.as_ref().expect("library");
        let view = lib.speakers.as_ref().expect("speakers");
        if view.selected_entry().is_some_and(|e| e.name == name) {
            return;
        }
        update(app, Action::Down);
    }
    panic!("{name} not listed: {:?}", speakers(app));
}

fn draw(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.width, app.height)).expect("test terminal");
    t.draw(|f| view::draw(app, f)).expect("draw");
    t
}

fn screen(app: &App) -> String {
    let t = draw(app);
    let buf = t.backend().buffer();
    let mut out = String::new();
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

#[test]
fn speakers_are_listed_most_quoted_first_and_namesakes_stay_apart() {
    let mut app = library_app(120, 40);
    update(&mut app, Action::ShowSpeakers);
    assert!(app.showing_library());
    assert_eq!(
        speakers(&app),
        owned(&[
            ("Teresa Lindqvist", 3, 2),
            // "Lindqvist" alone could be Teresa or Omar: it joins neither.
            ("Lindqvist", 1, 1),
            ("Omar Lindqvist", 1, 1),
            ("a council officer", 1, 1),
        ])
    );
    assert_eq!(
        app.message.as_deref(),
        Some("4 speakers, 6 quotes in 3 analysed articles")
    );
    // S again leaves for the list of articles.
    update(&mut app, Action::ShowSpeakers);
    assert!(app.library.as_ref().is_some_and(|l| l.speakers.is_none() && l.showing));
}

#[test]
fn enter_lists_the_quotes_then_opens_the_article_at_one() {
    let mut app = library_app(120, 40);
    update(&mut app, Action::ShowSpeakers);
    select(&mut app, "Teresa Lindqvist");
    update(&mut app, Action::Activate);
    assert!(screen(&app).contains("│ 3 quotes in 2 articles "), "{}", screen(&app));
    let view = app
        .library
        .as_ref()
        .and_then(|l| l.speakers.as_ref())
        .expect("speakers");
    let listed: Vec<(&str, &str)> = view
        .open_entry()
        .expect("a speaker open")
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.title.as_str()))
        .collect();
    assert_eq!(
        listed,
        [
            ("This is a good day for the town,", "Harbour plan approved"),
            ("We waited ten years for this,", "Harbour plan approved"),
            ("Nobody likes paying more,", "Ferry fares to rise"),
        ]
    );

    update(&mut app, Action::Bottom);
    let effects = update(&mut app, Action::Activate);
    let all = articles();
    let (ferry, ferry_analysis) = &all[1];
    let span = ferry_analysis.quotes[0].span;
    assert_eq!(
        effects,
        [Effect::OpenArticle {
            index: 1,
            at: Some(span)
        }]
    );
    // What the run loop answers with: the article, opened at the quote.
    let (ferry, analysis) = (Arc::clone(ferry), Arc::clone(ferry_analysis));
    update(
        &mut app,
        Action::Opened {
            index: 1,
            article: SharedArticle(ferry),
            analysis: Some(analysis),
            at: Some(span),
        },
    );
    assert!(!app.showing_library());
    assert_eq!(
        app.highlight.map(|h| (h.target, h.span)),
        Some((Target::Quote(0), span))
    );
    assert_eq!(app.quotes.selected_item(), Some(0));
    assert_eq!(app.message.as_deref(), Some("quote 1/2 · Teresa Lindqvist"));
    // ] goes on to the article's next quote.
    update(&mut app, Action::NextMention);
    assert_eq!(app.highlight.map(|h| h.target), Some(Target::Quote(1)));

    // Back: to the speaker's quotes, where the reader was.
    update(&mut app, Action::ShowLibrary);
    let view = app
        .library
        .as_ref()
        .and_then(|l| l.speakers.as_ref())
        .expect("speakers");
    assert!(app.showing_library());
    assert_eq!(
        view.selected_quote().map(|q| q.text.as_str()),
        Some("Nobody likes paying more,")
    );
}

#[test]
fn y_copies_the_quote_with_its_speaker_and_article() {
    let mut app = library_app(120, 40);
    update(&mut app, Action::ShowSpeakers);
    select(&mut app, "Omar Lindqvist");
    // On a speaker, there is no quote to copy yet.
    assert!(update(&mut app, Action::Copy).is_empty());
    update(&mut app, Action::Activate);
    let effects = update(&mut app, Action::Copy);
    assert_eq!(
        effects,
        [Effect::Copy {
            what: "quote",
            text: "“The crossing costs us more every winter,” — Omar Lindqvist, in Ferry fares to rise".to_string()
        }]
    );
}

#[test]
fn esc_steps_back_from_quotes_to_speakers_to_articles() {
    let mut app = library_app(120, 40);
    update(&mut app, Action::ShowSpeakers);
    update(&mut app, Action::Down);
    update(&mut app, Action::Activate);
    update(&mut app, Action::ClearHighlight);
    let lib = app.library.as_ref().expect("library");
    let view = lib.speakers.as_ref().expect("still the speakers view");
    assert!(view.quotes.is_none());
    assert_eq!(view.selected, 1, "on the same speaker");
    update(&mut app, Action::ClearHighlight);
    assert!(app.library.as_ref().is_some_and(|l| l.speakers.is_none() && l.showing));
    // The list of articles still moves as before.
    update(&mut app, Action::Down);
    assert_eq!(app.library.as_ref().map(|l| l.selected), Some(1));
}

#[test]
fn the_view_follows_the_analysis_and_keeps_the_reader_s_place() {
    let all = articles();
    let mut app = App::new(Article::default());
    let mut state = LibraryState::new(rows(&all, 1));
    state.done = 1;
    app.library = Some(state);
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::ShowSpeakers);
    assert_eq!(
        speakers(&app),
        owned(&[("Teresa Lindqvist", 2, 1), ("a council officer", 1, 1)])
    );
    assert!(
        app.message
            .as_deref()
            .is_some_and(|m| m.ends_with("(analysis still running)"))
    );
    update(&mut app, Action::Down);
    update(
        &mut app,
        Action::LibraryRows {
            rows: rows(&all, 3),
            done: 3,
        },
    );
    let names: Vec<String> = speakers(&app).into_iter().map(|s| s.0).collect();
    assert_eq!(names.len(), 4);
    let view = app
        .library
        .as_ref()
        .and_then(|l| l.speakers.as_ref())
        .expect("speakers");
    assert_eq!(
        view.selected_entry().map(|e| e.name.as_str()),
        Some("a council officer")
    );
    assert_eq!(view.selected, 3, "{:?}", speakers(&app));
}

#[test]
fn one_article_has_no_speakers_view() {
    let mut app = App::new(Article::from_text("one.txt", HARBOUR));
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::ShowSpeakers);
    assert_eq!(app.message.as_deref(), Some("only one article is open"));
}

#[test]
fn help_lists_the_speakers_keys() {
    let app = library_app(120, 40);
    let global = app.keymap.help_lines(Context::Global);
    assert!(
        global.iter().any(|(k, d)| k == "S" && d.contains("speakers")),
        "{global:?}"
    );
    let library = app.keymap.help_lines(Context::Library);
    assert!(
        library.iter().any(|(k, d)| k == "esc" && d.starts_with("back")),
        "{library:?}"
    );
}

#[test]
fn a_known_date_is_shown_beside_the_title() {
    let mut app = library_app(120, 40);
    update(&mut app, Action::ShowSpeakers);
    update(&mut app, Action::Activate);
    let view = app
        .library
        .as_mut()
        .and_then(|l| l.speakers.as_mut())
        .expect("speakers");
    let entry = view.quotes.map(|l| l.speaker).expect("quotes open");
    view.entries[entry].quotes[2].date = Some("2025-04-12".to_string());
    let text = screen(&app);
    assert!(text.contains("Ferry fares to rise · 2025-04-12"), "{text}");
    assert!(text.contains("   Harbour plan approved  "), "{text}");
}

#[test]
fn speakers_view_at_120x40() {
    let mut app = library_app(120, 40);
    update(&mut app, Action::ShowSpeakers);
    update(&mut app, Action::Down);
    insta::assert_snapshot!("speakers_120x40", draw(&app).backend());
    select(&mut app, "Teresa Lindqvist");
    update(&mut app, Action::Activate);
    update(&mut app, Action::Down);
    insta::assert_snapshot!("speaker_quotes_120x40", draw(&app).backend());
}

#[test]
fn speakers_view_at_80x24() {
    let mut app = library_app(80, 24);
    update(&mut app, Action::ShowSpeakers);
    insta::assert_snapshot!("speakers_80x24", draw(&app).backend());
    update(&mut app, Action::Activate);
    insta::assert_snapshot!("speaker_quotes_80x24", draw(&app).backend());
}

#[test]
fn a_large_library_is_reindexed_every_few_articles_and_when_done() {
    let all = articles();
    // Forty articles (the three, over and over), the first `analysed` done.
    let rows = |analysed: usize| {
        let mut out = Vec::new();
        for i in 0..40 {
            let mut row = rows(&all, 3).swap_remove(i % 3);
            if i >= analysed {
                row.analysed = None;
                row.state = RowState::Loaded;
            }
            out.push(row);
        }
        out
    };
    let teresa = |app: &App| {
        speakers(app)
            .into_iter()
            .find(|s| s.0 == "Teresa Lindqvist")
            .map(|s| s.1)
    };
    let mut app = App::new(Article::default());
    let mut state = LibraryState::new(rows(1));
    state.done = 1;
    app.library = Some(state);
    update(&mut app, Action::Resize(100, 30));
    update(&mut app, Action::ShowSpeakers);
    assert_eq!(teresa(&app), Some(2));
    // One more article is not worth a rebuild on a library of forty...
    update(&mut app, Action::LibraryRows { rows: rows(2), done: 2 });
    assert_eq!(teresa(&app), Some(2));
    // ...two are (one rebuild per twentieth of the library)...
    update(&mut app, Action::LibraryRows { rows: rows(3), done: 3 });
    assert_eq!(teresa(&app), Some(3));
    update(&mut app, Action::LibraryRows { rows: rows(4), done: 4 });
    assert_eq!(teresa(&app), Some(3));
    // ...and the end always is.
    update(
        &mut app,
        Action::LibraryRows {
            rows: rows(40),
            done: 40,
        },
    );
    assert_eq!(teresa(&app), Some(14 * 2 + 13));
}

#[test]
fn small_and_odd_sizes_draw_without_panicking() {
    for (w, h) in [(24, 6), (30, 8), (41, 9), (59, 13), (200, 7)] {
        let mut app = library_app(w, h);
        update(&mut app, Action::ShowSpeakers);
        update(&mut app, Action::Bottom);
        let list = screen(&app);
        update(&mut app, Action::Activate);
        update(&mut app, Action::Bottom);
        let quotes = screen(&app);
        if h >= 8 {
            assert!(list.contains("Speakers"), "{w}×{h}:\n{list}");
            assert!(quotes.contains("a council officer"), "{w}×{h}:\n{quotes}");
        }
    }
}

#[test]
fn slash_filters_the_speakers_by_name_as_you_type() {
    let mut app = library_app(100, 30);
    update(&mut app, Action::ShowSpeakers);
    update(&mut app, Action::StartSearch);
    assert!(app.prompt.is_some());
    for c in "OMAR".chars() {
        update(&mut app, Action::PromptInput(c));
    }
    let text = screen(&app);
    assert!(text.contains("filter speakers: OMAR"), "{text}");
    assert!(text.contains(" 1 shown "), "{text}");
    assert!(!text.contains("Teresa Lindqvist"), "{text}");
    update(&mut app, Action::PromptSubmit);
    assert!(app.prompt.is_none());
    assert!(screen(&app).contains("Speakers │ 1/1 │ /omar"), "{}", screen(&app));

    // Enter and back keep the filter; the next step back clears it, on the
    // same speaker; the one after leaves the view.
    update(&mut app, Action::Activate);
    let view = |app: &App| app.library.as_ref().and_then(|l| l.speakers.clone());
    assert_eq!(
        view(&app)
            .and_then(|v| v.open_entry().map(|e| e.name.clone()))
            .as_deref(),
        Some("Omar Lindqvist")
    );
    update(&mut app, Action::ClearHighlight);
    assert_eq!(view(&app).map(|v| v.visible.len()), Some(1));
    update(&mut app, Action::ClearHighlight);
    let cleared = view(&app).expect("still the speakers view");
    assert_eq!(cleared.visible.len(), 4);
    assert_eq!(
        cleared.selected_entry().map(|e| e.name.as_str()),
        Some("Omar Lindqvist")
    );
    update(&mut app, Action::ClearHighlight);
    assert!(view(&app).is_none());
}

#[test]
fn esc_in_the_filter_prompt_restores_the_filter_before_it() {
    let mut app = library_app(100, 30);
    update(&mut app, Action::ShowSpeakers);
    update(&mut app, Action::StartSearch);
    for c in "lind".chars() {
        update(&mut app, Action::PromptInput(c));
    }
    update(&mut app, Action::PromptSubmit);
    let shown = |app: &App| {
        app.library
            .as_ref()
            .and_then(|l| l.speakers.as_ref())
            .map(|s| s.visible.len())
    };
    assert_eq!(shown(&app), Some(3));
    update(&mut app, Action::StartSearch);
    update(&mut app, Action::PromptInput('x'));
    assert_eq!(shown(&app), Some(0));
    assert!(
        screen(&app).contains("No speaker's name contains “lindx”."),
        "{}",
        screen(&app)
    );
    update(&mut app, Action::PromptCancel);
    assert_eq!(shown(&app), Some(3));
    assert!(app.prompt.is_none());
}
