//! `update` on hand-built state: one or more tests per action.

use super::*;
// Searches answered at once, as the event loop's worker would.
use super::update_now as update;
use crate::article::Article;
use crate::extract::{Analysis, Entity, EntityType, NumberKind, NumberMention, Quote};
use crate::tui::app::PromptKind;

/// A long article (so it scrolls) about remittances, with entities, quotes
/// and numbers placed by hand.
fn article() -> Article {
    let mut raw = String::from("Remittances to El Salvador keep rising\n\n");
    for i in 0..60 {
        raw.push_str(&format!(
            "Paragraph {i}: Marco Rubio said \"the alliance is strong\" while El Salvador \
             received 23 percent more remittances, according to the central bank.\n\n"
        ));
    }
    raw.push_str("Nayib Bukele described the fee as \"a very low fee for them\" in the end.");
    Article::from_text("test.txt", &raw)
}

fn all(article: &Article, needle: &str) -> Vec<Span> {
    article
        .text
        .match_indices(needle)
        .map(|(i, m)| Span::new(i, i + m.len()))
        .collect()
}

fn analysis(a: &Article) -> Analysis {
    let rubio = all(a, "Marco Rubio");
    let salvador = all(a, "El Salvador");
    let bukele = all(a, "Nayib Bukele");
    let entities = vec![
        Entity {
            id: 0,
            name: "El Salvador".into(),
            kind: EntityType::Place,
            aliases: vec!["El Salvador".into()],
            mentions: salvador,
        },
        Entity {
            id: 1,
            name: "Marco Rubio".into(),
            kind: EntityType::Person,
            aliases: vec!["Marco Rubio".into(), "Rubio".into()],
            mentions: rubio,
        },
        Entity {
            id: 2,
            name: "Nayib Bukele".into(),
            kind: EntityType::Person,
            aliases: vec!["Nayib Bukele".into()],
            mentions: bukele,
        },
    ];
    let mut quotes: Vec<Quote> = all(a, "the alliance is strong")
        .into_iter()
        .map(|span| Quote {
            id: 0,
            span,
            speaker: Some("Marco Rubio".into()),
            speaker_entity: Some(1),
            cue: Some("said".into()),
        })
        .collect();
    quotes.extend(all(a, "a very low fee for them").into_iter().map(|span| Quote {
        id: 0,
        span,
        speaker: Some("Nayib Bukele".into()),
        speaker_entity: Some(2),
        cue: Some("described".into()),
    }));
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id = i;
    }
    let numbers = all(a, "23 percent")
        .into_iter()
        .map(|span| NumberMention {
            span,
            kind: NumberKind::Percent,
            value: Some(23.0),
            unit: Some("%".into()),
            context: span,
        })
        .collect();
    Analysis {
        entities,
        quotes,
        numbers,
        ..Analysis::default()
    }
}

fn app() -> App {
    let a = article();
    let an = analysis(&a);
    let mut app = App::new(a);
    update(&mut app, Action::AnalysisDone(std::sync::Arc::new(an)));
    update(&mut app, Action::Resize(120, 30));
    app
}

fn focus(app: &mut App, pane: Pane) {
    while app.focus != pane {
        update(app, Action::FocusNext);
    }
}

fn type_text(app: &mut App, s: &str) {
    for c in s.chars() {
        update(app, Action::PromptInput(c));
    }
}

fn visible_rows(app: &App) -> std::ops::Range<usize> {
    app.scroll..app.scroll + app.article_rows()
}

fn on_screen(app: &App, span: Span) -> bool {
    visible_rows(app).contains(&app.wrapped.row_of(span.start))
}

#[test]
fn quit_sets_flag_and_returns_effect() {
    let mut a = app();
    assert_eq!(update(&mut a, Action::Quit), vec![Effect::Quit]);
    assert!(a.quit);
}

#[test]
fn tab_cycles_focus_both_ways() {
    let mut a = app();
    let mut seen = vec![a.focus];
    for _ in 0..4 {
        update(&mut a, Action::FocusNext);
        seen.push(a.focus);
    }
    assert_eq!(
        seen,
        [
            Pane::Article,
            Pane::Entities,
            Pane::Quotes,
            Pane::Numbers,
            Pane::Article
        ]
    );
    update(&mut a, Action::FocusPrev);
    assert_eq!(a.focus, Pane::Numbers);
    assert_eq!(a.side_tab, Pane::Numbers);
}

