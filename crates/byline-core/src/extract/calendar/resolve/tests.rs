use crate::article::Article;
use crate::extract::{EntityType, analyze};

/// (mention text, resolved ISO) for every date entity and resolved number.
fn resolved(raw: &str) -> Vec<(String, Option<String>)> {
    let article = Article::from_text("t.txt", raw);
    let analysis = analyze(&article);
    let mut out: Vec<(String, Option<String>)> = analysis
        .entities
        .iter()
        .filter(|e| e.kind == EntityType::Date)
        .map(|e| (e.name.clone(), analysis.dates.entity(e.id).map(|v| v.iso())))
        .collect();
    out.extend(analysis.numbers.iter().enumerate().filter_map(|(i, n)| {
        analysis
            .dates
            .number(i)
            .map(|v| (article.slice(n.span).to_string(), Some(v.iso())))
    }));
    out
}

fn find<'a>(all: &'a [(String, Option<String>)], name: &str) -> Option<&'a str> {
    all.iter()
        .find(|(n, _)| n == name)
        .unwrap_or_else(|| panic!("{name} not found in {all:?}"))
        .1
        .as_deref()
}

const DATED: &str = "Harbour board plans a vote\n\nSaturday, April 12, 2025\n\n";

#[test]
fn weekday_tense_in_a_dated_story() {
    let all = resolved(&format!(
        "{DATED}The harbour board will meet on Monday to vote on the plan. Its members toured the docks on Thursday."
    ));
    assert_eq!(find(&all, "Monday"), Some("2025-04-14"));
    assert_eq!(find(&all, "Thursday"), Some("2025-04-10"));
    assert_eq!(find(&all, "Saturday, April 12, 2025"), Some("2025-04-12"));
}

#[test]
fn relative_expressions_in_a_dated_story() {
    let all = resolved(&format!(
        "{DATED}Cargo volumes fell last month and are forecast to recover next year. The board will decide in May."
    ));
    assert_eq!(find(&all, "last month"), Some("2025-03"));
    assert_eq!(find(&all, "next year"), Some("2026"));
    assert_eq!(find(&all, "May"), Some("2025-05"));
}

#[test]
fn years_decades_and_ago_numbers() {
    let all = resolved(&format!(
        "{DATED}The harbour was dredged ten years ago, after a boom in the early 1990s and a slump in 2008."
    ));
    assert_eq!(find(&all, "ten years"), Some("2015"));
    assert_eq!(find(&all, "1990s"), Some("199X"));
    assert_eq!(find(&all, "2008"), Some("2008"));
}

#[test]
fn the_next_day_in_a_story_is_not_counted_from_the_article_date() {
    let story = resolved(&format!(
        "{DATED}Inspectors visited the docks in March and came back the next Tuesday."
    ));
    assert_eq!(find(&story, "next Tuesday"), None);
    let plain = resolved(&format!("{DATED}The board meets again next Tuesday."));
    assert_eq!(find(&plain, "next Tuesday"), Some("2025-04-15"));
}

#[test]
fn a_fiscal_year_is_not_a_calendar_year() {
    let all = resolved(&format!("{DATED}Spending rose in fiscal year 2019 and again in 2020."));
    assert_eq!(find(&all, "fiscal year 2019"), None);
    assert_eq!(find(&all, "2020"), Some("2020"));
    assert!(!all.iter().any(|(n, v)| n == "2019" && v.is_some()), "{all:?}");
}

#[test]
fn an_undated_story_resolves_only_what_it_states() {
    let all = resolved(
        "Harbour board plans a vote\n\nThe harbour board will meet on Monday, it said last month. \
         The harbour opened on August 2, 2015 and was dredged ten years ago.",
    );
    assert_eq!(find(&all, "Monday"), None);
    assert_eq!(find(&all, "last month"), None);
    assert_eq!(find(&all, "August 2, 2015"), Some("2015-08-02"));
    assert!(!all.iter().any(|(n, _)| n == "ten years"), "{all:?}");
}
