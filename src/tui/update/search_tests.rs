//! The search as the event loop drives it: keys only edit the prompt, the
//! search runs once per batch of keys on the search worker, and answers to
//! stale queries are dropped.

use super::*;
use crate::article::Article;

fn app() -> App {
    let mut text = String::from("Remittances keep rising\n\n");
    for i in 0..50 {
        text.push_str(&format!("Paragraph {i}: remittances grew, the central bank said.\n\n"));
    }
    let mut app = App::new(Article::from_text("s.txt", &text));
    update(&mut app, Action::Resize(100, 30));
    app
}

fn searches(effects: &[Effect]) -> Vec<(u64, String)> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Search { id, query } => Some((*id, query.clone())),
            _ => None,
        })
        .collect()
}

#[test]
fn a_long_query_typed_in_one_batch_is_searched_once_not_per_key() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    let query = "remittances grew ".repeat(600);
    let mut asked = Vec::new();
    for c in query.chars() {
        asked.extend(searches(&update(&mut a, Action::PromptInput(c))));
    }
    assert!(asked.is_empty(), "a search per key: {}", asked.len());
    assert_eq!(a.prompt.as_ref().map(|p| p.text.len()), Some(query.len()));
    let asked = searches(&update(&mut a, Action::PromptSettled));
    assert_eq!(asked.len(), 1);
    assert_eq!(asked[0].1, query);
    // Esc right after: the prompt closes at once and the late answer is
    // dropped.
    update(&mut a, Action::PromptCancel);
    let found = search_job(&a.doc.article.text, "remittances");
    update(&mut a, Action::SearchFound { id: asked[0].0, found });
    assert!(a.prompt.is_none());
    assert!(a.search.matches.is_empty());
    assert!(a.search.query.is_empty());
}

#[test]
fn only_the_answer_to_the_latest_query_is_taken() {
    let mut a = app();
    update(&mut a, Action::StartSearch);
    update(&mut a, Action::PromptInput('r'));
    let first = searches(&update(&mut a, Action::PromptSettled));
    update(&mut a, Action::PromptInput('e'));
    let second = searches(&update(&mut a, Action::PromptSettled));
    let (old, new) = (first[0].0, second[0].0);
    assert_ne!(old, new);
    let stale = search_job(&a.doc.article.text, "r");
    update(&mut a, Action::SearchFound { id: old, found: stale });
    assert!(a.search.matches.is_empty(), "a stale answer was taken");
    assert_eq!(a.search.pending, Some(new));
    let fresh = search_job(&a.doc.article.text, "re");
    let n = fresh.spans.len();
    update(&mut a, Action::SearchFound { id: new, found: fresh });
    assert_eq!(a.search.matches.len(), n);
    assert_eq!(a.search.pending, None);
}

#[test]
fn an_oversize_regex_says_so_instead_of_no_matches() {
    let found = search_job("abc", r"(\w{200}){200}");
    assert!(found.spans.is_empty());
    let note = found.note.clone().unwrap_or_default();
    assert!(note.contains("regex too large"), "{note:?}");
    let mut a = app();
    update(&mut a, Action::StartSearch);
    for c in r"(\w{200}){200}".chars() {
        update(&mut a, Action::PromptInput(c));
    }
    let asked = searches(&update(&mut a, Action::PromptSubmit));
    update(&mut a, Action::SearchFound { id: asked[0].0, found });
    let message = a.message.clone().unwrap_or_default();
    assert!(message.starts_with("regex too large"), "{message:?}");
    assert!(!message.starts_with("no matches"));
}