#[test]
fn side_panel_toggle_returns_to_last_side_pane() {
    let mut a = app();
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::ToggleSidePanel);
    assert_eq!(a.focus, Pane::Article);
    update(&mut a, Action::ToggleSidePanel);
    assert_eq!(a.focus, Pane::Quotes);
}

#[test]
fn movement_scrolls_the_article() {
    let mut a = app();
    update(&mut a, Action::Down);
    update(&mut a, Action::Down);
    assert_eq!(a.scroll, 2);
    update(&mut a, Action::Up);
    assert_eq!(a.scroll, 1);
    update(&mut a, Action::Bottom);
    assert_eq!(a.scroll, a.max_scroll());
    assert!(a.max_scroll() > 0);
    update(&mut a, Action::Down);
    assert_eq!(a.scroll, a.max_scroll(), "never past the end");
    update(&mut a, Action::Top);
    assert_eq!(a.scroll, 0);
    update(&mut a, Action::Up);
    assert_eq!(a.scroll, 0, "never before the start");
}

#[test]
fn half_pages_and_space_page() {
    let mut a = app();
    let rows = a.article_rows();
    update(&mut a, Action::HalfPageDown);
    assert_eq!(a.scroll, rows / 2);
    update(&mut a, Action::HalfPageUp);
    assert_eq!(a.scroll, 0);
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::PageArticle);
    assert_eq!(a.scroll, rows, "space pages the article from any pane");
    assert_eq!(a.focus, Pane::Entities);
}

#[test]
fn movement_selects_in_lists() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::Down);
    assert_eq!(a.entities.selected, 1);
    update(&mut a, Action::Bottom);
    assert_eq!(a.entities.selected, 2);
    update(&mut a, Action::Down);
    assert_eq!(a.entities.selected, 2);
    update(&mut a, Action::Top);
    assert_eq!(a.entities.selected, 0);
    update(&mut a, Action::HalfPageDown);
    assert!(a.entities.selected > 0);
}

#[test]
fn long_lists_scroll_to_keep_selection_visible() {
    let mut a = app();
    update(&mut a, Action::Resize(120, 14));
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::Bottom);
    let l = &a.quotes;
    assert_eq!(l.selected, l.visible.len() - 1);
    assert!(l.offset > 0 && l.offset <= l.selected);
}

#[test]
fn entities_are_sorted_by_mentions_then_first_appearance() {
    let a = app();
    // El Salvador (61 + title) > Marco Rubio (60) > Nayib Bukele (1).
    assert_eq!(a.entities.visible, [0, 1, 2]);
    let names: Vec<_> = a.doc.entity_order.clone();
    assert_eq!(names, [0, 1, 2]);
}

#[test]
fn enter_on_entity_highlights_first_mention_and_follows() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::Bottom); // Nayib Bukele, at the very end
    update(&mut a, Action::Activate);
    let h = a.highlight.unwrap();
    assert_eq!(h.target, Target::Entity(2));
    assert_eq!(a.doc.article.slice(h.span), "Nayib Bukele");
    assert!(on_screen(&a, h.span));
    assert!(a.scroll > 0);
}

#[test]
fn enter_on_quote_and_number() {
    let mut a = app();
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::Bottom);
    update(&mut a, Action::Activate);
    let h = a.highlight.unwrap();
    assert_eq!(a.doc.article.slice(h.span), "a very low fee for them");
    assert!(on_screen(&a, h.span));
    focus(&mut a, Pane::Numbers);
    update(&mut a, Action::Activate);
    assert_eq!(a.doc.article.slice(a.highlight.unwrap().span), "23 percent");
}

#[test]
fn enter_on_narrow_terminal_shows_the_article() {
    let mut a = app();
    update(&mut a, Action::Resize(50, 15));
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::Activate);
    assert_eq!(a.focus, Pane::Article);
    assert!(a.highlight.is_some());
}

#[test]
fn brackets_step_through_mentions_and_wrap() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::Down); // Marco Rubio
    update(&mut a, Action::Activate);
    let mentions = a.doc.analysis.as_ref().unwrap().entities[1].mentions.clone();
    update(&mut a, Action::NextMention);
    assert_eq!(a.highlight.unwrap().span, mentions[1]);
    assert_eq!(a.highlight.unwrap().mention, 1);
    update(&mut a, Action::PrevMention);
    update(&mut a, Action::PrevMention);
    assert_eq!(
        a.highlight.unwrap().span,
        *mentions.last().unwrap(),
        "wraps to the last"
    );
    assert!(on_screen(&a, mentions[mentions.len() - 1]));
    assert!(
        a.message
            .as_deref()
            .unwrap()
            .contains(&format!("{}/{}", mentions.len(), mentions.len()))
    );
}

#[test]
fn brackets_without_highlight_start_from_the_screen() {
    let mut a = app();
    update(&mut a, Action::HalfPageDown);
    update(&mut a, Action::HalfPageDown);
    let top = a.wrapped.anchor(a.scroll);
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::Down);
    update(&mut a, Action::NextMention);
    let h = a.highlight.unwrap();
    assert!(h.span.start >= top);
    // In the article with nothing highlighted there is nothing to step.
    let mut b = app();
    update(&mut b, Action::NextMention);
    assert!(b.highlight.is_none());
    assert!(b.message.is_some());
}

#[test]
fn brackets_on_a_quote_step_through_quotes() {
    let mut a = app();
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::Activate);
    update(&mut a, Action::NextMention);
    assert_eq!(a.highlight.unwrap().target, Target::Quote(1));
    assert_eq!(a.quotes.selected, 1);
}

#[test]
fn esc_clears_highlight_then_search() {
    let mut a = app();
    focus(&mut a, Pane::Numbers);
    update(&mut a, Action::Activate);
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "bank");
    update(&mut a, Action::PromptSubmit);
    update(&mut a, Action::ClearHighlight);
    assert!(a.highlight.is_none());
    assert!(!a.search.matches.is_empty());
    update(&mut a, Action::ClearHighlight);
    assert!(a.search.matches.is_empty());
}

#[test]
fn t_cycles_types_skipping_empty_ones() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.entities.kind, Some(0)); // person
    assert_eq!(a.entities.visible, [1, 2]);
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.entities.kind, Some(2)); // place: organization has none
    assert_eq!(a.entities.visible, [0]);
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.entities.kind, None);
    assert_eq!(a.entities.visible.len(), 3);
}

#[test]
fn digits_pick_types_and_kinds() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::PickFilter(3));
    assert_eq!(a.doc.filter_choices(Pane::Entities)[2].0, "place");
    assert_eq!(a.entities.visible, [0]);
    update(&mut a, Action::PickFilter(2));
    assert!(a.entities.visible.is_empty());
    update(&mut a, Action::PickFilter(0));
    assert_eq!(a.entities.visible.len(), 3);
    focus(&mut a, Pane::Numbers);
    update(&mut a, Action::PickFilter(1)); // money
    assert!(a.numbers.visible.is_empty());
    update(&mut a, Action::PickFilter(2)); // percent
    assert_eq!(a.numbers.visible.len(), 60);
    update(&mut a, Action::PickFilter(9));
    assert!(a.message.as_deref().unwrap().contains("no filter 9"));
}

#[test]
fn quotes_filter_by_speaker() {
    let mut a = app();
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.quotes.visible.len(), 60);
    update(&mut a, Action::CycleFilter);
    assert_eq!(a.quotes.visible, [60]);
}

#[test]
fn s_shows_the_selected_persons_quotes() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::Bottom); // Nayib Bukele
    update(&mut a, Action::QuotesBySelected);
    assert_eq!(a.focus, Pane::Quotes);
    assert_eq!(a.quotes.visible, [60]);
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::Top); // El Salvador: no quotes
    update(&mut a, Action::QuotesBySelected);
    assert_eq!(a.focus, Pane::Entities);
    assert!(a.message.as_deref().unwrap().starts_with("no quotes"));
}

#[test]
fn text_filter_narrows_as_you_type_and_esc_restores() {
    let mut a = app();
    focus(&mut a, Pane::Entities);
    update(&mut a, Action::StartTextFilter);
    assert_eq!(a.prompt.as_ref().unwrap().kind, PromptKind::Filter(Pane::Entities));
    type_text(&mut a, "RUB");
    assert_eq!(a.entities.visible, [1]);
    update(&mut a, Action::PromptBackspace);
    update(&mut a, Action::PromptBackspace);
    update(&mut a, Action::PromptBackspace);
    assert_eq!(a.entities.visible.len(), 3);
    type_text(&mut a, "bukele");
    update(&mut a, Action::PromptSubmit);
    assert!(a.prompt.is_none());
    assert_eq!(a.entities.visible, [2]);
    update(&mut a, Action::StartTextFilter);
    type_text(&mut a, "xyz");
    assert!(a.entities.visible.is_empty());
    update(&mut a, Action::PromptCancel);
    assert_eq!(a.entities.visible, [2], "Esc restores the kept filter");
}

#[test]
fn text_filter_in_the_article_does_nothing() {
    let mut a = app();
    update(&mut a, Action::StartTextFilter);
    assert!(a.prompt.is_none());
}

#[test]
fn marks_toggle() {
    let mut a = app();
    assert!(a.show_marks);
    update(&mut a, Action::ToggleMarks);
    assert!(!a.show_marks);
}

#[test]
fn search_highlights_as_you_type_and_follows() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "low fee");
    assert_eq!(a.search.matches.len(), 1);
    assert_eq!(a.search.current, Some(0));
    assert!(on_screen(&a, a.search.matches[0]));
    update(&mut a, Action::PromptSubmit);
    assert_eq!(a.search.history, ["low fee"]);
}

#[test]
fn smart_case_and_regex() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "remittances");
    let n = a.search.matches.len();
    assert_eq!(n, 61, "lower case matches the capitalized title word too");
    update(&mut a, Action::PromptCancel);
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "Remittances");
    assert_eq!(a.search.matches.len(), 1);
    update(&mut a, Action::PromptCancel);
    update(&mut a, Action::StartSearch);
    type_text(&mut a, r"Paragraph 5\d:");
    assert_eq!(a.search.matches.len(), 10);
}

#[test]
fn n_and_shift_n_step_and_wrap() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "bank");
    update(&mut a, Action::PromptSubmit);
    assert_eq!(a.search.current, Some(0));
    update(&mut a, Action::SearchNext);
    assert_eq!(a.search.current, Some(1));
    assert!(on_screen(&a, a.search.matches[1]));
    update(&mut a, Action::SearchPrev);
    update(&mut a, Action::SearchPrev);
    assert_eq!(a.search.current, Some(59));
    assert!(on_screen(&a, a.search.matches[59]));
}

#[test]
fn n_without_a_search_says_so() {
    let mut a = app();
    update(&mut a, Action::SearchNext);
    assert!(a.message.as_deref().unwrap().contains("press /"));
}

#[test]
fn esc_cancels_search_and_restores_view() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "bank");
    update(&mut a, Action::PromptSubmit);
    let kept = a.search.clone();
    let scroll = a.scroll;
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "low fee");
    assert_ne!(a.scroll, scroll);
    update(&mut a, Action::PromptCancel);
    assert_eq!(a.search, kept);
    assert_eq!(a.scroll, scroll);
}

#[test]
fn history_recall_with_up_and_down() {
    let mut a = app();
    for q in ["bank", "fee", "alliance"] {
        update(&mut a, Action::StartSearch);
        type_text(&mut a, q);
        update(&mut a, Action::PromptSubmit);
    }
    update(&mut a, Action::StartSearch);
    update(&mut a, Action::PromptHistoryPrev);
    assert_eq!(a.prompt.as_ref().unwrap().text, "alliance");
    update(&mut a, Action::PromptHistoryPrev);
    assert_eq!(a.prompt.as_ref().unwrap().text, "fee");
    assert_eq!(a.search.query, "fee", "recalled queries search at once");
    update(&mut a, Action::PromptHistoryNext);
    assert_eq!(a.prompt.as_ref().unwrap().text, "alliance");
    update(&mut a, Action::PromptHistoryNext);
    assert_eq!(a.prompt.as_ref().unwrap().text, "");
}

#[test]
fn empty_search_repeats_the_last_one() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "fee");
    update(&mut a, Action::PromptSubmit);
    update(&mut a, Action::ClearHighlight);
    update(&mut a, Action::StartSearch);
    update(&mut a, Action::PromptSubmit);
    assert_eq!(a.search.query, "fee");
    assert_eq!(a.search.matches.len(), 2);
}

#[test]
fn help_opens_scrolls_and_closes() {
    let mut a = app();
    update(&mut a, Action::ToggleHelp);
    assert_eq!(a.help, Some(0));
    update(&mut a, Action::Down);
    assert_eq!(a.help, Some(1));
    assert_eq!(a.scroll, 0, "keys in help do not move the article");
    update(&mut a, Action::ToggleHelp);
    assert_eq!(a.help, None);
}

#[test]
fn resize_reflows_and_keeps_the_reading_position() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "Paragraph 30:");
    update(&mut a, Action::PromptSubmit);
    let top = a.wrapped.anchor(a.scroll);
    let para = a.doc.article.paragraph_at(top);
    let rows_before = a.wrapped.len();
    update(&mut a, Action::Resize(70, 30));
    assert!(a.wrapped.len() > rows_before, "narrower wraps into more rows");
    assert_eq!(a.doc.article.paragraph_at(a.wrapped.anchor(a.scroll)), para);
    update(&mut a, Action::Resize(200, 60));
    assert_eq!(a.doc.article.paragraph_at(a.wrapped.anchor(a.scroll)), para);
}

#[test]
fn resize_to_tiny_and_back_does_not_lose_anything() {
    let mut a = app();
    update(&mut a, Action::HalfPageDown);
    update(&mut a, Action::Resize(3, 2));
    update(&mut a, Action::Down);
    update(&mut a, Action::Resize(120, 30));
    assert!(a.scroll > 0);
}

#[test]
fn click_focuses_and_selects() {
    let mut a = app();
    let g = a.geometry();
    let area = g.pane_area(Pane::Entities).unwrap();
    let rows = crate::tui::geometry::list_rows(area);
    update(
        &mut a,
        Action::Click {
            column: rows.x + 2,
            row: rows.y + 1,
        },
    );
    assert_eq!(a.focus, Pane::Entities);
    assert_eq!(a.entities.selected, 1);
    let q = crate::tui::geometry::list_rows(g.pane_area(Pane::Quotes).unwrap());
    update(
        &mut a,
        Action::Click {
            column: q.x + 2,
            row: q.y + 3,
        },
    );
    assert_eq!(a.focus, Pane::Quotes);
    assert_eq!(a.quotes.selected, 1, "quotes take two rows each");
    update(&mut a, Action::Click { column: 5, row: 5 });
    assert_eq!(a.focus, Pane::Article);
}

#[test]
fn wheel_scrolls_the_pane_under_the_mouse() {
    let mut a = app();
    update(
        &mut a,
        Action::Scroll {
            column: 5,
            row: 5,
            delta: 1,
        },
    );
    assert_eq!(a.scroll, 3);
    update(
        &mut a,
        Action::Scroll {
            column: 5,
            row: 5,
            delta: -1,
        },
    );
    assert_eq!(a.scroll, 0);
    let area = a.geometry().pane_area(Pane::Numbers).unwrap();
    update(
        &mut a,
        Action::Scroll {
            column: area.x + 3,
            row: area.y + 3,
            delta: 1,
        },
    );
    assert_eq!(a.numbers.selected, 1);
    assert_eq!(a.focus, Pane::Article, "the wheel does not steal focus");
}

#[test]
fn progress_then_done_then_failed() {
    let mut a = App::new(article());
    update(&mut a, Action::Resize(120, 30));
    update(&mut a, Action::AnalysisProgress(0.43));
    assert!((a.doc.progress - 0.43).abs() < 1e-6);
    assert!(a.entities.visible.is_empty());
    // Scrolling and searching work before analysis arrives.
    update(&mut a, Action::Down);
    update(&mut a, Action::StartSearch);
    type_text(&mut a, "bank");
    assert_eq!(a.search.matches.len(), 60);
    update(&mut a, Action::PromptSubmit);
    let an = analysis(&a.doc.article);
    update(&mut a, Action::AnalysisDone(std::sync::Arc::new(an)));
    assert_eq!(a.entities.visible.len(), 3);
    assert_eq!(a.quotes.visible.len(), 61);
    let mut b = App::new(article());
    update(&mut b, Action::AnalysisFailed("boom".into()));
    assert!(b.doc.analysis.is_some());
    assert!(b.message.as_deref().unwrap().contains("boom"));
}

#[test]
fn copy_a_quote_gives_its_attribution_and_title() {
    let mut a = app();
    focus(&mut a, Pane::Quotes);
    let effects = update(&mut a, Action::Copy);
    assert_eq!(
        effects,
        vec![Effect::Copy {
            what: "quote",
            text: "“the alliance is strong” — Marco Rubio, in Remittances to El Salvador keep rising".to_string()
        }]
    );
}

#[test]
fn copy_a_number_gives_its_context_and_an_entity_its_name() {
    let mut a = app();
    focus(&mut a, Pane::Numbers);
    let effects = update(&mut a, Action::Copy);
    let [Effect::Copy { what: "number", text }] = effects.as_slice() else {
        panic!("{effects:?}");
    };
    assert!(text.starts_with("23 percent — “23 percent”, in Remittances"), "{text}");
    focus(&mut a, Pane::Entities);
    let effects = update(&mut a, Action::Copy);
    assert!(
        matches!(effects.as_slice(), [Effect::Copy { text: name, .. }] if name == "El Salvador" || name == "Marco Rubio")
    );
}

#[test]
fn copy_in_the_article_takes_the_highlight_or_explains() {
    let mut a = app();
    assert!(update(&mut a, Action::Copy).is_empty());
    assert!(a.message.as_deref().unwrap_or("").starts_with("nothing selected"));
    focus(&mut a, Pane::Quotes);
    update(&mut a, Action::Down);
    update(&mut a, Action::Activate);
    focus(&mut a, Pane::Article);
    let effects = update(&mut a, Action::Copy);
    assert!(matches!(effects.as_slice(), [Effect::Copy { text: t, .. }] if t.contains("Marco Rubio")));
}

#[test]
fn copy_before_the_analysis_explains() {
    let mut a = App::new(article());
    update(&mut a, Action::Resize(120, 30));
    focus(&mut a, Pane::Quotes);
    assert!(update(&mut a, Action::Copy).is_empty());
    assert!(a.message.as_deref().unwrap_or("").contains("analysis"));
}

mod library {
    use super::*;
    use crate::tui::library_state::{ElsewhereHit, LibraryRow, LibraryState, RowState, SharedArticle};
    use std::sync::Arc;

    fn rows(n: usize) -> Vec<LibraryRow> {
        (0..n).map(|i| LibraryRow::pending(format!("dir/{i:03}.txt"))).collect()
    }

    fn library_app(n: usize) -> App {
        let mut app = App::new(Article::default());
        app.library = Some(LibraryState::new(rows(n)));
        update(&mut app, Action::Resize(100, 30));
        app
    }

    fn opened(app: &mut App, index: usize, at: Option<Span>) {
        let a = Arc::new(article());
        let an = Arc::new(analysis(&a));
        update(
            app,
            Action::Opened {
                index,
                article: SharedArticle(a),
                analysis: Some(an),
                at,
            },
        );
    }

    #[test]
    fn the_list_moves_and_enter_asks_to_open() {
        let mut a = library_app(50);
        update(&mut a, Action::Down);
        update(&mut a, Action::Down);
        assert_eq!(a.library.as_ref().unwrap().selected, 2);
        update(&mut a, Action::Bottom);
        let lib = a.library.as_ref().unwrap();
        assert_eq!(lib.selected, 49);
        assert!(lib.offset > 0, "selection scrolled into view");
        update(&mut a, Action::Top);
        update(&mut a, Action::Down);
        let effects = update(&mut a, Action::Activate);
        assert_eq!(effects, vec![Effect::OpenArticle { index: 1, at: None }]);
        // Article keys do nothing on the list.
        update(&mut a, Action::FocusNext);
        assert_eq!(a.focus, Pane::Article);
    }

    #[test]
    fn rows_fill_in_as_analysis_proceeds() {
        let mut a = library_app(3);
        let mut r = rows(3);
        r[0].title = Some("Rubio visits".into());
        r[0].words = Some(420);
        r[0].quotes = Some(3);
        r[0].state = RowState::Analysed;
        update(&mut a, Action::LibraryRows { rows: r, done: 1 });
        let lib = a.library.as_ref().unwrap();
        assert_eq!(lib.rows[0].label(), "Rubio visits");
        assert_eq!(lib.rows[1].label(), "001.txt");
        assert!(!lib.finished());
        assert!((lib.fraction() - 1.0 / 3.0).abs() < 1e-6);
    }

    #[test]
    fn opening_shows_the_article_and_back_returns_to_the_list() {
        let mut a = library_app(5);
        opened(&mut a, 3, None);
        assert!(!a.showing_library());
        assert_eq!(a.library.as_ref().unwrap().open, Some(3));
        assert!(!a.entities.visible.is_empty(), "lists filled from the analysis");
        assert!(!a.wrapped.is_empty(), "article wrapped at once");
        update(&mut a, Action::ShowLibrary);
        let lib = a.library.as_ref().unwrap();
        assert!(lib.showing);
        assert_eq!(lib.selected, 3);
        // From the list, the same key goes back to the open article.
        update(&mut a, Action::ShowLibrary);
        assert!(!a.showing_library());
    }

    #[test]
    fn opening_another_article_resets_the_panes_but_keeps_search_history() {
        let mut a = library_app(5);
        opened(&mut a, 0, None);
        update(&mut a, Action::StartSearch);
        type_text(&mut a, "remittances");
        update(&mut a, Action::PromptSubmit);
        focus(&mut a, Pane::Quotes);
        update(&mut a, Action::Down);
        update(&mut a, Action::Activate);
        update(&mut a, Action::ShowLibrary);
        opened(&mut a, 1, None);
        assert_eq!(a.focus, Pane::Article);
        assert_eq!(a.scroll, 0);
        assert!(a.highlight.is_none());
        assert!(a.search.matches.is_empty());
        assert_eq!(a.search.history, vec!["remittances".to_string()]);
        assert_eq!(a.quotes.selected, 0);
    }

    #[test]
    fn elsewhere_asks_for_the_selected_entity_and_lists_the_hits() {
        let mut a = library_app(5);
        opened(&mut a, 2, None);
        assert!(update(&mut a, Action::MentionsElsewhere).is_empty());
        assert!(a.message.as_deref().unwrap().contains("Entities pane"));
        focus(&mut a, Pane::Entities);
        let id = a.entities.selected_item().unwrap();
        assert_eq!(
            update(&mut a, Action::MentionsElsewhere),
            vec![Effect::FindElsewhere { article: 2, entity: id }]
        );
        update(
            &mut a,
            Action::ElsewhereFound {
                entity: "Marco Rubio".into(),
                hits: Vec::new(),
            },
        );
        assert!(
            a.message
                .as_deref()
                .unwrap()
                .starts_with("no other article mentions Marco Rubio")
        );
        assert!(!a.picker_open());
        let target = article();
        let at = target.text.find("Nayib Bukele").unwrap();
        let hits: Vec<ElsewhereHit> = [0, 4]
            .iter()
            .map(|&i| ElsewhereHit {
                article: i,
                span: Span::new(at, at + 12),
                title: format!("story {i}"),
                snippet: "… Nayib Bukele described …".into(),
            })
            .collect();
        update(
            &mut a,
            Action::ElsewhereFound {
                entity: "Nayib Bukele".into(),
                hits,
            },
        );
        assert!(a.picker_open());
        assert_eq!(crate::tui::input::contexts(&a)[1], crate::tui::keymap::Context::Picker);
        update(&mut a, Action::Down);
        let effects = update(&mut a, Action::Activate);
        assert_eq!(
            effects,
            vec![Effect::OpenArticle {
                index: 4,
                at: Some(Span::new(at, at + 12))
            }]
        );
        assert!(!a.picker_open());
    }

    #[test]
    fn escape_closes_the_picker_without_leaving_the_article() {
        let mut a = library_app(2);
        opened(&mut a, 0, None);
        update(
            &mut a,
            Action::ElsewhereFound {
                entity: "X".into(),
                hits: vec![ElsewhereHit {
                    article: 1,
                    span: Span::new(0, 1),
                    title: "t".into(),
                    snippet: "s".into(),
                }],
            },
        );
        // One mention in one article: singular ("in 1 other articles" was
        // the slip).
        assert_eq!(a.message.as_deref(), Some("X: 1 mention in 1 other article"));
        update(&mut a, Action::ClearHighlight);
        assert!(!a.picker_open());
        assert!(!a.showing_library());
    }

    #[test]
    fn opening_at_a_mention_highlights_that_mention() {
        let mut a = library_app(3);
        let target = article();
        let at = target.text.rfind("Nayib Bukele").unwrap();
        opened(&mut a, 1, Some(Span::new(at, at + 12)));
        let h = a.highlight.expect("highlighted");
        assert_eq!(h.span, Span::new(at, at + 12));
        assert!(matches!(h.target, Target::Entity(2)));
        assert!(on_screen(&a, h.span));
        // `]` steps on from there.
        update(&mut a, Action::NextMention);
        assert!(a.message.as_deref().unwrap().starts_with("Nayib Bukele: mention"));
    }

    #[test]
    fn without_a_library_the_library_keys_explain() {
        let mut a = app();
        update(&mut a, Action::ShowLibrary);
        assert_eq!(a.message.as_deref(), Some("only one article is open"));
    }
}
